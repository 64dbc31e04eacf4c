namespace CeasefireTracker.Web.Features.Accounts;

/// <summary>Return addresses after sign-in come from the query string, so only this site's own paths are followed.</summary>
public static class LocalUrls
{
    public static string OrDefault(string? url, string fallback) =>
        url is { Length: > 0 and <= 2000 }
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl)
            ? url
            : fallback;
}
