using CeasefireTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CeasefireTracker.Web.Infrastructure;

internal static class DatabaseSetup
{
    public const string ConnectionStringName = "Tracker";

    public static IServiceCollection AddTrackerDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"No connection string '{ConnectionStringName}'. Set ConnectionStrings:{ConnectionStringName} in appsettings.json " +
                $"or the environment variable ConnectionStrings__{ConnectionStringName}.");

        // A factory, not a scoped context: a Blazor circuit outlives a request, so services open one context per operation.
        services.AddDbContextFactory<TrackerDbContext>((provider, options) =>
            // Interceptors registered in DI (tests count queries with one) join every context.
            Configure(options, connectionString).AddInterceptors(provider.GetServices<IInterceptor>()));
        services.AddHealthChecks().AddDbContextCheck<TrackerDbContext>("database");
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(TrackerDbContext).Assembly.GetName().Name))
            .UseSnakeCaseNamingConvention();
}
