using CeasefireTracker.Web.Features.Shared;

namespace CeasefireTracker.Web.Features.Analysis;

/// <summary>An actor in the network: how many others they met and in how many talks in all (summed over pairs).</summary>
public sealed record NetworkNode(ActorRef Actor, int Partners, int SharedTalks);

/// <summary>A link between two actors, weighted by the talks they shared.</summary>
public sealed record NetworkEdge(int FromId, int ToId, int Talks, DateOnly LastMet);

/// <summary>Who met whom: the actor pairs seen as a graph, so the drawing and its table come from one set of numbers.</summary>
public sealed record MeetingNetwork(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges)
{
    public static MeetingNetwork FromPairs(IReadOnlyList<ActorPair> pairs)
    {
        var edges = pairs.Select(p => new NetworkEdge(p.First.Id, p.Second.Id, p.Talks, p.LastMet)).ToList();
        var nodes = pairs
            .SelectMany(p => new[] { (Actor: p.First, p.Talks), (Actor: p.Second, p.Talks) })
            .GroupBy(x => x.Actor)
            .Select(g => new NetworkNode(g.Key, g.Count(), g.Sum(x => x.Talks)))
            .OrderByDescending(n => n.SharedTalks)
            .ThenByDescending(n => n.Partners)
            .ThenBy(n => n.Actor.Name, NameOrder.Comparer)
            .ToList();
        return new MeetingNetwork(nodes, edges);
    }
}
