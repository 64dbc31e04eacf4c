namespace CeasefireTracker.Web.Features.Shared;

/// <summary>
/// Absolute addresses of the public pages. Files, feeds and structured data leave the site, so a link in them must
/// work on its own: it is built from the address the reader used (scheme, host and path base of the request).
/// </summary>
public static class PublicUrls
{
    /// <summary>The site's root for the current request, with a trailing slash.</summary>
    public static Uri SiteRoot(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
    }

    public static Uri Event(Uri siteRoot, string slug) => new(siteRoot, "events/" + Uri.EscapeDataString(slug));

    public static Uri Actor(Uri siteRoot, string slug) => new(siteRoot, "actors/" + Uri.EscapeDataString(slug));

    /// <summary>A path of this site (such as <c>timeline</c>) with a query string from <c>TimelineFilter.ToQueryString</c>.</summary>
    public static Uri Page(Uri siteRoot, string path, string queryString = "") => new(siteRoot, path + queryString);
}
