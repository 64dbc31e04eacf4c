using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CeasefireTracker.Benchmarks;

/// <summary>
/// The app hosted in this process: with the page cache off, to count the SQL each page view really sends; or on
/// a real socket, when no server was started apart (the smoke run).
/// </summary>
public sealed class BenchApp(string connectionString, bool realServer) : WebApplicationFactory<Program>
{
    public CommandCounter Commands { get; } = new();

    public Uri StartOnSocket()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (realServer) UseKestrel(0);
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Commands));
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Tracker", connectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Counting needs every page view to reach the database; the real server keeps its cache.
        builder.UseSetting("PublicPageCache:Enabled", realServer ? "true" : "false");
    }
}

/// <summary>Counts the SQL commands EF sends.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public void Reset() => Interlocked.Exchange(ref count, 0);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return ValueTask.FromResult(result);
    }
}
