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
public sealed class BrowserFixture : IAsyncLifetime
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
        await new DemoDataLoader(database.CreateFactory(), TimeProvider.System, NullLogger<DemoDataLoader>.Instance).LoadAsync();

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
        return new BrowserSession(context, await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (app is not null) await app.DisposeAsync();
        await database.DisposeAsync();
    }
}

/// <summary>A page and the browser context that holds it; disposing it closes both.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page => page;

    public IBrowserContext Context => context;

    public ValueTask DisposeAsync() => context.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
