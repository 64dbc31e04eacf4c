using System.Globalization;
using System.Text;

namespace CeasefireTracker.Web.Features.Shared;

/// <summary>
/// Characters that make text look other than it is. Bidirectional controls (U+202A–U+202E, U+2066–U+2069) reorder
/// what follows them ("‮txt.exe" shows as "exe.txt"), and private-use characters draw whatever a font puts there (a
/// fake highlight, a fake icon): both are refused in every field. Zero-width and direction marks are invisible, so in
/// a one-line field (a title, a name, a place) they only hide differences between two strings that look alike; they
/// are refused there too, except ZWJ and ZWNJ between two letters of a script that needs them to join or part letters
/// (Arabic, Persian, the Indic scripts), e.g. "می‌خواهم". Running text (summaries, quotes, excerpts) keeps the
/// invisible ones: languages use them, and pages render such text isolated (dir="auto", &lt;bdi&gt;).
/// </summary>
public static class SafeText
{
    /// <summary>The first character that may not be in the text, with its position (from 1), or null when there is none.</summary>
    public static (string Character, int Position)? FirstSpoofing(string? text, bool multiline)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var position = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            position++;
            var c = rune.Value;
            var refused = IsBidiControl(c) || IsPrivateUse(c)
                || (!multiline && IsInvisible(c) && !JoinsLetters(text, position - 1, c));
            if (refused) return (Describe(c), position);
        }

        return null;
    }

    /// <summary>What an editor is told about the character found at its position.</summary>
    public static string Message((string Character, int Position) found) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Remove the invisible character {found.Character} (character {found.Position}): it can make the text look different from what it is.");

    private static bool IsBidiControl(int c) => c is >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069;

    private static bool IsPrivateUse(int c) => c is >= 0xE000 and <= 0xF8FF or >= 0xF0000;

    // Zero-width space, non-joiner, joiner, direction marks, word joiner, invisible operators, the byte-order mark.
    private static bool IsInvisible(int c) => c is 0x200B or 0x200C or 0x200D or 0x200E or 0x200F or 0x061C or >= 0x2060 and <= 0x2064 or 0xFEFF;

    /// <summary>ZWJ or ZWNJ between two letters, neither of a script that never needs them (Latin, Greek, Cyrillic…).</summary>
    private static bool JoinsLetters(string text, int runeIndex, int c)
    {
        if (c is not (0x200C or 0x200D)) return false;
        var runes = text.EnumerateRunes().ToList();
        if (runeIndex == 0 || runeIndex == runes.Count - 1) return false;
        var (before, after) = (runes[runeIndex - 1], runes[runeIndex + 1]);
        return Rune.IsLetter(before) && Rune.IsLetter(after) && before.Value >= 0x0590 && after.Value >= 0x0590;
    }

    private static string Describe(int c) => c switch
    {
        0x202A => "U+202A (left-to-right embedding)",
        0x202B => "U+202B (right-to-left embedding)",
        0x202C => "U+202C (pop directional formatting)",
        0x202D => "U+202D (left-to-right override)",
        0x202E => "U+202E (right-to-left override)",
        0x2066 => "U+2066 (left-to-right isolate)",
        0x2067 => "U+2067 (right-to-left isolate)",
        0x2068 => "U+2068 (first strong isolate)",
        0x2069 => "U+2069 (pop directional isolate)",
        0x200B => "U+200B (zero-width space)",
        0x200C => "U+200C (zero-width non-joiner)",
        0x200D => "U+200D (zero-width joiner)",
        0x200E => "U+200E (left-to-right mark)",
        0x200F => "U+200F (right-to-left mark)",
        0xFEFF => "U+FEFF (zero-width no-break space)",
        _ when IsPrivateUse(c) => string.Create(CultureInfo.InvariantCulture, $"U+{c:X4} (private use)"),
        _ => string.Create(CultureInfo.InvariantCulture, $"U+{c:X4}"),
    };
}
