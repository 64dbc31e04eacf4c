using System.Diagnostics;
using System.Net;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Admin.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CeasefireTracker.Tests.Operations;

/// <summary>
/// The app with a read-only connection string to a real streaming replica (a second PostgreSQL from pg_basebackup): readers' requests read from it, everything else from the primary, it refuses
/// writes, and a write is on the replica before any reader is told the content changed, even when the replica lags.
/// </summary>
[Collection(PoolsCollection.Name)]
public sealed class ReadReplicaTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Slug = "witkoff-putin-talks-saint-petersburg-2025-04";

    private readonly ThrowawayReplica servers = new();
    private string primary = "";
    private string readOnly = "";

    public async ValueTask InitializeAsync()
    {
        await servers.InitializeAsync();
        primary = await servers.Primary.CreateDatabaseAsync("tracker");
        await AppServices.LoadDemoDataAsync(primary, Cancel);
        await servers.CatchUpAsync("tracker");
        readOnly = servers.ReadOnlyConnectionString("tracker");
    }

    public async ValueTask DisposeAsync() => await servers.DisposeAsync();

    private TrackerAppFactory App(bool pageCache = false) => new(primary, pageCache: pageCache,
        settings: new Dictionary<string, string?> { ["ConnectionStrings:TrackerReadOnly"] = readOnly });

    [Fact]
    public async Task Readers_read_from_the_replica_and_everything_else_from_the_primary()
    {
        await using var app = App();
        using var reader = app.CreateClient();
        foreach (var path in new[] { "/timeline", $"/events/{Slug}", "/actors/steve-witkoff", "/api/events", "/timeline.csv", "/feed.atom" })
        {
            app.Queries.Reset();
            (await reader.GetAsync(new Uri(path, UriKind.Relative), Cancel)).EnsureSuccessStatusCode();
            Assert.NotEmpty(app.Queries.Ports);
            Assert.All(app.Queries.Ports, port => Assert.Equal(servers.Standby.Port, port));
        }

        await TestAccounts.CreateAsync(app.Services, "editor@example.org", TrackerRoles.Editor);
        using var editor = await TestAccounts.SignedInClientAsync(app, "editor@example.org");
        foreach (var path in new[] { "/timeline", "/admin/events" })
        {
            app.Queries.Reset();
            (await editor.GetAsync(new Uri(path, UriKind.Relative), Cancel)).EnsureSuccessStatusCode();
            Assert.NotEmpty(app.Queries.Ports);
            Assert.All(app.Queries.Ports, port => Assert.Equal(servers.Primary.Port, port));
        }

        // The admin pages' services run in circuits, outside any reader's request: the primary.
        app.Queries.Reset();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<EventEditorService>().LoadAsync(TestEditor.Session, await IdOfAsync(), Cancel));
        }

        Assert.All(app.Queries.Ports, port => Assert.Equal(servers.Primary.Port, port));
    }

    [Fact]
    public async Task The_replica_refuses_writes()
    {
        await using var db = new TestDatabase.ConnectionFactory(readOnly).CreateDbContext();
        db.Actors.Add(new Actor { Slug = "written-to-a-replica", Name = "Written to a replica", Kind = ActorKind.Person });

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Cancel));

        Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, Assert.IsType<PostgresException>(refused.InnerException).SqlState);
    }

    [Fact]
    public async Task A_write_is_on_the_replica_before_the_next_reader_asks()
    {
        await servers.DelayReplayAsync(TimeSpan.FromMilliseconds(300));
        await using var app = App(pageCache: true);
        using var reader = app.CreateClient();
        (await reader.GetAsync(new Uri($"/events/{Slug}", UriKind.Relative), Cancel)).EnsureSuccessStatusCode();
        var id = await IdOfAsync();

        var saving = Stopwatch.StartNew();
        await TestEditor.SaveAsync(app.Services, id, EventStatus.Archived);

        output.WriteLine($"The save returned after {saving.ElapsedMilliseconds} ms (the replica applies commits 300 ms late).");
        using var page = await reader.GetAsync(new Uri($"/events/{Slug}", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task Readers_are_served_by_the_primary_while_the_replica_is_down()
    {
        await using var app = App();
        using var reader = app.CreateClient();
        await servers.Standby.StopAsync();

        app.Queries.Reset();
        using var page = await reader.GetAsync(new Uri("/timeline", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.All(app.Queries.Ports, port => Assert.Equal(servers.Primary.Port, port));
    }

    private async Task<long> IdOfAsync()
    {
        await using var db = new TestDatabase.ConnectionFactory(primary).CreateDbContext();
        return await db.Events.Where(e => e.Slug == Slug).Select(e => e.Id).SingleAsync(Cancel);
    }
}
