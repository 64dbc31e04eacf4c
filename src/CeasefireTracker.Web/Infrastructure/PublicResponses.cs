using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using StackExchange.Redis;

namespace CeasefireTracker.Web.Infrastructure;

/// <summary>
/// A reader's request for public content (anonymous GET or HEAD of a page, the feed, the API or the CSV), with the
/// validator of the content it is answered from. Its presence also sends the request's queries to the read replica
/// (<see cref="TrackerContexts"/>).
/// </summary>
/// <param name="NotModified">The reader's copy is current: answered with 304 (<see cref="NotModifiedResponses"/>).</param>
public sealed record ReaderRequest(long Validator, bool NotModified)
{
    public EntityTagHeaderValue ETag => Tag(Validator);

    public static EntityTagHeaderValue Tag(long validator) => new($"\"{validator.ToString(CultureInfo.InvariantCulture)}\"", isWeak: true);

    /// <summary>A matching If-None-Match, or else an If-Modified-Since not before the validator.</summary>
    public static bool IsCurrent(HttpRequest request, long validator)
    {
        var headers = request.GetTypedHeaders();
        if (headers.IfNoneMatch.Count > 0) return headers.IfNoneMatch.Any(tag => tag.Compare(Tag(validator), useStrongComparison: false));
        return headers.IfModifiedSince is { } since && validator <= since.ToUnixTimeSeconds();
    }
}

/// <summary>
/// The policy of every public address (both of <see cref="PublicPageCache"/>'s policies): reads the content version
/// before anything touches the database, keys the cached entry by it, and sends it as the ETag and Last-Modified; just
/// before the response starts, sets the HTTP caching headers of a public response.
/// </summary>
internal sealed partial class PublicResponses(
    ContentVersion version, IOptions<PublicPageCacheOptions> options, TimeProvider clock, ILogger<PublicResponses> logger) : IOutputCachePolicy
{
    private readonly string cacheControl = string.Create(CultureInfo.InvariantCulture,
        $"public, max-age={options.Value.MaxAgeSeconds}, s-maxage={options.Value.SharedMaxAgeSeconds}");

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (!IsReaders(http.Request, http.User)) return;

        long current;
        try
        {
            current = await version.CurrentAsync(cancellation);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Without the version no entry can be trusted: render from the database, store nothing, promise nothing.
            LogNoVersion(logger, e.Message);
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
            return;
        }

        // Validators roll over with the cache's lifetime too, so a change made outside the app (which moves no
        // version) reaches revalidating browsers and CDNs as it reaches the cache.
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var validator = Math.Max(current, now - now % (long)PublicPageCache.Lifetime.TotalSeconds);
        var reader = new ReaderRequest(validator, ReaderRequest.IsCurrent(http.Request, validator));
        http.Features.Set(reader);
        if (reader.NotModified)
        {
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
        }
        else
        {
            // Otherwise the output cache would answer them itself, from the dates of its entry, which are only
            // accurate to the second: a write in the same second as the reader's copy would go unnoticed.
            http.Request.Headers.IfNoneMatch = default;
            http.Request.Headers.IfModifiedSince = default;
        }

        context.CacheVaryByRules.VaryByValues["version"] = validator.ToString(CultureInfo.InvariantCulture);
        http.Response.OnStarting(() => Finish(http.Response, reader));
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>The default policy's rule for what may be cached: what an anonymous reader reads.</summary>
    private static bool IsReaders(HttpRequest request, System.Security.Claims.ClaimsPrincipal user) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !request.Headers.ContainsKey(HeaderNames.Authorization)
        && user.Identity?.IsAuthenticated != true;

    private Task Finish(HttpResponse response, ReaderRequest reader)
    {
        var headers = response.Headers;
        if (response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
        {
            // Since .NET 10 every server-rendered page sets an antiforgery cookie once the app has interactive pages
            // (the admin), and neither the output cache nor a CDN stores a response that sets a cookie. A public page
            // has no form that posts, so a reader needs none. Any other cookie still makes the response private.
            var cookies = headers.SetCookie;
            var kept = cookies.Where(c => c is not null && !c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)).ToArray();
            if (kept.Length != cookies.Count) headers.SetCookie = kept;
            if (kept.Length == 0)
            {
                var now = clock.GetUtcNow();
                headers.CacheControl = cacheControl;
                headers.Pragma = default;
                headers.Expires = default;
                headers.ETag = reader.ETag.ToString();
                // Never in the future (RFC 9110 8.8.2.1): right after a write the version may be up to a second ahead.
                headers.LastModified = HeaderUtilities.FormatDate(DateTimeOffset.FromUnixTimeSeconds(Math.Min(reader.Validator, now.ToUnixTimeSeconds())));
                // A response from the output cache carries the date and age of its entry. Downstream caches would
                // count that age against max-age, but the entry is exactly as fresh as the version it is keyed by.
                headers.Date = HeaderUtilities.FormatDate(now);
                headers.Age = default;
                // Every reader's response may be compressed (ReaderCompression): caches keep one copy per encoding.
                // The compression adds this itself only when it compresses; identity bodies and 304s need it too.
                if (!headers.Vary.Any(v => v is not null && v.Contains(HeaderNames.AcceptEncoding, StringComparison.OrdinalIgnoreCase)))
                {
                    headers.Vary = StringValues.Concat(headers.Vary, HeaderNames.AcceptEncoding);
                }
                return Task.CompletedTask;
            }
        }

        // Not a representation to revalidate: a redirect, a 404, a problem, a response that sets a cookie.
        headers.ETag = default;
        headers.LastModified = default;
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The content version could not be read ({Reason}); serving without the page cache")]
    private static partial void LogNoVersion(ILogger logger, string reason);
}

/// <summary>Answers a conditional request whose copy is current with 304, before the page is rendered.</summary>
internal sealed class NotModifiedResponses(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<ReaderRequest>() is { NotModified: true })
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        return next(context);
    }
}

/// <summary>What a signed-in user is shown may name them or hold drafts: no browser or proxy may keep it.</summary>
internal sealed class PrivateWhenSignedIn(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var response = context.Response;
        response.OnStarting(() =>
        {
            // Authentication has run by the time the response starts. A fingerprinted static file (immutable) holds
            // nothing of the user's and keeps its year-long caching.
            if (context.User.Identity?.IsAuthenticated == true
                && !response.Headers.CacheControl.ToString().Contains("immutable", StringComparison.Ordinal))
            {
                response.Headers.CacheControl = "private, no-store";
                response.Headers.ETag = default;
                response.Headers.LastModified = default;
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
