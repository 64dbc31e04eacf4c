using Microsoft.AspNetCore.Identity;

namespace CeasefireTracker.Web.Features.Accounts;

/// <summary>
/// Creates the accounts a tracker starts with. In Production the only way in is the first admin given in
/// configuration (Accounts:FirstAdmin:Email and :Password, or the environment variables Accounts__FirstAdmin__…):
/// there are no default passwords. Development also gets the two well-known accounts the README lists.
/// </summary>
public sealed class AccountSeeder(UserManager<TrackerUser> users, IConfiguration configuration, TimeProvider clock, ILogger<AccountSeeder> logger)
{
    public static readonly (string Email, string Name, string Password, string Role)[] DevelopmentAccounts =
    [
        ("admin@ceasefire.local", "Demo Admin", "Admin-ceasefire-2026", TrackerRoles.Admin),
        ("editor@ceasefire.local", "Demo Editor", "Editor-ceasefire-2026", TrackerRoles.Editor),
    ];

    public async Task EnsureDevelopmentAccountsAsync()
    {
        foreach (var (email, name, password, role) in DevelopmentAccounts)
        {
            await EnsureAsync(email, name, password, role);
        }
    }

    /// <summary>On first start: the configured first admin, unless some admin exists already.</summary>
    public async Task EnsureFirstAdminAsync()
    {
        if ((await users.GetUsersInRoleAsync(TrackerRoles.Admin)).Count > 0)
        {
            return;
        }

        var section = configuration.GetSection("Accounts:FirstAdmin");
        var email = section["Email"];
        var password = section["Password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            logger.LogWarning(
                "No admin account exists. Set Accounts__FirstAdmin__Email and Accounts__FirstAdmin__Password and restart to create one");
            return;
        }

        await EnsureAsync(email, section["DisplayName"] ?? "Admin", password, TrackerRoles.Admin);
    }

    private async Task EnsureAsync(string email, string displayName, string password, string role)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var user = new TrackerUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, CreatedAt = clock.GetUtcNow() };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, role);
        }

        if (!result.Succeeded)
        {
            // The descriptions name the rule that failed, never the password itself.
            throw new InvalidOperationException(
                $"Could not create the account {email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }

        logger.LogInformation("Created the {Role} account {Email}", role, email);
    }
}
