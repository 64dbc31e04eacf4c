using System.Security.Claims;
using CeasefireTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Accounts;

/// <summary>
/// Checks the acting user against the database at the moment of each admin action. The sign-in cookie and a Blazor
/// circuit both carry the roles the user had when they signed in; reading the account again here is what makes a
/// role change or a disabled account take effect at the user's next action, not at their next sign-in.
/// </summary>
public sealed class EditorGuard(IDbContextFactory<TrackerDbContext> contexts, ILogger<EditorGuard> logger)
{
    public Task<EditorSession> RequireEditorAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default) =>
        RequireAsync(principal, TrackerPolicies.Edit, cancellationToken);

    public Task<EditorSession> RequireAdminAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default) =>
        RequireAsync(principal, TrackerPolicies.Administer, cancellationToken);

    private async Task<EditorSession> RequireAsync(ClaimsPrincipal principal, string policy, CancellationToken cancellationToken)
    {
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            throw Denied(policy, userId, "Please sign in first.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.DisplayName,
                u.DisabledAt,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);

        if (account is null || account.DisabledAt is not null)
        {
            throw Denied(policy, userId, "Your account is disabled. Ask an admin to enable it.");
        }

        var isAdmin = account.Roles.Contains(TrackerRoles.Admin);
        var allowed = policy == TrackerPolicies.Administer ? isAdmin : isAdmin || account.Roles.Contains(TrackerRoles.Editor);
        if (!allowed)
        {
            throw Denied(policy, userId, policy == TrackerPolicies.Administer
                ? "Only admins may do this."
                : "Your account may no longer edit. Ask an admin for the Editor role.");
        }

        return new EditorSession(userId, account.DisplayName, isAdmin);
    }

    private EditorAccessDeniedException Denied(string policy, string? userId, string message)
    {
        logger.LogWarning("Authorisation denied: user {UserId} lacks {Policy}", userId ?? "(anonymous)", policy);
        return new EditorAccessDeniedException(message);
    }
}
