using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;
using CeasefireTracker.Web.Features.Timeline;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Ceasefires;

/// <param name="CounterProposal">For a counter-proposal logged as its own event: that event, when published.</param>
public sealed record PartyResponse(
    ActorRef Party, ProposalResponse Response, string? Conditions, DateOnly? RespondedOn, SourceRef? Source, EventRef? CounterProposal = null);

/// <summary>Just enough of an event to name and link it.</summary>
public sealed record EventRef(string Slug, string Title);

/// <summary>One dated step of a ceasefire's status.</summary>
public sealed record StatusStep(CeasefireStatus Status, DateOnly On);

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
    /// <summary>The window the ceasefire was to hold in (its start is <see cref="OccurredOn"/>).</summary>
    public EventWindow Window { get; init; } = new(OccurredOn, DatePrecision);

    public CeasefireDeclaration? Declaration { get; init; }
    public DateOnly? AnnouncedOn { get; init; }
    public CeasefireEnding? EndedHow { get; init; }
    public DateOnly? EndedOn { get; init; }

    /// <summary>The dated steps of its status, oldest first; empty when only the current status is known.</summary>
    public IReadOnlyList<StatusStep> StatusHistory { get; init; } = [];

    /// <summary>The party's recorded response, or null when none is recorded for this proposal.</summary>
    public PartyResponse? ResponseOf(ActorRef party) => Responses.FirstOrDefault(r => r.Party.Id == party.Id);

    /// <summary>Whether the party proposed or declared this one: its column then says so, never "no response".</summary>
    public bool IsProposer(ActorRef party) => Proposers.Any(p => p.Id == party.Id);
}

/// <summary>
/// Proposals × parties: the columns are every party that responded to any proposal shown. <see cref="Total"/>
/// proposals are published; a page shows <see cref="CeasefireMatrixService.PageSize"/> of them, newest first, and
/// <see cref="Next"/> is where the next (older) page starts.
/// </summary>
public sealed record CeasefireMatrix(IReadOnlyList<ActorRef> Parties, IReadOnlyList<ProposalRow> Proposals, int Total = 0)
{
    public TimelineCursor? Next { get; init; }
}

/// <summary>
/// Ceasefire proposals and agreements with each party's response, their windows and status histories and the
/// violation allegations, a page at a time (keyset on date and id, so a deep page costs what the first does). Seven
/// queries.
/// </summary>
public sealed class CeasefireMatrixService(IDbContextFactory<TrackerDbContext> contexts)
{
    /// <summary>
    /// Proposals times the parties that answered them make the table: a page of this many stays a readable table, and
    /// under 200 KB of HTML even with the synthetic data's hundreds of parties (20 a page made 206 KB at 1M events).
    /// </summary>
    public const int PageSize = 15;

    public async Task<CeasefireMatrix> GetAsync(TimelineCursor? after = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // The count the triggers keep per day and kind (migration ReadAggregates), not a count of the proposals.
        var total = await db.Database
            .SqlQuery<int>($"SELECT coalesce(sum(events), 0)::int AS \"Value\" FROM published_day_counts WHERE kind = 'CeasefireProposal'")
            .SingleAsync(cancellationToken);
        var published = db.CeasefireProposals.AsNoTracking().Where(c => c.Status == EventStatus.Published);
        if (after is not null)
        {
            published = published.Where(c => EF.Functions.LessThan(ValueTuple.Create(c.OccurredOn, c.Id), ValueTuple.Create(after.OccurredOn, after.Id)));
        }

        var rows = await published
            .OrderByDescending(c => c.OccurredOn).ThenByDescending(c => c.Id)
            .Take(PageSize + 1)
            .Select(c => new
            {
                c.StartsAt, c.EndsOn, c.EndPrecision, c.EndsAt, c.TimeZone, c.Declaration, c.AnnouncedOn, c.EndedHow, c.EndedOn,
                History = c.StatusHistory.OrderBy(h => h.On).ThenBy(h => h.Id).Select(h => new StatusStep(h.Status, h.On)).ToList(),
                Row = new ProposalRow(
                c.Id, c.Slug, c.Title, c.Scope, c.CeasefireStatus, c.OccurredOn, c.DatePrecision,
                c.Participants
                    .Where(p => p.Role == ParticipantRole.Proposer)
                    .OrderBy(p => p.Actor.Name)
                    .Select(p => new ActorRef(p.Actor.Id, p.Actor.Slug, p.Actor.Name))
                    .ToList(),
                c.Responses
                    .Select(r => new PartyResponse(
                        new ActorRef(r.Actor.Id, r.Actor.Slug, r.Actor.Name), r.Response, r.Conditions, r.RespondedOn,
                        r.Source == null ? null : new SourceRef(r.Source.Publisher, r.Source.Url, r.Source.PublishedOn),
                        r.CounterProposal == null || r.CounterProposal.Status != EventStatus.Published
                            ? null : new EventRef(r.CounterProposal.Slug, r.CounterProposal.Title)))
                    .ToList(),
                c.Violations
                    .OrderBy(v => v.AllegedOn).ThenBy(v => v.Id)
                    .Select(v => new Allegation(
                        new ActorRef(v.Accuser.Id, v.Accuser.Slug, v.Accuser.Name),
                        new ActorRef(v.Accused.Id, v.Accused.Slug, v.Accused.Name),
                        v.AllegedOn,
                        v.Description,
                        v.Source == null ? null : new SourceRef(v.Source.Publisher, v.Source.Url, v.Source.PublishedOn)))
                    .ToList()),
            })
            // One query per collection: joined, responses and allegations would multiply each other's rows.
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var proposals = rows.Take(PageSize).Select(r => r.Row with
        {
            Window = new EventWindow(r.Row.OccurredOn, r.Row.DatePrecision, r.StartsAt, r.EndsOn, r.EndPrecision, r.EndsAt, r.TimeZone),
            Declaration = r.Declaration,
            AnnouncedOn = r.AnnouncedOn,
            EndedHow = r.EndedHow,
            EndedOn = r.EndedOn,
            StatusHistory = r.History,
        }).ToList();

        var parties = proposals
            .SelectMany(p => p.Responses, (_, r) => r.Party)
            .Distinct()
            .OrderBy(a => a.Name, NameOrder.Comparer)
            .ToList();

        return new CeasefireMatrix(parties, proposals, total)
        {
            Next = rows.Count > PageSize ? new TimelineCursor(proposals[^1].OccurredOn, proposals[^1].Id) : null,
        };
    }
}
