using System.Reflection;
using CeasefireTracker.Tests.Browser;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Features.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CeasefireTracker.Tests.Security;

/// <summary>
/// The access matrix of the interactive admin pages, whose reads happen inside a circuit rather than in an HTTP
/// request: every such page the app's routing knows, saved by an admin and then replayed in Chromium by an anonymous
/// visitor, a disabled account, a demoted account (no role left, cookie still valid) and a signed-out session. The
/// circuit must process nothing the browser sends (so none of the page's components reads or renders anything); the
/// admin's own replay shows that the probe does see a circuit that works.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CircuitAccessMatrixTests(BrowserFixture fixture)
{
    private enum Session { Anonymous, Disabled, Demoted, SignedOut }

    [Fact]
    public async Task No_interactive_admin_page_reads_anything_for_an_anonymous_disabled_demoted_or_signed_out_session()
    {
        var pages = await InteractiveAdminPagesAsync();
        Assert.True(pages.Count >= 6, $"only {pages.Count} interactive admin pages found: is the discovery broken?");

        await using var admin = await fixture.NewSignedInPageAsync(TestAccounts.AdminEmail, TestAccounts.AdminPassword);
        var saved = new Dictionary<string, string>();
        foreach (var path in pages)
        {
            saved[path] = await (await admin.Context.APIRequest.GetAsync(path)).TextAsync();
        }

        // The probe sees a working circuit: the admin's own replay of a page gets through.
        Assert.True(await ReplayAllAsync(admin.Context, [pages[0]], saved) is var control && control[pages[0]] > 0,
            "the probe saw nothing of a circuit that should work");

        var failures = new List<string>();
        foreach (var session in Enum.GetValues<Session>())
        {
            await using var browser = await SessionAsync(session);
            foreach (var (path, passed) in await ReplayAllAsync(browser.Context, pages, saved))
            {
                if (passed > 0) failures.Add($"{path} as {session}: the circuit processed {passed} activities from the browser");
            }
        }

        Assert.Empty(failures);
    }

    /// <summary>Replays the saved pages side by side, then counts what each page's circuit let through.</summary>
    private async Task<Dictionary<string, int>> ReplayAllAsync(IBrowserContext context, IReadOnlyList<string> paths, Dictionary<string, string> saved)
    {
        fixture.Circuits.Reset();
        var pages = new List<IPage>();
        foreach (var path in paths) pages.Add(await SavedPages.ReplayAsync(context, fixture.BaseAddress, path, saved[path]));
        await Task.Delay(SavedPages.Settle, Cancel);
        var passed = paths.ToDictionary(p => p, fixture.Circuits.PassedFor);
        foreach (var page in pages) await page.CloseAsync();
        return passed;
    }

    private async Task<BrowserSession> SessionAsync(Session session)
    {
        if (session == Session.Anonymous) return await fixture.NewPageAsync();

        var email = $"matrix-{session.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await TestAccounts.CreateAsync(fixture.Services, email, TrackerRoles.Admin, TrackerRoles.Editor);
        var browser = await fixture.NewPageAsync(clientAddress: TestClientAddress.Fake(20 + (int)session));
        await BrowserSignIn.SignInAsync(browser.Page, email, TestAccounts.Password);
        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        switch (session)
        {
            case Session.Disabled:
                var admin = new EditorSession("matrix-admin", "Matrix Admin", isAdmin: true);
                Assert.True((await scope.ServiceProvider.GetRequiredService<AccountAdminService>().SetDisabledAsync(admin, user.Id, true)).Succeeded);
                break;
            case Session.Demoted:
                // A role change keeps the cookie valid (AccountAdminService does not renew the stamp for it).
                Assert.True((await users.RemoveFromRolesAsync(user, [TrackerRoles.Admin, TrackerRoles.Editor])).Succeeded);
                break;
            case Session.SignedOut:
                // Signed out elsewhere; this browser keeps its copy of the cookie.
                var copy = await browser.Context.StorageStateAsync();
                await browser.Page.GotoAsync("/timeline");
                await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
                await browser.Page.WaitForURLAsync(url => !url.Contains("/timeline", StringComparison.Ordinal));
                await browser.DisposeAsync();
                return await fixture.NewPageAsync(storageState: copy);
        }

        return browser;
    }

    /// <summary>Every GET address whose page renders in a circuit (@rendermode InteractiveServer), with real sample values.</summary>
    private async Task<IReadOnlyList<string>> InteractiveAdminPagesAsync()
    {
        await using var db = await fixture.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        var samples = await AccessMatrixTests.SampleValuesAsync(db);
        return [.. fixture.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is { } component && IsInteractive(component.Type))
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select(pattern => AccessMatrixTests.Fill(pattern, samples))];
    }

    private static bool IsInteractive(Type component) =>
        component.GetCustomAttributes<RenderModeAttribute>(inherit: true).Any(a => a.Mode is InteractiveServerRenderMode);
}
