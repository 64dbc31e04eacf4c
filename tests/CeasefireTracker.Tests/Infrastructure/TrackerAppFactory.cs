using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CeasefireTracker.Tests.Infrastructure;

/// <summary>The real app, hosted in the test process against the given database.</summary>
public sealed class TrackerAppFactory : WebApplicationFactory<Program>
{
    private readonly string connectionString;

    public TrackerAppFactory(string connectionString, bool realServer = false)
    {
        this.connectionString = connectionString;
        if (realServer)
        {
            // A real Kestrel socket on a free port, so that a browser can reach the app.
            UseKestrel(0);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Tracker", connectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }
}
