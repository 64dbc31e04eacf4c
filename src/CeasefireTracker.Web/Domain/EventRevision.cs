namespace CeasefireTracker.Web.Domain;

/// <summary>What an editor did to an event in one save.</summary>
public enum RevisionAction
{
    Created,
    Edited,
    Published,
    Archived,
    Restored,
    Unpublished,
    Reverted,
}

/// <summary>
/// One saved state of an event: who saved it, when, why, and the event's whole editable state after the save as
/// JSON, so the history can show what changed between any two versions and bring an old one back.
/// </summary>
public class EventRevision
{
    public long Id { get; set; }
    public long EventId { get; set; }
    public Event? Event { get; set; }

    /// <summary>1 for the creation, then one more for each save of the same event.</summary>
    public int Number { get; set; }
    public RevisionAction Action { get; set; }
    public required string UserId { get; set; }

    /// <summary>The editor's name at the time, kept so the history still reads after an account is renamed or removed.</summary>
    public required string UserName { get; set; }
    public DateTimeOffset SavedAt { get; set; }
    public string? Reason { get; set; }

    /// <summary>The event's editable state after this save (an <c>EventDraft</c> as JSON), stored as jsonb.</summary>
    public required string Snapshot { get; set; }
}
