using CeasefireTracker.Benchmarks;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.DataGenerator;
using Generator = CeasefireTracker.DataGenerator.DataGenerator;
using Microsoft.Extensions.Logging.Abstractions;

namespace CeasefireTracker.Tests.Benchmarks;

/// <summary>
/// The benchmark suite once, on 2,000 generated events, so that it keeps compiling and working. Figures are
/// printed, never asserted: timing on a shared CI machine proves nothing (scripts/bench.sh is the real run).
/// </summary>
public sealed class BenchmarkSmokeTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();

    public ValueTask InitializeAsync() => database.InitializeAsync();

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Every_measure_runs_once_on_a_small_generated_database()
    {
        var cancel = Cancel;
        var generated = await new Generator(database.ConnectionString, NullLogger<Generator>.Instance)
            .GenerateAsync(new GeneratorOptions { Events = 2_000, Actors = 200 }, cancel);

        var figures = await BenchmarkSuite.RunAsync(new BenchOptions
        {
            ConnectionString = database.ConnectionString,
            Iterations = 1,
            WrkSeconds = 1,
            WrkConnections = 2,
            Sessions = 3,
            GeneratorSeconds = generated.Elapsed.TotalSeconds,
            GeneratedEvents = 2_000,
        });
        TestContext.Current.SendDiagnosticMessage(BenchmarkSuite.Format(figures));

        Assert.Contains(figures, f => f.Measure.StartsWith("Generator", StringComparison.Ordinal) && f.Value is not null);
        Assert.Contains(figures, f => f.Measure.StartsWith("Timeline first page: app", StringComparison.Ordinal) && f.Value is not null);
        Assert.Equal(3, figures.Count(f => f.Measure.StartsWith("Search top 50", StringComparison.Ordinal) && f.Value is not null));
        Assert.Contains(figures, f => f.Measure.StartsWith("Server memory per connected reader", StringComparison.Ordinal) && f.Value is not null);
        // Every public page answered, counted its queries, and none loads the Blazor script a circuit needs.
        var pages = figures.Where(f => f.Measure.StartsWith("SQL per view", StringComparison.Ordinal)).ToList();
        Assert.Equal(17, pages.Count);
        Assert.All(pages, p => Assert.True(p.Met, $"{p.Measure}: {p.ValueText}, {p.Note}"));
        // With 2,000 events there is no page after 100,000 rows; the suite says so instead of failing.
        Assert.Contains(figures, f => f.Measure.StartsWith("Deep page", StringComparison.Ordinal));
        Assert.Contains(figures, f => f.Measure.StartsWith("/timeline req/s", StringComparison.Ordinal));
    }
}
