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

    /// <summary>Round or track, in words ("third meeting since February").</summary>
    public string? Round { get; set; }
    public string? Outcome { get; set; }
}
