using StackExchange.Redis;

namespace CeasefireTracker.Web.Infrastructure;

/// <summary>
/// The version of everything readers can see: a number of seconds since 1970 that moves forward after every
/// committed write (<see cref="ContentChanges"/>), by at least one. A reader's request reads it before the page
/// touches the database, and the page is cached under it and answers with it as its ETag and Last-Modified. So a page
/// rendered from data older than a write can only ever be served to requests that started before that write was
/// acknowledged, on any instance: the race of "render, write, evict, store" leaves an entry nobody asks for.
/// </summary>
public abstract class ContentVersion
{
    /// <summary>The current version (whole seconds since the Unix epoch).</summary>
    public abstract ValueTask<long> CurrentAsync(CancellationToken cancellationToken);

    /// <summary>Moves the version to now, or one past the current one if that is later; returns the new version.</summary>
    public abstract ValueTask<long> AdvanceAsync(CancellationToken cancellationToken);

    /// <summary>A version for content that has not changed since before now: a client may have seen it this second.</summary>
    protected static long Started(TimeProvider clock) => clock.GetUtcNow().ToUnixTimeSeconds();

    /// <summary>
    /// The first version after a write made now: the next whole second, because a Last-Modified a client got earlier
    /// in this second reads as this second, and must count as older.
    /// </summary>
    protected static long Written(TimeProvider clock) => (clock.GetUtcNow().ToUnixTimeMilliseconds() + 999) / 1000;
}

/// <summary>
/// The version in this process only: right for one instance with the in-memory page cache. It starts at the time the
/// process starts: the database may have changed while no process was running.
/// </summary>
internal sealed class LocalContentVersion(TimeProvider clock) : ContentVersion
{
    private long version = Started(clock);

    public override ValueTask<long> CurrentAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Volatile.Read(ref version));

    public override ValueTask<long> AdvanceAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var current = Volatile.Read(ref version);
            var next = Math.Max(Written(clock), current + 1);
            if (Interlocked.CompareExchange(ref version, next, current) == current) return ValueTask.FromResult(next);
        }
    }
}

/// <summary>
/// The version in Redis, shared by every instance that shares the page cache: one GET per reader's request, one
/// script per write. A Redis that lost the key (restarted, flushed) starts again from now, never from an older value.
/// </summary>
internal sealed class RedisContentVersion(IConnectionMultiplexer redis, string keyPrefix, TimeProvider clock) : ContentVersion
{
    // Atomic "max(now, current + 1)": two instances writing in the same second still get two versions.
    private const string AdvanceScript = """
        local current = tonumber(redis.call('GET', KEYS[1]) or '0')
        local next = math.max(tonumber(ARGV[1]), current + 1)
        redis.call('SET', KEYS[1], next)
        return next
        """;

    private readonly RedisKey key = keyPrefix + "content-version";

    public override async ValueTask<long> CurrentAsync(CancellationToken cancellationToken)
    {
        var database = redis.GetDatabase();
        var value = await database.StringGetAsync(key);
        if (value.TryParse(out long version)) return version;

        await database.StringSetAsync(key, Started(clock), when: When.NotExists);
        return (long)await database.StringGetAsync(key);
    }

    public override async ValueTask<long> AdvanceAsync(CancellationToken cancellationToken) =>
        (long)await redis.GetDatabase().ScriptEvaluateAsync(AdvanceScript, [key], [Written(clock)]);
}
