using System.ComponentModel.DataAnnotations;

namespace CeasefireTracker.Web.Domain;

/// <summary>What the ceasefire covers; anything but <see cref="Full"/> is a partial ceasefire (ETH/PRIO's coverage).</summary>
public enum CeasefireScope
{
    Full,
    EnergyInfrastructure,
    [Display(Name = "Black Sea")]
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

/// <summary>Who declared the ceasefire: one side alone, two sides, or more (ETH/PRIO's ceasefire class).</summary>
public enum CeasefireDeclaration
{
    Unilateral,
    Bilateral,
    Multilateral,
}

/// <summary>Whether the ceasefire was set down in writing or only announced or agreed in words.</summary>
public enum CeasefireForm
{
    Written,
    Verbal,
}

/// <summary>What the ceasefire is for, in ETH/PRIO's broad categories.</summary>
public enum CeasefirePurpose
{
    Humanitarian,
    Holiday,
    PeaceProcess,
    Elections,
    Other,
}

/// <summary>How a ceasefire came to an end.</summary>
public enum CeasefireEnding
{
    Expired,
    Broken,
    Superseded,
    Extended,
    Withdrawn,
}

public enum ProposalResponse
{
    Accepted,
    AcceptedWithConditions,
    Reciprocated,
    [Display(Name = "Counter-proposal")]
    CounterProposal,
    Rejected,
    NoResponse,
}

/// <summary>
/// A proposed, declared or agreed ceasefire; the proposer is the participant with the Proposer role. Its window is the
/// event's start and end. Each party's response and every violation allegation are kept, because that is what no
/// other dataset records.
/// </summary>
public class CeasefireProposal : Event
{
    public CeasefireProposal() => Kind = EventKind.CeasefireProposal;

    public CeasefireScope Scope { get; set; }

    /// <summary>The current status: the latest entry of <see cref="StatusHistory"/> when it has entries.</summary>
    public CeasefireStatus CeasefireStatus { get; set; }

    public CeasefireDeclaration? Declaration { get; set; }
    public CeasefireForm? Form { get; set; }
    public CeasefirePurpose? Purpose { get; set; }

    /// <summary>What a partial ceasefire covers, in words ("strikes on energy infrastructure only").</summary>
    public string? CoverageDetail { get; set; }

    /// <summary>The day it was announced or proposed, apart from the window in which it was to hold.</summary>
    public DateOnly? AnnouncedOn { get; set; }

    public CeasefireEnding? EndedHow { get; set; }
    public DateOnly? EndedOn { get; set; }

    /// <summary>The earlier ceasefire this one extends (PSRP counts extensions as entries of their own).</summary>
    public long? ExtendsId { get; set; }
    public CeasefireProposal? Extends { get; set; }

    public List<CeasefireResponse> Responses { get; set; } = [];
    public List<ViolationAllegation> Violations { get; set; } = [];
    public List<CeasefireStatusChange> StatusHistory { get; set; } = [];

    /// <summary>Full or partial, as ETH/PRIO codes coverage; the scope says what a partial one covers.</summary>
    public bool IsPartial => Scope != CeasefireScope.Full;
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

    /// <summary>The proposal that answers this one, when the response is a counter-proposal logged as its own event.</summary>
    public long? CounterProposalId { get; set; }
    public CeasefireProposal? CounterProposal { get; set; }
}

/// <summary>One dated step of a ceasefire's status (proposed → in force → violated → lapsed).</summary>
public class CeasefireStatusChange
{
    public long Id { get; set; }
    public long ProposalId { get; set; }
    public CeasefireStatus Status { get; set; }
    public DateOnly On { get; set; }
    public string? Note { get; set; }
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
