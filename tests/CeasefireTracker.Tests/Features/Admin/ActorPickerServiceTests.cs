using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Admin.Actors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CeasefireTracker.Tests.Features.Admin;

[Collection(DatabaseCollection.Name)]
public sealed class ActorPickerServiceTests(TestDatabase database) : DatabaseTest(database)
{
    private static readonly CancellationToken Cancel = TestContext.Current.CancellationToken;
    private static readonly EditorSession Editor = new("user-1", "An Editor", isAdmin: false);

    private ActorPickerService Service => new(Database.CreateFactory(), NullLogger<ActorPickerService>.Instance);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var zelensky = TestData.Actor("volodymyr-zelensky");
        zelensky.Aliases = [new ActorAlias { Name = "Зеленський", Language = "uk" }, new ActorAlias { Name = "Zelenskyy" }];
        await using var db = Database.CreateContext();
        db.Actors.AddRange(zelensky, TestData.Actor("steve-witkoff"), TestData.Actor("ukraine", ActorKind.State));
        await db.SaveChangesAsync(Cancel);
    }

    [Theory]
    [InlineData("zelensk", null)]
    [InlineData("Zelenskiy", null)]
    [InlineData("Зеленськ", "Зеленський")]
    [InlineData("VOLODYMYR", null)]
    public async Task Finds_an_actor_by_part_of_a_name_or_alias_and_says_which_alias_matched(string typed, string? alias)
    {
        var found = Assert.Single(await Service.SearchAsync(Editor, typed, Cancel));

        Assert.Equal("Volodymyr Zelensky", found.Name);
        Assert.Equal(alias, found.MatchedAlias);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("%")]
    [InlineData("_")]
    public async Task Blank_text_and_wildcards_find_nothing(string typed)
    {
        Assert.Empty(await Service.SearchAsync(Editor, typed, Cancel));
    }

    [Fact]
    public async Task Adds_a_new_actor_with_a_free_slug_and_refuses_a_name_that_exists()
    {
        var added = await Service.CreateAsync(Editor, "  Kyïv City Council ", ActorKind.GovernmentBody, Cancel);
        var again = await Service.CreateAsync(Editor, "zelenskyy", ActorKind.Person, Cancel);
        var blank = await Service.CreateAsync(Editor, " ", ActorKind.Person, Cancel);

        Assert.Equal("Kyïv City Council", added.Actor!.Name);
        await using var db = Database.CreateContext();
        Assert.Equal("kyiv-city-council", await db.Actors.Where(a => a.Id == added.Actor.Id).Select(a => a.Slug).SingleAsync(Cancel));
        Assert.Equal("Volodymyr Zelensky is in the list already: search for it instead.", again.Error);
        Assert.Equal("Give the actor's name.", blank.Error);
    }
}
