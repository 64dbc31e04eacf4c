using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Analysis;

namespace CeasefireTracker.Tests.Features.Analysis;

[Collection(DatabaseCollection.Name)]
public sealed class AnalysisServiceTests(TestDatabase database) : DatabaseTest(database)
{
    private readonly Actor witkoff = TestData.Actor("steve-witkoff");
    private readonly Actor putin = TestData.Actor("vladimir-putin");
    private readonly Actor zelensky = TestData.Actor("volodymyr-zelensky");
    private readonly Actor trump = TestData.Actor("donald-trump");

    private AnalysisService Service => Get<AnalysisService>();

    [Fact]
    public async Task Weeks_run_monday_to_sunday_and_count_each_kind()
    {
        await SaveAsync(
            // Sunday 6 April 2025 closes ISO week 14; Monday 7 April opens week 15.
            TestData.Talks("sunday-talks", new DateOnly(2025, 4, 6), witkoff, putin),
            TestData.Statement("sunday-statement", new DateOnly(2025, 4, 6), trump),
            TestData.Talks("monday-talks", new DateOnly(2025, 4, 7), witkoff, putin),
            TestData.Claim("sunday-claim", new DateOnly(2025, 4, 13), zelensky),
            TestData.Claim("next-monday-claim", new DateOnly(2025, 4, 14), zelensky),
            TestData.WithStatus(TestData.Talks("draft", new DateOnly(2025, 4, 8), witkoff), EventStatus.Draft));

        var counts = await Service.GetWeeklyCountsAsync(new AnalysisFilter(), Cancel);

        Assert.Equal(["2025-W14", "2025-W15", "2025-W16"], counts.Weeks.Select(w => w.Name));
        Assert.Equal([new DateOnly(2025, 3, 31), new DateOnly(2025, 4, 7), new DateOnly(2025, 4, 14)], counts.Weeks.Select(w => w.Monday));
        var (w14, w15, w16) = (counts.Weeks[0], counts.Weeks[1], counts.Weeks[2]);
        Assert.Equal((1, 1, 0), (w14[EventKind.Talks], w14[EventKind.Statement], w14[EventKind.Claim]));
        Assert.Equal((1, 0, 1), (w15[EventKind.Talks], w15[EventKind.Statement], w15[EventKind.Claim]));
        Assert.Equal((0, 1), (w16[EventKind.Talks], w16[EventKind.Claim]));
        Assert.Equal(5, counts.Total);
    }

    [Fact]
    public async Task Empty_weeks_between_events_are_bars_of_zero_and_iso_years_roll_over()
    {
        await SaveAsync(
            // Monday 29 December 2025 is in ISO week 1 of 2026.
            TestData.Talks("new-year-talks", new DateOnly(2025, 12, 29), witkoff, putin),
            TestData.Talks("late-january-talks", new DateOnly(2026, 1, 21), witkoff, putin));

        var counts = await Service.GetWeeklyCountsAsync(new AnalysisFilter(), Cancel);

        Assert.Equal(["2026-W01", "2026-W02", "2026-W03", "2026-W04"], counts.Weeks.Select(w => w.Name));
        Assert.Equal([1, 0, 0, 1], counts.Weeks.Select(w => w.Total));
    }

    [Fact]
    public async Task Weekly_counts_follow_the_actor_and_date_window()
    {
        await SaveAsync(
            TestData.Talks("march-talks", new DateOnly(2025, 3, 13), witkoff, putin),
            TestData.Talks("april-talks", new DateOnly(2025, 4, 11), witkoff, putin),
            TestData.Statement("april-statement", new DateOnly(2025, 4, 11), zelensky),
            TestData.Talks("may-talks", new DateOnly(2025, 5, 2), witkoff, putin));

        var april = await Service.GetWeeklyCountsAsync(new AnalysisFilter { From = new(2025, 4, 1), To = new(2025, 4, 30) }, Cancel);
        var witkoffOnly = await Service.GetWeeklyCountsAsync(new AnalysisFilter { ActorSlugs = ["steve-witkoff"] }, Cancel);
        var nothing = await Service.GetWeeklyCountsAsync(new AnalysisFilter { From = new(2026, 1, 1) }, Cancel);
        // Talks both chosen actors were at count once.
        var both = await Service.GetWeeklyCountsAsync(new AnalysisFilter { ActorSlugs = ["steve-witkoff", "vladimir-putin"] }, Cancel);

        Assert.Equal(["2025-W15"], april.Weeks.Select(w => w.Name));
        Assert.Equal((1, 1), (april.Weeks[0][EventKind.Talks], april.Weeks[0][EventKind.Statement]));
        Assert.Equal(3, witkoffOnly.Total);
        Assert.Equal(0, witkoffOnly.Weeks.Sum(w => w[EventKind.Statement]));
        Assert.Empty(nothing.Weeks);
        Assert.Equal(3, both.Total);
    }

    [Fact]
    public async Task A_pair_is_the_same_pair_in_either_order_and_counts_its_talks()
    {
        var early = TestData.Talks("putin-first", new DateOnly(2025, 2, 11), putin, witkoff);
        var late = TestData.Talks("witkoff-first", new DateOnly(2025, 4, 11), witkoff, putin);
        // Listed as host and as party of the same talks: still one talks event for the pair.
        late.Participants.Add(new EventParticipant { Actor = putin, Role = ParticipantRole.Host });
        await SaveAsync(early, late);

        var pairs = await Service.GetTalksPairsAsync(new AnalysisFilter(), cancellationToken: Cancel);

        var pair = Assert.Single(pairs.Pairs);
        Assert.Equal(["steve-witkoff", "vladimir-putin"], new[] { pair.First.Slug, pair.Second.Slug }.Order());
        Assert.True(pair.First.Id < pair.Second.Id);
        Assert.Equal(2, pair.Talks);
        Assert.Equal(new DateOnly(2025, 4, 11), pair.LastMet);
        Assert.Equal(1, pairs.TotalPairs);
    }

    [Fact]
    public async Task Three_way_talks_give_three_pairs_and_only_those_at_the_table_count()
    {
        var saudi = TestData.Actor("saudi-arabia");
        var talks = TestData.Talks("jeddah", new DateOnly(2025, 3, 11), witkoff, zelensky);
        talks.Participants.Add(new EventParticipant { Actor = saudi, Role = ParticipantRole.Host });
        talks.Participants.Add(new EventParticipant { Actor = trump, Role = ParticipantRole.Mentioned });
        var statement = TestData.Statement("remark", new DateOnly(2025, 3, 12), witkoff);
        statement.Participants.Add(new EventParticipant { Actor = putin, Role = ParticipantRole.Subject });
        await SaveAsync(talks, statement, TestData.WithStatus(TestData.Talks("draft", new DateOnly(2025, 3, 13), witkoff, putin), EventStatus.Draft));

        var pairs = await Service.GetTalksPairsAsync(new AnalysisFilter(), cancellationToken: Cancel);

        Assert.Equal(
            ["saudi-arabia + steve-witkoff", "saudi-arabia + volodymyr-zelensky", "steve-witkoff + volodymyr-zelensky"],
            pairs.Pairs.Select(Names).Order());
        Assert.All(pairs.Pairs, p => Assert.Equal(1, p.Talks));
    }

    [Fact]
    public async Task Pairs_follow_the_window_and_are_capped_to_the_most_frequent()
    {
        await SaveAsync(
            TestData.Talks("feb", new DateOnly(2025, 2, 11), witkoff, putin),
            TestData.Talks("mar", new DateOnly(2025, 3, 13), witkoff, putin),
            TestData.Talks("apr", new DateOnly(2025, 4, 11), witkoff, putin),
            TestData.Talks("kyiv", new DateOnly(2025, 4, 1), zelensky, trump),
            TestData.Talks("call", new DateOnly(2025, 3, 18), trump, putin));

        var top = await Service.GetTalksPairsAsync(new AnalysisFilter(), maxPairs: 1, cancellationToken: Cancel);
        var april = await Service.GetTalksPairsAsync(new AnalysisFilter { From = new(2025, 4, 1), To = new(2025, 4, 30) }, cancellationToken: Cancel);
        var trumpsTalks = await Service.GetTalksPairsAsync(new AnalysisFilter { ActorSlugs = ["donald-trump"] }, cancellationToken: Cancel);

        var first = Assert.Single(top.Pairs);
        Assert.Equal(("steve-witkoff + vladimir-putin", 3), (Names(first), first.Talks));
        Assert.Equal(3, top.TotalPairs);
        Assert.True(top.IsCapped);
        Assert.Equal(["donald-trump + volodymyr-zelensky", "steve-witkoff + vladimir-putin"], april.Pairs.Select(Names).Order());
        Assert.All(april.Pairs, p => Assert.Equal(1, p.Talks));
        Assert.Equal(["donald-trump + vladimir-putin", "donald-trump + volodymyr-zelensky"], trumpsTalks.Pairs.Select(Names).Order());
    }

    [Fact]
    public async Task The_network_has_an_actor_per_node_and_a_weighted_edge_per_pair()
    {
        var saudi = TestData.Actor("saudi-arabia");
        var jeddah = TestData.Talks("jeddah", new DateOnly(2025, 3, 11), witkoff, zelensky);
        jeddah.Participants.Add(new EventParticipant { Actor = saudi, Role = ParticipantRole.Host });
        await SaveAsync(
            jeddah,
            TestData.Talks("feb", new DateOnly(2025, 2, 11), witkoff, putin),
            TestData.Talks("apr", new DateOnly(2025, 4, 11), putin, witkoff));

        var network = MeetingNetwork.FromPairs((await Service.GetTalksPairsAsync(new AnalysisFilter(), cancellationToken: Cancel)).Pairs);

        Assert.Equal(
            [("steve-witkoff", 3, 4), ("saudi-arabia", 2, 2), ("vladimir-putin", 1, 2), ("volodymyr-zelensky", 2, 2)],
            network.Nodes.Select(n => (n.Actor.Slug, n.Partners, n.SharedTalks)).OrderByDescending(n => n.SharedTalks).ThenBy(n => n.Slug));
        Assert.Equal(4, network.Edges.Count);
        var ids = network.Nodes.ToDictionary(n => n.Actor.Slug, n => n.Actor.Id);
        var witkoffPutin = Assert.Single(network.Edges, e => new[] { e.FromId, e.ToId }.Order().SequenceEqual(new[] { ids["steve-witkoff"], ids["vladimir-putin"] }.Order()));
        Assert.Equal(2, witkoffPutin.Talks);
        Assert.All(network.Edges, e => Assert.True(e.FromId < e.ToId));
    }

    [Fact]
    public void No_pairs_make_an_empty_network() =>
        Assert.Equal((0, 0), (MeetingNetwork.FromPairs([]).Nodes.Count, MeetingNetwork.FromPairs([]).Edges.Count));

    private static string Names(ActorPair pair) => string.Join(" + ", new[] { pair.First.Slug, pair.Second.Slug }.Order());
}
