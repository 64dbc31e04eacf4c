using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Events;

public sealed record RelatedEvent(string Slug, string Title, EventKind Kind, DateOnly OccurredOn, DatePrecision DatePrecision, string? Relation);

public sealed record EventDetails(Event Event, IReadOnlyList<RelatedEvent> Related);

/// <summary>One published event with everything its page shows, in a fixed number of queries per kind.</summary>
public sealed class EventDetailsService(IDbContextFactory<TrackerDbContext> contexts)
{
    public async Task<EventDetails?> GetPublishedAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var head = await db.Events.AsNoTracking()
            .Where(e => e.Slug == slug && e.Status == EventStatus.Published)
            .Select(e => new { e.Id, e.Kind })
            .FirstOrDefaultAsync(cancellationToken);
        if (head is null) return null;

        // Only the details of this event's kind are loaded: a claim page never joins exchange lines.
        var query = db.WithDetailsOf(head.Kind);

        var ev = await query.AsNoTracking().AsSplitQuery()
            .Include(e => e.Participants).ThenInclude(p => p.Actor)
            .Include(e => e.Sources)
            .FirstAsync(e => e.Id == head.Id, cancellationToken);

        var linkedTo = await db.EventLinks.AsNoTracking()
            .Where(l => l.FromEventId == head.Id && l.ToEvent.Status == EventStatus.Published)
            .Select(l => new RelatedEvent(l.ToEvent.Slug, l.ToEvent.Title, l.ToEvent.Kind, l.ToEvent.OccurredOn, l.ToEvent.DatePrecision, l.Relation))
            .ToListAsync(cancellationToken);
        // A link made from the other event is shown too, without its wording, which reads in the other direction.
        var linkedFrom = await db.EventLinks.AsNoTracking()
            .Where(l => l.ToEventId == head.Id && l.FromEvent.Status == EventStatus.Published)
            .Select(l => new RelatedEvent(l.FromEvent.Slug, l.FromEvent.Title, l.FromEvent.Kind, l.FromEvent.OccurredOn, l.FromEvent.DatePrecision, null))
            .ToListAsync(cancellationToken);

        var related = linkedTo.Concat(linkedFrom)
            .DistinctBy(r => r.Slug)
            .OrderByDescending(r => r.OccurredOn)
            .ToList();
        return new EventDetails(ev, related);
    }
}
