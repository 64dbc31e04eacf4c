using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using CeasefireTracker.Web.Infrastructure;

namespace CeasefireTracker.Web.Features.Accounts;

/// <summary>
/// Keeps an admin page's circuit honest even while its editor does nothing: every minute it checks the circuit's user
/// with <see cref="EditorGuard"/>, and a user who may no longer edit signs the circuit out, which sends the page to
/// the sign-in page (<see cref="CircuitAccess"/>). Everything the browser sends is checked anyway; this only stops an
/// idle page from showing admin data for long.
/// </summary>
internal sealed class CircuitAuthenticationStateProvider(ILoggerFactory loggerFactory, IServiceScopeFactory scopeFactory)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<EditorGuard>().RequireEditorAsync(authenticationState.User, cancellationToken);
            return true;
        }
        catch (EditorAccessDeniedException)
        {
            return false;
        }
        catch (Exception e) when (DatabaseOutage.IsOutage(e))
        {
            // No verdict while the database is away; each action is checked when it comes.
            return true;
        }
    }
}
