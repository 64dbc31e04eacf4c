using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Shared;
using CeasefireTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Admin.Actors;

/// <summary>An actor as the admin forms and revision snapshots hold it.</summary>
public sealed record ActorChoice(int Id, string Name);

/// <summary>An actor offered by the picker, with the alias that matched when it was not the name.</summary>
public sealed record ActorSuggestion(int Id, string Name, ActorKind Kind, string? MatchedAlias)
{
    public ActorChoice Choice => new(Id, Name);
}

public sealed record NewActorResult(ActorChoice? Actor, string? Error);

/// <summary>Finds actors by any spelling of their name or alias as an editor types, and adds a new actor from a form.</summary>
public sealed class ActorPickerService(IDbContextFactory<TrackerDbContext> contexts, ILogger<ActorPickerService> logger)
{
    public const int NameMaxLength = 200;
    private const int MaxSuggestions = 8;

    /// <summary>
    /// Names and aliases that contain the text or are word-similar to it (pg_trgm on the unaccented lower-case name,
    /// the expression the trigram indexes are built on), names starting with the text first.
    /// </summary>
    public async Task<IReadOnlyList<ActorSuggestion>> SearchAsync(EditorSession editor, string? text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(editor);
        if (SearchText.Escaped(text) is not { } needle) return [];
        var pattern = $"%{needle}%";

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Actors.AsNoTracking()
            .Select(a => new
            {
                a.Id,
                a.Name,
                a.Kind,
                ByName = EF.Functions.Like(EventSearch.Unaccent(EventSearch.Lower(a.Name)), EventSearch.Unaccent(pattern))
                    || EF.Functions.TrigramsAreWordSimilar(EventSearch.Unaccent(needle), EventSearch.Unaccent(EventSearch.Lower(a.Name))),
                Alias = db.ActorAliases
                    .Where(al => al.ActorId == a.Id
                        && (EF.Functions.Like(EventSearch.Unaccent(EventSearch.Lower(al.Name)), EventSearch.Unaccent(pattern))
                            || EF.Functions.TrigramsAreWordSimilar(EventSearch.Unaccent(needle), EventSearch.Unaccent(EventSearch.Lower(al.Name)))))
                    .Select(al => al.Name)
                    .FirstOrDefault(),
                Starts = EF.Functions.Like(EventSearch.Unaccent(EventSearch.Lower(a.Name)), EventSearch.Unaccent(needle) + "%"),
            })
            .Where(a => a.ByName || a.Alias != null)
            .OrderByDescending(a => a.Starts).ThenBy(a => a.Name)
            .Take(MaxSuggestions)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ActorSuggestion(r.Id, r.Name, r.Kind, r.ByName ? null : r.Alias)).ToList();
    }

    /// <summary>Adds an actor with a name and a kind; refuses a name another actor already has, naming that actor.</summary>
    public async Task<NewActorResult> CreateAsync(EditorSession editor, string? name, ActorKind kind, CancellationToken cancellationToken = default)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0) return new(null, "Give the actor's name.");
        if (trimmed.Length > NameMaxLength) return new(null, $"At most {NameMaxLength} characters.");
        if (!Enum.IsDefined(kind)) return new(null, "Choose what kind of actor this is.");
        if (trimmed.Any(char.IsControl)) return new(null, "Remove the invisible control characters from the name.");

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lower = trimmed.ToLowerInvariant();
        var same = await db.Actors.AsNoTracking()
            .Where(a => EventSearch.Lower(a.Name) == lower || db.ActorAliases.Any(al => al.ActorId == a.Id && EventSearch.Lower(al.Name) == lower))
            .Select(a => a.Name)
            .FirstOrDefaultAsync(cancellationToken);
        if (same is not null) return new(null, $"{same} is in the list already: search for it instead.");

        var slug = Slugs.From(trimmed) is { Length: > 0 } fromName ? fromName : "actor";
        var taken = await db.Actors.Where(a => a.Slug == slug || a.Slug.StartsWith(slug + "-")).Select(a => a.Slug).ToListAsync(cancellationToken);
        var actor = new Actor { Slug = Slugs.FirstFree(slug, taken), Name = trimmed, Kind = kind };
        db.Actors.Add(actor);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            // Another editor added an actor with the same address a moment ago.
            return new(null, "An actor with this name was added just now: search for it instead.");
        }

        logger.LogInformation("Actor {ActorId} ({Slug}) added by {UserId}", actor.Id, actor.Slug, editor.UserId);
        return new(new ActorChoice(actor.Id, actor.Name), null);
    }
}
