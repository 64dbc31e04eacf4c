using System.Globalization;
using System.Text;
using CeasefireTracker.Web.Features.Timeline;

namespace CeasefireTracker.Benchmarks;

/// <summary>Every measure of issue 5 in one run, against data the generator loaded.</summary>
public static class BenchmarkSuite
{
    public static async Task<IReadOnlyList<Figure>> RunAsync(BenchOptions options)
    {
        var figures = new List<Figure>();
        if (options.GeneratorSeconds is { } seconds)
        {
            var events = options.GeneratedEvents ?? 0;
            // The target is for a million events; a smaller run is held to the same rate.
            var budget = 300.0 * events / 1_000_000;
            figures.Add(new Figure($"Generator: {events:N0} events loaded", seconds, "s", "≤ 300 s per 1M", seconds <= budget));
        }

        TimelineFilter filter;
        await using (var queries = new QueryMeasures(options))
        {
            filter = await queries.FirstPageFilterAsync();
            figures.AddRange(await queries.RunAsync());
        }

        var pages = await HttpMeasures.PublicPagesAsync(options.ConnectionString, filter);
        figures.AddRange(await HttpMeasures.QueriesPerPageAsync(options.ConnectionString, pages, views: Math.Min(options.Iterations, 20)));

        if (options.BaseUrl is { } url)
        {
            figures.AddRange(await new HttpMeasures(options, url, options.ServerPid ?? throw new ArgumentException("--server-pid is required with --base-url")).RunAsync(pages));
        }
        else
        {
            await using var server = new BenchApp(options.ConnectionString, realServer: true);
            figures.AddRange(await new HttpMeasures(options, server.StartOnSocket(), Environment.ProcessId).RunAsync(pages));
        }

        return figures;
    }

    public static string Format(IReadOnlyList<Figure> figures)
    {
        var width = figures.Max(f => f.Measure.Length);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"measure".PadRight(width)} | {"value",-14} | {"target",-15} | met | notes");
        foreach (var f in figures)
        {
            var met = f.Met switch { true => "yes", false => "NO", null => "" };
            text.AppendLine(CultureInfo.InvariantCulture, $"{f.Measure.PadRight(width)} | {f.ValueText,-14} | {f.Target,-15} | {met,-3} | {f.Note}");
        }

        return text.ToString();
    }
}
