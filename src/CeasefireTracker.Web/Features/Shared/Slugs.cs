using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CeasefireTracker.Web.Domain;

namespace CeasefireTracker.Web.Features.Shared;

/// <summary>The shape of slugs, the same rule as the database's CHECK constraints.</summary>
public static partial class Slugs
{
    /// <summary>
    /// Lower-case words joined by single hyphens. Only such values are looked up: anything else cannot be a slug,
    /// and some characters (NUL) would make the database answer with an error rather than "no such row".
    /// </summary>
    public static bool IsWellFormed(string value) => value.Length <= FieldLengths.Event.Slug && Shape().IsMatch(value);

    /// <summary>
    /// A slug made from a title or name: accents dropped ("Kyïv" → "kyiv"), every other run of characters a hyphen,
    /// cut at a word boundary. Empty when nothing Latin is left (a title in Cyrillic); callers then use a fallback.
    /// </summary>
    public static string From(string text, int maxLength = 80)
    {
        var plain = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            plain.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        var slug = Hyphens().Replace(plain.ToString(), "-").Trim('-');
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = slug[..(cut > 0 ? cut : maxLength)].Trim('-');
        }

        return slug;
    }

    /// <summary>The first of base, base-2, base-3… that is not taken.</summary>
    public static string FirstFree(string slug, IReadOnlyCollection<string> taken)
    {
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
        }

        return candidate;
    }

    [GeneratedRegex("-{2,}")]
    private static partial Regex Hyphens();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Shape();
}
