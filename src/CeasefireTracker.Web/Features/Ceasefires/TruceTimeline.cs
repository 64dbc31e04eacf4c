using System.Globalization;
using CeasefireTracker.Web.Domain;

namespace CeasefireTracker.Web.Features.Ceasefires;

/// <summary>A stretch of one truce's row: its window as proposed, or the time it was in force.</summary>
public sealed record TruceSpan(DateTimeOffset From, DateTimeOffset To, bool InForce, bool OpenEnded);

/// <summary>One row of the chart: a proposal's window, the time it was in force, and the days violations were alleged.</summary>
public sealed record TruceRow(ProposalRow Proposal, TruceSpan Window, IReadOnlyList<TruceSpan> InForce, IReadOnlyList<DateTimeOffset> Violations);

public sealed record AxisTick(DateTimeOffset At, string Label);

/// <summary>
/// The truce windows over time, as the /ceasefires chart draws them for the proposals on its page (15 at most, so the
/// chart stays readable): one row per proposal that has a window, from its
/// start to its end, the spans it was in force filled in, and a mark on each day a violation was alleged. A window
/// with no recorded end runs to the last thing recorded of it (a status, an allegation, its end of record) and is
/// marked open, rather than to today, which would claim it still holds. Times are instants: a date counts from its
/// midnight UTC, and a last day up to the next midnight.
/// </summary>
public sealed record TruceTimeline(IReadOnlyList<TruceRow> Rows, DateTimeOffset From, DateTimeOffset To)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static TruceTimeline Of(IEnumerable<ProposalRow> proposals)
    {
        var rows = new List<TruceRow>();
        foreach (var proposal in proposals.Where(HasWindow))
        {
            var window = WindowOf(proposal);
            rows.Add(new TruceRow(proposal, window, InForceSpans(proposal, window), [.. proposal.Violations.Select(v => Start(v.AllegedOn)).Distinct()]));
        }

        var shown = rows.OrderBy(r => r.Window.From).ToList();
        if (shown.Count == 0) return new TruceTimeline([], default, default);
        var from = shown.Min(r => r.Window.From);
        var to = shown.Max(r => Max(r.Window.To, r.Violations.Count > 0 ? r.Violations.Max().AddDays(1) : r.Window.To));
        return new TruceTimeline(shown, from, to);
    }

    /// <summary>Month (or year, over long spans) ticks across the axis.</summary>
    public IReadOnlyList<AxisTick> Ticks(int maximum = 8)
    {
        if (Rows.Count == 0) return [];
        var first = new DateOnly(From.Year, From.Month, 1);
        var months = ((To.Year - first.Year) * 12) + To.Month - first.Month + 1;
        var step = Math.Max(1, (int)Math.Ceiling(months / (double)maximum));
        if (step > 12) step = (int)Math.Ceiling(step / 12.0) * 12;
        var ticks = new List<AxisTick>();
        for (var month = first; Start(month) <= To; month = month.AddMonths(step))
        {
            if (Start(month) >= From) ticks.Add(new AxisTick(Start(month), month.ToString(step >= 12 ? "yyyy" : "MMM yyyy", English)));
        }

        return ticks;
    }

    /// <summary>Where an instant falls on an axis of the given width.</summary>
    public double X(DateTimeOffset at, double width) =>
        To <= From ? 0 : Math.Clamp((at - From).TotalSeconds / (To - From).TotalSeconds, 0, 1) * width;

    /// <summary>A proposal is drawn when it has a window to draw: an end, or time in force.</summary>
    private static bool HasWindow(ProposalRow p) =>
        p.Window.HasEnd || p.StatusHistory.Any(h => h.Status is CeasefireStatus.InForce or CeasefireStatus.Violated)
        || p.Status is CeasefireStatus.InForce or CeasefireStatus.Violated;

    private static TruceSpan WindowOf(ProposalRow p)
    {
        var from = p.Window.StartsAt ?? Start(p.Window.StartDate);
        var end = p.Window.EndsAt ?? (p.Window.EndDate is { } last ? Start(last.AddDays(1)) : (DateTimeOffset?)null);
        if (p.EndedOn is { } ended && (end is null || Start(ended.AddDays(1)) < end)) end = Start(ended.AddDays(1));
        if (end is { } known) return new TruceSpan(from, Max(from, known), InForce: false, OpenEnded: false);

        var lastRecorded = p.StatusHistory.Select(h => h.On).Concat(p.Violations.Select(v => v.AllegedOn)).Append(p.Window.StartDate).Max();
        return new TruceSpan(from, Max(from, Start(lastRecorded.AddDays(1))), InForce: false, OpenEnded: true);
    }

    /// <summary>
    /// The spans in force: from each step into force (in force, or violated while still holding) to the next step out
    /// of it (lapsed, proposed) or the window's end. Without a history, a truce in force or violated held for its
    /// whole window, as far as anyone recorded.
    /// </summary>
    private static List<TruceSpan> InForceSpans(ProposalRow p, TruceSpan window)
    {
        static bool Holding(CeasefireStatus s) => s is CeasefireStatus.InForce or CeasefireStatus.Violated;
        if (p.StatusHistory.Count == 0)
        {
            return Holding(p.Status) || (p.Status == CeasefireStatus.Lapsed && p.Window.HasEnd) ? [window with { InForce = true }] : [];
        }

        var spans = new List<TruceSpan>();
        DateTimeOffset? since = null;
        foreach (var step in p.StatusHistory)
        {
            var at = step.On == p.Window.StartDate ? window.From : Start(step.On);
            if (Holding(step.Status)) since ??= at;
            else if (since is { } start)
            {
                spans.Add(new TruceSpan(start, Max(start, Min(at, window.To)), InForce: true, OpenEnded: false));
                since = null;
            }
        }

        if (since is { } open) spans.Add(new TruceSpan(open, Max(open, window.To), InForce: true, window.OpenEnded));
        return spans;
    }

    private static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
