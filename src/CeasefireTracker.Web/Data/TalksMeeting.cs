
namespace CeasefireTracker.Web.Data;

/// <summary>
/// Two actors who sat at the same published talks on different sides (database view <c>talks_meetings</c>): a
/// participant's side is the actor they represent, or themselves, and the sides a delegation represents sit at the
/// table with it. Medinsky (for Russia) meets Ukraine's delegation and Ukraine, never Russia. One row per event and
/// ordered pair, in both directions.
/// </summary>
public sealed class TalksMeeting
{
    public long EventId { get; private set; }
    public DateOnly OccurredOn { get; private set; }
    public int ActorId { get; private set; }
    public int OtherId { get; private set; }
}
