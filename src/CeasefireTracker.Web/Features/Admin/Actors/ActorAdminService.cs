using CeasefireTracker.Web.Features.Actors;
using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CeasefireTracker.Web.Features.Admin.Actors;

public sealed record ActorAdminRow(int Id, string Slug, string Name, ActorKind Kind, string? AffiliationName, IReadOnlyList<string> Aliases);

public sealed record ActorAdminPage(IReadOnlyList<ActorAdminRow> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>How many rows of one kind of link move from the duplicate to the survivor.</summary>
/// <param name="Colliding">Rows the survivor already has (same event and role, same alias): dropped, not moved.</param>
/// <param name="Blocking">Rows that name both actors (an exchange line from one to the other): the merge waits for an editor to fix them.</param>
public sealed record MergeLinkCount(string Label, int Moving, int Colliding, int Blocking);

public sealed record MergePreview(
    ActorRef Duplicate,
    ActorRef Survivor,
    IReadOnlyList<MergeLinkCount> Links,
    IReadOnlyList<string> NewAliases)
{
    public bool IsBlocked => Links.Any(l => l.Blocking > 0);
}

public sealed record MergeResult(ActorRef? Survivor, string? Error)
{
    public bool Succeeded => Survivor is not null;
}

/// <summary>
/// Actor management for editors: list and search, create, edit, and merge a duplicate into the actor that stays.
/// Every read and write takes the <see cref="EditorSession"/> its page got from <see cref="EditorGuard"/>; every write
/// is checked here whatever the form checked, and is logged with who made it.
/// </summary>
public sealed class ActorAdminService(
    IDbContextFactory<TrackerDbContext> contexts, TimeProvider clock, ILogger<ActorAdminService> logger)
{
    public const int DefaultPageSize = 25;

    /// <summary>Actors by name (<paramref name="descending"/>: Z to A), those a search by name, alias or address finds; <paramref name="page"/> counts from 1.</summary>
    public async Task<ActorAdminPage> ListAsync(
        EditorSession editor, string? search, ActorKind? kind, int page, int pageSize = DefaultPageSize, bool descending = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(editor);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var actors = db.Actors.AsNoTracking();
        if (kind is { } k) actors = actors.Where(a => a.Kind == k);
        if (ActorNames.Needle(search) is { } needle)
        {
            // Names as every name search matches them ("Zelenskiy" finds Zelensky), and addresses as typed.
            var named = ActorNames.MatchingIds(db, needle);
            actors = actors.Where(a => named.Contains(a.Id) || a.Slug.Contains(needle));
        }

        var total = await actors.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        var current = Math.Clamp(page, 1, pageCount);
        var items = await (descending ? actors.OrderByDescending(a => a.Name).ThenByDescending(a => a.Id) : actors.OrderBy(a => a.Name).ThenBy(a => a.Id))
            .Skip((current - 1) * pageSize)
            .Take(pageSize)
            .Select(a => new ActorAdminRow(
                a.Id, a.Slug, a.Name, a.Kind, a.Affiliation == null ? null : a.Affiliation.Name,
                a.Aliases.OrderBy(x => x.Name).Select(x => x.Name).ToList()))
            .ToListAsync(cancellationToken);
        return new ActorAdminPage(items, total, current, pageSize);
    }

    public async Task<ActorRef?> FindAsync(EditorSession editor, int id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(editor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Actors.AsNoTracking().Where(a => a.Id == id).Select(a => new ActorRef(a.Id, a.Slug, a.Name)).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The actor as the edit form starts from; null for an unknown id.</summary>
    public async Task<ActorInput?> GetForEditAsync(EditorSession editor, int id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(editor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Actors.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new ActorInput
            {
                Name = a.Name,
                Slug = a.Slug,
                Kind = a.Kind,
                Description = a.Description,
                AffiliationId = a.AffiliationId,
                AffiliationName = a.Affiliation == null ? null : a.Affiliation.Name,
                Titles = a.Titles.OrderBy(t => t.From).ThenBy(t => t.Id).Select(t => new TitleInput { Title = t.Title, From = t.From, To = t.To }).ToList(),
                Aliases = a.Aliases.OrderBy(x => x.Id).Select(x => new AliasInput { Name = x.Name, Language = x.Language }).ToList(),
            })
            .AsSingleQuery()
            .SingleOrDefaultAsync(cancellationToken);
    }

    public Task<ActorSaveResult> CreateAsync(EditorSession editor, ActorInput input, CancellationToken cancellationToken = default) =>
        SaveAsync(editor, null, input, cancellationToken);

    public Task<ActorSaveResult> UpdateAsync(EditorSession editor, int id, ActorInput input, CancellationToken cancellationToken = default) =>
        SaveAsync(editor, id, input, cancellationToken);

    private async Task<ActorSaveResult> SaveAsync(EditorSession editor, int? id, ActorInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(editor);
        var errors = CheckForm(input, out var slug);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        Actor? actor = null;
        if (id is { } existingId)
        {
            actor = await db.Actors.Include(a => a.Titles).Include(a => a.Aliases).AsSplitQuery()
                .SingleOrDefaultAsync(a => a.Id == existingId, cancellationToken);
            if (actor is null)
            {
                errors.Add("", "This actor no longer exists; it may have been merged into another.");
                return new ActorSaveResult(null, errors.ToDictionary());
            }
        }

        if (slug.Length > 0 && await db.Actors.AnyAsync(a => a.Slug == slug && a.Id != id, cancellationToken))
        {
            errors.Add(nameof(ActorInput.Slug), $"Another actor already has the address /actors/{slug}. Choose another.");
        }

        await CheckAffiliationAsync(db, id, input.AffiliationId, errors, cancellationToken);
        if (errors.Any) return new ActorSaveResult(null, errors.ToDictionary());

        actor ??= db.Actors.Add(new Actor { Slug = slug, Name = "" }).Entity;
        actor.Slug = slug;
        actor.Name = input.Name.Trim();
        actor.Kind = input.Kind;
        actor.Description = Blank(input.Description);
        actor.AffiliationId = input.AffiliationId;
        actor.Titles.Clear();
        actor.Titles.AddRange(input.Titles.Select(t => new ActorTitle { Title = t.Title.Trim(), From = t.From, To = t.To }));
        // Aliases are matched by name so that an unchanged alias is kept, not deleted and inserted again under
        // the same unique (actor, name).
        var wanted = input.Aliases.ToDictionary(a => a.Name.Trim(), a => Blank(a.Language), StringComparer.Ordinal);
        actor.Aliases.RemoveAll(a => !wanted.ContainsKey(a.Name));
        foreach (var (name, language) in wanted)
        {
            if (actor.Aliases.Find(a => a.Name == name) is { } kept) kept.Language = language;
            else actor.Aliases.Add(new ActorAlias { Name = name, Language = language });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another editor took the slug between the check and the save.
            errors.Add(nameof(ActorInput.Slug), $"Another actor already has the address /actors/{slug}. Choose another.");
            return new ActorSaveResult(null, errors.ToDictionary());
        }
        catch (DbUpdateException ex)
        {
            // The checks above mirror the constraints; reaching here means one is missing, or a merge removed the
            // actor meanwhile. Either way the editor keeps the form and gets a message, not a dead page.
            logger.LogError(ex, "The database refused actor {ActorId} ({Slug})", id, slug);
            errors.Add("", "The database refused this actor (it may have been merged or removed meanwhile). Nothing was saved; reload and try again.");
            return new ActorSaveResult(null, errors.ToDictionary());
        }

        logger.LogInformation("{EditorName} ({EditorId}) {Action} actor {ActorId} {Slug}",
            editor.DisplayName, editor.UserId, id is null ? "created" : "updated", actor.Id, actor.Slug);
        return new ActorSaveResult(new ActorRef(actor.Id, actor.Slug, actor.Name), new Dictionary<string, string[]>());
    }

    /// <summary>The checks that need no database; <paramref name="slug"/> is the slug to save (made from the name when empty).</summary>
    private static FieldErrors CheckForm(ActorInput input, out string slug)
    {
        var errors = new FieldErrors();
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0) errors.Add(nameof(ActorInput.Name), "Enter the actor's name.");
        else if (name.Length > FieldLengths.Actor.Name) errors.Add(nameof(ActorInput.Name), $"A name has at most {FieldLengths.Actor.Name} characters.");

        slug = input.Slug?.Trim() is { Length: > 0 } given ? given : Slugs.From(name, FieldLengths.Actor.Slug);
        if (slug.Length == 0 && name.Length > 0)
        {
            errors.Add(nameof(ActorInput.Slug), "The name has no Latin letters to make an address from: enter one, such as volodymyr-zelensky.");
        }
        else if (slug.Length > FieldLengths.Actor.Slug || (slug.Length > 0 && !Slugs.IsWellFormed(slug)))
        {
            errors.Add(nameof(ActorInput.Slug), $"Use lower-case letters and digits joined by single hyphens, at most {FieldLengths.Actor.Slug} characters.");
        }

        errors.NoControlCharacters(nameof(ActorInput.Name), name);
        errors.NoSpoofing(nameof(ActorInput.Name), name, multiline: false);
        errors.NoControlCharacters(nameof(ActorInput.Description), input.Description);
        errors.NoSpoofing(nameof(ActorInput.Description), input.Description, multiline: true);
        if (!Enum.IsDefined(input.Kind)) errors.Add(nameof(ActorInput.Kind), "Choose a kind.");
        if (input.Description?.Trim().Length > FieldLengths.Actor.Description)
        {
            errors.Add(nameof(ActorInput.Description), $"A description has at most {FieldLengths.Actor.Description} characters.");
        }

        for (var i = 0; i < input.Titles.Count; i++)
        {
            var title = input.Titles[i];
            var text = title.Title?.Trim() ?? "";
            if (text.Length == 0) errors.Add($"Titles[{i}].Title", "Enter the title, or remove this row.");
            else if (text.Length > FieldLengths.Actor.Title) errors.Add($"Titles[{i}].Title", $"A title has at most {FieldLengths.Actor.Title} characters.");
            errors.NoControlCharacters($"Titles[{i}].Title", text);
            errors.NoSpoofing($"Titles[{i}].Title", text, multiline: false);
            if (title.From > title.To) errors.Add($"Titles[{i}].To", "The end date is before the start date.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < input.Aliases.Count; i++)
        {
            var alias = input.Aliases[i];
            var text = alias.Name?.Trim() ?? "";
            if (text.Length == 0) errors.Add($"Aliases[{i}].Name", "Enter the alias, or remove this row.");
            else if (text.Length > FieldLengths.Actor.Alias) errors.Add($"Aliases[{i}].Name", $"An alias has at most {FieldLengths.Actor.Alias} characters.");
            else if (!seen.Add(text)) errors.Add($"Aliases[{i}].Name", "This alias is listed twice.");
            errors.NoControlCharacters($"Aliases[{i}].Name", text);
            errors.NoSpoofing($"Aliases[{i}].Name", text, multiline: false);
            if (Blank(alias.Language) is { } language && !LanguageTags.IsWellFormed(language))
            {
                errors.Add($"Aliases[{i}].Language", "Use a language tag such as uk, ru or en-GB.");
            }
        }

        return errors;
    }

    private static async Task CheckAffiliationAsync(TrackerDbContext db, int? id, int? affiliationId, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (affiliationId is not { } parent) return;
        if (parent == id)
        {
            errors.Add(nameof(ActorInput.AffiliationId), "An actor cannot be affiliated with itself.");
            return;
        }

        var chain = await AffiliationChain.Upwards(db, parent).Select(a => a.Id).ToListAsync(cancellationToken);
        if (chain.Count == 0)
        {
            errors.Add(nameof(ActorInput.AffiliationId), "That actor no longer exists. Choose another.");
        }
        else if (id is { } self && chain.Contains(self))
        {
            errors.Add(nameof(ActorInput.AffiliationId), "That actor is itself affiliated with this one (directly or through others): the chain would go round in a circle.");
        }
    }

    public async Task<MergePreview?> PreviewMergeAsync(EditorSession editor, int duplicateId, int survivorId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(editor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await PreviewAsync(db, duplicateId, survivorId, cancellationToken);
    }

    private static async Task<MergePreview?> PreviewAsync(TrackerDbContext db, int duplicateId, int survivorId, CancellationToken cancellationToken)
    {
        if (duplicateId == survivorId) return null;
        var pair = await db.Actors.AsNoTracking()
            .Where(a => a.Id == duplicateId || a.Id == survivorId)
            .Select(a => new { Ref = new ActorRef(a.Id, a.Slug, a.Name), Aliases = a.Aliases.Select(x => x.Name).ToList() })
            .ToListAsync(cancellationToken);
        if (pair.Find(a => a.Ref.Id == duplicateId) is not { } duplicate || pair.Find(a => a.Ref.Id == survivorId) is not { } survivor) return null;

        var references = ActorReferences.Of(db.Model);
        var counts = await db.Database.SqlQueryRaw<LinkCountRow>(references.CountSql(), duplicateId, survivorId)
            .ToListAsync(cancellationToken);
        var links = counts.OrderBy(c => c.Index)
            .Select(c => new MergeLinkCount(references.All[c.Index].Label, c.Moving, c.Colliding, c.Blocking))
            .ToList();

        var known = new HashSet<string>(survivor.Aliases.Append(survivor.Ref.Name), StringComparer.OrdinalIgnoreCase);
        var newAliases = duplicate.Aliases.Prepend(duplicate.Ref.Name).Where(known.Add).ToList();
        return new MergePreview(duplicate.Ref, survivor.Ref, links, newAliases);
    }

    /// <summary>
    /// Moves every link of the duplicate to the survivor, makes the duplicate's names the survivor's aliases, deletes
    /// the duplicate and records its old slug for the redirect: all in one transaction, with both actors locked.
    /// </summary>
    public async Task<MergeResult> MergeAsync(EditorSession editor, int duplicateId, int survivorId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(editor);
        if (duplicateId == survivorId) return new MergeResult(null, "Choose another actor to keep: an actor cannot be merged into itself.");

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Locked in id order, so two merges of the same pair cannot deadlock; an edit of either waits for this one.
        await db.Database.ExecuteSqlAsync(
            $"SELECT id FROM actors WHERE id IN ({duplicateId}, {survivorId}) ORDER BY id FOR UPDATE", cancellationToken);

        var preview = await PreviewAsync(db, duplicateId, survivorId, cancellationToken);
        if (preview is null) return new MergeResult(null, "One of the two actors no longer exists; it may have been merged already.");
        if (preview.IsBlocked) return new MergeResult(null, BlockedMessage(preview));

        var duplicate = await db.Actors.SingleAsync(a => a.Id == duplicateId, cancellationToken);
        var survivor = await db.Actors.SingleAsync(a => a.Id == survivorId, cancellationToken);
        // The survivor takes the duplicate's place in the affiliation tree when it sat under the duplicate;
        // otherwise moving the duplicate's members to it would close a loop.
        if (await AffiliationChain.Upwards(db, survivorId).AnyAsync(a => a.Id == duplicateId, cancellationToken))
        {
            survivor.AffiliationId = duplicate.AffiliationId == survivorId ? null : duplicate.AffiliationId;
        }

        survivor.Description ??= duplicate.Description;
        await db.SaveChangesAsync(cancellationToken);

        foreach (var reference in ActorReferences.Of(db.Model).All)
        {
            if (reference.DeleteCollisionsSql() is { } deleteCollisions)
            {
                await db.Database.ExecuteSqlRawAsync(deleteCollisions, [duplicateId, survivorId], cancellationToken);
            }

            await db.Database.ExecuteSqlRawAsync(reference.MoveSql(), [duplicateId, survivorId], cancellationToken);
        }

        // Only the name is left to add: the duplicate's aliases moved with the links above.
        if (!string.Equals(duplicate.Name, survivor.Name, StringComparison.OrdinalIgnoreCase)
            && !await db.ActorAliases.AnyAsync(a => a.ActorId == survivorId && a.Name == duplicate.Name, cancellationToken))
        {
            db.ActorAliases.Add(new ActorAlias { ActorId = survivorId, Name = duplicate.Name });
        }

        db.Actors.Remove(duplicate);
        await db.ActorMerges.Where(m => m.MergedSlug == duplicate.Slug).ExecuteDeleteAsync(cancellationToken);
        db.ActorMerges.Add(new ActorMerge
        {
            MergedSlug = duplicate.Slug,
            MergedName = duplicate.Name,
            SurvivorId = survivorId,
            MergedAt = clock.GetUtcNow(),
            MergedById = editor.UserId,
            MergedByName = editor.DisplayName,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation(
            "{EditorName} ({EditorId}) merged actor {DuplicateId} {DuplicateSlug} into {SurvivorId} {SurvivorSlug}; moved {Links}; new aliases {Aliases}",
            editor.DisplayName, editor.UserId, duplicateId, duplicate.Slug, survivorId, survivor.Slug,
            preview.Links.Where(l => l.Moving > 0).ToDictionary(l => l.Label, l => l.Moving - l.Colliding), preview.NewAliases);
        return new MergeResult(preview.Survivor, null);
    }

    public static string BlockedMessage(MergePreview preview) =>
        $"Some rows name both {preview.Duplicate.Name} and {preview.Survivor.Name} ({string.Join(", ", preview.Links.Where(l => l.Blocking > 0).Select(l => $"{l.Label}: {l.Blocking}"))}). " +
        "After a merge they would name one actor on both sides. Edit those events first.";

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private sealed class LinkCountRow
    {
        public int Index { get; init; }
        public int Moving { get; init; }
        public int Colliding { get; init; }
        public int Blocking { get; init; }
    }
}
