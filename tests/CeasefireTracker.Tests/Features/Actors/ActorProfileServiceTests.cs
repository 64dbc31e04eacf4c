using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Actors;

namespace CeasefireTracker.Tests.Features.Actors;

[Collection(DatabaseCollection.Name)]
public sealed class ActorProfileServiceTests(TestDatabase database) : DatabaseTest(database)
{
    private readonly Actor witkoff = TestData.Actor("steve-witkoff");
    private readonly Actor putin = TestData.Actor("vladimir-putin");
    private readonly Actor lavrov = TestData.Actor("sergei-lavrov");
    private readonly Actor dmitriev = TestData.Actor("kirill-dmitriev");
    private readonly Actor trump = TestData.Actor("donald-trump");
    private readonly Actor zelensky = TestData.Actor("volodymyr-zelensky");

    private ActorProfileService Service => Get<ActorProfileService>();

    [Fact]
    public async Task Met_with_counts_shared_published_talks_most_first_then_most_recent()
    {
        var saintPetersburg = TestData.Talks("saint-petersburg", new DateOnly(2025, 4, 11), witkoff, putin);
        // Trump was talked about, not present: that is not a meeting.
        saintPetersburg.Participants.Add(new EventParticipant { Actor = trump, Role = ParticipantRole.Mentioned });
        // Witkoff hosting and taking part is still one meeting with Lavrov.
        var riyadh = TestData.Talks("riyadh", new DateOnly(2025, 4, 1), witkoff, lavrov);
        riyadh.Participants.Add(new EventParticipant { Actor = witkoff, Role = ParticipantRole.Host });
        var draft = TestData.Talks("draft", new DateOnly(2025, 4, 20), witkoff, zelensky);
        draft.Status = EventStatus.Draft;
        var call = TestData.Talks("call", new DateOnly(2025, 4, 5), witkoff, dmitriev);
        var praise = TestData.Statement("praise", new DateOnly(2025, 4, 12), witkoff);
        praise.Participants.Add(new EventParticipant { Actor = zelensky, Role = ParticipantRole.Subject });
        await SaveAsync(
            TestData.Talks("february", new DateOnly(2025, 2, 11), witkoff, putin),
            TestData.Talks("march", new DateOnly(2025, 3, 13), witkoff, putin),
            saintPetersburg, riyadh, draft, call, praise,
            TestData.Talks("without-witkoff", new DateOnly(2025, 4, 30), putin, lavrov));

        var profile = await Service.GetAsync("steve-witkoff", Cancel);

        Assert.Equal(
            [("vladimir-putin", 3, new DateOnly(2025, 4, 11)), ("kirill-dmitriev", 1, new DateOnly(2025, 4, 5)), ("sergei-lavrov", 1, new DateOnly(2025, 4, 1))],
            profile!.MetWith.Select(m => (m.Actor.Slug, m.TalksCount, m.LastMet)));
        Assert.All(profile.MetWith, m => Assert.Equal(DatePrecision.Day, m.LastMetPrecision));
    }

    [Fact]
    public async Task Met_with_gives_the_last_date_as_exactly_as_it_is_known()
    {
        var march = TestData.Talks("march", new DateOnly(2025, 3, 1), witkoff, putin);
        march.DatePrecision = DatePrecision.Month;
        var earlier = TestData.Talks("earlier", new DateOnly(2025, 2, 11), witkoff, putin);
        await SaveAsync(march, earlier);

        var profile = await Service.GetAsync("steve-witkoff", Cancel);

        var met = Assert.Single(profile!.MetWith);
        Assert.Equal((2, new DateOnly(2025, 3, 1), DatePrecision.Month), (met.TalksCount, met.LastMet, met.LastMetPrecision));
    }

    [Fact]
    public async Task Statements_are_those_the_actor_spoke_newest_first_with_the_quote()
    {
        var older = TestData.Statement("older", new DateOnly(2025, 3, 21), witkoff);
        older.Quote = "great leader";
        var newer = TestData.Statement("newer", new DateOnly(2025, 4, 12), witkoff);
        newer.Platform = "Fox News interview";
        var aboutHim = TestData.Statement("about-witkoff", new DateOnly(2025, 4, 13), putin);
        aboutHim.Participants.Add(new EventParticipant { Actor = witkoff, Role = ParticipantRole.Subject });
        var draft = TestData.Statement("draft", new DateOnly(2025, 4, 14), witkoff);
        draft.Status = EventStatus.Draft;
        await SaveAsync(older, newer, aboutHim, draft);

        var profile = await Service.GetAsync("steve-witkoff", Cancel);

        Assert.Equal(["newer", "older"], profile!.Statements.Select(s => s.Slug));
        Assert.Equal("great leader", profile.Statements[1].Quote);
        Assert.Equal("Fox News interview", profile.Statements[0].Platform);
        Assert.False(profile.MoreStatements);
    }

    [Fact]
    public async Task Claims_are_those_the_actor_made_or_took_a_position_on_with_stance_and_verdict()
    {
        var kremlin = TestData.Actor("kremlin", ActorKind.GovernmentBody);
        var made = TestData.Claim("made", new DateOnly(2025, 4, 11), zelensky);
        made.Verdict = ClaimVerdict.Disputed;
        made.Positions = [new ClaimPosition { Actor = kremlin, Stance = ClaimStance.Denies, StatedOn = new DateOnly(2025, 4, 12) }];
        var answered = TestData.Claim("answered", new DateOnly(2025, 4, 1), zelensky);
        answered.Verdict = ClaimVerdict.Confirmed;
        answered.Positions =
        [
            new ClaimPosition { Actor = kremlin, Stance = ClaimStance.DeclinesToComment, StatedOn = new DateOnly(2025, 4, 2) },
            new ClaimPosition { Actor = kremlin, Stance = ClaimStance.Confirms, StatedOn = new DateOnly(2025, 4, 9), Note = "Later admitted it." },
        ];
        var mentioned = TestData.Claim("mentioned", new DateOnly(2025, 4, 5), zelensky);
        mentioned.Participants.Add(new EventParticipant { Actor = kremlin, Role = ParticipantRole.Mentioned });
        await SaveAsync(made, answered, mentioned);

        var kremlinProfile = await Service.GetAsync("kremlin", Cancel);
        var zelenskyProfile = await Service.GetAsync("volodymyr-zelensky", Cancel);

        Assert.Equal(["made", "answered"], kremlinProfile!.Claims.Select(c => c.Slug));
        Assert.All(kremlinProfile.Claims, c => Assert.False(c.IsClaimant));
        Assert.Equal([ClaimStance.Denies], kremlinProfile.Claims[0].Stances.Select(s => s.Stance));
        Assert.Equal(ClaimVerdict.Disputed, kremlinProfile.Claims[0].Verdict);
        Assert.Equal([ClaimStance.DeclinesToComment, ClaimStance.Confirms], kremlinProfile.Claims[1].Stances.Select(s => s.Stance));
        Assert.Equal("Later admitted it.", kremlinProfile.Claims[1].Stances[1].Note);
        Assert.Equal(["made", "mentioned", "answered"], zelenskyProfile!.Claims.Select(c => c.Slug));
        Assert.All(zelenskyProfile.Claims, c => Assert.True(c.IsClaimant));
        Assert.All(zelenskyProfile.Claims, c => Assert.Empty(c.Stances));
    }

    [Fact]
    public async Task Long_histories_are_capped_and_say_there_is_more()
    {
        var statements = Enumerable.Range(0, ActorProfileService.ListLimit + 3)
            .Select(i => (Event)TestData.Statement($"remark-{i}", new DateOnly(2025, 1, 1).AddDays(i), witkoff))
            .ToArray();
        await SaveAsync(statements);

        var profile = await Service.GetAsync("steve-witkoff", Cancel);

        Assert.Equal(ActorProfileService.ListLimit, profile!.Statements.Count);
        Assert.True(profile.MoreStatements);
        Assert.Equal($"remark-{ActorProfileService.ListLimit + 2}", profile.Statements[0].Slug);
    }

    [Fact]
    public async Task The_affiliation_chain_climbs_to_the_top_nearest_first()
    {
        var russia = TestData.Actor("russia", ActorKind.State);
        var kremlin = TestData.Actor("kremlin", ActorKind.GovernmentBody);
        var peskov = TestData.Actor("dmitry-peskov");
        kremlin.Affiliation = russia;
        peskov.Affiliation = kremlin;
        peskov.Titles =
        [
            new ActorTitle { Title = "Kremlin spokesman", From = new DateOnly(2012, 5, 22) },
            new ActorTitle { Title = "Press secretary of the prime minister", From = new DateOnly(2008, 5, 1), To = new DateOnly(2012, 5, 21) },
        ];
        peskov.Aliases = [new ActorAlias { Name = "Песков", Language = "ru" }, new ActorAlias { Name = "Dmitri Peskov" }];
        await SaveActorsAsync(russia, kremlin, peskov);

        var profile = await Service.GetAsync("dmitry-peskov", Cancel);
        var top = await Service.GetAsync("russia", Cancel);

        Assert.Equal(["kremlin", "russia"], profile!.AffiliationChain.Select(a => a.Slug));
        Assert.Empty(top!.AffiliationChain);
        Assert.Equal(["Press secretary of the prime minister", "Kremlin spokesman"], profile.Titles.Select(t => t.Title));
        Assert.Equal((new DateOnly(2012, 5, 22), (DateOnly?)null), (profile.Titles[1].From!.Value, profile.Titles[1].To));
        Assert.Contains(new ActorAliasItem("Песков", "ru"), profile.Aliases);
        Assert.Contains(new ActorAliasItem("Dmitri Peskov", null), profile.Aliases);
    }

    [Fact]
    public async Task An_affiliation_loop_ends_the_chain_instead_of_running_forever()
    {
        var ministry = TestData.Actor("ministry", ActorKind.GovernmentBody);
        var agency = TestData.Actor("agency", ActorKind.GovernmentBody);
        await SaveActorsAsync(ministry, agency);
        await using (var db = Database.CreateContext())
        {
            db.Attach(ministry);
            db.Attach(agency);
            ministry.Affiliation = agency;
            agency.Affiliation = ministry;
            await db.SaveChangesAsync(Cancel);
        }

        var profile = await Service.GetAsync("ministry", Cancel);

        Assert.Equal(["agency"], profile!.AffiliationChain.Select(a => a.Slug));
    }

    [Theory]
    [InlineData("no-such-actor")]
    [InlineData("STEVE-WITKOFF")]
    public async Task An_unknown_slug_gives_nothing(string slug)
    {
        await SaveActorsAsync(witkoff);

        Assert.Null(await Service.GetAsync(slug, Cancel));
    }

    /// <summary>The actors, and a published meeting of them all (an invented fixture): actors readers see act in a published event.</summary>
    private async Task SaveActorsAsync(params Actor[] actors)
    {
        await using var db = Database.CreateContext();
        db.Actors.AddRange(actors);
        db.Events.Add(TestData.Talks("a-meeting-of-" + string.Join("-", actors.Select(a => a.Slug)), new DateOnly(2025, 1, 1), actors));
        await db.SaveChangesAsync(Cancel);
    }

    [Fact]
    public async Task An_actor_in_no_published_event_has_no_page_and_no_place_in_a_chain()
    {
        var russia = TestData.Actor("russia", ActorKind.State);
        var delegation = TestData.Actor("russian-delegation", ActorKind.GovernmentBody);
        var medinsky = TestData.Actor("vladimir-medinsky");
        (delegation.Affiliation, medinsky.Affiliation) = (russia, delegation);
        await using (var db = Database.CreateContext())
        {
            db.Events.Add(TestData.Talks("istanbul", new DateOnly(2025, 5, 16), russia, medinsky));
            db.Events.Add(TestData.WithStatus(TestData.Talks("draft", new DateOnly(2025, 5, 17), delegation, russia), EventStatus.Draft));
            await db.SaveChangesAsync(Cancel);
        }

        Assert.Null(await Service.GetAsync("russian-delegation", Cancel));
        Assert.Equal(["russia"], (await Service.GetAsync("vladimir-medinsky", Cancel))!.AffiliationChain.Select(a => a.Slug));
    }
}
