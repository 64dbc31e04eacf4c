namespace CeasefireTracker.Web.Domain;

public enum DetaineeCategory
{
    PrisonerOfWar,
    Civilian,
    Convict,
    Other,
}

/// <summary>A swap of detainees; mediators are participants with the Mediator role.</summary>
public class PrisonerExchange : Event
{
    public PrisonerExchange() => Kind = EventKind.PrisonerExchange;

    public List<ExchangeLine> Lines { get; set; } = [];
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
