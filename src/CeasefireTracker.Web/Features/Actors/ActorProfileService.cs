using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Actors;

public sealed record ActorTitleItem(string Title, DateOnly? From, DateOnly? To);

public sealed record ActorAliasItem(string Name, string? Language);

public sealed record ActorStatementItem(string Slug, string Title, string Quote, string Language, string? Platform, DateOnly OccurredOn, DatePrecision DatePrecision);

public sealed record ActorStanceItem(ClaimStance Stance, DateOnly StatedOn, string? Note);

/// <summary>A claim the actor made (<see cref="IsClaimant"/>) or took a position on (<see cref="Stances"/>).</summary>
public sealed record ActorClaimItem(
    string Slug,
    string Title,
    string ClaimText,
    ClaimVerdict Verdict,
    DateOnly OccurredOn,
    DatePrecision DatePrecision,
    bool IsClaimant,
    IReadOnlyList<ActorStanceItem> Stances);

/// <summary>Another actor who took part in the same published talks: how many, and the date of the latest.</summary>
public sealed record MetWithItem(ActorRef Actor, int TalksCount, DateOnly LastMet, DatePrecision LastMetPrecision);

/// <summary>
/// The ways the actor took part in published events beyond talks, counted: ceasefires proposed and answered,
/// violations alleged and alleged against them, positions on claims, exchanges they were a side of.
/// </summary>
public sealed record ActorParts(int Proposed, int Responded, int Alleged, int Accused, int Positions, int Exchanges)
{
    public bool Any => Proposed + Responded + Alleged + Accused + Positions + Exchanges > 0;
}

public sealed record ActorProfile(
    ActorRef Actor,
    ActorKind Kind,
    string? Description,
    IReadOnlyList<ActorRef> AffiliationChain,
    IReadOnlyList<ActorTitleItem> Titles,
    IReadOnlyList<ActorAliasItem> Aliases,
    IReadOnlyList<MetWithItem> MetWith,
    ActorParts Parts,
    IReadOnlyList<ActorStatementItem> Statements,
    bool MoreStatements,
    IReadOnlyList<ActorClaimItem> Claims,
    bool MoreClaims);

/// <summary>
/// Everything an actor's page shows but their timeline: six queries whatever the actor's history, and one for an
/// unknown slug. Statements and claims are capped at the newest few; the timeline filtered by the actor has the rest.
/// </summary>
public sealed class ActorProfileService(IDbContextFactory<TrackerDbContext> contexts)
{
    public const int ListLimit = 20;

    public async Task<ActorProfile?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var actor = await PublicActors.Of(db).AsNoTracking()
            .Where(a => a.Slug == slug)
            .Select(a => new
            {
                a.Id,
                a.Slug,
                a.Name,
                a.Kind,
                a.Description,
                Titles = a.Titles.Select(t => new ActorTitleItem(t.Title, t.From, t.To)).ToList(),
                Aliases = a.Aliases.Select(x => new ActorAliasItem(x.Name, x.Language)).ToList(),
            })
            // Titles and aliases are a handful each: one joined query beats three round trips.
            .AsSingleQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (actor is null) return null;

        var chain = await AffiliationChainAsync(db, actor.Id, cancellationToken);
        var metWith = await MetWithAsync(db, actor.Id, cancellationToken);
        var parts = await PartsAsync(db, actor.Id, cancellationToken);
        var statements = await StatementsAsync(db, actor.Id, cancellationToken);
        var claims = await ClaimsAsync(db, actor.Id, cancellationToken);

        return new ActorProfile(
            new ActorRef(actor.Id, actor.Slug, actor.Name),
            actor.Kind,
            actor.Description,
            chain,
            [.. actor.Titles.OrderBy(t => t.From ?? DateOnly.MinValue).ThenBy(t => t.To ?? DateOnly.MaxValue)],
            [.. actor.Aliases.OrderBy(a => a.Language ?? "", StringComparer.Ordinal).ThenBy(a => a.Name, StringComparer.Ordinal)],
            metWith,
            parts,
            [.. statements.Take(ListLimit)],
            statements.Count > ListLimit,
            [.. claims.Take(ListLimit)],
            claims.Count > ListLimit);
    }

    /// <summary>The slug of the actor a merged duplicate's old slug now leads to; null when the slug was never merged.</summary>
    public async Task<string?> MergedIntoAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ActorMerges.AsNoTracking()
            .Where(m => m.MergedSlug == slug)
            .Join(db.Actors, m => m.SurvivorId, a => a.Id, (_, a) => a.Slug)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The actor's affiliation, its affiliation and so on (Peskov → Kremlin → Russia), nearest first.</summary>
    private static async Task<List<ActorRef>> AffiliationChainAsync(TrackerDbContext db, int actorId, CancellationToken cancellationToken)
    {
        var rows = await AffiliationChain.Upwards(db, actorId)
            .Where(r => r.Depth > 0)
            // Affiliations readers do not see yet are left out of the chain rather than linked to a page that is not there.
            .Where(r => PublicActors.Of(db).Any(a => a.Id == r.Id))
            .OrderBy(r => r.Depth)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ActorRef(r.Id, r.Slug, r.Name))];
    }

    /// <summary>
    /// Everyone who sat across the table from the actor at published talks (the <c>talks_meetings</c> view: people and
    /// the sides they represent, never the actor's own side), in one aggregate query: most talks first, then the most
    /// recent. An actor in several roles at one meeting (host and party) counts it once.
    /// </summary>
    private static async Task<List<MetWithItem>> MetWithAsync(TrackerDbContext db, int actorId, CancellationToken cancellationToken)
    {
        var rows = await db.TalksMeetings
            .Where(m => m.ActorId == actorId)
            .Join(db.Events, m => m.EventId, e => e.Id, (m, e) => new { ActorId = m.OtherId, m.EventId, m.OccurredOn, e.DatePrecision })
            .GroupBy(x => x.ActorId)
            .Select(g => new
            {
                ActorId = g.Key,
                Count = g.Count(),
                Last = g.Max(x => x.OccurredOn),
                // The latest date as exactly as it is known: "March 2025" must not read as 1 March.
                LastDay = g.Where(x => x.DatePrecision == DatePrecision.Day).Max(x => (DateOnly?)x.OccurredOn),
                LastMonth = g.Where(x => x.DatePrecision == DatePrecision.Month).Max(x => (DateOnly?)x.OccurredOn),
            })
            .Join(db.Actors, g => g.ActorId, a => a.Id, (g, a) => new { a.Id, a.Slug, a.Name, g.Count, g.Last, g.LastDay, g.LastMonth })
            .OrderByDescending(x => x.Count).ThenByDescending(x => x.Last).ThenBy(x => x.Name)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new MetWithItem(
            new ActorRef(r.Id, r.Slug, r.Name),
            r.Count,
            r.Last,
            r.LastDay == r.Last ? DatePrecision.Day : r.LastMonth == r.Last ? DatePrecision.Month : DatePrecision.Approximate))];
    }

    /// <summary>Each count in one statement, from the rows that make the actor involved (published events only).</summary>
    private static Task<ActorParts> PartsAsync(TrackerDbContext db, int actorId, CancellationToken cancellationToken) =>
        db.Actors.AsNoTracking()
            .Where(a => a.Id == actorId)
            .Select(a => new ActorParts(
                db.CeasefireProposals.Count(c => c.Status == EventStatus.Published
                    && c.Participants.Any(p => p.ActorId == actorId && p.Role == ParticipantRole.Proposer)),
                db.CeasefireProposals.Count(c => c.Status == EventStatus.Published && c.Responses.Any(r => r.ActorId == actorId)),
                db.CeasefireProposals.Count(c => c.Status == EventStatus.Published && c.Violations.Any(v => v.AccuserId == actorId)),
                db.CeasefireProposals.Count(c => c.Status == EventStatus.Published && c.Violations.Any(v => v.AccusedId == actorId)),
                db.Claims.Count(c => c.Status == EventStatus.Published && c.Positions.Any(p => p.ActorId == actorId)),
                db.EventInvolvements.Count(i => i.ActorId == actorId && i.EventStatus == EventStatus.Published && i.EventKind == EventKind.PrisonerExchange)))
            .SingleAsync(cancellationToken);

    private static Task<List<ActorStatementItem>> StatementsAsync(TrackerDbContext db, int actorId, CancellationToken cancellationToken) =>
        db.Statements.AsNoTracking()
            .Where(s => s.Status == EventStatus.Published
                && s.Participants.Any(p => p.ActorId == actorId && p.Role == ParticipantRole.Speaker))
            .OrderByDescending(s => s.OccurredOn).ThenByDescending(s => s.Id)
            .Take(ListLimit + 1)
            .Select(s => new ActorStatementItem(s.Slug, s.Title, s.Quote, s.Language, s.Platform, s.OccurredOn, s.DatePrecision))
            .ToListAsync(cancellationToken);

    private static Task<List<ActorClaimItem>> ClaimsAsync(TrackerDbContext db, int actorId, CancellationToken cancellationToken) =>
        db.Claims.AsNoTracking()
            .Where(c => c.Status == EventStatus.Published
                && (c.Participants.Any(p => p.ActorId == actorId && p.Role == ParticipantRole.Claimant)
                    || c.Positions.Any(p => p.ActorId == actorId)))
            .OrderByDescending(c => c.OccurredOn).ThenByDescending(c => c.Id)
            .Take(ListLimit + 1)
            .Select(c => new ActorClaimItem(
                c.Slug,
                c.Title,
                c.ClaimText,
                c.Verdict,
                c.OccurredOn,
                c.DatePrecision,
                c.Participants.Any(p => p.ActorId == actorId && p.Role == ParticipantRole.Claimant),
                c.Positions
                    .Where(p => p.ActorId == actorId)
                    .OrderBy(p => p.StatedOn).ThenBy(p => p.Id)
                    .Select(p => new ActorStanceItem(p.Stance, p.StatedOn, p.Note))
                    .ToList()))
            .ToListAsync(cancellationToken);
}
