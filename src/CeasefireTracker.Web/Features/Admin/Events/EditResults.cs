using CeasefireTracker.Web.Domain;

namespace CeasefireTracker.Web.Features.Admin.Events;

/// <summary>An event as its edit form loads it: the draft, and the version the save will be checked against.</summary>
public sealed record EditableEvent(
    long Id, string Slug, EventStatus Status, uint Version, DateTimeOffset UpdatedAt, string? UpdatedBy, EventDraft Draft,
    IReadOnlyList<VerdictEntry> VerdictHistory);

public sealed record VerdictEntry(ClaimVerdict Verdict, string Reason, DateTimeOffset DecidedAt, string? DecidedBy);

/// <summary>
/// Someone saved the event after this editor loaded it. <see cref="Changes"/> compares what is stored now
/// (Before) with what this editor wants to save (After); saving again with <see cref="CurrentVersion"/> applies theirs.
/// <see cref="CurrentStatus"/> is the status the other editor left: saving over their version keeps it, so an
/// unpublish or archive is never undone by a save of content.
/// </summary>
public sealed record EditConflict(
    string ChangedBy, DateTimeOffset ChangedAt, uint CurrentVersion, EventStatus CurrentStatus, IReadOnlyList<FieldChange> Changes);

public sealed record EditResult(long EventId, uint Version, IReadOnlyDictionary<string, string[]> Errors, EditConflict? Conflict, bool Unchanged)
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
