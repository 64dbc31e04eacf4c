namespace CeasefireTracker.Web.Domain;

public enum ClaimVerdict
{
    Unverified,
    Disputed,
    PartlyTrue,
    Confirmed,
    False,
}

/// <summary>Where an actor stands on a claim.</summary>
public enum ClaimStance
{
    Asserts,
    Denies,
    Confirms,
    Disputes,
    DeclinesToComment,
}

/// <summary>
/// An assertion of fact made by a claimant (the participant with the Claimant role), with the positions other
/// actors took on it and a verdict whose changes are kept.
/// </summary>
public class Claim : Event
{
    public Claim() => Kind = EventKind.Claim;

    public required string ClaimText { get; set; }

    /// <summary>The current verdict: the latest entry of <see cref="VerdictHistory"/>, kept here to filter by it.</summary>
    public ClaimVerdict Verdict { get; set; }

    public List<ClaimPosition> Positions { get; set; } = [];
    public List<ClaimVerdictChange> VerdictHistory { get; set; } = [];
}

public class ClaimPosition
{
    public long Id { get; set; }
    public long ClaimId { get; set; }
    public int ActorId { get; set; }
    public Actor Actor { get; set; } = null!;
    public ClaimStance Stance { get; set; }
    public DateOnly StatedOn { get; set; }
    public string? Note { get; set; }
    public long? SourceId { get; set; }
    public Source? Source { get; set; }
}

public class ClaimVerdictChange
{
    public long Id { get; set; }
    public long ClaimId { get; set; }
    public ClaimVerdict Verdict { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
}
