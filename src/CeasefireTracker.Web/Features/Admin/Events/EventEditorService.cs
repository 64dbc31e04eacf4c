using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Admin.Actors;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CeasefireTracker.Web.Features.Admin.Events;

/// <summary>
/// Creates and edits events of every kind, moves them through Draft → Published → Archived and back, and brings old
/// versions back. Every write goes through <see cref="CommitAsync"/>, which saves the event and its revision in one
/// SaveChanges (one transaction) and turns a concurrent save into a conflict the editor can resolve.
/// </summary>
public sealed class EventEditorService(
    IDbContextFactory<TrackerDbContext> contexts, TimeProvider clock, ILogger<EventEditorService> logger)
{
    public const string GeneralField = "";
    public const string ReasonField = "Reason";
    public const string StatusField = "Status";

    /// <summary>Where an event may go from its status: publish, unpublish, archive, restore.</summary>
    public static IReadOnlyList<EventStatus> NextStatuses(EventStatus from) => from switch
    {
        EventStatus.Draft => [EventStatus.Published, EventStatus.Archived],
        EventStatus.Published => [EventStatus.Draft, EventStatus.Archived],
        _ => [EventStatus.Draft],
    };

    public async Task<EditableEvent?> LoadAsync(EditorSession editor, long id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(editor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ev = await LoadEventAsync(db, id, tracked: false, cancellationToken);
        return ev is null ? null : ToEditable(ev);
    }

    public Task<EditResult> CreateAsync(EditorSession editor, EventDraft draft, string? reason, CancellationToken cancellationToken = default) =>
        CreateAsync(editor, draft, reason, EventStatus.Draft, cancellationToken);

    /// <summary>Adds an event as a draft, or (<paramref name="status"/> Published) publishes it in the same step.</summary>
    public async Task<EditResult> CreateAsync(
        EditorSession editor, EventDraft draft, string? reason, EventStatus status, CancellationToken cancellationToken = default)
    {
        if (status is not (EventStatus.Draft or EventStatus.Published)) return EditResult.Invalid(StatusField, "A new event is a draft or published.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        draft.Status = status;
        var errors = await ValidateAsync(db, draft, eventId: null, reason, cancellationToken);
        if (errors.Any) return EditResult.Invalid(errors);

        var ev = EventDraftMapping.NewEntity(draft.Kind);
        ev.Slug = await FreeSlugAsync(db, draft.Title, cancellationToken);
        ev.Status = status;
        ev.CreatedAt = clock.GetUtcNow();
        ev.CreatedBy = editor.DisplayName;
        EventDraftMapping.Apply(draft, ev, editor.DisplayName, clock.GetUtcNow());
        db.Events.Add(ev);
        return await CommitAsync(db, ev, draft, editor, status == EventStatus.Published ? RevisionAction.Published : RevisionAction.Created, reason, cancellationToken);
    }

    /// <summary>
    /// Saves the editor's draft over the version they loaded and, when <paramref name="status"/> differs from the
    /// event's, moves it there in the same save (publishing checks the draft as it will be published). If someone
    /// saved meanwhile, nothing is saved and the conflict lists the differences.
    /// </summary>
    public Task<EditResult> SaveAsync(
        EditorSession editor, long id, uint version, EventDraft draft, EventStatus status, string? reason, CancellationToken cancellationToken = default) =>
        UpdateAsync(editor, id, version, null, draft, status, reason, reverted: false, null, cancellationToken);

    /// <summary>
    /// The same, knowing the version the editor loaded (<paramref name="loaded"/>, at <paramref name="version"/>): if
    /// someone saved meanwhile, the two are merged three ways. Fields only they changed keep their value, fields only
    /// this editor changed take the form's; a field both changed is saved only with a choice for it in
    /// <paramref name="choices"/> (made against the version stored now), else nothing is saved and the conflict lists
    /// it. The revision's reason records the merge.
    /// </summary>
    public Task<EditResult> SaveAsync(
        EditorSession editor, long id, uint version, EventDraft loaded, EventDraft draft, EventStatus status, string? reason,
        MergeChoices? choices, CancellationToken cancellationToken = default) =>
        UpdateAsync(editor, id, version, loaded, draft, status, reason, reverted: false, choices, cancellationToken);

    /// <summary>Brings back the content of revision <paramref name="number"/> as a new revision; the status stays.</summary>
    public async Task<EditResult> RevertAsync(
        EditorSession editor, long id, int number, uint version, string? reason, CancellationToken cancellationToken = default)
    {
        string? snapshot;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            snapshot = await db.EventRevisions.AsNoTracking()
                .Where(r => r.EventId == id && r.Number == number)
                .Select(r => r.Snapshot)
                .FirstOrDefaultAsync(cancellationToken);
        }

        if (snapshot is null) return EditResult.Invalid(GeneralField, $"There is no version {number} of this event.");
        return await UpdateAsync(editor, id, version, null, EventDraft.FromJson(snapshot), status: null,
            reason ?? $"Back to version {number}.", reverted: true, null, cancellationToken);
    }

    private async Task<EditResult> UpdateAsync(
        EditorSession editor, long id, uint version, EventDraft? loaded, EventDraft draft, EventStatus? status, string? reason, bool reverted,
        MergeChoices? choices, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ev = await LoadEventAsync(db, id, tracked: true, cancellationToken);
        if (ev is null) return EditResult.Invalid(GeneralField, "This event no longer exists.");
        if (draft.Kind != ev.Kind) return EditResult.Invalid(GeneralField, "The kind of an event cannot change.");

        var stored = EventDraftMapping.ToDraft(ev);
        var typedReason = reason;
        string? merged = null;
        if (ev.Version != version && loaded is not null)
        {
            // Rows left empty and stray spaces are no change of the editor's.
            EventDraftValidator.Normalize(draft);
            var merge = EventDraftMerge.Merge(loaded, stored, draft, choices?.Version == ev.Version ? choices.Fields : null);
            if (merge.Conflicts.Count > 0) return Conflicted(ev, stored, draft, merge.Conflicts);

            // A status the editor did not ask to change is the one the other editor left: a save of content never
            // undoes their unpublish or archive.
            status = status == loaded.Status ? ev.Status : status;
            merged = merge.Note(ev.UpdatedBy ?? "another editor");
            reason = string.IsNullOrWhiteSpace(reason) ? merged : $"{reason.Trim()} ({merged})";
            if (reason.Length > FieldLengths.Event.RevisionReason) reason = reason[..(FieldLengths.Event.RevisionReason - 1)] + "…";
            draft = merge.Result;
            version = ev.Version;
        }

        var target = status ?? ev.Status;
        if (target != ev.Status && !NextStatuses(ev.Status).Contains(target))
        {
            return EditResult.Invalid(StatusField, $"An event that is {Labels.Words(ev.Status).ToLowerInvariant()} cannot become {Labels.Words(target).ToLowerInvariant()}.");
        }

        draft.Status = target;
        var errors = await ValidateAsync(db, draft, id, typedReason, cancellationToken);
        if (errors.Any) return EditResult.Invalid(errors);

        if (ev.Version != version)
        {
            return Conflicted(ev, stored, draft, []);
        }

        if (EventDraftText.Compare(stored, draft).Count == 0)
        {
            return new EditResult(ev.Id, ev.Version, new Dictionary<string, string[]>(), null, Unchanged: true);
        }

        var action = reverted ? RevisionAction.Reverted : ActionFor(ev.Status, target);
        EventDraftMapping.Apply(draft, ev, editor.DisplayName, clock.GetUtcNow());
        ev.Status = target;
        // The save's UPDATE carries "WHERE xmin = <the version the editor loaded>".
        db.Entry(ev).Property(e => e.Version).OriginalValue = version;
        var saved = await CommitAsync(db, ev, draft, editor, action, reason, cancellationToken);
        return saved with { Merged = saved.Succeeded ? merged : null };
    }

    /// <summary>
    /// The one way events are written: stamps the event (so even a change to its children alone updates the row,
    /// and with it the version), adds the revision, and saves both in one SaveChanges, which is one transaction.
    /// </summary>
    private async Task<EditResult> CommitAsync(
        TrackerDbContext db, Event ev, EventDraft snapshot, EditorSession editor, RevisionAction action, string? reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        ev.UpdatedAt = now;
        ev.UpdatedBy = editor.DisplayName;
        var number = ev.Id == 0
            ? 1
            : (await db.EventRevisions.Where(r => r.EventId == ev.Id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0) + 1;
        db.EventRevisions.Add(new EventRevision
        {
            Event = ev,
            Number = number,
            Action = action,
            UserId = editor.UserId,
            UserName = editor.DisplayName,
            SavedAt = now,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            Snapshot = snapshot.ToJson(),
        });

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || IsRevisionNumberTaken(e))
        {
            // Either the event's row moved on (xmin), or a parallel save took this revision number first: EF may
            // insert the revision before it updates the event, so the loser of a race can meet either. Both mean
            // someone else saved this event just now.
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            var current = await LoadEventAsync(fresh, ev.Id, tracked: false, cancellationToken);
            return current is null
                ? EditResult.Invalid(GeneralField, "Someone else changed this event's history just now; reload it and save again.")
                : Conflicted(current, EventDraftMapping.ToDraft(current), snapshot, []);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            logger.LogWarning("Save of event {EventId} hit {Constraint}", ev.Id, unique.ConstraintName);
            return EditResult.Invalid(unique.ConstraintName == "ix_events_slug" ? "Title" : GeneralField,
                "Another event was saved with the same address at the same moment. Save again.");
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException pg)
        {
            // The validator mirrors the constraints; reaching here means a rule is missing from it.
            logger.LogError(e, "The database refused event {EventId}: {Constraint}", ev.Id, pg.ConstraintName);
            return EditResult.Invalid(GeneralField, "The database refused this event. Nothing was saved; check the fields and try again.");
        }

        logger.LogInformation("{Action} event {EventId} (revision {Number}) by {UserId}", action, ev.Id, number, editor.UserId);
        return new EditResult(ev.Id, ev.Version, new Dictionary<string, string[]>(), null, Unchanged: false);
    }

    private static bool IsRevisionNumberTaken(DbUpdateException e) =>
        e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "ix_event_revisions_event_id_number" };

    private static EditResult Conflicted(Event current, EventDraft stored, EventDraft wanted, IReadOnlyList<MergeConflictField> overlaps)
    {
        wanted.Status = current.Status;
        var conflict = new EditConflict(
            current.UpdatedBy ?? "another editor", current.UpdatedAt, current.Version, current.Status, EventDraftText.Compare(stored, wanted), overlaps);
        return new EditResult(current.Id, current.Version, new Dictionary<string, string[]>(), conflict, Unchanged: false);
    }

    private static RevisionAction ActionFor(EventStatus from, EventStatus to) => (from, to) switch
    {
        _ when from == to => RevisionAction.Edited,
        (_, EventStatus.Archived) => RevisionAction.Archived,
        (EventStatus.Archived, _) => RevisionAction.Restored,
        (_, EventStatus.Published) => RevisionAction.Published,
        _ => RevisionAction.Unpublished,
    };

    /// <summary>The draft's own rules, then the ones that need the database: its actors and related events exist.</summary>
    private async Task<FieldErrors> ValidateAsync(TrackerDbContext db, EventDraft draft, long? eventId, string? reason, CancellationToken cancellationToken)
    {
        EventDraftValidator.Normalize(draft);
        var errors = EventDraftValidator.Validate(draft, draft.Status, TimeZones.LatestToday(clock));
        errors.Text(ReasonField, reason, FieldLengths.Event.RevisionReason);

        var actors = ActorReferences(draft).ToList();
        if (actors.Count > 0)
        {
            var ids = actors.Select(a => a.Actor.Id).Distinct().ToList();
            var known = await db.Actors.Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
            foreach (var (field, actor) in actors.Where(a => !known.Contains(a.Actor.Id)))
            {
                errors.Add(field, $"{actor.Name} is no longer in the actor list (merged or removed): choose again.");
            }
        }

        var linked = draft.Links.Select((l, i) => (l.Event, i)).Where(l => l.Event is not null).ToList();
        if (linked.Count > 0)
        {
            var ids = linked.Select(l => l.Event!.Id).ToList();
            var known = await db.Events.Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken);
            foreach (var (link, i) in linked)
            {
                if (link!.Id == eventId) errors.Add($"Links[{i}].Event", "An event cannot be related to itself.");
                else if (!known.Contains(link.Id)) errors.Add($"Links[{i}].Event", "That event no longer exists.");
            }
        }

        if (draft.Talks?.Track is { } track && !await db.NegotiationTracks.AnyAsync(t => t.Id == track.Id, cancellationToken))
        {
            errors.Add("Talks.Track", $"The track “{track.Name}” no longer exists: choose again.");
        }

        if (draft.Proposal is { } proposal) await ValidateProposalLinksAsync(db, draft, proposal, eventId, errors, cancellationToken);
        return errors;
    }

    /// <summary>An extended proposal and a counter-proposal are other ceasefire proposals that exist; an extension comes after what it extends.</summary>
    private static async Task ValidateProposalLinksAsync(
        TrackerDbContext db, EventDraft draft, ProposalDraft proposal, long? eventId, FieldErrors errors, CancellationToken cancellationToken)
    {
        var links = proposal.Responses.Select((r, i) => ($"Proposal.Responses[{i}].CounterProposal", r.CounterProposal))
            .Prepend(("Proposal.Extends", proposal.Extends))
            .Where(l => l.Item2 is not null)
            .Select(l => (Field: l.Item1, Event: l.Item2!))
            .ToList();
        if (links.Count == 0) return;

        var ids = links.Select(l => l.Event.Id).Distinct().ToList();
        var proposals = await db.CeasefireProposals.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.OccurredOn, cancellationToken);
        foreach (var (field, linked) in links)
        {
            if (linked.Id == eventId) errors.Add(field, "A proposal cannot answer or extend itself.");
            else if (!proposals.TryGetValue(linked.Id, out var start)) errors.Add(field, "That event is no longer a ceasefire proposal here: choose a ceasefire proposal.");
            else if (field == "Proposal.Extends" && draft.OccurredOn < start) errors.Add(field, "A proposal can only extend an earlier one: this one starts first.");
        }
    }

    private static IEnumerable<(string Field, ActorChoice Actor)> ActorReferences(EventDraft d)
    {
        var all = new List<(string, ActorChoice?)>();
        all.AddRange(d.Participants.SelectMany((p, i) => new[] { ($"Participants[{i}].Actor", p.Actor), ($"Participants[{i}].Represents", p.Represents) }));
        if (d.Claim is { } c) all.AddRange(c.Positions.Select((p, i) => ($"Claim.Positions[{i}].Actor", p.Actor)));
        if (d.Exchange is { } x)
        {
            all.AddRange(x.Lines.SelectMany((l, i) => new[] { ($"Exchange.Lines[{i}].From", l.From), ($"Exchange.Lines[{i}].To", l.To) }));
            all.AddRange(x.Detainees.SelectMany((p, i) => new[]
                { ($"Exchange.Detainees[{i}].ReleasedBy", p.ReleasedBy), ($"Exchange.Detainees[{i}].ReleasedTo", p.ReleasedTo) }));
            all.AddRange(x.Batches.SelectMany((b, i) => new[] { ($"Exchange.Batches[{i}].From", b.From), ($"Exchange.Batches[{i}].To", b.To) }));
            all.AddRange(x.Reports.SelectMany((r, i) => new[]
                { ($"Exchange.Reports[{i}].ReportedBy", r.ReportedBy), ($"Exchange.Reports[{i}].From", r.From), ($"Exchange.Reports[{i}].To", r.To) }));
        }

        if (d.Proposal is { } pr)
        {
            all.AddRange(pr.Responses.Select((r, i) => ($"Proposal.Responses[{i}].Actor", r.Actor)));
            all.AddRange(pr.Violations.SelectMany((v, i) => new[]
                { ($"Proposal.Violations[{i}].Accuser", v.Accuser), ($"Proposal.Violations[{i}].Accused", v.Accused) }));
        }

        return all.Where(a => a.Item2 is not null).Select(a => (a.Item1, a.Item2!));
    }

    private static async Task<string> FreeSlugAsync(TrackerDbContext db, string title, CancellationToken cancellationToken)
    {
        var slug = Slugs.From(title) is { Length: > 0 } fromTitle ? fromTitle : "event";
        var prefix = slug + "-";
        var taken = await db.Events.Where(e => e.Slug == slug || e.Slug.StartsWith(prefix)).Select(e => e.Slug).ToListAsync(cancellationToken);
        return Slugs.FirstFree(slug, taken);
    }

    private static async Task<Event?> LoadEventAsync(TrackerDbContext db, long id, bool tracked, CancellationToken cancellationToken)
    {
        var kind = await db.Events.Where(e => e.Id == id).Select(e => (EventKind?)e.Kind).FirstOrDefaultAsync(cancellationToken);
        if (kind is null) return null;

        var query = db.WithDetailsOf(kind.Value);
        if (!tracked) query = query.AsNoTracking();
        return await query.AsSplitQuery()
            .Include(e => e.Sources)
            .Include(e => e.LinksFrom).ThenInclude(l => l.ToEvent)
            .FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
    }

    private static EditableEvent ToEditable(Event ev) => new(
        ev.Id, ev.Slug, ev.Status, ev.Version, ev.UpdatedAt, ev.UpdatedBy, EventDraftMapping.ToDraft(ev),
        ev is Claim claim
            ? [.. claim.VerdictHistory.OrderByDescending(v => v.DecidedAt).Select(v => new VerdictEntry(v.Verdict, v.Reason, v.DecidedAt, v.DecidedBy))]
            : []);
}
