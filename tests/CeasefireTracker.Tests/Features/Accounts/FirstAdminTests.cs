using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CeasefireTracker.Tests.Features.Accounts;

[Collection(DatabaseCollection.Name)]
public sealed class FirstAdminTests(TestDatabase database) : DatabaseTest(database)
{
    [Fact]
    public async Task Production_starts_without_any_account_when_none_is_configured()
    {
        await using var app = new TrackerAppFactory(Database.ConnectionString, environment: "Production");
        _ = app.Services;

        await using var db = Database.CreateContext();
        Assert.Equal(0, await db.Users.CountAsync(Cancel));
    }

    [Fact]
    public async Task The_configured_first_admin_is_created_on_first_start_only()
    {
        await using (var first = Start("first@example.org"))
        {
            await using var scope = first.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
            var admin = await users.FindByEmailAsync("first@example.org");
            Assert.NotNull(admin);
            Assert.True(await users.IsInRoleAsync(admin, TrackerRoles.Admin));
            Assert.True(await users.CheckPasswordAsync(admin, "First-admin-2026!"));
        }

        // A later start with other settings adds nobody: an admin exists, and they manage accounts from now on.
        await using (var second = Start("second@example.org"))
        {
            await using var db = Database.CreateContext();
            Assert.Equal(["first@example.org"], await db.Users.Select(u => u.Email).ToListAsync(Cancel));
        }
    }

    private TrackerAppFactory Start(string email)
    {
        var app = new TrackerAppFactory(Database.ConnectionString, environment: "Production", settings: new Dictionary<string, string?>
        {
            ["Accounts:FirstAdmin:Email"] = email,
            ["Accounts:FirstAdmin:Password"] = "First-admin-2026!",
        });
        _ = app.Services;
        return app;
    }
}
