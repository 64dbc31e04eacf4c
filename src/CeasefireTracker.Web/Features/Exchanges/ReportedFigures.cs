using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;

namespace CeasefireTracker.Web.Features.Exchanges;

/// <summary>A figure one actor gave for an exchange, with the report it comes from.</summary>
public sealed record ReportedFigure(
    ActorRef ReportedBy, ActorRef From, ActorRef To, DetaineeCategory? Category, int Count, DateOnly? ReportedOn, string? Note, SourceRef? Source);

/// <summary>
/// What each reporter said about one direction (and category, or everyone when null), beside the tracker's own total
/// from the lines. <see cref="Disagree"/> when the reporters give different numbers: the ledger says so rather than
/// pick one.
/// </summary>
public sealed record FigureComparison(ActorRef From, ActorRef To, DetaineeCategory? Category, int? Recorded, IReadOnlyList<ReportedFigure> Figures)
{
    public bool Disagree => Figures.Select(f => f.Count).Distinct().Count() > 1;

    /// <summary>"Russia → Ukraine, prisoners of war" or "Russia → Ukraine, everyone".</summary>
    public string What => Category is { } category ? Labels.Words(category).ToLowerInvariant() : "in all";

    /// <summary>
    /// The reports grouped by what they count, each group beside the recorded total for it: the line of its category,
    /// or the sum of the direction's lines for a figure of everyone. Groups in the order of their first report.
    /// </summary>
    public static IReadOnlyList<FigureComparison> Of(IEnumerable<(ActorRef From, ActorRef To, DetaineeCategory Category, int Count)> lines, IEnumerable<ReportedFigure> reports)
    {
        var totals = lines.ToList();
        int? Recorded(ActorRef from, ActorRef to, DetaineeCategory? category)
        {
            var matching = totals.Where(l => l.From.Id == from.Id && l.To.Id == to.Id && (category is null || l.Category == category)).ToList();
            return matching.Count == 0 ? null : matching.Sum(l => l.Count);
        }

        return [.. reports
            .GroupBy(r => (From: r.From.Id, To: r.To.Id, r.Category))
            .Select(g =>
            {
                var first = g.First();
                return new FigureComparison(first.From, first.To, first.Category, Recorded(first.From, first.To, first.Category),
                    [.. g.OrderBy(r => r.ReportedBy.Name, NameOrder.Comparer)]);
            })];
    }
}
