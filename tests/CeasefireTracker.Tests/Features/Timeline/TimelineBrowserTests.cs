using System.Text.RegularExpressions;
using CeasefireTracker.Web.Features.DemoData;
using Microsoft.Playwright;
using CeasefireTracker.Tests.Browser;

namespace CeasefireTracker.Tests.Features.Timeline;

[Collection(BrowserCollection.Name)]
public sealed partial class TimelineBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_reader_filters_by_witkoff_opens_the_saint_petersburg_talks_and_sees_the_source()
    {
        // JavaScript off: the public pages must be complete without it.
        await using var session = await fixture.NewPageAsync(javaScript: false);
        var page = session.Page;

        await page.GotoAsync("/timeline");
        // The actor is typed, not picked from a list of every actor; the server finds Witkoff from part of the name.
        await page.GetByLabel("Actor", new PageGetByLabelOptions { Exact = true }).FillAsync("witkof");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Apply filters" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(WitkoffFilter());
        var talks = page.Locator("li.timeline-item.kind-talks", new PageLocatorOptions
        {
            Has = page.Locator(".timeline-item__title", new PageLocatorOptions { HasText = "Saint Petersburg" }),
        });
        await Assertions.Expect(talks).ToHaveCountAsync(1);
        await Assertions.Expect(talks.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Vladimir Putin" })).ToBeVisibleAsync();

        await talks.Locator(".timeline-item__title a").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToContainTextAsync("Saint Petersburg");
        var sources = page.Locator("section", new PageLocatorOptions { Has = page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Sources" }) });
        await Assertions.Expect(sources.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "News Central" })).ToHaveAttributeAsync("href", DemoDataSet.ArticleUrl);
    }

    [Theory]
    [InlineData("/timeline")]
    [InlineData("/timeline?actor=steve-witkoff&kind=talks")]
    public async Task Pages_fit_a_phone_screen(string path)
    {
        await using var session = await fixture.NewPageAsync(phone: true);
        var page = session.Page;
        await page.GotoAsync(path);

        // Events are visible in the first screen and nothing scrolls sideways.
        await Assertions.Expect(page.Locator("li.timeline-item").First).ToBeVisibleAsync();
        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= 390, $"{path} is {pageWidth}px wide on a 390px screen.");

        Directory.CreateDirectory("screenshots");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = $"screenshots/phone{path.Replace('/', '_').Replace('?', '_').Replace('&', '_')}.png", FullPage = true });
    }

    [Fact]
    public async Task Every_event_page_linked_from_the_timeline_opens()
    {
        await using var session = await fixture.NewPageAsync();
        var page = session.Page;
        await page.GotoAsync("/timeline");
        var links = await page.Locator(".timeline-item__title a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var response = await page.GotoAsync(link);
            Assert.Equal(200, response!.Status);
            await Assertions.Expect(page.Locator("article.event-page h1")).Not.ToBeEmptyAsync();
        }
    }

    [Theory]
    [InlineData("/timeline")]
    [InlineData("/timeline?actor=steve-witkoff&kind=bogus")]
    [InlineData("/events/witkoff-putin-talks-saint-petersburg-2025-04")]
    [InlineData("/events/claim-chinese-nationals-fighting-for-russia-2025-04")]
    [InlineData("/events/karelina-petrov-prisoner-exchange-2025-04-10")]
    [InlineData("/events/us-full-ceasefire-proposal-2025-03")]
    [InlineData("/events/no-such-event")]
    public async Task Pages_have_no_serious_accessibility_violations(string path)
    {
        await using var session = await fixture.NewPageAsync();
        var page = session.Page;
        await page.GotoAsync(path);

        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [GeneratedRegex("actor=steve-witkoff")]
    private static partial Regex WitkoffFilter();
}
