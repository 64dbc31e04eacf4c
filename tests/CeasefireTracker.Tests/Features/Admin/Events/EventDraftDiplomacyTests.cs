using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Admin.Actors;
using CeasefireTracker.Web.Features.Admin.Events;
using CeasefireTracker.Web.Features.Admin.Tracks;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Tests.Features.Admin.Events;

/// <summary>
/// The new facts of a draft through <see cref="EventEditorService"/>: saved and loaded back unchanged (so an unchanged
/// save records no revision), refused at their field when they cannot be true, and old revisions still readable.
/// The events are invented fixtures modelled on April–May 2025.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class EventDraftDiplomacyTests(TestDatabase database) : DatabaseTest(database)
{
    private static readonly EditorSession Anna = new("user-anna", "Anna Editor", isAdmin: false);
    private static readonly DateOnly Easter = DiplomacyFixture.Easter;

    private Actor russia = null!, ukraine = null!, zelensky = null!, medinsky = null!, umerov = null!, turkey = null!, uae = null!;

    private EventEditorService Service => Get<EventEditorService>();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        (russia, ukraine, turkey, uae) = (TestData.Actor("russia", ActorKind.State), TestData.Actor("ukraine", ActorKind.State),
            TestData.Actor("turkey", ActorKind.State), TestData.Actor("united-arab-emirates", ActorKind.State));
        (zelensky, medinsky, umerov) = (TestData.Actor("volodymyr-zelensky"), TestData.Actor("vladimir-medinsky"), TestData.Actor("rustem-umerov"));
        await using var db = Database.CreateContext();
        db.Actors.AddRange(russia, ukraine, turkey, uae, zelensky, medinsky, umerov);
        await db.SaveChangesAsync(Cancel);
    }

    private static ActorChoice C(Actor a) => new(a.Id, a.Name);

    private async Task<EditableEvent> CreateAsync(EventDraft draft)
    {
        var created = await Service.CreateAsync(Anna, draft, null, Cancel);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        return (await Service.LoadAsync(Anna, created.EventId, Cancel))!;
    }

    private static EventDraft Truce(string title = "Russia declares an Easter truce") => DiplomacyFixture.EasterTruce(title);

    [Fact]
    public async Task A_typed_truce_with_hours_in_a_zone_comes_back_as_entered()
    {
        var counter = EventDraft.New(EventKind.CeasefireProposal);
        counter.Title = "Ukraine proposes 30 days instead";
        counter.OccurredOn = Easter.AddDays(1);
        counter.Participants = [new() { Actor = C(ukraine), Role = ParticipantRole.Proposer }];
        var counterEvent = await CreateAsync(counter);

        var draft = Truce();
        draft.Participants = [new() { Actor = C(russia), Role = ParticipantRole.Proposer }];
        draft.Proposal!.Responses =
        [
            new() { Actor = C(ukraine), Response = ProposalResponse.CounterProposal, RespondedOn = Easter, Conditions = "30 days instead",
                CounterProposal = new EventChoice(counterEvent.Id, counterEvent.Draft.Title, Easter.AddDays(1)) },
        ];
        draft.Proposal.Violations = [new() { Accuser = C(zelensky), Accused = C(russia), AllegedOn = Easter.AddDays(1), Description = "Shelling went on." }];
        draft.Proposal.Status = CeasefireStatus.Proposed;

        var loaded = await CreateAsync(draft);

        var d = loaded.Draft;
        Assert.Equal((Easter, new TimeOnly(18, 0), Easter.AddDays(2), new TimeOnly(0, 0), "Europe/Moscow"), (d.OccurredOn!.Value, d.StartTime!.Value, d.EndsOn!.Value, d.EndTime!.Value, d.TimeZone!));
        var p = d.Proposal!;
        Assert.Equal((CeasefireDeclaration.Unilateral, CeasefireForm.Verbal, CeasefirePurpose.Holiday), (p.Declaration!.Value, p.Form!.Value, p.Purpose!.Value));
        Assert.Equal((Easter, CeasefireEnding.Expired, Easter.AddDays(2)), (p.AnnouncedOn!.Value, p.EndedHow!.Value, p.EndedOn!.Value));
        // The status is where the history stands, whatever the select said.
        Assert.Equal(CeasefireStatus.Lapsed, p.Status);
        Assert.Equal([CeasefireStatus.InForce, CeasefireStatus.Violated, CeasefireStatus.Lapsed], p.StatusHistory.Select(h => h.Status));
        var response = Assert.Single(p.Responses);
        Assert.Equal((ProposalResponse.CounterProposal, counterEvent.Id), (response.Response, response.CounterProposal!.Id));

        await using (var db = Database.CreateContext())
        {
            var stored = await db.CeasefireProposals.AsNoTracking().SingleAsync(c => c.Id == loaded.Id, Cancel);
            Assert.Equal(new DateTimeOffset(2025, 4, 19, 15, 0, 0, TimeSpan.Zero), stored.StartsAt);
            Assert.Equal(new DateTimeOffset(2025, 4, 20, 21, 0, 0, TimeSpan.Zero), stored.EndsAt);
            Assert.Equal(TimeSpan.FromHours(30), stored.EndsAt - stored.StartsAt);
        }

        var again = await Service.SaveAsync(Anna, loaded.Id, loaded.Version, loaded.Draft, EventStatus.Draft, null, Cancel);
        Assert.True(again.Unchanged, "Saving what was loaded must record no change.");
    }

    [Fact]
    public async Task Talks_keep_their_delegations_track_round_and_hedged_duration()
    {
        var tracks = Get<TrackAdminService>();
        var istanbul = (await tracks.CreateAsync(Anna, "Istanbul talks 2025", "Direct talks between Russia and Ukraine.", Cancel)).Track!;
        Assert.Equal([istanbul], await tracks.SearchAsync(Anna, "istanbul", Cancel));
        Assert.False((await tracks.CreateAsync(Anna, " istanbul TALKS 2025 ", null, Cancel)).Succeeded);

        var draft = EventDraft.New(EventKind.Talks);
        draft.Title = "Second round of the Istanbul talks";
        draft.OccurredOn = new DateOnly(2025, 6, 2);
        draft.Participants =
        [
            new() { Actor = C(medinsky), Role = ParticipantRole.HeadOfDelegation, Represents = C(russia) },
            new() { Actor = C(umerov), Role = ParticipantRole.HeadOfDelegation, Represents = C(ukraine) },
            new() { Actor = C(turkey), Role = ParticipantRole.Host },
        ];
        draft.Talks = new TalksDraft { DurationMinutes = 60, DurationQualifier = DurationQualifier.Under, Track = istanbul, RoundNumber = 2 };

        var loaded = await CreateAsync(draft);

        // In the editor's order, each with the side they spoke for.
        Assert.Equal([("Vladimir Medinsky", "Russia"), ("Rustem Umerov", "Ukraine"), ("Turkey", null)], loaded.Draft.Participants.Select(p => (p.Actor!.Name, p.Represents?.Name)));
        Assert.Equal((60, DurationQualifier.Under, istanbul, 2), (loaded.Draft.Talks!.DurationMinutes!.Value, loaded.Draft.Talks.DurationQualifier, loaded.Draft.Talks.Track!, loaded.Draft.Talks.RoundNumber!.Value));
        Assert.True((await Service.SaveAsync(Anna, loaded.Id, loaded.Version, loaded.Draft, EventStatus.Draft, null, Cancel)).Unchanged);

        // Moving the round to another track and dropping a delegation's side are edits like any other.
        var geneva = (await tracks.CreateAsync(Anna, "Geneva talks", null, Cancel)).Track!;
        (loaded.Draft.Talks.Track, loaded.Draft.Talks.RoundNumber) = (geneva, 1);
        loaded.Draft.Participants[0].Represents = null;
        Assert.True((await Service.SaveAsync(Anna, loaded.Id, loaded.Version, loaded.Draft, EventStatus.Draft, null, Cancel)).Succeeded);
        var moved = (await Service.LoadAsync(Anna, loaded.Id, Cancel))!.Draft;
        Assert.Equal((geneva, 1, (string?)null), (moved.Talks!.Track!, moved.Talks.RoundNumber!.Value, moved.Participants[0].Represents?.Name));
    }

    [Fact]
    public async Task An_exchange_keeps_three_batches_that_add_up_to_its_total_and_two_sides_differing_figures()
    {
        var loaded = await CreateAsync(Exchange());

        var x = loaded.Draft.Exchange!;
        Assert.Equal([390, 307, 303], x.Batches.Select(b => b.Count!.Value));
        Assert.Equal([(zelensky.Id, 390), (russia.Id, 392)], x.Reports.Select(r => (r.ReportedBy!.Id, r.Count!.Value)));
        Assert.All(x.Reports, r => Assert.Equal(loaded.Draft.Sources[0].Key, r.SourceKey));
        Assert.Equal((new DateOnly(2025, 5, 23), new DateOnly(2025, 5, 25)), (loaded.Draft.OccurredOn!.Value, loaded.Draft.EndsOn!.Value));
    }

    [Fact]
    public void The_running_batch_total_says_how_far_the_batches_are_from_each_lines_total()
    {
        var x = Exchange().Exchange!;
        x.Batches.RemoveAt(2);
        x.Batches.Add(new() { On = new DateOnly(2025, 5, 25), From = C(ukraine), To = C(russia), Category = DetaineeCategory.Civilian, Count = 5 });

        var totals = x.BatchTotals();

        Assert.Equal([(russia.Id, 697L, (int?)0, false), (ukraine.Id, 5L, null, false)], totals.Select(t => (t.From.Id, t.Batches, t.Line, t.AddsUp)));
        Assert.Equal(2, totals[1].FirstBatch);
        x.Batches.Add(new() { On = new DateOnly(2025, 5, 25), From = C(russia), To = C(ukraine), Category = DetaineeCategory.PrisonerOfWar, Count = 303 });
        Assert.True(x.BatchTotals()[0].AddsUp);
    }

    private EventDraft Exchange()
    {
        var draft = EventDraft.New(EventKind.PrisonerExchange);
        draft.Title = "1,000 for 1,000 over three days";
        draft.OccurredOn = new DateOnly(2025, 5, 23);
        draft.EndsOn = new DateOnly(2025, 5, 25);
        draft.Participants = [new() { Actor = C(russia) }, new() { Actor = C(ukraine) }];
        draft.Sources = [new() { Publisher = "Wire", Url = "https://example.org/swap" }];
        var source = draft.Sources[0].Key;
        draft.Exchange = new ExchangeDraft
        {
            Lines = [new() { From = C(russia), To = C(ukraine), Category = DetaineeCategory.PrisonerOfWar, Count = 1000 }],
            Batches =
            [
                new() { On = new DateOnly(2025, 5, 23), From = C(russia), To = C(ukraine), Category = DetaineeCategory.PrisonerOfWar, Count = 390 },
                new() { On = new DateOnly(2025, 5, 24), From = C(russia), To = C(ukraine), Category = DetaineeCategory.PrisonerOfWar, Count = 307 },
                new() { On = new DateOnly(2025, 5, 25), From = C(russia), To = C(ukraine), Category = DetaineeCategory.PrisonerOfWar, Count = 303 },
            ],
            Reports =
            [
                new() { ReportedBy = C(zelensky), From = C(russia), To = C(ukraine), Count = 390, ReportedOn = new DateOnly(2025, 5, 23), SourceKey = source },
                new() { ReportedBy = C(russia), From = C(russia), To = C(ukraine), Count = 392, ReportedOn = new DateOnly(2025, 5, 23), SourceKey = source },
            ],
        };
        return draft;
    }

    [Fact]
    public async Task What_cannot_be_true_is_refused_at_its_field_and_nothing_is_saved()
    {
        var truce = Truce();
        truce.Participants = [new() { Actor = C(russia), Role = ParticipantRole.Proposer, Represents = C(russia) }];
        truce.EndsOn = Easter.AddDays(-1);
        truce.Proposal!.Responses =
        [
            new() { Actor = C(ukraine), Response = ProposalResponse.Reciprocated, RespondedOn = Easter },
            new() { Actor = C(turkey), Response = ProposalResponse.Accepted, RespondedOn = Easter.AddDays(-2),
                CounterProposal = new EventChoice(1, "Anything", Easter) },
        ];
        var exchange = Exchange();
        exchange.Exchange!.Batches[2].On = new DateOnly(2025, 5, 26);
        exchange.Exchange.Batches[1].Count = 300;
        exchange.Exchange.Reports[1].SourceKey = null;
        var talks = EventDraft.New(EventKind.Talks);
        talks.Title = "Talks";
        talks.OccurredOn = Easter;
        talks.StartTime = new TimeOnly(9, 0);
        talks.TimeZone = "Europe/Atlantis";
        talks.Participants = [new() { Actor = C(medinsky) }, new() { Actor = C(umerov) }];
        talks.Talks = new TalksDraft { RoundNumber = 3 };

        var refusedTruce = await Service.CreateAsync(Anna, truce, null, Cancel);
        var refusedExchange = await Service.CreateAsync(Anna, exchange, null, Cancel);
        var refusedTalks = await Service.CreateAsync(Anna, talks, null, Cancel);

        Assert.Equal(
            ["EndsOn", "Participants[0].Represents", "Proposal.Responses[1].CounterProposal", "Proposal.Responses[1].RespondedOn"],
            refusedTruce.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("The end cannot be before the start.", refusedTruce.Errors["EndsOn"]);
        Assert.Contains("A response cannot come before the announcement (19 April 2025).", refusedTruce.Errors["Proposal.Responses[1].RespondedOn"]);
        Assert.Equal(["Exchange.Batches[2].On", "Exchange.Lines[0].Count", "Exchange.Reports[1].SourceKey"], refusedExchange.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("A batch must fall within the exchange's dates, 23 May 2025 to 25 May 2025.", refusedExchange.Errors["Exchange.Batches[2].On"]);
        Assert.Contains("The batches of this direction and category add up to 993, not 1,000: correct the total or the batches.", refusedExchange.Errors["Exchange.Lines[0].Count"]);
        Assert.Equal(["Talks.Track", "TimeZone"], refusedTalks.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("There is no time zone “Europe/Atlantis”", refusedTalks.Errors["TimeZone"].Single(), StringComparison.Ordinal);
        // The input is kept as typed, for the form to show again.
        Assert.Equal(("Europe/Atlantis", new TimeOnly(9, 0)), (talks.TimeZone, talks.StartTime!.Value));
        Assert.Equal(new DateOnly(2025, 5, 26), exchange.Exchange.Batches[2].On);
        await using var db = Database.CreateContext();
        Assert.Equal(0, await db.Events.CountAsync(Cancel));
    }

    [Fact]
    public async Task Hours_are_refused_when_the_clocks_skipped_them_the_zone_is_missing_or_the_end_comes_first()
    {
        EventDraft Window(string? zone, TimeOnly start, DateOnly end, TimeOnly? endTime)
        {
            var draft = Truce();
            draft.Participants = [new() { Actor = C(ukraine), Role = ParticipantRole.Proposer }];
            (draft.OccurredOn, draft.StartTime, draft.EndsOn, draft.EndTime, draft.TimeZone) = (new DateOnly(2025, 3, 30), start, end, endTime, zone);
            draft.Proposal!.AnnouncedOn = null;
            draft.Proposal.StatusHistory.Clear();
            (draft.Proposal.EndedHow, draft.Proposal.EndedOn) = (null, null);
            return draft;
        }

        var skipped = await Service.CreateAsync(Anna, Window("Europe/Kyiv", new TimeOnly(3, 30), new DateOnly(2025, 3, 31), null), null, Cancel);
        var noZone = await Service.CreateAsync(Anna, Window(null, new TimeOnly(10, 0), new DateOnly(2025, 3, 31), new TimeOnly(9, 0)), null, Cancel);
        var backwards = await Service.CreateAsync(Anna, Window("Europe/Kyiv", new TimeOnly(10, 0), new DateOnly(2025, 3, 30), new TimeOnly(9, 0)), null, Cancel);
        var acrossTheChange = await Service.CreateAsync(Anna, Window("europe/kiev", new TimeOnly(2, 0), new DateOnly(2025, 3, 30), new TimeOnly(5, 0)), null, Cancel);

        Assert.Equal(["StartTime"], skipped.Errors.Keys);
        Assert.Contains("03:30 did not happen on 30 March 2025 in Europe/Kyiv", skipped.Errors["StartTime"].Single(), StringComparison.Ordinal);
        Assert.Equal(["TimeZone"], noZone.Errors.Keys);
        Assert.Equal(["EndTime"], backwards.Errors.Keys);
        Assert.True(acrossTheChange.Succeeded);
        var saved = (await Service.LoadAsync(Anna, acrossTheChange.EventId, Cancel))!.Draft;
        // Read back in the zone's canonical name; 02:00 to 05:00 that night was two hours, not three.
        Assert.Equal("Europe/Kyiv", saved.TimeZone);
        await using var db = Database.CreateContext();
        var stored = await db.Events.AsNoTracking().SingleAsync(e => e.Id == acrossTheChange.EventId, Cancel);
        Assert.Equal(TimeSpan.FromHours(2), stored.EndsAt - stored.StartsAt);
    }

    [Fact]
    public async Task Links_to_other_proposals_must_be_earlier_proposals()
    {
        var talks = EventDraft.New(EventKind.Talks);
        talks.Title = "Some talks";
        talks.OccurredOn = Easter;
        talks.Participants = [new() { Actor = C(medinsky) }, new() { Actor = C(umerov) }];
        var notAProposal = await CreateAsync(talks);
        var later = Truce("A later truce");
        later.OccurredOn = Easter.AddDays(10);
        later.StartTime = later.EndTime = null;
        (later.EndsOn, later.TimeZone) = (null, null);
        later.Participants = [new() { Actor = C(russia), Role = ParticipantRole.Proposer }];
        later.Proposal!.StatusHistory.Clear();
        later.Proposal.AnnouncedOn = Easter.AddDays(10);
        (later.Proposal.EndedHow, later.Proposal.EndedOn) = (null, null);
        var laterEvent = await CreateAsync(later);

        var draft = Truce();
        draft.Participants = [new() { Actor = C(russia), Role = ParticipantRole.Proposer }];
        draft.Proposal!.Extends = new EventChoice(laterEvent.Id, "A later truce", Easter.AddDays(10));
        draft.Proposal.Responses = [new() { Actor = C(ukraine), Response = ProposalResponse.CounterProposal, CounterProposal = new EventChoice(notAProposal.Id, "Some talks", Easter) }];

        var refused = await Service.CreateAsync(Anna, draft, null, Cancel);

        Assert.Equal(["Proposal.Extends", "Proposal.Responses[0].CounterProposal"], refused.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("A proposal can only extend an earlier one: this one starts first.", refused.Errors["Proposal.Extends"]);
    }

    /// <summary>A revision snapshot as the tracker wrote it before windows, typed truces and batches existed (captured from that version's ToJson).</summary>
    private string OldSnapshot() => $$$"""
        {"Kind":"CeasefireProposal","Status":"Draft","Title":"30-day energy ceasefire","OccurredOn":"2025-03-11","DatePrecision":"Day",
         "Participants":[{"Actor":{"Id":{{{russia.Id}}},"Name":"Russia"},"Role":"Proposer"}],
         "Sources":[{"Key":"k1","Publisher":"Wire","Url":"https://example.org/old"}],"Links":[],
         "Proposal":{"Scope":"EnergyInfrastructure","Status":"Agreed","DurationDays":30,
           "Responses":[{"Actor":{"Id":{{{ukraine.Id}}},"Name":"Ukraine"},"Response":"AcceptedWithConditions","Conditions":"Monitoring","SourceKey":"k1"}],
           "Violations":[]}}
        """;

    [Fact]
    public async Task Old_snapshots_still_load_read_and_restore()
    {
        var old = EventDraft.FromJson(OldSnapshot());

        Assert.Equal((new DateOnly(2025, 4, 9), DatePrecision.Day), (old.EndsOn!.Value, old.EndPrecision));
        Assert.Null(old.Proposal!.DurationDays);
        Assert.Equal(ProposalResponse.AcceptedWithConditions, old.Proposal.Responses.Single().Response);
        Assert.Contains(EventDraftText.Describe(old), f => f.Field == "End" && f.Value == "2025-04-09 (day)");
        Assert.DoesNotContain(EventDraftText.Describe(old), f => f.Field == "Duration (days)");

        // Restore it over a newer version: the old snapshot comes back as a window.
        var draft = Truce("30-day energy ceasefire");
        draft.Participants = [new() { Actor = C(russia), Role = ParticipantRole.Proposer }];
        var current = await CreateAsync(draft);
        await using (var db = Database.CreateContext())
        {
            db.EventRevisions.Add(new EventRevision
            {
                EventId = current.Id, Number = 2, Action = RevisionAction.Edited, UserId = "user-old", UserName = "Old Editor",
                SavedAt = DateTimeOffset.UtcNow, Snapshot = OldSnapshot(),
            });
            await db.SaveChangesAsync(Cancel);
        }

        var restored = await Service.RevertAsync(Anna, current.Id, 2, current.Version, null, Cancel);

        Assert.True(restored.Succeeded, string.Join("; ", restored.Errors.SelectMany(e => e.Value)));
        var loaded = (await Service.LoadAsync(Anna, current.Id, Cancel))!.Draft;
        Assert.Equal((new DateOnly(2025, 3, 11), new DateOnly(2025, 4, 9), (string?)null), (loaded.OccurredOn!.Value, loaded.EndsOn!.Value, loaded.TimeZone));
        Assert.Equal(CeasefireStatus.Agreed, loaded.Proposal!.Status);
        // The history reads the old snapshot in today's shape: restoring it changed nothing that the snapshot said.
        var history = (await Get<EventHistoryService>().LoadAsync(Anna, current.Id, Cancel))!;
        Assert.Equal([3, 2, 1], history.Revisions.Select(r => r.Number));
        Assert.Empty(history.Revisions[0].Changes);
    }
}
