using System.Text.RegularExpressions;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CeasefireTracker.Tests.Browser;

/// <summary>
/// An editor's open admin page after their session ends (disabled by an admin, signed out in another tab, or never
/// signed in, as with a saved copy of the page): the next thing they do is refused, the page leaves for the sign-in
/// page, and the related-event picker shows no draft titles. Controls are found by their accessible names only.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class RevokedSessionBrowserTests(BrowserFixture fixture)
{
    // Invented fixtures: drafts that exist only in the test database.
    private const string SecretTitle = "Unannounced draft: envoys plan a summit";
    private const string EditedTitle = "A draft an editor has open";

    [Fact]
    public async Task A_disabled_editors_open_page_lists_no_draft_titles_and_leaves_for_sign_in()
    {
        var (email, editedId) = await EditorWithDraftsAsync("disabled-open");
        await using var session = await SignedInAsync(email, 11);
        var page = session.Page;
        await OpenForEditingAsync(page, editedId);

        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var admin = new EditorSession("browser-test-admin", "Browser Test Admin", isAdmin: true);
            var userId = await UserIdAsync(email);
            Assert.True((await scope.ServiceProvider.GetRequiredService<AccountAdminService>().SetDisabledAsync(admin, userId, true, Cancel)).Succeeded);
        }

        await SearchRelatedEventsAsync(page, "Unannounced");

        await Assertions.Expect(page).ToHaveURLAsync(SignInPage());
        await Assertions.Expect(page.GetByText(SecretTitle)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Signing_out_in_another_tab_stops_the_open_page_at_its_next_action()
    {
        var (email, editedId) = await EditorWithDraftsAsync("signed-out-open");
        await using var session = await SignedInAsync(email, 12);
        var page = session.Page;
        await OpenForEditingAsync(page, editedId);

        var other = await session.Context.NewPageAsync();
        await other.GotoAsync("/timeline");
        await other.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await other.WaitForURLAsync(url => !url.Contains("/timeline", StringComparison.Ordinal));

        await page.GetByLabel("Place").FillAsync("Typed after signing out elsewhere");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(SignInPage());
        await using var db = await fixture.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync(Cancel);
        Assert.NotEqual("Typed after signing out elsewhere", await db.Events.Where(e => e.Id == editedId).Select(e => e.Place).SingleAsync(Cancel));
    }

    [Fact]
    public async Task A_saved_edit_page_served_without_cookies_gets_no_circuit_and_lists_no_drafts()
    {
        var (email, editedId) = await EditorWithDraftsAsync("saved-page");
        var path = $"/admin/events/{editedId}/edit";
        string html;
        await using (var editor = await SignedInAsync(email, 13))
        {
            html = await (await editor.Context.APIRequest.GetAsync(path)).TextAsync();
            Assert.Contains(EditedTitle, html, StringComparison.Ordinal);
        }

        await using var stranger = await fixture.NewPageAsync();
        fixture.Circuits.Reset();
        var page = await SavedPages.ReplayAsync(stranger.Context, fixture.BaseAddress, path, html);
        await Task.Delay(SavedPages.Settle, Cancel);
        await SearchRelatedEventsAsync(page, "Unannounced");

        Assert.Equal(0, fixture.Circuits.PassedFor(path));
        await Assertions.Expect(page.GetByText(SecretTitle)).ToHaveCountAsync(0);
    }

    /// <summary>A new editor (so no other test's session is touched) and two drafts: the one they will edit and a secret one.</summary>
    private async Task<(string Email, long EditedId)> EditorWithDraftsAsync(string name)
    {
        var email = $"{name}-{Guid.NewGuid():N}@example.org";
        await TestAccounts.CreateAsync(fixture.Services, email, TrackerRoles.Editor);
        var edited = await fixture.CreateDraftAsync(EditedTitle);
        await fixture.CreateDraftAsync(SecretTitle);
        return (email, edited);
    }

    private async Task<BrowserSession> SignedInAsync(string email, int address)
    {
        var session = await fixture.NewPageAsync(clientAddress: TestClientAddress.Fake(address));
        await BrowserSignIn.SignInAsync(session.Page, email, TestAccounts.Password);
        return session;
    }

    private static async Task OpenForEditingAsync(IPage page, long id)
    {
        await page.GotoAsync($"/admin/events/{id}/edit");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true })).ToBeEnabledAsync();
    }

    /// <summary>
    /// Adds a related event and types into its picker, if the page still lets anyone: it may have left for the sign-in
    /// page already (the circuit noticed the change first), or, without a working circuit, keep its buttons disabled.
    /// Either way the assertions that follow are what counts: no draft title, and the sign-in page.
    /// </summary>
    private static async Task SearchRelatedEventsAsync(IPage page, string text)
    {
        var add = page.GetByRole(AriaRole.Button, new() { Name = "Add related event" });
        try
        {
            if (!await add.IsEnabledAsync(new() { Timeout = 3000 })) return;
            await add.ClickAsync(new() { Timeout = 3000 });
            await page.GetByLabel("Event", new() { Exact = true }).PressSequentiallyAsync(text, new() { Timeout = 5000 });
        }
        catch (TimeoutException)
        {
            // The controls went away with the page.
        }
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>().FindByEmailAsync(email))!.Id;
    }

    [GeneratedRegex("/account/sign-in")]
    private static partial Regex SignInPage();
}
