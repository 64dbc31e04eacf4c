using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Actors;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Admin.Actors;

/// <summary>An actor as the admin forms and revision snapshots hold it.</summary>
public sealed record ActorChoice(int Id, string Name);

/// <summary>An actor offered by the picker, with the alias that matched when it was not the name.</summary>
public sealed record ActorSuggestion(int Id, string Name, ActorKind Kind, string? MatchedAlias)
{
    public ActorChoice Choice => new(Id, Name);
}

/// <summary>
/// A new actor from a picker: the actor, or messages by field of the actor form, or near matches the editor has not
/// seen yet ("Did you mean Ukraine?"), in which case nothing was added.
/// </summary>
public sealed record NewActorResult(ActorChoice? Actor, IReadOnlyDictionary<string, string[]> Errors, IReadOnlyList<ActorSuggestion> NearMatches);

/// <summary>Finds actors by any spelling of their name or alias as an editor types, and adds a new actor from a picker.</summary>
public sealed class ActorPickerService(IDbContextFactory<TrackerDbContext> contexts, ActorAdminService actors, ILogger<ActorPickerService> logger)
{
    private const int MaxSuggestions = 8;

    /// <summary>
    /// How alike two names must be (pg_trgm similarity) to be offered before a new actor is added: "Ukrine" and
    /// "Ukraine" are 0.5 alike, "Зеленскии" and "Зеленський" 0.4, while two people who share a first name ("Vladimir
    /// Medinsky", "Vladimir Putin", 0.38) are not near matches.
    /// </summary>
    private const double NearMatchSimilarity = 0.4;

    /// <summary>
    /// Actors with a name or alias that matches the text as every name search matches (<see cref="ActorNames"/>), names
    /// starting with the text first.
    /// </summary>
    public async Task<IReadOnlyList<ActorSuggestion>> SearchAsync(EditorSession editor, string? text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(editor);
        if (ActorNames.Needle(text) is not { } needle) return [];
        var prefix = $"{SearchText.Escaped(needle)}%";

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var matches = ActorNames.Matching(db, needle);
        var rows = await db.Actors.AsNoTracking()
            .Where(a => matches.Any(m => m.ActorId == a.Id))
            .Select(a => new
            {
                a.Id,
                a.Name,
                a.Kind,
                ByName = matches.Any(m => m.ActorId == a.Id && !m.IsAlias),
                Alias = matches.Where(m => m.ActorId == a.Id && m.IsAlias).Select(m => m.Name).OrderBy(n => n).FirstOrDefault(),
                Starts = EF.Functions.Like(EventSearch.Unaccent(EventSearch.Lower(a.Name)), EventSearch.Unaccent(prefix)),
            })
            .OrderByDescending(a => a.Starts).ThenBy(a => a.Name)
            .Take(MaxSuggestions)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ActorSuggestion(r.Id, r.Name, r.Kind, r.ByName ? null : r.Alias)).ToList();
    }

    /// <summary>
    /// Actors whose name or an alias is like one of the given names as a whole (<see cref="ActorNames.SimilarTo"/>,
    /// so "Ukrine" finds Ukraine and "Мединскии" finds Мединский in any script), most alike first: what an editor
    /// should see before adding a new actor.
    /// </summary>
    public async Task<IReadOnlyList<ActorSuggestion>> NearMatchesAsync(EditorSession editor, IEnumerable<string?> names, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(editor);
        var wanted = names.Select(ActorNames.Needle).OfType<string>().Distinct().Take(10).ToList();
        if (wanted.Count == 0) return [];

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var matches = new List<(ActorSuggestion Actor, double Similarity)>();
        foreach (var name in wanted)
        {
            var rows = await ActorNames.SimilarTo(db, name)
                .Join(db.Actors, s => s.ActorId, a => a.Id, (s, a) => new
                {
                    a.Id, a.Name, a.Kind, Spelling = s.Name, s.IsAlias,
                    Similarity = EF.Functions.TrigramsSimilarity(EventSearch.Unaccent(EventSearch.Lower(s.Name)), EventSearch.Unaccent(name)),
                })
                .Where(r => r.Similarity >= NearMatchSimilarity)
                .OrderByDescending(r => r.Similarity).ThenBy(r => r.Name)
                .Take(MaxSuggestions)
                .ToListAsync(cancellationToken);
            matches.AddRange(rows.Select(r => (new ActorSuggestion(r.Id, r.Name, r.Kind, r.IsAlias ? r.Spelling : null), r.Similarity)));
        }

        return [.. matches.OrderByDescending(m => m.Similarity).DistinctBy(m => m.Actor.Id).Take(5).Select(m => m.Actor)];
    }

    /// <summary>
    /// Adds an actor from a picker, with what the actor form takes (kind, affiliation, titles, aliases), checked by
    /// <see cref="ActorAdminService"/> like any actor. Refused while an actor like it exists that the editor was not
    /// shown: <paramref name="dismissed"/> are the near matches the editor saw and said were someone else.
    /// </summary>
    public async Task<NewActorResult> CreateAsync(
        EditorSession editor, ActorInput input, IReadOnlyCollection<int> dismissed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(dismissed);
        var near = await NearMatchesAsync(editor, [input.Name, .. input.Aliases.Select(a => a.Name)], cancellationToken);
        var name = input.Name?.Trim();
        var same = near.FirstOrDefault(n => string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(n.MatchedAlias, name, StringComparison.OrdinalIgnoreCase));
        if (same is not null)
        {
            return new(null, new Dictionary<string, string[]> { [nameof(ActorInput.Name)] = [$"{same.Name} is in the list already: choose it above."] }, near);
        }

        if (near.Any(n => !dismissed.Contains(n.Id))) return new(null, new Dictionary<string, string[]>(), near);

        var saved = await actors.CreateAsync(editor, input, cancellationToken);
        if (saved.Saved is not { } actor) return new(null, saved.Errors, []);
        logger.LogInformation("Actor {ActorId} ({Slug}) added from a picker by {UserId}", actor.Id, actor.Slug, editor.UserId);
        return new(new ActorChoice(actor.Id, actor.Name), new Dictionary<string, string[]>(), []);
    }
}
