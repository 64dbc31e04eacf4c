using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace CeasefireTracker.Tests.Infrastructure;

/// <summary>
/// Counts, by page address, what browsers sent to circuits that reached the app's components: an inner circuit handler
/// (the app's own access check runs before it), so a circuit whose every activity was refused counts nothing here.
/// Tests read it to tell "the circuit rendered and answered" from "the circuit was refused".
/// </summary>
public sealed class CircuitActivityLog
{
    private readonly ConcurrentDictionary<string, int> passed = new();

    public int Passed => passed.Values.Sum();

    /// <summary>Activities that got through in circuits of the page at <paramref name="path"/> (path and query).</summary>
    public int PassedFor(string path) => passed.GetValueOrDefault(path);

    public void Reset() => passed.Clear();

    internal void Record(string path) => passed.AddOrUpdate(path, 1, (_, n) => n + 1);
}

internal sealed class CircuitActivityProbe(CircuitActivityLog log, NavigationManager navigation) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            log.Record(new Uri(navigation.Uri).PathAndQuery);
            return next(context);
        };
}
