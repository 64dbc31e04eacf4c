using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CeasefireTracker.Web.Infrastructure;

/// <summary>
/// How many CSV exports and API requests one instance serves at once (ASP.NET Core's rate limiter, a concurrency
/// limit each): an export reads every matching event, and a burst of them must not take the database connections
/// the pages need. Requests over the limit wait in a queue as long as the limit; beyond that they get 429 with
/// Retry-After. Settings: <c>ReadLimits:CsvExports</c>, <c>ReadLimits:ApiRequests</c>.
/// </summary>
internal static class ReadLimits
{
    public const string Section = "ReadLimits";
    public const string CsvExports = "csv-exports";
    public const string ApiRequests = "api-requests";
    public const int RetryAfterSeconds = 2;

    public static IServiceCollection AddReadLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var exports = section.GetValue(nameof(CsvExports), 4);
        var api = section.GetValue(nameof(ApiRequests), 16);
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(CsvExports, new ConcurrentReads(exports, "CSV exports"));
            options.AddPolicy(ApiRequests, new ConcurrentReads(api, "API requests"));
        });
        return services;
    }

    private sealed class ConcurrentReads(int permits, string what) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, cancellationToken) =>
        {
            context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            await TypedResults.Problem(
                title: $"Too many {what} at once.",
                detail: $"Nothing was returned. Please try again in {RetryAfterSeconds} seconds.",
                statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context.HttpContext);
        };

        // One partition: the limit protects this instance's database connections, whoever asks.
        public RateLimitPartition<string> GetPartition(HttpContext httpContext) => RateLimitPartition.GetConcurrencyLimiter(what,
            _ => new ConcurrencyLimiterOptions { PermitLimit = permits, QueueLimit = permits, QueueProcessingOrder = QueueProcessingOrder.OldestFirst });
    }
}
