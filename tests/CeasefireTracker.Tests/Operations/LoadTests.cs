using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.DemoData;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CeasefireTracker.Tests.Operations;

/// <summary>
/// 200 readers at once for a minute against the public pages, through real Kestrel on loopback: no request may fail.
/// The latency percentiles are reported, not asserted (they depend on the machine). CEASEFIRE_LOAD_SECONDS and
/// CEASEFIRE_LOAD_READERS change the run (scripts/load.sh passes them on). It runs alone, after the other tests, with
/// the page cache on as in production, so its figures describe the app rather than the rest of the test run.
/// </summary>
[Collection(LoadCollection.Name)]
public sealed class LoadTests(ITestOutputHelper output) : IAsyncLifetime
{
    // Below PostgreSQL's default max_connections (100), which other test databases on the server share.
    private const int PoolSize = 20;

    private readonly TestDatabase database = new();
    private TrackerAppFactory app = null!;

    public async ValueTask InitializeAsync()
    {
        await database.InitializeAsync();
        await database.Get<DemoDataLoader>().LoadAsync(Cancel);
        var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxPoolSize = PoolSize }.ConnectionString;
        app = new TrackerAppFactory(connectionString, realServer: true, pageCache: true);
        app.StartServer();
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Two_hundred_readers_for_a_minute_get_every_page_without_an_error()
    {
        var duration = TimeSpan.FromSeconds(Setting("CEASEFIRE_LOAD_SECONDS", 60));
        var readers = Setting("CEASEFIRE_LOAD_READERS", 200);
        var paths = await ReaderPathsAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = readers }) { BaseAddress = new Uri(address) };

        var latencies = new ConcurrentBag<double>();
        var errors = new ConcurrentBag<string>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, readers).Select(reader => Task.Run(async () =>
        {
            for (var i = reader; clock.Elapsed < duration; i++)
            {
                var path = paths[i % paths.Count];
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
                    await response.Content.ReadAsByteArrayAsync(Cancel);
                    if (!response.IsSuccessStatusCode) errors.Add($"{path}: {(int)response.StatusCode}");
                }
                catch (HttpRequestException ex)
                {
                    errors.Add($"{path}: {ex.Message}");
                }

                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }, Cancel)));
        clock.Stop();

        var sorted = latencies.Order().ToArray();
        double Percentile(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{readers} readers, {clock.Elapsed.TotalSeconds:0} s, {paths.Count} addresses: {sorted.Length} requests ({sorted.Length / clock.Elapsed.TotalSeconds:0} per second), {errors.Count} errors"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"latency ms: p50 {Percentile(0.50):0.0}, p90 {Percentile(0.90):0.0}, p99 {Percentile(0.99):0.0}, max {sorted[^1]:0.0}"));
        Assert.True(errors.IsEmpty, $"{errors.Count} failed requests, e.g.:\n{string.Join('\n', errors.Distinct().Take(10))}");
    }

    /// <summary>What readers open: the timeline plain and filtered, searches, every event and a mix of actor pages.</summary>
    private async Task<List<string>> ReaderPathsAsync()
    {
        await using var db = database.CreateContext();
        var events = await db.Events.Where(e => e.Status == EventStatus.Published).Select(e => "/events/" + e.Slug).ToListAsync(Cancel);
        var actors = await db.Actors.OrderBy(a => a.Slug).Select(a => "/actors/" + a.Slug).ToListAsync(Cancel);
        return
        [
            "/timeline", "/", "/timeline?actor=steve-witkoff&kind=talks", "/timeline?actor=united-states&actor=russia&match=all",
            "/timeline?kind=claim&from=2025-03-01&to=2025-04-30", "/search?q=ceasefire", "/search?q=Зеленський", "/actors",
            "/actors?kind=person", .. events, .. actors,
        ];
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadCollection
{
    public const string Name = "load";
}
