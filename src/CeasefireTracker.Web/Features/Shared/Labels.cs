using System.Text.RegularExpressions;

namespace CeasefireTracker.Web.Features.Shared;

/// <summary>Turns enum names into words for readers: "AcceptedWithConditions" → "Accepted with conditions".</summary>
public static partial class Labels
{
    public static string Words<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var spaced = CapitalBoundary().Replace(value.ToString(), " $1").ToLowerInvariant();
        return char.ToUpperInvariant(spaced[0]) + spaced[1..];
    }

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex CapitalBoundary();
}
