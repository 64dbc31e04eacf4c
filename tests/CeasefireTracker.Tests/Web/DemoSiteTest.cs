using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.DemoData;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Tests.Web;

/// <summary>
/// The real app over HTTP with the demo data loaded: pages as a reader without JavaScript gets them, parsed, and
/// what a request costs in SQL commands. The base of every test of what the app serves.
/// </summary>
public abstract class DemoSiteTest(TestDatabase database) : HostedAppTest(database)
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Get<DemoDataLoader>().LoadAsync(Cancel);
    }

    protected async Task<HttpResponseMessage> GetAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var client = App.CreateClient();
        var response = await client.GetAsync(new Uri(path, UriKind.RelativeOrAbsolute), Cancel);
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync(Cancel);
            Assert.Fail($"{path}: expected {expected}, got {response.StatusCode}\n{body[..Math.Min(body.Length, 2000)]}");
        }

        return response;
    }

    protected async Task<IHtmlDocument> GetPageAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await GetAsync(path, expected);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(Cancel), Cancel);
    }

    protected async Task<string> GetTextAsync(string path)
    {
        using var response = await GetAsync(path);
        return await response.Content.ReadAsStringAsync(Cancel);
    }

    /// <summary>The SQL commands one request costs, after a warm-up request (first-request work is not the endpoint's).</summary>
    protected async Task<int> CountQueriesAsync(string path)
    {
        (await GetAsync(path)).Dispose();
        App.Queries.Reset();
        (await GetAsync(path)).Dispose();
        return App.Queries.Count;
    }

    /// <summary>The slugs of the published events the database holds for a filter, newest first: what an export must contain.</summary>
    protected async Task<List<string>> PublishedSlugsAsync(string? actorSlug = null, EventKind? kind = null)
    {
        await using var db = Database.CreateContext();
        var events = db.Events.Where(e => e.Status == EventStatus.Published);
        if (actorSlug is not null) events = events.Where(e => e.Participants.Any(p => p.Actor.Slug == actorSlug));
        if (kind is { } k) events = events.Where(e => e.Kind == k);
        return await events.OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.Id).Select(e => e.Slug).ToListAsync(Cancel);
    }

    /// <summary>More events, each with six actors: more rows to export, which must not mean more queries.</summary>
    protected async Task AddBusyEventsAsync(int count)
    {
        await using var db = Database.CreateContext();
        var actors = await db.Actors.OrderBy(a => a.Id).Take(6).ToListAsync(Cancel);
        for (var i = 0; i < count; i++)
        {
            db.Events.Add(TestData.Talks($"busy-{i}", new DateOnly(2025, 4, 1).AddDays(i % 20), [.. actors]));
        }

        await db.SaveChangesAsync(Cancel);
    }

    /// <summary>Adds one published event, changed as the test needs, and returns it.</summary>
    protected async Task<T> AddEventAsync<T>(T ev) where T : Event
    {
        await using var db = Database.CreateContext();
        db.Events.Add(ev);
        await db.SaveChangesAsync(Cancel);
        return ev;
    }
}
