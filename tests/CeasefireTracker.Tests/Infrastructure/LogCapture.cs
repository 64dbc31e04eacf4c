using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace CeasefireTracker.Tests.Infrastructure;

/// <summary>Every log event the hosted app writes, rendered with its properties, for tests that read the logs.</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> events = new();

    public IReadOnlyList<LogEvent> Events => [.. events];

    public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);

    /// <summary>The message, its properties and any exception, as one searchable text per event.</summary>
    public IEnumerable<string> Lines => events.Select(e =>
        $"{e.Level} {e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)} " +
        string.Join(" ", e.Properties.Select(p => $"{p.Key}={p.Value}")) + " " + e.Exception);

    public bool Contains(string text) => Lines.Any(l => l.Contains(text, StringComparison.Ordinal));
}
