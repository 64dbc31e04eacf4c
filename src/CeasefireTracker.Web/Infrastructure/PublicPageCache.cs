using Microsoft.AspNetCore.OutputCaching;

namespace CeasefireTracker.Web.Infrastructure;

/// <summary>
/// The public pages' caches: ASP.NET Core's output cache (in memory, or in Redis shared by every instance when
/// <c>ConnectionStrings:Redis</c> is set; one entry per address, query string and <see cref="ContentVersion"/>), and
/// the HTTP caching headers browsers and CDNs follow (<see cref="PublicResponses"/>). Only anonymous GETs and HEADs
/// are cached, which is why UseOutputCache runs after authentication. Writes reach it through
/// <see cref="ContentChanges"/>, never by hand.
/// </summary>
public sealed class PublicPageCache(IOutputCacheStore store, ContentVersion version, ReplicaCatchUp replicas)
{
    /// <summary>Pages, the feed and the API: stored in the output cache and sent with HTTP caching headers.</summary>
    public const string Policy = "PublicPage";

    /// <summary>
    /// The CSV export: HTTP caching headers and conditional requests only. It is never stored in the output cache,
    /// because an export may run to many megabytes.
    /// </summary>
    public const string DownloadPolicy = "PublicDownload";

    public const string Tag = "public-pages";

    /// <summary>Configuration section (<see cref="PublicPageCacheOptions"/>).</summary>
    public const string Section = "PublicPageCache";

    /// <summary>The connection string of the shared Redis; without it each instance caches in its own memory.</summary>
    public const string RedisConnectionStringName = "Redis";

    /// <summary>
    /// Long, because a write is what normally ends an entry; the expiry only bounds how stale a page can get from a
    /// change made outside the app (a script, psql). Validators roll over at the same interval for the same reason.
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Called once a write readers can see has committed. Replicas catch up first, so a reader who gets the new
    /// version also reads the new data wherever the query goes; the eviction only frees memory, since no request
    /// asks for an entry of an older version.
    /// </summary>
    internal async Task ContentChangedAsync(CancellationToken cancellationToken)
    {
        await replicas.WaitAsync(cancellationToken);
        await version.AdvanceAsync(cancellationToken);
        await store.EvictByTagAsync(Tag, cancellationToken);
    }
}

/// <summary>Settings of the <c>PublicPageCache</c> section.</summary>
public sealed class PublicPageCacheOptions
{
    /// <summary>The output cache; off in tests that count queries. HTTP caching headers are sent either way.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a browser may reuse a public response without asking (<c>max-age</c>).</summary>
    public int MaxAgeSeconds { get; set; } = 10;

    /// <summary>How long a CDN or proxy may (<c>s-maxage</c>): the longest a reader behind one sees an old page.</summary>
    public int SharedMaxAgeSeconds { get; set; } = 10;

    /// <summary>Prefix of every Redis key, so several sites (or test runs) can share one Redis.</summary>
    public string RedisInstanceName { get; set; } = "ceasefire-tracker:";
}
