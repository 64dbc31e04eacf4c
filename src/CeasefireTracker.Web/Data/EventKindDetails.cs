using CeasefireTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Data;

internal static class EventKindDetails
{
    /// <summary>
    /// Events with their participants (and the sides they represent), the child rows of one kind and the actors and
    /// events those name: the public event page and the edit form both load an event this way, and only what its
    /// kind has.
    /// </summary>
    public static IQueryable<Event> WithDetailsOf(this TrackerDbContext db, EventKind kind)
    {
        IQueryable<Event> details = kind switch
        {
            EventKind.Talks => db.Talks.Include(t => t.Track),
            EventKind.Claim => db.Claims
                .Include(c => c.Positions).ThenInclude(p => p.Actor)
                .Include(c => c.VerdictHistory),
            EventKind.PrisonerExchange => db.PrisonerExchanges
                .Include(x => x.Lines).ThenInclude(l => l.FromActor)
                .Include(x => x.Lines).ThenInclude(l => l.ToActor)
                .Include(x => x.Batches).ThenInclude(b => b.FromActor)
                .Include(x => x.Batches).ThenInclude(b => b.ToActor)
                .Include(x => x.Reports).ThenInclude(r => r.ReportedBy)
                .Include(x => x.Reports).ThenInclude(r => r.FromActor)
                .Include(x => x.Reports).ThenInclude(r => r.ToActor)
                .Include(x => x.Detainees).ThenInclude(d => d.ReleasedBy)
                .Include(x => x.Detainees).ThenInclude(d => d.ReleasedTo),
            EventKind.CeasefireProposal => db.CeasefireProposals
                .Include(c => c.Responses).ThenInclude(r => r.Actor)
                .Include(c => c.Responses).ThenInclude(r => r.CounterProposal)
                .Include(c => c.Violations).ThenInclude(v => v.Accuser)
                .Include(c => c.Violations).ThenInclude(v => v.Accused)
                .Include(c => c.StatusHistory)
                .Include(c => c.Extends),
            _ => db.Events,
        };
        return details
            .Include(e => e.Participants).ThenInclude(p => p.Actor)
            .Include(e => e.Participants).ThenInclude(p => p.Represents);
    }
}
