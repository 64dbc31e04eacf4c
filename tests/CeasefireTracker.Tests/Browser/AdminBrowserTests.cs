using CeasefireTracker.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CeasefireTracker.Tests.Browser;

/// <summary>The actor and user admin pages in Chromium, as an admin uses them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_admin_merges_a_duplicate_and_its_old_address_leads_to_the_survivor()
    {
        await using var session = await fixture.NewSignedInPageAsync(TestAccounts.AdminEmail, TestAccounts.AdminPassword);
        var page = session.Page;
        await CreateActorAsync(page, "Marta Kos", alias: null);
        await CreateActorAsync(page, "Marta Koss", alias: "Марта Кос");

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Merge into another actor…" }).ClickAsync();
        await page.GetByLabel("Actor to keep").FillAsync("marta kos");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Marta Kos Person", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "What moves to Marta Kos" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("New aliases of Marta Kos:")).ToContainTextAsync("Marta Koss, Марта Кос");
        await ScreenshotAsync(page, "desktop_admin_actors_merge");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Merge Marta Koss into Marta Kos" }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("merged=marta-koss", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("/actors/marta-koss now leads here");

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
        await page.GetByLabel("Name").FillAsync("Steve Witkoff");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Add a title" }).ClickAsync();
        await page.GetByLabel("Title", new PageGetByLabelOptions { Exact = true }).FillAsync("Envoy");
        await page.GetByLabel("From").FillAsync("2025-03-01");
        await page.GetByLabel("To", new PageGetByLabelOptions { Exact = true }).FillAsync("2025-01-01");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Create actor" }).ClickAsync();

        await Assertions.Expect(page.Locator("#actor-slug-error")).ToContainTextAsync("/actors/steve-witkoff");
        await Assertions.Expect(page.Locator("#title-0-to-error")).ToContainTextAsync("before the start date");
        await Assertions.Expect(page.GetByLabel("Name")).ToHaveValueAsync("Steve Witkoff");
        await Assertions.Expect(page.GetByLabel("To", new PageGetByLabelOptions { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
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
        await WaitUntilLiveAsync(page);

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
        await WaitUntilLiveAsync(page);
        await ScreenshotAsync(page, $"{(phone ? "phone" : "desktop")}{path.Replace('/', '_')}");

        var width = phone ? 390 : 1280;
        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= width, $"{path} is {pageWidth}px wide on a {width}px screen.");
        var overflowing = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.table-scroll')].filter(t => t.scrollWidth > t.clientWidth).length");
        Assert.Equal(0, overflowing);
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory("screenshots");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = $"screenshots/{name}.png", FullPage = true });
    }

    private static async Task CreateActorAsync(IPage page, string name, string? alias)
    {
        await page.GotoAsync("/admin/actors/new");
        await page.GetByLabel("Name").FillAsync(name);
        if (alias is not null)
        {
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Add an alias" }).ClickAsync();
            await page.GetByLabel("Alias", new PageGetByLabelOptions { Exact = true }).FillAsync(alias);
            await page.GetByLabel("Language").FillAsync("uk");
        }

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Create actor" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("saved=true", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync($"Edit {name}");
    }

    /// <summary>Admin forms render first without a connection; their inputs are enabled once the page is live.</summary>
    private static async Task WaitUntilLiveAsync(IPage page)
    {
        var input = page.Locator("fieldset.admin-live input");
        if (await input.CountAsync() > 0) await Assertions.Expect(input.First).ToBeEnabledAsync();
    }
}
