namespace CeasefireTracker.Web.Domain;

public enum DetaineeCategory
{
    PrisonerOfWar,
    Civilian,
    Convict,
    Other,
}

/// <summary>A swap of detainees, over the event's window; mediators are participants with the Mediator role.</summary>
public class PrisonerExchange : Event
{
    public PrisonerExchange() => Kind = EventKind.PrisonerExchange;

    /// <summary>The totals: how many people of each category went each way.</summary>
    public List<ExchangeLine> Lines { get; set; } = [];

    /// <summary>The dated parts of a swap that ran over several days; per direction and category they add up to the line.</summary>
    public List<ExchangeBatch> Batches { get; set; } = [];

    /// <summary>The figures each side (and the mediator) gave, which often differ from each other.</summary>
    public List<ExchangeReport> Reports { get; set; } = [];

    public List<ExchangedDetainee> Detainees { get; set; } = [];
}

/// <summary>How many people of one category went from one side to the other.</summary>
public class ExchangeLine
{
    public long Id { get; set; }
    public long ExchangeId { get; set; }
    public int FromActorId { get; set; }
    public Actor FromActor { get; set; } = null!;
    public int ToActorId { get; set; }
    public Actor ToActor { get; set; } = null!;
    public DetaineeCategory Category { get; set; }
    public int Count { get; set; }
}

/// <summary>How many people of one category went one way on one day of the exchange.</summary>
public class ExchangeBatch
{
    public long Id { get; set; }
    public long ExchangeId { get; set; }
    public DateOnly On { get; set; }
    public int FromActorId { get; set; }
    public Actor FromActor { get; set; } = null!;
    public int ToActorId { get; set; }
    public Actor ToActor { get; set; } = null!;
    public DetaineeCategory Category { get; set; }
    public int Count { get; set; }
}

/// <summary>
/// A figure one actor gave for the exchange ("Russia said 248 were handed over"), with the report it comes from. Kept
/// apart from the lines because the sides' figures are claims that disagree, not the tracker's count.
/// </summary>
public class ExchangeReport
{
    public long Id { get; set; }
    public long ExchangeId { get; set; }
    public int ReportedById { get; set; }
    public Actor ReportedBy { get; set; } = null!;
    public int FromActorId { get; set; }
    public Actor FromActor { get; set; } = null!;
    public int ToActorId { get; set; }
    public Actor ToActor { get; set; } = null!;

    /// <summary>The category the figure counts; null when it counts everyone released that way.</summary>
    public DetaineeCategory? Category { get; set; }
    public int Count { get; set; }
    public DateOnly? ReportedOn { get; set; }
    public string? Note { get; set; }
    public long? SourceId { get; set; }
    public Source? Source { get; set; }
}

/// <summary>A named person released in the exchange.</summary>
public class ExchangedDetainee
{
    public long Id { get; set; }
    public long ExchangeId { get; set; }
    public required string Name { get; set; }
    public int ReleasedById { get; set; }
    public Actor ReleasedBy { get; set; } = null!;
    public int ReleasedToId { get; set; }
    public Actor ReleasedTo { get; set; } = null!;
    public DetaineeCategory Category { get; set; }
    public string? Note { get; set; }
}
