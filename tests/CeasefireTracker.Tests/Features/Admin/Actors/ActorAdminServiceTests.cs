using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Actors;
using CeasefireTracker.Web.Features.Admin.Actors;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Tests.Features.Admin.Actors;

[Collection(DatabaseCollection.Name)]
public sealed class ActorAdminServiceTests(TestDatabase database) : DatabaseTest(database)
{
    private static readonly EditorSession Editor = new("editor-id", "Olena K.", isAdmin: false);

    private ActorAdminService Service => Get<ActorAdminService>();

    [Fact]
    public async Task Create_makes_the_slug_from_the_name_and_saves_titles_and_aliases()
    {
        var estonia = await AddActorsAsync(TestData.Actor("estonia", ActorKind.State));

        var result = await Service.CreateAsync(Editor, new ActorInput
        {
            Name = "  Kaja Källas ",
            Kind = ActorKind.Person,
            Description = "EU foreign-policy chief.",
            AffiliationId = estonia[0].Id,
            Titles = [new TitleInput { Title = "High Representative", From = new DateOnly(2024, 12, 1) }],
            Aliases = [new AliasInput { Name = "Кая Каллас", Language = "ru" }],
        }, Cancel);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        Assert.Equal("kaja-kallas", result.Saved!.Slug);
        var saved = await Service.GetForEditAsync(Editor, result.Saved.Id, Cancel);
        Assert.Equal("Kaja Källas", saved!.Name);
        Assert.Equal(estonia[0].Id, saved.AffiliationId);
        Assert.Equal("Estonia", saved.AffiliationName);
        Assert.Equal(("High Representative", new DateOnly(2024, 12, 1), (DateOnly?)null), (saved.Titles[0].Title, saved.Titles[0].From!.Value, saved.Titles[0].To));
        Assert.Equal(("Кая Каллас", "ru"), (saved.Aliases[0].Name, saved.Aliases[0].Language));
    }

    [Fact]
    public async Task Edit_changes_fields_keeps_unchanged_aliases_and_drops_removed_ones()
    {
        var actor = (await AddActorsAsync(TestData.Actor("dmitri-peskov")))[0];
        await Service.UpdateAsync(Editor, actor.Id, new ActorInput
        {
            Name = "Dmitri Peskov", Slug = "dmitri-peskov", Kind = ActorKind.Person,
            Aliases = [new AliasInput { Name = "Песков", Language = "ru" }, new AliasInput { Name = "Dmitriy Peskov" }],
        }, Cancel);
        var keptAliasId = await AliasIdAsync(actor.Id, "Песков");

        var result = await Service.UpdateAsync(Editor, actor.Id, new ActorInput
        {
            Name = "Dmitry Peskov", Slug = "dmitry-peskov", Kind = ActorKind.Person, Description = "Kremlin spokesman.",
            Aliases = [new AliasInput { Name = "Песков", Language = "ru" }],
        }, Cancel);

        Assert.True(result.Succeeded);
        var saved = await Service.GetForEditAsync(Editor, actor.Id, Cancel);
        Assert.Equal(("Dmitry Peskov", "dmitry-peskov", "Kremlin spokesman."), (saved!.Name, saved.Slug, saved.Description));
        Assert.Equal(["Песков"], saved.Aliases.Select(a => a.Name));
        Assert.Equal(keptAliasId, await AliasIdAsync(actor.Id, "Песков"));
    }

    [Fact]
    public async Task Invalid_values_are_refused_field_by_field_and_nothing_is_saved()
    {
        await AddActorsAsync(TestData.Actor("russia", ActorKind.State));

        var result = await Service.CreateAsync(Editor, new ActorInput
        {
            Name = new string('x', FieldLengths.Actor.Name + 1),
            Slug = "Russia!",
            Description = new string('d', FieldLengths.Actor.Description + 1),
            AffiliationId = 999_999,
            Titles = [new TitleInput { Title = " " }, new TitleInput { Title = "Envoy", From = new DateOnly(2025, 3, 1), To = new DateOnly(2025, 1, 1) }],
            Aliases = [new AliasInput { Name = "Same" }, new AliasInput { Name = "Same", Language = "not a tag" }],
        }, Cancel);

        Assert.False(result.Succeeded);
        Assert.Equal(
            ["AffiliationId", "Aliases[1].Language", "Aliases[1].Name", "Description", "Name", "Slug", "Titles[0].Title", "Titles[1].To"],
            result.Errors.Keys.Order(StringComparer.Ordinal));
        await using var db = Database.CreateContext();
        Assert.Equal(1, await db.Actors.CountAsync(Cancel));
    }

    [Fact]
    public async Task A_taken_slug_and_a_name_without_latin_letters_are_explained()
    {
        await AddActorsAsync(TestData.Actor("russia", ActorKind.State));

        var taken = await Service.CreateAsync(Editor, new ActorInput { Name = "Russia", Kind = ActorKind.State }, Cancel);
        var cyrillic = await Service.CreateAsync(Editor, new ActorInput { Name = "Зеленський" }, Cancel);
        var empty = await Service.CreateAsync(Editor, new ActorInput { Name = "  " }, Cancel);

        Assert.Contains("/actors/russia", Assert.Single(taken.Errors["Slug"]), StringComparison.Ordinal);
        Assert.Single(cyrillic.Errors["Slug"]);
        Assert.Equal(["Name"], empty.Errors.Keys);
    }

    [Fact]
    public async Task An_affiliation_that_would_close_a_circle_is_refused()
    {
        var (russia, kremlin, peskov) = await ChainAsync();

        var circle = await Service.UpdateAsync(Editor, russia.Id, Input(russia, affiliationId: peskov.Id), Cancel);
        var self = await Service.UpdateAsync(Editor, kremlin.Id, Input(kremlin, affiliationId: kremlin.Id), Cancel);
        var fine = await Service.UpdateAsync(Editor, peskov.Id, Input(peskov, affiliationId: russia.Id), Cancel);

        Assert.Contains("circle", Assert.Single(circle.Errors["AffiliationId"]), StringComparison.Ordinal);
        Assert.Single(self.Errors["AffiliationId"]);
        Assert.True(fine.Succeeded);
        await using var db = Database.CreateContext();
        Assert.Null((await db.Actors.SingleAsync(a => a.Id == russia.Id, Cancel)).AffiliationId);
    }

    [Fact]
    public async Task The_list_finds_actors_by_name_or_alias_ignoring_accents_and_filters_by_kind()
    {
        var actors = await AddActorsAsync(TestData.Actor("volodymyr-zelensky"), TestData.Actor("ukraine", ActorKind.State), TestData.Actor("kyiv-independent", ActorKind.Media));
        await using (var db = Database.CreateContext())
        {
            db.ActorAliases.Add(new ActorAlias { ActorId = actors[0].Id, Name = "Зеленський", Language = "uk" });
            db.ActorAliases.Add(new ActorAlias { ActorId = actors[2].Id, Name = "Kyïv Independent" });
            await db.SaveChangesAsync(Cancel);
        }

        Assert.Equal(["Volodymyr Zelensky"], (await Service.ListAsync(Editor, "зеленськ", null, 1, cancellationToken: Cancel)).Items.Select(a => a.Name));
        Assert.Equal(["Kyiv Independent"], (await Service.ListAsync(Editor, "KYIV", null, 1, cancellationToken: Cancel)).Items.Select(a => a.Name));
        Assert.Equal(["Ukraine"], (await Service.ListAsync(Editor, null, ActorKind.State, 1, cancellationToken: Cancel)).Items.Select(a => a.Name));
        var paged = await Service.ListAsync(Editor, null, null, 9, pageSize: 2, cancellationToken: Cancel);
        Assert.Equal((3, 2, 2, "Volodymyr Zelensky"), (paged.Total, paged.PageCount, paged.Page, paged.Items.Single().Name));
    }

    [Fact]
    public async Task Merge_moves_every_kind_of_link_to_the_survivor_and_drops_the_copies_it_already_has()
    {
        var m = await MergeScenarioAsync();

        var preview = await Service.PreviewMergeAsync(Editor, m.Duplicate.Id, m.Survivor.Id, Cancel);
        var result = await Service.MergeAsync(Editor, m.Duplicate.Id, m.Survivor.Id, Cancel);

        Assert.True(result.Succeeded, result.Error);
        Assert.NotNull(preview);
        Assert.False(preview.IsBlocked);
        var links = preview.Links.Where(l => l.Moving > 0).ToDictionary(l => l.Label, l => (l.Moving, l.Colliding));
        Assert.Equal((3, 1), links["Event participant (actor)"]);
        Assert.Equal((2, 1), links["Ceasefire response (actor)"]);
        Assert.Equal((2, 1), links["Actor alias (actor)"]);
        Assert.Equal((1, 0), links["Actor (affiliation)"]);
        Assert.Equal((1, 0), links["Actor merge (survivor)"]);
        Assert.Equal(["Volodymyr Zelenskyy", "Zelensky"], preview.NewAliases);

        await using var db = Database.CreateContext();
        var s = m.Survivor.Id;
        Assert.False(await db.Actors.AnyAsync(a => a.Id == m.Duplicate.Id, Cancel));
        Assert.Equal(new[] { (m.Talks1, ParticipantRole.Party), (m.Talks2, ParticipantRole.Party), (m.Statement, ParticipantRole.Speaker) }.Order(),
            (await db.EventParticipants.Where(p => p.ActorId == s).OrderBy(p => p.EventId).Select(p => new { p.EventId, p.Role }).ToListAsync(Cancel))
            .Select(p => (p.EventId, p.Role)));
        Assert.Equal(1, await db.EventParticipants.CountAsync(p => p.EventId == m.Talks1 && p.Role == ParticipantRole.Party && p.ActorId == s, Cancel));
        Assert.Equal(s, (await db.Set<ClaimPosition>().SingleAsync(Cancel)).ActorId);
        var responses = await db.Set<CeasefireResponse>().OrderBy(r => r.ProposalId).ToListAsync(Cancel);
        Assert.Equal([(m.Proposal1, s, ProposalResponse.Accepted), (m.Proposal2, s, ProposalResponse.Rejected)],
            responses.Select(r => (r.ProposalId, r.ActorId, r.Response)));
        var violation = await db.Set<ViolationAllegation>().SingleAsync(Cancel);
        Assert.Equal((s, m.Russia.Id), (violation.AccuserId, violation.AccusedId));
        var line = await db.Set<ExchangeLine>().SingleAsync(Cancel);
        Assert.Equal((m.Russia.Id, s), (line.FromActorId, line.ToActorId));
        var detainee = await db.Set<ExchangedDetainee>().SingleAsync(Cancel);
        Assert.Equal((m.Russia.Id, s), (detainee.ReleasedById, detainee.ReleasedToId));
        Assert.Equal(s, (await db.Actors.SingleAsync(a => a.Slug == "andriy-yermak", Cancel)).AffiliationId);
        Assert.Equal(m.Ukraine.Id, (await db.Actors.SingleAsync(a => a.Id == s, Cancel)).AffiliationId);
        Assert.Equal(["Volodymyr Zelenskyy", "Zelensky", "Зеленський"],
            await db.ActorAliases.Where(a => a.ActorId == s).Select(a => a.Name).OrderBy(n => n).ToListAsync(Cancel));
        Assert.Equal(["President of Ukraine"], await db.ActorTitles.Where(t => t.ActorId == s).Select(t => t.Title).ToListAsync(Cancel));
    }

    [Fact]
    public async Task Merge_records_the_old_slugs_so_the_public_page_can_redirect()
    {
        var m = await MergeScenarioAsync();

        await Service.MergeAsync(Editor, m.Duplicate.Id, m.Survivor.Id, Cancel);

        await using var db = Database.CreateContext();
        var merges = await db.ActorMerges.OrderBy(x => x.MergedSlug).ToListAsync(Cancel);
        Assert.Equal([("volodymyr-zelenskyy", m.Survivor.Id), ("zelenskiy", m.Survivor.Id)], merges.Select(x => (x.MergedSlug, x.SurvivorId)));
        Assert.Equal(("editor-id", "Olena K.", "Volodymyr Zelenskyy"), (merges[0].MergedById, merges[0].MergedByName, merges[0].MergedName));
        var profiles = Get<ActorProfileService>();
        Assert.Equal("volodymyr-zelensky", await profiles.MergedIntoAsync("volodymyr-zelenskyy", Cancel));
        Assert.Equal("volodymyr-zelensky", await profiles.MergedIntoAsync("zelenskiy", Cancel));
        Assert.Null(await profiles.MergedIntoAsync("volodymyr-zelensky", Cancel));
    }

    [Fact]
    public async Task A_survivor_that_sat_under_the_duplicate_takes_its_place_in_the_chain()
    {
        var (russia, kremlin, peskov) = await ChainAsync();

        var result = await Service.MergeAsync(Editor, kremlin.Id, peskov.Id, Cancel);

        Assert.True(result.Succeeded, result.Error);
        await using var db = Database.CreateContext();
        Assert.Equal(russia.Id, (await db.Actors.SingleAsync(a => a.Id == peskov.Id, Cancel)).AffiliationId);
    }

    [Fact]
    public async Task A_merge_is_refused_while_a_row_names_both_actors_and_nothing_changes()
    {
        var actors = await AddActorsAsync(TestData.Actor("ukraine", ActorKind.State), TestData.Actor("ukraine-duplicate", ActorKind.State));
        var exchange = TestData.Exchange("swap", new DateOnly(2025, 4, 10), actors[0], actors[1]);
        exchange.Lines = [new ExchangeLine { FromActor = actors[1], ToActor = actors[0], Category = DetaineeCategory.PrisonerOfWar, Count = 3 }];
        await SaveAsync(exchange);

        var preview = await Service.PreviewMergeAsync(Editor, actors[1].Id, actors[0].Id, Cancel);
        var result = await Service.MergeAsync(Editor, actors[1].Id, actors[0].Id, Cancel);

        Assert.True(preview!.IsBlocked);
        Assert.Equal(1, preview.Links.Single(l => l.Label == "Exchange line (from actor)").Blocking);
        Assert.False(result.Succeeded);
        Assert.Contains("Exchange line (from actor): 1", result.Error, StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        Assert.True(await db.Actors.AnyAsync(a => a.Id == actors[1].Id, Cancel));
        Assert.Empty(await db.ActorMerges.ToListAsync(Cancel));
    }

    [Fact]
    public async Task An_actor_cannot_be_merged_into_itself_or_an_unknown_actor()
    {
        var actor = (await AddActorsAsync(TestData.Actor("ukraine", ActorKind.State)))[0];

        Assert.False((await Service.MergeAsync(Editor, actor.Id, actor.Id, Cancel)).Succeeded);
        Assert.False((await Service.MergeAsync(Editor, actor.Id, 999_999, Cancel)).Succeeded);
        Assert.Null(await Service.PreviewMergeAsync(Editor, actor.Id, 999_999, Cancel));
    }

    private sealed record MergeData(Actor Duplicate, Actor Survivor, Actor Ukraine, Actor Russia, long Talks1, long Talks2, long Statement, long Proposal1, long Proposal2);

    /// <summary>Zelenskyy (duplicate) and Zelensky (survivor): a link of every kind, and the copies that collide.</summary>
    private async Task<MergeData> MergeScenarioAsync()
    {
        var ukraine = TestData.Actor("ukraine", ActorKind.State);
        var russia = TestData.Actor("russia", ActorKind.State);
        var us = TestData.Actor("united-states", ActorKind.State);
        var survivor = TestData.Actor("volodymyr-zelensky");
        survivor.Affiliation = ukraine;
        var duplicate = TestData.Actor("volodymyr-zelenskyy");
        var yermak = TestData.Actor("andriy-yermak");
        yermak.Affiliation = duplicate;
        await AddActorsAsync(ukraine, russia, us, survivor, duplicate, yermak);

        var talks1 = TestData.Talks("talks-both", new DateOnly(2025, 3, 1), survivor, duplicate, us);
        var talks2 = TestData.Talks("talks-duplicate", new DateOnly(2025, 3, 2), duplicate, russia);
        var statement = TestData.Statement("statement", new DateOnly(2025, 3, 3), duplicate);
        var claim = TestData.Claim("claim", new DateOnly(2025, 3, 4), russia);
        claim.Positions = [new ClaimPosition { Actor = duplicate, Stance = ClaimStance.Denies, StatedOn = new DateOnly(2025, 3, 5) }];
        var proposal1 = TestData.Proposal("proposal-both", new DateOnly(2025, 3, 6), us);
        proposal1.Responses =
        [
            new CeasefireResponse { Actor = survivor, Response = ProposalResponse.Accepted },
            new CeasefireResponse { Actor = duplicate, Response = ProposalResponse.Accepted },
        ];
        proposal1.Violations = [new ViolationAllegation { Accuser = duplicate, Accused = russia, AllegedOn = new DateOnly(2025, 3, 8), Description = "Strikes on Kharkiv." }];
        var proposal2 = TestData.Proposal("proposal-duplicate", new DateOnly(2025, 3, 7), us);
        proposal2.Responses = [new CeasefireResponse { Actor = duplicate, Response = ProposalResponse.Rejected }];
        var exchange = TestData.Exchange("exchange", new DateOnly(2025, 3, 9), russia, ukraine);
        exchange.Lines = [new ExchangeLine { FromActor = russia, ToActor = duplicate, Category = DetaineeCategory.Civilian, Count = 5 }];
        exchange.Detainees = [new ExchangedDetainee { Name = "A. Person", ReleasedBy = russia, ReleasedTo = duplicate, Category = DetaineeCategory.Civilian }];
        await SaveAsync(talks1, talks2, statement, claim, proposal1, proposal2, exchange);

        // Added by id: DatabaseTest.SaveAsync would insert an actor's aliases again with the events.
        await using (var db = Database.CreateContext())
        {
            db.ActorAliases.AddRange(
                new ActorAlias { ActorId = survivor.Id, Name = "Зеленський", Language = "uk" },
                new ActorAlias { ActorId = duplicate.Id, Name = "Зеленський", Language = "uk" },
                new ActorAlias { ActorId = duplicate.Id, Name = "Zelensky" });
            db.ActorTitles.Add(new ActorTitle { ActorId = duplicate.Id, Title = "President of Ukraine", From = new DateOnly(2019, 5, 20) });
            db.ActorMerges.Add(new ActorMerge { MergedSlug = "zelenskiy", MergedName = "Zelenskiy", SurvivorId = duplicate.Id, MergedById = "x", MergedByName = "X" });
            await db.SaveChangesAsync(Cancel);
        }

        return new MergeData(duplicate, survivor, ukraine, russia, talks1.Id, talks2.Id, statement.Id, proposal1.Id, proposal2.Id);
    }

    private async Task<(Actor Russia, Actor Kremlin, Actor Peskov)> ChainAsync()
    {
        var russia = TestData.Actor("russia", ActorKind.State);
        var kremlin = TestData.Actor("kremlin", ActorKind.GovernmentBody);
        kremlin.Affiliation = russia;
        var peskov = TestData.Actor("dmitry-peskov");
        peskov.Affiliation = kremlin;
        await AddActorsAsync(russia, kremlin, peskov);
        return (russia, kremlin, peskov);
    }

    private static ActorInput Input(Actor actor, int? affiliationId) =>
        new() { Name = actor.Name, Slug = actor.Slug, Kind = actor.Kind, AffiliationId = affiliationId };

    private async Task<Actor[]> AddActorsAsync(params Actor[] actors)
    {
        await using var db = Database.CreateContext();
        db.Actors.AddRange(actors);
        await db.SaveChangesAsync(Cancel);
        return actors;
    }

    private async Task<int> AliasIdAsync(int actorId, string name)
    {
        await using var db = Database.CreateContext();
        return await db.ActorAliases.Where(a => a.ActorId == actorId && a.Name == name).Select(a => a.Id).SingleAsync(Cancel);
    }
}
