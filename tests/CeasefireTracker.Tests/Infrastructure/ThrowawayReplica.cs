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

    /// <summary>
    /// An app's read-only connection string to a database: the replica first, the primary when the replica cannot be
    /// reached (Npgsql's multi-host connection with prefer-standby).
    /// </summary>
    public string ReadOnlyConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(Standby.ConnectionString(database))
        {
            Host = $"127.0.0.1:{Standby.Port},127.0.0.1:{Primary.Port}",
            TargetSessionAttributes = "prefer-standby",
        }.ConnectionString;

    /// <summary>
    /// From now on the replica applies each commit this late (recovery_min_apply_delay): a replica that lags as one
    /// does under load, so a test can tell whether the app waits for it.
    /// </summary>
    public Task DelayReplayAsync(TimeSpan delay) => Standby.RestartWithAsync($"recovery_min_apply_delay={(int)delay.TotalMilliseconds}ms");

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
            if (i > 6000) throw new TimeoutException($"The replica did not replay {lsn} within 60 s.");
            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Standby.DisposeAsync();
        await Primary.DisposeAsync();
    }
}
