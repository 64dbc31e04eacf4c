using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CeasefireTracker.Web.Features.Accounts;

/// <summary>
/// Keeps an admin page's circuit honest: every minute it re-reads the account, and a disabled account, a changed
/// security stamp or a lost role signs the circuit out. (Each action is also checked by <see cref="EditorGuard"/>,
/// so nothing waits for this timer; it only keeps what the page shows up to date.)
/// </summary>
internal sealed class CircuitAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopeFactory,
    IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        var user = await users.GetUserAsync(authenticationState.User);
        if (user is null || user.DisabledAt is not null)
        {
            return false;
        }

        var stamp = authenticationState.User.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user);
    }
}
