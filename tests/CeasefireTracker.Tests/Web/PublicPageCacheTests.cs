using System.Net;
using AngleSharp.Html.Parser;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Admin.Actors;
using CeasefireTracker.Web.Features.Admin.Events;
using CeasefireTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CeasefireTracker.Tests.Web;

/// <summary>The output cache of the public pages, with the cache on as in production.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class PublicPageCacheTests(TestDatabase database) : DemoSiteTest(database)
{
    private TrackerAppFactory cached = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        cached = new TrackerAppFactory(Database.ConnectionString, pageCache: true);
    }

    public override async ValueTask DisposeAsync()
    {
        if (cached is not null) await cached.DisposeAsync();
        await base.DisposeAsync();
    }

    [Theory]
    [InlineData("/timeline")]
    [InlineData("/timeline?actor=steve-witkoff&kind=talks")]
    [InlineData("/events/witkoff-putin-talks-saint-petersburg-2025-04")]
    [InlineData("/claims")]
    [InlineData("/api/events")]
    public async Task A_second_anonymous_view_is_served_from_the_cache_without_a_query(string path)
    {
        using var client = cached.CreateClient();
        (await client.GetAsync(new Uri(path, UriKind.Relative), Cancel)).EnsureSuccessStatusCode();
        cached.Queries.Reset();

        (await client.GetAsync(new Uri(path, UriKind.Relative), Cancel)).EnsureSuccessStatusCode();

        Assert.Equal(0, cached.Queries.Count);
    }

    [Fact]
    public async Task Each_query_string_is_a_page_of_its_own()
    {
        using var client = cached.CreateClient();
        var witkoff = await client.GetStringAsync(new Uri("/timeline?actor=steve-witkoff", UriKind.Relative), Cancel);
        var putin = await client.GetStringAsync(new Uri("/timeline?actor=vladimir-putin", UriKind.Relative), Cancel);

        Assert.Contains("Timeline: Steve Witkoff", witkoff, StringComparison.Ordinal);
        Assert.Contains("Timeline: Vladimir Putin", putin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cached_page_shows_a_new_event_once_the_cache_is_evicted()
    {
        using var client = cached.CreateClient();
        var before = await client.GetStringAsync(new Uri("/timeline", UriKind.Relative), Cancel);
        await AddEventAsync(TestData.Talks("late-breaking-talks", new DateOnly(2025, 4, 30)));

        var stale = await client.GetStringAsync(new Uri("/timeline", UriKind.Relative), Cancel);
        await cached.Services.GetRequiredService<PublicPageCache>().ContentChangedAsync(Cancel);
        var fresh = await client.GetStringAsync(new Uri("/timeline", UriKind.Relative), Cancel);

        Assert.DoesNotContain("Talks late-breaking-talks", before, StringComparison.Ordinal);
        Assert.Equal(before, stale);
        Assert.Contains("Talks late-breaking-talks", fresh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_archiving_an_event_takes_it_off_the_cached_pages_at_once()
    {
        const string slug = "witkoff-putin-talks-saint-petersburg-2025-04";
        using var client = cached.CreateClient();
        Assert.Contains(slug, await client.GetStringAsync(new Uri("/timeline", UriKind.Relative), Cancel), StringComparison.Ordinal);

        await using (var scope = cached.Services.CreateAsyncScope())
        {
            var editor = scope.ServiceProvider.GetRequiredService<EventEditorService>();
            var id = await IdOfAsync(slug);
            var loaded = (await editor.LoadAsync(new EditorSession("user-1", "Editor", isAdmin: false), id, Cancel))!;
            var archived = await editor.SaveAsync(new EditorSession("user-1", "Editor", isAdmin: false), id, loaded.Version, loaded.Draft,
                EventStatus.Archived, "Duplicate of another report", Cancel);
            Assert.True(archived.Succeeded);
        }

        Assert.DoesNotContain(slug, await client.GetStringAsync(new Uri("/timeline", UriKind.Relative), Cancel), StringComparison.Ordinal);
        using var page = await client.GetAsync(new Uri($"/events/{slug}", UriKind.Relative), Cancel);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task Signed_in_and_anonymous_views_never_share_a_cached_page()
    {
        using var anonymous = cached.CreateClient();
        using var first = await anonymous.GetAsync(new Uri("/timeline", UriKind.Relative), Cancel);
        Assert.False(first.Headers.Contains("Set-Cookie"));
        await TestAccounts.CreateAsync(cached.Services, "editor@example.org", TrackerRoles.Editor);

        using var editor = await TestAccounts.SignedInClientAsync(cached, "editor@example.org");
        var editorsView = await editor.GetStringAsync(new Uri("/timeline", UriKind.Relative), Cancel);
        var readersView = await anonymous.GetStringAsync(new Uri("/timeline", UriKind.Relative), Cancel);

        Assert.Contains("/account/sign-out", editorsView, StringComparison.Ordinal);
        Assert.DoesNotContain("/account/sign-out", readersView, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cache_keeps_the_case_of_the_path_as_the_pages_read_it()
    {
        // /search without a query opens the search form; /SEARCH reaches the same page but is the timeline. An entry
        // keyed by the upper-cased path served the timeline to the next reader of /search (issue 12, finding 5).
        using var client = cached.CreateClient();
        var upper = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/SEARCH", UriKind.Relative), Cancel));
        var lower = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/search", UriKind.Relative), Cancel));

        Assert.False(upper.QuerySelector("details.filters__panel")!.HasAttribute("open"));
        Assert.True(lower.QuerySelector("details.filters__panel")!.HasAttribute("open"), "/search was served the cached /SEARCH");
    }

    // An actor added from a picker is not public until one of its events is (issue 11), so it changes no page by itself.
    public static TheoryData<string> EditorWrites => ["actor renamed", "actors merged"];

    /// <summary>
    /// Each of the editors' write paths, resolved from the app as its page resolves it, changes a cached page at once,
    /// with no eviction call of its own: the app's interceptor (ContentChanges) sees every committed write.
    /// </summary>
    [Theory]
    [MemberData(nameof(EditorWrites))]
    public async Task Every_write_of_the_editors_reaches_the_cached_pages(string write)
    {
        var editor = new EditorSession("user-1", "Editor", isAdmin: false);
        using var client = cached.CreateClient();
        var witkoff = await ActorIdAsync("steve-witkoff");
        const string page = "/actors/steve-witkoff";
        var before = await client.GetStringAsync(new Uri(page, UriKind.Relative), Cancel);

        await using (var scope = cached.Services.CreateAsyncScope())
        {
            switch (write)
            {
                case "actor renamed":
                    var actors = scope.ServiceProvider.GetRequiredService<ActorAdminService>();
                    var input = (await actors.GetForEditAsync(editor, witkoff, Cancel))!;
                    input.Name = "Steve Witkoff (renamed in a test)";
                    Assert.True((await actors.UpdateAsync(editor, witkoff, input, Cancel)).Succeeded);
                    break;
                default:
                    // The editor saw Steve Witkoff offered as a near match and added the duplicate all the same.
                    var duplicate = await scope.ServiceProvider.GetRequiredService<ActorPickerService>().CreateAsync(
                        editor, new ActorInput { Name = "Steven C. Witkoff", Kind = ActorKind.Person }, [witkoff], Cancel);
                    Assert.True((await scope.ServiceProvider.GetRequiredService<ActorAdminService>().MergeAsync(editor, duplicate.Actor!.Id, witkoff, Cancel)).Succeeded);
                    break;
            }
        }

        var after = await client.GetStringAsync(new Uri(page, UriKind.Relative), Cancel);
        var expected = write switch
        {
            "actor renamed" => "Steve Witkoff (renamed in a test)",
            _ => "Steven C. Witkoff",
        };
        Assert.DoesNotContain(expected, before, StringComparison.Ordinal);
        Assert.Contains(expected, after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failed_sign_ins_write_to_the_accounts_but_leave_the_cached_pages_alone()
    {
        await TestAccounts.CreateAsync(cached.Services, "editor@example.org", TrackerRoles.Editor);
        using var reader = cached.CreateClient();
        (await reader.GetAsync(new Uri("/timeline", UriKind.Relative), Cancel)).Dispose();
        var version = await cached.Services.GetRequiredService<ContentVersion>().CurrentAsync(Cancel);

        using var attacker = TestAccounts.Client(cached);
        for (var i = 0; i < 3; i++)
        {
            (await TestAccounts.PostSignInAsync(attacker, "editor@example.org", "not-the-password")).Dispose();
        }

        cached.Queries.Reset();
        (await reader.GetAsync(new Uri("/timeline", UriKind.Relative), Cancel)).Dispose();
        Assert.Equal(version, await cached.Services.GetRequiredService<ContentVersion>().CurrentAsync(Cancel));
        Assert.Equal(0, cached.Queries.Count);
    }

    [Fact]
    public async Task A_CSV_export_is_never_stored_in_the_cache()
    {
        using var client = cached.CreateClient();
        (await client.GetAsync(new Uri("/timeline.csv", UriKind.Relative), Cancel)).EnsureSuccessStatusCode();
        cached.Queries.Reset();

        using var again = await client.GetAsync(new Uri("/timeline.csv", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(cached.Queries.Count > 0);
    }

    private async Task<int> ActorIdAsync(string slug)
    {
        await using var db = Database.CreateContext();
        return await db.Actors.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync(Cancel);
    }

    private async Task<long> IdOfAsync(string slug)
    {
        await using var db = Database.CreateContext();
        return await db.Events.Where(e => e.Slug == slug).Select(e => e.Id).SingleAsync(Cancel);
    }

    [Fact]
    public async Task The_cache_is_off_where_tests_count_queries()
    {
        (await GetAsync("/timeline")).Dispose();
        App.Queries.Reset();
        (await GetAsync("/timeline")).Dispose();

        Assert.InRange(App.Queries.Count, 1, 12);
    }
}
