using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Admin.Actors;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Tests.Features.Admin.Actors;

[Collection(DatabaseCollection.Name)]
public sealed class ActorPickerServiceTests(TestDatabase database) : DatabaseTest(database)
{
    private static readonly EditorSession Editor = new("user-1", "An Editor", isAdmin: false);

    private ActorPickerService Service => Get<ActorPickerService>();

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
    public async Task A_near_duplicate_is_offered_instead_of_created_until_the_editor_says_it_is_someone_else()
    {
        var typo = await Service.CreateAsync(Editor, new ActorInput { Name = "Ukrine", Kind = ActorKind.State }, [], Cancel);

        Assert.Null(typo.Actor);
        var ukraine = Assert.Single(typo.NearMatches, m => m.Name == "Ukraine");
        await using (var db = Database.CreateContext())
        {
            Assert.False(await db.Actors.AnyAsync(a => a.Name == "Ukrine", Cancel));
        }

        var meant = await Service.CreateAsync(Editor, new ActorInput { Name = "Ukrine", Kind = ActorKind.State }, [ukraine.Id], Cancel);
        Assert.NotNull(meant.Actor);
    }

    [Theory]
    [InlineData("Zelenskiy")]
    [InlineData("Зеленскии")]
    public async Task Near_matches_are_found_by_name_and_alias_in_any_script(string typed)
    {
        var near = await Service.NearMatchesAsync(Editor, [typed], Cancel);

        Assert.Contains(near, m => m.Name == "Volodymyr Zelensky");
    }

    [Fact]
    public async Task Adds_a_new_actor_with_kind_title_and_a_cyrillic_alias_and_refuses_a_name_that_exists()
    {
        var input = new ActorInput
        {
            Name = "  Vladimir Medinsky ", Kind = ActorKind.Person,
            Titles = [new TitleInput { Title = "Head of the Russian delegation", From = new DateOnly(2025, 5, 16) }],
            Aliases = [new AliasInput { Name = "Мединский", Language = "ru" }],
        };
        var added = await Service.CreateAsync(Editor, input, [], Cancel);
        var again = await Service.CreateAsync(Editor, new ActorInput { Name = "zelenskyy" }, [], Cancel);
        var blank = await Service.CreateAsync(Editor, new ActorInput { Name = " " }, [], Cancel);

        Assert.Equal("Vladimir Medinsky", added.Actor!.Name);
        await using var db = Database.CreateContext();
        var stored = await db.Actors.Include(a => a.Aliases).Include(a => a.Titles).SingleAsync(a => a.Id == added.Actor.Id, Cancel);
        Assert.Equal(("vladimir-medinsky", "Мединский", "ru", "Head of the Russian delegation"),
            (stored.Slug, stored.Aliases.Single().Name, stored.Aliases.Single().Language, stored.Titles.Single().Title));
        Assert.Equal(["Volodymyr Zelensky is in the list already: choose it above."], again.Errors["Name"]);
        Assert.Equal(["Enter the actor's name."], blank.Errors["Name"]);
    }
}
