using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Actors;
using CeasefireTracker.Web.Features.Admin.Actors;
using CeasefireTracker.Web.Features.Timeline;

namespace CeasefireTracker.Tests.Features.Actors;

/// <summary>
/// Every place a person types an actor's name matches it the same way (<see cref="ActorNames"/>): the timeline's
/// search, its typed-name filter (who=), the editors' pickers (the affiliation and merge pickers are the same
/// ActorField) and the editors' actor list.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class ActorNameMatchingTests(TestDatabase database) : DatabaseTest(database)
{
    private static readonly EditorSession Editor = new("user-1", "An Editor", isAdmin: false);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        // Invented fixture: the name in Latin letters and one Ukrainian alias, none of the other Latin spellings.
        var zelensky = TestData.Actor("volodymyr-zelensky");
        zelensky.Aliases = [new ActorAlias { Name = "Зеленський", Language = "uk" }];
        await SaveAsync(
            TestData.Statement("remarks", new DateOnly(2025, 4, 11), zelensky),
            TestData.Talks("witkoff-putin", new DateOnly(2025, 4, 11), TestData.Actor("steve-witkoff"), TestData.Actor("vladimir-putin")));
    }

    [Theory]
    [InlineData("Zelenskiy")]
    [InlineData("zelensk")]
    [InlineData("ZELENSKY")]
    [InlineData("Зеленськ")]
    [InlineData("  volodymyr zelenskyy ")]
    [InlineData("zel")]
    public async Task Every_name_search_finds_the_same_actor_for_the_same_spelling(string typed)
    {

        var timeline = await Get<TimelineService>().GetPageAsync(new TimelineFilter { Query = typed.Trim() }, cancellationToken: Cancel);
        var who = await Get<ActorDirectory>().FindAsync(typed, Cancel);
        var picked = await Get<ActorPickerService>().SearchAsync(Editor, typed, Cancel);
        var listed = await Get<ActorAdminService>().ListAsync(Editor, typed, null, 1, cancellationToken: Cancel);

        Assert.Equal(["volodymyr-zelensky"], timeline.MatchedActors.Select(a => a.Slug));
        Assert.Equal("volodymyr-zelensky", who?.Slug);
        Assert.Equal(["Volodymyr Zelensky"], picked.Select(a => a.Name));
        Assert.Equal(["Volodymyr Zelensky"], listed.Items.Select(a => a.Name));
    }

    [Fact]
    public async Task Letters_inside_a_word_do_not_name_an_actor()
    {
        // "us" is inside "Russia" but starts none of its words: the timeline's search must not bring in Russia's events.
        await SaveAsync(TestData.Talks("moscow", new DateOnly(2025, 4, 12), TestData.Actor("russia", ActorKind.State)));

        var timeline = await Get<TimelineService>().GetPageAsync(new TimelineFilter { Query = "us" }, cancellationToken: Cancel);

        Assert.Empty(timeline.MatchedActors);
    }
}
