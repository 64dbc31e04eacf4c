using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;

namespace CeasefireTracker.Web.Features.Ceasefires;

public static class CeasefireLabels
{
    /// <summary>The scope in words; "Black Sea" is a proper name, which the generic enum wording would lower-case.</summary>
    public static string Scope(CeasefireScope scope) => scope switch
    {
        CeasefireScope.BlackSea => "Black Sea",
        _ => Labels.Words(scope),
    };

    /// <summary>ETH/PRIO's coverage in words: "Full", or "Partial: Black Sea (shipping only)".</summary>
    public static string Coverage(CeasefireScope scope, string? detail) =>
        (scope == CeasefireScope.Full ? "Full" : $"Partial: {Scope(scope)}") + (detail is null ? "" : $" ({detail})");

    /// <summary>A response as a pill reads: "Counter-proposal", "Accepted with conditions".</summary>
    public static string Response(ProposalResponse response) => response switch
    {
        ProposalResponse.CounterProposal => "Counter-proposal",
        _ => Labels.Words(response),
    };

    /// <summary>A status as a pill reads: "In force".</summary>
    public static string Status(CeasefireStatus status) => Labels.Words(status);

    public static string Purpose(CeasefirePurpose purpose) => purpose switch
    {
        CeasefirePurpose.Holiday => "Holiday or religious occasion",
        CeasefirePurpose.PeaceProcess => "To advance the peace process",
        _ => Labels.Words(purpose),
    };
}
