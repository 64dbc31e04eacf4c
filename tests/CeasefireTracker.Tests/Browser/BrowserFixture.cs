using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Admin.Actors;
using CeasefireTracker.Web.Features.Admin.Events;
using CeasefireTracker.Web.Features.DemoData;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

    /// <summary>What browsers sent to the app's circuits that got past its access check.</summary>
    public CircuitActivityLog Circuits => app!.Circuits;

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
        database.Get<DemoDataLoader>().LoadAsync();

    /// <summary>
    /// A page on the app in a browser context of its own (no cookies or cache shared between tests), on a 390 px
    /// phone screen or a desktop one, with or without JavaScript. Disposing the session closes its context.
    /// <paramref name="storageState"/> starts it with saved cookies (see <see cref="BrowserSignIn"/>);
    /// <paramref name="clientAddress"/> makes its requests count as coming from that address (<see cref="TestClientAddress"/>).
    /// </summary>
    public async Task<BrowserSession> NewPageAsync(bool phone = false, bool javaScript = true, string? storageState = null, string? clientAddress = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            JavaScriptEnabled = javaScript,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : null,
            IsMobile = phone,
            StorageState = storageState,
            ExtraHTTPHeaders = clientAddress is null ? null : new Dictionary<string, string> { [TestClientAddress.Header] = clientAddress },
        });
        var session = new BrowserSession(context);
        await session.WatchContentSecurityPolicyAsync();
        return await session.OpenAsync();
    }

    /// <summary>A draft talks of two demo actors: drafts never reach the public pages the other browser tests read.</summary>
    public async Task<long> CreateDraftAsync(string title)
    {
        await using var scope = Services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<TrackerDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var actors = await db.Actors.Where(a => a.Slug == "steve-witkoff" || a.Slug == "vladimir-putin")
            .Select(a => new ActorChoice(a.Id, a.Name)).ToListAsync();
        var draft = EventDraft.New(EventKind.Talks);
        draft.Title = title;
        draft.OccurredOn = new DateOnly(2025, 4, 25);
        draft.Participants = [.. actors.Select(a => new ParticipantDraft { Actor = a, Role = ParticipantRole.Party })];
        draft.Sources = [];
        var result = await scope.ServiceProvider.GetRequiredService<EventEditorService>()
            .CreateAsync(new EditorSession("browser-test", "Browser Test", isAdmin: false), draft, null);
        Assert.True(result.Succeeded);
        return result.EventId;
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
                window.__reportCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} on ${e.documentURI} (${e.sourceFile}:${e.lineNumber}) ${[...document.scripts].filter(s => !s.src && s.type !== "application/ld+json").map(s => s.textContent.slice(0, 120)).join(" | ")}`));
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
