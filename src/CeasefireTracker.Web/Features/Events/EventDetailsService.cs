using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Events;

public sealed record RelatedEvent(string Slug, string Title, EventKind Kind, DateOnly OccurredOn, DatePrecision DatePrecision, string? Relation);

public sealed record EventDetails(Event Event, IReadOnlyList<RelatedEvent> Related)
{
    /// <summary>For a counter-proposal: the proposals it answers, and who answered with it.</summary>
    public IReadOnlyList<CounterProposalOf> Answers { get; init; } = [];

    /// <summary>For a ceasefire: the later ones that extend it.</summary>
    public IReadOnlyList<RelatedEvent> ExtendedBy { get; init; } = [];
}

/// <summary>A proposal that a counter-proposal answers, and the party whose response it is.</summary>
public sealed record CounterProposalOf(RelatedEvent Proposal, ActorRef Party);

/// <summary>
/// One published event with everything its page shows, in a fixed number of queries per kind. Links to events that
/// are not published (an extended proposal still a draft) are left out, as the related events are.
/// </summary>
public sealed class EventDetailsService(IDbContextFactory<TrackerDbContext> contexts)
{
    public async Task<EventDetails?> GetPublishedAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var head = await db.Events.AsNoTracking()
            .Where(e => e.Slug == slug && e.Status == EventStatus.Published)
            .Select(e => new { e.Id, e.Kind })
            .FirstOrDefaultAsync(cancellationToken);
        if (head is null) return null;

        // Only the details of this event's kind are loaded: a claim page never joins exchange lines.
        var query = db.WithDetailsOf(head.Kind);

        var ev = await query.AsNoTracking().AsSplitQuery()
            .Include(e => e.Sources)
            .FirstAsync(e => e.Id == head.Id, cancellationToken);

        var linkedTo = await db.EventLinks.AsNoTracking()
            .Where(l => l.FromEventId == head.Id && l.ToEvent.Status == EventStatus.Published)
            .Select(l => new RelatedEvent(l.ToEvent.Slug, l.ToEvent.Title, l.ToEvent.Kind, l.ToEvent.OccurredOn, l.ToEvent.DatePrecision, l.Relation))
            .ToListAsync(cancellationToken);
        // A link made from the other event is shown too, without its wording, which reads in the other direction.
        var linkedFrom = await db.EventLinks.AsNoTracking()
            .Where(l => l.ToEventId == head.Id && l.FromEvent.Status == EventStatus.Published)
            .Select(l => new RelatedEvent(l.FromEvent.Slug, l.FromEvent.Title, l.FromEvent.Kind, l.FromEvent.OccurredOn, l.FromEvent.DatePrecision, null))
            .ToListAsync(cancellationToken);

        var related = linkedTo.Concat(linkedFrom)
            .DistinctBy(r => r.Slug)
            .OrderByDescending(r => r.OccurredOn)
            .ToList();
        if (ev is not CeasefireProposal) return new EventDetails(ev, related);

        // What points at this proposal from later ones: the responses it is the counter-proposal of, the extensions.
        var answers = await db.Set<CeasefireResponse>().AsNoTracking()
            .Where(r => r.CounterProposalId == head.Id)
            .Join(db.CeasefireProposals.Where(c => c.Status == EventStatus.Published), r => r.ProposalId, c => c.Id, (r, c) => new CounterProposalOf(
                new RelatedEvent(c.Slug, c.Title, c.Kind, c.OccurredOn, c.DatePrecision, null),
                new ActorRef(r.Actor.Id, r.Actor.Slug, r.Actor.Name)))
            .ToListAsync(cancellationToken);
        var extendedBy = await db.CeasefireProposals.AsNoTracking()
            .Where(c => c.ExtendsId == head.Id && c.Status == EventStatus.Published)
            .OrderBy(c => c.OccurredOn)
            .Select(c => new RelatedEvent(c.Slug, c.Title, c.Kind, c.OccurredOn, c.DatePrecision, null))
            .ToListAsync(cancellationToken);
        return new EventDetails(ev, related) { Answers = answers, ExtendedBy = extendedBy };
    }
}
