using System.Net;
using AngleSharp.Html.Parser;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CeasefireTracker.Tests.Features.Accounts;

[Collection(DatabaseCollection.Name)]
public sealed class SignInTests(TestDatabase database) : HostedAppTest(database)
{
    private const string Email = "olena@example.org";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await TestAccounts.CreateAsync(App.Services, Email, TrackerRoles.Editor);
    }

    [Fact]
    public async Task The_right_password_signs_in_with_a_strict_http_only_cookie_and_opens_the_admin()
    {
        using var client = TestAccounts.Client(App);
        using var response = await TestAccounts.PostSignInAsync(client, Email, TestAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", LocalTarget(response));
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("tracker.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.True(await ShowsSignedInAsync(client));
    }

    [Fact]
    public async Task Outside_development_the_cookie_is_sent_over_https_only()
    {
        await using var production = new TrackerAppFactory(Database.ConnectionString, environment: "Production");
        await TestAccounts.CreateAsync(production.Services, "admin@example.org", TrackerRoles.Admin);
        using var client = TestAccounts.Client(production);

        using var response = await TestAccounts.PostSignInAsync(client, "admin@example.org", TestAccounts.Password);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("tracker.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_password_is_told_and_not_echoed()
    {
        using var client = TestAccounts.Client(App);
        using var response = await TestAccounts.PostSignInAsync(client, Email, "Wrong-password-123");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Contains("password is wrong", document.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(Email, document.QuerySelector("#email")?.GetAttribute("value"));
        Assert.DoesNotContain("Wrong-password-123", html, StringComparison.Ordinal);
        Assert.False(await ShowsSignedInAsync(client));
    }

    [Fact]
    public async Task Failures_look_alike_and_cost_a_password_hash_whether_or_not_the_account_exists()
    {
        var hashes = new HashCounter();
        await using var app = App.WithWebHostBuilder(b => b.ConfigureServices(services =>
            services.AddScoped<IPasswordHasher<TrackerUser>>(provider => new CountingHasher(hashes, provider))));
        var answers = new Dictionary<string, (HttpStatusCode Status, string? Alert, int Hashes, double Milliseconds)>();
        var address = 0;
        foreach (var email in new[] { Email, "nobody-here@example.org" })
        {
            var times = new List<double>();
            for (var i = 0; i < 5; i++)
            {
                using var client = TestAccounts.ClientFrom(app, ++address);
                hashes.Reset();
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                using var response = await TestAccounts.PostSignInAsync(client, email, "Wrong-password-123");
                times.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                answers[email] = (response.StatusCode, await AlertAsync(response), hashes.Count, 0);
            }

            answers[email] = answers[email] with { Milliseconds = times.Order().ElementAt(2) };
        }

        // Figures for the report, never asserted: the work is what must be equal, and that is counted above.
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join("; ", answers.Select(a => $"{a.Key}: median {a.Value.Milliseconds:0} ms")));
        var (known, unknown) = (answers[Email], answers["nobody-here@example.org"]);
        Assert.Equal((known.Status, known.Alert, known.Hashes), (unknown.Status, unknown.Alert, unknown.Hashes));
        Assert.Equal(1, unknown.Hashes);
    }

    [Fact]
    public async Task A_disabled_account_is_told_so_only_after_the_right_password()
    {
        await DisableAsync();

        using var wrong = await TestAccounts.PostSignInAsync(TestAccounts.Client(App), Email, "Wrong-password-123");
        Assert.Equal("The e-mail address or the password is wrong.", await AlertAsync(wrong));
    }

    [Fact]
    public async Task Five_failures_from_one_address_hold_back_that_address_only()
    {
        for (var i = 0; i < 5; i++)
        {
            using var attacker = TestAccounts.ClientFrom(App, 1);
            (await TestAccounts.PostSignInAsync(attacker, Email, $"Wrong-password-{i}")).Dispose();
        }

        using var sameAddress = TestAccounts.ClientFrom(App, 1);
        using var heldBack = await TestAccounts.PostSignInAsync(sameAddress, Email, TestAccounts.Password);
        Assert.Contains("Too many failed sign-ins", await AlertAsync(heldBack), StringComparison.Ordinal);
        Assert.False(await ShowsSignedInAsync(sameAddress));

        // The real user elsewhere is not locked out by someone else's guesses.
        using var elsewhere = TestAccounts.ClientFrom(App, 2);
        await TestAccounts.SignInAsync(elsewhere, Email, TestAccounts.Password);
        Assert.True(await ShowsSignedInAsync(elsewhere));
    }

    [Fact]
    public async Task With_the_shared_redis_away_each_instance_still_holds_back_on_its_own()
    {
        // Nothing listens on port 1: every Redis call fails at once, as in an outage.
        await using var app = new TrackerAppFactory(Database.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = "127.0.0.1:1,connectTimeout=200,syncTimeout=200,asyncTimeout=200",
        });
        for (var i = 0; i < SignInThrottle.MaxFailures; i++)
        {
            using var attacker = TestAccounts.ClientFrom(app, 1);
            (await TestAccounts.PostSignInAsync(attacker, Email, $"Wrong-password-{i}")).Dispose();
        }

        using var heldBack = await TestAccounts.PostSignInAsync(TestAccounts.ClientFrom(app, 1), Email, TestAccounts.Password);
        Assert.Contains("Too many failed sign-ins", await AlertAsync(heldBack), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Being_held_back_looks_the_same_for_an_address_nobody_has()
    {
        var alerts = new List<string?>();
        foreach (var (email, address) in new[] { (Email, 3), ("nobody-here@example.org", 4) })
        {
            using var client = TestAccounts.ClientFrom(App, address);
            for (var i = 0; i < 5; i++)
            {
                (await TestAccounts.PostSignInAsync(client, email, $"Wrong-password-{i}")).Dispose();
            }

            using var sixth = await TestAccounts.PostSignInAsync(client, email, "Wrong-password-6");
            alerts.Add(await AlertAsync(sixth));
        }

        Assert.Contains("Too many failed sign-ins", alerts[0], StringComparison.Ordinal);
        Assert.Equal(alerts[0], alerts[1]);
    }

    [Fact]
    public async Task More_than_ten_attempts_a_minute_from_one_address_are_refused_with_429()
    {
        using var client = TestAccounts.Client(App);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            using var response = await TestAccounts.PostSignInAsync(client, $"nobody{i}@example.org", "Wrong-password-123");
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses[..10], s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
        // Showing the form is not an attempt.
        using var form = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in()
    {
        await DisableAsync();

        using var client = TestAccounts.Client(App);
        using var response = await TestAccounts.PostSignInAsync(client, Email, TestAccounts.Password);

        Assert.Contains("account is disabled", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.False(await ShowsSignedInAsync(client));
    }

    [Fact]
    public async Task Sign_out_ends_the_session_also_for_a_copy_of_the_cookie()
    {
        var cookies = new CookieContainer();
        using var client = await TestAccounts.SignedInClientAsync(App, Email, cookies: cookies);
        // Another browser holding a copy of the same cookie, as someone who stole it would.
        var stolen = new CookieContainer();
        stolen.Add(cookies.GetAllCookies());
        using var copy = TestAccounts.Client(App, stolen);
        Assert.True(await ShowsSignedInAsync(copy));

        var token = await TestAccounts.AntiforgeryTokenAsync(client, "/timeline");
        using var signOut = await client.PostAsync(new Uri("/account/sign-out", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Cancel);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.False(await ShowsSignedInAsync(client));
        Assert.False(await ShowsSignedInAsync(copy));
    }

    [Fact]
    public async Task A_role_change_takes_effect_at_the_next_request_of_an_open_session()
    {
        using var client = await TestAccounts.SignedInClientAsync(App, Email);
        using (var before = await client.GetAsync(new Uri("/admin/users", UriKind.Relative), Cancel))
        {
            Assert.Equal("/account/denied", before.Headers.Location?.AbsolutePath);
        }

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
            await users.AddToRoleAsync((await users.FindByEmailAsync(Email))!, TrackerRoles.Admin);
        }

        using var after = await client.GetAsync(new Uri("/admin/users", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Sign_out_without_an_antiforgery_token_is_refused()
    {
        using var client = await TestAccounts.SignedInClientAsync(App, Email);
        using var signOut = await client.PostAsync(new Uri("/account/sign-out", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string>()), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        Assert.True(await ShowsSignedInAsync(client));
    }

    [Fact]
    public async Task A_sign_in_post_without_an_antiforgery_token_is_refused()
    {
        using var client = TestAccounts.Client(App);
        using var response = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), new FormUrlEncodedContent(
            new Dictionary<string, string> { ["_handler"] = "sign-in", ["Input.Email"] = Email, ["Input.Password"] = TestAccounts.Password }), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await ShowsSignedInAsync(client));
    }

    [Theory]
    [InlineData("//evil.example/steal")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task Sign_in_never_returns_to_another_site(string returnUrl)
    {
        using var client = TestAccounts.Client(App);
        using var response = await TestAccounts.PostSignInAsync(client, Email, TestAccounts.Password, returnUrl);

        Assert.Equal("/admin", LocalTarget(response));
    }

    [Fact]
    public async Task Sign_in_returns_to_the_page_that_asked_for_it()
    {
        using var client = TestAccounts.Client(App);
        using var response = await TestAccounts.PostSignInAsync(client, Email, TestAccounts.Password, "/admin/events?status=draft");

        Assert.Equal("/admin/events?status=draft", LocalTarget(response));
    }

    private async Task DisableAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        var user = (await users.FindByEmailAsync(Email))!;
        user.DisabledAt = DateTimeOffset.UtcNow;
        await users.UpdateAsync(user);
    }

    /// <summary>The message the sign-in page shows in its alert, if any.</summary>
    internal static async Task<string?> AlertAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel)).QuerySelector("[role=alert]")?.TextContent.Trim();

    /// <summary>Where a redirect leads, as a path on this site; fails when it leads to another host.</summary>
    private static string LocalTarget(HttpResponseMessage response)
    {
        var target = new Uri(new Uri("http://localhost/"), response.Headers.Location!);
        Assert.Equal("localhost", target.Host);
        return target.PathAndQuery;
    }

    /// <summary>The header shows "Sign out" only to a signed-in user whose cookie the server still accepts.</summary>
    private static async Task<bool> ShowsSignedInAsync(HttpClient client)
    {
        var html = await client.GetStringAsync(new Uri("/timeline", UriKind.Relative), Cancel);
        return new HtmlParser().ParseDocument(html).QuerySelector("form[action='/account/sign-out']") is not null;
    }

    private sealed class HashCounter
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public void Reset() => Interlocked.Exchange(ref count, 0);

        public void Add() => Interlocked.Increment(ref count);
    }

    /// <summary>Identity's own hasher, counting how often a password is checked against a hash.</summary>
    private sealed class CountingHasher(HashCounter counter, IServiceProvider services) : IPasswordHasher<TrackerUser>
    {
        private readonly PasswordHasher<TrackerUser> inner = new(services.GetService<Microsoft.Extensions.Options.IOptions<PasswordHasherOptions>>());

        public string HashPassword(TrackerUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(TrackerUser user, string hashedPassword, string providedPassword)
        {
            counter.Add();
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
