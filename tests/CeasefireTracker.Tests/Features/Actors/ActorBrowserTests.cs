using Microsoft.Playwright;
using CeasefireTracker.Tests.Browser;

namespace CeasefireTracker.Tests.Features.Actors;

[Collection(BrowserCollection.Name)]
public sealed class ActorBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_reader_finds_witkoff_in_the_actor_list_and_sees_whom_he_met()
    {
        // JavaScript off: the public pages must be complete without it.
        await using var session = await fixture.NewPageAsync(javaScript: false);
        var page = session.Page;

        await page.GotoAsync("/timeline");
        await page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Main" }).GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Actors" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "People", Exact = false }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Steve Witkoff", Exact = true }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(fixture.BaseAddress, "/actors/steve-witkoff").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync("Steve Witkoff");
        var metWith = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Actors Steve Witkoff met with" });
        await Assertions.Expect(metWith.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = "Vladimir Putin" })).ToContainTextAsync("3");

        await page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Affiliation" }).GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "United States" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync("United States");
    }

    [Theory]
    [InlineData("/actors")]
    [InlineData("/actors/steve-witkoff")]
    public async Task Actor_pages_fit_a_phone_screen(string path)
    {
        await using var session = await fixture.NewPageAsync(phone: true);
        var page = session.Page;
        await page.GotoAsync(path);
        Directory.CreateDirectory("screenshots");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = $"screenshots/phone{path.Replace('/', '_')}.png", FullPage = true });

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToBeInViewportAsync();
        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= 390, $"{path} is {pageWidth}px wide on a 390px screen.");
        // Tables fit too, rather than hiding columns behind their own scrollbar.
        var overflowing = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.table-scroll')].filter(t => t.scrollWidth > t.clientWidth).length");
        Assert.Equal(0, overflowing);
    }

    [Theory]
    [InlineData("/actors")]
    [InlineData("/actors?kind=bogus")]
    [InlineData("/actors/steve-witkoff")]
    [InlineData("/actors/dmitry-peskov")]
    [InlineData("/actors/kremlin")]
    [InlineData("/actors/russia")]
    [InlineData("/actors/no-such-actor")]
    public async Task Actor_pages_have_no_serious_accessibility_violations(string path)
    {
        await using var session = await fixture.NewPageAsync();
        var page = session.Page;
        await page.GotoAsync(path);

        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
