using System.Net;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Infrastructure;
using Npgsql;

namespace CeasefireTracker.Tests.Web;

/// <summary>
/// Concurrent CSV exports and API requests are limited per instance (ASP.NET Core's rate limiter): over the limit they
/// queue, over the queue they get 429 with Retry-After. Requests are held on a database pool of one connection, which
/// the test keeps busy, so that they are in progress together.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class ReadLimitTests(TestDatabase database) : DemoSiteTest(database)
{
    [Theory]
    [InlineData("/timeline.csv", "ReadLimits:CsvExports")]
    [InlineData("/api/events", "ReadLimits:ApiRequests")]
    public async Task Requests_over_the_limit_and_its_queue_get_429_with_Retry_After(string path, string setting)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(Database.ConnectionString)
        {
            ApplicationName = "read-limits", MaxPoolSize = 1, Timeout = 15,
        }.ConnectionString;
        await using var app = new TrackerAppFactory(connectionString, settings: new Dictionary<string, string?> { [setting] = "1" });
        using var client = app.CreateClient();
        var held = new NpgsqlConnection(connectionString);
        await held.OpenAsync(Cancel);

        // One runs (waiting for the connection), one waits in the queue, one is refused.
        var requests = Enumerable.Range(0, 3).Select(_ => client.GetAsync(new Uri(path, UriKind.Relative), Cancel)).ToList();
        var refused = await Task.WhenAny(requests);
        await held.DisposeAsync();
        var responses = await Task.WhenAll(requests);

        var tooMany = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Same(await refused, tooMany);
        Assert.Equal(ReadLimits.RetryAfterSeconds, (int)tooMany.Headers.RetryAfter!.Delta!.Value.TotalSeconds);
        Assert.Equal("application/problem+json", tooMany.Content.Headers.ContentType!.MediaType);
        Assert.All(responses.Where(r => r != tooMany), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var response in responses) response.Dispose();
    }
}
