using System.Net;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Tests.Web;

namespace CeasefireTracker.Tests.Security;

/// <summary>The security headers on every address, the strictness of the policy, and the Host header checks.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class SecurityHeadersTests(TestDatabase database) : DemoSiteTest(database)
{
    [Theory]
    [MemberData(nameof(PublicRoutes.Patterns), MemberType = typeof(PublicRoutes))]
    public async Task Every_address_sends_the_security_headers(string pattern)
    {
        using var client = App.CreateClient();
        using var response = await client.GetAsync(new Uri(PublicRoutes.Get(pattern).Sample, UriKind.Relative), Cancel);

        Assert.True((int)response.StatusCode < 500, $"{pattern}: {(int)response.StatusCode}");
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("base-uri 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        // Inline style attributes only: no inline script, no inline style element without its hash.
        Assert.Equal(1, policy.Split("'unsafe-inline'").Length - 1);
        Assert.Contains("style-src-attr 'unsafe-inline'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task The_policy_allows_exactly_the_inline_style_elements_the_pages_carry()
    {
        // The analysis page draws MudBlazor's chart, so it carries MudBlazor's theme (readers' other pages carry none).
        using var response = await GetAsync("/analysis");
        var page = await new AngleSharp.Html.Parser.HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(Cancel), Cancel);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));

        var styles = page.QuerySelectorAll("style").Select(s => s.TextContent).ToList();
        Assert.NotEmpty(styles);
        foreach (var css in styles)
        {
            var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(css)));
            Assert.Contains($"'sha256-{hash}'", policy, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("localhost:99999")]
    [InlineData("localhost:0")]
    [InlineData("local host")]
    [InlineData("evil.example")]
    [InlineData("localhost.evil.example")]
    public async Task An_unusable_or_unknown_host_gets_a_400(string host)
    {
        using var client = App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/timeline", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Host", host);
        using var response = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        // The refusal is a response like any other: a page of it must not be framed or sniffed either.
        Assert.Contains("frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Outside_development_https_responses_carry_hsts()
    {
        // UseHsts leaves localhost out, so the request names a real host, which AllowedHosts must then list.
        await using var production = new TrackerAppFactory(Database.ConnectionString, environment: "Production");
        await using var configured = production.WithWebHostBuilder(b => b.UseSetting("AllowedHosts", "tracker.example"));
        using var client = configured.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://tracker.example") });
        using var response = await client.GetAsync(new Uri("/timeline", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }
}
