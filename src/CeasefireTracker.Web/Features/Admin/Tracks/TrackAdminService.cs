using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Admin.Events;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Admin.Tracks;

public sealed record NewTrackResult(TrackChoice? Track, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Track is not null;
}

/// <summary>
/// Negotiation tracks for the talks form: found by name as an editor types, and added on the spot when the first round
/// of a new series is logged (as the actor picker adds an actor). Field keys for a new track: "Name", "Description".
/// </summary>
public sealed class TrackAdminService(IDbContextFactory<TrackerDbContext> contexts, ILogger<TrackAdminService> logger)
{
    private const int MaxSuggestions = 8;

    /// <summary>Tracks whose name contains the text, accents and case ignored; names starting with it first.</summary>
    public async Task<IReadOnlyList<TrackChoice>> SearchAsync(EditorSession editor, string? text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(editor);
        if (SearchText.Escaped(text) is not { } needle) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.NegotiationTracks.AsNoTracking()
            .Where(t => EF.Functions.Like(EventSearch.Unaccent(EventSearch.Lower(t.Name)), EventSearch.Unaccent($"%{needle}%")))
            .OrderByDescending(t => EF.Functions.Like(EventSearch.Unaccent(EventSearch.Lower(t.Name)), EventSearch.Unaccent(needle + "%")))
            .ThenBy(t => t.Name)
            .Take(MaxSuggestions)
            .Select(t => new TrackChoice(t.Id, t.Name))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Adds a track; refuses a name another track has (names are unique, so a picker never offers two alike).</summary>
    public async Task<NewTrackResult> CreateAsync(EditorSession editor, string? name, string? description, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(editor);
        var errors = new FieldErrors();
        var trimmedName = name?.Trim() ?? "";
        var trimmedDescription = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        errors.Text("Name", trimmedName, FieldLengths.Track.Name, required: "Give the track a name, such as “Istanbul talks 2025”.");
        errors.Text("Description", trimmedDescription, FieldLengths.Track.Description);
        if (errors.Any) return new(null, errors.ToDictionary());

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lower = trimmedName.ToLowerInvariant();
        if (await db.NegotiationTracks.AnyAsync(t => EventSearch.Lower(t.Name) == lower, cancellationToken))
        {
            return Refused("There is a track with this name already: search for it instead.");
        }

        var slug = Slugs.From(trimmedName) is { Length: > 0 } fromName ? fromName : "track";
        var taken = await db.NegotiationTracks.Where(t => t.Slug == slug || t.Slug.StartsWith(slug + "-")).Select(t => t.Slug).ToListAsync(cancellationToken);
        var track = new NegotiationTrack { Slug = Slugs.FirstFree(slug, taken), Name = trimmedName, Description = trimmedDescription };
        db.NegotiationTracks.Add(track);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            return Refused("A track with this name was added just now: search for it instead.");
        }

        logger.LogInformation("Track {TrackId} ({Slug}) added by {UserId}", track.Id, track.Slug, editor.UserId);
        return new(new TrackChoice(track.Id, track.Name), new Dictionary<string, string[]>());
    }

    private static NewTrackResult Refused(string message)
    {
        var errors = new FieldErrors();
        errors.Add("Name", message);
        return new(null, errors.ToDictionary());
    }
}
