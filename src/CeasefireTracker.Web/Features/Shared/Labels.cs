using System.Text.RegularExpressions;

namespace CeasefireTracker.Web.Features.Shared;

/// <summary>Turns enum names into words for readers: "AcceptedWithConditions" → "Accepted with conditions".</summary>
public static partial class Labels
{
    public static string Words<TEnum>(TEnum value) where TEnum : struct, Enum => Words(value.ToString());

    /// <summary>The same for any PascalCase name, such as a type or property name ("ExchangeLine" → "Exchange line").</summary>
    public static string Words(string pascalCase)
    {
        var spaced = CapitalBoundary().Replace(pascalCase, " $1").ToLowerInvariant();
        return char.ToUpperInvariant(spaced[0]) + spaced[1..];
    }

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex CapitalBoundary();
}
