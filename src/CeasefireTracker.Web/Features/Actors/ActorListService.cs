using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Actors;

public sealed record ActorListItem(string Slug, string Name, ActorKind Kind, ActorRef? Affiliation, int EventCount);

public sealed record ActorKindCount(ActorKind Kind, int Count);

/// <param name="NextAfter">The slug to continue after, when there are more actors.</param>
public sealed record ActorListResult(IReadOnlyList<ActorListItem> Items, string? NextAfter, IReadOnlyList<ActorKindCount> KindCounts)
{
    public int Total => KindCounts.Sum(k => k.Count);
}

/// <summary>Public actors by name, a page at a time, with how many published events each took part in. Two queries.</summary>
public sealed class ActorListService(IDbContextFactory<TrackerDbContext> contexts)
{
    public const int DefaultPageSize = 100;

    public async Task<ActorListResult> GetPageAsync(ActorListFilter filter, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var kindCounts = await PublicActors.Of(db).AsNoTracking()
            .GroupBy(a => a.Kind)
            .Select(g => new ActorKindCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);

        var actors = PublicActors.Of(db).AsNoTracking();
        if (filter.Kind is { } kind) actors = actors.Where(a => a.Kind == kind);
        if (filter.After is { } after)
        {
            // Keyset on (name, slug) as a row-value comparison, the cursor's values read in the same statement;
            // an unknown slug gives no rows.
            var cursor = db.Actors.Where(c => c.Slug == after);
            actors = actors.Where(a => cursor.Any(c => EF.Functions.GreaterThan(
                ValueTuple.Create(a.Name, a.Slug),
                ValueTuple.Create(c.Name, c.Slug))));
        }
        else if (filter.Start is { } start)
        {
            var from = start.ToString();
            actors = actors.Where(a => a.Name.CompareTo(from) >= 0);
        }

        var rows = await actors
            .OrderBy(a => a.Name).ThenBy(a => a.Slug)
            .Take(pageSize + 1)
            .Select(a => new ActorListItem(
                a.Slug,
                a.Name,
                a.Kind,
                a.Affiliation == null || !PublicActors.Of(db).Any(p => p.Id == a.AffiliationId)
                    ? null
                    : new ActorRef(a.Affiliation.Id, a.Affiliation.Slug, a.Affiliation.Name),
                                // The same events the actor's timeline shows: published, whatever part they played. Counted from the
                // actor's involvements (the per-actor timeline index), so it costs the actor's events, not all events.
                db.EventInvolvements.Count(i => i.ActorId == a.Id && i.EventStatus == EventStatus.Published)))
            .ToListAsync(cancellationToken);

        var page = rows.Take(pageSize).ToList();
        var next = rows.Count > pageSize ? page[^1].Slug : null;
        var counts = kindCounts.OrderBy(k => k.Kind).ToList();
        return new ActorListResult(page, next, counts);
    }
}
