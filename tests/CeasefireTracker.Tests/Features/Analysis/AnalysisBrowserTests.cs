using Microsoft.Playwright;
using CeasefireTracker.Tests.Browser;

namespace CeasefireTracker.Tests.Features.Analysis;

[Collection(BrowserCollection.Name)]
public sealed class AnalysisBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task With_javascript_the_charts_are_drawn_and_pass_axe()
    {
        await using var session = await fixture.NewPageAsync();
        var page = session.Page;
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync("/analysis");

        await AssertDrawnAsync(page.Locator(".weekly-chart svg"));
        // Cytoscape replaces the no-script note with its canvases once it has laid the network out.
        await Assertions.Expect(page.Locator("#meeting-network .network__no-script")).ToHaveCountAsync(0);
        await AssertDrawnAsync(page.Locator("#meeting-network canvas").First);
        Assert.Empty(errors);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Without_javascript_the_tables_carry_the_numbers()
    {
        await using var session = await fixture.NewPageAsync(javaScript: false);
        var page = session.Page;
        await page.GotoAsync("/analysis");

        await Assertions.Expect(page.Locator("#meeting-network .network__no-script")).ToBeVisibleAsync();
        await AssertDrawnAsync(page.Locator(".weekly-chart svg"));
        await Assertions.Expect(page.Locator("#pairs-table tbody tr").First).ToContainTextAsync("Russia and United States");

        // The <details> open natively, no script needed.
        await page.GetByText("Events per week as a table").ClickAsync();
        await Assertions.Expect(page.Locator("#weekly-table tbody tr", new PageLocatorOptions { HasText = "2025-W15" })).ToContainTextAsync("13");
        await page.GetByText("The network as a table").ClickAsync();
        await Assertions.Expect(page.Locator("#network-table tbody tr")).ToHaveCountAsync(6);
        // No axe scan here: axe-core is a script, and it never finishes in a page with JavaScript off.
    }

    [Fact]
    public async Task The_page_fits_a_phone_screen()
    {
        await using var session = await fixture.NewPageAsync(phone: true);
        var page = session.Page;
        await page.GotoAsync("/analysis?from=2025-01-01");
        await page.GetByText("Events per week as a table").ClickAsync();
        await page.GetByText("The network as a table").ClickAsync();

        await AssertDrawnAsync(page.Locator("#meeting-network canvas").First);
        var chart = await page.Locator(".weekly-chart svg").BoundingBoxAsync();
        Assert.True(chart is { Width: > 300 and <= 390 }, $"The weekly chart is {chart?.Width}px wide.");
        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= 390, $"/analysis is {pageWidth}px wide on a 390px screen.");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        Directory.CreateDirectory("screenshots");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = "screenshots/phone_analysis.png", FullPage = true });
    }

    private static async Task AssertDrawnAsync(ILocator element)
    {
        await Assertions.Expect(element).ToBeVisibleAsync();
        var box = await element.BoundingBoxAsync();
        Assert.True(box is { Width: > 100, Height: > 100 }, $"Drawn at {box?.Width}×{box?.Height}.");
    }
}
