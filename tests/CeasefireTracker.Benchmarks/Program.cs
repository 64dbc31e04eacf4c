namespace CeasefireTracker.Benchmarks;

/// <summary>scripts/bench.sh runs this after generating the data and starting the server; see docs/performance.md.</summary>
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        var options = BenchOptions.Parse(args);
        if (args.Contains("--explain"))
        {
            // The plans of the measured queries, for docs/performance.md, on data the suite already generated.
            await using var queries = new QueryMeasures(options);
            Console.WriteLine(await QueryPlans.ExplainAsync(options.ConnectionString, await queries.FirstPageFilterAsync()));
            return 0;
        }

        var figures = await BenchmarkSuite.RunAsync(options);
        Console.WriteLine(BenchmarkSuite.Format(figures));
        return 0;
    }
}
