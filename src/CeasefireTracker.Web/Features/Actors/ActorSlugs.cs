using CeasefireTracker.Web.Features.Shared;

namespace CeasefireTracker.Web.Features.Actors;

/// <summary>The <c>actor=</c> values of a filter's query string (timeline, claims, analysis), read the same way everywhere.</summary>
public static class ActorSlugs
{
    public const string Key = "actor";

    public const int MaxPerFilter = 10;

    /// <summary>
    /// The distinct slugs, lower case, at most <see cref="MaxPerFilter"/>. Nothing here throws: a value that cannot be
    /// a slug is left out and explained in <paramref name="notices"/>.
    /// </summary>
    public static List<string> Parse(IEnumerable<string>? values, List<string> notices)
    {
        ArgumentNullException.ThrowIfNull(notices);
        var slugs = new List<string>();
        foreach (var slug in (values ?? []).Select(a => a.Trim().ToLowerInvariant()).Where(a => a.Length > 0).Distinct())
        {
            // Only slug-shaped values reach the database (a NUL character there would be an error, not "no such actor").
            if (Slugs.IsWellFormed(slug)) slugs.Add(slug);
            else notices.Add(UnknownNotice(slug));
        }

        if (slugs.Count > MaxPerFilter)
        {
            notices.Add($"Only the first {MaxPerFilter} actors are used.");
            slugs = slugs[..MaxPerFilter];
        }

        return slugs;
    }

    public static string UnknownNotice(string slug) => $"There is no actor “{Echo.Shorten(slug)}”; that filter was ignored.";
}
