using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Features.Feeds;
using Microsoft.EntityFrameworkCore;
using CeasefireTracker.Tests.Web;

namespace CeasefireTracker.Tests.Features.Feeds;

/// <summary><c>/feed.atom</c>, loaded with System.ServiceModel.Syndication as a feed reader would load it.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class TimelineFeedTests(TestDatabase database) : DemoSiteTest(database)
{
    [Fact]
    public async Task The_feed_of_an_actor_holds_their_events_as_atom_entries()
    {
        using var response = await GetAsync("/feed.atom?actor=steve-witkoff");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = await LoadAsync(response);

        Assert.Equal(await PublishedSlugsAsync("steve-witkoff"), feed.Items.Select(SlugOf));
        Assert.Contains("Steve Witkoff", feed.Title.Text, StringComparison.Ordinal);
        Assert.Equal("http://localhost/feed.atom?actor=steve-witkoff", feed.Links.Single(l => l.RelationshipType == "self").Uri.ToString());
        Assert.Equal("http://localhost/timeline?actor=steve-witkoff", feed.Links.Single(l => l.RelationshipType == "alternate").Uri.ToString());
        Assert.All(feed.Items, item =>
        {
            Assert.StartsWith("tag:localhost,2025:event:", item.Id, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(item.Title.Text));
            Assert.Contains(item.Categories, c => c.Name == "steve-witkoff" && c.Label == "Steve Witkoff");
        });
        Assert.Equal(feed.Items.Count(), feed.Items.Select(i => i.Id).Distinct().Count());

        var talks = Assert.Single(feed.Items, i => SlugOf(i) == "witkoff-putin-talks-saint-petersburg-2025-04");
        Assert.Contains(talks.Categories, c => c.Name == "talks" && c.Label == "Talks");
        Assert.Contains(talks.Categories, c => c.Name == "vladimir-putin");
        Assert.Contains("Saint Petersburg", talks.Summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_is_updated_when_its_event_was()
    {
        DateTimeOffset changedAt;
        await using (var db = Database.CreateContext())
        {
            var talks = await db.Talks.SingleAsync(t => t.Slug == "witkoff-putin-talks-saint-petersburg-2025-04", Cancel);
            // Whole seconds, as Atom writes them, and after the event was created, as the schema demands.
            changedAt = new DateTimeOffset(talks.CreatedAt.UtcDateTime.Date.AddDays(3).AddHours(9.5), TimeSpan.Zero);
            talks.UpdatedAt = changedAt;
            await db.SaveChangesAsync(Cancel);
        }

        using var response = await GetAsync("/feed.atom?kind=talks");
        var feed = await LoadAsync(response);

        var entry = Assert.Single(feed.Items, i => SlugOf(i) == "witkoff-putin-talks-saint-petersburg-2025-04");
        Assert.Equal(changedAt, entry.LastUpdatedTime);
        Assert.Equal(feed.Items.Max(i => i.LastUpdatedTime), feed.LastUpdatedTime);
    }

    [Fact]
    public async Task The_feed_holds_the_newest_fifty_events()
    {
        await AddBusyEventsAsync(40);

        using var response = await GetAsync("/feed.atom");
        var feed = await LoadAsync(response);

        Assert.Equal((await PublishedSlugsAsync()).Take(TimelineFeed.EntryCount), feed.Items.Select(SlugOf));
    }

    [Fact]
    public async Task An_unknown_actor_is_refused_rather_than_answered_with_every_event()
    {
        using var response = await GetAsync("/feed.atom?actor=no-such-actor", HttpStatusCode.BadRequest);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    private static async Task<SyndicationFeed> LoadAsync(HttpResponseMessage response)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(Cancel);
        using var xml = XmlReader.Create(stream);
        return SyndicationFeed.Load(xml);
    }

    private static string SlugOf(SyndicationItem item) =>
        item.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsolutePath["/events/".Length..];
}
