using CeasefireTracker.Web.Features.Shared;
using CeasefireTracker.Web.Features.Timeline;
using Microsoft.Extensions.Primitives;

namespace CeasefireTracker.Web.Features.Analysis;

/// <summary>
/// The window the analysis page counts, read from its query string (<c>/analysis?actor=steve-witkoff&amp;from=2025-04-01</c>)
/// so every window is a link: events with any of these actors, between these dates. Kinds, "all of them together",
/// search text and page position are the timeline's; the counts take every kind and any actor.
/// </summary>
public sealed record AnalysisFilter
{
    public IReadOnlyList<string> ActorSlugs { get; init; } = [];
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    public bool IsEmpty => ActorSlugs.Count == 0 && From is null && To is null;

    /// <summary>
    /// Reads the window from a query string. Nothing here throws: a value that cannot be used is left out and
    /// explained in the notices, and so is a timeline filter that does not apply here (a link copied from the timeline).
    /// </summary>
    public static ParsedAnalysisFilter FromQuery(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var values = query.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        bool Given(string key) => values.TryGetValue(key, out var v) && v.Any(s => !string.IsNullOrWhiteSpace(s));
        string? One(string key) => values.TryGetValue(key, out var v) ? v.FirstOrDefault() : null;
        var notices = new List<string>();

        var actors = Actors.ActorSlugs.Parse(values.TryGetValue(Actors.ActorSlugs.Key, out var a) ? a.OfType<string>() : null, notices);
        var (from, to) = FilterDates.Parse(One("from"), One("to"), notices);

        // Say so rather than show numbers that silently differ from the timeline the page links to.
        if (Given("kind")) notices.Add("These views count every kind of event; the kind filter was ignored.");
        if (string.Equals(One("match")?.Trim(), "all", StringComparison.OrdinalIgnoreCase))
        {
            notices.Add("These views count events with any of the chosen actors; “all of them together” was ignored.");
        }

        if (Given("q")) notices.Add("These views count events whatever their text; the search was ignored.");
        return new ParsedAnalysisFilter(new AnalysisFilter { ActorSlugs = actors, From = from, To = to }, notices);
    }

    /// <summary>The query string of this window, for links.</summary>
    public string ToQueryString() => ToTimeline().ToQueryString();

    /// <summary>The same events on the timeline.</summary>
    public TimelineFilter ToTimeline() => new() { ActorSlugs = ActorSlugs, From = From, To = To };
}

public sealed record ParsedAnalysisFilter(AnalysisFilter Filter, IReadOnlyList<string> Notices);
