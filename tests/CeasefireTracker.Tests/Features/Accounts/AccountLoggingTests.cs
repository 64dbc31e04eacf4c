using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Features.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace CeasefireTracker.Tests.Features.Accounts;

/// <summary>Who signed in, who failed, who was refused and who changed what: each is in the log with the user.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class AccountLoggingTests(TestDatabase database) : HostedAppTest(database)
{
    [Fact]
    public async Task Sign_in_failed_sign_in_and_sign_out_are_logged_with_the_account()
    {
        var olena = await TestAccounts.CreateAsync(App.Services, "olena@example.org", TrackerRoles.Editor);
        using var client = TestAccounts.Client(App);

        (await TestAccounts.PostSignInAsync(client, "olena@example.org", "Not-her-password-1")).Dispose();
        (await TestAccounts.PostSignInAsync(client, "olena@example.org", TestAccounts.Password)).Dispose();
        var token = await TestAccounts.AntiforgeryTokenAsync(client, "/timeline");
        (await client.PostAsync(new Uri("/account/sign-out", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }),
            Cancel)).Dispose();

        // A failed attempt names the account by id, never by what was typed into the e-mail box.
        Assert.True(App.Logs.Contains($"Failed sign-in for \"{olena.Id}\""), Dump());
        Assert.True(App.Logs.Contains("Sign-in of \"olena@example.org\""), Dump());
        Assert.True(App.Logs.Contains("Sign-out of \"olena@example.org\""), Dump());
    }

    [Fact]
    public async Task A_refused_admin_action_and_an_admin_write_are_logged_with_the_user()
    {
        var admin = await TestAccounts.CreateAsync(App.Services, "admin@example.org", TrackerRoles.Admin);
        var editor = await TestAccounts.CreateAsync(App.Services, "editor@example.org", TrackerRoles.Editor);

        var editorPrincipal = await TestAccounts.PrincipalAsync(App.Services, editor);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var guard = scope.ServiceProvider.GetRequiredService<EditorGuard>();
            await Assert.ThrowsAsync<EditorAccessDeniedException>(() => guard.RequireAdminAsync(editorPrincipal, Cancel));
            var session = await guard.RequireAdminAsync(await TestAccounts.PrincipalAsync(App.Services, admin), Cancel);
            var created = await scope.ServiceProvider.GetRequiredService<AccountAdminService>().CreateAsync(
                session, new NewAccount("new@example.org", "New Editor", "Brand-new-pass-1", [TrackerRoles.Editor]), Cancel);
            Assert.True(created.Succeeded);
        }

        Assert.True(App.Logs.Contains($"Authorisation denied: user \"{editor.Id}\" lacks \"{TrackerPolicies.Administer}\""), Dump());
        Assert.True(App.Logs.Contains($"Admin \"{admin.Id}\" created account"), Dump());
        Assert.False(App.Logs.Contains("Brand-new-pass-1"));
    }

    private string Dump() => string.Join("\n", App.Logs.Lines);
}
