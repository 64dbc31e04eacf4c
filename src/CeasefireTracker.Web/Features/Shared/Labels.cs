using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.RegularExpressions;

namespace CeasefireTracker.Web.Features.Shared;

/// <summary>Turns enum names into words for readers: "AcceptedWithConditions" → "Accepted with conditions".</summary>
public static partial class Labels
{
    /// <summary>
    /// The value's <see cref="DisplayAttribute.Name"/> where plain words would be wrong ("Counter-proposal", the proper
    /// name "Black Sea"), otherwise its name in words; the same on public pages, admin forms and exports.
    /// </summary>
    public static string Words<TEnum>(TEnum value) where TEnum : struct, Enum =>
        EnumWords<TEnum>.All.TryGetValue(value, out var words) ? words : Words(value.ToString());

    /// <summary>The same for any PascalCase name, such as a type or property name ("ExchangeLine" → "Exchange line").</summary>
    public static string Words(string pascalCase)
    {
        var spaced = CapitalBoundary().Replace(pascalCase, " $1").ToLowerInvariant();
        return char.ToUpperInvariant(spaced[0]) + spaced[1..];
    }

    /// <summary>Each enum's words, read once (attributes are read by reflection).</summary>
    private static class EnumWords<TEnum> where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> All = Enum.GetValues<TEnum>().Distinct().ToDictionary(
            value => value,
            value => typeof(TEnum).GetField(value.ToString())?.GetCustomAttribute<DisplayAttribute>()?.Name ?? Words(value.ToString()));
    }

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex CapitalBoundary();
}
