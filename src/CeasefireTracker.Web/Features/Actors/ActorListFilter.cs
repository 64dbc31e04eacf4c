using CeasefireTracker.Web.Domain;
using Microsoft.Extensions.Primitives;
using CeasefireTracker.Web.Features.Shared;

namespace CeasefireTracker.Web.Features.Actors;

/// <summary>
/// What the reader asked the actor list for, from the query string (<c>/actors?kind=person&amp;start=P</c>).
/// The list is ordered by name and read by keyset: <see cref="After"/> is the slug of the last actor shown, and
/// <see cref="Start"/> is a letter to jump to, so a page deep in thousands of actors costs the same as the first.
/// </summary>
public sealed record ActorListFilter
{
    public static readonly IReadOnlyList<char> Letters = [.. Enumerable.Range('A', 26).Select(c => (char)c)];

    public ActorKind? Kind { get; init; }
    public string? After { get; init; }
    public char? Start { get; init; }

    /// <summary>Reads the filter; an unusable value is left out and explained in the notices, never thrown.</summary>
    public static ParsedActorListFilter FromQuery(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var values = query.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        string? One(string key) => values.TryGetValue(key, out var v) ? v.FirstOrDefault()?.Trim() : null;
        var notices = new List<string>();

        ActorKind? kind = null;
        if (One("kind") is { Length: > 0 } kindValue)
        {
            if (ActorKindInfo.FromUrlName(kindValue) is { } info) kind = info.Kind;
            else notices.Add($"There is no kind of actor called “{Echo.Shorten(kindValue)}”; showing every kind.");
        }

        char? start = null;
        if (One("start") is { Length: > 0 } startValue)
        {
            var letter = char.ToUpperInvariant(startValue[0]);
            if (startValue.Length == 1 && Letters.Contains(letter)) start = letter;
            else notices.Add($"“{Echo.Shorten(startValue)}” is not a letter from A to Z; showing the list from the start.");
        }

        string? after = null;
        if (One("after") is { Length: > 0 } afterValue)
        {
            var lowered = afterValue.ToLowerInvariant();
            if (Slugs.IsWellFormed(lowered)) after = lowered;
            else notices.Add("The position in the list in the link is not valid; showing the list from the start.");
        }

        return new ParsedActorListFilter(new ActorListFilter { Kind = kind, After = after, Start = after is null ? start : null }, notices);
    }

    /// <summary>The query string of this filter with another position in the list, for links.</summary>
    public string ToQueryString(string? after = null, char? start = null)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (Kind is { } k) pairs.Add(new("kind", ActorKindInfo.Of(k).UrlName));
        if (after is not null) pairs.Add(new("after", after));
        else if (start is { } s) pairs.Add(new("start", s.ToString()));
        return QueryString.Create(pairs).ToString();
    }
}

public sealed record ParsedActorListFilter(ActorListFilter Filter, IReadOnlyList<string> Notices);
