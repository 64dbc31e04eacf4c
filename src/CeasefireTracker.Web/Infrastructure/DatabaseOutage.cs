using System.Globalization;
using CeasefireTracker.Web.Data;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace CeasefireTracker.Web.Infrastructure;

/// <summary>
/// Turns "the database cannot serve this request now" into a 503 with Retry-After instead of a 500: pages get the
/// "temporarily unavailable" page (the status-code pages render it, and it reloads itself), the CSV, feed and API a
/// problem response. Two cases differ in what else happens:
/// <list type="bullet">
/// <item>The server is gone (refused, reset, shutting down): the pool is emptied, because its other idle connections
/// died with the one that failed; once PostgreSQL is back every request opens a fresh one.</item>
/// <item>The server is busy (no free connection in the pool within its Timeout, no free slot under
/// <c>max_connections</c>, a deadlock or a lock timeout): only this request is refused, after the pool's wait. The
/// pool's connections are healthy, and emptying it would throw away the work of every other request.</item>
/// </list>
/// </summary>
internal sealed partial class DatabaseOutage(RequestDelegate next, ILogger<DatabaseOutage> logger)
{
    /// <summary>Seconds after which the page reloads itself and clients may ask again when the server is gone.</summary>
    public const int RetryAfterSeconds = 15;

    /// <summary>The same when it is busy: load comes in spikes, and a reader retrying soon is likely to get in.</summary>
    public const int BusyRetryAfterSeconds = 3;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (IsOutage(ex) && !context.Response.HasStarted)
        {
            var busy = IsBusy(ex);
            if (busy)
            {
                LogBusy(logger, context.Request.Path, ex.Message);
            }
            else
            {
                LogOutage(logger, context.Request.Path, ex.Message);
                NpgsqlConnection.ClearAllPools();
            }

            var retryAfter = busy ? BusyRetryAfterSeconds : RetryAfterSeconds;
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
            if (context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is null)
            {
                await TypedResults.Problem(
                    title: busy ? "The database is busy." : "The database is temporarily unavailable.",
                    detail: $"Nothing was returned. Please try again in {retryAfter} seconds.",
                    statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
            }
        }
    }

    /// <summary>The database cannot serve the request just now (gone or busy), as opposed to a bug in a query.</summary>
    public static bool IsOutage(Exception exception) => Find<NpgsqlException>(exception) is { IsTransient: true } || IsBusy(exception);

    /// <summary>
    /// The server answers but has no room for this request: PostgreSQL's "too many clients" (53300) and the other
    /// insufficient-resources errors (class 53), deadlocks, serialization failures and lock timeouts (class 40, 55P03),
    /// and Npgsql's own pool with no free connection within its Timeout.
    /// </summary>
    public static bool IsBusy(Exception exception) => Find<NpgsqlException>(exception) switch
    {
        PostgresException pg => pg.SqlState.StartsWith("53", StringComparison.Ordinal) || pg.SqlState.StartsWith("40", StringComparison.Ordinal)
            || pg.SqlState == PostgresErrorCodes.LockNotAvailable,
        { } npgsql => npgsql.Message.StartsWith("The connection pool has been exhausted", StringComparison.Ordinal),
        null => false,
    };

    private static T? Find<T>(Exception exception) where T : Exception
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is T found) return found;
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable while serving {Path}: {Reason}")]
    private static partial void LogOutage(ILogger logger, PathString path, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database busy while serving {Path}, request refused: {Reason}")]
    private static partial void LogBusy(ILogger logger, PathString path, string reason);
}

/// <summary>
/// <c>/health</c>'s database check: Unhealthy only when PostgreSQL cannot be reached. A busy database (no free
/// connection, no free slot) is Degraded, which still answers 200, so a load balancer does not take every instance
/// out of service in a spike, which would send the whole load to whichever is left.
/// </summary>
internal sealed class DatabaseHealth(IDbContextFactory<TrackerDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (DatabaseOutage.IsBusy(e))
        {
            return HealthCheckResult.Degraded("The database is busy.", e);
        }
        catch (Exception e) when (DatabaseOutage.IsOutage(e))
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached.", e);
        }
    }
}
