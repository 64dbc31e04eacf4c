using System.Text.Json;
using System.Text.RegularExpressions;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Tests.Browser;
using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CeasefireTracker.Tests.Features.Admin.Events;

/// <summary>
/// The editor's half of issue 10's browser test (the reader's half alone is <see cref="TruceReaderBrowserTests"/>): a
/// 30-hour unilateral truce from 18:00 Moscow time logged through the forms, with a reciprocating response, a
/// counter-proposal logged as a proposal of its own and linked, and an alleged violation; then read where readers
/// look. The events are invented for the test (titles say so) and archived again at the end.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TruceFormBrowserTests(BrowserFixture fixture)
{
    private const string Truce = "Russia declares a 30-hour Easter truce (browser test)";
    private const string Counter = "Zelensky offers a 30-day ceasefire instead (browser test)";
    private const string Window = "19 April 2025, 18:00 – 21 April 2025, 00:00 Moscow time (30 hours)";

    /// <summary>How long a list may take to close on a shared, loaded machine (the tests run beside others).</summary>
    private static readonly LocatorAssertionsToHaveCountOptions Settling = new() { Timeout = 15_000 };

    /// <summary>A person's pace in pickers, so the search answers as it would for them.</summary>
    private static readonly LocatorPressSequentiallyOptions Pace = new() { Delay = 40 };

    [Fact]
    public async Task An_editor_logs_the_easter_truce_through_the_forms_and_a_reader_sees_its_window_everywhere()
    {
        try
        {
            await using var session = await fixture.NewSignedInPageAsync(TestAccounts.EditorEmail, TestAccounts.EditorPassword);
            var page = session.Page;
            await LogCounterProposalAsync(page);
            var slug = await LogTruceAsync(page);
            await ReadAsync(slug);
        }
        finally
        {
            await ArchiveAsync();
        }
    }

    private async Task ArchiveAsync()
    {
        await using var db = await fixture.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        await db.Events.Where(e => e.Title == Truce || e.Title == Counter).ExecuteUpdateAsync(u => u.SetProperty(e => e.Status, EventStatus.Archived));
    }

    private static async Task LogCounterProposalAsync(IPage page)
    {
        await page.GotoAsync("/admin/events/new/ceasefire-proposal");
        await AdminPages.WaitUntilLiveAsync(page);
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(Counter);
        await page.GetByLabel("Summary").FillAsync("Ukraine's president answers with a 30-day ceasefire of his own. Invented for a test.");
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync("2025-04-19");
        await AdminPages.PickAtPaceAsync(page, "participants-0-actor", "Zelensky", "Volodymyr Zelensky");
        await page.Locator("#sources-0-publisher").FillAsync("Test Wire");
        await page.Locator("#sources-0-url").FillAsync("https://example.org/counter-proposal");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and publish" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Saved and published")).ToBeVisibleAsync();
    }

    private static async Task<string> LogTruceAsync(IPage page)
    {
        await page.GotoAsync("/admin/events/new/ceasefire-proposal");
        await AdminPages.WaitUntilLiveAsync(page);
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(Truce);
        await page.GetByLabel("Summary").FillAsync("Russia announces a truce for Easter, from Saturday 18:00 to Monday 00:00 Moscow time. Invented for a test.");
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync("2025-04-19");
        await page.Locator("#starttime").FillAsync("18:00");
        // A zone that does not exist first: it is refused next to its field and stays as typed.
        await page.Locator("#timezone").PressSequentiallyAsync("Europe/Atlantis", Pace);
        await page.Keyboard.PressAsync("Tab");
        await page.GetByLabel("End date (optional)").FillAsync("2025-04-21");
        await page.Locator("#endtime").FillAsync("00:00");
        await AdminPages.PickAtPaceAsync(page, "participants-0-actor", "Russia", "Russia");
        await ChooseAsync(page, "proposal-declaration", "Unilateral");
        await page.Locator("#proposal-announcedon").FillAsync("2025-04-19");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add response" }).ClickAsync();
        await AdminPages.PickAtPaceAsync(page, "proposal-responses-0-actor", "Ukraine", "Ukraine");
        await ChooseAsync(page, "proposal-responses-0-response", "Reciprocated");
        // A day before the announcement: refused next to it.
        await page.Locator("#proposal-responses-0-respondedon").FillAsync("2025-04-18");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add response" }).ClickAsync();
        await AdminPages.PickAtPaceAsync(page, "proposal-responses-1-actor", "Zelensky", "Volodymyr Zelensky");
        await ChooseAsync(page, "proposal-responses-1-response", "Counter-proposal");
        await AdminPages.PickAtPaceAsync(page, "proposal-responses-1-counterproposal", "30-day ceasefire instead", Counter);

        await page.GetByRole(AriaRole.Button, new() { Name = "Add allegation" }).ClickAsync();
        await AdminPages.PickAtPaceAsync(page, "proposal-violations-0-accuser", "Zelensky", "Volodymyr Zelensky");
        await AdminPages.PickAtPaceAsync(page, "proposal-violations-0-accused", "Russia", "Russia");
        await page.Locator("#proposal-violations-0-allegedon").FillAsync("2025-04-20");
        await page.Locator("#proposal-violations-0-description").FillAsync("Shelling along the front during the truce.");
        await page.Locator("#sources-0-publisher").FillAsync("Test Wire");
        await page.Locator("#sources-0-url").FillAsync("https://example.org/easter-truce");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and publish" }).ClickAsync();

        await Assertions.Expect(AdminPages.MessageOf(page, "timezone")).ToContainTextAsync("There is no time zone “Europe/Atlantis”");
        await Assertions.Expect(page.Locator("#timezone")).ToHaveValueAsync("Europe/Atlantis");
        await Assertions.Expect(AdminPages.MessageOf(page, "proposal-responses-0-respondedon")).ToContainTextAsync("A response cannot come before the announcement (19 April 2025).");
        await Assertions.Expect(page.Locator("#proposal-responses-0-respondedon")).ToHaveValueAsync("2025-04-18");
        await Assertions.Expect(page.Locator("#proposal-responses-1-counterproposal")).ToHaveValueAsync(new Regex("^" + Regex.Escape(Counter)));
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.Locator("#timezone").FillAsync("");
        await AdminPages.PickAtPaceAsync(page, "timezone", "Moscow", "Europe/Moscow");
        await Assertions.Expect(page.GetByText("Lasts 30 hours.")).ToBeVisibleAsync();
        await page.Locator("#proposal-responses-0-respondedon").FillAsync("2025-04-19");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and publish" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Saved and published")).ToBeVisibleAsync();
        var view = await page.GetByRole(AriaRole.Link, new() { Name = "View on the site" }).GetAttributeAsync("href");
        return view!["/events/".Length..];
    }

    private async Task ReadAsync(string slug)
    {
        await using var reader = await fixture.NewPageAsync();
        var page = reader.Page;
        await page.GotoAsync($"/events/{slug}");
        await Assertions.Expect(page.Locator(".event-page__meta .event-when")).ToHaveTextAsync(Window);
        await Assertions.Expect(page.Locator(".details table tbody")).ToContainTextAsync("Counter-proposal");
        await Assertions.Expect(page.Locator(".violations li")).ToContainTextAsync("Volodymyr Zelensky accuses Russia");

        await page.GotoAsync("/ceasefires");
        await Assertions.Expect(page.Locator(".truce-chart g.truce-chart__row", new() { Has = page.Locator("title", new() { HasText = Truce }) })).ToHaveCountAsync(1);
        await page.GetByText("Truce windows as a table").ClickAsync();
        await Assertions.Expect(page.Locator("#truce-table tbody tr", new() { HasText = Truce })).ToContainTextAsync(Window);

        // The demo data fills Ukraine's timeline: the truce's day keeps it on the first page.
        await page.GotoAsync("/timeline?actor=ukraine&from=2025-04-19&to=2025-04-19");
        var entry = page.Locator("li.timeline-item", new() { HasText = Truce });
        await Assertions.Expect(entry.Locator(".event-when")).ToHaveTextAsync(Window);

        var response = await page.APIRequest.GetAsync("/api/events?actor=ukraine&kind=ceasefire-proposal&from=2025-04-19&to=2025-04-19");
        using var json = JsonDocument.Parse(await response.TextAsync());
        var truce = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == slug);
        Assert.Equal(("2025-04-19T18:00:00+03:00", "2025-04-21T00:00:00+03:00", "Europe/Moscow"),
            (truce.GetProperty("start").GetString(), truce.GetProperty("end").GetString(), truce.GetProperty("timeZone").GetString()));
        var proposal = truce.GetProperty("proposal");
        Assert.Equal(("unilateral", "2025-04-19"), (proposal.GetProperty("declaration").GetString(), proposal.GetProperty("announcedOn").GetString()));
        Assert.Equal(["reciprocated", "counter-proposal"], proposal.GetProperty("responses").EnumerateArray().Select(r => r.GetProperty("response").GetString()));
    }

    /// <summary>Opens the select whose (hidden) input has this id and chooses an option.</summary>
    private static async Task ChooseAsync(IPage page, string inputId, string option)
    {
        await AdminPages.ChooseAsync(page, page.Locator(".mud-input-control", new() { Has = page.Locator($"#{inputId}") }).Locator(".mud-input").First, option);
        // As a person waits for the list to close before typing into the next field (typing under it would race its last render).
        await Assertions.Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0, Settling);
    }
}
