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

    /// <summary>A client that keeps its cookies in <paramref name="cookies"/> and shows redirects instead of following them.</summary>
    public static HttpClient Client(TrackerAppFactory app, CookieContainer? cookies = null) =>
        app.CreateDefaultClient(new CookieContainerHandler(cookies ?? new CookieContainer()));

    public static async Task<HttpClient> SignedInClientAsync(
        TrackerAppFactory app, string email, string password = Password, CookieContainer? cookies = null)
    {
        var client = Client(app, cookies);
        using var response = await PostSignInAsync(client, email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode}");
        }

        return client;
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
        }), TestContext.Current.CancellationToken);
    }

    /// <summary>The token of the first form on the page, as a browser would send it back.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
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
