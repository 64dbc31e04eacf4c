using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CeasefireTracker.Tests.Infrastructure;

/// <summary>The real app, hosted in the test process against the given database.</summary>
public sealed class TrackerAppFactory : WebApplicationFactory<Program>
{
    private readonly string connectionString;
    private readonly string environment;

    public TrackerAppFactory(string connectionString, bool realServer = false, string environment = "Development")
    {
        this.connectionString = connectionString;
        this.environment = environment;
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
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:Tracker", connectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }
}
