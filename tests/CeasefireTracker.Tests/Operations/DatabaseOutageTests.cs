using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Parser;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Infrastructure;

namespace CeasefireTracker.Tests.Operations;

/// <summary>
/// The app while its PostgreSQL server goes away and comes back, on a throwaway server the test controls. Readers
/// get a clear 503 page instead of an error, /health says Unhealthy, and the app recovers without a restart.
/// </summary>
public sealed class DatabaseOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan RecoveryLimit = TimeSpan.FromSeconds(10);
    private static readonly string[] Pages = ["/timeline", "/events/witkoff-putin-talks-2025-03", "/actors", "/actors/steve-witkoff", "/claims", "/analysis", "/search?q=ceasefire"];

    private readonly ThrowawayPostgres server = new();
    private TrackerAppFactory app = null!;
    private HttpClient client = null!;

    public async ValueTask InitializeAsync()
    {
        await server.InitializeAsync();
        var connectionString = await server.CreateDatabaseAsync("tracker");
        await AppServices.LoadDemoDataAsync(connectionString, Cancel);
        app = new TrackerAppFactory(connectionString);
        client = app.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task While_the_database_is_down_pages_say_so_with_a_503_and_the_app_recovers_by_itself()
    {
        await AssertAllPagesServedAsync("before the outage");

        await server.StopAsync();

        using (var page = await client.GetAsync(new Uri("/timeline?actor=russia", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Equal(DatabaseOutage.RetryAfterSeconds, (int)page.Headers.RetryAfter!.Delta!.Value.TotalSeconds);
            var document = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync(Cancel));
            Assert.Equal("Temporarily unavailable", document.QuerySelector("h1")!.TextContent);
            // The page reloads itself and offers the same address again.
            Assert.NotNull(document.QuerySelector("meta[http-equiv=refresh]"));
            Assert.Equal("/timeline?actor=russia", document.QuerySelector("main a")!.GetAttribute("href"));
        }

        using (var api = await client.GetAsync(new Uri("/api/events", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
            Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, await HealthAsync());

        await server.StartAsync();
        var back = Stopwatch.StartNew();
        while (await HealthAsync() != HttpStatusCode.OK && back.Elapsed < RecoveryLimit * 3)
        {
            await Task.Delay(100, Cancel);
        }

        output.WriteLine($"Healthy again {back.Elapsed.TotalSeconds:0.00} s after PostgreSQL accepted connections.");
        Assert.True(back.Elapsed < RecoveryLimit, $"The app took {back.Elapsed.TotalSeconds:0.0} s to recover");
        await AssertAllPagesServedAsync("after the outage");
    }

    [Fact]
    public async Task After_a_database_restart_at_most_one_request_meets_a_broken_pooled_connection()
    {
        // Several requests at once leave several idle connections in the pool, each of which the restart breaks.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => AssertAllPagesServedAsync("before the restart")));

        await server.RestartAsync();

        // The first request may draw a dead connection (a 503 page that reloads itself); it empties the pool, so
        // no other request can draw one.
        using (var first = await client.GetAsync(new Uri("/timeline", UriKind.Relative), Cancel))
        {
            output.WriteLine($"First request after the restart: {(int)first.StatusCode}");
            Assert.Contains(first.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable });
        }

        await AssertAllPagesServedAsync("right after the restart");
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => AssertAllPagesServedAsync("in parallel after the restart")));
        Assert.Equal(HttpStatusCode.OK, await HealthAsync());
    }

    private async Task<HttpStatusCode> HealthAsync()
    {
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), Cancel);
        return response.StatusCode;
    }

    private async Task AssertAllPagesServedAsync(string when)
    {
        foreach (var path in Pages)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} {when}: {(int)response.StatusCode}");
        }
    }
}
