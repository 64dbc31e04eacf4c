using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Admin;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Accounts;

public sealed record AccountRow(
    string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt, bool IsDisabled);

public sealed record NewAccount(string Email, string DisplayName, string Password, IReadOnlyCollection<string> Roles);

/// <summary>What went wrong, by form field ("Email", "Password", …), so a form can show each message next to its field.</summary>
public sealed record AccountResult(IReadOnlyDictionary<string, string[]> Errors)
{
    public static readonly AccountResult Ok = new(new Dictionary<string, string[]>());

    public bool Succeeded => Errors.Count == 0;

    public static AccountResult Error(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>
/// Account management for admins. Each call opens its own scope: an admin page's circuit lives for minutes and
/// Identity's UserManager would otherwise keep serving the accounts as it first loaded them.
/// </summary>
public sealed class AccountAdminService(
    IServiceScopeFactory scopes, IDbContextFactory<TrackerDbContext> contexts, TimeProvider clock, ILogger<AccountAdminService> logger)
{
    public async Task<IReadOnlyList<AccountRow>> ListAsync(EditorSession admin, CancellationToken cancellationToken = default) =>
        (await PageAsync(admin, null, 0, int.MaxValue, descending: false, cancellationToken)).Rows;

    /// <summary>One page of accounts by display name (<paramref name="page"/> counts from 0), those whose name or address contains <paramref name="search"/>.</summary>
    public async Task<(IReadOnlyList<AccountRow> Rows, int Total)> PageAsync(
        EditorSession admin, string? search, int page, int pageSize, bool descending, CancellationToken cancellationToken = default)
    {
        RequireAdmin(admin);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var users = db.Users.AsNoTracking();
        if (SearchText.ContainsPattern(search) is { } pattern)
        {
            users = users.Where(u => EF.Functions.ILike(u.DisplayName, pattern) || EF.Functions.ILike(u.Email!, pattern));
        }

        var total = await users.CountAsync(cancellationToken);
        var ordered = descending ? users.OrderByDescending(u => u.DisplayName).ThenByDescending(u => u.Email) : users.OrderBy(u => u.DisplayName).ThenBy(u => u.Email);
        var rows = await ordered
            .Skip(page * pageSize).Take(pageSize)
            .Select(u => new
            {
                u.Id, u.Email, u.DisplayName, u.CreatedAt, u.DisabledAt,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .ToListAsync(cancellationToken);
        return (rows.Select(u => new AccountRow(
                u.Id, u.Email ?? "", u.DisplayName, u.Roles.Order().ToList(), u.CreatedAt, u.DisabledAt is not null))
            .ToList(), total);
    }

    public async Task<AccountResult> CreateAsync(EditorSession admin, NewAccount account, CancellationToken cancellationToken = default)
    {
        RequireAdmin(admin);
        var problems = ValidateNew(account);
        if (!problems.Succeeded)
        {
            return problems;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        var user = new TrackerUser
        {
            UserName = account.Email.Trim(),
            Email = account.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = account.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, account.Password);
        if (!created.Succeeded)
        {
            return FromIdentity(created);
        }

        var roles = await users.AddToRolesAsync(user, account.Roles.Distinct());
        if (!roles.Succeeded)
        {
            await users.DeleteAsync(user);
            return FromIdentity(roles);
        }

        logger.LogInformation("Admin {AdminId} created account {UserId} ({Email}) with roles {Roles}",
            admin.UserId, user.Id, user.Email, account.Roles);
        return AccountResult.Ok;
    }

    public async Task<AccountResult> SetRolesAsync(
        EditorSession admin, string userId, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        RequireAdmin(admin);
        if (roles.Count == 0 || roles.Any(r => !TrackerRoles.All.Contains(r)))
        {
            return AccountResult.Error("Roles", "Choose Admin, Editor or both.");
        }

        if (userId == admin.UserId && !roles.Contains(TrackerRoles.Admin))
        {
            return AccountResult.Error("Roles", "You cannot take the Admin role from yourself; ask another admin.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return AccountResult.Error("", "That account no longer exists.");
        }

        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current.Except(roles));
        var added = removed.Succeeded ? await users.AddToRolesAsync(user, roles.Except(current)) : removed;
        if (!added.Succeeded)
        {
            return FromIdentity(added);
        }

        // No new security stamp: the cookie's roles are re-read from the database at every request (AccountSetup), so
        // the user keeps working with the new roles instead of being signed out.
        logger.LogInformation("Admin {AdminId} set the roles of {UserId} to {Roles}", admin.UserId, userId, roles);
        return AccountResult.Ok;
    }

    public async Task<AccountResult> SetDisabledAsync(EditorSession admin, string userId, bool disabled, CancellationToken cancellationToken = default)
    {
        RequireAdmin(admin);
        if (userId == admin.UserId && disabled)
        {
            return AccountResult.Error("", "You cannot disable your own account.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return AccountResult.Error("", "That account no longer exists.");
        }

        user.DisabledAt = disabled ? clock.GetUtcNow() : null;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return FromIdentity(updated);
        }

        // Ends every open session of a disabled account at its next request.
        await users.UpdateSecurityStampAsync(user);
        logger.LogInformation("Admin {AdminId} {Action} account {UserId}", admin.UserId, disabled ? "disabled" : "enabled", userId);
        return AccountResult.Ok;
    }

    private static void RequireAdmin(EditorSession session)
    {
        if (!session.IsAdmin)
        {
            throw new EditorAccessDeniedException("Only admins may manage accounts.");
        }
    }

    private static AccountResult ValidateNew(NewAccount account)
    {
        var errors = new FieldErrors();
        var email = account.Email?.Trim() ?? "";
        if (email.Length == 0 || email.Length > 256 || !System.Net.Mail.MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
        {
            errors.Add("Email", "Enter an e-mail address such as name@example.org.");
        }

        // The name shows in every revision's history: the same rules as any one-line text editors write, spoofing included.
        errors.Text("DisplayName", account.DisplayName?.Trim(), FieldLengths.Account.DisplayName, required: "Enter the name other editors will see in the history.");

        if (account.Roles.Count == 0 || account.Roles.Any(r => !TrackerRoles.All.Contains(r)))
        {
            errors.Add("Roles", "Choose Admin, Editor or both.");
        }

        return new AccountResult(errors.ToDictionary());
    }

    /// <summary>Identity names its errors by code (PasswordTooShort, DuplicateEmail, …); the code says which field.</summary>
    private static AccountResult FromIdentity(IdentityResult result) => new(result.Errors
        .GroupBy(e => e.Code switch
        {
            var c when c.StartsWith("Password", StringComparison.Ordinal) => "Password",
            var c when c.Contains("Email", StringComparison.Ordinal) || c.Contains("UserName", StringComparison.Ordinal) => "Email",
            var c when c.Contains("Role", StringComparison.Ordinal) => "Roles",
            _ => "",
        })
        .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
}
