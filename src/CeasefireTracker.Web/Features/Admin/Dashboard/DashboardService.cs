using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Admin.Dashboard;

public sealed record DashboardEvent(long Id, string Title, EventKind Kind, EventStatus Status, DateOnly OccurredOn, DateTimeOffset UpdatedAt, string? UpdatedBy);

public sealed record DashboardChange(long EventId, string Title, int Number, RevisionAction Action, string UserName, DateTimeOffset SavedAt);

public sealed record StatusCount(EventStatus Status, int Count);

public sealed record DashboardView(
    IReadOnlyList<StatusCount> Counts, IReadOnlyList<DashboardEvent> Drafts, IReadOnlyList<DashboardChange> RecentChanges,
    IReadOnlyList<DashboardEvent> MissingSources);

/// <summary>What an editor should look at first: drafts, the latest changes and events nobody has sourced yet.</summary>
public sealed class DashboardService(IDbContextFactory<TrackerDbContext> contexts)
{
    private const int Rows = 15;

    public async Task<DashboardView> LoadAsync(EditorSession editor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(editor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await db.Events.AsNoTracking()
            .GroupBy(e => e.Status)
            .Select(g => new StatusCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        var drafts = await Newest(db.Events.Where(e => e.Status == EventStatus.Draft)).ToListAsync(cancellationToken);
        var missing = await Newest(db.Events.Where(e => e.Status != EventStatus.Archived && !e.Sources.Any())).ToListAsync(cancellationToken);
        var changes = await db.EventRevisions.AsNoTracking()
            .OrderByDescending(r => r.SavedAt).ThenByDescending(r => r.Id)
            .Take(Rows)
            .Select(r => new DashboardChange(r.EventId, r.Event!.Title, r.Number, r.Action, r.UserName, r.SavedAt))
            .ToListAsync(cancellationToken);
        return new DashboardView(
            [.. Enum.GetValues<EventStatus>().Select(s => counts.FirstOrDefault(c => c.Status == s) ?? new StatusCount(s, 0))],
            drafts, changes, missing);
    }

    private static IQueryable<DashboardEvent> Newest(IQueryable<Event> events) => events.AsNoTracking()
        .OrderByDescending(e => e.UpdatedAt).ThenByDescending(e => e.Id)
        .Take(Rows)
        .Select(e => new DashboardEvent(e.Id, e.Title, e.Kind, e.Status, e.OccurredOn, e.UpdatedAt, e.UpdatedBy));
}
