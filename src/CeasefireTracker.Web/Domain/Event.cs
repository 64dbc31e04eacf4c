namespace CeasefireTracker.Web.Domain;

/// <summary>The kinds of event; the value is stored in the discriminator column.</summary>
public enum EventKind
{
    Talks,
    Statement,
    Claim,
    PrisonerExchange,
    CeasefireProposal,
}

/// <summary>How exactly the date of an event is known (ACLED's time precision).</summary>
public enum DatePrecision
{
    Day,
    Month,
    Approximate,
}

/// <summary>How a stated duration is meant: "about three hours", "under two hours" (reports rarely time talks exactly).</summary>
public enum DurationQualifier
{
    Exact,
    About,
    Under,
    Over,
}

public enum EventStatus
{
    Draft,
    Published,
    Archived,
}

/// <summary>
/// Something that happened in ceasefire diplomacy. All kinds share one table (table-per-hierarchy)
/// because the timeline reads every kind at once and must stay a single indexed scan.
/// </summary>
public abstract class Event
{
    public long Id { get; set; }
    public required string Slug { get; set; }
    public EventKind Kind { get; protected set; }
    public required string Title { get; set; }
    public string? Summary { get; set; }

    /// <summary>
    /// The day the event started, in the calendar of the place (its <see cref="TimeZone"/> when it has one): the
    /// timeline's order and filter. Events logged before windows existed had only this date.
    /// </summary>
    public DateOnly OccurredOn { get; set; }

    /// <summary>How exactly the start is known.</summary>
    public DatePrecision DatePrecision { get; set; }

    /// <summary>The start as an instant, when the report gives its hour ("from 18:00 Moscow time").</summary>
    public DateTimeOffset? StartsAt { get; set; }

    /// <summary>The last day of the event (inclusive), in the place's calendar; null for a one-day event or an open window.</summary>
    public DateOnly? EndsOn { get; set; }

    /// <summary>The end as an instant, when the report gives its hour.</summary>
    public DateTimeOffset? EndsAt { get; set; }

    /// <summary>How exactly the end is known; set exactly when <see cref="EndsOn"/> is (UCDP's latest possible date).</summary>
    public DatePrecision? EndPrecision { get; set; }

    /// <summary>The IANA zone the hours were given in (Europe/Moscow), so they read back as the report said them.</summary>
    public string? TimeZone { get; set; }

    public string? Place { get; set; }
    public EventStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public string? UpdatedBy { get; set; }

    /// <summary>
    /// PostgreSQL's xmin of the row: it changes with every update, so a save made from an older copy of the event
    /// is refused instead of overwriting what another editor saved in between.
    /// </summary>
    public uint Version { get; set; }

    public List<EventParticipant> Participants { get; set; } = [];

    /// <summary>Everyone who acted in the event, derived by the database; read only.</summary>
    public List<EventInvolvement> Involvements { get; private set; } = [];

    public List<Source> Sources { get; set; } = [];

    /// <summary>Links this event made to others; links are read in both directions.</summary>
    public List<EventLink> LinksFrom { get; set; } = [];
    public List<EventLink> LinksTo { get; set; } = [];
}

/// <summary>
/// The part an actor played in an event; the order is the order readers see them in. Party, head of delegation,
/// delegate, mediator, host and observer sit at the table of talks (the talks_meetings view); the others were not
/// there. The table's roles come first: an actor's first role (kept on their involvement) is one of them whenever
/// they hold one.
/// </summary>
public enum ParticipantRole
{
    Party,
    HeadOfDelegation,
    Delegate,
    Mediator,
    Host,
    Observer,
    Speaker,
    Claimant,
    Proposer,
    Subject,
    Mentioned,
}

public class EventParticipant
{
    public long EventId { get; set; }
    public int ActorId { get; set; }
    public Actor Actor { get; set; } = null!;
    public ParticipantRole Role { get; set; }

    /// <summary>Where the editor put the participant in the event's list; the list is shown and edited in this order.</summary>
    public int Ordinal { get; set; }
    /// <summary>The side this participant speaks for (Medinsky → Russia): a person never "meets" their own side.</summary>
    public int? RepresentsId { get; set; }
    public Actor? Represents { get; set; }
}

/// <summary>A published report the event is taken from.</summary>
public class Source
{
    public long Id { get; set; }
    public long EventId { get; set; }
    public required string Publisher { get; set; }
    public required string Url { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string? Excerpt { get; set; }
}

public class EventLink
{
    public long FromEventId { get; set; }
    public Event FromEvent { get; set; } = null!;
    public long ToEventId { get; set; }
    public Event ToEvent { get; set; } = null!;

    /// <summary>How the events relate, in words ("follows", "responds to", "denies").</summary>
    public string? Relation { get; set; }
}
