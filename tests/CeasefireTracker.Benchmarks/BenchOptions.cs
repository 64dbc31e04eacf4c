using System.Globalization;

namespace CeasefireTracker.Benchmarks;

/// <summary>What one benchmark run measures against, and how hard it tries.</summary>
public sealed record BenchOptions
{
    public required string ConnectionString { get; init; }

    /// <summary>A server started apart (bench.sh's); null: the suite hosts the app itself on a free port.</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>The server's process id, for its memory; with no <see cref="BaseUrl"/> it is this process.</summary>
    public int? ServerPid { get; init; }

    /// <summary>Timed runs of each query measure (after warm-up runs).</summary>
    public int Iterations { get; init; } = 200;

    public int WrkSeconds { get; init; } = 10;

    public int WrkConnections { get; init; } = 32;

    /// <summary>Concurrent reader sessions for the memory measure.</summary>
    public int Sessions { get; init; } = 500;

    /// <summary>How long the generator took, when bench.sh timed it (printed with the other figures).</summary>
    public double? GeneratorSeconds { get; init; }

    public int? GeneratedEvents { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2) values[args[i].TrimStart('-')] = args[i + 1];
        int? Int(string key) => values.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : null;
        var options = new BenchOptions
        {
            ConnectionString = values.TryGetValue("connection", out var c) ? c
                : throw new ArgumentException("--connection \"Host=…;Database=…\" is required."),
            BaseUrl = values.TryGetValue("base-url", out var url) ? new Uri(url) : null,
            ServerPid = Int("server-pid"),
            GeneratorSeconds = values.TryGetValue("generator-seconds", out var g) ? double.Parse(g, CultureInfo.InvariantCulture) : null,
            GeneratedEvents = Int("events"),
        };
        return options with
        {
            Iterations = Int("iterations") ?? options.Iterations,
            WrkSeconds = Int("wrk-seconds") ?? options.WrkSeconds,
            Sessions = Int("sessions") ?? options.Sessions,
        };
    }
}

/// <summary>One printed line: a measure, its value, and the target it is held to (if any).</summary>
public sealed record Figure(string Measure, double? Value, string Unit, string Target = "", bool? Met = null, string Note = "")
{
    public string ValueText => Value is { } v ? v.ToString(v >= 100 ? "N0" : "0.00", CultureInfo.InvariantCulture) + " " + Unit : "not measured";
}

/// <summary>A ratio measured several times: its median is the figure, and the runs and their spread are the note.</summary>
public static class Ratio
{
    public static Figure Of(string measure, IReadOnlyList<double> runs, double atMost, string note) => Of(measure, runs, $"≤ {atMost:0.0#}×", m => m <= atMost, note);

    public static Figure Of(string measure, IReadOnlyList<double> runs, string target, Func<double, bool> met, string note)
    {
        var sorted = runs.Order().ToList();
        var median = sorted[sorted.Count / 2];
        return new Figure(measure, median, "×", target, met(median),
            string.Create(CultureInfo.InvariantCulture,
                $"median of {runs.Count} runs ({string.Join(", ", runs.Select(r => r.ToString("0.00", CultureInfo.InvariantCulture)))}), spread {sorted[^1] - sorted[0]:0.00}; {note}"));
    }
}
