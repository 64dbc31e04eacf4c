using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using StackExchange.Redis;

namespace CeasefireTracker.Web.Infrastructure;

internal static class CacheSetup
{
    /// <summary>
    /// The public pages' output cache and its content version: in this process by default (one instance), in Redis
    /// when <c>ConnectionStrings:Redis</c> is set, so that every instance shares the cache and a write on one reaches
    /// the readers of all.
    /// </summary>
    public static IServiceCollection AddPublicPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(PublicPageCache.Section);
        services.Configure<PublicPageCacheOptions>(section);
        var settings = section.Get<PublicPageCacheOptions>() ?? new PublicPageCacheOptions();

        services.AddSingleton<PublicResponses>();
        services.AddSingleton<PublicPageCache>();
        services.AddOutputCache(options =>
        {
            // The key keeps the path's case as the pages read it: /search opens the search form, /SEARCH is the
            // timeline, and they must not share an entry.
            options.UseCaseSensitivePaths = true;
            // NoCache() drops the policies added before it, so it comes first.
            options.AddPolicy(PublicPageCache.Policy, policy =>
            {
                if (settings.Enabled) policy.SetVaryByQuery("*").Tag(PublicPageCache.Tag).Expire(PublicPageCache.Lifetime);
                else policy.NoCache();
                policy.AddPolicy<PublicResponses>();
            });
            options.AddPolicy(PublicPageCache.DownloadPolicy, policy => policy.NoCache().AddPolicy<PublicResponses>());
        });

        if (configuration.GetConnectionString(PublicPageCache.RedisConnectionStringName) is { Length: > 0 } redis)
        {
            var redisOptions = ConfigurationOptions.Parse(redis);
            // Start, and keep serving from the database, while Redis is away; reconnect by itself.
            redisOptions.AbortOnConnectFail = false;
            services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redisOptions));
            services.AddStackExchangeRedisOutputCache(options => options.InstanceName = settings.RedisInstanceName);
            services.AddOptions<RedisOutputCacheOptions>().Configure<IServiceProvider>((options, provider) =>
                options.ConnectionMultiplexerFactory = () => Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>()));
            services.AddSingleton<ContentVersion>(provider => new RedisContentVersion(
                provider.GetRequiredService<IConnectionMultiplexer>(), settings.RedisInstanceName, provider.GetRequiredService<TimeProvider>()));
        }
        else
        {
            services.AddSingleton<ContentVersion, LocalContentVersion>();
        }

        return services;
    }
}
