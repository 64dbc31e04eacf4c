using CeasefireTracker.Web.Domain;

namespace CeasefireTracker.Web.Data;

/// <summary>
/// One actor's part in one event, whatever it was: a participant, the side a participant represents, a responder to
/// a ceasefire, an accuser or the accused, a position taker on a claim, a side or reporter of an exchange. Every
/// <c>actor=</c> filter, actor page and count reads these rows, so everyone who acted is on their timeline.
/// <para>
/// Derived, never written by the app: triggers (migration <c>EventWindowsAndInvolvement</c>) recompute an event's rows
/// whenever one of the rows it comes from changes, in the same transaction, so EF, plain SQL and an actor merge all
/// stay in step; the data generator writes them itself with the triggers off. The edit form and the revisions never
/// see them. The event's date, kind and status are copied here (kept by a trigger on events too), so one actor's
/// timeline is an index-only range scan of a page of entries.
/// </para>
/// </summary>
public sealed class EventInvolvement
{
    public long EventId { get; private set; }
    public int ActorId { get; private set; }
    public Actor Actor { get; private set; } = null!;
    public DateOnly EventOccurredOn { get; private set; }
    public EventKind EventKind { get; private set; }
    public EventStatus EventStatus { get; private set; }
}

/// <summary>
/// Two actors who sat at the same published talks on different sides (database view <c>talks_meetings</c>): a
/// participant's side is the actor they represent, or themselves, and the sides a delegation represents sit at the
/// table with it. Medinsky (for Russia) meets Ukraine's delegation and Ukraine, never Russia. One row per event and
/// ordered pair, in both directions.
/// </summary>
public sealed class TalksMeeting
{
    public long EventId { get; private set; }
    public DateOnly OccurredOn { get; private set; }
    public DatePrecision DatePrecision { get; private set; }
    public int ActorId { get; private set; }
    public int OtherId { get; private set; }
}
