using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;
using MudBlazor;

namespace CeasefireTracker.Web.Features.Actors;

/// <summary>How each kind of actor is named in URLs (<c>/actors?kind=government-body</c>) and on screen.</summary>
public sealed record ActorKindInfo(ActorKind Kind, string Label, string PluralLabel, string Icon)
{
    public static readonly IReadOnlyList<ActorKindInfo> All =
    [
        new(ActorKind.Person, "Person", "People", Icons.Material.Filled.Person),
        new(ActorKind.State, "State", "States", Icons.Material.Filled.Flag),
        new(ActorKind.GovernmentBody, "Government body", "Government bodies", Icons.Material.Filled.AccountBalance),
        new(ActorKind.InternationalOrganisation, "International organisation", "International organisations", Icons.Material.Filled.Public),
        new(ActorKind.ArmedGroup, "Armed group", "Armed groups", Icons.Material.Filled.Shield),
        new(ActorKind.Media, "Media", "Media", Icons.Material.Filled.Newspaper),
    ];

    public string UrlName { get; } = UrlNames.Of(Kind);

    public static ActorKindInfo Of(ActorKind kind) => All.First(k => k.Kind == kind);

    /// <summary>Reads a kind from its URL name (see <see cref="UrlNames"/>), ignoring case.</summary>
    public static ActorKindInfo? FromUrlName(string? value) => UrlNames.Parse<ActorKind>(value) is { } kind ? Of(kind) : null;
}
