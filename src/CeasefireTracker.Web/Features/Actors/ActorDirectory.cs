using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Actors;

/// <summary>
/// The actor a reader typed into a filter bar. Filter bars take a name rather than offering every actor in a
/// list: with thousands of actors a list would weigh more than the page it filters.
/// </summary>
public sealed class ActorDirectory(IDbContextFactory<TrackerDbContext> contexts)
{
    /// <summary>The query string key of the typed name; pages resolve it and redirect to the actor's slug.</summary>
    public const string TypedNameKey = "who";

    /// <summary>
    /// By slug, name or alias, ignoring case and accents; failing that, the name or alias most like the text
    /// (pg_trgm word similarity, as the search matches names), so "witkof" still finds Steve Witkoff.
    /// </summary>
    public async Task<ActorRef?> FindAsync(string typed, CancellationToken cancellationToken = default)
    {
        var needle = typed.Trim().ToLowerInvariant();
        if (needle.Length == 0 || needle.Length > 200 || needle.Any(char.IsControl)) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var names = db.Actors.Select(a => new { ActorId = a.Id, a.Name })
            .Concat(db.ActorAliases.Select(al => new { al.ActorId, al.Name }))
            .Concat(db.Actors.Select(a => new { ActorId = a.Id, Name = a.Slug }));
        return await names
            .Where(n => EventSearch.Unaccent(EventSearch.Lower(n.Name)) == EventSearch.Unaccent(needle)
                || EF.Functions.TrigramsAreWordSimilar(EventSearch.Unaccent(needle), EventSearch.Unaccent(EventSearch.Lower(n.Name))))
            .Join(PublicActors.Of(db), n => n.ActorId, a => a.Id, (n, a) => new { n.Name, Actor = a })
            .OrderByDescending(m => m.Actor.Slug == needle)
            .ThenByDescending(m => EventSearch.Unaccent(EventSearch.Lower(m.Name)) == EventSearch.Unaccent(needle))
            .ThenByDescending(m => EF.Functions.TrigramsWordSimilarity(EventSearch.Unaccent(needle), EventSearch.Unaccent(EventSearch.Lower(m.Name))))
            .ThenBy(m => m.Actor.Name)
            .Select(m => new ActorRef(m.Actor.Id, m.Actor.Slug, m.Actor.Name))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// What a filter page does with a typed name: the link to redirect to (the filter with the actor's slug, made by
    /// <paramref name="linkWith"/>), or the notice for a name nobody has. Both null when nothing was typed.
    /// </summary>
    public async Task<(string? Redirect, string? Notice)> ResolveTypedAsync(string? typed, Func<string, string> linkWith, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(typed)) return (null, null);
        return await FindAsync(typed, cancellationToken) is { } actor
            ? (linkWith(actor.Slug), null)
            : (null, $"No actor is called “{Echo.Shorten(typed)}”; check the spelling.");
    }

    /// <summary>The public actors of these slugs, in the order given; unknown slugs (and actors readers do not see yet) are left out.</summary>
    public async Task<IReadOnlyList<ActorRef>> BySlugsAsync(IReadOnlyList<string> slugs, CancellationToken cancellationToken = default)
    {
        if (slugs.Count == 0) return [];
        var wanted = slugs.ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await PublicActors.Of(db).AsNoTracking()
            .Where(a => wanted.Contains(a.Slug))
            .Select(a => new ActorRef(a.Id, a.Slug, a.Name))
            .ToListAsync(cancellationToken);
        return found.OrderBy(a => wanted.IndexOf(a.Slug)).ToList();
    }
}
