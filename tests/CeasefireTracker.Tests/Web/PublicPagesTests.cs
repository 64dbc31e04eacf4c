using System.Net;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Features.DemoData;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Tests.Web;

/// <summary>The public pages over HTTP, as a reader without JavaScript gets them.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class PublicPagesTests(TestDatabase database) : DemoSiteTest(database)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/timeline")]
    public async Task The_timeline_lists_published_events_grouped_by_month(string path)
    {
        var page = await GetPageAsync(path, HttpStatusCode.OK);

        Assert.Contains(page.QuerySelectorAll("h2.month__heading"), h => h.TextContent == "April 2025");
        Assert.True(page.QuerySelectorAll("li.timeline-item").Length >= 15);
        Assert.Contains(page.QuerySelectorAll(".timeline-item__title a"), a => a.TextContent.Contains("Saint Petersburg", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll(".notice"));
    }

    [Fact]
    public async Task A_filtered_timeline_is_a_link()
    {
        var page = await GetPageAsync("/timeline?actor=steve-witkoff&kind=talks&from=2025-02-01&to=2025-04-30", HttpStatusCode.OK);

        var items = page.QuerySelectorAll("li.timeline-item");
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Contains("kind-talks", i.ClassList));
        Assert.All(items, i => Assert.Contains(i.QuerySelectorAll(".actor-list a"), a => a.TextContent == "Steve Witkoff"));
        Assert.Equal("Timeline: Steve Witkoff", page.QuerySelector("h1")!.TextContent);
        Assert.True(page.QuerySelector("#filter-kind-talks")!.HasAttribute("checked"));
        Assert.Equal("2025-02-01", page.QuerySelector("#filter-from")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("/timeline?actor=no-such-actor", "no-such-actor")]
    [InlineData("/timeline?kind=battles", "battles")]
    [InlineData("/timeline?from=2025-13-45", "2025-13-45")]
    [InlineData("/timeline?from=2025-05-01&to=2025-01-01", "after the end date")]
    [InlineData("/timeline?after=not-a-position", "page position")]
    [InlineData("/timeline?from=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "<script>alert(1)</script>")]
    public async Task Bad_filter_values_give_the_page_with_a_notice(string path, string mentioned)
    {
        var page = await GetPageAsync(path, HttpStatusCode.OK);

        var notice = page.QuerySelector(".notice[role=status]");
        Assert.NotNull(notice);
        Assert.Contains(mentioned, notice.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("li.timeline-item"));
        // Echoed values are text, never markup.
        Assert.Empty(page.QuerySelectorAll(".notice script"));
    }

    [Fact]
    public async Task The_next_page_link_continues_the_timeline()
    {
        var page = await GetPageAsync("/timeline", HttpStatusCode.OK);
        var firstPageSlugs = page.QuerySelectorAll(".timeline-item__title a").Select(a => a.GetAttribute("href")).ToList();
        var next = page.QuerySelector("a[rel=next]");

        // The demo data fits on one page; the link appears only when there is more.
        Assert.Equal(firstPageSlugs.Count > 50, next is not null);
        Assert.Equal(firstPageSlugs.Count, firstPageSlugs.Distinct().Count());
    }

    [Fact]
    public async Task An_event_page_shows_participants_details_and_sources()
    {
        var timeline = await GetPageAsync("/timeline?actor=steve-witkoff&kind=talks", HttpStatusCode.OK);
        var link = timeline.QuerySelectorAll(".timeline-item__title a").First(a => a.TextContent.Contains("Saint Petersburg", StringComparison.Ordinal));

        var page = await GetPageAsync(link.GetAttribute("href")!, HttpStatusCode.OK);

        Assert.Contains("Saint Petersburg", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll(".actor-list a"), a => a.TextContent == "Vladimir Putin");
        Assert.Contains(page.QuerySelectorAll(".sources a"), a => a.GetAttribute("href") == DemoDataSet.ArticleUrl);
        Assert.Contains(page.QuerySelectorAll(".facts dd"), dd => dd.TextContent.Contains("4 h 30 min", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/events/no-such-event")]
    [InlineData("/events/%3Cscript%3E")]
    [InlineData("/no-such-page")]
    public async Task An_unknown_address_gives_the_not_found_page(string path)
    {
        var page = await GetPageAsync(path, HttpStatusCode.NotFound);

        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("/timeline")]
    [InlineData("/timeline?actor=steve-witkoff&actor=vladimir-putin&kind=talks&kind=statement&from=2025-01-01")]
    [InlineData("/events/witkoff-putin-talks-saint-petersburg-2025-04")]
    [InlineData("/events/claim-chinese-nationals-fighting-for-russia-2025-04")]
    [InlineData("/events/karelina-petrov-prisoner-exchange-2025-04-10")]
    [InlineData("/events/energy-strike-moratorium-2025-03")]
    public async Task A_page_costs_the_same_few_queries_however_much_it_shows(string path)
    {
        var before = await CountQueriesAsync(path);
        await AddBusyDataAsync(40);
        var after = await CountQueriesAsync(path);

        Assert.Equal(before, after);
        Assert.InRange(after, 1, 12);
    }

    [Fact]
    public async Task Health_is_ok_when_the_database_answers()
    {
        using var response = await GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task Health_is_unavailable_when_the_database_does_not_answer()
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        await using var unreachable = new TrackerAppFactory("Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=2");

        using var response = await unreachable.CreateClient().GetAsync(new Uri("/health", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    /// <summary>More events on every page, each with many actors, positions, lines and responses: more rows, not more queries.</summary>
    private async Task AddBusyDataAsync(int count)
    {
        await using var db = Database.CreateContext();
        var actors = await db.Actors.ToListAsync(Cancel);
        var claim = await db.Claims.Include(c => c.Positions).FirstAsync(c => c.Slug == "claim-chinese-nationals-fighting-for-russia-2025-04", Cancel);
        var exchange = await db.PrisonerExchanges.Include(x => x.Lines).FirstAsync(x => x.Slug == "karelina-petrov-prisoner-exchange-2025-04-10", Cancel);
        var moratorium = await db.CeasefireProposals.Include(c => c.Violations).FirstAsync(c => c.Slug == "energy-strike-moratorium-2025-03", Cancel);
        var talks = await db.Talks.FirstAsync(t => t.Slug == "witkoff-putin-talks-saint-petersburg-2025-04", Cancel);
        for (var i = 0; i < count; i++)
        {
            var extra = TestData.Talks($"busy-{i}", new DateOnly(2025, 4, 1).AddDays(i % 20), [.. actors.Take(6)]);
            extra.LinksTo = [new CeasefireTracker.Web.Domain.EventLink { FromEvent = talks }];
            db.Events.Add(extra);
            claim.Positions.Add(new CeasefireTracker.Web.Domain.ClaimPosition { Actor = actors[i % actors.Count], Stance = CeasefireTracker.Web.Domain.ClaimStance.Disputes, StatedOn = new DateOnly(2025, 4, 12) });
            exchange.Lines.Add(new CeasefireTracker.Web.Domain.ExchangeLine { FromActor = actors[0], ToActor = actors[1 + i % (actors.Count - 1)], Category = CeasefireTracker.Web.Domain.DetaineeCategory.PrisonerOfWar, Count = i });
            moratorium.Violations.Add(new CeasefireTracker.Web.Domain.ViolationAllegation { Accuser = actors[0], Accused = actors[1], AllegedOn = new DateOnly(2025, 4, 1), Description = $"Strike {i}" });
        }

        await db.SaveChangesAsync(Cancel);
    }
}
