using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Admin.Actors;
using CeasefireTracker.Web.Features.Admin.Events;
using CeasefireTracker.Web.Features.Timeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CeasefireTracker.Tests.Features.Timeline;

/// <summary>
/// The event's date, kind and status copied onto its participant rows (the actor timeline index reads them) stay
/// what the event says through every write the editors make, and through plain SQL.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class ParticipantTimelineCopyTests(TestDatabase database) : DatabaseTest(database)
{
    private static readonly CancellationToken Cancel = TestContext.Current.CancellationToken;
    private static readonly EditorSession Anna = new("user-anna", "Anna Editor", isAdmin: false);
    private static readonly DateOnly Day = new(2025, 4, 11);

    private Actor witkoff = null!, putin = null!, erdogan = null!;

    private EventEditorService Editor => new(Database.CreateFactory(), TimeProvider.System, NullLogger<EventEditorService>.Instance);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        (witkoff, putin, erdogan) = (TestData.Actor("steve-witkoff"), TestData.Actor("vladimir-putin"), TestData.Actor("recep-erdogan"));
        await using var db = Database.CreateContext();
        db.Actors.AddRange(witkoff, putin, erdogan);
        await db.SaveChangesAsync(Cancel);
    }

    private sealed record Copy(int ActorId, DateOnly OccurredOn, EventKind Kind, EventStatus Status);

    private async Task<List<Copy>> CopiesAsync(long eventId)
    {
        await using var db = Database.CreateContext();
        return await db.EventParticipants.AsNoTracking()
            .Where(p => p.EventId == eventId)
            .OrderBy(p => p.ActorId)
            .Select(p => new Copy(p.ActorId,
                EF.Property<DateOnly>(p, ParticipantTimeline.OccurredOn),
                EF.Property<EventKind>(p, ParticipantTimeline.Kind),
                EF.Property<EventStatus>(p, ParticipantTimeline.Status)))
            .ToListAsync(Cancel);
    }

    private static void AssertCopies(List<Copy> copies, int[] actorIds, DateOnly on, EventKind kind, EventStatus status)
    {
        Assert.Equal(actorIds.Order(), copies.Select(c => c.ActorId));
        Assert.All(copies, c => Assert.Equal((on, kind, status), (c.OccurredOn, c.Kind, c.Status)));
    }

    private async Task<EditableEvent> CreateMeetingAsync()
    {
        var draft = EventDraft.New(EventKind.Talks);
        draft.Title = "Witkoff meets Putin in Saint Petersburg";
        draft.Summary = "Four and a half hours of talks.";
        draft.OccurredOn = Day;
        draft.Participants = [new() { Actor = new(witkoff.Id, witkoff.Name), Role = ParticipantRole.Party }, new() { Actor = new(putin.Id, putin.Name), Role = ParticipantRole.Party }];
        draft.Sources = [new() { Publisher = "News Central", Url = "https://example.org/report", PublishedOn = Day }];
        var created = await Editor.CreateAsync(Anna, draft, null, Cancel);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        return (await Editor.LoadAsync(Anna, created.EventId, Cancel))!;
    }

    private async Task SaveAsync(long id, Action<EventDraft> change, EventStatus status)
    {
        var current = (await Editor.LoadAsync(Anna, id, Cancel))!;
        change(current.Draft);
        var saved = await Editor.SaveAsync(Anna, id, current.Version, current.Draft, status, null, Cancel);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
    }

    [Fact]
    public async Task A_created_event_gives_its_participants_its_date_kind_and_status()
    {
        var meeting = await CreateMeetingAsync();

        AssertCopies(await CopiesAsync(meeting.Id), [witkoff.Id, putin.Id], Day, EventKind.Talks, EventStatus.Draft);
    }

    [Fact]
    public async Task Editing_the_date_and_adding_a_participant_keeps_every_row_in_step()
    {
        var meeting = await CreateMeetingAsync();
        var later = Day.AddDays(9);

        await SaveAsync(meeting.Id, d =>
        {
            d.OccurredOn = later;
            d.Participants.Add(new() { Actor = new(erdogan.Id, erdogan.Name), Role = ParticipantRole.Host });
        }, EventStatus.Draft);

        AssertCopies(await CopiesAsync(meeting.Id), [witkoff.Id, putin.Id, erdogan.Id], later, EventKind.Talks, EventStatus.Draft);
    }

    [Fact]
    public async Task Publishing_archiving_and_unpublishing_move_the_participants_status_with_the_event()
    {
        var meeting = await CreateMeetingAsync();
        int[] both = [witkoff.Id, putin.Id];

        await SaveAsync(meeting.Id, _ => { }, EventStatus.Published);
        AssertCopies(await CopiesAsync(meeting.Id), both, Day, EventKind.Talks, EventStatus.Published);

        await SaveAsync(meeting.Id, _ => { }, EventStatus.Archived);
        AssertCopies(await CopiesAsync(meeting.Id), both, Day, EventKind.Talks, EventStatus.Archived);

        await SaveAsync(meeting.Id, _ => { }, EventStatus.Draft);
        AssertCopies(await CopiesAsync(meeting.Id), both, Day, EventKind.Talks, EventStatus.Draft);
    }

    [Fact]
    public async Task Plain_sql_writes_are_kept_in_step_too()
    {
        var meeting = await CreateMeetingAsync();
        await using var db = Database.CreateContext();

        await db.Database.ExecuteSqlAsync($"UPDATE events SET kind = 'PrisonerExchange', occurred_on = {Day.AddDays(-3)}, status = 'Published' WHERE id = {meeting.Id}", Cancel);
        await db.Database.ExecuteSqlAsync($"INSERT INTO event_participants (event_id, actor_id, role) VALUES ({meeting.Id}, {erdogan.Id}, 'Mediator')", Cancel);

        AssertCopies(await CopiesAsync(meeting.Id), [witkoff.Id, putin.Id, erdogan.Id], Day.AddDays(-3), EventKind.PrisonerExchange, EventStatus.Published);
    }

    [Fact]
    public async Task The_actor_timeline_follows_an_edit_at_once()
    {
        var meeting = await CreateMeetingAsync();
        var timeline = new TimelineService(Database.CreateFactory());
        var putinsTalks = TimelineFilter.Parse(["vladimir-putin"], ["talks"], from: null, to: null, after: null).Filter;

        Assert.Empty((await timeline.GetPageAsync(putinsTalks, cancellationToken: Cancel)).Items);

        await SaveAsync(meeting.Id, _ => { }, EventStatus.Published);
        Assert.Equal([meeting.Id], (await timeline.GetPageAsync(putinsTalks, cancellationToken: Cancel)).Items.Select(i => i.Id));

        await SaveAsync(meeting.Id, _ => { }, EventStatus.Archived);
        Assert.Empty((await timeline.GetPageAsync(putinsTalks, cancellationToken: Cancel)).Items);
    }
}
