using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Actors;
using CeasefireTracker.Web.Features.Admin.Actors;
using CeasefireTracker.Web.Features.Admin.Events;
using CeasefireTracker.Web.Features.Timeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CeasefireTracker.Tests.Features.Timeline;

/// <summary>
/// Everyone who acted in an event has one involvement row for it (the per-actor timeline index reads them), with the
/// event's date, kind and status: participants, the sides they represent, responders, accusers and the accused,
/// position takers, exchange sides and reporters. The rows stay what the event says through every write the editors
/// make, through plain SQL and through an actor merge, and the edit form and the revisions never see them.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class EventInvolvementTests(TestDatabase database) : DatabaseTest(database)
{
    private static readonly EditorSession Anna = new("user-anna", "Anna Editor", isAdmin: false);
    private static readonly DateOnly Day = new(2025, 4, 19);

    private Actor witkoff = null!, putin = null!, erdogan = null!, russia = null!, ukraine = null!, zelensky = null!, kremlin = null!, uae = null!;

    private EventEditorService Editor => new(Database.CreateFactory(), TimeProvider.System, NullLogger<EventEditorService>.Instance);

    private TimelineService Timeline => new(Database.CreateFactory());

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        (witkoff, putin, erdogan) = (TestData.Actor("steve-witkoff"), TestData.Actor("vladimir-putin"), TestData.Actor("recep-erdogan"));
        (russia, ukraine, kremlin, uae) = (TestData.Actor("russia", ActorKind.State), TestData.Actor("ukraine", ActorKind.State),
            TestData.Actor("kremlin", ActorKind.GovernmentBody), TestData.Actor("united-arab-emirates", ActorKind.State));
        zelensky = TestData.Actor("volodymyr-zelensky");
        await using var db = Database.CreateContext();
        db.Actors.AddRange(witkoff, putin, erdogan, russia, ukraine, zelensky, kremlin, uae);
        await db.SaveChangesAsync(Cancel);
    }

    private static ActorChoice C(Actor a) => new(a.Id, a.Name);

    private sealed record Copy(int ActorId, DateOnly OccurredOn, EventKind Kind, EventStatus Status);

    private async Task<List<Copy>> InvolvementsAsync(long eventId)
    {
        await using var db = Database.CreateContext();
        return await db.EventInvolvements.AsNoTracking()
            .Where(i => i.EventId == eventId)
            .OrderBy(i => i.ActorId)
            .Select(i => new Copy(i.ActorId, i.EventOccurredOn, i.EventKind, i.EventStatus))
            .ToListAsync(Cancel);
    }

    private static void AssertCopies(List<Copy> copies, Actor[] actors, DateOnly on, EventKind kind, EventStatus status)
    {
        Assert.Equal(actors.Select(a => a.Id).Order(), copies.Select(c => c.ActorId));
        Assert.All(copies, c => Assert.Equal((on, kind, status), (c.OccurredOn, c.Kind, c.Status)));
    }

    private async Task<EditableEvent> CreateAsync(EventDraft draft)
    {
        var created = await Editor.CreateAsync(Anna, draft, null, Cancel);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        return (await Editor.LoadAsync(Anna, created.EventId, Cancel))!;
    }

    private async Task<EditResult> SaveAsync(long id, Action<EventDraft> change, EventStatus status)
    {
        var current = (await Editor.LoadAsync(Anna, id, Cancel))!;
        change(current.Draft);
        var saved = await Editor.SaveAsync(Anna, id, current.Version, current.Draft, status, null, Cancel);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        return saved;
    }

    private EventDraft Meeting()
    {
        var draft = EventDraft.New(EventKind.Talks);
        draft.Title = "Witkoff meets Putin in Saint Petersburg";
        draft.Summary = "Four and a half hours of talks.";
        draft.OccurredOn = Day;
        draft.Participants = [new() { Actor = C(witkoff), Role = ParticipantRole.Party }, new() { Actor = C(putin), Role = ParticipantRole.Party }];
        draft.Sources = [new() { Publisher = "News Central", Url = "https://example.org/report", PublishedOn = Day }];
        return draft;
    }

    /// <summary>
    /// An invented 30-hour truce: Russia declares it, Ukraine reciprocates, Zelensky accuses Russia of breaking it and
    /// the Kremlin denies nothing here (it is not in this event). Only Russia is a participant.
    /// </summary>
    private EventDraft Truce()
    {
        var draft = EventDraft.New(EventKind.CeasefireProposal);
        draft.Title = "Russia declares an Easter truce";
        draft.Summary = "A 30-hour unilateral truce.";
        draft.OccurredOn = Day;
        draft.Participants = [new() { Actor = C(russia), Role = ParticipantRole.Proposer }];
        draft.Sources = [new() { Publisher = "Wire", Url = "https://example.org/truce", PublishedOn = Day }];
        draft.Proposal = new ProposalDraft
        {
            Scope = CeasefireScope.Full,
            Declaration = CeasefireDeclaration.Unilateral,
            Responses = [new() { Actor = C(ukraine), Response = ProposalResponse.Reciprocated, RespondedOn = Day }],
            Violations = [new() { Accuser = C(zelensky), Accused = C(russia), AllegedOn = Day.AddDays(1), Description = "Shelling went on." }],
        };
        return draft;
    }

    [Fact]
    public async Task A_created_event_gives_everyone_involved_its_date_kind_and_status()
    {
        var meeting = await CreateAsync(Meeting());

        AssertCopies(await InvolvementsAsync(meeting.Id), [witkoff, putin], Day, EventKind.Talks, EventStatus.Draft);
    }

    [Fact]
    public async Task Editing_the_date_and_adding_a_participant_keeps_every_row_in_step()
    {
        var meeting = await CreateAsync(Meeting());
        var later = Day.AddDays(9);

        await SaveAsync(meeting.Id, d =>
        {
            d.OccurredOn = later;
            d.Participants.Add(new() { Actor = C(erdogan), Role = ParticipantRole.Host });
        }, EventStatus.Draft);

        AssertCopies(await InvolvementsAsync(meeting.Id), [witkoff, putin, erdogan], later, EventKind.Talks, EventStatus.Draft);
    }

    [Fact]
    public async Task Publishing_archiving_and_unpublishing_move_the_status_with_the_event()
    {
        var meeting = await CreateAsync(Meeting());
        Actor[] both = [witkoff, putin];

        await SaveAsync(meeting.Id, _ => { }, EventStatus.Published);
        AssertCopies(await InvolvementsAsync(meeting.Id), both, Day, EventKind.Talks, EventStatus.Published);

        await SaveAsync(meeting.Id, _ => { }, EventStatus.Archived);
        AssertCopies(await InvolvementsAsync(meeting.Id), both, Day, EventKind.Talks, EventStatus.Archived);

        await SaveAsync(meeting.Id, _ => { }, EventStatus.Draft);
        AssertCopies(await InvolvementsAsync(meeting.Id), both, Day, EventKind.Talks, EventStatus.Draft);
    }

    [Fact]
    public async Task Responders_accusers_and_the_accused_are_involved_and_leave_when_removed()
    {
        var truce = await CreateAsync(Truce());
        AssertCopies(await InvolvementsAsync(truce.Id), [russia, ukraine, zelensky], Day, EventKind.CeasefireProposal, EventStatus.Draft);

        await SaveAsync(truce.Id, d => d.Proposal!.Violations.Clear(), EventStatus.Draft);

        AssertCopies(await InvolvementsAsync(truce.Id), [russia, ukraine], Day, EventKind.CeasefireProposal, EventStatus.Draft);
    }

    [Fact]
    public async Task A_responder_and_an_accuser_find_the_truce_on_their_actor_timeline_and_in_their_counts()
    {
        var truce = await CreateAsync(Truce());
        await SaveAsync(truce.Id, _ => { }, EventStatus.Published);

        foreach (var slug in new[] { "ukraine", "volodymyr-zelensky", "russia" })
        {
            var page = await Timeline.GetPageWithKindCountsAsync(TimelineFilter.Parse([slug], null, null, null, null).Filter, cancellationToken: Cancel);
            Assert.Equal([truce.Id], page.Items.Select(i => i.Id));
            Assert.Equal(1, page.KindCounts[EventKind.CeasefireProposal]);
        }

        // Match all: the event involves both, though neither of the two is a participant.
        var both = TimelineFilter.Parse(["ukraine", "volodymyr-zelensky"], null, null, null, null, match: "all").Filter;
        Assert.Equal([truce.Id], (await Timeline.GetPageAsync(both, cancellationToken: Cancel)).Items.Select(i => i.Id));

        // The row names everyone who acted: the proposer first, then the responder and the accuser.
        var row = (await Timeline.GetPageAsync(new TimelineFilter(), cancellationToken: Cancel)).Items.Single();
        Assert.Equal(["russia", "ukraine", "volodymyr-zelensky"], row.Actors.Select(a => a.Slug));

        var list = await Get<ActorListService>().GetPageAsync(new ActorListFilter(), cancellationToken: Cancel);
        Assert.Equal(1, list.Items.Single(a => a.Slug == "ukraine").EventCount);
        Assert.Equal(1, list.Items.Single(a => a.Slug == "volodymyr-zelensky").EventCount);
    }

    [Fact]
    public async Task Position_takers_exchange_sides_reporters_and_represented_sides_are_involved()
    {
        var claim = EventDraft.New(EventKind.Claim);
        claim.Title = "Chinese nationals fight for Russia";
        claim.OccurredOn = Day;
        claim.Participants = [new() { Actor = C(zelensky), Role = ParticipantRole.Claimant }];
        claim.Claim = new ClaimDraft
        {
            ClaimText = "Hundreds of Chinese nationals fight for Russia.", VerdictReason = "Unchecked.",
            Positions = [new() { Actor = C(kremlin), Stance = ClaimStance.Denies, StatedOn = Day }],
        };
        var exchange = EventDraft.New(EventKind.PrisonerExchange);
        exchange.Title = "Exchange mediated by the UAE";
        exchange.OccurredOn = Day;
        exchange.Participants = [new() { Actor = C(uae), Role = ParticipantRole.Mediator }];
        exchange.Sources = [new() { Publisher = "Wire", Url = "https://example.org/swap" }];
        exchange.Exchange = new ExchangeDraft
        {
            Lines = [new() { From = C(russia), To = C(ukraine), Category = DetaineeCategory.PrisonerOfWar, Count = 246 }],
            Reports = [new() { ReportedBy = C(zelensky), From = C(russia), To = C(ukraine), Count = 246, SourceKey = exchange.Sources[0].Key }],
        };
        var meeting = Meeting();
        meeting.Participants[1].Represents = C(russia);

        var c = await CreateAsync(claim);
        var x = await CreateAsync(exchange);
        var m = await CreateAsync(meeting);

        AssertCopies(await InvolvementsAsync(c.Id), [zelensky, kremlin], Day, EventKind.Claim, EventStatus.Draft);
        AssertCopies(await InvolvementsAsync(x.Id), [russia, ukraine, zelensky, uae], Day, EventKind.PrisonerExchange, EventStatus.Draft);
        AssertCopies(await InvolvementsAsync(m.Id), [witkoff, putin, russia], Day, EventKind.Talks, EventStatus.Draft);
    }

    [Fact]
    public async Task An_involvement_carries_the_participants_first_role_and_side_and_follows_their_changes()
    {
        var draft = Meeting();
        draft.Participants.Add(new() { Actor = C(putin), Role = ParticipantRole.Host });
        draft.Participants[1].Represents = C(russia);
        var meeting = await CreateAsync(draft);

        async Task<(ParticipantRole? Role, int? Side)> PutinAsync()
        {
            await using var db = Database.CreateContext();
            return await db.EventInvolvements.Where(i => i.EventId == meeting.Id && i.ActorId == putin.Id)
                .Select(i => new ValueTuple<ParticipantRole?, int?>(i.ParticipantRole, i.RepresentsId)).SingleAsync(Cancel);
        }

        // Party comes before Host in ParticipantRole's order, whatever the alphabet says.
        Assert.Equal((ParticipantRole.Party, russia.Id), await PutinAsync());
        await SaveAsync(meeting.Id, d => d.Participants.RemoveAll(p => p.Actor!.Id == putin.Id && p.Role == ParticipantRole.Party), EventStatus.Draft);
        Assert.Equal((ParticipantRole.Host, (int?)null), await PutinAsync());
    }

    [Fact]
    public async Task The_edit_form_shows_only_the_participants_and_an_unchanged_save_records_nothing()
    {
        var truce = await CreateAsync(Truce());

        var loaded = (await Editor.LoadAsync(Anna, truce.Id, Cancel))!;
        var saved = await Editor.SaveAsync(Anna, truce.Id, loaded.Version, loaded.Draft, EventStatus.Draft, null, Cancel);

        Assert.Equal(["Russia"], loaded.Draft.Participants.Select(p => p.Actor!.Name));
        Assert.True(saved.Unchanged);
        await using var db = Database.CreateContext();
        Assert.Equal(1, await db.EventRevisions.CountAsync(r => r.EventId == truce.Id, Cancel));
        Assert.Equal(1, await db.EventParticipants.CountAsync(p => p.EventId == truce.Id, Cancel));
    }

    [Fact]
    public async Task Plain_sql_writes_are_kept_in_step_too()
    {
        var meeting = await CreateAsync(Meeting());
        var truce = await CreateAsync(Truce());
        await using var db = Database.CreateContext();

        await db.Database.ExecuteSqlAsync($"UPDATE events SET kind = 'PrisonerExchange', occurred_on = {Day.AddDays(-3)}, status = 'Published' WHERE id = {meeting.Id}", Cancel);
        await db.Database.ExecuteSqlAsync($"INSERT INTO event_participants (event_id, actor_id, role) VALUES ({meeting.Id}, {erdogan.Id}, 'Mediator')", Cancel);
        await db.Database.ExecuteSqlAsync($"INSERT INTO ceasefire_responses (proposal_id, actor_id, response) VALUES ({truce.Id}, {erdogan.Id}, 'Accepted')", Cancel);
        await db.Database.ExecuteSqlAsync($"DELETE FROM violation_allegations WHERE proposal_id = {truce.Id}", Cancel);

        AssertCopies(await InvolvementsAsync(meeting.Id), [witkoff, putin, erdogan], Day.AddDays(-3), EventKind.PrisonerExchange, EventStatus.Published);
        AssertCopies(await InvolvementsAsync(truce.Id), [russia, ukraine, erdogan], Day, EventKind.CeasefireProposal, EventStatus.Draft);
    }

    [Fact]
    public async Task A_merge_moves_the_involvements_with_the_rows_they_come_from()
    {
        var truce = await CreateAsync(Truce());
        var duplicate = TestData.Actor("ukraina", ActorKind.State);
        await using (var db = Database.CreateContext())
        {
            db.Actors.Add(duplicate);
            await db.SaveChangesAsync(Cancel);
        }

        await SaveAsync(truce.Id, d => d.Proposal!.Responses[0].Actor = C(duplicate), EventStatus.Draft);
        AssertCopies(await InvolvementsAsync(truce.Id), [russia, zelensky, duplicate], Day, EventKind.CeasefireProposal, EventStatus.Draft);

        var merge = Get<ActorAdminService>();
        var merged = await merge.MergeAsync(Anna, duplicate.Id, ukraine.Id, Cancel);

        Assert.Null(merged.Error);
        AssertCopies(await InvolvementsAsync(truce.Id), [russia, ukraine, zelensky], Day, EventKind.CeasefireProposal, EventStatus.Draft);
    }

    [Fact]
    public async Task The_actor_timeline_follows_an_edit_at_once()
    {
        var meeting = await CreateAsync(Meeting());
        var putinsTalks = TimelineFilter.Parse(["vladimir-putin"], ["talks"], from: null, to: null, after: null).Filter;

        Assert.Empty((await Timeline.GetPageAsync(putinsTalks, cancellationToken: Cancel)).Items);

        await SaveAsync(meeting.Id, _ => { }, EventStatus.Published);
        Assert.Equal([meeting.Id], (await Timeline.GetPageAsync(putinsTalks, cancellationToken: Cancel)).Items.Select(i => i.Id));

        await SaveAsync(meeting.Id, _ => { }, EventStatus.Archived);
        Assert.Empty((await Timeline.GetPageAsync(putinsTalks, cancellationToken: Cancel)).Items);
    }
}
