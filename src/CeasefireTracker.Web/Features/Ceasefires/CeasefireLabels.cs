using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;

namespace CeasefireTracker.Web.Features.Ceasefires;

public static class CeasefireLabels
{
    /// <summary>ETH/PRIO's coverage in words: "Full", or "Partial: Black Sea (shipping only)".</summary>
    public static string Coverage(CeasefireScope scope, string? detail) =>
        (scope == CeasefireScope.Full ? "Full" : $"Partial: {Labels.Words(scope)}") + (detail is null ? "" : $" ({detail})");

    /// <summary>A status as a pill reads: "In force".</summary>
    public static string Status(CeasefireStatus status) => Labels.Words(status);

    public static string Purpose(CeasefirePurpose purpose) => purpose switch
    {
        CeasefirePurpose.Holiday => "Holiday or religious occasion",
        CeasefirePurpose.PeaceProcess => "To advance the peace process",
        _ => Labels.Words(purpose),
    };
}
