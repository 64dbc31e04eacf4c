using CeasefireTracker.Tests.Browser;
using CeasefireTracker.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CeasefireTracker.Tests.Features.Admin.Events;

/// <summary>
/// The exchange form's running batch total, in Chromium: as the editor types each day's releases, the form says what
/// they add up to against the line's total, before a save would refuse a mismatch. Nothing is saved.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ExchangeFormBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_batches_running_total_follows_each_count_as_it_is_typed()
    {
        await using var session = await fixture.NewSignedInPageAsync(TestAccounts.EditorEmail, TestAccounts.EditorPassword);
        var page = session.Page;
        await page.GotoAsync("/admin/events/new/prisoner-exchange");
        await AdminPages.WaitUntilLiveAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Add line" }).ClickAsync();
        await AdminPages.PickAtPaceAsync(page, "exchange-lines-0-from", "Russia", "Russia");
        await AdminPages.PickAtPaceAsync(page, "exchange-lines-0-to", "Ukraine", "Ukraine");
        await page.Locator("#exchange-lines-0-count").FillAsync("1000");
        await page.Keyboard.PressAsync("Tab");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add batch" }).ClickAsync();
        await AdminPages.PickAtPaceAsync(page, "exchange-batches-0-from", "Russia", "Russia");
        await AdminPages.PickAtPaceAsync(page, "exchange-batches-0-to", "Ukraine", "Ukraine");
        await page.Locator("#exchange-batches-0-count").FillAsync("390");
        await page.Keyboard.PressAsync("Tab");
        var totals = page.GetByLabel("What the batches add up to");
        await Assertions.Expect(totals).ToContainTextAsync("Russia → Ukraine, prisoner of war: batches add up to 390 of the line's 1,000 (610 to go)");

        // The next batch repeats the sides and category of the one before it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Add batch" }).ClickAsync();
        await page.Locator("#exchange-batches-1-count").FillAsync("610");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(totals).ToContainTextAsync("batches add up to 1,000, the line's total");
        await AdminPages.ScreenshotAsync(page, "exchange_batch_totals");
    }
}
