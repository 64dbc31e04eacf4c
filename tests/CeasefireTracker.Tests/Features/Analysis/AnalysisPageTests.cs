using AngleSharp.Dom;
using CeasefireTracker.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using CeasefireTracker.Tests.Web;

namespace CeasefireTracker.Tests.Features.Analysis;

/// <summary>/analysis over HTTP, as a reader without JavaScript gets it: the tables carry every number of the charts.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class AnalysisPageTests(TestDatabase database) : DemoSiteTest(database)
{
    [Fact]
    public async Task The_tables_hold_the_demo_data_numbers()
    {
        var page = await GetPageAsync("/analysis");

        Assert.Equal(
        [
            ["2024-W01", "1 January 2024", "0", "0", "1", "0", "0", "1"],
            ["2025-W05", "27 January 2025", "1", "0", "0", "1", "0", "2"],
            ["2025-W09", "24 February 2025", "2", "1", "0", "0", "3", "6"],
            ["2025-W15", "7 April 2025", "1", "7", "4", "1", "0", "13"],
        ], Rows(page, "#weekly-table"));
        // Witkoff speaks for the United States and Putin for Russia (demo data), so the sides met three times in
        // Saint Petersburg, and once more at the Saudi table: people and the sides they represent, never their own side.
        Assert.Equal(
        [
            ["Russia and United States", "4", "11 April 2025"],
            ["Russia and Steve Witkoff", "3", "11 April 2025"],
            ["Steve Witkoff and Vladimir Putin", "3", "11 April 2025"],
            ["United States and Vladimir Putin", "3", "11 April 2025"],
            ["Russia and Saudi Arabia", "1", "1 March 2025"],
            ["Russia and Ukraine", "1", "1 March 2025"],
            ["Saudi Arabia and Ukraine", "1", "1 March 2025"],
            ["Saudi Arabia and United States", "1", "1 March 2025"],
            ["Ukraine and United States", "1", "1 March 2025"],
        ], Rows(page, "#pairs-table").OrderByDescending(r => r[1]).ThenBy(r => r[0], StringComparer.Ordinal));
        Assert.Equal(
        [
            ["Russia", "4", "9"], ["United States", "4", "9"], ["Steve Witkoff", "2", "6"], ["Vladimir Putin", "2", "6"],
            ["Saudi Arabia", "3", "3"], ["Ukraine", "3", "3"],
        ], Rows(page, "#network-table"));
        Assert.Empty(page.QuerySelectorAll(".notice"));
    }

    [Fact]
    public async Task The_charts_are_drawn_from_the_same_numbers()
    {
        var page = await GetPageAsync("/analysis");

        // One SVG bar segment per non-zero kind in a week, in the kind's colour from css/site.css.
        var segments = page.QuerySelectorAll(".weekly-chart svg path.mud-chart-bar");
        Assert.Equal(10, segments.Length);
        Assert.Equal(3, segments.Count(s => s.GetAttribute("stroke") == "var(--kind-talks)"));
        Assert.Equal(["Talks", "Statements", "Claims", "Prisoner exchanges", "Ceasefire proposals"], page.QuerySelectorAll(".chart-legend li").Select(l => l.TextContent));

        // The network's data travels in an attribute, never in an inline script.
        var network = page.QuerySelector("#meeting-network")!;
        using var data = System.Text.Json.JsonDocument.Parse(network.GetAttribute("data-network")!);
        Assert.Equal(6, data.RootElement.GetProperty("nodes").GetArrayLength());
        Assert.Equal(9, data.RootElement.GetProperty("edges").GetArrayLength());
        Assert.Equal(4, data.RootElement.GetProperty("edges").EnumerateArray().Max(e => e.GetProperty("talks").GetInt32()));
        Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src") || s.GetAttribute("type") is "application/json" or "application/ld+json"));
        Assert.Contains(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.Contains("lib/cytoscape/cytoscape", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_window_narrows_every_view_and_is_a_link()
    {
        var page = await GetPageAsync("/analysis?actor=ukraine&from=2025-03-01&to=2025-03-31");

        Assert.Equal("Analysis: Ukraine", page.QuerySelector("h1")!.TextContent);
        Assert.Equal([["2025-W09", "24 February 2025", "1", "0", "0", "0", "3", "4"]], Rows(page, "#weekly-table"));
        // The window holds the talks Ukraine took part in (as on the timeline), so all four at the Saudi table pair up.
        Assert.Equal(6, Rows(page, "#pairs-table").Count);
        Assert.DoesNotContain(Rows(page, "#pairs-table"), r => r[0].Contains("Witkoff", StringComparison.Ordinal));
        Assert.Equal("Ukraine", page.QuerySelector("#analysis-actor")!.GetAttribute("value"));
        Assert.Equal("2025-03-01", page.QuerySelector("#analysis-from")!.GetAttribute("value"));
        Assert.Equal("/timeline?actor=ukraine&from=2025-03-01&to=2025-03-31", page.QuerySelector(".analysis__timeline-link a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/analysis?actor=no-such-actor", "no-such-actor")]
    [InlineData("/analysis?from=2025-13-45", "2025-13-45")]
    [InlineData("/analysis?kind=talks", "kind filter was ignored")]
    [InlineData("/analysis?actor=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "<script>alert(1)</script>")]
    [InlineData("/analysis?match=all", "“all of them together” was ignored")]
    [InlineData("/analysis?q=ceasefire", "the search was ignored")]
    public async Task Bad_window_values_give_the_page_with_a_notice(string path, string mentioned)
    {
        var page = await GetPageAsync(path);

        var notice = page.QuerySelector(".notice[role=status]");
        Assert.NotNull(notice);
        Assert.Contains(mentioned, notice.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".notice script"));
        // The rest of the window still applies: the unfiltered demo data shows.
        Assert.Equal(9, Rows(page, "#pairs-table").Count);
    }

    [Fact]
    public async Task An_empty_window_says_so()
    {
        var page = await GetPageAsync("/analysis?from=2030-01-01");

        Assert.Equal(3, page.QuerySelectorAll(".analysis-section .empty").Length);
        Assert.Null(page.QuerySelector("#meeting-network"));
        Assert.Empty(page.QuerySelectorAll("script[src]"));
    }

    [Theory]
    [InlineData("/analysis")]
    [InlineData("/analysis?actor=vladimir-putin&actor=ukraine&from=2025-01-01&to=2025-12-31")]
    public async Task The_page_costs_the_same_few_queries_however_much_it_shows(string path)
    {
        var before = await CountQueriesAsync(path);
        await AddBusyTalksAsync(40);
        var after = await CountQueriesAsync(path);

        Assert.Equal(before, after);
        Assert.InRange(after, 1, 3);
    }

    [Fact]
    public async Task Many_pairs_are_capped_to_the_most_frequent()
    {
        await AddBusyTalksAsync(40);

        var page = await GetPageAsync("/analysis");

        // Every demo actor meets every other in the busy talks: 17 × 16 / 2 pairs, 40 shown.
        Assert.Equal(40, Rows(page, "#pairs-table").Count);
        Assert.Contains("40 most frequent of 136 pairs", page.QuerySelector("#pairs-heading + p")!.TextContent, StringComparison.Ordinal);
    }

    private static List<string[]> Rows(IDocument page, string table) =>
        page.QuerySelectorAll($"{table} tbody tr")
            .Select(tr => tr.Children.Select(c => string.Join(' ', c.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToArray())
            .ToList();

    /// <summary>Talks with every actor at the table: many more weeks, pairs and nodes, and no more queries.</summary>
    private async Task AddBusyTalksAsync(int count)
    {
        await using var db = Database.CreateContext();
        var actors = await db.Actors.ToListAsync(Cancel);
        for (var i = 0; i < count; i++)
        {
            db.Events.Add(TestData.Talks($"busy-{i}", new DateOnly(2025, 1, 6).AddDays(i * 3), [.. actors]));
        }

        await db.SaveChangesAsync(Cancel);
    }
}
