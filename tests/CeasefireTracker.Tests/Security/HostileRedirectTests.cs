using System.Collections.Concurrent;
using System.Net;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace CeasefireTracker.Tests.Security;

/// <summary>
/// Every hostile input as the return address of the two redirects that take one from the request: sign-in (after the
/// right password) and sign-out. None may answer 5xx; a redirect must lead to this site with a Location header of
/// plain ASCII; sign-in must set its cookie whatever the return address (a NUL in a form field is refused with a 400).
/// </summary>
[Collection(HostileInputCollection.Name)]
public sealed class HostileRedirectTests(TestDatabase database, ITestOutputHelper output) : HostedAppTest(database)
{
    private const string Email = "redirect@example.org";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await TestAccounts.CreateAsync(App.Services, Email, TrackerRoles.Editor);
    }

    [Fact]
    public async Task Sign_in_with_any_hostile_return_address_redirects_to_a_local_ascii_address()
    {
        var failures = await EachInputAsync(async (client, input) =>
        {
            var path = "/account/sign-in?returnUrl=" + input.Encoded;
            var token = await TestAccounts.AntiforgeryTokenAsync(client, path);
            using var response = await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["_handler"] = "sign-in",
                ["Input.Email"] = Email,
                ["Input.Password"] = TestAccounts.Password,
            }), Cancel);
            return Problem(response) ?? (response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("tracker.auth=", StringComparison.Ordinal))
                ? null
                : "no sign-in cookie");
        });

        Assert.True(failures.IsEmpty, $"{failures.Count} failures:\n" + string.Join('\n', failures.Take(25)));
    }

    [Fact]
    public async Task Sign_out_with_any_hostile_return_address_redirects_to_a_local_ascii_address()
    {
        var failures = await EachInputAsync(async (client, input) =>
        {
            var token = await TestAccounts.AntiforgeryTokenAsync(client, "/account/sign-in");
            // The form field as a browser posts it: the text, form-encoded (lone surrogates become U+FFFD first).
            var text = new string([.. input.Text.EnumerateRunes().SelectMany(r => r.ToString())]);
            using var response = await client.PostAsync(new Uri("/account/sign-out", UriKind.Relative), new FormUrlEncodedContent(
                new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["returnUrl"] = text }), Cancel);
            return Problem(response);
        });

        Assert.True(failures.IsEmpty, $"{failures.Count} failures:\n" + string.Join('\n', failures.Take(25)));
    }

    private async Task<ConcurrentBag<string>> EachInputAsync(Func<HttpClient, HostileInput, Task<string?>> attempt)
    {
        var failures = new ConcurrentBag<string>();
        var inputs = HostileInputs.All.Select((input, i) => (input, i)).ToList();
        await Parallel.ForEachAsync(inputs, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = Cancel }, async (item, _) =>
        {
            // A made-up address per attempt: the sign-in limit counts attempts per address.
            using var client = App.CreateDefaultClient(new CookieContainerHandler(new CookieContainer()));
            client.DefaultRequestHeaders.Add(TestClientAddress.Header, $"2001:db8::{item.i:x}");
            if (await attempt(client, item.input) is { } problem)
            {
                failures.Add($"{item.input.Category} “{HostileInputs.Describe(item.input.Text)}”: {problem}");
            }
        });
        output.WriteLine($"{inputs.Count} return addresses, {failures.Count} failures");
        return failures;
    }

    private static string? Problem(HttpResponseMessage response)
    {
        if ((int)response.StatusCode >= 500) return $"answered {(int)response.StatusCode}";
        if (response.StatusCode != HttpStatusCode.Redirect) return null;
        // The header as sent: HttpClient's parsed Location is null for a value it cannot parse (such as raw non-ASCII),
        // and Kestrel, unlike the in-process test server, refuses to send such a value at all (a 500).
        var location = response.Headers.NonValidated.TryGetValues("Location", out var values) ? values.ToString() : "";
        if (location.Any(c => c is < '!' or > '~')) return $"Location is not plain ASCII: {location}";
        var target = new Uri(new Uri("http://localhost/"), location);
        return location.Length > 0 && target is { Scheme: "http", Authority: "localhost" } ? null : $"leads off the site: {location}";
    }
}
