using CeasefireTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Feeds;

public sealed record EntryDates(DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>When the events of a page were written and last changed, which the timeline itself does not need.</summary>
public sealed class EntryDatesService(IDbContextFactory<TrackerDbContext> contexts)
{
    /// <summary>One query for the whole page.</summary>
    public async Task<Dictionary<long, EntryDates>> GetAsync(IReadOnlyCollection<long> eventIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        if (eventIds.Count == 0) return [];
        var ids = eventIds.ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Events.AsNoTracking()
            .Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.CreatedAt, e.UpdatedAt })
            .ToDictionaryAsync(e => e.Id, e => new EntryDates(e.CreatedAt, e.UpdatedAt), cancellationToken);
    }
}
