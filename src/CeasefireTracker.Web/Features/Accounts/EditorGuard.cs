using System.Security.Claims;
using CeasefireTracker.Web.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CeasefireTracker.Web.Features.Accounts;

/// <summary>
/// Checks the acting user against the database at the moment of each admin action, read or write. The sign-in cookie
/// and a Blazor circuit both carry what the user had when the request or the circuit began; reading the account again
/// here is what makes a disabled account, a lost role, a sign-out elsewhere (a new security stamp) or an expired
/// session take effect at the user's next action, not at their next sign-in. The one place that reads the account:
/// the circuits' gate (<see cref="CircuitAccess"/>) and their minute-by-minute revalidation use it too.
/// </summary>
public sealed class EditorGuard(
    IDbContextFactory<TrackerDbContext> contexts, IOptions<IdentityOptions> identity, TimeProvider clock, ILogger<EditorGuard> logger)
{
    public Task<EditorSession> RequireEditorAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default) =>
        RequireAsync(principal, TrackerPolicies.Edit, cancellationToken);

    public Task<EditorSession> RequireAdminAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default) =>
        RequireAsync(principal, TrackerPolicies.Administer, cancellationToken);

    /// <summary>For components, which get the user as the cascading authentication state.</summary>
    public async Task<EditorSession> RequireEditorAsync(Task<AuthenticationState> authentication, CancellationToken cancellationToken = default) =>
        await RequireEditorAsync((await authentication).User, cancellationToken);

    private async Task<EditorSession> RequireAsync(ClaimsPrincipal principal, string policy, CancellationToken cancellationToken)
    {
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            throw Denied(policy, userId, "not signed in", "Please sign in first.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.DisplayName,
                u.DisabledAt,
                u.SecurityStamp,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);

        if (account is null || account.DisabledAt is not null)
        {
            throw Denied(policy, userId, "disabled or deleted", "Your account is disabled. Ask an admin to enable it.");
        }

        // Signing out, a password change and disabling all give the account a new stamp: every session from before ends.
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (stamp is null || stamp != account.SecurityStamp)
        {
            throw Denied(policy, userId, "session ended (new security stamp)", "Your session has ended (you signed out, or your account changed). Please sign in again.");
        }

        if (SessionExpiry.Of(principal) is not { } expires || expires <= clock.GetUtcNow())
        {
            throw Denied(policy, userId, "session expired", "Your session has expired. Please sign in again.");
        }

        var isAdmin = account.Roles.Contains(TrackerRoles.Admin);
        var allowed = policy == TrackerPolicies.Administer ? isAdmin : isAdmin || account.Roles.Contains(TrackerRoles.Editor);
        if (!allowed)
        {
            throw Denied(policy, userId, "role missing", policy == TrackerPolicies.Administer
                ? "Only admins may do this."
                : "Your account may no longer edit. Ask an admin for the Editor role.");
        }

        return new EditorSession(userId, account.DisplayName, isAdmin);
    }

    private EditorAccessDeniedException Denied(string policy, string? userId, string reason, string message)
    {
        logger.LogWarning("Authorisation denied: user {UserId} lacks {Policy} ({Reason})", userId ?? "(anonymous)", policy, reason);
        return new EditorAccessDeniedException(message);
    }
}
