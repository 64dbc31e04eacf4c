using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Features.DemoData;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;

namespace CeasefireTracker.Tests.Browser;

/// <summary>
/// The app on a real port with the demo data in a database of its own, and the distribution's Chromium driven by
/// Playwright. Chromium comes from CHROMIUM_PATH (scripts/test.sh installs /usr/bin/chromium); Playwright never
/// downloads a browser of its own.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private readonly TestDatabase database = new();
    private TrackerAppFactory? app;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The app's services, for tests that set up what the demo data has not (an editor's account).</summary>
    public IServiceProvider Services => app!.Services;

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async ValueTask InitializeAsync()
    {
        await database.InitializeAsync();
        await SeedAsync(database);

        app = new TrackerAppFactory(database.ConnectionString, realServer: true);
        app.StartServer();
        await TestAccounts.EnsureDevelopmentAccountsAsync(app.Services);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Without these Chromium keeps dialling Google services, which this closed network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>What the app serves: the demo data, unless a fixture for other data says otherwise.</summary>
    protected virtual Task SeedAsync(TestDatabase database) =>
        new DemoDataLoader(database.CreateFactory(), TimeProvider.System, NullLogger<DemoDataLoader>.Instance).LoadAsync();

    /// <summary>
    /// A page on the app in a browser context of its own (no cookies or cache shared between tests), on a 390 px
    /// phone screen or a desktop one, with or without JavaScript. Disposing the session closes its context.
    /// <paramref name="storageState"/> starts it with saved cookies (see <see cref="BrowserSignIn"/>).
    /// </summary>
    public async Task<BrowserSession> NewPageAsync(bool phone = false, bool javaScript = true, string? storageState = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            JavaScriptEnabled = javaScript,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : null,
            IsMobile = phone,
            StorageState = storageState,
        });
        var session = new BrowserSession(context);
        await session.WatchContentSecurityPolicyAsync();
        return await session.OpenAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (app is not null) await app.DisposeAsync();
        await database.DisposeAsync();
    }
}

/// <summary>
/// A page and the browser context that holds it; disposing it closes both. Every Content-Security-Policy
/// violation in the context (reported by the page's securitypolicyviolation event, or by Chromium on the console
/// when JavaScript is off) fails the test when the session is disposed, so no browser test can pass while the
/// policy blocks something the app needs.
/// </summary>
public sealed class BrowserSession(IBrowserContext context) : IAsyncDisposable
{
    private readonly List<string> violations = [];

    public IPage Page { get; private set; } = null!;

    public IBrowserContext Context => context;

    /// <summary>The violations seen so far, which the session then forgets (for tests that cause one on purpose).</summary>
    public IReadOnlyList<string> TakeCspViolations()
    {
        lock (violations)
        {
            var seen = violations.ToList();
            violations.Clear();
            return seen;
        }
    }

    internal async Task WatchContentSecurityPolicyAsync()
    {
        context.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) Record(message.Text);
        };
        await context.ExposeFunctionAsync("__reportCspViolation", (string report) => Record(report));
        // Injected by the browser driver, so it runs before the page's own scripts and is not subject to the policy.
        await context.AddInitScriptAsync("""
            document.addEventListener("securitypolicyviolation", e =>
                window.__reportCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} on ${e.documentURI} (${e.sourceFile}:${e.lineNumber})`));
            """);
    }

    internal async Task<BrowserSession> OpenAsync()
    {
        Page = await context.NewPageAsync();
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await context.DisposeAsync();
        var seen = TakeCspViolations();
        if (seen.Count > 0)
        {
            Assert.Fail($"Content-Security-Policy violations:\n{string.Join('\n', seen.Distinct())}");
        }
    }

    private void Record(string violation)
    {
        lock (violations)
        {
            violations.Add(violation);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
