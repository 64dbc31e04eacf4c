using CeasefireTracker.Web.Domain;

namespace CeasefireTracker.Web.Features.Admin.Events;

/// <summary>An event as its edit form loads it: the draft, and the version the save will be checked against.</summary>
public sealed record EditableEvent(
    long Id, string Slug, EventStatus Status, uint Version, DateTimeOffset UpdatedAt, string? UpdatedBy, EventDraft Draft,
    IReadOnlyList<VerdictEntry> VerdictHistory);

public sealed record VerdictEntry(ClaimVerdict Verdict, string Reason, DateTimeOffset DecidedAt, string? DecidedBy);

/// <summary>
/// Someone saved the event after this editor loaded it, and nothing was saved. <see cref="Changes"/> compares what is
/// stored now (Before) with what this editor wants to save (After). <see cref="Overlaps"/> are the fields both editors
/// changed, differently: a save that brings a <see cref="MergeChoices"/> for each of them, made against
/// <see cref="CurrentVersion"/>, merges. <see cref="CurrentStatus"/> is the status the other editor left.
/// </summary>
public sealed record EditConflict(
    string ChangedBy, DateTimeOffset ChangedAt, uint CurrentVersion, EventStatus CurrentStatus, IReadOnlyList<FieldChange> Changes,
    IReadOnlyList<MergeConflictField> Overlaps);

/// <summary>The editor's choice for each field both editors changed, made while <see cref="Version"/> was stored.</summary>
public sealed record MergeChoices(uint Version, IReadOnlyDictionary<string, MergeChoice> Fields);

/// <param name="Merged">Set when the save merged the editor's changes with another editor's: what came from whom.</param>
public sealed record EditResult(
    long EventId, uint Version, IReadOnlyDictionary<string, string[]> Errors, EditConflict? Conflict, bool Unchanged, string? Merged = null)
{
    public bool Succeeded => Errors.Count == 0 && Conflict is null;

    public static EditResult Invalid(FieldErrors errors) => new(0, 0, errors.ToDictionary(), null, false);

    public static EditResult Invalid(string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return Invalid(errors);
    }
}
