using System.Net;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Infrastructure;
using Npgsql;

namespace CeasefireTracker.Tests.Operations;

/// <summary>
/// A database that answers but has no room (no free connection in the app's pool, no free slot under max_connections)
/// refuses one request with 503 and Retry-After, and nothing more: the pools keep their connections and /health stays
/// 200, so a load balancer keeps the instance. On a throwaway server with four connection slots. Alone, because Npgsql's
/// pools belong to the process, and other tests empty them all when they drop their databases.
/// </summary>
[Collection(PoolsCollection.Name)]
public sealed class DatabaseBusyTests : IAsyncLifetime
{
    private const int Slots = 4;

    private readonly ThrowawayPostgres server = new($"max_connections={Slots}", "superuser_reserved_connections=0");
    private string connectionString = "";

    public async ValueTask InitializeAsync()
    {
        await server.InitializeAsync();
        connectionString = await server.CreateDatabaseAsync("tracker");
        await AppServices.LoadDemoDataAsync(connectionString, Cancel);
        NpgsqlConnection.ClearAllPools();
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task No_free_connection_in_the_pool_refuses_that_request_and_empties_no_pool()
    {
        var appConnection = Named("app", maxPoolSize: 2, timeout: 1);
        await using var app = new TrackerAppFactory(appConnection);
        using var client = app.CreateClient();
        // Both of the app's connections are busy elsewhere (same connection string, same pool).
        await using var first = await OpenAsync(appConnection);
        await using var second = await OpenAsync(appConnection);

        using (var page = await client.GetAsync(new Uri("/timeline", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Equal(DatabaseOutage.BusyRetryAfterSeconds, (int)page.Headers.RetryAfter!.Delta!.Value.TotalSeconds);
        }

        using (var api = await client.GetAsync(new Uri("/api/events", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
            Assert.Contains("busy", await api.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }

        using (var health = await client.GetAsync(new Uri("/health", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal("Degraded", await health.Content.ReadAsStringAsync(Cancel));
        }

        // Returned to a pool that was not emptied, both connections stay open for the next requests.
        await first.CloseAsync();
        await second.CloseAsync();
        Assert.Equal(2, await BackendsAsync("app"));
        using var after = await client.GetAsync(new Uri("/timeline", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains("Database unavailable", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_free_slot_on_the_server_refuses_that_request_and_empties_no_pool()
    {
        var appConnection = Named("app", maxPoolSize: 10, timeout: 3);
        await using var app = new TrackerAppFactory(appConnection);
        using var client = app.CreateClient();
        // Free the slots the app's start-up left in its pool.
        NpgsqlConnection.ClearPool(new NpgsqlConnection(appConnection));
        // Every slot taken by another pool: three connections in use, one idle in the pool.
        var others = Named("others", maxPoolSize: 10, timeout: 3);
        var held = new List<NpgsqlConnection>();
        for (var i = 0; i < Slots; i++) held.Add(await OpenAsync(others));
        await held[^1].CloseAsync();

        using (var page = await client.GetAsync(new Uri("/timeline", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Equal(DatabaseOutage.BusyRetryAfterSeconds, (int)page.Headers.RetryAfter!.Delta!.Value.TotalSeconds);
        }

        using (var health = await client.GetAsync(new Uri("/health", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        // Emptying every pool of the process (what an outage does) would have closed the idle one.
        await using (var count = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'others'", held[0]))
        {
            Assert.Equal(Slots, (long)(await count.ExecuteScalarAsync(Cancel))!);
        }

        foreach (var connection in held) await connection.DisposeAsync();
        NpgsqlConnection.ClearPool(new NpgsqlConnection(others));
        using var after = await client.GetAsync(new Uri("/timeline", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    private string Named(string application, int maxPoolSize, int timeout) =>
        new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = application, MaxPoolSize = maxPoolSize, Timeout = timeout }.ConnectionString;

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Cancel);
        return connection;
    }

    private async Task<long> BackendsAsync(string application)
    {
        await using var admin = new NpgsqlConnection(server.ConnectionString());
        await admin.OpenAsync(Cancel);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE application_name = $1", admin) { Parameters = { new() { Value = application } } };
        return (long)(await count.ExecuteScalarAsync(Cancel))!;
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PoolsCollection
{
    public const string Name = "process-wide connection pools";
}
