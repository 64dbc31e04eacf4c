using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CeasefireTracker.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace CeasefireTracker.Web.Infrastructure;

/// <summary>
/// Puts <see cref="SecurityHeaders"/> in front of the whole pipeline, the host filtering the web host adds by itself
/// (AllowedHosts) included, so that even its 400 for an unknown Host carries the headers. A startup filter registered
/// first is the outermost one.
/// </summary>
internal sealed class SecurityHeadersFirst : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<SecurityHeaders>();
        next(app);
    };
}

/// <summary>
/// The security headers every response carries. The Content-Security-Policy allows scripts and style sheets only
/// from this origin: no inline script, no eval. JSON-LD (<c>&lt;script type="application/ld+json"&gt;</c>) is a data
/// block that browsers never execute, so script-src does not apply to it and it needs no hash.
/// </summary>
internal sealed partial class SecurityHeaders(RequestDelegate next, IServiceProvider services)
{
    private readonly Lazy<Task<string>> contentSecurityPolicy = new(() => BuildPolicyAsync(services));
    private readonly Lazy<Task<string>> adminContentSecurityPolicy = new(() => BuildPolicyAsync(services, admin: true));

    // No camera, microphone, location, payment or other powerful feature is used by any page.
    private const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()";

    public async Task InvokeAsync(HttpContext context)
    {
        var policy = await (context.Request.Path.StartsWithSegments("/admin") ? adminContentSecurityPolicy : contentSecurityPolicy).Value;
        // Set when the response starts, not now: the exception handler and the status-code pages clear the headers
        // of the response they replace.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            // For browsers that predate frame-ancestors.
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        await next(context);
    }

    /// <summary>
    /// The policy, with the hashes of the style elements MudBlazor's theme provider writes into the pages that use it.
    /// They are worked out by rendering the theme provider once, so a new theme or MudBlazor version keeps working.
    /// The admin pages (<paramref name="admin"/>) also allow inline style elements: MudBlazor's snackbar writes one
    /// with a fresh animation name for each message, which no hash can foresee. A style element cannot run script,
    /// and with default-src 'self' it cannot send anything elsewhere either; readers' pages keep the hashes.
    /// </summary>
    public static async Task<string> BuildPolicyAsync(IServiceProvider services, bool admin = false)
    {
        // With 'unsafe-inline', a hash in the same list would switch it off again, so the admin policy has none.
        var styles = admin ? "'unsafe-inline'" : string.Join(' ', (await ThemeStyleElementsAsync(services)).Select(Hash));
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            // 'self' also covers ws: and wss: to this host and port, which interactive Blazor pages connect to.
            "connect-src 'self'",
            $"style-src 'self' {styles}",
            $"style-src-elem 'self' {styles}",
            // MudBlazor's components (MudChart's SVG among them) write style attributes. An attribute cannot load
            // anything or run script: the risk 'unsafe-inline' leaves here is restyling, and every value the app
            // writes into a page is HTML-encoded anyway.
            "style-src-attr 'unsafe-inline'",
            // MudBlazor's style sheet draws some icons as data: SVG images.
            "img-src 'self' data:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    }

    internal static async Task<IReadOnlyList<string>> ThemeStyleElementsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<MudThemeProvider>(ParameterView.FromDictionary(
                new Dictionary<string, object?> { [nameof(MudThemeProvider.Theme)] = TrackerTheme.Theme }));
            return output.ToHtmlString();
        });
        return [.. StyleElement().Matches(html).Select(m => m.Groups["css"].Value)];
    }

    private static string Hash(string css) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(css)))}'";

    [GeneratedRegex("<style[^>]*>(?<css>.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();
}
