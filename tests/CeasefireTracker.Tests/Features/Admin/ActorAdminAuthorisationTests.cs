using System.Net;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Admin.Actors;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using CeasefireTracker.Tests.Web;

namespace CeasefireTracker.Tests.Features.Admin;

/// <summary>Who may open the actor and user admin pages, signed in through the real form; and the merged actor's redirect.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class ActorAdminAuthorisationTests(TestDatabase database) : DemoSiteTest(database)
{
    public static readonly TheoryData<string> ActorPages = ["/admin/actors", "/admin/actors?q=putin&kind=person", "/admin/actors/new", "/admin/actors/{id}/edit", "/admin/actors/{id}/merge"];

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await TestAccounts.EnsureDevelopmentAccountsAsync(App.Services);
    }

    [Theory]
    [MemberData(nameof(ActorPages))]
    [InlineData("/admin/users")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string path)
    {
        using var client = Client();

        using var response = await client.GetAsync(await ActorPathAsync(path), Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in?ReturnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ActorPages))]
    public async Task Editors_open_the_actor_pages(string path)
    {
        using var client = Client();
        await TestAccounts.SignInAsync(client, TestAccounts.EditorEmail, TestAccounts.EditorPassword);

        using var response = await client.GetAsync(await ActorPathAsync(path), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Editors_are_refused_the_users_page()
    {
        using var client = Client();
        await TestAccounts.SignInAsync(client, TestAccounts.EditorEmail, TestAccounts.EditorPassword);

        using var response = await client.GetAsync(new Uri("/admin/users", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disabled_account_loses_its_open_session_at_the_next_request()
    {
        using var client = Client();
        await TestAccounts.SignInAsync(client, TestAccounts.EditorEmail, TestAccounts.EditorPassword);
        using (var before = await client.GetAsync(new Uri("/admin/actors", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await using (var scope = App.Services.CreateAsyncScope())
        {
            await using var db = Database.CreateContext();
            var ids = await db.Users.ToDictionaryAsync(u => u.Email!, u => u.Id, Cancel);
            var admin = new EditorSession(ids[TestAccounts.AdminEmail], "Demo Admin", isAdmin: true);
            Assert.True((await scope.ServiceProvider.GetRequiredService<AccountAdminService>().SetDisabledAsync(admin, ids[TestAccounts.EditorEmail], true, Cancel)).Succeeded);
        }

        using var after = await client.GetAsync(new Uri("/admin/actors", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/sign-in", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_old_address_of_a_merged_actor_answers_301_to_the_survivor()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await using var db = Database.CreateContext();
            var ids = await db.Actors.Where(a => a.Slug == "kremlin" || a.Slug == "russia").ToDictionaryAsync(a => a.Slug, a => a.Id, Cancel);
            var editor = new EditorSession("editor-id", "Demo Editor", isAdmin: false);
            var merged = await scope.ServiceProvider.GetRequiredService<ActorAdminService>().MergeAsync(editor, ids["kremlin"], ids["russia"], Cancel);
            Assert.True(merged.Succeeded, merged.Error);
        }

        using var client = Client();
        using var response = await client.GetAsync(new Uri("/actors/kremlin", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/actors/russia", response.Headers.Location!.OriginalString);
        await GetPageAsync("/actors/no-such-actor", HttpStatusCode.NotFound);
    }

    /// <summary>The path with {id} replaced by a demo actor's id (ids are not reset between tests).</summary>
    private async Task<Uri> ActorPathAsync(string path)
    {
        await using var db = Database.CreateContext();
        var id = await db.Actors.Where(a => a.Slug == "steve-witkoff").Select(a => a.Id).SingleAsync(Cancel);
        return new Uri(path.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), UriKind.Relative);
    }

    private HttpClient Client() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
