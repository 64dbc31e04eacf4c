using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.SignalR;

namespace CeasefireTracker.Web.Infrastructure;

/// <summary>
/// Who may connect to the hub of the admin pages' circuits (/_blazor), and how often at once. Only a signed-in user:
/// every interactive page is an admin page, so an anonymous connection has no use but to hold server memory (its
/// circuit would be refused anyway, see CircuitAccess), and it is closed before it can start one. One account holds
/// at most <see cref="PerAccount"/> connections at a time (each holds at most one circuit); circuits left after a
/// disconnection are bounded by the framework (CircuitOptions.DisconnectedCircuitMaxRetained).
/// </summary>
internal sealed class CircuitConnections(ILogger<CircuitConnections> logger) : IHubFilter
{
    /// <summary>Plenty for an editor with many tabs; few enough that one stolen session cannot fill the server.</summary>
    public const int PerAccount = 20;

    private static readonly object AccountKey = new();
    private readonly ConcurrentDictionary<string, int> open = new();

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        var connection = context.Context;
        if (connection.User?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } account)
        {
            logger.LogInformation("Refused a circuit connection without a signed-in user");
            connection.Abort();
            return Task.CompletedTask;
        }

        if (open.AddOrUpdate(account, 1, (_, n) => n + 1) > PerAccount)
        {
            Release(account);
            logger.LogWarning("Refused a circuit connection of {UserId}: it already holds {Limit}", account, PerAccount);
            connection.Abort();
            return Task.CompletedTask;
        }

        connection.Items[AccountKey] = account;
        return next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.Items.TryGetValue(AccountKey, out var account) && account is string counted)
        {
            Release(counted);
            await next(context, exception);
        }
    }

    /// <summary>A refused connection may still have sent a call before the abort took effect: it reaches nothing.</summary>
    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (invocationContext.Context.Items.ContainsKey(AccountKey)) return next(invocationContext);
        invocationContext.Context.Abort();
        return ValueTask.FromResult<object?>(null);
    }

    private void Release(string account)
    {
        if (open.AddOrUpdate(account, 0, (_, n) => n - 1) <= 0) open.TryRemove(KeyValuePair.Create(account, 0));
    }
}
