using CeasefireTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace CeasefireTracker.Web.Infrastructure;

/// <summary>
/// The app's contexts. A reader's request for public content (<see cref="ReaderRequest"/>) reads from the read-only
/// connection (<c>ConnectionStrings:TrackerReadOnly</c>, usually a streaming replica) when one is configured; everything
/// else uses the primary: admin pages and their circuits, conflict checks, accounts, and every write. Without a
/// read-only connection string both are the primary.
/// <para>
/// Contexts are pooled: a page opens one or two per request, and a new context sets up its internal services on
/// first use, which at a million events was a fifth of a timeline page's time in the app (the queries themselves take
/// about a millisecond). A pooled context is reset when it is returned; nothing the app keeps per context outlives a use
/// (see <c>ContentChanges</c>).
/// </para>
/// </summary>
public sealed class TrackerContexts(
    DbContextOptions<TrackerDbContext> primary, DbContextOptions<TrackerDbContext>? readOnly, IHttpContextAccessor http)
    : IDbContextFactory<TrackerDbContext>
{
    private readonly PooledDbContextFactory<TrackerDbContext> primaryPool = new(primary);

    private readonly PooledDbContextFactory<TrackerDbContext>? readOnlyPool = readOnly is null ? null : new(readOnly);

    public TrackerDbContext CreateDbContext() =>
        (readOnlyPool is not null && http.HttpContext?.Features.Get<ReaderRequest>() is not null ? readOnlyPool : primaryPool).CreateDbContext();
}

/// <summary>
/// After a write, waits until every host of the read-only connection string has replayed it, so that a reader who
/// is told the content changed (a new <see cref="ContentVersion"/>) also reads the change from a replica. Bounded:
/// a replica that stays behind is logged and the write goes on (its readers then see the change when it catches up,
/// at the next write, or when the cached pages expire).
/// </summary>
public sealed partial class ReplicaCatchUp(string primary, string? readOnly, ILogger<ReplicaCatchUp> logger)
{
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(5);

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        if (readOnly is null) return;

        string written;
        await using (var connection = new NpgsqlConnection(primary))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_current_wal_lsn()::text", connection);
            written = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(MaxWait);
        var settings = new NpgsqlConnectionStringBuilder(readOnly);
        foreach (var host in settings.Host!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var one = new NpgsqlConnectionStringBuilder(readOnly) { Host = host, TargetSessionAttributes = "any", LoadBalanceHosts = false };
            try
            {
                await WaitForAsync(one.ConnectionString, written, deadline.Token);
            }
            catch (Exception e) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested || e is NpgsqlException)
            {
                LogBehind(logger, host, written, e.Message);
            }
        }
    }

    private static async Task WaitForAsync(string connectionString, string lsn, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // A primary in the list (prefer-standby falls back to it) has everything already.
        await using var command = new NpgsqlCommand(
            "SELECT NOT pg_is_in_recovery() OR pg_last_wal_replay_lsn() >= $1::pg_lsn", connection) { Parameters = { new() { Value = lsn } } };
        while (!(bool)(await command.ExecuteScalarAsync(cancellationToken))!)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5), cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Read replica {Host} did not replay {Lsn} in time ({Reason}); its readers may see the change late")]
    private static partial void LogBehind(ILogger logger, string host, string lsn, string reason);
}
