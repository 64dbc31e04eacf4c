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

    /// <summary>
    /// For each page, with the page cache off (every view renders from the database, as the first reader after an
    /// editor's save gets it): the SQL commands one view sends, then <paramref name="views"/> timed views for the
    /// uncached p50 and p95 server time (in process, so no network is counted) and the size of the page.
    /// </summary>
    public static async Task<IReadOnlyList<Figure>> QueriesPerPageAsync(string connectionString, IEnumerable<string> pages, int views = 20)
    {
        await using var app = new BenchApp(connectionString, realServer: false);
        using var client = app.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(5);
        var counts = new List<Figure>();
        var times = new List<Figure>();
        foreach (var page in pages)
        {
            using (var warm = await client.GetAsync(new Uri(page, UriKind.Relative))) warm.EnsureSuccessStatusCode();
            app.Commands.Reset();
            using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
            var body = await response.Content.ReadAsByteArrayAsync();
            var commands = app.Commands.Count;
            var html = response.Content.Headers.ContentType?.MediaType == "text/html";
            // A page that loads blazor.web.js could open a circuit; public pages must not.
            var circuit = html && System.Text.Encoding.UTF8.GetString(body).Contains("_framework/blazor", StringComparison.Ordinal) ? ", LOADS BLAZOR SCRIPT" : "";
            counts.Add(new Figure($"SQL per view {page}", commands, "queries", "fixed, small",
                response.StatusCode == HttpStatusCode.OK && commands <= 8 && circuit.Length == 0,
                $"{(int)response.StatusCode}, {body.Length / 1024} KB{circuit}"));

            var samples = new double[views];
            for (var i = 0; i < views; i++)
            {
                var start = Stopwatch.GetTimestamp();
                using var timed = await client.GetAsync(new Uri(page, UriKind.Relative));
                await timed.Content.ReadAsByteArrayAsync();
                samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            var timing = Timing.Of(samples);
            // The size limit is for HTML pages; exports are as long as the filter asks.
            var small = !html || body.Length <= MaxPageBytes;
            times.Add(new Figure($"Uncached p95 {page}", timing.P95, "ms", html ? "≤ 150 ms, ≤ 200 KB" : "≤ 150 ms", timing.P95 <= 150 && small,
                $"p50 {timing.P50:0} ms, {body.Length / 1024} KB{(html ? " HTML" : $" {response.Content.Headers.ContentType?.MediaType}")}, {commands} queries, {views} views"));
        }

        return [.. counts, .. times];
    }

    /// <summary>No HTML page may be larger than this (issue 13).</summary>
    public const int MaxPageBytes = 200 * 1024;

    public async Task<IReadOnlyList<Figure>> RunAsync(IReadOnlyList<string> pages)
    {
        var figures = new List<Figure>();
        using var warm = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(5) };
        foreach (var page in pages) (await warm.GetAsync(new Uri(page, UriKind.Relative))).Dispose();

        figures.Add(await TimelineAgainstStaticAsync(warm));
        figures.Add(await MemoryPerReaderAsync(pages));
        return figures;
    }

    /// <summary>
    /// /timeline (from the output cache) against a static file of the same size from the same server: the first bytes
    /// of the largest stylesheet or script the public pages link, as many as the page has (a range request), so both send the
    /// same number of bytes and the difference is what the app does per request. Taken in turns, three times.
    /// </summary>
    private async Task<Figure> TimelineAgainstStaticAsync(HttpClient client)
    {
        const string measure = "/timeline req/s ÷ static file of the same size req/s, wrk";
        if (WrkPaths.FirstOrDefault(File.Exists) is null) return new Figure(measure, null, "×", "≥ 0.5", Note: "wrk is not installed");
        var page = await client.GetStringAsync(new Uri("/timeline", UriKind.Relative));
        var size = System.Text.Encoding.UTF8.GetByteCount(page);
        // The pages link their assets relative to <base href="/">; /analysis links the chart's stylesheet too.
        var analysis = await client.GetStringAsync(new Uri("/analysis", UriKind.Relative));
        var assets = new List<(string Path, long Length)>();
        foreach (var path in Assets().Matches(page + analysis).Select(m => "/" + m.Groups[1].Value).Distinct())
        {
            // Read whole: a HEAD of a static asset carries no length.
            using var asset = await client.GetAsync(new Uri(path, UriKind.Relative));
            if (asset.IsSuccessStatusCode) assets.Add((path, (await asset.Content.ReadAsByteArrayAsync()).LongLength));
        }

        if (assets.Count == 0) return new Figure(measure, null, "×", "≥ 0.5", Note: "the pages link no stylesheet or script");
        var (largest, assetLength) = assets.MaxBy(a => a.Length);
        var sent = Math.Min(size, assetLength);
        var range = $"Range: bytes=0-{sent - 1}";
        var runs = new List<(double Timeline, double Static)>();
        for (var run = 0; run < QueryMeasures.RatioRuns; run++)
        {
            if (await WrkAsync("/timeline") is not { } timeline || await WrkAsync(largest, range) is not { } file) break;
            runs.Add((timeline, file));
        }

        return runs.Count == 0
            ? new Figure(measure, null, "×", "≥ 0.5", Note: "wrk gave no figure")
            : Ratio.Of(measure, [.. runs.Select(r => r.Timeline / r.Static)], "≥ 0.5", m => m >= 0.5,
                $"{string.Join(" / ", runs.Select(r => $"{r.Timeline:N0} vs {r.Static:N0}"))} req/s; /timeline {size / 1024} KB, {largest} first {sent / 1024} KB"
                + $"{(sent < size ? " (the largest asset is smaller than the page)" : "")}; {options.WrkConnections} connections, {options.WrkSeconds} s each");
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

    private async Task<double?> WrkAsync(string path, string? header = null)
    {
        var wrk = WrkPaths.FirstOrDefault(File.Exists);
        if (wrk is null) return null;
        string[] arguments = ["-t2", $"-c{options.WrkConnections}", $"-d{options.WrkSeconds}s", .. header is null ? Array.Empty<string>() : ["-H", header], new Uri(baseUrl, path).ToString()];
        var start = new ProcessStartInfo(wrk, arguments)
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

    [GeneratedRegex(@"(?:href|src)=""/?([^""?#:]+\.(?:css|js))""")]
    private static partial Regex Assets();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
