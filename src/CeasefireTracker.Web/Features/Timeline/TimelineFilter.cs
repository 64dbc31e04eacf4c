using System.Text;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.Extensions.Primitives;

namespace CeasefireTracker.Web.Features.Timeline;

/// <summary>How several actors combine: events with any of them, or only events in which all of them took part.</summary>
public enum ActorMatch
{
    Any,
    All,
}

/// <summary>
/// What the reader asked the timeline for. It lives in the query string
/// (<c>/timeline?actor=steve-witkoff&amp;kind=talks&amp;from=2025-02-01&amp;to=2025-04-30</c>) so a filtered view is a link.
/// </summary>
public sealed record TimelineFilter
{
    public IReadOnlyList<string> ActorSlugs { get; init; } = [];
    public IReadOnlyList<EventKind> Kinds { get; init; } = [];
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public TimelineCursor? After { get; init; }

    /// <summary>Free text (<c>q</c>), searched in titles, summaries, quotes and claims and in actor names.</summary>
    public string? Query { get; init; }

    public ActorMatch Match { get; init; }

    public bool IsEmpty => ActorSlugs.Count == 0 && Kinds.Count == 0 && From is null && To is null && Query is null;

    /// <summary>Reads the filter from a query string (page, export, feed and API all read it the same way).</summary>
    public static ParsedTimelineFilter FromQuery(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var values = query.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        string[]? Many(string key) => values.TryGetValue(key, out var v) ? [.. v.OfType<string>()] : null;
        string? One(string key) => values.TryGetValue(key, out var v) ? v.FirstOrDefault() : null;
        return Parse(Many(Actors.ActorSlugs.Key), Many("kind"), One("from"), One("to"), One("after"), One("q"), One("match"));
    }

    /// <summary>
    /// Reads the filter from raw query values. Nothing here throws: a value that cannot be used is left out and
    /// explained in <see cref="ParsedTimelineFilter.Notices"/>, and the rest of the filter still applies.
    /// </summary>
    public static ParsedTimelineFilter Parse(
        string[]? actors, string[]? kinds, string? from, string? to, string? after, string? q = null, string? match = null)
    {
        var notices = new List<string>();

        var actorSlugs = Actors.ActorSlugs.Parse(actors, notices);

        var parsedKinds = new List<EventKind>();
        foreach (var value in (kinds ?? []).Where(k => !string.IsNullOrWhiteSpace(k)))
        {
            if (EventKindInfo.FromUrlName(value) is { } kind)
            {
                if (!parsedKinds.Contains(kind.Kind)) parsedKinds.Add(kind.Kind);
            }
            else
            {
                notices.Add($"There is no kind of event called “{Echo.Shorten(value)}”; it was ignored.");
            }
        }

        var (fromDate, toDate) = FilterDates.Parse(from, to, notices);

        var cursor = TimelineCursor.FromLink(after, "newest events", notices);

        var actorMatch = ActorMatch.Any;
        if (string.Equals(match?.Trim(), "all", StringComparison.OrdinalIgnoreCase)) actorMatch = ActorMatch.All;
        else if (!string.IsNullOrWhiteSpace(match) && !string.Equals(match.Trim(), "any", StringComparison.OrdinalIgnoreCase))
        {
            notices.Add($"“{Echo.Shorten(match)}” is not a way to combine actors (use any or all); showing events with any of them.");
        }

        var filter = new TimelineFilter
        {
            ActorSlugs = actorSlugs, Kinds = parsedKinds, From = fromDate, To = toDate, After = cursor,
            Query = NormalizeQuery(q, notices), Match = actorMatch,
        };
        return new ParsedTimelineFilter(filter, notices);
    }

    /// <summary>The query string of this filter, for links (page position included only when asked for).</summary>
    public string ToQueryString(TimelineCursor? after = null)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        pairs.AddRange(ActorSlugs.Select(a => new KeyValuePair<string, string?>(Actors.ActorSlugs.Key, a)));
        pairs.AddRange(Kinds.Select(k => new KeyValuePair<string, string?>("kind", EventKindInfo.Of(k).UrlName)));
        if (From is { } f) pairs.Add(new("from", EventDates.Iso(f)));
        if (To is { } t) pairs.Add(new("to", EventDates.Iso(t)));
        if (Query is not null) pairs.Add(new("q", Query));
        if (Match == ActorMatch.All) pairs.Add(new("match", "all"));
        if (after is not null) pairs.Add(new("after", after.ToString()));
        return QueryString.Create(pairs).ToString();
    }

    /// <summary>
    /// Control characters go (PostgreSQL text cannot hold NUL), runs of white space become one space, and the
    /// length is capped. Query syntax characters stay: websearch_to_tsquery reads any text without error.
    /// </summary>
    private static string? NormalizeQuery(string? value, List<string> notices)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = new StringBuilder(Math.Min(value.Length, SearchText.MaxLength + 1));
        foreach (var c in value)
        {
            var blank = char.IsWhiteSpace(c) || char.IsControl(c);
            if (blank && (text.Length == 0 || text[^1] == ' ')) continue;
            text.Append(blank ? ' ' : c);
            if (text.Length > SearchText.MaxLength) break;
        }

        var query = text.ToString().TrimEnd();
        if (query.Length > SearchText.MaxLength)
        {
            query = SearchText.Cut(query).TrimEnd();
            notices.Add($"The search was too long; only its first {SearchText.MaxLength} characters were used.");
        }

        return query.Length == 0 ? null : query;
    }
}

public sealed record ParsedTimelineFilter(TimelineFilter Filter, IReadOnlyList<string> Notices);
