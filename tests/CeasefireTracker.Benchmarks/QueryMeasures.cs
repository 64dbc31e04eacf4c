using System.Diagnostics;
using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.DataGenerator;
using CeasefireTracker.Web.Features.Shared;
using CeasefireTracker.Web.Features.Timeline;
using CeasefireTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CeasefireTracker.Benchmarks;

/// <summary>
/// The timeline and search queries, timed through the real <see cref="TimelineService"/> and, for the first page,
/// through plain Npgsql with the SQL one would write by hand for the same rows.
/// </summary>
public sealed class QueryMeasures(BenchOptions options) : IAsyncDisposable
{
    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(options.ConnectionString);

    private readonly TimelineService timeline = new(Contexts(options.ConnectionString));

    /// <summary>The filter of the first-page measure: the most active person, talks, the last two years of the data.</summary>
    public async Task<TimelineFilter> FirstPageFilterAsync()
    {
        await using var command = dataSource.CreateCommand("""
            SELECT (SELECT slug FROM actors WHERE kind = 'Person' ORDER BY id LIMIT 1),
                   (SELECT max(occurred_on) FROM events WHERE status = 'Published')
            """);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var last = reader.GetFieldValue<DateOnly>(1);
        return new TimelineFilter { ActorSlugs = [reader.GetString(0)], Kinds = [EventKind.Talks], From = last.AddYears(-2), To = last };
    }

    public async Task<IReadOnlyList<Figure>> RunAsync()
    {
        var figures = new List<Figure>();
        var filter = await FirstPageFilterAsync();

        // Taken in turns, so that a change of load on a shared machine weighs on both alike; three runs, so one
        // unlucky run does not decide the figure.
        var runs = new List<(Timing App, Timing Raw)>();
        for (var run = 0; run < RatioRuns; run++)
        {
            runs.Add(await TimeInTurnsAsync(() => timeline.GetPageAsync(filter), () => HandWrittenPageAsync(filter)));
        }

        var appRows = (await timeline.GetPageAsync(filter)).Items.Count;
        var rawRows = (await HandWrittenPageAsync(filter)).Count;
        figures.Add(Ratio.Of("Timeline first page: app ÷ hand-written SQL (p50)", [.. runs.Select(r => r.App.P50 / r.Raw.P50)], 1.3,
            $"app {string.Join(" / ", runs.Select(r => $"{r.App.P50:0.00}"))} ms, Npgsql {string.Join(" / ", runs.Select(r => $"{r.Raw.P50:0.00}"))} ms, {appRows}/{rawRows} rows; {string.Join(", ", filter.ActorSlugs)}, talks, {filter.From:yyyy-MM-dd}…{filter.To:yyyy-MM-dd}"));
        var app = runs.OrderBy(r => r.App.P50).ElementAt(runs.Count / 2).App;
        figures.Add(new Figure("Timeline first page p50 (app, the median run)", app.P50, "ms", "≤ 15 ms", app.P50 <= 15, $"p95 {app.P95:0.00} ms"));

        var withCounts = await TimeAsync(() => timeline.GetPageWithKindCountsAsync(filter), InformationalIterations);
        figures.Add(new Figure("Same page as /timeline renders it (with counts per kind) p50", withCounts.P50, "ms", Note: $"p95 {withCounts.P95:0.00} ms"));

        var all = new TimelineFilter();
        var deepCursor = await CursorAfterAsync(100_000);
        if (deepCursor is not null)
        {
            var deepRuns = new List<(Timing Deep, Timing First)>();
            for (var run = 0; run < RatioRuns; run++)
            {
                deepRuns.Add(await TimeInTurnsAsync(() => timeline.GetPageAsync(all with { After = deepCursor }), () => timeline.GetPageAsync(all)));
            }

            figures.Add(Ratio.Of("Deep page (after 100,000 rows) ÷ first page, whole timeline (p50)", [.. deepRuns.Select(r => r.Deep.P50 / r.First.P50)], 1.2,
                $"deep {string.Join(" / ", deepRuns.Select(r => $"{r.Deep.P50:0.00}"))} ms, first {string.Join(" / ", deepRuns.Select(r => $"{r.First.P50:0.00}"))} ms, cursor {deepCursor}"));
        }
        else
        {
            figures.Add(new Figure("Deep page (after 100,000 rows) ÷ first page", null, "×", "≤ 1.2×", Note: "fewer than 100,000 published events"));
        }

        foreach (var (label, term) in SearchTerms())
        {
            var search = await TimeAsync(() => timeline.GetPageAsync(new TimelineFilter { Query = term }));
            var found = (await timeline.GetPageAsync(new TimelineFilter { Query = term })).Items.Count;
            figures.Add(new Figure($"Search top 50, {label} “{term}” p95", search.P95, "ms", "≤ 50 ms", search.P95 <= 50, $"p50 {search.P50:0.00} ms, {found} rows on the page"));
            var page = await TimeAsync(() => timeline.GetPageWithKindCountsAsync(new TimelineFilter { Query = term }), InformationalIterations);
            figures.Add(new Figure($"  the same as /search renders it (counts, best matches) p95", page.P95, "ms", Note: $"p50 {page.P50:0.00} ms"));
        }

        return figures;
    }

    public static IEnumerable<(string Label, string Term)> SearchTerms() =>
    [
        ("rare term", SyntheticVocabulary.Word(SyntheticVocabulary.RareRank)),
        ("common term", SyntheticVocabulary.CommonTerm),
        ("term found nowhere", "qqxyzzyq"),
    ];

    /// <summary>
    /// The first page's two statements (actor named, the page with its actors) written by hand, the page as one
    /// would write it knowing the indexes (the actor's ids in timeline order from the participants' index, then
    /// those rows and their actors): the floor the app's query is held against.
    /// </summary>
    public async Task<List<TimelineItem>> HandWrittenPageAsync(TimelineFilter filter)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        int actorId;
        await using (var command = new NpgsqlCommand("SELECT id FROM actors WHERE slug = @slug", connection))
        {
            command.Parameters.AddWithValue("slug", filter.ActorSlugs.Single());
            actorId = (int)(await command.ExecuteScalarAsync())!;
        }

        var rows = new List<(long Id, string Slug, EventKind Kind, string Title, string? Summary, EventWindow Window, string? Place)>();
        var actors = new Dictionary<long, List<(int Rank, ActorRef Actor, int? SideId)>>();
        // The page from the actor's involvements (one per event), then everyone involved in its events with their role
        // and side as participants: the same rows and actors the app reads, in one statement.
        await using (var command = new NpgsqlCommand("""
            SELECT e.id, e.slug, e.kind, e.title, e.summary, e.occurred_on, e.date_precision,
                   e.starts_at, e.ends_on, e.end_precision, e.ends_at, e.time_zone, e.place, a.id, a.slug, a.name, i.participant_role, i.represents_id
            FROM (
                SELECT c.event_occurred_on, c.event_id FROM event_involvements c
                WHERE c.actor_id = @actor AND c.event_status = 'Published' AND c.event_kind = @kind
                  AND c.event_occurred_on BETWEEN @from AND @to
                ORDER BY c.event_occurred_on DESC, c.event_id DESC
                LIMIT 51) page
            JOIN events e ON e.id = page.event_id
            JOIN event_involvements i ON i.event_id = e.id
            JOIN actors a ON a.id = i.actor_id
            ORDER BY e.occurred_on DESC, e.id DESC
            """, connection))
        {
            command.Parameters.AddWithValue("actor", actorId);
            command.Parameters.AddWithValue("kind", filter.Kinds.Single().ToString());
            command.Parameters.AddWithValue("from", filter.From!.Value);
            command.Parameters.AddWithValue("to", filter.To!.Value);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var id = reader.GetInt64(0);
                if (rows.Count == 0 || rows[^1].Id != id)
                {
                    var window = new EventWindow(
                        reader.GetFieldValue<DateOnly>(5), Enum.Parse<DatePrecision>(reader.GetString(6)),
                        reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7),
                        reader.IsDBNull(8) ? null : reader.GetFieldValue<DateOnly>(8),
                        reader.IsDBNull(9) ? null : Enum.Parse<DatePrecision>(reader.GetString(9)),
                        reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTimeOffset>(10),
                        reader.IsDBNull(11) ? null : reader.GetString(11));
                    rows.Add((id, reader.GetString(1), Enum.Parse<EventKind>(reader.GetString(2)), reader.GetString(3),
                        reader.IsDBNull(4) ? null : reader.GetString(4), window, reader.IsDBNull(12) ? null : reader.GetString(12)));
                }

                var list = actors.TryGetValue(id, out var found) ? found : actors[id] = [];
                var rank = reader.IsDBNull(16) ? int.MaxValue : (int)Enum.Parse<ParticipantRole>(reader.GetString(16));
                list.Add((rank, new ActorRef(reader.GetInt32(13), reader.GetString(14), reader.GetString(15)), reader.IsDBNull(17) ? null : reader.GetInt32(17)));
            }
        }

        return rows.Take(50).Select(r =>
        {
            var list = actors.TryGetValue(r.Id, out var found) ? found : [];
            return new TimelineItem(r.Id, r.Slug, r.Kind, r.Title, r.Summary, r.Window.StartDate, r.Window.StartPrecision, r.Place,
                list.OrderBy(x => x.Rank).ThenBy(x => x.Actor.Name, StringComparer.CurrentCulture).Select(x => x.Actor).DistinctBy(a => a.Id).ToList())
            {
                Window = r.Window,
                Representing = [.. list.Where(x => x.SideId is not null).Select(x => new Representation(x.Actor, (ParticipantRole)x.Rank, list.First(y => y.Actor.Id == x.SideId).Actor))],
            };
        }).ToList();
    }

    private async Task<TimelineCursor?> CursorAfterAsync(int rows)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT occurred_on, id FROM events WHERE status = 'Published' ORDER BY occurred_on DESC, id DESC OFFSET @skip LIMIT 1");
        command.Parameters.AddWithValue("skip", rows - 1);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? new TimelineCursor(reader.GetFieldValue<DateOnly>(0), reader.GetInt64(1)) : null;
    }

    /// <summary>Each ratio is measured this many times; the figure is the median, the note gives every run and the spread.</summary>
    public const int RatioRuns = 3;

    /// <summary>Runs of the measures printed for information only (no target): enough for a p50 and a rough p95.</summary>
    private int InformationalIterations => Math.Min(options.Iterations, 20);

    private async Task<Timing> TimeAsync<T>(Func<Task<T>> run, int? iterations = null)
    {
        // Warm-up: connection pool, EF's query cache, PostgreSQL's buffers.
        for (var i = 0; i < Math.Min(5, options.Iterations); i++) await run();
        var samples = new double[iterations ?? options.Iterations];
        for (var i = 0; i < samples.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await run();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        return Timing.Of(samples);
    }

    /// <summary>Two measures run alternately, one sample of each in turn, after the same warm-up.</summary>
    private async Task<(Timing A, Timing B)> TimeInTurnsAsync<TA, TB>(Func<Task<TA>> a, Func<Task<TB>> b)
    {
        for (var i = 0; i < Math.Min(5, options.Iterations); i++)
        {
            await a();
            await b();
        }

        var (samplesA, samplesB) = (new double[options.Iterations], new double[options.Iterations]);
        for (var i = 0; i < options.Iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await a();
            samplesA[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            start = Stopwatch.GetTimestamp();
            await b();
            samplesB[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        return (Timing.Of(samplesA), Timing.Of(samplesB));
    }

    public async ValueTask DisposeAsync() => await dataSource.DisposeAsync();

    /// <summary>The app's own factory (pooled contexts, the primary only), with options from the app's configuration code.</summary>
    private static TrackerContexts Contexts(string connectionString) =>
        new((DbContextOptions<TrackerDbContext>)DatabaseSetup.Configure(new DbContextOptionsBuilder<TrackerDbContext>(), connectionString).Options,
            readOnly: null, new HttpContextAccessor());
}

public sealed record Timing(double P50, double P95)
{
    public static Timing Of(double[] samples)
    {
        Array.Sort(samples);
        double At(double q) => samples[Math.Min(samples.Length - 1, (int)Math.Ceiling(q * samples.Length) - 1)];
        return new Timing(At(0.5), At(0.95));
    }
}
