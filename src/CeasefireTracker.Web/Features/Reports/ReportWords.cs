using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CeasefireTracker.Web.Features.Reports;

/// <summary>A word of a sentence: where it is, how it is written and its comparable form.</summary>
internal sealed record Word(int Start, int End, string Surface, string Key, bool Possessive)
{
    public bool Capitalised => Surface.Length > 0 && char.IsUpper(Surface[0]);
    public bool AllCaps => Surface.Count(char.IsLetter) > 1 && Surface.Where(char.IsLetter).All(char.IsUpper);
    public bool Cyrillic => Surface.Any(c => c is >= 'Ѐ' and <= 'ӿ');
}

/// <summary>Words and the one normalisation every name is compared in: lower case, no accents, one apostrophe, no possessive.</summary>
internal static partial class ReportWords
{
    public static IReadOnlyList<Word> Split(string text)
    {
        var words = new List<Word>();
        foreach (Match m in WordPattern().Matches(text))
        {
            var surface = m.Value;
            var possessive = false;
            var bare = surface;
            if (bare.Length > 2 && (bare.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || bare.EndsWith("’s", StringComparison.OrdinalIgnoreCase)))
            {
                bare = bare[..^2];
                possessive = true;
            }

            words.Add(new Word(m.Index, m.Index + m.Length, surface, Normalise(bare), possessive));
        }

        return words;
    }

    /// <summary>Lower case without accents, dots or hyphens, with one kind of apostrophe: "Kyïv" = "kyiv", "U.S." = "us".</summary>
    public static string Normalise(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '.') continue;
            plain.Append(c is '’' or '‘' or '`' ? '\'' : char.ToLowerInvariant(c));
        }

        return plain.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The key of a name of several words, as the words of a text make it.</summary>
    public static string Key(string name) => string.Join(' ', Split(name).Select(w => w.Key));

    /// <summary>
    /// A spelling-blind form of a name for transliterations: Latin letters (AnyAscii turns "Зеленський" into
    /// "Zelens'kyi"), y as i, w as v, ks as x, no doubled letters and nothing but letters, so that Zelenskyy,
    /// Zelenskiy, Zelensky and Зеленський meet.
    /// </summary>
    public static string Skeleton(string name)
    {
        var latin = AnyAscii.Transliteration.Transliterate(Normalise(name)).ToLowerInvariant();
        var letters = new StringBuilder();
        foreach (var c in latin.Replace("ks", "x", StringComparison.Ordinal).Replace("kh", "h", StringComparison.Ordinal))
        {
            if (!char.IsAsciiLetterLower(c)) continue;
            var mapped = c switch { 'y' => 'i', 'w' => 'v', _ => c };
            if (letters.Length > 0 && letters[^1] == mapped) continue;
            letters.Append(mapped);
        }

        return letters.ToString();
    }

    // "U.S." as one word; otherwise letters and digits with inner apostrophes ("Russia’s", "O'Brien"), hyphens split.
    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{Nd}]+(?:['’][\p{L}\p{M}]+)*")]
    private static partial Regex WordPattern();
}
