using CeasefireTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CeasefireTracker.Tests.Infrastructure;

/// <summary>The real app, hosted in the test process against the given database.</summary>
public sealed class TrackerAppFactory : WebApplicationFactory<Program>
{
    private readonly string connectionString;
    private readonly bool pageCache;

    /// <param name="pageCache">
    /// Off by default: most tests read a page right after changing the data, and query counts must measure real
    /// queries, not cache hits. The cache's own tests turn it on.
    /// </param>
    public TrackerAppFactory(string connectionString, bool realServer = false, bool pageCache = false)
    {
        this.connectionString = connectionString;
        this.pageCache = pageCache;
        if (realServer)
        {
            // A real Kestrel socket on a free port, so that a browser can reach the app.
            UseKestrel(0);
        }
    }

    /// <summary>Every SQL command the app sends; reset it before the request you measure.</summary>
    public QueryCounter Queries { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Queries));
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Tracker", connectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting($"{PublicPageCache.Section}:Enabled", pageCache ? "true" : "false");
    }
}
