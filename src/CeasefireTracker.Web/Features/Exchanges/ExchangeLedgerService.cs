using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Exchanges;

public sealed record CategoryCount(DetaineeCategory Category, int Count)
{
    /// <summary>The count in words: "1 civilian", "1,000 prisoners of war", "0 other detainees".</summary>
    public string Describe() => (Category, Count == 1) switch
    {
        (DetaineeCategory.PrisonerOfWar, true) => "1 prisoner of war",
        (DetaineeCategory.PrisonerOfWar, false) => $"{Number} prisoners of war",
        (DetaineeCategory.Civilian, true) => "1 civilian",
        (DetaineeCategory.Civilian, false) => $"{Number} civilians",
        (DetaineeCategory.Convict, true) => "1 convict",
        (DetaineeCategory.Convict, false) => $"{Number} convicts",
        (_, true) => "1 other detainee",
        _ => $"{Number} other detainees",
    };

    private string Number => Count.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}

/// <summary>
/// The people one side released to the other in one exchange, by category, and the running totals for that
/// direction up to and including this exchange.
/// </summary>
public sealed record LedgerDirection(ActorRef From, ActorRef To, IReadOnlyList<CategoryCount> Counts, IReadOnlyList<CategoryCount> SoFar);

/// <summary>People released one way on one day of an exchange that ran over several.</summary>
public sealed record LedgerBatch(DateOnly On, ActorRef From, ActorRef To, DetaineeCategory Category, int Count);

public sealed record LedgerDetainee(string Name, DetaineeCategory Category, ActorRef ReleasedBy, ActorRef ReleasedTo, string? Note);

public sealed record LedgerRow(
    long Id,
    string Slug,
    string Title,
    DateOnly OccurredOn,
    DatePrecision DatePrecision,
    IReadOnlyList<LedgerDirection> Directions,
    IReadOnlyList<ActorRef> Mediators,
    IReadOnlyList<LedgerDetainee> Detainees)
{
    /// <summary>The days the exchange ran (its start is <see cref="OccurredOn"/>).</summary>
    public EventWindow Window { get; init; } = new(OccurredOn, DatePrecision);

    /// <summary>The dated batches, oldest first; empty when the exchange is recorded as one.</summary>
    public IReadOnlyList<LedgerBatch> Batches { get; init; } = [];

    /// <summary>The figures each side and the mediator gave, beside the count recorded here.</summary>
    public IReadOnlyList<FigureComparison> Figures { get; init; } = [];

    /// <summary>Everyone released in this exchange, both ways.</summary>
    public int Total => Directions.Sum(d => d.Counts.Sum(c => c.Count));
}

public sealed record DirectionTotal(ActorRef From, ActorRef To, IReadOnlyList<CategoryCount> Totals);

/// <summary>
/// Rows oldest first, so each row's running totals add up down the page like a ledger. <see cref="HasEarlier"/>
/// means exchanges before the first row are not listed, but their numbers are in the running totals.
/// </summary>
public sealed record ExchangeLedger(IReadOnlyList<LedgerRow> Rows, IReadOnlyList<DirectionTotal> Totals, bool HasEarlier = false)
{
    /// <summary>How many directions have totals; <see cref="Totals"/> holds the largest <see cref="ExchangeLedgerService.MaxTotals"/>.</summary>
    public int Directions { get; init; } = Totals.Count;
}

/// <summary>
/// The prisoner-exchange ledger: the most recent published exchanges with their counts, dated batches and each side's
/// reported figures, and running totals that count every exchange since the first. Seven queries, however many
/// exchanges there are.
/// </summary>
public sealed class ExchangeLedgerService(IDbContextFactory<TrackerDbContext> contexts)
{
    /// <summary>A page lists at most this many exchanges: a ledger of years of swaps would be too long to send or read.</summary>
    public const int MaxRows = 200;

    /// <summary>The overall totals list the directions that released the most people, not every pair of sides ever.</summary>
    public const int MaxTotals = 50;

    public async Task<ExchangeLedger> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var published = db.PrisonerExchanges.Where(x => x.Status == EventStatus.Published);

        // One more than a page: if it comes back, there are earlier exchanges.
        var newest = (await published.AsNoTracking()
            .OrderByDescending(x => x.OccurredOn).ThenByDescending(x => x.Id)
            .Take(MaxRows + 1)
            .Select(x => new
            {
                x.Id,
                x.Slug,
                x.Title,
                x.OccurredOn,
                x.DatePrecision,
                x.StartsAt,
                x.EndsOn,
                x.EndPrecision,
                x.EndsAt,
                x.TimeZone,
                Batches = x.Batches
                    .OrderBy(b => b.On).ThenBy(b => b.FromActor.Name).ThenBy(b => b.Category)
                    .Select(b => new LedgerBatch(b.On, new ActorRef(b.FromActor.Id, b.FromActor.Slug, b.FromActor.Name),
                        new ActorRef(b.ToActor.Id, b.ToActor.Slug, b.ToActor.Name), b.Category, b.Count))
                    .ToList(),
                Reports = x.Reports
                    .OrderBy(r => r.Id)
                    .Select(r => new ReportedFigure(
                        new ActorRef(r.ReportedBy.Id, r.ReportedBy.Slug, r.ReportedBy.Name),
                        new ActorRef(r.FromActor.Id, r.FromActor.Slug, r.FromActor.Name),
                        new ActorRef(r.ToActor.Id, r.ToActor.Slug, r.ToActor.Name),
                        r.Category, r.Count, r.ReportedOn, r.Note,
                        r.Source == null ? null : new SourceRef(r.Source.Publisher, r.Source.Url, r.Source.PublishedOn)))
                    .ToList(),
                Mediators = x.Participants
                    .Where(p => p.Role == ParticipantRole.Mediator)
                    .OrderBy(p => p.Actor.Name)
                    .Select(p => new ActorRef(p.Actor.Id, p.Actor.Slug, p.Actor.Name))
                    .ToList(),
                Detainees = x.Detainees
                    .OrderBy(d => d.Name)
                    .Select(d => new LedgerDetainee(
                        d.Name,
                        d.Category,
                        new ActorRef(d.ReleasedBy.Id, d.ReleasedBy.Slug, d.ReleasedBy.Name),
                        new ActorRef(d.ReleasedTo.Id, d.ReleasedTo.Slug, d.ReleasedTo.Name),
                        d.Note))
                    .ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken));
        var exchanges = newest.Take(MaxRows).Reverse().ToList();

        // Exchanges before the listed ones, summed by the database: the running totals start from them.
        var start = exchanges.Count > 0 ? (exchanges[0].OccurredOn, exchanges[0].Id) : (DateOnly.MaxValue, long.MaxValue);
        var earlier = published.Where(x => EF.Functions.LessThan(ValueTuple.Create(x.OccurredOn, x.Id), ValueTuple.Create(start.Item1, start.Item2)));
        var opening = await SumLinesAsync(db.Set<ExchangeLine>().Where(l => earlier.Any(x => x.Id == l.ExchangeId)), perExchange: false, cancellationToken);

        // The database adds up the lines (an exchange may record one category in several lines); only the
        // running totals, a walk over these few sums in date order, are added up here.
        var shown = exchanges.Select(x => x.Id).ToList();
        var sums = await SumLinesAsync(db.Set<ExchangeLine>().Where(l => shown.Contains(l.ExchangeId)), perExchange: true, cancellationToken);

        var sumsByExchange = sums.ToLookup(s => s.ExchangeId);
        var running = new RunningTotals();
        foreach (var direction in opening.GroupBy(s => (s.From, s.To)))
        {
            running.Add(direction.Key.From, direction.Key.To, direction.Select(s => new CategoryCount(s.Category, s.Count)));
        }

        var rows = new List<LedgerRow>(exchanges.Count);
        foreach (var x in exchanges)
        {
            var directions = new List<LedgerDirection>();
            foreach (var direction in sumsByExchange[x.Id]
                .GroupBy(s => (s.From, s.To))
                .OrderBy(d => d.Key.From.Name, StringComparer.CurrentCulture)
                .ThenBy(d => d.Key.To.Name, StringComparer.CurrentCulture))
            {
                var (from, to) = direction.Key;
                var counts = direction.OrderBy(s => s.Category).Select(s => new CategoryCount(s.Category, s.Count)).ToList();
                running.Add(from, to, counts);
                directions.Add(new LedgerDirection(from, to, counts, running.Of(from, to)));
            }

            rows.Add(new LedgerRow(x.Id, x.Slug, x.Title, x.OccurredOn, x.DatePrecision, directions, x.Mediators, x.Detainees)
            {
                Window = new EventWindow(x.OccurredOn, x.DatePrecision, x.StartsAt, x.EndsOn, x.EndPrecision, x.EndsAt, x.TimeZone),
                Batches = x.Batches,
                Figures = FigureComparison.Of(directions.SelectMany(d => d.Counts.Select(c => (d.From, d.To, c.Category, c.Count))), x.Reports),
            });
        }

        var totals = running.All();
        var largest = totals.OrderByDescending(t => t.Totals.Sum(c => c.Count)).Take(MaxTotals).ToHashSet();
        return new ExchangeLedger(rows, [.. totals.Where(largest.Contains)], newest.Count > MaxRows) { Directions = totals.Count };
    }

    private sealed record LineSum(long ExchangeId, DetaineeCategory Category, ActorRef From, ActorRef To, int Count);

    /// <summary>People released per direction and category (and exchange, or all exchanges as id 0), added up by the database.</summary>
    private static Task<List<LineSum>> SumLinesAsync(IQueryable<ExchangeLine> lines, bool perExchange, CancellationToken cancellationToken) =>
        lines.AsNoTracking()
            .GroupBy(l => new
            {
                ExchangeId = perExchange ? l.ExchangeId : 0L,
                l.Category,
                l.FromActorId,
                FromSlug = l.FromActor.Slug,
                FromName = l.FromActor.Name,
                l.ToActorId,
                ToSlug = l.ToActor.Slug,
                ToName = l.ToActor.Name,
            })
            .Select(g => new LineSum(
                g.Key.ExchangeId,
                g.Key.Category,
                new ActorRef(g.Key.FromActorId, g.Key.FromSlug, g.Key.FromName),
                new ActorRef(g.Key.ToActorId, g.Key.ToSlug, g.Key.ToName),
                g.Sum(l => l.Count)))
            .ToListAsync(cancellationToken);

    /// <summary>People released so far, per direction (from one side to the other) and category.</summary>
    private sealed class RunningTotals
    {
        private readonly Dictionary<(ActorRef From, ActorRef To), SortedDictionary<DetaineeCategory, int>> totals = [];

        public void Add(ActorRef from, ActorRef to, IEnumerable<CategoryCount> counts)
        {
            if (!totals.TryGetValue((from, to), out var byCategory))
            {
                totals[(from, to)] = byCategory = [];
            }

            foreach (var count in counts)
            {
                byCategory[count.Category] = byCategory.GetValueOrDefault(count.Category) + count.Count;
            }
        }

        public IReadOnlyList<CategoryCount> Of(ActorRef from, ActorRef to) =>
            totals.TryGetValue((from, to), out var byCategory) ? [.. byCategory.Select(c => new CategoryCount(c.Key, c.Value))] : [];

        public IReadOnlyList<DirectionTotal> All() =>
            [.. totals
                .OrderBy(t => t.Key.From.Name, StringComparer.CurrentCulture)
                .ThenBy(t => t.Key.To.Name, StringComparer.CurrentCulture)
                .Select(t => new DirectionTotal(t.Key.From, t.Key.To, Of(t.Key.From, t.Key.To)))];
    }
}
