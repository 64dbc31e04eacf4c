using CeasefireTracker.Web.Features.Admin.Kit;

namespace CeasefireTracker.Tests.Features.Admin.Kit;

public sealed class FormErrorsTests
{
    [Fact]
    public void Removing_a_row_takes_its_messages_and_the_later_rows_keep_theirs_under_their_new_index()
    {
        var errors = new FormErrors();
        errors.Show(new Dictionary<string, string[]>
        {
            ["Sources[0].Url"] = ["Give a full web address."],
            ["Sources[2].Publisher"] = ["Name the publisher."],
            ["Sources"] = ["A published event needs at least one source."],
            ["Participants[1].Actor"] = ["Choose an actor."],
        });

        errors.RemoveRow("Sources", 0);

        Assert.Empty(errors.For("Sources[0].Url"));
        Assert.Empty(errors.For("Sources[2].Publisher"));
        Assert.Equal(["Name the publisher."], errors.For("Sources[1].Publisher"));
        Assert.Equal(["A published event needs at least one source."], errors.For("Sources"));
        Assert.Equal(["Choose an actor."], errors.For("Participants[1].Actor"));
    }

    [Fact]
    public void A_value_still_being_typed_stops_a_save_but_says_so_only_when_the_editor_saves()
    {
        var errors = new FormErrors("new-");
        errors.Name("OccurredOn", "Date");

        errors.SetUnreadable("OccurredOn", "Give a date that exists.", untilSave: true);

        Assert.True(errors.HasUnreadable);
        Assert.Empty(errors.For("OccurredOn"));
        errors.ShowUnreadable();
        var problem = Assert.Single(errors.Problems);
        Assert.Equal(("Date: Give a date that exists.", "new-occurredon"), (problem.Message, problem.FieldId));
        errors.SetUnreadable("OccurredOn", null);
        Assert.False(errors.Any);
    }

    [Theory]
    [InlineData("Claim.Positions[1].StatedOn", "claim-positions-1-statedon")]
    [InlineData("Title", "title")]
    public void A_field_key_makes_a_readable_element_id(string field, string id) => Assert.Equal(id, Ids.IdOf(field));
}
