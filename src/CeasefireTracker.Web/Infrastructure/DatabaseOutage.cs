using Microsoft.AspNetCore.Components.Endpoints;
using Npgsql;

namespace CeasefireTracker.Web.Infrastructure;

/// <summary>
/// Turns "the database cannot be reached" into a 503 instead of a 500: pages get the "temporarily unavailable"
/// page (the status-code pages render it, and it reloads itself), the CSV, feed and API a problem response.
/// The pool is emptied at the first sign of an outage: the other idle connections died with the one that failed,
/// so once PostgreSQL is back every request opens a fresh one and nothing needs restarting.
/// </summary>
internal sealed partial class DatabaseOutage(RequestDelegate next, ILogger<DatabaseOutage> logger)
{
    /// <summary>Seconds after which the page reloads itself and clients may ask again.</summary>
    public const int RetryAfterSeconds = 15;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (IsOutage(ex) && !context.Response.HasStarted)
        {
            LogOutage(logger, context.Request.Path, ex.Message);
            NpgsqlConnection.ClearAllPools();
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is null)
            {
                await TypedResults.Problem(
                    title: "The database is temporarily unavailable.",
                    detail: $"Nothing was returned. Please try again in {RetryAfterSeconds} seconds.",
                    statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
            }
        }
    }

    /// <summary>A failure to reach PostgreSQL (refused, reset, timed out, shutting down), not a bug in a query.</summary>
    public static bool IsOutage(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException { IsTransient: true }) return true;
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable while serving {Path}: {Reason}")]
    private static partial void LogOutage(ILogger logger, PathString path, string reason);
}
