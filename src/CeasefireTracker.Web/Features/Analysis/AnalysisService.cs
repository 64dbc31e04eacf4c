using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CeasefireTracker.Web.Features.Analysis;

/// <summary>
/// The numbers behind the analyst views, for the window an <see cref="AnalysisFilter"/> describes (any of its actors,
/// its dates). Two queries whatever the data holds.
/// </summary>
public sealed class AnalysisService(IDbContextFactory<TrackerDbContext> contexts)
{
    /// <summary>
    /// More pairs than this make neither a readable network nor a useful table; the most frequent ones are kept
    /// and the page says how many there were.
    /// </summary>
    public const int DefaultMaxPairs = 40;

    public async Task<WeeklyKindCounts> GetWeeklyCountsAsync(AnalysisFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Open ends become the widest dates PostgreSQL stores, so each query keeps one shape (and one plan).
        var from = filter.From ?? DateOnly.MinValue;
        var to = filter.To ?? DateOnly.MaxValue;

        // Counted per day (a few rows a day at most); weeks are folded in memory because ISO weeks have no portable
        // SQL translation.
        List<DayCount> perDay;
        if (filter.ActorSlugs.Count == 0)
        {
            // Everyone: the counts the triggers keep (migration ReadAggregates), never the events themselves.
            var rows = await db.Database.SqlQuery<DayRow>($"""
                SELECT day, kind, events FROM published_day_counts WHERE day BETWEEN {from} AND {to}
                """).ToListAsync(cancellationToken);
            perDay = [.. rows.Select(r => new DayCount(r.Day, Enum.Parse<EventKind>(r.Kind), r.Events))];
        }
        else if (filter.ActorSlugs.Count == 1)
        {
            // One actor: the counts the triggers keep for them (migration ActorDayCounts), a range of its key.
            var rows = await db.Database.SqlQuery<DayRow>($"""
                SELECT c.day, c.kind, c.events FROM actor_day_counts c
                WHERE c.actor_id = (SELECT id FROM actors WHERE slug = {filter.ActorSlugs[0]}) AND c.day BETWEEN {from} AND {to}
                """).ToListAsync(cancellationToken);
            perDay = [.. rows.Select(r => new DayCount(r.Day, Enum.Parse<EventKind>(r.Kind), r.Events))];
        }
        else
        {
            // Several actors: their involvements, an index-only range scan of each actor's published entries, an event
            // two of them share counted once (which per-actor counts cannot tell).
            var slugs = filter.ActorSlugs.ToList();
            perDay = await db.EventInvolvements.AsNoTracking()
                .Where(i => slugs.Contains(i.Actor.Slug) && i.EventStatus == EventStatus.Published
                    && i.EventOccurredOn >= from && i.EventOccurredOn <= to)
                .GroupBy(i => new { i.EventOccurredOn, i.EventKind })
                .Select(g => new DayCount(g.Key.EventOccurredOn, g.Key.EventKind, g.Select(i => i.EventId).Distinct().Count()))
                .ToListAsync(cancellationToken);
        }

        return WeeklyKindCounts.FromDays(perDay);
    }

    /// <summary>
    /// Every pair of actors who met at the same published talks (across the table: nobody meets their own side and
    /// someone only mentioned meets nobody), with how many talks they shared and the date of the latest: one query on
    /// the pairs the triggers keep (migrations ReadAggregates, ActorTalksPairCounts). The whole record reads
    /// <c>talks_pair_counts</c>, or for one actor <c>actor_talks_pair_counts</c>; a date window reads that window's
    /// meetings, and chosen actors their own talks' meetings.
    /// </summary>
    public async Task<TalksPairs> GetTalksPairsAsync(AnalysisFilter filter, int maxPairs = DefaultMaxPairs, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPairs, 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var from = filter.From ?? DateOnly.MinValue;
        var to = filter.To ?? DateOnly.MaxValue;
        var wholeRecord = filter.From is null && filter.To is null;
        var source = (filter.ActorSlugs.Count, wholeRecord) switch
        {
            (0, true) => AllPairsSql,
            (0, false) => WindowPairsSql,
            (1, true) => ActorAllPairsSql,
            _ => ActorPairsSql,
        };
        // The kept counts are read twice (the top from an index, the number of pairs); pairs counted here, once.
        var materialized = source is AllPairsSql or ActorAllPairsSql ? "NOT MATERIALIZED" : "MATERIALIZED";

        // The most frequent pairs are found before any name is joined (on the whole record, a walk down an index of
        // the counts); names only break ties among them. The text put in is one of this class's constants; the
        // values go as parameters.
#pragma warning disable EF1002
        var rows = await db.Database.SqlQueryRaw<PairRow>($"""
            WITH pairs AS {materialized} ({source}),
            top_pairs AS (SELECT * FROM pairs ORDER BY talks DESC, last_met DESC FETCH FIRST (@max_pairs) ROWS WITH TIES)
            SELECT p.first_id, f.slug AS first_slug, f.name AS first_name,
                   p.second_id, s.slug AS second_slug, s.name AS second_name,
                   p.talks, p.last_met, (SELECT count(*) FROM pairs)::int AS total_pairs
            FROM top_pairs p
            JOIN actors f ON f.id = p.first_id
            JOIN actors s ON s.id = p.second_id
            ORDER BY p.talks DESC, p.last_met DESC, f.name, s.name
            LIMIT @max_pairs
            """,
            new NpgsqlParameter("slugs", filter.ActorSlugs.ToArray()),
            new NpgsqlParameter("from", from),
            new NpgsqlParameter("to", to),
            new NpgsqlParameter("max_pairs", maxPairs)).ToListAsync(cancellationToken);
#pragma warning restore EF1002

        var pairs = rows
            .Select(r => new ActorPair(new ActorRef(r.FirstId, r.FirstSlug, r.FirstName), new ActorRef(r.SecondId, r.SecondSlug, r.SecondName), r.Talks, r.LastMet))
            .ToList();
        return new TalksPairs(pairs, rows.Count > 0 ? rows[0].TotalPairs : 0);
    }

    private const string AllPairsSql = "SELECT first_id, second_id, talks, last_met FROM talks_pair_counts";

    /// <summary>
    /// The meetings at one actor's talks over the whole record, as the triggers keep them (migration
    /// ActorTalksPairCounts). Two or more actors' talks may overlap, and a talks they share must count once: those are
    /// counted from the meetings (<see cref="ActorPairsSql"/>), as is a window.
    /// </summary>
    private const string ActorAllPairsSql = """
        SELECT first_id, second_id, talks, last_met FROM actor_talks_pair_counts
        WHERE actor_id = (SELECT id FROM actors WHERE slug = (@slugs::text[])[1])
        """;

    /// <summary>The meetings in a date window.</summary>
    private const string WindowPairsSql = """
        SELECT p.first_id, p.second_id, count(*)::int AS talks, max(p.occurred_on) AS last_met
        FROM talks_event_pairs p
        WHERE p.occurred_on BETWEEN @from AND @to
        GROUP BY p.first_id, p.second_id
        """;

    /// <summary>
    /// The meetings at the chosen actors' talks (any of them) in the window: their talks from their involvements (index
    /// ranges), then each talks' pairs by its key; never a pass over every meeting in the window.
    /// </summary>
    private const string ActorPairsSql = """
        SELECT p.first_id, p.second_id, count(*)::int AS talks, max(p.occurred_on) AS last_met
        FROM (SELECT DISTINCT i.event_id
              FROM event_involvements i JOIN actors a ON a.id = i.actor_id
              WHERE a.slug = ANY(@slugs::text[]) AND i.event_kind = 'Talks' AND i.event_status = 'Published'
                AND i.event_occurred_on BETWEEN @from AND @to) talks
        JOIN talks_event_pairs p ON p.event_id = talks.event_id
        WHERE p.occurred_on BETWEEN @from AND @to
        GROUP BY p.first_id, p.second_id
        """;

    // Column names follow the snake_case convention the context applies to every type, these included.
    private sealed record DayRow(DateOnly Day, string Kind, int Events);

    private sealed record PairRow(int FirstId, string FirstSlug, string FirstName, int SecondId, string SecondSlug, string SecondName, int Talks, DateOnly LastMet, int TotalPairs);
}

public sealed record DayCount(DateOnly Day, EventKind Kind, int Count);

/// <summary>
/// One ISO week (Monday to Sunday) and its published events per kind; or, on a chart of years
/// (<see cref="IsMonth"/>), one calendar month, starting on its first day.
/// </summary>
public sealed record WeekBar(DateOnly Monday, int IsoYear, int IsoWeek, IReadOnlyDictionary<EventKind, int> Counts)
{
    public bool IsMonth { get; init; }

    public int Total => Counts.Values.Sum();

    public int this[EventKind kind] => Counts.TryGetValue(kind, out var count) ? count : 0;

    /// <summary>ISO 8601 name of the week or month, e.g. 2025-W15 or 2025-04.</summary>
    public string Name => IsMonth ? Monday.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) : $"{IsoYear}-W{IsoWeek:00}";
}

/// <summary>
/// Events per week by kind, every week from the first to the last that has events, empty ones included; per month
/// instead when that would be more than <see cref="MaxWeeks"/> weeks (years of bars are neither readable on a phone
/// nor a page of reasonable size: ten years of weeks made 670 KB of HTML).
/// </summary>
public sealed record WeeklyKindCounts(IReadOnlyList<WeekBar> Weeks)
{
    public const int MaxWeeks = 104;

    public int Total => Weeks.Sum(w => w.Total);

    /// <summary>Whether each bar is a month (a window longer than <see cref="MaxWeeks"/> weeks).</summary>
    public bool ByMonth => Weeks.Count > 0 && Weeks[0].IsMonth;

    public static WeeklyKindCounts FromDays(IEnumerable<DayCount> days)
    {
        var list = days.ToList();
        if (list.Count == 0) return new WeeklyKindCounts([]);
        var (first, last) = (list.Min(d => d.Day), list.Max(d => d.Day));
        var byMonth = (MondayOf(last).DayNumber - MondayOf(first).DayNumber) / 7 + 1 > MaxWeeks;
        Func<DateOnly, DateOnly> start = byMonth ? d => new DateOnly(d.Year, d.Month, 1) : MondayOf;
        var byPeriod = list
            .GroupBy(d => start(d.Day))
            .ToDictionary(g => g.Key, g => g.GroupBy(d => d.Kind).ToDictionary(k => k.Key, k => k.Sum(d => d.Count)));

        // An empty week is a bar of height zero: skipping it would squeeze time on the axis.
        var bars = new List<WeekBar>();
        for (var period = start(first); period <= start(last); period = byMonth ? period.AddMonths(1) : period.AddDays(7))
        {
            var day = period.ToDateTime(TimeOnly.MinValue);
            bars.Add(new WeekBar(period, System.Globalization.ISOWeek.GetYear(day), System.Globalization.ISOWeek.GetWeekOfYear(day),
                byPeriod.TryGetValue(period, out var counts) ? counts : new Dictionary<EventKind, int>()) { IsMonth = byMonth });
        }

        return new WeeklyKindCounts(bars);
    }

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}

/// <summary>Two actors who took part in the same talks; <see cref="First"/> has the lower id, so each pair appears once.</summary>
public sealed record ActorPair(ActorRef First, ActorRef Second, int Talks, DateOnly LastMet);

/// <summary>The most frequent pairs, and how many pairs there were before the cap.</summary>
public sealed record TalksPairs(IReadOnlyList<ActorPair> Pairs, int TotalPairs)
{
    public bool IsCapped => TotalPairs > Pairs.Count;
}
