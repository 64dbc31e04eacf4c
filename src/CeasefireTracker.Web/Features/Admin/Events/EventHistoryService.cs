using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Admin.Events;

/// <summary>One revision and what it changed compared with the one before (for the first, every field it set).</summary>
public sealed record RevisionView(
    int Number, RevisionAction Action, string UserName, DateTimeOffset SavedAt, string? Reason, IReadOnlyList<FieldChange> Changes);

public sealed record EventHistory(long Id, string Title, string Slug, EventStatus Status, uint Version, IReadOnlyList<RevisionView> Revisions);

/// <summary>An event's revisions, newest first, each as a field-by-field diff: two queries whatever the length.</summary>
public sealed class EventHistoryService(IDbContextFactory<TrackerDbContext> contexts)
{
    public async Task<EventHistory?> LoadAsync(EditorSession editor, long id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(editor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ev = await db.Events.AsNoTracking()
            .Where(e => e.Id == id)
            .Select(e => new { e.Id, e.Title, e.Slug, e.Status, e.Version })
            .FirstOrDefaultAsync(cancellationToken);
        if (ev is null) return null;

        var revisions = await db.EventRevisions.AsNoTracking()
            .Where(r => r.EventId == id)
            .OrderBy(r => r.Number)
            .ToListAsync(cancellationToken);

        var views = new List<RevisionView>(revisions.Count);
        EventDraft? previous = null;
        foreach (var revision in revisions)
        {
            var snapshot = EventDraft.FromJson(revision.Snapshot);
            var changes = previous is null
                ? EventDraftText.Describe(snapshot).Where(f => f.Value.Length > 0).Select(f => new FieldChange(f.Field, "", f.Value)).ToList()
                : EventDraftText.Compare(previous, snapshot);
            views.Add(new RevisionView(revision.Number, revision.Action, revision.UserName, revision.SavedAt, revision.Reason, changes));
            previous = snapshot;
        }

        views.Reverse();
        return new EventHistory(ev.Id, ev.Title, ev.Slug, ev.Status, ev.Version, views);
    }
}
