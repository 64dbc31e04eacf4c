using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Components;
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
    /// By slug, or the name or alias that matches the text best (<see cref="ActorNames"/>, as every name search
    /// matches): an exact name first, then the most word-similar, so "witkof" still finds Steve Witkoff.
    /// </summary>
    public async Task<ActorRef?> FindAsync(string typed, CancellationToken cancellationToken = default)
    {
        if (ActorNames.Needle(typed) is not { } needle) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // A slug typed as is finds its actor whatever the names (a Cyrillic name has a Latin slug).
        var candidates = ActorNames.Matching(db, needle)
            .Concat(db.Actors.Where(a => a.Slug == needle).Select(a => new ActorSpelling { ActorId = a.Id, Name = a.Slug, IsAlias = false }));
        return await candidates
            .Join(PublicActors.Of(db), n => n.ActorId, a => a.Id, (n, a) => new { n.Name, Actor = a })
            .OrderByDescending(m => m.Actor.Slug == needle)
            .ThenByDescending(m => EventSearch.Unaccent(EventSearch.Lower(m.Name)) == EventSearch.Unaccent(needle))
            .ThenByDescending(m => EF.Functions.TrigramsWordSimilarity(EventSearch.Unaccent(needle), EventSearch.Unaccent(EventSearch.Lower(m.Name))))
            .ThenBy(m => m.Actor.Name)
            .Select(m => new ActorRef(m.Actor.Id, m.Actor.Slug, m.Actor.Name))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// What a filter page does with a typed name (<c>who=</c>): sends the reader to the filter's link with the actor's
    /// slug (made by <paramref name="linkWith"/>), which is what a reader shares; or, for a name nobody has, adds a
    /// notice to <paramref name="notices"/> and gives the text back to correct. Nothing happens when nothing was typed.
    /// </summary>
    public async Task<TypedActor> FollowTypedAsync(
        string? typed, Func<string, string> linkWith, NavigationManager navigation, List<string> notices, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(linkWith);
        ArgumentNullException.ThrowIfNull(navigation);
        ArgumentNullException.ThrowIfNull(notices);
        if (string.IsNullOrWhiteSpace(typed)) return new TypedActor(false, null);
        if (await FindAsync(typed, cancellationToken) is { } actor)
        {
            navigation.NavigateTo(linkWith(actor.Slug));
            return new TypedActor(true, null);
        }

        notices.Add($"No actor is called “{Echo.Shorten(typed)}”; check the spelling.");
        return new TypedActor(false, typed);
    }

    /// <summary>The public actors of these slugs, in the order given; unknown slugs (and actors readers do not see yet) are left out.</summary>
    public async Task<IReadOnlyList<ActorRef>> BySlugsAsync(IReadOnlyList<string> slugs, CancellationToken cancellationToken = default)
    {
        if (slugs.Count == 0) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await PublicActors.BySlugsAsync(db, slugs, cancellationToken);
    }
}

/// <param name="Redirected">The page is on its way to the link with the actor: it has nothing more to do.</param>
/// <param name="Unmatched">The text that matched nobody, for the filter box to give back.</param>
public sealed record TypedActor(bool Redirected, string? Unmatched);
