using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

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
        var events = db.Events.AsNoTracking().Where(e => e.Status == EventStatus.Published);
        if (filter.ActorSlugs.Count > 0)
        {
            var slugs = filter.ActorSlugs.ToList();
            events = events.Where(e => db.EventInvolvements.Any(i => i.EventId == e.Id && slugs.Contains(i.Actor.Slug)));
        }

        if (filter.From is { } from) events = events.Where(e => e.OccurredOn >= from);
        if (filter.To is { } to) events = events.Where(e => e.OccurredOn <= to);

        // Counted per day in the database (a few hundred rows a year at most); weeks are folded in memory
        // because ISO weeks have no portable SQL translation.
        var perDay = await events
            .GroupBy(e => new { e.OccurredOn, e.Kind })
            .Select(g => new DayCount(g.Key.OccurredOn, g.Key.Kind, g.Count()))
            .ToListAsync(cancellationToken);
        return WeeklyKindCounts.FromDays(perDay);
    }

    /// <summary>
    /// Every pair of actors who met at the same published talks (across the table: the <c>talks_meetings</c> view,
    /// where nobody meets their own side and someone only mentioned meets nobody), with how many talks they shared
    /// and the date of the latest: one aggregate query.
    /// </summary>
    public async Task<TalksPairs> GetTalksPairsAsync(AnalysisFilter filter, int maxPairs = DefaultMaxPairs, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPairs, 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var slugs = filter.ActorSlugs.ToArray();
        // Open ends become the widest dates PostgreSQL stores, so the query keeps one shape (and one plan).
        var from = filter.From ?? DateOnly.MinValue;
        var to = filter.To ?? DateOnly.MaxValue;

        // actor_id < other_id makes each pair canonical: the view has (a, b) and (b, a), one row per event each.
        var rows = await db.Database.SqlQuery<PairRow>($"""
            WITH pairs AS (
                SELECT m.actor_id AS first_id, m.other_id AS second_id, count(*)::int AS talks, max(m.occurred_on) AS last_met
                FROM talks_meetings m
                WHERE m.actor_id < m.other_id
                  AND m.occurred_on BETWEEN {from} AND {to}
                  AND (cardinality({slugs}::text[]) = 0 OR EXISTS (
                      SELECT 1 FROM event_involvements fi JOIN actors fa ON fa.id = fi.actor_id
                      WHERE fi.event_id = m.event_id AND fa.slug = ANY({slugs}::text[])))
                GROUP BY m.actor_id, m.other_id
            )
            SELECT p.first_id, f.slug AS first_slug, f.name AS first_name,
                   p.second_id, s.slug AS second_slug, s.name AS second_name,
                   p.talks, p.last_met, count(*) OVER ()::int AS total_pairs
            FROM pairs p
            JOIN actors f ON f.id = p.first_id
            JOIN actors s ON s.id = p.second_id
            ORDER BY p.talks DESC, p.last_met DESC, f.name, s.name
            LIMIT {maxPairs}
            """).ToListAsync(cancellationToken);

        var pairs = rows
            .Select(r => new ActorPair(new ActorRef(r.FirstId, r.FirstSlug, r.FirstName), new ActorRef(r.SecondId, r.SecondSlug, r.SecondName), r.Talks, r.LastMet))
            .ToList();
        return new TalksPairs(pairs, rows.Count > 0 ? rows[0].TotalPairs : 0);
    }

    // Column names follow the snake_case convention the context applies to every type, this one included.
    private sealed record PairRow(int FirstId, string FirstSlug, string FirstName, int SecondId, string SecondSlug, string SecondName, int Talks, DateOnly LastMet, int TotalPairs);
}

public sealed record DayCount(DateOnly Day, EventKind Kind, int Count);

/// <summary>One ISO week (Monday to Sunday) and its published events per kind.</summary>
public sealed record WeekBar(DateOnly Monday, int IsoYear, int IsoWeek, IReadOnlyDictionary<EventKind, int> Counts)
{
    public int Total => Counts.Values.Sum();

    public int this[EventKind kind] => Counts.TryGetValue(kind, out var count) ? count : 0;

    /// <summary>ISO 8601 week name, e.g. 2025-W15.</summary>
    public string Name => $"{IsoYear}-W{IsoWeek:00}";
}

/// <summary>Events per week by kind, every week from the first to the last that has events, empty ones included.</summary>
public sealed record WeeklyKindCounts(IReadOnlyList<WeekBar> Weeks)
{
    public int Total => Weeks.Sum(w => w.Total);

    public static WeeklyKindCounts FromDays(IEnumerable<DayCount> days)
    {
        var byWeek = days
            .GroupBy(d => MondayOf(d.Day))
            .ToDictionary(g => g.Key, g => g.GroupBy(d => d.Kind).ToDictionary(k => k.Key, k => k.Sum(d => d.Count)));
        if (byWeek.Count == 0) return new WeeklyKindCounts([]);

        // An empty week is a bar of height zero: skipping it would squeeze time on the axis.
        var weeks = new List<WeekBar>();
        for (var monday = byWeek.Keys.Min(); monday <= byWeek.Keys.Max(); monday = monday.AddDays(7))
        {
            var start = monday.ToDateTime(TimeOnly.MinValue);
            weeks.Add(new WeekBar(monday, System.Globalization.ISOWeek.GetYear(start), System.Globalization.ISOWeek.GetWeekOfYear(start),
                byWeek.TryGetValue(monday, out var counts) ? counts : new Dictionary<EventKind, int>()));
        }

        return new WeeklyKindCounts(weeks);
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
