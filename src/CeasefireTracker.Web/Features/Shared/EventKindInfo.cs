using CeasefireTracker.Web.Domain;
using MudBlazor;

namespace CeasefireTracker.Web.Features.Shared;

/// <summary>How each kind of event is named in URLs and recognised on screen (label, icon, colour class).</summary>
public sealed record EventKindInfo(EventKind Kind, string UrlName, string Label, string PluralLabel, string Icon)
{
    public string CssClass => $"kind-{UrlName}";

    public static readonly IReadOnlyList<EventKindInfo> All =
    [
        new(EventKind.Talks, "talks", "Talks", "Talks", Icons.Material.Filled.Groups),
        new(EventKind.Statement, "statement", "Statement", "Statements", Icons.Material.Filled.RecordVoiceOver),
        new(EventKind.Claim, "claim", "Claim", "Claims", Icons.Material.Filled.FactCheck),
        new(EventKind.PrisonerExchange, "prisoner-exchange", "Prisoner exchange", "Prisoner exchanges", Icons.Material.Filled.SyncAlt),
        new(EventKind.CeasefireProposal, "ceasefire-proposal", "Ceasefire proposal", "Ceasefire proposals", Icons.Material.Filled.Flag),
    ];

    public static EventKindInfo Of(EventKind kind) => All.First(k => k.Kind == kind);

    /// <summary>Reads a kind from its URL name, ignoring case ("talks", "prisoner-exchange").</summary>
    public static EventKindInfo? FromUrlName(string? value) =>
        All.FirstOrDefault(k => string.Equals(k.UrlName, value?.Trim(), StringComparison.OrdinalIgnoreCase));
}
