using Microsoft.Playwright;
using CeasefireTracker.Tests.Browser;

namespace CeasefireTracker.Tests.Features.Export;

[Collection(BrowserCollection.Name)]
public sealed class ExportBrowserTests(BrowserFixture fixture)
{
    private const string WitkoffTalks = "/timeline?actor=steve-witkoff&kind=talks";

    [Fact]
    public async Task An_analyst_downloads_the_filtered_view_as_csv_and_finds_its_feed_without_javascript()
    {
        await using var session = await fixture.NewPageAsync(javaScript: false);
        var page = session.Page;
        await page.GotoAsync(WitkoffTalks);

        var exports = page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Download this view" });
        var csv = exports.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "CSV", Exact = true });
        var download = await page.RunAndWaitForDownloadAsync(() => csv.ClickAsync());
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync((await download.PathAsync())!, Cancel);
        Assert.StartsWith("event_id,slug,kind,", text, StringComparison.Ordinal);
        Assert.Contains("witkoff-putin-talks-saint-petersburg-2025-04", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",statement,", text, StringComparison.Ordinal);

        // Feed readers find the feed in the page's head.
        var feedHref = await page.Locator("head link[rel=alternate][type='application/atom+xml']").GetAttributeAsync("href");
        var feed = await session.Context.APIRequest.GetAsync(feedHref!);
        Assert.Equal(200, feed.Status);
        Assert.StartsWith("application/atom+xml", feed.Headers["content-type"], StringComparison.Ordinal);
        Assert.Contains("Steve Witkoff", await feed.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_export_links_fit_a_phone_and_pass_axe()
    {
        await using var session = await fixture.NewPageAsync(phone: true);
        var page = session.Page;
        await page.GotoAsync(WitkoffTalks);

        var exports = page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Download this view" });
        foreach (var name in new[] { "CSV", "Atom feed", "JSON" })
        {
            await Assertions.Expect(exports.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = name, Exact = true })).ToBeInViewportAsync();
        }

        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= 390, $"The timeline is {pageWidth}px wide on a 390px screen.");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        Directory.CreateDirectory("screenshots");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = "screenshots/phone_timeline_exports.png" });
    }
}
