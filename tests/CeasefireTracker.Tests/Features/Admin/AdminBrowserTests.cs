using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Admin.Actors;
using CeasefireTracker.Web.Features.Admin.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using CeasefireTracker.Tests.Browser;

namespace CeasefireTracker.Tests.Features.Admin;

/// <summary>The actor and user admin pages in Chromium, as an admin uses them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_admin_merges_a_duplicate_and_its_old_address_leads_to_the_survivor()
    {
        try
        {
            await MergeAsync();
        }
        finally
        {
            // The other browser tests read the demo data: the invented meeting leaves the public site again.
            await using var db = await fixture.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync(Cancel);
            await db.Events.Where(e => e.Title == "Talks with marta-kos").ExecuteUpdateAsync(u => u.SetProperty(e => e.Status, EventStatus.Archived), Cancel);
        }
    }

    private async Task MergeAsync()
    {
        await using var session = await fixture.NewSignedInPageAsync(TestAccounts.AdminEmail, TestAccounts.AdminPassword);
        var page = session.Page;
        await CreateActorAsync(page, "Marta Kos", alias: null);
        await CreateActorAsync(page, "Marta Koss", alias: "Марта Кос");

        // Readers see an actor once it acts in a published event (an invented one here), so the survivor's page exists.
        await PublishMeetingOfAsync("marta-kos");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Merge into another actor…" }).ClickAsync();
        await AdminPages.WaitUntilLiveAsync(page);
        await AdminPages.TypeAsync(page, "survivor", "marta kos");
        await page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = "Marta Kos Person", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "What moves to Marta Kos" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("New aliases of Marta Kos:")).ToContainTextAsync("Marta Koss, Марта Кос");
        await ScreenshotAsync(page, "desktop_admin_actors_merge");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Merge Marta Koss into Marta Kos" }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(confirm).ToContainTextAsync("This cannot be undone");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await confirm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Merge", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("merged=marta-koss", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByText("/actors/marta-koss now leads here")).ToBeVisibleAsync();

        await page.GotoAsync("/actors/marta-koss");
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(fixture.BaseAddress, "/actors/marta-kos").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync("Marta Kos");
        await Assertions.Expect(page.Locator(".alias-list")).ToContainTextAsync("Marta Koss");
        await Assertions.Expect(page.Locator(".alias-list span[lang=uk]")).ToHaveTextAsync("Марта Кос");
    }

    [Fact]
    public async Task The_actor_form_explains_a_bad_value_next_to_its_field_and_keeps_what_was_typed()
    {
        await using var session = await fixture.NewSignedInPageAsync(TestAccounts.AdminEmail, TestAccounts.AdminPassword);
        var page = session.Page;
        await page.GotoAsync("/admin/actors/new");
        await AdminPages.WaitUntilLiveAsync(page);
        await page.GetByLabel("Name").FillAsync("Steve Witkoff");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Add title" }).ClickAsync();
        await page.GetByLabel("Title", new PageGetByLabelOptions { Exact = true }).FillAsync("Envoy");
        await page.GetByLabel("From").FillAsync("2025-03-01");
        await page.GetByLabel("To", new PageGetByLabelOptions { Exact = true }).FillAsync("2025-01-01");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Create actor" }).ClickAsync();

        await Assertions.Expect(AdminPages.MessageOf(page, "slug")).ToContainTextAsync("/actors/steve-witkoff");
        await Assertions.Expect(AdminPages.MessageOf(page, "titles-0-to")).ToContainTextAsync("before the start date");
        await Assertions.Expect(page.GetByLabel("Name")).ToHaveValueAsync("Steve Witkoff");
        await Assertions.Expect(page.GetByLabel("To", new PageGetByLabelOptions { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        // The first field with a message has the focus, and the summary at the top links to each.
        await Assertions.Expect(page.Locator("#slug")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".kit-summary a")).ToHaveCountAsync(2);
        await ScreenshotAsync(page, "desktop_admin_actors_new");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/actors")]
    [InlineData("/admin/actors/new")]
    public async Task Admin_pages_have_no_serious_accessibility_violations(string path)
    {
        await using var session = await fixture.NewSignedInPageAsync(TestAccounts.AdminEmail, TestAccounts.AdminPassword);
        var page = session.Page;
        await page.GotoAsync(path);
        await AdminPages.WaitUntilLiveAsync(page);

        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Theory]
    [InlineData("/admin/users", false)]
    [InlineData("/admin/users", true)]
    [InlineData("/admin/actors", false)]
    [InlineData("/admin/actors", true)]
    public async Task Admin_pages_fit_the_screen(string path, bool phone)
    {
        await using var session = await fixture.NewSignedInPageAsync(TestAccounts.AdminEmail, TestAccounts.AdminPassword, phone);
        var page = session.Page;
        await page.GotoAsync(path);
        await AdminPages.WaitUntilLiveAsync(page);
        await Assertions.Expect(page.Locator(".mud-table-body tr").First).ToBeVisibleAsync();
        await ScreenshotAsync(page, $"{(phone ? "phone" : "desktop")}{path.Replace('/', '_')}");

        var width = phone ? 390 : 1280;
        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= width, $"{path} is {pageWidth}px wide on a {width}px screen.");
        var overflowing = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.mud-table-container')].filter(t => t.scrollWidth > t.clientWidth).length");
        Assert.Equal(0, overflowing);
    }

    [Fact]
    public async Task Admins_see_every_account_on_the_users_page_and_a_role_change_is_asked_first()
    {
        await using var session = await fixture.NewSignedInPageAsync(TestAccounts.AdminEmail, TestAccounts.AdminPassword);
        var page = session.Page;
        await page.GotoAsync("/admin/users");
        await AdminPages.WaitUntilLiveAsync(page);

        // Other tests in this collection add accounts of their own; the demo ones come first, by name.
        await Assertions.Expect(page.Locator(".user-email")).ToContainTextAsync([TestAccounts.AdminEmail, TestAccounts.EditorEmail]);
        await page.GetByRole(AriaRole.Checkbox, new PageGetByRoleOptions { Name = "Admin role of Demo Editor" }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(confirm).ToContainTextAsync("Give Demo Editor the Admin role?");
        await confirm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Cancel" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new PageGetByRoleOptions { Name = "Admin role of Demo Editor" })).Not.ToBeCheckedAsync();
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory("screenshots");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = $"screenshots/{name}.png", FullPage = true });
    }

    private static async Task CreateActorAsync(IPage page, string name, string? alias)
    {
        await page.GotoAsync("/admin/actors/new");
        await AdminPages.WaitUntilLiveAsync(page);
        await page.GetByLabel("Name").FillAsync(name);
        if (alias is not null)
        {
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Add alias" }).ClickAsync();
            await page.GetByLabel("Alias", new PageGetByLabelOptions { Exact = true }).FillAsync(alias);
            await page.GetByLabel("Language").FillAsync("uk");
        }

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Create actor" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("saved=true", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync($"Edit {name}");
    }

    /// <summary>A published meeting of the actor with a demo actor, through the editors' service.</summary>
    private async Task PublishMeetingOfAsync(string slug)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        var actors = await db.Actors.Where(a => a.Slug == slug || a.Slug == "ukraine").Select(a => new ActorChoice(a.Id, a.Name)).ToListAsync();
        var draft = EventDraft.New(EventKind.Talks);
        (draft.Title, draft.Summary, draft.OccurredOn) = ($"Talks with {slug}", "An invented meeting for the test.", new DateOnly(2025, 5, 1));
        draft.Participants = [.. actors.Select(a => new ParticipantDraft { Actor = a, Role = ParticipantRole.Party })];
        draft.Sources = [new SourceDraft { Publisher = "Test Wire", Url = "https://example.org/test" }];
        var created = await scope.ServiceProvider.GetRequiredService<EventEditorService>()
            .CreateAsync(new EditorSession("browser-test", "Browser Test", isAdmin: false), draft, null, EventStatus.Published);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.SelectMany(e => e.Value)));
    }
}
