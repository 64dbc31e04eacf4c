namespace CeasefireTracker.Web.Features.Shared;

/// <summary>Just enough of an actor to name and link them.</summary>
public sealed record ActorRef(int Id, string Slug, string Name);
