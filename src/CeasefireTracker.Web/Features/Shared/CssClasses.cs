using CeasefireTracker.Web.Domain;

namespace CeasefireTracker.Web.Features.Shared;

/// <summary>
/// The CSS class of an enum value: what kind of value it is and its URL name (<see cref="UrlNames"/>), so
/// <c>ClaimVerdict.PartlyTrue</c> is <c>verdict-partly-true</c> and <c>EventKind.PrisonerExchange</c> is
/// <c>kind-prisoner-exchange</c>. The one place these classes are made; the style sheets' kind and tone rules select
/// on them (css/site.css, css/admin.css).
/// </summary>
public static class CssClasses
{
    private static readonly Dictionary<Type, string> Prefixes = new()
    {
        [typeof(EventKind)] = "kind",
        [typeof(ClaimVerdict)] = "verdict",
        [typeof(ClaimStance)] = "stance",
        [typeof(CeasefireStatus)] = "status",
        [typeof(ProposalResponse)] = "response",
        [typeof(EventStatus)] = "event-status",
    };

    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Prefixes.TryGetValue(typeof(TEnum), out var prefix)
            ? $"{prefix}-{UrlNames.Of(value)}"
            : throw new ArgumentException($"{typeof(TEnum).Name} has no CSS class prefix: add one to {nameof(CssClasses)}.", nameof(value));
}
