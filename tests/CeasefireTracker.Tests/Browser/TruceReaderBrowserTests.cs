using System.Text.Json;
using CeasefireTracker.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CeasefireTracker.Tests.Browser;

/// <summary>The app with the invented diplomacy fixtures (<see cref="DiplomacyFixture"/>) instead of the demo data.</summary>
public sealed class DiplomacyBrowserFixture : BrowserFixture
{
    public DiplomacyFixture Facts { get; private set; } = null!;

    protected override async Task SeedAsync(TestDatabase database) =>
        Facts = await DiplomacyFixture.SaveAsync(database, CancellationToken.None);
}

[CollectionDefinition(Name)]
public sealed class DiplomacyBrowserCollection : ICollectionFixture<DiplomacyBrowserFixture>
{
    public const string Name = "diplomacy browser";
}

/// <summary>
/// The reader's half of the browser test: a 30-hour unilateral truce from 18:00 Moscow time, with Ukraine's
/// counter-proposal and Zelensky's allegation, saved through the editor service as the forms save it. The whole test,
/// logged through the forms, is <see cref="Features.Admin.Events.TruceFormBrowserTests"/>.
/// </summary>
[Collection(DiplomacyBrowserCollection.Name)]
public sealed class TruceReaderBrowserTests(DiplomacyBrowserFixture fixture)
{
    private const string Window = "19 April 2025, 18:00 – 21 April 2025, 00:00 Moscow time (30 hours)";

    [Fact]
    public async Task A_reader_sees_the_truce_window_on_its_page_the_chart_ukraines_timeline_and_the_api()
    {
        await using var session = await fixture.NewPageAsync();
        var page = session.Page;

        await page.GotoAsync($"/events/{fixture.Facts.TruceSlug}");
        await Assertions.Expect(page.Locator(".event-page__meta .event-when")).ToHaveTextAsync(Window);
        await Assertions.Expect(page.Locator(".details table tbody tr").First).ToContainTextAsync("Counter-proposal");
        await Assertions.Expect(page.Locator(".violations li")).ToContainTextAsync("Volodymyr Zelensky accuses Russia");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync("/ceasefires");
        var chart = page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { Name = "Truce windows over time" });
        await Assertions.Expect(chart).ToBeVisibleAsync();
        await page.GetByText("Truce windows as a table").ClickAsync();
        await Assertions.Expect(page.Locator("#truce-table tbody tr", new PageLocatorOptions { HasText = "Easter truce" })).ToContainTextAsync(Window);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync("/timeline?actor=ukraine");
        var entry = page.Locator("li.timeline-item", new PageLocatorOptions { HasText = "Russia declares an Easter truce" });
        await Assertions.Expect(entry.Locator(".event-when")).ToHaveTextAsync(Window);
        await Assertions.Expect(entry.Locator(".actor-list a")).ToHaveTextAsync(["Russia", "Ukraine", "Volodymyr Zelensky"]);

        var response = await page.APIRequest.GetAsync("/api/events?actor=ukraine&kind=ceasefire-proposal");
        using var json = JsonDocument.Parse(await response.TextAsync());
        var truce = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == fixture.Facts.TruceSlug);
        Assert.Equal(("2025-04-19T18:00:00+03:00", "2025-04-21T00:00:00+03:00", "Europe/Moscow", "day"),
            (truce.GetProperty("start").GetString(), truce.GetProperty("end").GetString(), truce.GetProperty("timeZone").GetString(), truce.GetProperty("datePrecision").GetString()));
        var proposal = truce.GetProperty("proposal");
        Assert.Equal(("unilateral", "2025-04-19", "expired"),
            (proposal.GetProperty("declaration").GetString(), proposal.GetProperty("announcedOn").GetString(), proposal.GetProperty("endedHow").GetString()));
        Assert.Equal("counter-proposal", proposal.GetProperty("responses")[0].GetProperty("response").GetString());
        Assert.Equal(3, proposal.GetProperty("statusHistory").GetArrayLength());
    }

    [Fact]
    public async Task Without_javascript_the_chart_draws_and_its_table_opens()
    {
        await using var session = await fixture.NewPageAsync(javaScript: false, phone: true);
        var page = session.Page;
        await page.GotoAsync("/ceasefires");

        await Assertions.Expect(page.Locator(".truce-chart svg .truce-chart__inforce").First).ToBeVisibleAsync();
        await page.GetByText("Truce windows as a table").ClickAsync();
        await Assertions.Expect(page.Locator("#truce-table tbody tr").First).ToBeVisibleAsync();
        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= 390, $"/ceasefires is {pageWidth}px wide on a 390px screen.");
    }
}
