using System.Globalization;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Ceasefires;
using CeasefireTracker.Web.Features.Exchanges;
using CeasefireTracker.Web.Features.Shared;
using CeasefireTracker.Web.Features.Timeline;

namespace CeasefireTracker.Web.Features.Events;

/// <summary>Who spoke for which side and an event's kind facts as a few plain sentences, for places that carry text only (the Atom feed's entries).</summary>
public static class EventFactsText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Describe(IReadOnlyList<Representation> representing, EventFacts? facts)
    {
        var sentences = new List<string>();
        if (representing.Count > 0)
        {
            sentences.Add(string.Join("; ", representing.Select(r => $"{r.Actor.Name} ({Labels.Words(r.Role).ToLowerInvariant()}) for {r.Side.Name}")) + ".");
        }

        if (facts is null) return string.Join(" ", sentences);

        if (facts.Talks is { } t)
        {
            if (t.Track is { } track) sentences.Add((t.RoundNumber is { } n ? $"Round {n} of " : "Part of ") + track.Name + ".");
            if (t.DurationMinutes is { } minutes) sentences.Add($"Duration: {EventWindow.DurationWords(minutes, t.DurationQualifier)}.");
        }

        if (facts.Proposal is { } p) sentences.AddRange(Proposal(p));
        if (facts.Exchange is { } x) sentences.AddRange(Exchange(x));
        return string.Join(" ", sentences);
    }

    private static IEnumerable<string> Proposal(ProposalFacts p)
    {
        var kind = string.Join(", ", new[] { Lower(p.Declaration), Lower(p.Form) }.Where(w => w is not null));
        yield return $"{(kind.Length == 0 ? "Ceasefire" : char.ToUpperInvariant(kind[0]) + kind[1..] + " ceasefire")}, coverage {CeasefireLabels.Coverage(p.Scope, p.CoverageDetail).ToLowerInvariant()}"
            + (p.Purpose is { } purpose ? $", purpose: {CeasefireLabels.Purpose(purpose).ToLowerInvariant()}" : "") + ".";
        if (p.AnnouncedOn is { } announced) yield return $"Announced {Day(announced)}.";
        yield return $"Status: {CeasefireLabels.Status(p.Status).ToLowerInvariant()}"
            + (p.StatusHistory.Count == 0 ? "" : $" ({string.Join("; ", p.StatusHistory.Select(h => $"{CeasefireLabels.Status(h.Status).ToLowerInvariant()} {Day(h.On)}"))})") + ".";
        if (p.EndedHow is { } ended) yield return $"Ended: {Labels.Words(ended).ToLowerInvariant()}" + (p.EndedOn is { } on ? $" on {Day(on)}" : "") + ".";
        if (p.Extends is { } extended) yield return $"Extends {extended.Title}.";
        if (p.Responses.Count > 0)
        {
            yield return "Responses: " + string.Join("; ", p.Responses.Select(r => $"{r.Party.Name} {Labels.Words(r.Response).ToLowerInvariant()}"
                + (r.CounterProposal is { } counter ? $" ({counter.Title})" : "") + (r.Conditions is { } c ? $" ({c})" : ""))) + ".";
        }

        if (p.Violations.Count > 0)
        {
            yield return "Violations alleged: " + string.Join("; ", p.Violations.Select(v => $"{v.Accuser.Name} accuses {v.Accused.Name}, {Day(v.AllegedOn)}")) + ".";
        }
    }

    private static IEnumerable<string> Exchange(ExchangeFacts x)
    {
        if (x.Batches.Count > 0)
        {
            yield return "Day by day: " + string.Join("; ", x.Batches.GroupBy(b => b.On)
                .Select(d => $"{Day(d.Key)} " + string.Join(", ", d.GroupBy(b => (b.From, b.To)).Select(w => $"{w.Key.From.Name} → {w.Key.To.Name} {Number(w.Sum(b => b.Count))}")))) + ".";
        }

        foreach (var comparison in FigureComparison.Of(x.Lines.Select(l => (l.From, l.To, l.Category, l.Count)), x.Reports))
        {
            yield return $"Reported, {comparison.From.Name} → {comparison.To.Name} {comparison.What}: "
                + string.Join("; ", comparison.Figures.Select(f => $"{f.ReportedBy.Name} says {Number(f.Count)}"))
                + (comparison.Disagree ? " (the reports differ)" : "") + ".";
        }
    }

    private static string Day(DateOnly day) => EventDates.Format(day, DatePrecision.Day);

    private static string Number(int n) => n.ToString("N0", English);

    private static string? Lower<TEnum>(TEnum? value) where TEnum : struct, Enum => value is { } v ? Labels.Words(v).ToLowerInvariant() : null;
}
