using System.Net;
using System.Net.Http.Headers;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Tests.Web;

/// <summary>What browsers and CDNs are told: public responses may be kept briefly and revalidated; signed-in ones never.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class HttpCachingTests(TestDatabase database) : DemoSiteTest(database)
{
    private const string Slug = "witkoff-putin-talks-saint-petersburg-2025-04";

    [Theory]
    [InlineData("/timeline")]
    [InlineData("/events/" + Slug)]
    [InlineData("/actors/steve-witkoff")]
    [InlineData("/feed.atom?actor=steve-witkoff")]
    [InlineData("/timeline.csv?actor=russia")]
    [InlineData("/api/events?limit=5")]
    public async Task Public_responses_may_be_kept_briefly_and_are_revalidated_with_a_304(string path)
    {
        using var client = App.CreateClient();
        using var first = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.CacheControl is { Public: true, Private: false, NoStore: false, NoCache: false }, $"Cache-Control: {first.Headers.CacheControl}");
        Assert.Equal(TimeSpan.FromSeconds(10), first.Headers.CacheControl.MaxAge);
        Assert.Equal(TimeSpan.FromSeconds(10), first.Headers.CacheControl.SharedMaxAge);
        Assert.False(first.Headers.Contains("Set-Cookie"));
        var etag = first.Headers.ETag!;
        var modified = first.Content.Headers.LastModified!.Value;
        Assert.True(modified <= DateTimeOffset.UtcNow);

        using var byTag = await SendAsync(client, path, request => request.Headers.IfNoneMatch.Add(etag));
        Assert.Equal(HttpStatusCode.NotModified, byTag.StatusCode);
        Assert.Equal(etag, byTag.Headers.ETag);
        Assert.True(byTag.Headers.CacheControl!.Public);
        Assert.Empty(await byTag.Content.ReadAsByteArrayAsync(Cancel));

        using var byDate = await SendAsync(client, path, request => request.Headers.IfModifiedSince = modified);
        Assert.Equal(HttpStatusCode.NotModified, byDate.StatusCode);

        using var otherTag = await SendAsync(client, path, request => request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"1\"", isWeak: true)));
        Assert.Equal(HttpStatusCode.OK, otherTag.StatusCode);
    }

    [Fact]
    public async Task A_conditional_request_is_answered_before_anything_is_read_from_the_database()
    {
        // The page cache is off in this app: the 304 comes from the validator alone.
        using var client = App.CreateClient();
        using var first = await client.GetAsync(new Uri("/timeline", UriKind.Relative), Cancel);
        App.Queries.Reset();

        using var again = await SendAsync(client, "/timeline", request => request.Headers.IfNoneMatch.Add(first.Headers.ETag!));

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(0, App.Queries.Count);
    }

    [Fact]
    public async Task After_a_write_the_old_validators_get_the_new_page()
    {
        using var client = App.CreateClient();
        using var first = await client.GetAsync(new Uri("/timeline", UriKind.Relative), Cancel);
        Assert.Contains(Slug, await first.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        await using (var db = Database.CreateContext())
        {
            await TestEditor.SaveAsync(App.Services, await db.Events.Where(e => e.Slug == Slug).Select(e => e.Id).SingleAsync(Cancel), EventStatus.Archived);
        }

        using var again = await SendAsync(client, "/timeline", request => request.Headers.IfNoneMatch.Add(first.Headers.ETag!));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.NotEqual(first.Headers.ETag, again.Headers.ETag);
        Assert.DoesNotContain(Slug, await again.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/timeline")]
    [InlineData("/events/" + Slug)]
    [InlineData("/admin")]
    [InlineData("/api/events")]
    public async Task Signed_in_responses_are_private_and_never_stored(string path)
    {
        await TestAccounts.CreateAsync(App.Services, "editor@example.org", TrackerRoles.Editor);
        using var editor = await TestAccounts.SignedInClientAsync(App, "editor@example.org");

        using var response = await editor.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true, Public: false }, $"Cache-Control: {response.Headers.CacheControl}");
        Assert.Null(response.Headers.ETag);
        Assert.Null(response.Content.Headers.LastModified);
    }

    [Fact]
    public async Task Answers_that_are_not_a_page_carry_no_validator()
    {
        using var client = App.CreateClient();
        using var missing = await client.GetAsync(new Uri("/events/no-such-event", UriKind.Relative), Cancel);
        using var problem = await client.GetAsync(new Uri("/api/events?limit=0", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Null(missing.Headers.ETag);
        Assert.Equal(HttpStatusCode.BadRequest, problem.StatusCode);
        Assert.Null(problem.Headers.ETag);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, Action<HttpRequestMessage> conditions)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        conditions(request);
        return await client.SendAsync(request, Cancel);
    }
}
