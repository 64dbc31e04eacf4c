using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Respawn;

namespace CeasefireTracker.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL database of its own, created for a test collection, migrated from empty, emptied between
/// tests with Respawn and dropped at the end. The server comes from CEASEFIRE_TEST_ADMIN_CONNECTION (scripts/test.sh
/// sets it), a role that may create databases.
/// </summary>
public sealed class TestDatabase : IAsyncLifetime
{
    private const string AdminConnectionVariable = "CEASEFIRE_TEST_ADMIN_CONNECTION";
    private const string DefaultAdminConnection = "Host=localhost;Port=5432;Database=postgres;Username=ceasefire;Password=ceasefire;Timeout=5";

    private Respawner? respawner;
    private ServiceProvider? services;

    public string Name { get; } = $"ceasefire_test_{Guid.NewGuid():N}";
    public string ConnectionString { get; private set; } = "";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(AdminConnectionVariable) is { Length: > 0 } value ? value : DefaultAdminConnection;

    public async ValueTask InitializeAsync()
    {
        ConnectionString = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = Name, Pooling = true }.ConnectionString;
        await using (var admin = new NpgsqlConnection(AdminConnectionString))
        {
            await admin.OpenAsync();
            // UTF-8 whatever the cluster's default is, as scripts/run.sh creates the app's database.
            await using var create = new NpgsqlCommand(
                $"CREATE DATABASE \"{Name}\" ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0", admin);
            await create.ExecuteNonQueryAsync();
        }

        await using (var db = CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            // The two roles come with the schema (a migration seeds them), like the history.
            TablesToIgnore = ["__EFMigrationsHistory", "roles"],
        });
    }

    public TrackerDbContext CreateContext() => new ConnectionFactory(ConnectionString).CreateDbContext();

    public IDbContextFactory<TrackerDbContext> CreateFactory() => new ConnectionFactory(ConnectionString);

    /// <summary>The app's services against this database (see <see cref="AppServices"/>).</summary>
    public IServiceProvider Services => services ??= AppServices.For(ConnectionString);

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Empties every table but the migrations history and the roles, so each test starts from a known state.</summary>
    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await respawner!.ResetAsync(connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (services is not null) await services.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(AdminConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>Contexts on any database of the app's schema, configured as the app configures them.</summary>
    public sealed class ConnectionFactory(string connectionString) : IDbContextFactory<TrackerDbContext>
    {
        public TrackerDbContext CreateDbContext()
        {
            var options = new DbContextOptionsBuilder<TrackerDbContext>();
            DatabaseSetup.Configure(options, connectionString);
            return new TrackerDbContext(options.Options);
        }
    }
}

/// <summary>Integration tests that share one database run one after another (they reset it between tests).</summary>
[CollectionDefinition(Name)]
public sealed class DatabaseCollection : ICollectionFixture<TestDatabase>
{
    public const string Name = "database";
}

/// <summary>A test class against the shared database, starting each test from empty tables.</summary>
public abstract class DatabaseTest(TestDatabase database) : IAsyncLifetime
{
    protected TestDatabase Database { get; } = database;

    /// <summary>A service of the app, as the app registers it, against this database.</summary>
    protected T Get<T>() where T : notnull => Database.Get<T>();

    public virtual async ValueTask InitializeAsync() => await Database.ResetAsync();

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Saves new events with their graph; actors saved by an earlier call are referenced, not inserted again.</summary>
    protected async Task SaveAsync(params Event[] events)
    {
        await using var db = Database.CreateContext();
        db.Events.AddRange(events);
        foreach (var known in db.ChangeTracker.Entries<Actor>().Where(e => e.Entity.Id != 0))
        {
            known.State = EntityState.Unchanged;
        }

        await db.SaveChangesAsync(Cancel);
    }
}
