using CeasefireTracker.Web.Features.DemoData;
using CeasefireTracker.Web.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CeasefireTracker.Tests.Infrastructure;

/// <summary>
/// The app's own service registrations (its database, its features, the public-page cache its write interceptor
/// evicts) against any database of the app's schema, without a web host: tests resolve the services they test from
/// here instead of writing their constructors out, so a new dependency needs no change in the tests.
/// </summary>
public static class AppServices
{
    public static ServiceProvider For(string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"ConnectionStrings:{DatabaseSetup.ConnectionStringName}"] = connectionString })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddTrackerDatabase(configuration);
        services.AddTrackerFeatures();
        services.AddPublicPageCache(configuration);
        // The feature services are scoped in the app (one per circuit or request) and hold no state: a test is one scope.
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = false, ValidateOnBuild = false });
    }

    /// <summary>Loads the demo data into the database <paramref name="connectionString"/> names, as the app's loader does.</summary>
    public static async Task LoadDemoDataAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var services = For(connectionString);
        await services.GetRequiredService<DemoDataLoader>().LoadAsync(cancellationToken);
    }
}

/// <summary>What every test reads: the cancellation token xunit gives the running test.</summary>
public static class TestRun
{
    public static CancellationToken Cancel => TestContext.Current.CancellationToken;
}
