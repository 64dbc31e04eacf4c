using System.Globalization;
using System.Text;
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

    /// <summary>
    /// A slug made from a name: accents dropped (Kyïv → kyiv), every other character a word break, cut at a word
    /// boundary to at most <paramref name="maxLength"/>. Empty when the name has no Latin letters or digits
    /// (Зеленський): a person must then choose the slug.
    /// </summary>
    public static string FromName(string name, int maxLength)
    {
        var slug = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().TrimEnd('-');
        if (text.Length <= maxLength) return text;
        var cut = text[..maxLength];
        var lastBreak = cut.LastIndexOf('-');
        return lastBreak > 0 ? cut[..lastBreak] : cut;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Shape();
}
