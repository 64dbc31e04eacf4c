using System.Text.RegularExpressions;

namespace CeasefireTracker.Web.Features.Shared;

/// <summary>The shape of slugs, the same rule as the database's CHECK constraints.</summary>
public static partial class Slugs
{
    /// <summary>
    /// Lower-case words joined by single hyphens. Only such values are looked up: anything else cannot be a slug,
    /// and some characters (NUL) would make the database answer with an error rather than "no such row".
    /// </summary>
    public static bool IsWellFormed(string value) => value.Length <= 200 && Shape().IsMatch(value);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Shape();
}
