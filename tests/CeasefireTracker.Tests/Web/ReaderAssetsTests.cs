using System.Text.RegularExpressions;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Tests.Security;

namespace CeasefireTracker.Tests.Web;

/// <summary>
/// Readers do not pay for the editors' components: a public page loads MudBlazor's style sheet only when it draws a
/// MudBlazor component (the analysis chart), and no public page loads a script that opens a circuit. Of our own
/// style sheets a page links the site's and its features' (<c>[StyleSheets]</c>), and those style everything it draws.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed partial class ReaderAssetsTests(TestDatabase database) : DemoSiteTest(database)
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

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_class_a_page_draws_with_is_styled_by_a_sheet_the_page_links(string path)
    {
        using var client = App.CreateClient();
        await AssertStyledAsync(client, path);
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/events")]
    [InlineData("/admin/events/new/claim")]
    [InlineData("/admin/actors")]
    [InlineData("/admin/users")]
    public async Task Every_class_an_admin_page_draws_with_is_styled_by_a_sheet_the_page_links(string path)
    {
        await TestAccounts.EnsureDevelopmentAccountsAsync(App.Services);
        using var client = App.CreateClient();
        await TestAccounts.SignInAsync(client, TestAccounts.AdminEmail, TestAccounts.AdminPassword);
        await AssertStyledAsync(client, path);
    }

    /// <summary>Each class the page uses that has rules in any of our sheets has them in a sheet the page links.</summary>
    private static async Task AssertStyledAsync(HttpClient client, string path)
    {
        // Where each class has rules, over all of our sheets (the source files the build serves).
        var sheets = Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "src", "CeasefireTracker.Web", "wwwroot", "css"), "*.css")
            .ToDictionary(f => Path.GetFileName(f), f => ClassesOf(File.ReadAllText(f)));
        Assert.Contains("site.css", sheets.Keys);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        var page = await new AngleSharp.Html.Parser.HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(Cancel), Cancel);
        var linked = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Where(h => h.StartsWith("css/", StringComparison.Ordinal)).ToList();
        Assert.Contains(linked, h => h.StartsWith("css/site.", StringComparison.Ordinal));
        var styled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var href in linked)
        {
            styled.UnionWith(ClassesOf(await client.GetStringAsync(new Uri("/" + href, UriKind.Relative), Cancel)));
        }

        var unstyled = page.QuerySelectorAll("[class]").SelectMany(e => e.ClassList).Distinct(StringComparer.Ordinal)
            .Where(c => !styled.Contains(c) && sheets.Any(s => s.Value.Contains(c)))
            .Select(c => $"{c} (in {string.Join(", ", sheets.Where(s => s.Value.Contains(c)).Select(s => s.Key))})");
        Assert.Empty(unstyled);
    }

    private static HashSet<string> ClassesOf(string css) =>
        [.. ClassSelector().Matches(Comment().Replace(css, "")).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\.(-?[_a-zA-Z][\w-]*)")]
    private static partial Regex ClassSelector();
}
