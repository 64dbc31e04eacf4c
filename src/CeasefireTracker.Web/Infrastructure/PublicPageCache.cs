using Microsoft.AspNetCore.OutputCaching;

namespace CeasefireTracker.Web.Infrastructure;

/// <summary>
/// Output caching of the public pages (ASP.NET Core's output cache, one entry per address including its query
/// string). Every cached response carries one tag, so whatever an editor publishes, edits or archives, one call to
/// <see cref="EvictAsync"/> makes every reader see it on their next request. Only anonymous GETs are cached (the
/// default policy skips requests that carry authentication), which is why UseOutputCache runs after authentication.
/// </summary>
public sealed class PublicPageCache(IOutputCacheStore store)
{
    public const string Policy = "PublicPage";

    public const string Tag = "public-pages";

    /// <summary>Configuration section; <c>PublicPageCache:Enabled=false</c> turns caching off (for tests that count queries).</summary>
    public const string Section = "PublicPageCache";

    /// <summary>
    /// Long, because eviction is what normally ends an entry; the expiry only bounds how stale a page can get from
    /// a change made outside the editors (a script, psql).
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public ValueTask EvictAsync(CancellationToken cancellationToken) => store.EvictByTagAsync(Tag, cancellationToken);
}

/// <summary>
/// Since .NET 10 every server-rendered page sets an antiforgery cookie once the app has an interactive render mode
/// (the admin pages), and the output cache refuses any response that sets a cookie. A public page has no form
/// that posts, so an anonymous reader needs no such cookie: for a request the cache may serve (the default policy,
/// which runs first, has already ruled out signed-in users), this drops the cookie and the no-store headers that
/// come with it just before the response starts. Any other cookie still prevents storage.
/// </summary>
internal sealed class WithoutAntiforgeryCookie : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.AllowCacheStorage)
        {
            var response = context.HttpContext.Response;
            response.OnStarting(() =>
            {
                var cookies = response.Headers.SetCookie;
                var kept = cookies.Where(c => c is not null && !c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)).ToArray();
                if (kept.Length != cookies.Count)
                {
                    response.Headers.SetCookie = kept;
                    response.Headers.CacheControl = "no-cache";
                    response.Headers.Pragma = default;
                }

                return Task.CompletedTask;
            });
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
