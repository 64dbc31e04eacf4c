using System.Text.RegularExpressions;
using Microsoft.Playwright;
using CeasefireTracker.Tests.Browser;

namespace CeasefireTracker.Tests.Features.Timeline;

[Collection(BrowserCollection.Name)]
public sealed partial class SearchBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_reader_types_a_search_in_the_filter_bar_and_sees_the_matches_marked()
    {
        // JavaScript off: the search is a plain form.
        await using var session = await fixture.NewPageAsync(javaScript: false);
        var page = session.Page;

        await page.GotoAsync("/timeline?kind=claim");
        await page.GetByLabel("Search", new PageGetByLabelOptions { Exact = true }).FillAsync("Chinese citizens");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Apply filters" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(SearchWithKind());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync("Search: “Chinese citizens”");
        var items = page.Locator("li.timeline-item");
        await Assertions.Expect(items.First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("li.timeline-item:not(.kind-claim)")).ToHaveCountAsync(0);
        await Assertions.Expect(items.First.Locator("mark").First).ToHaveTextAsync(MatchedWord());
        await Assertions.Expect(page.GetByLabel("Search", new PageGetByLabelOptions { Exact = true })).ToHaveValueAsync("Chinese citizens");
        // axe needs JavaScript (and would wait for it forever here); the same page is scanned below.
    }

    [Fact]
    public async Task A_reader_searches_a_name_in_ukrainian_and_finds_zelensky()
    {
        await using var session = await fixture.NewPageAsync();
        var page = session.Page;

        await page.GotoAsync("/search");
        // /search puts the cursor in the search box.
        await Assertions.Expect(page.GetByLabel("Search", new PageGetByLabelOptions { Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Зеленський");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator(".search-actors")).ToContainTextAsync("Volodymyr Zelensky");
        await Assertions.Expect(page.Locator("li.timeline-item").First.Locator(".actor-list mark")).ToHaveTextAsync("Volodymyr Zelensky");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task A_reader_chooses_all_to_see_only_what_two_actors_did_together()
    {
        await using var session = await fixture.NewPageAsync();
        var page = session.Page;

        await page.GotoAsync("/timeline?actor=united-states&actor=russia");
        var anyCount = await page.Locator("li.timeline-item").CountAsync();
        await page.GetByLabel("all of them together").CheckAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Apply filters" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(MatchAll());
        var allCount = await page.Locator("li.timeline-item").CountAsync();
        Assert.InRange(allCount, 1, anyCount - 1);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Theory]
    [InlineData("/timeline?q=ceasefire")]
    [InlineData("/timeline?kind=claim&q=Chinese+citizens")]
    [InlineData("/timeline?q=zelenskyy&actor=russia&match=all")]
    [InlineData("/search")]
    public async Task Search_pages_fit_a_phone_screen_and_have_no_serious_accessibility_violations(string path)
    {
        await using var session = await fixture.NewPageAsync(phone: true);
        var page = session.Page;
        await page.GotoAsync(path);

        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= 390, $"{path} is {pageWidth}px wide on a 390px screen.");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        Directory.CreateDirectory("screenshots");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = $"screenshots/phone{path.Replace('/', '_').Replace('?', '_').Replace('&', '_')}.png", FullPage = true });
    }

    [GeneratedRegex(@"q=Chinese(\+|%20)citizens.*kind=claim|kind=claim.*q=Chinese(\+|%20)citizens")]
    private static partial Regex SearchWithKind();

    [GeneratedRegex("^([Cc]hinese|[Cc]itizens)$")]
    private static partial Regex MatchedWord();

    [GeneratedRegex("match=all")]
    private static partial Regex MatchAll();
}
