using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Actors;

/// <summary>One way an actor is called: their name, or one of their aliases.</summary>
public sealed class ActorSpelling
{
    public int ActorId { get; init; }
    public required string Name { get; init; }
    public bool IsAlias { get; init; }
}

/// <summary>
/// How every page, filter and picker matches what a person typed against actors' names: the timeline's search and
/// <c>who=</c>, the editors' pickers (affiliation and merge included) and their actor list. A name or alias matches
/// when, unaccented and in lower case, one of its words starts with the text or the text is word-similar to it
/// (pg_trgm's &lt;%), so "Zelenskiy", "zelensk", "zel" and "Зеленськ" all find Volodymyr Zelensky in any script, while
/// a search for "us" does not bring in Russia. Both tests use the expression the trigram indexes are built on,
/// immutable_unaccent(lower(name)), so each is an index scan.
/// </summary>
public static class ActorNames
{
    /// <summary>
    /// The text as the matching reads it: trimmed, lower case, cut to <see cref="SearchText.MaxLength"/> characters (no
    /// name is longer, and it bounds the work of the trigram match); null when nothing is left or it holds control
    /// characters (PostgreSQL text cannot hold NUL).
    /// </summary>
    public static string? Needle(string? typed)
    {
        var needle = typed?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(needle) || needle.Any(char.IsControl)) return null;
        return SearchText.Cut(needle).TrimEnd();
    }

    /// <summary>
    /// Every actor's name and aliases as one set (a UNION ALL): PostgreSQL pushes a condition on it into each half,
    /// where the trigram index of that table answers it, rather than testing every actor for both.
    /// </summary>
    public static IQueryable<ActorSpelling> Spellings(TrackerDbContext db) =>
        db.Actors.Select(a => new ActorSpelling { ActorId = a.Id, Name = a.Name, IsAlias = false })
            .Concat(db.ActorAliases.Select(al => new ActorSpelling { ActorId = al.ActorId, Name = al.Name, IsAlias = true }));

    /// <summary>The names and aliases that match <paramref name="needle"/> (see <see cref="Needle"/>).</summary>
    public static IQueryable<ActorSpelling> Matching(TrackerDbContext db, string needle)
    {
        // LIKE's own wildcards in the text are taken literally: "%" finds a name with a percent sign, not every name.
        var escaped = SearchText.Escaped(needle);
        var first = $"{escaped}%";
        var later = $"% {escaped}%";
        return Spellings(db).Where(s =>
            EF.Functions.Like(EventSearch.Unaccent(EventSearch.Lower(s.Name)), EventSearch.Unaccent(first))
            || EF.Functions.Like(EventSearch.Unaccent(EventSearch.Lower(s.Name)), EventSearch.Unaccent(later))
            || EF.Functions.TrigramsAreWordSimilar(EventSearch.Unaccent(needle), EventSearch.Unaccent(EventSearch.Lower(s.Name))));
    }

    /// <summary>The ids of the actors with a name or alias that matches <paramref name="needle"/>.</summary>
    public static IQueryable<int> MatchingIds(TrackerDbContext db, string needle) => Matching(db, needle).Select(s => s.ActorId);

    /// <summary>
    /// Names and aliases alike to a whole name as a whole (pg_trgm similarity, not word similarity): the actors an
    /// editor should see before adding one by that name.
    /// </summary>
    public static IQueryable<ActorSpelling> SimilarTo(TrackerDbContext db, string name) =>
        Spellings(db).Where(s => EF.Functions.TrigramsAreSimilar(EventSearch.Unaccent(EventSearch.Lower(s.Name)), EventSearch.Unaccent(name)));
}
