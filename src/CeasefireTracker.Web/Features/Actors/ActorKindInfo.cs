using CeasefireTracker.Web.Domain;
using MudBlazor;

namespace CeasefireTracker.Web.Features.Actors;

/// <summary>How each kind of actor is named in URLs (<c>/actors?kind=government-body</c>) and on screen.</summary>
public sealed record ActorKindInfo(ActorKind Kind, string UrlName, string Label, string PluralLabel, string Icon)
{
    public static readonly IReadOnlyList<ActorKindInfo> All =
    [
        new(ActorKind.Person, "person", "Person", "People", Icons.Material.Filled.Person),
        new(ActorKind.State, "state", "State", "States", Icons.Material.Filled.Flag),
        new(ActorKind.GovernmentBody, "government-body", "Government body", "Government bodies", Icons.Material.Filled.AccountBalance),
        new(ActorKind.InternationalOrganisation, "international-organisation", "International organisation", "International organisations", Icons.Material.Filled.Public),
        new(ActorKind.ArmedGroup, "armed-group", "Armed group", "Armed groups", Icons.Material.Filled.Shield),
        new(ActorKind.Media, "media", "Media", "Media", Icons.Material.Filled.Newspaper),
    ];

    public static ActorKindInfo Of(ActorKind kind) => All.First(k => k.Kind == kind);

    /// <summary>Reads a kind from its URL name, ignoring case ("person", "government-body").</summary>
    public static ActorKindInfo? FromUrlName(string? value) =>
        All.FirstOrDefault(k => string.Equals(k.UrlName, value?.Trim(), StringComparison.OrdinalIgnoreCase));
}
