using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;
using CeasefireTracker.Web.Features.Timeline;
using Microsoft.Extensions.Primitives;

namespace CeasefireTracker.Web.Features.Claims;

/// <summary>
/// What the reader asked the claims page for, read from the query string
/// (<c>/claims?verdict=disputed&amp;actor=kremlin</c>) so a filtered view is a link.
/// </summary>
public sealed record ClaimsFilter
{
    public IReadOnlyList<ClaimVerdict> Verdicts { get; init; } = [];

    /// <summary>Claims in which any of these actors is the claimant or took a position.</summary>
    public IReadOnlyList<string> ActorSlugs { get; init; } = [];

    /// <summary>Claims are paged like the timeline, by keyset on (occurred_on, id).</summary>
    public TimelineCursor? After { get; init; }

    public bool IsEmpty => Verdicts.Count == 0 && ActorSlugs.Count == 0;

    /// <summary>
    /// Reads the filter from a query string. Nothing here throws: a value that cannot be used is left out and
    /// explained in <see cref="ParsedClaimsFilter.Notices"/>, and the rest of the filter still applies.
    /// </summary>
    public static ParsedClaimsFilter FromQuery(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var values = query.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        string[] Many(string key) => values.TryGetValue(key, out var v) ? [.. v.OfType<string>()] : [];
        var notices = new List<string>();

        var verdicts = new List<ClaimVerdict>();
        foreach (var value in Many("verdict").Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            if (!UrlNames.TryParse<ClaimVerdict>(value, out var verdict))
            {
                notices.Add($"There is no verdict “{Echo.Shorten(value)}”; it was ignored. Verdicts are: {string.Join(", ", Enum.GetValues<ClaimVerdict>().Select(UrlNames.Of))}.");
            }
            else if (!verdicts.Contains(verdict))
            {
                verdicts.Add(verdict);
            }
        }

        var actors = Actors.ActorSlugs.Parse(Many(Actors.ActorSlugs.Key), notices);

        TimelineCursor? after = null;
        if (values.TryGetValue("after", out var position) && !string.IsNullOrEmpty(position) && !TimelineCursor.TryParse(position, out after))
        {
            notices.Add("The page position in the link is not valid; showing the newest claims.");
        }

        return new ParsedClaimsFilter(new ClaimsFilter { Verdicts = verdicts, ActorSlugs = actors, After = after }, notices);
    }

    /// <summary>The query string of this filter, for links (page position included only when asked for).</summary>
    public string ToQueryString(TimelineCursor? after = null)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        pairs.AddRange(Verdicts.Select(v => new KeyValuePair<string, string?>("verdict", UrlNames.Of(v))));
        pairs.AddRange(ActorSlugs.Select(a => new KeyValuePair<string, string?>(Actors.ActorSlugs.Key, a)));
        if (after is not null) pairs.Add(new("after", after.ToString()));
        return QueryString.Create(pairs).ToString();
    }
}

public sealed record ParsedClaimsFilter(ClaimsFilter Filter, IReadOnlyList<string> Notices);
