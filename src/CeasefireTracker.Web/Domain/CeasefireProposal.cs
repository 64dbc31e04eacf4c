namespace CeasefireTracker.Web.Domain;

public enum CeasefireScope
{
    Full,
    EnergyInfrastructure,
    BlackSea,
    AerialStrikes,
    Other,
}

public enum CeasefireStatus
{
    Proposed,
    Agreed,
    InForce,
    Violated,
    Lapsed,
}

public enum ProposalResponse
{
    Accepted,
    AcceptedWithConditions,
    Rejected,
    NoResponse,
}

/// <summary>
/// A proposed or agreed ceasefire; the proposer is the participant with the Proposer role. Each party's response
/// and every violation allegation are kept, because that is what no other dataset records.
/// </summary>
public class CeasefireProposal : Event
{
    public CeasefireProposal() => Kind = EventKind.CeasefireProposal;

    public CeasefireScope Scope { get; set; }
    public CeasefireStatus CeasefireStatus { get; set; }
    public int? DurationDays { get; set; }

    public List<CeasefireResponse> Responses { get; set; } = [];
    public List<ViolationAllegation> Violations { get; set; } = [];
}

public class CeasefireResponse
{
    public long Id { get; set; }
    public long ProposalId { get; set; }
    public int ActorId { get; set; }
    public Actor Actor { get; set; } = null!;
    public ProposalResponse Response { get; set; }
    public string? Conditions { get; set; }
    public DateOnly? RespondedOn { get; set; }
    public long? SourceId { get; set; }
    public Source? Source { get; set; }
}

public class ViolationAllegation
{
    public long Id { get; set; }
    public long ProposalId { get; set; }
    public int AccuserId { get; set; }
    public Actor Accuser { get; set; } = null!;
    public int AccusedId { get; set; }
    public Actor Accused { get; set; } = null!;
    public DateOnly AllegedOn { get; set; }
    public required string Description { get; set; }
    public long? SourceId { get; set; }
    public Source? Source { get; set; }
}
