namespace CeasefireTracker.Web.Data;

/// <summary>
/// The copies of an event's date, kind and status on its participant rows (shadow properties: the domain model
/// knows nothing of them). Triggers keep them (migration ParticipantTimelineIndex): on insert of a participant,
/// and on any change of the event's date, kind or status.
/// </summary>
public static class ParticipantTimeline
{
    public const string OccurredOn = "EventOccurredOn";

    public const string Kind = "EventKind";

    public const string Status = "EventStatus";
}
