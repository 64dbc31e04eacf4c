using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using StackExchange.Redis;

namespace CeasefireTracker.Web.Features.Accounts;

/// <summary>
/// Holds back sign-in attempts after <see cref="MaxFailures"/> wrong passwords for one e-mail address from one client
/// address within <see cref="Window"/>, for <see cref="Window"/>. Only that pair: the same account signs in as usual
/// from any other address, so someone guessing cannot lock the real user out (an account-wide lockout would let
/// anyone lock the admin out at will). It counts the typed e-mail address whether or not an account has it, so being
/// held back tells nothing about the account. Guessing from many addresses is slowed by the per-address rate limit
/// (AccountSetup) and made hopeless by the password rules (CommonPasswords).
/// <para>
/// In this process (<see cref="LocalSignInThrottle"/>) for one instance; in Redis (<see cref="RedisSignInThrottle"/>)
/// when <c>ConnectionStrings:Redis</c> is set, so that instances behind a load balancer count together: each counting
/// its own would let a guesser make five tries per instance.
/// </para>
/// </summary>
public abstract class SignInThrottle
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    public abstract Task<bool> IsHeldBackAsync(string email, IPAddress? client);

    public abstract Task FailedAsync(string email, IPAddress? client);

    public abstract Task SucceededAsync(string email, IPAddress? client);

    /// <summary>
    /// The e-mail address as Identity compares it, and the client's address; an IPv6 client by its /64 network, since
    /// one machine commonly holds a whole /64 and could otherwise take a new address for every five guesses.
    /// </summary>
    protected static (string Email, string Client) Key(string email, IPAddress? client)
    {
        ArgumentNullException.ThrowIfNull(email);
        var address = client is null ? "unknown" : client.IsIPv4MappedToIPv6 ? client.MapToIPv4().ToString() : client.ToString();
        if (client is { AddressFamily: AddressFamily.InterNetworkV6, IsIPv4MappedToIPv6: false })
        {
            var bytes = client.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            address = new IPAddress(bytes) + "/64";
        }

        return (email.Trim().ToUpperInvariant(), address);
    }
}

/// <summary>The failures counted in this process's memory: a restart forgets, and each instance counts its own.</summary>
public sealed class LocalSignInThrottle(TimeProvider clock) : SignInThrottle
{
    // Above this many pairs, a failure first drops the ones whose window has passed.
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<(string Email, string Client), Failures> failures = new();

    public override Task<bool> IsHeldBackAsync(string email, IPAddress? client) =>
        Task.FromResult(failures.TryGetValue(Key(email, client), out var entry) && entry.HeldUntil > clock.GetUtcNow());

    public override Task FailedAsync(string email, IPAddress? client)
    {
        var now = clock.GetUtcNow();
        if (failures.Count > PruneAbove) Prune(now);
        failures.AddOrUpdate(Key(email, client), _ => Failures.First(now), (_, entry) => entry.Next(now));
        return Task.CompletedTask;
    }

    public override Task SucceededAsync(string email, IPAddress? client)
    {
        failures.TryRemove(Key(email, client), out _);
        return Task.CompletedTask;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in failures)
        {
            if (entry.IsOver(now)) failures.TryRemove(key, out _);
        }
    }

    private sealed record Failures(int Count, DateTimeOffset Since, DateTimeOffset HeldUntil)
    {
        public static Failures First(DateTimeOffset now) => new(1, now, DateTimeOffset.MinValue);

        public bool IsOver(DateTimeOffset now) => now >= Since + Window && now >= HeldUntil;

        public Failures Next(DateTimeOffset now)
        {
            var counted = IsOver(now) ? First(now) : this with { Count = Count + 1 };
            return counted.Count >= MaxFailures ? counted with { HeldUntil = now + Window } : counted;
        }
    }
}

/// <summary>
/// The failures counted in Redis, shared by every instance: a count that expires <see cref="SignInThrottle.Window"/>
/// after the first failure, and a hold of the same length once it reaches <see cref="SignInThrottle.MaxFailures"/>.
/// Keys are a hash of the pair, never the typed text (people type their password into the e-mail box). While Redis
/// is away each instance counts in its own memory, as a single instance would, rather than let every guess through.
/// </summary>
public sealed partial class RedisSignInThrottle(IConnectionMultiplexer redis, string keyPrefix, LocalSignInThrottle whileAway, ILogger<RedisSignInThrottle> logger)
    : SignInThrottle
{
    // Counting and holding in one step, so two instances failing at once cannot both miss the fifth failure.
    private const string FailedScript = """
        local n = redis.call('INCR', KEYS[1])
        if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        if n >= tonumber(ARGV[2]) then
            redis.call('SET', KEYS[2], '1', 'PX', ARGV[1])
            redis.call('DEL', KEYS[1])
        end
        return n
        """;

    public override async Task<bool> IsHeldBackAsync(string email, IPAddress? client)
    {
        try
        {
            return await redis.GetDatabase().KeyExistsAsync(Keys(email, client).Held) || await whileAway.IsHeldBackAsync(email, client);
        }
        catch (RedisException e)
        {
            LogRedisAway(logger, e);
            return await whileAway.IsHeldBackAsync(email, client);
        }
    }

    public override async Task FailedAsync(string email, IPAddress? client)
    {
        var (count, held) = Keys(email, client);
        try
        {
            await redis.GetDatabase().ScriptEvaluateAsync(FailedScript, [count, held], [(long)Window.TotalMilliseconds, MaxFailures]);
        }
        catch (RedisException e)
        {
            LogRedisAway(logger, e);
            await whileAway.FailedAsync(email, client);
        }
    }

    public override async Task SucceededAsync(string email, IPAddress? client)
    {
        await whileAway.SucceededAsync(email, client);
        try
        {
            var (count, held) = Keys(email, client);
            await redis.GetDatabase().KeyDeleteAsync([count, held]);
        }
        catch (RedisException e)
        {
            LogRedisAway(logger, e);
        }
    }

    private (RedisKey Count, RedisKey Held) Keys(string email, IPAddress? client)
    {
        var (typed, address) = Key(email, client);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{typed}\n{address}")));
        return ($"{keyPrefix}sign-in-failures:{hash}", $"{keyPrefix}sign-in-held:{hash}");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is away: failed sign-ins are counted by this instance alone until it is back")]
    private static partial void LogRedisAway(ILogger logger, Exception exception);
}
