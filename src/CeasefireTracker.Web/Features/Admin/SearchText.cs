namespace CeasefireTracker.Web.Features.Admin;

/// <summary>What an editor types into a search-as-you-type box, made safe for SQL LIKE.</summary>
public static class SearchText
{
    public const int MaxLength = 200;

    /// <summary>A lower-case LIKE pattern for "contains", the editor's own % and _ taken literally; null for blank text.</summary>
    public static string? ContainsPattern(string? text) => Escaped(text) is { } needle ? $"%{needle}%" : null;

    /// <summary>The trimmed lower-case text, cut to <see cref="MaxLength"/>, with LIKE's wildcards escaped.</summary>
    public static string? Escaped(string? text)
    {
        var needle = text?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(needle)) return null;
        if (needle.Length > MaxLength) needle = needle[..MaxLength];
        return needle.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
    }
}
