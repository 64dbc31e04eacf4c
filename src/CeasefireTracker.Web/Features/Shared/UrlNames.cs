namespace CeasefireTracker.Web.Features.Shared;

/// <summary>
/// Enum values as they appear in URLs and data files: the reader's words in kebab case (GovernmentBody →
/// "government-body", PartlyTrue → "partly-true"), so a filtered link reads like what it shows and exported
/// values match the query parameters that select them. The one place URL names are made and read.
/// </summary>
public static class UrlNames
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Labels.Words(value).ToLowerInvariant().Replace(' ', '-');

    /// <summary>Reads a value from its URL name, ignoring case and surrounding spaces; null when there is none.</summary>
    public static TEnum? Parse<TEnum>(string? text) where TEnum : struct, Enum
    {
        var wanted = text?.Trim();
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(candidate), wanted, StringComparison.OrdinalIgnoreCase)) return candidate;
        }

        return null;
    }

    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        var parsed = Parse<TEnum>(text);
        value = parsed.GetValueOrDefault();
        return parsed.HasValue;
    }
}
