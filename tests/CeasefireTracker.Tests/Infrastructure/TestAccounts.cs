using System.Net;
using AngleSharp.Html.Parser;
using CeasefireTracker.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace CeasefireTracker.Tests.Infrastructure;

/// <summary>Accounts for tests, and signing in the way a browser does: the real form, its antiforgery token, cookies.</summary>
public static class TestAccounts
{
    public const string Password = "Test-password-2026";

    // The demo accounts that seed-demo creates in Development (AccountSeeder.DevelopmentAccounts).
    public const string AdminEmail = "admin@ceasefire.local";
    public const string AdminPassword = "Admin-ceasefire-2026";
    public const string EditorEmail = "editor@ceasefire.local";
    public const string EditorPassword = "Editor-ceasefire-2026";

    /// <summary>Every password a test typed, right or wrong: none of them may ever appear in the app's logs.</summary>
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> TypedPasswords = new() { [Password] = true };

    public static async Task<TrackerUser> CreateAsync(IServiceProvider services, string email, params string[] roles)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        var user = new TrackerUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0], CreatedAt = DateTimeOffset.UtcNow };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRolesAsync(user, roles));
        return user;
    }

    /// <summary>
    /// The principal a sign-in cookie of <paramref name="user"/> carries (roles, security stamp, the session's end), as
    /// the app builds it, for tests that call <see cref="EditorGuard"/> directly.
    /// </summary>
    public static async Task<System.Security.Claims.ClaimsPrincipal> PrincipalAsync(IServiceProvider services, TrackerUser user, DateTimeOffset? expires = null)
    {
        await using var scope = services.CreateAsyncScope();
        var stored = (await scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>().FindByIdAsync(user.Id))!;
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<TrackerUser>>().CreateAsync(stored);
        SessionExpiry.Set((System.Security.Claims.ClaimsIdentity)principal.Identity!, expires ?? DateTimeOffset.UtcNow.AddHours(1));
        return principal;
    }

    /// <summary>A client that keeps its cookies in <paramref name="cookies"/> and shows redirects instead of following them.</summary>
    public static HttpClient Client(TrackerAppFactory app, CookieContainer? cookies = null) =>
        app.CreateDefaultClient(new CookieContainerHandler(cookies ?? new CookieContainer()));

    /// <summary>A client as <see cref="Client"/> that the app sees coming from the fake address number <paramref name="n"/>.</summary>
    public static HttpClient ClientFrom(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app, int n)
    {
        ArgumentNullException.ThrowIfNull(app);
        var client = app.CreateDefaultClient(new CookieContainerHandler(new CookieContainer()));
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, TestClientAddress.Fake(n));
        return client;
    }

    public static async Task<HttpClient> SignedInClientAsync(
        TrackerAppFactory app, string email, string password = Password, CookieContainer? cookies = null)
    {
        var client = Client(app, cookies);
        await SignInAsync(client, email, password);
        return client;
    }

    /// <summary>Signs an existing client in through the form, and fails the test if that did not work.</summary>
    public static async Task SignInAsync(HttpClient client, string email, string password)
    {
        using var response = await PostSignInAsync(client, email, password);
        // Success redirects away from the form; a refusal shows the form again.
        var landedOn = response.StatusCode == HttpStatusCode.Redirect
            ? response.Headers.Location?.OriginalString
            : response.RequestMessage?.RequestUri?.AbsolutePath;
        if (landedOn is null || landedOn.Contains("/account/sign-in", StringComparison.Ordinal))
        {
            Assert.Fail($"Sign-in of {email} failed: {(int)response.StatusCode} at {landedOn}");
        }
    }

    /// <summary>The demo admin and editor accounts (what <c>seed-demo</c> creates in Development), in the app's database.</summary>
    public static async Task EnsureDevelopmentAccountsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountSeeder>().EnsureDevelopmentAccountsAsync();
    }

    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var path = "/account/sign-in" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl));
        TypedPasswords[password] = true;
        var token = await AntiforgeryTokenAsync(client, path);
        return await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "sign-in",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }), Cancel);
    }

    /// <summary>The token of the first form on the page, as a browser would send it back.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative), Cancel);
        var document = new HtmlParser().ParseDocument(html);
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{path} has no antiforgery token");
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
