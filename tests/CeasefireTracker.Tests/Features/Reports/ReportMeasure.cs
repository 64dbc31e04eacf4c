using System.Globalization;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Reports;

namespace CeasefireTracker.Tests.Features.Reports;

/// <summary>
/// An event a report tells, as an editor logged it (the demo data) or as the author of an invented report expects
/// it: kind, date with precision, the actors (slug, or name for an actor the store does not know) and the sentences
/// it rests on.
/// </summary>
public sealed record ExpectedEvent(EventKind Kind, DateOnly Date, DatePrecision Precision, IReadOnlyList<string> Actors, IReadOnlyList<string> Sentences, string Label)
{
    public SuggestedDate When => new(Date, Precision);
}

/// <summary>Recall and precision of one measure: found of expected, right of suggested.</summary>
public sealed record Score(int Right, int Expected, int Suggested)
{
    public double Recall => Expected == 0 ? 1 : (double)Right / Expected;
    public double Precision => Suggested == 0 ? 1 : (double)Right / Suggested;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"recall {Recall:P0} ({Right}/{Expected}), precision {Precision:P0} ({Right}/{Suggested})");
}

/// <summary>
/// Scores suggestions against expected events. A suggestion answers an expected event when the kind is the same
/// and they share a sentence or a principal actor; pairs are taken best first (date agreeing, then shared
/// sentences, then shared actors), each event and suggestion once.
/// <list type="bullet">
/// <item>Events: right when paired with the kind and a date that agrees (the date ranges overlap: a day, a month,
/// or a week either side of an approximate date).</item>
/// <item>Dates: of the pairs, how many dates agree, and how many are exactly the expected day and precision.</item>
/// <item>Actors per event: over the pairs, actors in both against actors expected and actors suggested.</item>
/// <item>Invented actors: new names a suggestion proposes that no expected event has.</item>
/// </list>
/// </summary>
public sealed class ReportMeasure
{
    public ReportMeasure(IReadOnlyList<ExpectedEvent> expected, ReportSuggestions suggestions)
    {
        var sentences = suggestions.Sentences;
        var candidates =
            from e in expected
            from s in suggestions.Events
            where e.Kind == s.Kind
            let shared = s.Sentences.Count(i => e.Sentences.Any(x => Same(x, sentences[i].Text)))
            let actors = ActorKeys(s).Intersect(e.Actors).Count()
            where shared > 0 || actors > 0
            let dateAgrees = s.Date is not null && s.Date.Overlaps(e.When)
            orderby dateAgrees descending, shared descending, actors descending
            select (Expected: e, Suggestion: s, DateAgrees: dateAgrees);
        var pairs = new List<(ExpectedEvent Expected, EventSuggestion Suggestion, bool DateAgrees)>();
        foreach (var c in candidates)
        {
            if (pairs.Any(p => p.Expected == c.Expected || p.Suggestion == c.Suggestion)) continue;
            pairs.Add(c);
        }

        Pairs = pairs;
        Events = new Score(pairs.Count(p => p.DateAgrees), expected.Count, suggestions.Events.Count);
        Dates = new Score(pairs.Count(p => p.DateAgrees), pairs.Count, pairs.Count);
        ExactDates = pairs.Count(p => p.Suggestion.Date is { } d && d.Date == p.Expected.Date && d.Precision == p.Expected.Precision);
        Actors = new Score(
            pairs.Sum(p => ActorKeys(p.Suggestion).Intersect(p.Expected.Actors).Count()),
            pairs.Sum(p => p.Expected.Actors.Count),
            pairs.Sum(p => ActorKeys(p.Suggestion).Count()));
        var expectedNames = expected.SelectMany(e => e.Actors).ToHashSet(StringComparer.OrdinalIgnoreCase);
        InventedActors = [.. suggestions.NewActors.Select(a => a.Name).Where(n => !expectedNames.Contains(n))];
        Missed = [.. expected.Where(e => !pairs.Any(p => p.Expected == e && p.DateAgrees)).Select(e => e.Label)];
        Extra = [.. suggestions.Events.Where(s => !pairs.Any(p => p.Suggestion == s && p.DateAgrees)).Select(s => $"{s.Kind} {s.Date?.Date:yyyy-MM-dd} {s.Title}")];
    }

    public IReadOnlyList<(ExpectedEvent Expected, EventSuggestion Suggestion, bool DateAgrees)> Pairs { get; }
    public Score Events { get; }
    public Score Dates { get; }
    public int ExactDates { get; }
    public Score Actors { get; }
    public IReadOnlyList<string> InventedActors { get; }
    public IReadOnlyList<string> Missed { get; }
    public IReadOnlyList<string> Extra { get; }

    public string Report(string text) => string.Join(Environment.NewLine,
    [
        $"{text}:",
        $"  events (kind + date): {Events}",
        $"  dates of paired events: {Dates.Right}/{Dates.Expected} agree, {ExactDates}/{Dates.Expected} exact",
        $"  actors per event: {Actors}",
        $"  invented actors: {InventedActors.Count} {string.Join(", ", InventedActors)}",
        .. Missed.Select(m => $"  missed: {m}"),
        .. Extra.Select(x => $"  not expected: {x}"),
    ]);

    /// <summary>Slugs of stored actors, names of new ones: how expected events name them.</summary>
    public static IEnumerable<string> ActorKeys(EventSuggestion s) => s.Actors.Select(a => a.Slug ?? a.Name).Distinct();

    private static bool Same(string a, string b) => Normal(a) == Normal(b);

    private static string Normal(string s) => s.Replace('’', '\'').Replace('“', '"').Replace('”', '"').Trim();
}
