using System.Linq.Expressions;
using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Actors;

/// <summary>
/// Which actors readers see. An actor is public once it takes part in a published event; until then (an actor just
/// added from a picker, a typo) its page, the actor list, the API and the typed-name filters leave it out, so a draft
/// never makes an actor public. Read from the participant rows' copy of the event status (ParticipantTimeline), which
/// the published-timeline index on (actor_id, …) WHERE event_status = 'Published' answers without the events table.
/// </summary>
public static class PublicActors
{
    public static Expression<Func<Actor, bool>> IsPublic(TrackerDbContext db) =>
        a => db.EventParticipants.Any(p => p.ActorId == a.Id && EF.Property<EventStatus>(p, ParticipantTimeline.Status) == EventStatus.Published);

    public static IQueryable<Actor> Of(TrackerDbContext db) => db.Actors.Where(IsPublic(db));
}
