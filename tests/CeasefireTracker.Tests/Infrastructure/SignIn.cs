using System.Net;
using AngleSharp.Html.Parser;
using CeasefireTracker.Web.Features.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace CeasefireTracker.Tests.Infrastructure;

/// <summary>Signing in as a person does: the real form, its antiforgery token and the cookie it sets.</summary>
public static class SignIn
{
    public const string AdminEmail = "admin@ceasefire.local";
    public const string AdminPassword = "Admin-ceasefire-2026";
    public const string EditorEmail = "editor@ceasefire.local";
    public const string EditorPassword = "Editor-ceasefire-2026";

    /// <summary>
    /// Signs the client in through /account/sign-in and fails the test if that did not work. The client must keep
    /// cookies (WebApplicationFactory's clients do); it may or may not follow redirects.
    /// </summary>
    public static async Task SignInAsync(HttpClient client, string email, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative), cancellationToken), cancellationToken);
        // The form's hidden fields: the antiforgery token and the form's name (_handler).
        var fields = page.QuerySelectorAll("form").Single(f => f.QuerySelector("#email") is not null)
            .QuerySelectorAll("input[type=hidden]")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["Input.Email"] = email;
        fields["Input.Password"] = password;

        using var response = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), new FormUrlEncodedContent(fields), cancellationToken);
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
}
