using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Infrastructure;
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
        await cached.Services.GetRequiredService<PublicPageCache>().EvictAsync(Cancel);
        var fresh = await client.GetStringAsync(new Uri("/timeline", UriKind.Relative), Cancel);

        Assert.DoesNotContain("Talks late-breaking-talks", before, StringComparison.Ordinal);
        Assert.Equal(before, stale);
        Assert.Contains("Talks late-breaking-talks", fresh, StringComparison.Ordinal);
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
