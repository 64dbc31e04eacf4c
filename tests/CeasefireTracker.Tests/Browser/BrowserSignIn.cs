using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace CeasefireTracker.Tests.Browser;

/// <summary>
/// Signed-in pages for browser tests. Each account signs in through the form once per app; later pages start from
/// the saved cookies, so the tests stay under the sign-in rate limit (10 attempts a minute from one address).
/// </summary>
public static class BrowserSignIn
{
    private static readonly ConcurrentDictionary<(Uri App, string Email), string> States = new();

    public static async Task<BrowserSession> NewSignedInPageAsync(this BrowserFixture fixture, string email, string password, bool phone = false)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        if (States.TryGetValue((fixture.BaseAddress, email), out var state))
        {
            return await fixture.NewPageAsync(phone, storageState: state);
        }

        var session = await fixture.NewPageAsync(phone);
        await SignInAsync(session.Page, email, password);
        States[(fixture.BaseAddress, email)] = await session.Context.StorageStateAsync();
        return session;
    }

    /// <summary>Fills in the sign-in form and waits until it has led away from it.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
    }
}
