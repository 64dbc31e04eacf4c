using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CeasefireTracker.Web.Features.Timeline;
using Npgsql;

namespace CeasefireTracker.Benchmarks;

/// <summary>What readers cost the server: SQL per page view, throughput under wrk, memory per connected reader.</summary>
public sealed partial class HttpMeasures(BenchOptions options, Uri baseUrl, int serverPid)
{
    private static readonly string[] WrkPaths = ["/usr/bin/wrk", "/usr/local/bin/wrk"];

    /// <summary>Every public page, with the data's own slugs and the first-page filter of the query measures.</summary>
    public static async Task<List<string>> PublicPagesAsync(string connectionString, TimelineFilter filter)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("""
            SELECT (SELECT slug FROM events WHERE status = 'Published' ORDER BY occurred_on DESC, id DESC LIMIT 1),
                   (SELECT slug FROM events WHERE status = 'Published' AND kind = 'Claim' ORDER BY occurred_on DESC, id DESC LIMIT 1)
            """);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var actor = filter.ActorSlugs[0];
        var (rare, common) = (QueryMeasures.SearchTerms().First().Term, QueryMeasures.SearchTerms().ElementAt(1).Term);
        return
        [
            "/timeline", "/timeline" + filter.ToQueryString(), $"/search?q={rare}", $"/timeline?q={common}",
            $"/events/{reader.GetString(0)}", $"/events/{reader.GetString(1)}", "/claims", "/exchanges", "/ceasefires",
            "/actors", $"/actors/{actor}", "/analysis", $"/analysis?actor={actor}", "/tracks", "/feed.atom", "/api/events", "/timeline.csv?kind=talks&from=2026-10-01",
        ];
    }

    /// <summary>SQL commands and wall time of one uncached view of each page, after one warm-up view.</summary>
    public static async Task<IReadOnlyList<Figure>> QueriesPerPageAsync(string connectionString, IEnumerable<string> pages)
    {
        await using var app = new BenchApp(connectionString, realServer: false);
        using var client = app.CreateClient();
        var figures = new List<Figure>();
        foreach (var page in pages)
        {
            using (var warm = await client.GetAsync(new Uri(page, UriKind.Relative))) warm.EnsureSuccessStatusCode();
            app.Commands.Reset();
            var start = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            // A page that loads blazor.web.js could open a circuit; public pages must not.
            var circuit = html.Contains("_framework/blazor", StringComparison.Ordinal) ? ", LOADS BLAZOR SCRIPT" : "";
            figures.Add(new Figure($"SQL per view {page}", app.Commands.Count, "queries", "fixed, small",
                response.StatusCode == HttpStatusCode.OK && app.Commands.Count <= 8 && circuit.Length == 0,
                $"{(int)response.StatusCode}, {html.Length / 1024} KB, uncached {elapsed:0} ms{circuit}"));
        }

        return figures;
    }

    public async Task<IReadOnlyList<Figure>> RunAsync(IReadOnlyList<string> pages)
    {
        var figures = new List<Figure>();
        using var warm = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(5) };
        foreach (var page in pages) (await warm.GetAsync(new Uri(page, UriKind.Relative))).Dispose();

        var timelineRate = await WrkAsync("/timeline");
        var trivialRate = await WrkAsync("/favicon.svg");
        figures.Add(timelineRate is { } t && trivialRate is { } s
            ? new Figure("/timeline req/s ÷ trivial endpoint (/favicon.svg) req/s, wrk", t / s, "×", "≥ 0.5", t / s >= 0.5,
                $"{t:N0} vs {s:N0} req/s, {options.WrkConnections} connections, {options.WrkSeconds} s each")
            : new Figure("/timeline req/s ÷ trivial endpoint req/s", null, "×", "≥ 0.5", Note: "wrk is not installed"));

        figures.Add(await MemoryPerReaderAsync(pages));
        return figures;
    }

    /// <summary>
    /// Resident memory of the server before and while many readers are connected, each with a cookie jar and a
    /// kept-alive connection, having read an actor's timeline and an event page.
    /// </summary>
    private async Task<Figure> MemoryPerReaderAsync(IReadOnlyList<string> pages)
    {
        await using var dataSource = NpgsqlDataSource.Create(options.ConnectionString);
        var actors = new List<string>();
        await using (var command = dataSource.CreateCommand("SELECT slug FROM actors ORDER BY id LIMIT @n"))
        {
            command.Parameters.AddWithValue("n", 20);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) actors.Add(reader.GetString(0));
        }

        // Each reader reads one of a few actors' timelines and an event page. They are rendered once first, so the
        // figure is what a connected reader holds (connection, cookies, buffers), not the cost of rendering pages.
        string[] ReaderPages(int i) => [$"/timeline?actor={actors[i % actors.Count]}", pages[4]];
        using (var warm = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(5) })
        {
            foreach (var page in Enumerable.Range(0, 20).SelectMany(ReaderPages).Distinct()) (await warm.GetAsync(new Uri(page, UriKind.Relative))).Dispose();
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        var before = ResidentKilobytes();
        var readers = Enumerable.Range(0, options.Sessions).Select(_ => new HttpClient(new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
        }) { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(5) }).ToList();
        try
        {
            await Parallel.ForEachAsync(readers.Select((client, i) => (client, i)), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (reader, token) =>
            {
                foreach (var page in ReaderPages(reader.i))
                {
                    using var response = await reader.client.GetAsync(new Uri(page, UriKind.Relative), token);
                    response.EnsureSuccessStatusCode();
                }
            });
            await Task.Delay(TimeSpan.FromSeconds(2));
            var after = ResidentKilobytes();
            var perReader = (double)(after - before) / options.Sessions;
            return new Figure("Server memory per connected reader", perReader, "KB", "≤ 300 KB", perReader <= 300,
                $"RSS {before / 1024} MB → {after / 1024} MB with {options.Sessions} readers connected, each with its own connection and cookie jar; no page loads a circuit script");
        }
        finally
        {
            foreach (var reader in readers) reader.Dispose();
        }
    }

    private long ResidentKilobytes()
    {
        var line = File.ReadLines($"/proc/{serverPid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(Digits().Match(line).Value, CultureInfo.InvariantCulture);
    }

    private async Task<double?> WrkAsync(string path)
    {
        var wrk = WrkPaths.FirstOrDefault(File.Exists);
        if (wrk is null) return null;
        var start = new ProcessStartInfo(wrk, ["-t2", $"-c{options.WrkConnections}", $"-d{options.WrkSeconds}s", new Uri(baseUrl, path).ToString()])
        {
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var match = RequestsPerSecond().Match(output);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
