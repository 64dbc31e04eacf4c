using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CeasefireTracker.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed partial class AnalystPagesBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_reader_without_javascript_filters_claims_by_verdict_and_opens_one()
    {
        await using var session = await fixture.NewPageAsync(javaScript: false);
        var page = session.Page;

        await page.GotoAsync("/claims");
        await page.GetByLabel("Disputed", new PageGetByLabelOptions { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Apply filters" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(DisputedFilter());
        var claims = page.Locator("article.claim-card");
        await Assertions.Expect(claims).ToHaveCountAsync(1);
        await Assertions.Expect(claims.Locator(".verdict strong")).ToHaveTextAsync("Disputed");
        await Assertions.Expect(claims.Locator(".stance-groups dt")).ToHaveTextAsync(["Asserts", "Denies", "Disputes"]);

        await claims.Locator("h2 a").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToContainTextAsync("two Chinese citizens");
        var denial = page.Locator(".stance-groups dt:has-text('Denies') + dd li");
        await Assertions.Expect(denial.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Kremlin" })).ToBeVisibleAsync();
        await Assertions.Expect(denial.Locator("a.source-link")).ToHaveTextAsync("[News Central]");
    }

    [Fact]
    public async Task A_reader_reaches_each_analyst_page_from_the_header()
    {
        await using var session = await fixture.NewPageAsync();
        var page = session.Page;
        await page.GotoAsync("/timeline");
        var nav = page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Main" });

        await nav.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Exchanges" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync("Prisoner exchanges");
        await Assertions.Expect(page.Locator("table.ledger tbody tr")).ToHaveCountAsync(2);

        await nav.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Ceasefires" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync("Ceasefire proposals");
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new PageGetByRoleOptions { Name = "Ukraine" })).ToBeVisibleAsync();

        await nav.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Claims" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync("Claims");
    }

    [Theory]
    [InlineData("/claims", "article.claim-card")]
    [InlineData("/claims?verdict=disputed&actor=kremlin", "article.claim-card")]
    [InlineData("/exchanges", "#totals-heading + ul")]
    [InlineData("/ceasefires", "table.ceasefire-matrix")]
    public async Task Analyst_pages_fit_a_phone_screen(string path, string content)
    {
        await using var session = await fixture.NewPageAsync(phone: true);
        var page = session.Page;
        await page.GotoAsync(path);

        // Content shows in the first screen, and nothing but a table's own region scrolls sideways.
        await Assertions.Expect(page.Locator(content).First).ToBeInViewportAsync();
        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= 390, $"{path} is {pageWidth}px wide on a 390px screen.");

        Directory.CreateDirectory("screenshots");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = $"screenshots/phone{ScreenshotName().Replace(path, "_")}.png", FullPage = true });
    }

    [Fact]
    public async Task On_a_phone_the_matrix_keeps_the_proposal_in_view_while_its_responses_scroll()
    {
        await using var session = await fixture.NewPageAsync(phone: true);
        var page = session.Page;
        await page.GotoAsync("/ceasefires");
        var region = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Proposals and each party's response" });
        var firstProposal = page.Locator(".ceasefire-matrix tbody th").First;
        var before = await firstProposal.BoundingBoxAsync();

        await region.EvaluateAsync("r => r.scrollLeft = r.scrollWidth");

        var after = await firstProposal.BoundingBoxAsync();
        Assert.Equal(before!.X, after!.X);
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new PageGetByRoleOptions { Name = "Ukraine" })).ToBeInViewportAsync();
    }

    [Fact]
    public async Task On_a_phone_each_exchange_is_a_card_with_its_detainees_in_view()
    {
        await using var session = await fixture.NewPageAsync(phone: true);
        var page = session.Page;
        await page.GotoAsync("/exchanges");
        var karelina = page.Locator("table.ledger tbody tr", new PageLocatorOptions { HasText = "Karelina" }).Last;
        var detainees = karelina.Locator("td").Last;

        var box = await detainees.BoundingBoxAsync();
        Assert.True(box!.X >= 0 && box.X + box.Width <= 390, $"The detainees cell spans {box.X}–{box.X + box.Width}px on a 390px screen.");
        await Assertions.Expect(detainees).ToContainTextAsync("Ballet dancer");
        var region = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Prisoner-exchange ledger" });
        Assert.True(await region.EvaluateAsync<bool>("r => r.scrollWidth <= r.clientWidth"), "The ledger still scrolls sideways on a phone.");
    }

    [Theory]
    [InlineData("/claims")]
    [InlineData("/claims?verdict=bogus&actor=nobody")]
    [InlineData("/exchanges")]
    [InlineData("/ceasefires")]
    [InlineData("/events/black-sea-truce-russian-conditions-2025-03")]
    public async Task Analyst_pages_have_no_serious_accessibility_violations(string path)
    {
        await using var session = await fixture.NewPageAsync();
        var page = session.Page;
        await page.GotoAsync(path);

        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Theory]
    [InlineData("/claims")]
    [InlineData("/exchanges")]
    [InlineData("/ceasefires")]
    public async Task Analyst_pages_have_no_serious_accessibility_violations_on_a_phone(string path)
    {
        await using var session = await fixture.NewPageAsync(phone: true);
        var page = session.Page;
        await page.GotoAsync(path);

        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [GeneratedRegex("verdict=disputed")]
    private static partial Regex DisputedFilter();

    [GeneratedRegex("[/?&=]")]
    private static partial Regex ScreenshotName();
}
