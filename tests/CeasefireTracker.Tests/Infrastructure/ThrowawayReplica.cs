using Npgsql;

namespace CeasefireTracker.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL primary and a streaming replica of it (pg_basebackup -R, hot standby), both of the test's
/// own on free ports of 127.0.0.1: what a deployment with a read replica runs, on this machine.
/// </summary>
public sealed class ThrowawayReplica : IAsyncLifetime
{
    public ThrowawayPostgres Primary { get; } = new();

    public ThrowawayPostgres Standby { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await Primary.InitializeAsync();
        await using (var admin = new NpgsqlConnection(Primary.ConnectionString()))
        {
            await admin.OpenAsync();
            await using var role = new NpgsqlCommand("CREATE ROLE replicator WITH REPLICATION LOGIN", admin);
            await role.ExecuteNonQueryAsync();
        }

        await Standby.CloneAsync(Primary, "replicator");
    }

    /// <summary>The replica's connection string to a database, as an app's read-only connection string.</summary>
    public string ReadOnlyConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(Standby.ConnectionString(database)) { TargetSessionAttributes = "prefer-standby" }.ConnectionString;

    /// <summary>Waits until the replica has replayed everything the primary has written so far.</summary>
    public async Task CatchUpAsync(string database)
    {
        string lsn;
        await using (var primary = new NpgsqlConnection(Primary.ConnectionString(database)))
        {
            await primary.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT pg_current_wal_lsn()::text", primary);
            lsn = (string)(await command.ExecuteScalarAsync())!;
        }

        await using var standby = new NpgsqlConnection(Standby.ConnectionString(database));
        await standby.OpenAsync();
        await using var replayed = new NpgsqlCommand("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn", standby) { Parameters = { new() { Value = lsn } } };
        for (var i = 0; !(bool)(await replayed.ExecuteScalarAsync())!; i++)
        {
            if (i > 1000) throw new TimeoutException($"The replica did not replay {lsn} within 10 s.");
            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Standby.DisposeAsync();
        await Primary.DisposeAsync();
    }
}
