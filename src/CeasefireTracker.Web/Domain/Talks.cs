namespace CeasefireTracker.Web.Domain;

public enum TalksFormat
{
    InPerson,
    Phone,
    Video,
}

/// <summary>A meeting, call or negotiating round between parties.</summary>
public class Talks : Event
{
    public Talks() => Kind = EventKind.Talks;

    public TalksFormat Format { get; set; }
    public int? DurationMinutes { get; set; }

    /// <summary>How the duration is meant ("about", "under"); exact unless the report hedges.</summary>
    public DurationQualifier DurationQualifier { get; set; }

    /// <summary>Round or track, in words ("third meeting since February").</summary>
    public string? Round { get; set; }
    public string? Outcome { get; set; }

    /// <summary>The negotiation track these talks are a round of (PA-X's peace process), with its number there.</summary>
    public int? TrackId { get; set; }
    public NegotiationTrack? Track { get; set; }
    public int? RoundNumber { get; set; }
}

/// <summary>A series of talks between the same sides ("Istanbul talks 2025"), whose rounds are numbered.</summary>
public class NegotiationTrack
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
}
