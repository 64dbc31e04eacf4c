namespace CeasefireTracker.Benchmarks;

/// <summary>scripts/bench.sh runs this after generating the data and starting the server; see docs/performance.md.</summary>
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        var figures = await BenchmarkSuite.RunAsync(BenchOptions.Parse(args));
        Console.WriteLine(BenchmarkSuite.Format(figures));
        return 0;
    }
}
