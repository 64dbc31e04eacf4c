using Microsoft.Playwright;

namespace CeasefireTracker.Tests.Browser;

/// <summary>The site's frame, on every page: the header navigation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task On_a_phone_the_header_links_are_one_row_that_scrolls_inside_the_header()
    {
        // The row is CSS only (the site's JavaScript plays no part); JavaScript stays on here because measuring needs it.
        await using var session = await fixture.NewPageAsync(phone: true);
        var page = session.Page;
        await page.GotoAsync("/timeline");
        Directory.CreateDirectory("screenshots");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = "screenshots/phone_header.png" });

        var nav = page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Main" });
        var links = nav.GetByRole(AriaRole.Link);
        var tops = new HashSet<float>();
        foreach (var link in await links.AllAsync())
        {
            tops.Add((await link.BoundingBoxAsync())!.Y);
        }

        Assert.Single(tops);
        Assert.True(await nav.EvaluateAsync<bool>("n => n.scrollWidth > n.clientWidth"), "the links should overflow into a scrolling row at 390 px");
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390, "the page itself must not scroll sideways");

        // The last link is reachable: scrolled into view (as a finger or the keyboard's focus does), it shows.
        await links.Last.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(links.Last).ToBeInViewportAsync(new LocatorAssertionsToBeInViewportOptions { Ratio = 1 });
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
