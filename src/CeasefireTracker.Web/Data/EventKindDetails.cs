using CeasefireTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Data;

internal static class EventKindDetails
{
    /// <summary>
    /// Events with the child rows of one kind and the actors they name: the public event page and the edit form both
    /// load an event this way, and only what its kind has.
    /// </summary>
    public static IQueryable<Event> WithDetailsOf(this TrackerDbContext db, EventKind kind) => kind switch
    {
        EventKind.Claim => db.Claims
            .Include(c => c.Positions).ThenInclude(p => p.Actor)
            .Include(c => c.VerdictHistory),
        EventKind.PrisonerExchange => db.PrisonerExchanges
            .Include(x => x.Lines).ThenInclude(l => l.FromActor)
            .Include(x => x.Lines).ThenInclude(l => l.ToActor)
            .Include(x => x.Detainees).ThenInclude(d => d.ReleasedBy)
            .Include(x => x.Detainees).ThenInclude(d => d.ReleasedTo),
        EventKind.CeasefireProposal => db.CeasefireProposals
            .Include(c => c.Responses).ThenInclude(r => r.Actor)
            .Include(c => c.Violations).ThenInclude(v => v.Accuser)
            .Include(c => c.Violations).ThenInclude(v => v.Accused),
        _ => db.Events,
    };
}
