using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;
using CeasefireTracker.Web.Features.Timeline;
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
/// A page of rows, oldest first, so each row's running totals add up down the page like a ledger. Exchanges before the
/// first row (their page starts at <see cref="Next"/>) are not listed, but their numbers are in the running totals.
/// </summary>
public sealed record ExchangeLedger(IReadOnlyList<LedgerRow> Rows, IReadOnlyList<DirectionTotal> Totals)
{
    /// <summary>How many directions have totals; <see cref="Totals"/> holds the largest <see cref="ExchangeLedgerService.MaxTotals"/>.</summary>
    public int Directions { get; init; } = Totals.Count;

    /// <summary>Where the page of earlier exchanges starts; null when this page holds the first exchange.</summary>
    public TimelineCursor? Next { get; init; }
}

/// <summary>
/// The prisoner-exchange ledger, a page at a time (keyset on date and id, newest page first): the exchanges with their
/// counts, dated batches and each side's reported figures, and running totals that count every exchange since the
/// first. The totals come from <c>exchange_direction_totals</c>, which triggers keep (migration ReadAggregates): a
/// row's total so far is the direction's total less what the exchanges after it released, so the page never adds up
/// the history before it. Seven queries, however many exchanges there are (eight on a page after the first).
/// </summary>
public sealed class ExchangeLedgerService(IDbContextFactory<TrackerDbContext> contexts)
{
    /// <summary>A page lists this many exchanges: a ledger of years of swaps would be too long to send or read.</summary>
    public const int PageSize = 50;

    /// <summary>The overall totals list the directions that released the most people, not every pair of sides ever.</summary>
    public const int MaxTotals = 50;

    public async Task<ExchangeLedger> GetAsync(TimelineCursor? after = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var published = db.PrisonerExchanges.Where(x => x.Status == EventStatus.Published);
        var page = after is null
            ? published
            : published.Where(x => EF.Functions.LessThan(ValueTuple.Create(x.OccurredOn, x.Id), ValueTuple.Create(after.OccurredOn, after.Id)));

        // One more than a page: if it comes back, there are earlier exchanges.
        var newest = (await page.AsNoTracking()
            .OrderByDescending(x => x.OccurredOn).ThenByDescending(x => x.Id)
            .Take(PageSize + 1)
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
        var exchanges = newest.Take(PageSize).Reverse().ToList();

        // The database adds up each shown exchange's lines (one category may come in several lines).
        var shown = exchanges.Select(x => x.Id).ToList();
        var sums = await SumLinesAsync(db.Set<ExchangeLine>().Where(l => shown.Contains(l.ExchangeId)), cancellationToken);
        var directions = sums.Select(s => (s.From, s.To)).Distinct().ToList();
        var froms = directions.Select(d => d.From.Id).Distinct().ToList();
        var tos = directions.Select(d => d.To.Id).Distinct().ToList();

        // Where the running totals of the page's newest row stand: the directions' totals (read with the largest
        // directions' in one statement), less what the exchanges after the page released (none on the first page).
        var totals = await TotalsAsync(db, froms, tos, cancellationToken);
        var balance = new RunningTotals();
        foreach (var total in totals.Where(t => directions.Contains((t.From, t.To))))
        {
            balance.Add(total.From.Id, total.To.Id, Enum.Parse<DetaineeCategory>(total.Category), total.Released, total.Lines);
        }

        if (after is not null)
        {
            var later = published.Where(x => !EF.Functions.LessThan(ValueTuple.Create(x.OccurredOn, x.Id), ValueTuple.Create(after.OccurredOn, after.Id)));
            var laterSums = await SumLinesAsync(
                db.Set<ExchangeLine>().Where(l => froms.Contains(l.FromActorId) && tos.Contains(l.ToActorId) && later.Any(x => x.Id == l.ExchangeId)),
                cancellationToken);
            foreach (var sum in laterSums) balance.Add(sum.From.Id, sum.To.Id, sum.Category, -sum.Count, -sum.Lines);
        }

        // Newest first, each row's totals so far are the balance; then its own lines come off for the row before it.
        var sumsByExchange = sums.ToLookup(s => s.ExchangeId);
        var rows = new List<LedgerRow>(exchanges.Count);
        foreach (var x in Enumerable.Reverse(exchanges))
        {
            var rowDirections = new List<LedgerDirection>();
            foreach (var direction in sumsByExchange[x.Id]
                .GroupBy(s => (s.From, s.To))
                .OrderBy(d => d.Key.From.Name, NameOrder.Comparer)
                .ThenBy(d => d.Key.To.Name, NameOrder.Comparer))
            {
                var (from, to) = direction.Key;
                var counts = direction.OrderBy(s => s.Category).Select(s => new CategoryCount(s.Category, s.Count)).ToList();
                rowDirections.Add(new LedgerDirection(from, to, counts, balance.Of(from.Id, to.Id)));
            }

            foreach (var sum in sumsByExchange[x.Id]) balance.Add(sum.From.Id, sum.To.Id, sum.Category, -sum.Count, -sum.Lines);
            rows.Add(new LedgerRow(x.Id, x.Slug, x.Title, x.OccurredOn, x.DatePrecision, rowDirections, x.Mediators, x.Detainees)
            {
                Window = new EventWindow(x.OccurredOn, x.DatePrecision, x.StartsAt, x.EndsOn, x.EndPrecision, x.EndsAt, x.TimeZone),
                Batches = x.Batches,
                Figures = FigureComparison.Of(rowDirections.SelectMany(d => d.Counts.Select(c => (d.From, d.To, c.Category, c.Count))), x.Reports),
            });
        }

        rows.Reverse();
        var largest = totals
            .Where(t => t.Largest)
            .GroupBy(t => (t.From, t.To))
            .OrderBy(d => d.Key.From.Name, NameOrder.Comparer)
            .ThenBy(d => d.Key.To.Name, NameOrder.Comparer)
            .Select(d => new DirectionTotal(d.Key.From, d.Key.To,
                [.. d.Select(t => new CategoryCount(Enum.Parse<DetaineeCategory>(t.Category), checked((int)t.Released))).OrderBy(c => c.Category)]))
            .ToList();
        return new ExchangeLedger(rows, largest)
        {
            Directions = totals.Count > 0 ? totals[0].Directions : 0,
            Next = newest.Count > PageSize ? new TimelineCursor(exchanges[0].OccurredOn, exchanges[0].Id) : null,
        };
    }

    /// <summary>
    /// The totals the triggers keep, per direction and category: those of the directions in <paramref name="froms"/> ×
    /// <paramref name="tos"/>, and those of the <see cref="MaxTotals"/> directions that released the most people
    /// (<see cref="TotalRow.Largest"/>; the first rows of an index), with how many directions there are.
    /// </summary>
    private static async Task<List<TotalRow>> TotalsAsync(TrackerDbContext db, List<int> froms, List<int> tos, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<TotalRowData>($"""
            WITH largest AS (
                SELECT from_actor_id, to_actor_id FROM exchange_directions
                ORDER BY released DESC, from_actor_id, to_actor_id LIMIT {MaxTotals}
            ), wanted AS (
                SELECT from_actor_id, to_actor_id, bool_or(largest) AS largest
                FROM (SELECT from_actor_id, to_actor_id, true AS largest FROM largest
                      UNION ALL
                      SELECT from_actor_id, to_actor_id, false FROM exchange_directions
                      WHERE from_actor_id = ANY({froms}) AND to_actor_id = ANY({tos})) w
                GROUP BY from_actor_id, to_actor_id
            ), picked AS MATERIALIZED (
                -- Apart from the names: joined in one statement, the planner matched the totals by the sender alone
                -- and filtered 700,000 rows by receiver (235 ms at a million events instead of 21).
                SELECT t.from_actor_id, t.to_actor_id, t.category, t.released, t.lines, w.largest
                FROM wanted w
                JOIN exchange_direction_totals t ON t.from_actor_id = w.from_actor_id AND t.to_actor_id = w.to_actor_id
            )
            SELECT t.from_actor_id, f.slug AS from_slug, f.name AS from_name, t.to_actor_id, s.slug AS to_slug, s.name AS to_name,
                   t.category, t.released, t.lines, t.largest, (SELECT count(*) FROM exchange_directions)::int AS directions
            FROM picked t
            JOIN actors f ON f.id = t.from_actor_id
            JOIN actors s ON s.id = t.to_actor_id
            """).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new TotalRow(
            new ActorRef(r.FromActorId, r.FromSlug, r.FromName), new ActorRef(r.ToActorId, r.ToSlug, r.ToName), r.Category, r.Released, r.Lines, r.Largest, r.Directions))];
    }

    private sealed record LineSum(long ExchangeId, DetaineeCategory Category, ActorRef From, ActorRef To, int Count, int Lines);

    private sealed record TotalRow(ActorRef From, ActorRef To, string Category, long Released, int Lines, bool Largest, int Directions);

    // Column names follow the snake_case convention the context applies to every type, this one included.
    private sealed record TotalRowData(
        int FromActorId, string FromSlug, string FromName, int ToActorId, string ToSlug, string ToName,
        string Category, long Released, int Lines, bool Largest, int Directions);

    /// <summary>People released per exchange, direction and category, and in how many lines, added up by the database.</summary>
    private static Task<List<LineSum>> SumLinesAsync(IQueryable<ExchangeLine> lines, CancellationToken cancellationToken) =>
        lines.AsNoTracking()
            .GroupBy(l => new
            {
                l.ExchangeId,
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
                g.Sum(l => l.Count),
                g.Count()))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// People released per direction and category, and how many lines gave them: a category shows (even at 0) while
    /// some line names it.
    /// </summary>
    private sealed class RunningTotals
    {
        private readonly Dictionary<(int From, int To), SortedDictionary<DetaineeCategory, (long Released, int Lines)>> totals = [];

        public void Add(int from, int to, DetaineeCategory category, long released, int lines)
        {
            if (!totals.TryGetValue((from, to), out var byCategory))
            {
                totals[(from, to)] = byCategory = [];
            }

            var (sum, count) = byCategory.GetValueOrDefault(category);
            byCategory[category] = (sum + released, count + lines);
        }

        public IReadOnlyList<CategoryCount> Of(int from, int to) =>
            totals.TryGetValue((from, to), out var byCategory)
                ? [.. byCategory.Where(c => c.Value.Lines > 0).Select(c => new CategoryCount(c.Key, checked((int)c.Value.Released)))]
                : [];
    }
}
