using System.Buffers.Text;
using System.Globalization;
using System.Text;
using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Actors;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Api;

/// <summary>
/// The position after the last actor of a page, by (name, id). The name is in the cursor, not looked up by id, so a
/// cursor stays valid when its actor is renamed or removed. Base64url keeps any name safe inside a URL.
/// </summary>
public sealed record ActorCursor(string Name, int Id)
{
    public override string ToString() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Id}:{Name}")));

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryParse(string? value, out ActorCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(value) || value.Length > 1000 || !Base64Url.IsValid(value)) return false;
        string text;
        try
        {
            text = StrictUtf8.GetString(Base64Url.DecodeFromChars(value));
        }
        catch (ArgumentException)
        {
            // Invalid UTF-8 (DecoderFallbackException is an ArgumentException) cannot be a name we wrote.
            return false;
        }
        catch (FormatException)
        {
            return false;
        }

        // A name we wrote has no control characters; a NUL would reach the database as an error, not a position.
        if (text.Any(char.IsControl)) return false;

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1 || !int.TryParse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return false;
        cursor = new ActorCursor(text[(colon + 1)..], id);
        return true;
    }
}

public sealed record ActorListPage(IReadOnlyList<ApiActor> Items, ActorCursor? Next);

/// <summary>Actors by name, keyset paged: one query whatever the page holds.</summary>
public sealed class ApiActorPages(IDbContextFactory<TrackerDbContext> contexts)
{
    public async Task<ActorListPage> GetPageAsync(ActorKind? kind, ActorCursor? after, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var actors = PublicActors.Of(db).AsNoTracking();
        if (kind is { } k) actors = actors.Where(a => a.Kind == k);
        if (after is not null)
        {
            // (name, id) > (@name, @id) in the database's own collation, the same one ORDER BY name uses.
            actors = actors.Where(a => EF.Functions.GreaterThan(ValueTuple.Create(a.Name, a.Id), ValueTuple.Create(after.Name, after.Id)));
        }

        var rows = await actors
            .OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Slug, a.Name, a.Kind, AffiliationSlug = a.Affiliation == null || !PublicActors.Of(db).Any(p => p.Id == a.AffiliationId) ? null : a.Affiliation.Slug })
            .Take(limit + 1)
            .ToListAsync(cancellationToken);

        var page = rows.Take(limit).Select(r => new ApiActor(r.Id, r.Slug, r.Name, UrlNames.Of(r.Kind), r.AffiliationSlug)).ToList();
        var next = rows.Count > limit ? new ActorCursor(page[^1].Name, page[^1].Id) : null;
        return new ActorListPage(page, next);
    }
}
