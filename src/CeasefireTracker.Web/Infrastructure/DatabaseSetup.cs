using CeasefireTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CeasefireTracker.Web.Infrastructure;

internal static class DatabaseSetup
{
    public const string ConnectionStringName = "Tracker";

    /// <summary>Optional: a read-only connection (a streaming replica) for readers' requests; see <see cref="TrackerContexts"/>.</summary>
    public const string ReadOnlyConnectionStringName = "TrackerReadOnly";

    public static IServiceCollection AddTrackerDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"No connection string '{ConnectionStringName}'. Set ConnectionStrings:{ConnectionStringName} in appsettings.json " +
                $"or the environment variable ConnectionStrings__{ConnectionStringName}.");
        var readOnly = configuration.GetConnectionString(ReadOnlyConnectionStringName) is { Length: > 0 } value ? value : null;

        // A factory, not a scoped context: a Blazor circuit outlives a request, so services open one context per operation.
        services.AddHttpContextAccessor();
        services.AddSingleton<IDbContextFactory<TrackerDbContext>>(provider => new TrackerContexts(
            Options(provider, connectionString),
            readOnly is null ? null : Options(provider, readOnly),
            provider.GetRequiredService<IHttpContextAccessor>()));
        services.AddSingleton(provider => new ReplicaCatchUp(connectionString, readOnly, provider.GetRequiredService<ILogger<ReplicaCatchUp>>()));
        services.AddSingleton<ContentChanges>();
        services.AddSingleton<IInterceptor>(provider => provider.GetRequiredService<ContentChanges>());
        services.AddHealthChecks().AddCheck<DatabaseHealth>("database");
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(TrackerDbContext).Assembly.GetName().Name))
            .UseSnakeCaseNamingConvention();

    private static DbContextOptions<TrackerDbContext> Options(IServiceProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<TrackerDbContext>().UseApplicationServiceProvider(provider);
        // Interceptors registered in DI join every context: ContentChanges, and in tests the query counter.
        Configure(options, connectionString).AddInterceptors(provider.GetServices<IInterceptor>());
        return options.Options;
    }
}
