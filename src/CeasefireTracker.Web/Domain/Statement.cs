namespace CeasefireTracker.Web.Domain;

/// <summary>Something an actor said in public; the speaker is the participant with the Speaker role.</summary>
public class Statement : Event
{
    public Statement() => Kind = EventKind.Statement;

    /// <summary>The words as spoken or written, verbatim.</summary>
    public required string Quote { get; set; }

    /// <summary>Where it was said: Truth Social, a press briefing, an interview.</summary>
    public string? Platform { get; set; }

    /// <summary>BCP 47 tag of the quote's language.</summary>
    public string Language { get; set; } = "en";
}
