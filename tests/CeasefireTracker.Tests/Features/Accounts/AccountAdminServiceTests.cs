using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CeasefireTracker.Tests.Features.Accounts;

/// <summary>Account management through the app's own services (Identity's UserManager on the test database).</summary>
[Collection(DatabaseCollection.Name)]
public sealed class AccountAdminServiceTests(TestDatabase database) : DatabaseTest(database)
{
    private TrackerAppFactory app = null!;
    private AsyncServiceScope scope;

    private AccountAdminService Service => scope.ServiceProvider.GetRequiredService<AccountAdminService>();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        app = new TrackerAppFactory(Database.ConnectionString);
        scope = app.Services.CreateAsyncScope();
    }

    public override async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        await app.DisposeAsync();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task An_admin_creates_an_account_that_the_list_then_shows()
    {
        var admin = await AdminAsync();

        var result = await Service.CreateAsync(admin, new NewAccount(" olena@example.org ", "Olena K.", "Long-enough-2026", [TrackerRoles.Editor]), Cancel);

        Assert.True(result.Succeeded);
        var olena = (await Service.ListAsync(admin, Cancel)).Single(a => a.Email == "olena@example.org");
        Assert.Equal(("Olena K.", false), (olena.DisplayName, olena.IsDisabled));
        Assert.Equal([TrackerRoles.Editor], olena.Roles);
    }

    /// <summary>The probe's two examples (both passed before), and the same ideas made long enough for the length rule.</summary>
    [Theory]
    [InlineData("Password1!")]
    [InlineData("aaaaaaaaA1!")]
    [InlineData("Password123456789!")]
    [InlineData("P@ssw0rd-2026-04-01")]
    [InlineData("aaaaaaaaaaaaaaA1!")]
    [InlineData("Qwerty123456789!!")]
    public async Task Common_breached_and_repetitive_passwords_are_refused_next_to_the_password_field(string password)
    {
        var admin = await AdminAsync();

        var result = await Service.CreateAsync(admin, new NewAccount("weak@example.org", "Weak", password, [TrackerRoles.Editor]), Cancel);

        Assert.Equal(["Password"], result.Errors.Keys);
    }

    [Theory]
    [InlineData("ceasefire tracker")]
    [InlineData("Ceasefire-Tracker-2026!")]
    [InlineData("weak.person@example.org")]
    public async Task The_apps_own_words_and_the_users_address_are_refused(string password)
    {
        var admin = await AdminAsync();

        var result = await Service.CreateAsync(admin, new NewAccount("weak.person@example.org", "Weak Person", password, [TrackerRoles.Editor]), Cancel);

        Assert.Equal(["Password"], result.Errors.Keys);
    }

    [Theory]
    [InlineData("marmalade ferry tundra sketch")]
    [InlineData("8302948571920374")]
    [InlineData("Зелена трава біля річки")]
    public async Task A_long_uncommon_password_of_any_composition_is_accepted(string password)
    {
        var admin = await AdminAsync();

        var result = await Service.CreateAsync(admin, new NewAccount("strong@example.org", "Strong", password, [TrackerRoles.Editor]), Cancel);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.SelectMany(e => e.Value)));
    }

    [Fact]
    public async Task A_weak_password_and_a_taken_email_come_back_as_field_errors()
    {
        var admin = await AdminAsync();
        await Service.CreateAsync(admin, new NewAccount("taken@example.org", "First", "Long-enough-2026", [TrackerRoles.Editor]), Cancel);

        var weak = await Service.CreateAsync(admin, new NewAccount("new@example.org", "New", "short", [TrackerRoles.Editor]), Cancel);
        var taken = await Service.CreateAsync(admin, new NewAccount("taken@example.org", "Second", "Long-enough-2026", [TrackerRoles.Editor]), Cancel);
        var blank = await Service.CreateAsync(admin, new NewAccount("not an address", " ", "Long-enough-2026", []), Cancel);
        // A right-to-left override would make the name read backwards in the history.
        var spoofing = await Service.CreateAsync(admin, new NewAccount("spoof@example.org", "Olena\u202Eadmin", "Long-enough-2026", [TrackerRoles.Editor]), Cancel);

        Assert.Equal(["Password"], weak.Errors.Keys);
        Assert.Contains(weak.Errors["Password"], m => m.Contains("15 characters", StringComparison.Ordinal));
        Assert.Equal(["Email"], taken.Errors.Keys);
        Assert.Equal(["DisplayName", "Email", "Roles"], blank.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["DisplayName"], spoofing.Errors.Keys);
        await using var db = Database.CreateContext();
        Assert.Equal(3, await db.Users.CountAsync(Cancel));
    }

    [Fact]
    public async Task Disabling_changes_the_security_stamp_that_open_sessions_carry_and_roles_change_in_place()
    {
        var admin = await AdminAsync();
        var editorId = await UserIdAsync(TestAccounts.EditorEmail);
        var before = await StampAsync(editorId);

        Assert.True((await Service.SetRolesAsync(admin, editorId, [TrackerRoles.Admin, TrackerRoles.Editor], Cancel)).Succeeded);
        var afterRoles = await StampAsync(editorId);
        Assert.True((await Service.SetDisabledAsync(admin, editorId, true, Cancel)).Succeeded);
        var afterDisable = await StampAsync(editorId);

        // A role change keeps the user signed in (their roles are re-read at each request); disabling ends sessions.
        Assert.NotEqual(afterRoles, afterDisable);
        Assert.NotEqual(before, afterDisable);
        var editor = (await Service.ListAsync(admin, Cancel)).Single(a => a.Id == editorId);
        Assert.Equal([TrackerRoles.Admin, TrackerRoles.Editor], editor.Roles);
        Assert.True(editor.IsDisabled);
    }

    [Fact]
    public async Task An_admin_cannot_disable_or_demote_themselves()
    {
        var admin = await AdminAsync();

        var disable = await Service.SetDisabledAsync(admin, admin.UserId, true, Cancel);
        var demote = await Service.SetRolesAsync(admin, admin.UserId, [TrackerRoles.Editor], Cancel);

        Assert.False(disable.Succeeded);
        Assert.Equal(["Roles"], demote.Errors.Keys);
    }

    [Fact]
    public async Task An_editor_session_cannot_manage_accounts()
    {
        await TestAccounts.EnsureDevelopmentAccountsAsync(app.Services);
        var editorId = await UserIdAsync(TestAccounts.EditorEmail);
        var editor = new EditorSession(editorId, "Demo Editor", isAdmin: false);

        await Assert.ThrowsAsync<EditorAccessDeniedException>(() => Service.ListAsync(editor, Cancel));
        await Assert.ThrowsAsync<EditorAccessDeniedException>(() => Service.CreateAsync(editor, new NewAccount("x@example.org", "X", "Long-enough-2026", [TrackerRoles.Admin]), Cancel));
        await Assert.ThrowsAsync<EditorAccessDeniedException>(() => Service.SetRolesAsync(editor, editorId, [TrackerRoles.Admin], Cancel));
        await Assert.ThrowsAsync<EditorAccessDeniedException>(() => Service.SetDisabledAsync(editor, editorId, false, Cancel));
    }

    /// <summary>The demo accounts, and the admin's session as <see cref="EditorGuard"/> would make it.</summary>
    private async Task<EditorSession> AdminAsync()
    {
        await TestAccounts.EnsureDevelopmentAccountsAsync(app.Services);
        return new EditorSession(await UserIdAsync(TestAccounts.AdminEmail), "Demo Admin", isAdmin: true);
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var db = Database.CreateContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Cancel);
    }

    private async Task<string?> StampAsync(string userId)
    {
        await using var db = Database.CreateContext();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync(Cancel);
    }
}
