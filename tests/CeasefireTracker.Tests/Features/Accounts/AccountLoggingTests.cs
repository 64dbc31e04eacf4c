using System.Security.Claims;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Features.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace CeasefireTracker.Tests.Features.Accounts;

/// <summary>Who signed in, who failed, who was refused and who changed what: each is in the log with the user.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class AccountLoggingTests(TestDatabase database) : DatabaseTest(database)
{
    private TrackerAppFactory app = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        app = new TrackerAppFactory(Database.ConnectionString);
    }

    public override async ValueTask DisposeAsync()
    {
        // Disposing also searches the logs for every password typed here (TrackerAppFactory.DisposeAsync).
        await app.DisposeAsync();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task Sign_in_failed_sign_in_and_sign_out_are_logged_with_the_account()
    {
        await TestAccounts.CreateAsync(app.Services, "olena@example.org", TrackerRoles.Editor);
        using var client = TestAccounts.Client(app);

        (await TestAccounts.PostSignInAsync(client, "olena@example.org", "Not-her-password-1")).Dispose();
        (await TestAccounts.PostSignInAsync(client, "olena@example.org", TestAccounts.Password)).Dispose();
        var token = await TestAccounts.AntiforgeryTokenAsync(client, "/timeline");
        (await client.PostAsync(new Uri("/account/sign-out", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }),
            TestContext.Current.CancellationToken)).Dispose();

        Assert.True(app.Logs.Contains("Failed sign-in for \"olena@example.org\""), Dump());
        Assert.True(app.Logs.Contains("Sign-in of \"olena@example.org\""), Dump());
        Assert.True(app.Logs.Contains("Sign-out of \"olena@example.org\""), Dump());
    }

    [Fact]
    public async Task A_refused_admin_action_and_an_admin_write_are_logged_with_the_user()
    {
        var admin = await TestAccounts.CreateAsync(app.Services, "admin@example.org", TrackerRoles.Admin);
        var editor = await TestAccounts.CreateAsync(app.Services, "editor@example.org", TrackerRoles.Editor);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var guard = scope.ServiceProvider.GetRequiredService<EditorGuard>();
            await Assert.ThrowsAsync<EditorAccessDeniedException>(() => guard.RequireAdminAsync(Principal(editor), TestContext.Current.CancellationToken));
            var session = await guard.RequireAdminAsync(Principal(admin), TestContext.Current.CancellationToken);
            var created = await scope.ServiceProvider.GetRequiredService<AccountAdminService>().CreateAsync(
                session, new NewAccount("new@example.org", "New Editor", "Brand-new-pass-1", [TrackerRoles.Editor]), TestContext.Current.CancellationToken);
            Assert.True(created.Succeeded);
        }

        Assert.True(app.Logs.Contains($"Authorisation denied: user \"{editor.Id}\" lacks \"{TrackerPolicies.Administer}\""), Dump());
        Assert.True(app.Logs.Contains($"Admin \"{admin.Id}\" created account"), Dump());
        Assert.False(app.Logs.Contains("Brand-new-pass-1"));
    }

    private static ClaimsPrincipal Principal(TrackerUser user) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id)], "test"));

    private string Dump() => string.Join("\n", app.Logs.Lines);
}
