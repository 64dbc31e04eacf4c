using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Ceasefires;

public sealed record PartyResponse(ActorRef Party, ProposalResponse Response, string? Conditions, DateOnly? RespondedOn, SourceRef? Source);

public sealed record Allegation(ActorRef Accuser, ActorRef Accused, DateOnly AllegedOn, string Description, SourceRef? Source);

public sealed record ProposalRow(
    long Id,
    string Slug,
    string Title,
    CeasefireScope Scope,
    CeasefireStatus Status,
    DateOnly OccurredOn,
    DatePrecision DatePrecision,
    IReadOnlyList<ActorRef> Proposers,
    IReadOnlyList<PartyResponse> Responses,
    IReadOnlyList<Allegation> Violations)
{
    /// <summary>The party's recorded response, or null when none is recorded for this proposal.</summary>
    public PartyResponse? ResponseOf(ActorRef party) => Responses.FirstOrDefault(r => r.Party.Id == party.Id);
}

/// <summary>
/// Proposals × parties: the columns are every party that responded to any proposal shown. <see cref="Total"/>
/// proposals are published; the newest <see cref="CeasefireMatrixService.MaxProposals"/> are shown.
/// </summary>
public sealed record CeasefireMatrix(IReadOnlyList<ActorRef> Parties, IReadOnlyList<ProposalRow> Proposals, int Total = 0);

/// <summary>Ceasefire proposals and agreements with each party's response and the violation allegations. Five queries.</summary>
public sealed class CeasefireMatrixService(IDbContextFactory<TrackerDbContext> contexts)
{
    /// <summary>Years of proposals times every party that ever answered would be a table nobody can send or read.</summary>
    public const int MaxProposals = 100;

    public async Task<CeasefireMatrix> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var published = db.CeasefireProposals.AsNoTracking().Where(c => c.Status == EventStatus.Published);
        var total = await published.CountAsync(cancellationToken);
        var proposals = await published
            .OrderByDescending(c => c.OccurredOn).ThenByDescending(c => c.Id)
            .Take(MaxProposals)
            .Select(c => new ProposalRow(
                c.Id, c.Slug, c.Title, c.Scope, c.CeasefireStatus, c.OccurredOn, c.DatePrecision,
                c.Participants
                    .Where(p => p.Role == ParticipantRole.Proposer)
                    .OrderBy(p => p.Actor.Name)
                    .Select(p => new ActorRef(p.Actor.Id, p.Actor.Slug, p.Actor.Name))
                    .ToList(),
                c.Responses
                    .Select(r => new PartyResponse(
                        new ActorRef(r.Actor.Id, r.Actor.Slug, r.Actor.Name), r.Response, r.Conditions, r.RespondedOn,
                        r.Source == null ? null : new SourceRef(r.Source.Publisher, r.Source.Url, r.Source.PublishedOn)))
                    .ToList(),
                c.Violations
                    .OrderBy(v => v.AllegedOn).ThenBy(v => v.Id)
                    .Select(v => new Allegation(
                        new ActorRef(v.Accuser.Id, v.Accuser.Slug, v.Accuser.Name),
                        new ActorRef(v.Accused.Id, v.Accused.Slug, v.Accused.Name),
                        v.AllegedOn,
                        v.Description,
                        v.Source == null ? null : new SourceRef(v.Source.Publisher, v.Source.Url, v.Source.PublishedOn)))
                    .ToList()))
            // One query per collection: joined, responses and allegations would multiply each other's rows.
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var parties = proposals
            .SelectMany(p => p.Responses, (_, r) => r.Party)
            .Distinct()
            .OrderBy(a => a.Name, StringComparer.CurrentCulture)
            .ToList();

        return new CeasefireMatrix(parties, proposals, total);
    }
}
