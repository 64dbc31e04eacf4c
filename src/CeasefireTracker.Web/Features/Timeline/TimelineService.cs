using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Timeline;

public sealed record TimelineItem(
    long Id,
    string Slug,
    EventKind Kind,
    string Title,
    string? Summary,
    DateOnly OccurredOn,
    DatePrecision DatePrecision,
    string? Place,
    IReadOnlyList<ActorRef> Actors);

public sealed record TimelineResult(
    IReadOnlyList<TimelineItem> Items,
    TimelineCursor? Next,
    IReadOnlyList<ActorRef> SelectedActors,
    IReadOnlyList<string> UnknownActorSlugs);

/// <summary>Published events, newest first, filtered and paged by keyset. Three queries whatever the page shows.</summary>
public sealed class TimelineService(IDbContextFactory<TrackerDbContext> contexts)
{
    public const int DefaultPageSize = 50;

    public async Task<TimelineResult> GetPageAsync(TimelineFilter filter, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var selectedActors = await ResolveActorsAsync(db, filter.ActorSlugs, cancellationToken);
        var unknown = filter.ActorSlugs.Except(selectedActors.Select(a => a.Slug)).ToList();
        var rows = await Query(db, filter, selectedActors.Select(a => a.Id).ToList())
            .Select(e => new { e.Id, e.Slug, e.Kind, e.Title, e.Summary, e.OccurredOn, e.DatePrecision, e.Place })
            .Take(pageSize + 1)
            .ToListAsync(cancellationToken);

        var page = rows.Take(pageSize).ToList();
        var actorsByEvent = await LoadActorsAsync(db, page.Select(r => r.Id).ToList(), cancellationToken);

        var items = page
            .Select(r => new TimelineItem(r.Id, r.Slug, r.Kind, r.Title, r.Summary, r.OccurredOn, r.DatePrecision, r.Place,
                actorsByEvent.TryGetValue(r.Id, out var actors) ? actors : []))
            .ToList();
        var next = rows.Count > pageSize ? new TimelineCursor(page[^1].OccurredOn, page[^1].Id) : null;
        return new TimelineResult(items, next, selectedActors, unknown);
    }

    private static IQueryable<Event> Query(TrackerDbContext db, TimelineFilter filter, List<int> actorIds)
    {
        var events = db.Events.AsNoTracking().Where(e => e.Status == EventStatus.Published);

        if (actorIds.Count > 0)
        {
            events = events.Where(e => db.EventParticipants.Any(p => p.EventId == e.Id && actorIds.Contains(p.ActorId)));
        }

        if (filter.Kinds.Count > 0)
        {
            var kinds = filter.Kinds.ToList();
            events = events.Where(e => kinds.Contains(e.Kind));
        }

        if (filter.From is { } from) events = events.Where(e => e.OccurredOn >= from);
        if (filter.To is { } to) events = events.Where(e => e.OccurredOn <= to);

        if (filter.After is { } after)
        {
            // A row-value comparison, (occurred_on, id) < (@date, @id), which PostgreSQL answers from the index.
            events = events.Where(e => EF.Functions.LessThan(
                ValueTuple.Create(e.OccurredOn, e.Id),
                ValueTuple.Create(after.OccurredOn, after.Id)));
        }

        return events.OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.Id);
    }

    private static async Task<List<ActorRef>> ResolveActorsAsync(TrackerDbContext db, IReadOnlyList<string> slugs, CancellationToken cancellationToken)
    {
        if (slugs.Count == 0) return [];
        var wanted = slugs.ToList();
        var found = await db.Actors.AsNoTracking()
            .Where(a => wanted.Contains(a.Slug))
            .Select(a => new ActorRef(a.Id, a.Slug, a.Name))
            .ToListAsync(cancellationToken);
        // Keep the order the reader chose them in.
        return found.OrderBy(a => wanted.IndexOf(a.Slug)).ToList();
    }

    /// <summary>The actors of a page's events in one query: parties and speakers first, each actor once.</summary>
    private static async Task<Dictionary<long, IReadOnlyList<ActorRef>>> LoadActorsAsync(TrackerDbContext db, List<long> eventIds, CancellationToken cancellationToken)
    {
        if (eventIds.Count == 0) return [];
        var participants = await db.EventParticipants.AsNoTracking()
            .Where(p => eventIds.Contains(p.EventId))
            .Select(p => new { p.EventId, p.Role, p.Actor.Id, p.Actor.Slug, p.Actor.Name })
            .ToListAsync(cancellationToken);

        return participants
            .GroupBy(p => p.EventId)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<ActorRef>)g
                    .OrderBy(p => p.Role)
                    .ThenBy(p => p.Name, StringComparer.CurrentCulture)
                    .DistinctBy(p => p.Id)
                    .Select(p => new ActorRef(p.Id, p.Slug, p.Name))
                    .ToList());
    }
}
