using System.Linq.Expressions;
using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Actors;

/// <summary>
/// Which actors readers see. An actor is public once it acts in a published event, in any part: a participant or the
/// side one represents, a claim's position taker, a party that responded to a proposal, an accuser or accused, a side
/// or reporter of an exchange. Until then (an actor just added from a picker, a typo) its page, the actor list, the API
/// and the typed-name filters leave it out, so a draft never makes an actor public. The involvements hold every such
/// part with a copy of the event's status, and the published-timeline index on (actor_id, …) answers without the
/// events table.
/// </summary>
public static class PublicActors
{
    public static Expression<Func<Actor, bool>> IsPublic(TrackerDbContext db) =>
        a => db.EventInvolvements.Any(i => i.ActorId == a.Id && i.EventStatus == EventStatus.Published);

    public static IQueryable<Actor> Of(TrackerDbContext db) => db.Actors.Where(IsPublic(db));

    /// <summary>
    /// The public actors of these slugs in the order given (the order a reader chose them in); unknown slugs and actors
    /// readers do not see yet are left out.
    /// </summary>
    public static async Task<List<ActorRef>> BySlugsAsync(TrackerDbContext db, IReadOnlyList<string> slugs, CancellationToken cancellationToken)
    {
        if (slugs.Count == 0) return [];
        var wanted = slugs.ToList();
        var found = await Of(db).AsNoTracking()
            .Where(a => wanted.Contains(a.Slug))
            .Select(a => new ActorRef(a.Id, a.Slug, a.Name))
            .ToListAsync(cancellationToken);
        return [.. found.OrderBy(a => wanted.IndexOf(a.Slug))];
    }
}
