using System.Security.Claims;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CeasefireTracker.Tests.Features.Accounts;

[Collection(DatabaseCollection.Name)]
public sealed class EditorGuardTests(TestDatabase database) : HostedAppTest(database)
{
    [Fact]
    public async Task An_admin_may_edit_and_administer()
    {
        var admin = await TestAccounts.CreateAsync(App.Services, "admin@example.org", TrackerRoles.Admin);

        var session = await RequireAsync(admin, administer: true);

        Assert.True(session.IsAdmin);
        Assert.Equal(admin.Id, session.UserId);
        Assert.Equal("admin", session.DisplayName);
        Assert.True((await RequireAsync(admin, administer: false)).IsAdmin);
    }

    [Fact]
    public async Task An_editor_may_edit_but_not_administer()
    {
        var editor = await TestAccounts.CreateAsync(App.Services, "editor@example.org", TrackerRoles.Editor);

        Assert.False((await RequireAsync(editor, administer: false)).IsAdmin);
        var denied = await Assert.ThrowsAsync<EditorAccessDeniedException>(() => RequireAsync(editor, administer: true));
        Assert.Equal("Only admins may do this.", denied.Message);
    }

    [Fact]
    public async Task A_role_taken_away_counts_at_the_next_action_although_the_session_still_carries_it()
    {
        var editor = await TestAccounts.CreateAsync(App.Services, "editor@example.org", TrackerRoles.Editor);
        var session = await TestAccounts.PrincipalAsync(App.Services, editor);
        await WithUsersAsync(async users => await users.RemoveFromRoleAsync((await users.FindByIdAsync(editor.Id))!, TrackerRoles.Editor));

        var denied = await Assert.ThrowsAsync<EditorAccessDeniedException>(() => RequireAsync(session, administer: false));
        Assert.Contains("may no longer edit", denied.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disabled_account_is_refused_at_its_next_action()
    {
        var editor = await TestAccounts.CreateAsync(App.Services, "editor@example.org", TrackerRoles.Editor);
        var session = await TestAccounts.PrincipalAsync(App.Services, editor);
        await WithUsersAsync(async users =>
        {
            var stored = (await users.FindByIdAsync(editor.Id))!;
            stored.DisabledAt = DateTimeOffset.UtcNow;
            return await users.UpdateAsync(stored);
        });

        var denied = await Assert.ThrowsAsync<EditorAccessDeniedException>(() => RequireAsync(session, administer: false));
        Assert.Contains("disabled", denied.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_from_before_a_sign_out_elsewhere_is_refused_at_its_next_action()
    {
        var editor = await TestAccounts.CreateAsync(App.Services, "editor@example.org", TrackerRoles.Editor);
        var session = await TestAccounts.PrincipalAsync(App.Services, editor);
        // What signing out (or a password change, or disabling) does: a new security stamp.
        await WithUsersAsync(async users => await users.UpdateSecurityStampAsync((await users.FindByIdAsync(editor.Id))!));

        var denied = await Assert.ThrowsAsync<EditorAccessDeniedException>(() => RequireAsync(session, administer: false));
        Assert.Contains("sign in again", denied.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_past_its_cookies_expiry_is_refused()
    {
        var editor = await TestAccounts.CreateAsync(App.Services, "editor@example.org", TrackerRoles.Editor);
        var expired = await TestAccounts.PrincipalAsync(App.Services, editor, expires: DateTimeOffset.UtcNow.AddSeconds(-1));
        var withoutExpiry = new ClaimsPrincipal(new ClaimsIdentity(expired.Claims.Where(c => c.Type != SessionExpiry.ClaimType), "test"));
        var withoutStamp = new ClaimsPrincipal(new ClaimsIdentity(
            (await TestAccounts.PrincipalAsync(App.Services, editor)).Claims.Where(c => c.Type != "AspNet.Identity.SecurityStamp"), "test"));

        Assert.Contains("expired", (await Assert.ThrowsAsync<EditorAccessDeniedException>(() => RequireAsync(expired, administer: false))).Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<EditorAccessDeniedException>(() => RequireAsync(withoutExpiry, administer: false));
        await Assert.ThrowsAsync<EditorAccessDeniedException>(() => RequireAsync(withoutStamp, administer: false));
    }

    [Fact]
    public async Task An_anonymous_visitor_is_asked_to_sign_in()
    {
        var denied = await Assert.ThrowsAsync<EditorAccessDeniedException>(() => RequireAsync(new ClaimsPrincipal(new ClaimsIdentity()), administer: false));
        Assert.Equal("Please sign in first.", denied.Message);
    }

    private async Task<EditorSession> RequireAsync(TrackerUser user, bool administer) =>
        await RequireAsync(await TestAccounts.PrincipalAsync(App.Services, user), administer);

    private async Task<EditorSession> RequireAsync(ClaimsPrincipal principal, bool administer)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var guard = scope.ServiceProvider.GetRequiredService<EditorGuard>();
        return administer ? await guard.RequireAdminAsync(principal) : await guard.RequireEditorAsync(principal);
    }

    private async Task WithUsersAsync(Func<UserManager<TrackerUser>, Task<IdentityResult>> change)
    {
        await using var scope = App.Services.CreateAsyncScope();
        Assert.True((await change(scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>())).Succeeded);
    }
}
