using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Admin.Actors;
using CeasefireTracker.Web.Features.Admin.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CeasefireTracker.Tests.Data;

/// <summary>
/// The aggregates the public pages read (migration ReadAggregates: published events per day and kind, exchange totals
/// per direction, talks pairs and their counts; migrations ActorAggregates, ActorTalksPairCounts and ActorDayCounts:
/// each actor's parts in proposals, claims and exchanges, the pairs who met at each actor's talks, and each actor's
/// published events per day and kind) stay equal to a count from scratch of the rows they summarise through every write: the editors' saves,
/// publishing, unpublishing and archiving, plain SQL, a delete and an actor merge.
/// The fixtures are invented (people and numbers of no real event).
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class ReadAggregatesTests(TestDatabase database) : DatabaseTest(database)
{
    private static readonly CancellationToken Cancel = TestContext.Current.CancellationToken;
    private static readonly EditorSession Anna = new("user-anna", "Anna Editor", isAdmin: false);
    private static readonly DateOnly Day = new(2025, 4, 19);

    private Actor envoy = null!, leader = null!, mediator = null!, russia = null!, ukraine = null!;

    private EventEditorService Editor => new(Database.CreateFactory(), TimeProvider.System, NullLogger<EventEditorService>.Instance);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        (envoy, leader, mediator) = (TestData.Actor("invented-envoy"), TestData.Actor("invented-leader"), TestData.Actor("invented-mediator"));
        (russia, ukraine) = (TestData.Actor("russia", ActorKind.State), TestData.Actor("ukraine", ActorKind.State));
        await using var db = Database.CreateContext();
        db.Actors.AddRange(envoy, leader, mediator, russia, ukraine);
        await db.SaveChangesAsync(Cancel);
    }

    [Fact]
    public async Task Saving_publishing_unpublishing_and_archiving_keep_every_aggregate_equal_to_a_count_from_scratch()
    {
        var meeting = await CreateAsync(Meeting(Day, envoy, leader));
        await AssertAsInScratchAsync();
        Assert.Empty(await DayCountsAsync());

        await SaveAsync(meeting, _ => { }, EventStatus.Published);
        await AssertAsInScratchAsync();
        Assert.Equal([(Day, "Talks", 1)], await DayCountsAsync());
        Assert.Contains((envoy.Id, Day, "Talks", 1), await ActorDayCountsAsync());
        Assert.Equal([(Math.Min(envoy.Id, leader.Id), Math.Max(envoy.Id, leader.Id), 1, Day)], await PairCountsAsync());

        // A second meeting of the same two, later: the pair's count and latest date move; a third person joins it.
        var second = await CreateAsync(Meeting(Day.AddDays(7), envoy, leader));
        await SaveAsync(second, d => d.Participants.Add(new() { Actor = C(mediator), Role = ParticipantRole.Mediator }), EventStatus.Published);
        await AssertAsInScratchAsync();
        Assert.Contains((Math.Min(envoy.Id, leader.Id), Math.Max(envoy.Id, leader.Id), 2, Day.AddDays(7)), await PairCountsAsync());
        // At the mediator's talks (the second meeting only) the envoy and the leader met once.
        Assert.Contains((mediator.Id, Math.Min(envoy.Id, leader.Id), Math.Max(envoy.Id, leader.Id), 1, Day.AddDays(7)), await ActorPairCountsAsync());
        Assert.Contains((envoy.Id, Math.Min(envoy.Id, leader.Id), Math.Max(envoy.Id, leader.Id), 2, Day.AddDays(7)), await ActorPairCountsAsync());

        // Moving the later meeting before the first: the latest date goes back to the first meeting's.
        await SaveAsync(second, d => d.OccurredOn = Day.AddDays(-30), EventStatus.Published);
        await AssertAsInScratchAsync();
        Assert.Contains((Math.Min(envoy.Id, leader.Id), Math.Max(envoy.Id, leader.Id), 2, Day), await PairCountsAsync());

        var exchange = await CreateAsync(Exchange(Day, 246, 230));
        await AssertAsInScratchAsync();
        Assert.Empty(await TotalsAsync());

        await SaveAsync(exchange, _ => { }, EventStatus.Published);
        await AssertAsInScratchAsync();
        Assert.Equal([(russia.Id, ukraine.Id, "PrisonerOfWar", 246L), (ukraine.Id, russia.Id, "PrisonerOfWar", 230L)], await TotalsAsync());

        await SaveAsync(exchange, d => d.Exchange!.Lines[0].Count = 250, EventStatus.Published);
        await AssertAsInScratchAsync();
        Assert.Contains((russia.Id, ukraine.Id, "PrisonerOfWar", 250L), await TotalsAsync());

        // Unpublished and archived events count nowhere.
        await SaveAsync(exchange, _ => { }, EventStatus.Draft);
        await SaveAsync(meeting, _ => { }, EventStatus.Archived);
        await AssertAsInScratchAsync();
        Assert.Empty(await TotalsAsync());
        Assert.DoesNotContain(await DayCountsAsync(), c => c.Day == Day && c.Kind == "Talks");
    }

    [Fact]
    public async Task Proposals_claims_and_their_edits_keep_each_actors_parts_equal_to_a_count_from_scratch()
    {
        var truce = await CreateAsync(Truce(Day));
        var claim = await CreateAsync(Claim(Day.AddDays(1)));
        await AssertAsInScratchAsync();
        Assert.Empty(await PartCountsAsync());

        await SaveAsync(truce, _ => { }, EventStatus.Published);
        await SaveAsync(claim, _ => { }, EventStatus.Published);
        await AssertAsInScratchAsync();
        // Russia proposed and was accused, Ukraine answered, the envoy alleged; the leader and Ukraine took positions.
        Assert.Contains((russia.Id, 1, 0, 0, 1, 0, 0), await PartCountsAsync());
        Assert.Contains((ukraine.Id, 0, 1, 0, 0, 1, 0), await PartCountsAsync());

        // The same actor in two parts of one proposal, a response taken away, a proposer who becomes a party.
        await SaveAsync(truce, d =>
        {
            d.Proposal!.Responses.Clear();
            d.Proposal.Violations.Add(new() { Accuser = C(ukraine), Accused = C(russia), AllegedOn = Day.AddDays(2), Description = "Invented: shelling." });
            d.Participants[0].Role = ParticipantRole.Party;
        }, EventStatus.Published);
        await AssertAsInScratchAsync();
        Assert.Contains((ukraine.Id, 0, 0, 1, 0, 1, 0), await PartCountsAsync());

        // Plain SQL: a position and a response written directly; the claim's date moves (counts do not care).
        await using (var db = Database.CreateContext())
        {
            await db.Database.ExecuteSqlAsync($"INSERT INTO claim_positions (claim_id, actor_id, stance, stated_on) VALUES ({claim}, {envoy.Id}, 'Disputes', {Day})", Cancel);
            await db.Database.ExecuteSqlAsync($"INSERT INTO ceasefire_responses (proposal_id, actor_id, response) VALUES ({truce}, {mediator.Id}, 'Accepted')", Cancel);
            await db.Database.ExecuteSqlAsync($"UPDATE events SET occurred_on = occurred_on + 3 WHERE id = {claim}", Cancel);
        }

        await AssertAsInScratchAsync();
        Assert.Contains((mediator.Id, 0, 1, 0, 0, 0, 0), await PartCountsAsync());

        // Unpublished, archived or deleted, they count nowhere.
        await SaveAsync(truce, _ => { }, EventStatus.Archived);
        await SaveAsync(claim, _ => { }, EventStatus.Draft);
        await AssertAsInScratchAsync();
        Assert.Empty(await PartCountsAsync());
        await SaveAsync(claim, _ => { }, EventStatus.Published);
        await using (var db = Database.CreateContext())
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM events WHERE id = {claim}", Cancel);
        }

        await AssertAsInScratchAsync();
        Assert.Empty(await PartCountsAsync());
    }

    [Fact]
    public async Task Plain_sql_and_a_delete_keep_them_too()
    {
        var meeting = await CreateAsync(Meeting(Day, envoy, leader));
        var exchange = await CreateAsync(Exchange(Day, 10, 12));
        await using var db = Database.CreateContext();

        await db.Database.ExecuteSqlAsync($"UPDATE events SET status = 'Published' WHERE id IN ({meeting}, {exchange})", Cancel);
        await db.Database.ExecuteSqlAsync($"INSERT INTO event_participants (event_id, actor_id, role) VALUES ({meeting}, {mediator.Id}, 'Host')", Cancel);
        await db.Database.ExecuteSqlAsync($"INSERT INTO exchange_lines (exchange_id, from_actor_id, to_actor_id, category, count) VALUES ({exchange}, {russia.Id}, {ukraine.Id}, 'Civilian', 3)", Cancel);
        await AssertAsInScratchAsync();
        Assert.Equal(3, (await PairCountsAsync()).Count);

        await db.Database.ExecuteSqlAsync($"DELETE FROM events WHERE id IN ({meeting}, {exchange})", Cancel);
        await AssertAsInScratchAsync();
        Assert.Empty(await DayCountsAsync());
        Assert.Empty(await TotalsAsync());
        Assert.Empty(await PairCountsAsync());
    }

    [Fact]
    public async Task A_merge_moves_the_totals_and_the_pairs_to_the_survivor()
    {
        var duplicate = TestData.Actor("ukraina", ActorKind.State);
        await using (var db = Database.CreateContext())
        {
            db.Actors.Add(duplicate);
            await db.SaveChangesAsync(Cancel);
        }

        var exchange = await CreateAsync(Exchange(Day, 5, 7));
        await SaveAsync(exchange, d => d.Exchange!.Lines[1].From = C(duplicate), EventStatus.Published);
        var meeting = await CreateAsync(Meeting(Day, envoy, duplicate));
        await SaveAsync(meeting, _ => { }, EventStatus.Published);
        var truce = await CreateAsync(Truce(Day));
        await SaveAsync(truce, d => d.Proposal!.Responses[0].Actor = C(duplicate), EventStatus.Published);
        await AssertAsInScratchAsync();
        Assert.Contains((duplicate.Id, 0, 1, 0, 0, 0, 1), await PartCountsAsync());

        var merge = new ActorAdminService(Database.CreateFactory(), TimeProvider.System, NullLogger<ActorAdminService>.Instance);
        Assert.Null((await merge.MergeAsync(Anna, duplicate.Id, ukraine.Id, Cancel)).Error);

        await AssertAsInScratchAsync();
        Assert.Contains((ukraine.Id, russia.Id, "PrisonerOfWar", 7L), await TotalsAsync());
        Assert.Equal([(Math.Min(envoy.Id, ukraine.Id), Math.Max(envoy.Id, ukraine.Id), 1, Day)], await PairCountsAsync());
        Assert.Contains((ukraine.Id, 0, 1, 0, 0, 0, 1), await PartCountsAsync());
        Assert.DoesNotContain(await PartCountsAsync(), p => p.ActorId == duplicate.Id);
    }

    [Fact]
    public async Task Rebuilding_them_from_scratch_gives_what_the_triggers_kept()
    {
        var meeting = await CreateAsync(Meeting(Day, envoy, leader));
        await SaveAsync(meeting, d => d.Participants.Add(new() { Actor = C(mediator), Role = ParticipantRole.Host }), EventStatus.Published);
        var exchange = await CreateAsync(Exchange(Day.AddDays(2), 40, 0));
        await SaveAsync(exchange, _ => { }, EventStatus.Published);
        await SaveAsync(await CreateAsync(Truce(Day)), _ => { }, EventStatus.Published);
        await SaveAsync(await CreateAsync(Claim(Day)), _ => { }, EventStatus.Published);
        var (days, totals, pairs, eventPairs) = (await DayCountsAsync(), await TotalsAsync(), await PairCountsAsync(), await EventPairsAsync());
        var (parts, actorPairs, actorDays) = (await PartCountsAsync(), await ActorPairCountsAsync(), await ActorDayCountsAsync());
        Assert.NotEmpty(actorDays);
        Assert.NotEmpty(actorPairs);
        Assert.NotEmpty(eventPairs);
        Assert.NotEmpty(parts);

        await using (var db = Database.CreateContext())
        {
            await db.Database.ExecuteSqlAsync($"SELECT rebuild_read_aggregates()", Cancel);
        }

        Assert.Equal(days, await DayCountsAsync());
        Assert.Equal(totals, await TotalsAsync());
        Assert.Equal(pairs, await PairCountsAsync());
        Assert.Equal(eventPairs, await EventPairsAsync());
        Assert.Equal(parts, await PartCountsAsync());
        Assert.Equal(actorPairs, await ActorPairCountsAsync());
        Assert.Equal(actorDays, await ActorDayCountsAsync());
        // A line of 0 still names its category (the ledger shows "0 prisoners of war").
        Assert.Contains((ukraine.Id, russia.Id, "PrisonerOfWar", 0L), totals);
    }

    private static ActorChoice C(Actor a) => new(a.Id, a.Name);

    private static EventDraft Meeting(DateOnly on, Actor first, Actor second)
    {
        var draft = EventDraft.New(EventKind.Talks);
        draft.Title = $"{first.Name} meets {second.Name} on {on:yyyy-MM-dd}";
        draft.Summary = "An invented meeting.";
        draft.OccurredOn = on;
        draft.Participants = [new() { Actor = C(first), Role = ParticipantRole.Party }, new() { Actor = C(second), Role = ParticipantRole.Party }];
        draft.Sources = [new() { Publisher = "Invented Wire", Url = $"https://example.org/{on:yyyyMMdd}-{first.Slug}", PublishedOn = on }];
        return draft;
    }

    private EventDraft Exchange(DateOnly on, int toUkraine, int toRussia)
    {
        var draft = EventDraft.New(EventKind.PrisonerExchange);
        draft.Title = $"Invented exchange on {on:yyyy-MM-dd}";
        draft.Summary = "An invented exchange.";
        draft.OccurredOn = on;
        draft.Participants = [new() { Actor = C(mediator), Role = ParticipantRole.Mediator }];
        draft.Sources = [new() { Publisher = "Invented Wire", Url = $"https://example.org/swap-{on:yyyyMMdd}" }];
        draft.Exchange = new ExchangeDraft
        {
            Lines =
            [
                new() { From = C(russia), To = C(ukraine), Category = DetaineeCategory.PrisonerOfWar, Count = toUkraine },
                new() { From = C(ukraine), To = C(russia), Category = DetaineeCategory.PrisonerOfWar, Count = toRussia },
            ],
        };
        return draft;
    }

    /// <summary>An invented truce: Russia proposes, Ukraine answers, the envoy alleges a violation by Russia.</summary>
    private EventDraft Truce(DateOnly on)
    {
        var draft = EventDraft.New(EventKind.CeasefireProposal);
        draft.Title = $"Invented truce of {on:yyyy-MM-dd}";
        draft.Summary = "An invented truce.";
        draft.OccurredOn = on;
        draft.Participants = [new() { Actor = C(russia), Role = ParticipantRole.Proposer }];
        draft.Sources = [new() { Publisher = "Invented Wire", Url = $"https://example.org/truce-{on:yyyyMMdd}", PublishedOn = on }];
        draft.Proposal = new ProposalDraft
        {
            Scope = CeasefireScope.Full,
            Responses = [new() { Actor = C(ukraine), Response = ProposalResponse.Rejected, RespondedOn = on.AddDays(1) }],
            Violations = [new() { Accuser = C(envoy), Accused = C(russia), AllegedOn = on.AddDays(1), Description = "Invented: fire went on." }],
        };
        return draft;
    }

    /// <summary>An invented claim by the leader, with the leader's and Ukraine's positions on it.</summary>
    private EventDraft Claim(DateOnly on)
    {
        var draft = EventDraft.New(EventKind.Claim);
        draft.Title = $"Invented claim of {on:yyyy-MM-dd}";
        draft.Summary = "An invented claim.";
        draft.OccurredOn = on;
        draft.Participants = [new() { Actor = C(leader), Role = ParticipantRole.Claimant }];
        draft.Sources = [new() { Publisher = "Invented Wire", Url = $"https://example.org/claim-{on:yyyyMMdd}", PublishedOn = on }];
        (draft.Claim!.ClaimText, draft.Claim.VerdictReason) = ("An invented claim.", "Not checked yet.");
        draft.Claim.Positions =
        [
            new() { Actor = C(leader), Stance = ClaimStance.Asserts, StatedOn = on },
            new() { Actor = C(ukraine), Stance = ClaimStance.Disputes, StatedOn = on },
        ];
        return draft;
    }

    private async Task<long> CreateAsync(EventDraft draft)
    {
        var created = await Editor.CreateAsync(Anna, draft, null, Cancel);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        return created.EventId;
    }

    private async Task SaveAsync(long id, Action<EventDraft> change, EventStatus status)
    {
        var current = (await Editor.LoadAsync(Anna, id, Cancel))!;
        change(current.Draft);
        var saved = await Editor.SaveAsync(Anna, id, current.Version, current.Draft, status, null, Cancel);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
    }

    /// <summary>Each aggregate against the same figures counted from the events, lines and the talks_meetings view.</summary>
    private async Task AssertAsInScratchAsync()
    {
        await using var db = Database.CreateContext();
        var days = await db.Events.Where(e => e.Status == EventStatus.Published)
            .GroupBy(e => new { e.OccurredOn, e.Kind })
            .Select(g => new { g.Key.OccurredOn, g.Key.Kind, Count = g.Count() })
            .ToListAsync(Cancel);
        Assert.Equal(
            days.Select(d => (d.OccurredOn, d.Kind.ToString(), d.Count)).Order(),
            await DayCountsAsync());

        var lines = await db.Set<ExchangeLine>()
            .Where(l => db.Events.Any(e => e.Id == l.ExchangeId && e.Status == EventStatus.Published))
            .GroupBy(l => new { l.FromActorId, l.ToActorId, l.Category })
            .Select(g => new { g.Key.FromActorId, g.Key.ToActorId, g.Key.Category, Released = g.Sum(l => (long)l.Count) })
            .ToListAsync(Cancel);
        Assert.Equal(
            lines.Select(l => (l.FromActorId, l.ToActorId, l.Category.ToString(), l.Released)).Order(),
            await TotalsAsync());
        Assert.Equal(
            lines.GroupBy(l => (l.FromActorId, l.ToActorId)).Select(d => (d.Key.FromActorId, d.Key.ToActorId, d.Sum(l => l.Released))).Order(),
            await DirectionsAsync());

        var meetings = await db.TalksMeetings.Where(m => m.ActorId < m.OtherId)
            .GroupBy(m => new { m.ActorId, m.OtherId })
            .Select(g => new { g.Key.ActorId, g.Key.OtherId, Talks = g.Select(m => m.EventId).Distinct().Count(), Last = g.Max(m => m.OccurredOn) })
            .ToListAsync(Cancel);
        Assert.Equal(
            meetings.Select(m => (m.ActorId, m.OtherId, m.Talks, m.Last)).Order(),
            await PairCountsAsync());

        // Per actor, their published events per day and kind, as /analysis?actor= counted them before they were kept.
        var actorDays = await db.EventInvolvements.Where(i => i.EventStatus == EventStatus.Published)
            .GroupBy(i => new { i.ActorId, i.EventOccurredOn, i.EventKind })
            .Select(g => new { g.Key.ActorId, g.Key.EventOccurredOn, g.Key.EventKind, Count = g.Count() })
            .ToListAsync(Cancel);
        Assert.Equal(
            actorDays.Select(d => (d.ActorId, d.EventOccurredOn, d.EventKind.ToString(), d.Count)).Order(),
            await ActorDayCountsAsync());

        // Per actor, the pairs who met at the actor's talks, as /analysis?actor= counted them before they were kept.
        var actorMeetings = await db.TalksMeetings.Where(m => m.ActorId < m.OtherId)
            .Join(db.EventInvolvements, m => m.EventId, i => i.EventId, (m, i) => new { i.ActorId, First = m.ActorId, Second = m.OtherId, m.EventId, m.OccurredOn })
            .GroupBy(x => new { x.ActorId, x.First, x.Second })
            .Select(g => new { g.Key.ActorId, g.Key.First, g.Key.Second, Talks = g.Select(x => x.EventId).Distinct().Count(), Last = g.Max(x => x.OccurredOn) })
            .ToListAsync(Cancel);
        Assert.Equal(
            actorMeetings.Select(m => (m.ActorId, m.First, m.Second, m.Talks, m.Last)).Order(),
            await ActorPairCountsAsync());

        // Each actor's parts as the actor page counted them before they were kept (published events only).
        var parts = await db.Actors
            .Select(a => new
            {
                a.Id,
                Proposed = db.CeasefireProposals.Count(c => c.Status == EventStatus.Published
                    && c.Participants.Any(p => p.ActorId == a.Id && p.Role == ParticipantRole.Proposer)),
                Responded = db.CeasefireProposals.Count(c => c.Status == EventStatus.Published && c.Responses.Any(r => r.ActorId == a.Id)),
                Alleged = db.CeasefireProposals.Count(c => c.Status == EventStatus.Published && c.Violations.Any(v => v.AccuserId == a.Id)),
                Accused = db.CeasefireProposals.Count(c => c.Status == EventStatus.Published && c.Violations.Any(v => v.AccusedId == a.Id)),
                Positions = db.Claims.Count(c => c.Status == EventStatus.Published && c.Positions.Any(p => p.ActorId == a.Id)),
                Exchanges = db.PrisonerExchanges.Count(x => x.Status == EventStatus.Published && x.Involvements.Any(i => i.ActorId == a.Id)),
            })
            .ToListAsync(Cancel);
        Assert.Equal(
            parts.Select(p => (p.Id, p.Proposed, p.Responded, p.Alleged, p.Accused, p.Positions, p.Exchanges))
                .Where(p => p.Proposed + p.Responded + p.Alleged + p.Accused + p.Positions + p.Exchanges > 0).Order(),
            await PartCountsAsync());
    }

    private async Task<List<(DateOnly Day, string Kind, int Count)>> DayCountsAsync()
    {
        await using var db = Database.CreateContext();
        var rows = await db.Database.SqlQuery<DayRow>($"SELECT day, kind, events FROM published_day_counts").ToListAsync(Cancel);
        return [.. rows.Select(r => (r.Day, r.Kind, r.Events)).Order()];
    }

    private async Task<List<(int From, int To, string Category, long Released)>> TotalsAsync()
    {
        await using var db = Database.CreateContext();
        var rows = await db.Database.SqlQuery<TotalRow>($"SELECT from_actor_id, to_actor_id, category, released, lines FROM exchange_direction_totals").ToListAsync(Cancel);
        return [.. rows.Select(r => (r.FromActorId, r.ToActorId, r.Category, r.Released)).Order()];
    }

    private async Task<List<(int From, int To, long Released)>> DirectionsAsync()
    {
        await using var db = Database.CreateContext();
        var rows = await db.Database.SqlQuery<DirectionRow>($"SELECT from_actor_id, to_actor_id, released FROM exchange_directions").ToListAsync(Cancel);
        return [.. rows.Select(r => (r.FromActorId, r.ToActorId, r.Released)).Order()];
    }

    private async Task<List<(int First, int Second, int Talks, DateOnly LastMet)>> PairCountsAsync()
    {
        await using var db = Database.CreateContext();
        var rows = await db.Database.SqlQuery<PairRow>($"SELECT first_id, second_id, talks, last_met FROM talks_pair_counts").ToListAsync(Cancel);
        return [.. rows.Select(r => (r.FirstId, r.SecondId, r.Talks, r.LastMet)).Order()];
    }

    private async Task<List<(long EventId, int First, int Second, DateOnly On)>> EventPairsAsync()
    {
        await using var db = Database.CreateContext();
        var rows = await db.Database.SqlQuery<EventPairRow>($"SELECT event_id, first_id, second_id, occurred_on FROM talks_event_pairs").ToListAsync(Cancel);
        return [.. rows.Select(r => (r.EventId, r.FirstId, r.SecondId, r.OccurredOn)).Order()];
    }

    private async Task<List<(int ActorId, DateOnly Day, string Kind, int Count)>> ActorDayCountsAsync()
    {
        await using var db = Database.CreateContext();
        var rows = await db.Database.SqlQuery<ActorDayRow>($"SELECT actor_id, day, kind, events FROM actor_day_counts").ToListAsync(Cancel);
        return [.. rows.Select(r => (r.ActorId, r.Day, r.Kind, r.Events)).Order()];
    }

    private async Task<List<(int ActorId, int First, int Second, int Talks, DateOnly LastMet)>> ActorPairCountsAsync()
    {
        await using var db = Database.CreateContext();
        var rows = await db.Database.SqlQuery<ActorPairRow>($"SELECT actor_id, first_id, second_id, talks, last_met FROM actor_talks_pair_counts").ToListAsync(Cancel);
        return [.. rows.Select(r => (r.ActorId, r.FirstId, r.SecondId, r.Talks, r.LastMet)).Order()];
    }

    private async Task<List<(int ActorId, int Proposed, int Responded, int Alleged, int Accused, int Positions, int Exchanges)>> PartCountsAsync()
    {
        await using var db = Database.CreateContext();
        var rows = await db.Database.SqlQuery<PartRow>($"SELECT actor_id, proposed, responded, alleged, accused, positions, exchanges FROM actor_part_counts").ToListAsync(Cancel);
        return [.. rows.Select(r => (r.ActorId, r.Proposed, r.Responded, r.Alleged, r.Accused, r.Positions, r.Exchanges)).Order()];
    }

    private sealed record DayRow(DateOnly Day, string Kind, int Events);

    private sealed record ActorDayRow(int ActorId, DateOnly Day, string Kind, int Events);

    private sealed record ActorPairRow(int ActorId, int FirstId, int SecondId, int Talks, DateOnly LastMet);

    private sealed record PartRow(int ActorId, int Proposed, int Responded, int Alleged, int Accused, int Positions, int Exchanges);

    private sealed record TotalRow(int FromActorId, int ToActorId, string Category, long Released, int Lines);

    private sealed record DirectionRow(int FromActorId, int ToActorId, long Released);

    private sealed record PairRow(int FirstId, int SecondId, int Talks, DateOnly LastMet);

    private sealed record EventPairRow(long EventId, int FirstId, int SecondId, DateOnly OccurredOn);
}
