using CeasefireTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace CeasefireTracker.Tests.Infrastructure;

/// <summary>The real app, hosted in the test process against the given database.</summary>
public sealed class TrackerAppFactory : WebApplicationFactory<Program>
{
    private readonly string connectionString;
    private readonly string environment;
    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly bool pageCache;

    /// <param name="settings">Configuration on top of appsettings, e.g. <c>Accounts:FirstAdmin:Email</c>.</param>
    /// <param name="pageCache">
    /// Off by default: most tests read a page right after changing the data, and query counts must measure real
    /// queries, not cache hits. The cache's own tests turn it on.
    /// </param>
    public TrackerAppFactory(
        string connectionString, bool realServer = false, string environment = "Development",
        IReadOnlyDictionary<string, string?>? settings = null, bool pageCache = false)
    {
        this.connectionString = connectionString;
        this.environment = environment;
        this.settings = settings ?? new Dictionary<string, string?>();
        this.pageCache = pageCache;
        if (realServer)
        {
            // A real Kestrel socket on a free port, so that a browser can reach the app.
            UseKestrel(0);
        }
    }

    /// <summary>Every SQL command the app sends; reset it before the request you measure.</summary>
    public QueryCounter Queries { get; } = new();

    /// <summary>Everything the app logs (Information and up), for tests of what is logged and what never is.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>What browsers sent to the app's circuits that got past its access check.</summary>
    public CircuitActivityLog Circuits { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IInterceptor>(Queries);
            services.AddSingleton<ILogEventSink>(Logs);
            services.AddSingleton(Circuits);
            services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, CircuitActivityProbe>();
            services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, TestClientAddress>();
        });
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:Tracker", connectionString);
        // The capture sees Information and up, the console of a test run only warnings.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
        builder.UseSetting("Serilog:WriteTo:0:Args:restrictedToMinimumLevel", "Warning");
        builder.UseSetting($"{PublicPageCache.Section}:Enabled", pageCache ? "true" : "false");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>
    /// Every test that hosts the app ends with a search of its logs: no password a test typed, no demo or configured
    /// password and no connection-string password may have been written, whatever the test did.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        string[] secrets =
        [
            .. TestAccounts.TypedPasswords.Keys,
            .. CeasefireTracker.Web.Features.Accounts.AccountSeeder.DevelopmentAccounts.Select(a => a.Password),
            .. settings.Where(s => s.Key.EndsWith("Password", StringComparison.OrdinalIgnoreCase)).Select(s => s.Value ?? ""),
            "Password=",
        ];
        var leaks = Logs.Lines.Where(line => secrets.Any(secret => secret.Length > 0 && line.Contains(secret, StringComparison.OrdinalIgnoreCase))).ToList();
        if (leaks.Count > 0)
        {
            throw new InvalidOperationException("A secret reached the logs:\n" + string.Join("\n", leaks));
        }
    }
}
