namespace CeasefireTracker.Web.Domain;

/// <summary>
/// One actor's part in one event, whatever it was: a participant, the side a participant represents, a responder to
/// a ceasefire, an accuser or the accused, a position taker on a claim, a side or reporter of an exchange. Every
/// <c>actor=</c> filter, actor page and count reads these rows, so everyone who acted is on their timeline.
/// <para>
/// Derived, never written by the app: triggers (migration <c>EventWindowsAndInvolvement</c>) recompute an event's rows
/// whenever one of the rows it comes from changes, in the same transaction, so EF, plain SQL and an actor merge all
/// stay in step; the data generator writes them itself with the triggers off. The edit form and the revisions never
/// see them. The event's date, kind and status are copied here (kept by a trigger on events too), so one actor's
/// timeline is an index-only range scan of a page of entries; the participant's role and side are copied too, so a
/// page's actors come from these rows alone.
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

    /// <summary>
    /// The actor's role when they are a participant (the first in the timeline's order, if they hold several), null when
    /// they acted otherwise: a timeline row lists its actors from these rows alone, participants first.
    /// </summary>
    public ParticipantRole? ParticipantRole { get; private set; }

    /// <summary>The side the actor spoke for as a participant (Medinsky → Russia), if any.</summary>
    public int? RepresentsId { get; private set; }

    // How the actor took part, whichever role came first: what an actor's page lists and counts (migration
    // ActorAggregates), so its lists are index ranges of these rows and its counts are kept from them.

    /// <summary>A participant as speaker (of a statement).</summary>
    public bool Spoke { get; private set; }

    /// <summary>A participant as claimant (of a claim).</summary>
    public bool Claimed { get; private set; }

    /// <summary>A participant as proposer (of a ceasefire).</summary>
    public bool Proposed { get; private set; }

    /// <summary>Answered the ceasefire (a response).</summary>
    public bool Responded { get; private set; }

    /// <summary>Alleged a violation of the ceasefire.</summary>
    public bool Alleged { get; private set; }

    /// <summary>Was alleged to have violated the ceasefire.</summary>
    public bool Accused { get; private set; }

    /// <summary>Took a position on the claim.</summary>
    public bool TookPosition { get; private set; }
}
