using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Tests.Security;

namespace CeasefireTracker.Tests.Web;

/// <summary>
/// Readers do not pay for the editors' components: a public page loads MudBlazor's style sheet only when it draws a
/// MudBlazor component (the analysis chart), and no public page loads a script that opens a circuit.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class ReaderAssetsTests(TestDatabase database) : DemoSiteTest(database)
{
    public static TheoryData<string> Pages => [.. PublicRoutes.All.Where(r => r.Answer == RouteAnswer.Page).Select(r => r.Sample)];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_public_page_loads_no_MudBlazor_unless_it_draws_a_MudBlazor_component_and_no_circuit_script(string path)
    {
        using var client = App.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        var page = await new AngleSharp.Html.Parser.HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(Cancel), Cancel);

        var styleSheets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href") ?? "").ToList();
        var scripts = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src") ?? "").ToList();
        var drawsMudBlazor = page.QuerySelector(".mud-chart") is not null;
        Assert.Equal(drawsMudBlazor, styleSheets.Any(h => h.Contains("MudBlazor", StringComparison.Ordinal)));
        Assert.Equal(drawsMudBlazor, page.QuerySelectorAll("style").Length > 0);
        Assert.DoesNotContain(scripts, s => s.Contains("blazor.web", StringComparison.Ordinal) || s.Contains("MudBlazor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_timeline_carries_neither_MudBlazors_style_sheet_nor_its_theme()
    {
        var timeline = await GetTextAsync("/timeline");

        Assert.DoesNotContain("MudBlazor.min.css", timeline, StringComparison.Ordinal);
        Assert.DoesNotContain("--mud-palette", timeline, StringComparison.Ordinal);
    }
}
