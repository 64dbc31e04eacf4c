namespace CeasefireTracker.Tests.Infrastructure;

/// <summary>
/// The Redis the shared-cache tests use: CEASEFIRE_TEST_REDIS (host:port), which scripts/test.sh sets after starting a
/// Redis of its own on a port of its own. Each app a test hosts gets a key prefix of its own, so parallel runs and
/// tests never see each other's entries.
/// </summary>
public static class TestRedis
{
    private const string Variable = "CEASEFIRE_TEST_REDIS";

    public static string Configuration =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set. scripts/test.sh starts Redis and sets it; to run these tests alone, start one " +
                $"(redis-server --daemonize yes --port 6390 --save '') and set {Variable}=127.0.0.1:6390.");

    /// <summary>Settings for an app that caches in Redis under <paramref name="prefix"/> (share one prefix between instances of one site).</summary>
    public static Dictionary<string, string?> Settings(string prefix) => new()
    {
        ["ConnectionStrings:Redis"] = Configuration,
        ["PublicPageCache:RedisInstanceName"] = prefix,
    };

    public static string NewPrefix() => $"ceasefire-test-{Guid.NewGuid():N}:";
}
