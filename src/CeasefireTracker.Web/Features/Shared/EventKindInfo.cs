using CeasefireTracker.Web.Domain;
using MudBlazor;

namespace CeasefireTracker.Web.Features.Shared;

/// <summary>How each kind of event is named in URLs and recognised on screen (label, icon, colour class).</summary>
public sealed record EventKindInfo(EventKind Kind, string Label, string PluralLabel, string Icon)
{
    public string CssClass => CssClasses.Of(Kind);

    public static readonly IReadOnlyList<EventKindInfo> All =
    [
        new(EventKind.Talks, "Talks", "Talks", Icons.Material.Filled.Groups),
        new(EventKind.Statement, "Statement", "Statements", Icons.Material.Filled.RecordVoiceOver),
        new(EventKind.Claim, "Claim", "Claims", Icons.Material.Filled.FactCheck),
        new(EventKind.PrisonerExchange, "Prisoner exchange", "Prisoner exchanges", Icons.Material.Filled.SyncAlt),
        new(EventKind.CeasefireProposal, "Ceasefire proposal", "Ceasefire proposals", Icons.Material.Filled.Flag),
    ];

    public string UrlName { get; } = UrlNames.Of(Kind);

    public static EventKindInfo Of(EventKind kind) => All.First(k => k.Kind == kind);

    /// <summary>Reads a kind from its URL name (see <see cref="UrlNames"/>), ignoring case.</summary>
    public static EventKindInfo? FromUrlName(string? value) => UrlNames.Parse<EventKind>(value) is { } kind ? Of(kind) : null;
}
