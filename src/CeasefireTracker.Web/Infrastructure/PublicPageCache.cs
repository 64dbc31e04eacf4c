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
