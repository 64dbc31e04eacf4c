using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace CeasefireTracker.Web.Features.Accounts;

/// <summary>
/// Holds back sign-in attempts after <see cref="MaxFailures"/> wrong passwords for one e-mail address from one client
/// address within <see cref="Window"/>, for <see cref="Window"/>. Only that pair: the same account signs in as usual
/// from any other address, so someone guessing cannot lock the real user out (an account-wide lockout would let
/// anyone lock the admin out at will). It counts the typed e-mail address whether or not an account has it, so being
/// held back tells nothing about the account. Guessing from many addresses is slowed by the per-address rate limit
/// (AccountSetup) and made hopeless by the password rules (CommonPasswords).
/// Kept in memory, like the rate limit: a restart forgets, and each instance counts its own.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    // Above this many pairs, a failure first drops the ones whose window has passed.
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<(string Email, string Client), Failures> failures = new();

    public bool IsHeldBack(string email, IPAddress? client) =>
        failures.TryGetValue(Key(email, client), out var entry) && entry.HeldUntil > clock.GetUtcNow();

    public void Failed(string email, IPAddress? client)
    {
        var now = clock.GetUtcNow();
        if (failures.Count > PruneAbove) Prune(now);
        failures.AddOrUpdate(Key(email, client), _ => Failures.First(now), (_, entry) => entry.Next(now));
    }

    public void Succeeded(string email, IPAddress? client) => failures.TryRemove(Key(email, client), out _);

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in failures)
        {
            if (entry.IsOver(now)) failures.TryRemove(key, out _);
        }
    }

    /// <summary>
    /// The e-mail address as Identity compares it, and the client's address; an IPv6 client by its /64 network, since
    /// one machine commonly holds a whole /64 and could otherwise take a new address for every five guesses.
    /// </summary>
    private static (string, string) Key(string email, IPAddress? client)
    {
        var address = client is null ? "unknown" : client.IsIPv4MappedToIPv6 ? client.MapToIPv4().ToString() : client.ToString();
        if (client is { AddressFamily: AddressFamily.InterNetworkV6, IsIPv4MappedToIPv6: false })
        {
            var bytes = client.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            address = new IPAddress(bytes) + "/64";
        }

        return (email.Trim().ToUpperInvariant(), address);
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
