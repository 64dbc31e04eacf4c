using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Ceasefires;
using CeasefireTracker.Web.Features.Exchanges;
using CeasefireTracker.Web.Features.Shared;
using CeasefireTracker.Web.Features.Timeline;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Events;

public sealed record TrackRef(string Slug, string Name);

public sealed record TalksFacts(
    TalksFormat Format, int? DurationMinutes, DurationQualifier DurationQualifier, string? Round, string? Outcome, TrackRef? Track, int? RoundNumber);

/// <summary>A ceasefire as ETH/PRIO types it, with its dated status history, each party's response and the allegations.</summary>
public sealed record ProposalFacts(
    CeasefireScope Scope,
    string? CoverageDetail,
    CeasefireStatus Status,
    CeasefireDeclaration? Declaration,
    CeasefireForm? Form,
    CeasefirePurpose? Purpose,
    DateOnly? AnnouncedOn,
    CeasefireEnding? EndedHow,
    DateOnly? EndedOn,
    EventRef? Extends,
    IReadOnlyList<StatusStep> StatusHistory,
    IReadOnlyList<PartyResponse> Responses,
    IReadOnlyList<Allegation> Violations);

public sealed record ExchangeLineFact(ActorRef From, ActorRef To, DetaineeCategory Category, int Count);

public sealed record ExchangeFacts(IReadOnlyList<ExchangeLineFact> Lines, IReadOnlyList<LedgerBatch> Batches, IReadOnlyList<ReportedFigure> Reports);

/// <summary>The details of one event's kind, for files and feeds that describe each event on its own.</summary>
public sealed record EventFacts(TalksFacts? Talks = null, ProposalFacts? Proposal = null, ExchangeFacts? Exchange = null);

/// <summary>
/// The kind details of a page of timeline items, for the JSON API, the CSV and the feed: one query each for the page's
/// talks, ceasefires (with status histories, responses and allegations) and exchanges (with lines, batches and
/// reports). A kind the filter leaves out is not asked for; otherwise it is, whether the page holds one or not, so a
/// page costs the same queries for the same filter whatever the data (three at most).
/// </summary>
public sealed class EventFactsService(IDbContextFactory<TrackerDbContext> contexts)
{
    /// <param name="kinds">The kinds the filter asks for; empty for every kind.</param>
    public async Task<IReadOnlyDictionary<long, EventFacts>> GetAsync(
        IReadOnlyCollection<TimelineItem> items, IReadOnlyCollection<EventKind> kinds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(kinds);
        var facts = new Dictionary<long, EventFacts>();
        if (items.Count == 0) return facts;
        bool Asked(EventKind kind) => kinds.Count == 0 || kinds.Contains(kind);
        List<long> IdsOf(EventKind kind) => [.. items.Where(i => i.Kind == kind).Select(i => i.Id)];
        var (talksIds, proposalIds, exchangeIds) = (IdsOf(EventKind.Talks), IdsOf(EventKind.CeasefireProposal), IdsOf(EventKind.PrisonerExchange));

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (Asked(EventKind.Talks))
        {
            var talks = await db.Talks.AsNoTracking()
                .Where(t => talksIds.Contains(t.Id))
                .Select(t => new
                {
                    t.Id,
                    Facts = new TalksFacts(t.Format, t.DurationMinutes, t.DurationQualifier, t.Round, t.Outcome,
                        t.Track == null ? null : new TrackRef(t.Track.Slug, t.Track.Name), t.RoundNumber),
                })
                .ToListAsync(cancellationToken);
            foreach (var t in talks) facts[t.Id] = new EventFacts(Talks: t.Facts);
        }

        if (Asked(EventKind.CeasefireProposal))
        {
            var proposals = await db.CeasefireProposals.AsNoTracking()
                .Where(c => proposalIds.Contains(c.Id))
                .Select(c => new
                {
                    c.Id,
                    Facts = new ProposalFacts(
                        c.Scope, c.CoverageDetail, c.CeasefireStatus, c.Declaration, c.Form, c.Purpose, c.AnnouncedOn, c.EndedHow, c.EndedOn,
                        c.Extends == null || c.Extends.Status != EventStatus.Published ? null : new EventRef(c.Extends.Slug, c.Extends.Title),
                        c.StatusHistory.OrderBy(h => h.On).ThenBy(h => h.Id).Select(h => new StatusStep(h.Status, h.On)).ToList(),
                        c.Responses.OrderBy(r => r.Actor.Name).Select(r => new PartyResponse(
                            new ActorRef(r.Actor.Id, r.Actor.Slug, r.Actor.Name), r.Response, r.Conditions, r.RespondedOn,
                            r.Source == null ? null : new SourceRef(r.Source.Publisher, r.Source.Url, r.Source.PublishedOn),
                            r.CounterProposal == null || r.CounterProposal.Status != EventStatus.Published
                                ? null : new EventRef(r.CounterProposal.Slug, r.CounterProposal.Title))).ToList(),
                        c.Violations.OrderBy(v => v.AllegedOn).ThenBy(v => v.Id).Select(v => new Allegation(
                            new ActorRef(v.Accuser.Id, v.Accuser.Slug, v.Accuser.Name),
                            new ActorRef(v.Accused.Id, v.Accused.Slug, v.Accused.Name),
                            v.AllegedOn, v.Description,
                            v.Source == null ? null : new SourceRef(v.Source.Publisher, v.Source.Url, v.Source.PublishedOn))).ToList()),
                })
                // One statement: a page's ceasefires hold a few responses, allegations and steps each, so the joined
                // rows stay few, and a round trip costs more than they do.
                .AsSingleQuery()
                .ToListAsync(cancellationToken);
            foreach (var p in proposals) facts[p.Id] = new EventFacts(Proposal: p.Facts);
        }

        if (Asked(EventKind.PrisonerExchange))
        {
            var exchanges = await db.PrisonerExchanges.AsNoTracking()
                .Where(x => exchangeIds.Contains(x.Id))
                .Select(x => new
                {
                    x.Id,
                    Facts = new ExchangeFacts(
                        x.Lines.OrderBy(l => l.Id).Select(l => new ExchangeLineFact(
                            new ActorRef(l.FromActor.Id, l.FromActor.Slug, l.FromActor.Name),
                            new ActorRef(l.ToActor.Id, l.ToActor.Slug, l.ToActor.Name), l.Category, l.Count)).ToList(),
                        x.Batches.OrderBy(b => b.On).ThenBy(b => b.Id).Select(b => new LedgerBatch(b.On,
                            new ActorRef(b.FromActor.Id, b.FromActor.Slug, b.FromActor.Name),
                            new ActorRef(b.ToActor.Id, b.ToActor.Slug, b.ToActor.Name), b.Category, b.Count)).ToList(),
                        x.Reports.OrderBy(r => r.Id).Select(r => new ReportedFigure(
                            new ActorRef(r.ReportedBy.Id, r.ReportedBy.Slug, r.ReportedBy.Name),
                            new ActorRef(r.FromActor.Id, r.FromActor.Slug, r.FromActor.Name),
                            new ActorRef(r.ToActor.Id, r.ToActor.Slug, r.ToActor.Name),
                            r.Category, r.Count, r.ReportedOn, r.Note,
                            r.Source == null ? null : new SourceRef(r.Source.Publisher, r.Source.Url, r.Source.PublishedOn))).ToList()),
                })
                .AsSingleQuery()
                .ToListAsync(cancellationToken);
            foreach (var x in exchanges) facts[x.Id] = new EventFacts(Exchange: x.Facts);
        }

        return facts;
    }
}
