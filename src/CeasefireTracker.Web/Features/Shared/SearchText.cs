namespace CeasefireTracker.Web.Features.Shared;

/// <summary>
/// What a person types into a search box, anywhere: the one length it is cut to (the timeline's search, the typed
/// actor names, the admin lists and pickers), and the same text made safe for SQL LIKE.
/// </summary>
public static class SearchText
{
    /// <summary>Longer text is cut: nobody types more, and it bounds the work of a tsquery, a trigram match or a LIKE.</summary>
    public const int MaxLength = 200;

    /// <summary>The text cut to <see cref="MaxLength"/>, never between the two halves of a surrogate pair.</summary>
    public static string Cut(string text) =>
        text.Length <= MaxLength ? text : text[..(char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength)];

    /// <summary>A lower-case LIKE pattern for "contains", the editor's own % and _ taken literally; null for blank text.</summary>
    public static string? ContainsPattern(string? text) => Escaped(text) is { } needle ? $"%{needle}%" : null;

    /// <summary>The trimmed lower-case text, cut to <see cref="MaxLength"/>, with LIKE's wildcards escaped.</summary>
    public static string? Escaped(string? text)
    {
        var needle = text?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(needle)) return null;
        return Cut(needle).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
    }
}
