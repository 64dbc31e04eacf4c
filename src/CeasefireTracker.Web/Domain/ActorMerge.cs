namespace CeasefireTracker.Web.Domain;

/// <summary>
/// A duplicate actor merged into another. The duplicate's row is gone; this keeps its old address answering with a
/// permanent redirect to the survivor's page, so links shared before the merge still lead somewhere.
/// </summary>
public class ActorMerge
{
    public int Id { get; set; }
    public required string MergedSlug { get; set; }
    public required string MergedName { get; set; }
    public int SurvivorId { get; set; }
    public DateTimeOffset MergedAt { get; set; }

    /// <summary>The account id of who merged, and their display name as it was then (an account may be renamed).</summary>
    public required string MergedById { get; set; }
    public required string MergedByName { get; set; }
}
