using System.Linq.Expressions;
using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Actors;

/// <summary>
/// Which actors readers see. An actor is public once it acts in a published event: as a participant, or as a claim's
/// position taker, a party that responded to a proposal, an accuser or accused, a side of an exchange. Until then (an
/// actor just added from a picker, a typo) its page, the actor list, the API and the typed-name filters leave it out,
/// so a draft never makes an actor public. Participants are tested first, from their rows' copy of the event status
/// (ParticipantTimeline), which the published-timeline index on (actor_id, …) answers without the events table.
/// </summary>
public static class PublicActors
{
    public static Expression<Func<Actor, bool>> IsPublic(TrackerDbContext db)
    {
        var published = db.Events.Where(e => e.Status == EventStatus.Published).Select(e => e.Id);
        return a => db.EventParticipants.Any(p => p.ActorId == a.Id && EF.Property<EventStatus>(p, ParticipantTimeline.Status) == EventStatus.Published)
            || db.Set<ClaimPosition>().Any(p => p.ActorId == a.Id && published.Contains(p.ClaimId))
            || db.Set<CeasefireResponse>().Any(r => r.ActorId == a.Id && published.Contains(r.ProposalId))
            || db.Set<ViolationAllegation>().Any(v => (v.AccuserId == a.Id || v.AccusedId == a.Id) && published.Contains(v.ProposalId))
            || db.Set<ExchangeLine>().Any(l => (l.FromActorId == a.Id || l.ToActorId == a.Id) && published.Contains(l.ExchangeId))
            || db.Set<ExchangedDetainee>().Any(d => (d.ReleasedById == a.Id || d.ReleasedToId == a.Id) && published.Contains(d.ExchangeId));
    }

    public static IQueryable<Actor> Of(TrackerDbContext db) => db.Actors.Where(IsPublic(db));
}
