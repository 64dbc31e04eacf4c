using System.Text.RegularExpressions;
using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using CeasefireTracker.Tests.Browser;

namespace CeasefireTracker.Tests.Features.Admin.Events;

[Collection(BrowserCollection.Name)]
public sealed partial class AdminEventsBrowserTests(BrowserFixture fixture)
{
    private const string Title = "Envoys meet in Geneva about the energy truce";

    [Fact]
    public async Task An_editor_logs_and_publishes_a_meeting_a_reader_finds_it_and_the_history_shows_the_edit()
    {
        try
        {
            await LogPublishAndEditAsync();
        }
        finally
        {
            await ArchiveTestEventsAsync();
        }
    }

    private async Task LogPublishAndEditAsync()
    {
        await using var editor = await SignInAsync("/admin/events/new/talks");
        var page = editor.Page;
        await AdminPages.WaitUntilLiveAsync(page);
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Save draft" });
        await Assertions.Expect(save).ToBeEnabledAsync();

        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(Title);
        await page.GetByLabel("Summary").FillAsync("Both envoys met for three hours to talk about strikes on power plants.");
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync("2025-04-20");
        await page.GetByLabel("Place").FillAsync("Geneva");
        // Talks start with two participant rows: they need two sides.
        await AdminPages.PickAsync(page, "participants-0-actor", "witkoff", "Steve Witkoff");
        await AdminPages.PickAsync(page, "participants-1-actor", "Путин", "Vladimir Putin");
        await AdminPages.ChooseAsync(page, page.GetByLabel("Format"), "Phone");
        await page.Locator("#talks-durationminutes").FillAsync("180");
        await page.Locator("#sources-0-publisher").FillAsync("Test Wire");
        await page.Locator("#sources-0-url").FillAsync("https://example.org/geneva-envoys");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await save.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(EditAddress());
        await Assertions.Expect(page.GetByText("Draft saved")).ToBeVisibleAsync();
        await AdminPages.WaitUntilLiveAsync(page);
        var publish = page.GetByRole(AriaRole.Button, new() { Name = "Save and publish" });
        await Assertions.Expect(publish).ToBeEnabledAsync();
        // The save bar stays in view: the buttons are on screen at the top of a long form.
        await Assertions.Expect(publish).ToBeInViewportAsync();
        await publish.ClickAsync();
        await Assertions.Expect(page.GetByText("Saved. The event is now published.")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await ScreenshotAsync(page, "admin-edit-desktop");

        await using (var reader = await fixture.NewPageAsync(javaScript: false))
        {
            await reader.Page.GotoAsync("/timeline?actor=vladimir-putin");
            var item = reader.Page.Locator(".timeline-item__title a", new() { HasText = Title });
            await Assertions.Expect(item).ToHaveCountAsync(1);
            await item.ClickAsync();
            await Assertions.Expect(reader.Page.Locator(".last-updated")).ToContainTextAsync("Last updated");
        }

        await page.GetByLabel("Place").FillAsync("Geneva, Switzerland");
        await page.GetByLabel("Reason for the history (optional)").FillAsync("The report names the country");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Saved. The event is now published.").Last).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "History", Exact = true }).ClickAsync();
        var versions = page.Locator(".revision h2");
        await Assertions.Expect(versions).ToHaveTextAsync(["Version 3: edited", "Version 2: published", "Version 1: created"]);
        // Publishing changed the status and nothing else: no phantom change of the participants.
        await Assertions.Expect(page.Locator(".revision").Nth(1).Locator(".change dt")).ToHaveTextAsync(["Status"]);
        var edit = page.Locator(".revision").First;
        await Assertions.Expect(edit.Locator(".change__before del")).ToHaveTextAsync("Geneva");
        await Assertions.Expect(edit.Locator(".change__after ins")).ToHaveTextAsync("Geneva, Switzerland");
        await Assertions.Expect(edit).ToContainTextAsync("The report names the country");
        await Assertions.Expect(page.Locator(".revision").Last).ToContainTextAsync("Steve Witkoff — Party");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await ScreenshotAsync(page, "admin-history-desktop");

        foreach (var (path, name) in new[] { ("/admin", "admin-dashboard-desktop"), ("/admin/events?kind=talks", "admin-events-desktop") })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = Title }).First).ToBeVisibleAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await ScreenshotAsync(page, name);
        }
    }

    [Fact]
    public async Task A_failed_save_keeps_the_input_lists_the_fields_at_the_top_and_focuses_the_first_invalid_one()
    {
        await using var editor = await SignInAsync("/admin/events/new/talks", phone: true);
        var page = editor.Page;
        await AdminPages.WaitUntilLiveAsync(page);
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Save draft" });

        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("A meeting with a bad source");
        await page.Locator("#sources-0-publisher").FillAsync("Test Wire");
        await page.Locator("#sources-0-url").FillAsync("example.org/no-scheme");
        await save.ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Nothing was saved" });
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(AdminPages.MessageOf(page, "sources-0-url")).ToContainTextAsync("https://");
        await Assertions.Expect(AdminPages.MessageOf(page, "occurredon")).ToContainTextAsync("Give the date");
        // The date is the first field with a message, in the page's order: it has the focus.
        await Assertions.Expect(page.Locator("#occurredon")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#sources-0-url")).ToHaveValueAsync("example.org/no-scheme");
        await Assertions.Expect(page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync("A meeting with a bad source");
        // Each message of the summary leads to its field.
        await summary.GetByRole(AriaRole.Link, new() { Name = "Address (URL) (source 1): Give a full web address" }).ClickAsync();
        await Assertions.Expect(page.Locator("#sources-0-url")).ToBeFocusedAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/events/new/talks(#sources-0-url)?$"));

        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"The form is {width}px wide on a 390px screen.");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await ScreenshotAsync(page, "admin-edit-phone");
    }

    [Fact]
    public async Task A_fraction_in_a_whole_number_field_gets_a_message_and_stays_in_the_field()
    {
        await using var editor = await SignInAsync("/admin/events/new/talks");
        var page = editor.Page;
        await AdminPages.WaitUntilLiveAsync(page);

        await page.Locator("#talks-durationminutes").FillAsync("1.25");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        await Assertions.Expect(AdminPages.MessageOf(page, "talks-durationminutes")).ToContainTextAsync("Give a whole number");
        await Assertions.Expect(page.Locator("#talks-durationminutes")).ToHaveValueAsync("1.25");
        await Assertions.Expect(page.Locator("#talks-durationminutes")).ToBeFocusedAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/events/new/talks$"));
    }

    [Fact]
    public async Task Messages_stay_on_the_rows_they_belong_to_after_a_row_is_removed()
    {
        await using var editor = await SignInAsync("/admin/events/new/talks");
        var page = editor.Page;
        await AdminPages.WaitUntilLiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add source" }).ClickAsync();
        await page.Locator("#sources-0-publisher").FillAsync("Wire with a bad address");
        await page.Locator("#sources-0-url").FillAsync("not an address");
        await page.Locator("#sources-1-publisher").FillAsync("Good Wire");
        await page.Locator("#sources-1-url").FillAsync("https://example.org/good");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(AdminPages.MessageOf(page, "sources-0-url")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Remove source 1" }).ClickAsync();

        await Assertions.Expect(page.Locator("#sources-0-publisher")).ToHaveValueAsync("Good Wire");
        await Assertions.Expect(page.Locator(".mud-input-control", new() { Has = page.Locator("#sources-0-url") }).Locator(".mud-input-error")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".kit-summary")).Not.ToContainTextAsync("Address (URL)");
    }

    /// <summary>The other browser tests read the demo data as published; the meeting this test logs leaves the public site again.</summary>
    private async Task ArchiveTestEventsAsync()
    {
        var contexts = fixture.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        await db.Events.Where(e => e.Title == Title).ExecuteUpdateAsync(u => u.SetProperty(e => e.Status, EventStatus.Archived));
    }

    [Fact]
    public async Task Two_editors_changes_merge_and_a_field_both_changed_is_chosen_side_by_side()
    {
        var id = await fixture.CreateDraftAsync("A draft two editors open at once");
        await using var first = await SignInAsync($"/admin/events/{id}/edit");
        await using var second = await SignInAsync($"/admin/events/{id}/edit", phone: true);
        foreach (var session in new[] { first, second })
        {
            await AdminPages.WaitUntilLiveAsync(session.Page);
        }

        await first.Page.GetByLabel("Place").FillAsync("Istanbul");
        await first.Page.GetByLabel("Summary").FillAsync("The first editor's summary.");
        await first.Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(first.Page.GetByText("Saved.")).ToBeVisibleAsync();

        // The second editor, from the older copy, changed the outcome (only theirs) and the summary (both changed it).
        var page = second.Page;
        await page.GetByLabel("Outcome").FillAsync("They agreed to meet again");
        await page.GetByLabel("Summary").FillAsync("The second editor's summary.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        var conflict = page.Locator(".conflict");
        await Assertions.Expect(conflict.GetByRole(AriaRole.Heading)).ToContainTextAsync("Demo Editor saved this event");
        var field = conflict.GetByRole(AriaRole.Group, new() { Name = "Summary" });
        await Assertions.Expect(field).ToContainTextAsync("The first editor's summary.");
        await Assertions.Expect(field).ToContainTextAsync("The second editor's summary.");
        await Assertions.Expect(conflict.GetByRole(AriaRole.Group)).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByLabel("Outcome")).ToHaveValueAsync("They agreed to meet again");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await ScreenshotAsync(page, "admin-conflict-phone");

        await field.GetByText("Use yours").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save with these choices" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Saved. The event is now draft.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Place")).ToHaveValueAsync("Istanbul");
        await Assertions.Expect(page.GetByLabel("Outcome")).ToHaveValueAsync("They agreed to meet again");
        await Assertions.Expect(page.GetByLabel("Summary")).ToHaveValueAsync("The second editor's summary.");
    }

    private async Task<BrowserSession> SignInAsync(string returnUrl, bool phone = false)
    {
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountSeeder>().EnsureDevelopmentAccountsAsync();
        }

        var (email, _, password, _) = AccountSeeder.DevelopmentAccounts.Single(a => a.Role == TrackerRoles.Editor);
        var session = await fixture.NewPageAsync(phone: phone);
        await session.Page.GotoAsync("/account/sign-in?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        await session.Page.GetByLabel("E-mail").FillAsync(email);
        await session.Page.GetByLabel("Password").FillAsync(password);
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(session.Page).ToHaveURLAsync(new Regex(Regex.Escape(returnUrl) + "$"));
        return session;
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory("screenshots");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = $"screenshots/{name}.png", FullPage = true });
    }

    [GeneratedRegex(@"/admin/events/\d+/edit\?saved=created$")]
    private static partial Regex EditAddress();
}
