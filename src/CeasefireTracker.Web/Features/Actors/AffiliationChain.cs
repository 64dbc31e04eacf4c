using CeasefireTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Actors;

/// <param name="Depth">0 for the actor the walk starts from, 1 for its affiliation, and so on.</param>
public sealed record AffiliationLink(int Id, string Slug, string Name, int Depth);

/// <summary>An actor's affiliation, that one's affiliation and so on (Peskov → Kremlin → Russia).</summary>
public static class AffiliationChain
{
    /// <summary>
    /// The actor itself (depth 0; nothing when it does not exist) and every actor above it, nearest first. The path
    /// array ends the walk where it comes back to an actor it has passed (A → B → A), which the schema's check alone
    /// does not prevent: the editors' loop check reads this chain to refuse such an affiliation. A query, so callers
    /// add their conditions to the same statement.
    /// </summary>
    public static IQueryable<AffiliationLink> Upwards(TrackerDbContext db, int actorId) =>
        db.Database.SqlQuery<AffiliationLink>($"""
            WITH RECURSIVE chain AS (
                SELECT id, slug, name, affiliation_id, 0 AS depth, ARRAY[id] AS path
                FROM actors WHERE id = {actorId}
                UNION ALL
                SELECT up.id, up.slug, up.name, up.affiliation_id, c.depth + 1, c.path || up.id
                FROM chain c JOIN actors up ON up.id = c.affiliation_id
                WHERE NOT up.id = ANY(c.path)
            )
            SELECT id, slug, name, depth FROM chain
            """);
}
