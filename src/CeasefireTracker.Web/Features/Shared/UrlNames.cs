using System.Diagnostics.CodeAnalysis;

namespace CeasefireTracker.Web.Features.Shared;

/// <summary>
/// Enum values as they appear in URLs and data files: lower case words joined by hyphens
/// (GovernmentBody → "government-body"), so exported values match the query parameters that select them.
/// </summary>
public static class UrlNames
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        string.Join('-', Labels.Words(value).Split(' ')).ToLowerInvariant();

    public static bool TryParse<TEnum>(string? value, [NotNullWhen(true)] out TEnum? result) where TEnum : struct, Enum
    {
        var wanted = value?.Trim();
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(candidate), wanted, StringComparison.OrdinalIgnoreCase))
            {
                result = candidate;
                return true;
            }
        }

        result = null;
        return false;
    }
}
