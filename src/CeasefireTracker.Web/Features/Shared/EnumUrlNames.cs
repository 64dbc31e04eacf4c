namespace CeasefireTracker.Web.Features.Shared;

/// <summary>
/// Enum values as they appear in URLs: the reader's words in kebab case ("PartlyTrue" → "partly-true"), so a
/// filtered link reads like what it shows.
/// </summary>
public static class EnumUrlNames
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Labels.Words(value).ToLowerInvariant().Replace(' ', '-');

    /// <summary>Reads a value from its URL name, ignoring case and surrounding spaces.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        var wanted = text?.Trim();
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(candidate), wanted, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
