using System.Net;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Features.DemoData;
using CeasefireTracker.Web.Features.Timeline;
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
        // Invented events, enough for three pages and part of a fourth: each link must lead on from where its page ended.
        await AddBusyEventsAsync(2 * TimelineService.DefaultPageSize + 60);
        var published = await PublishedSlugsAsync();

        var followed = new List<string>();
        var pages = 0;
        for (var path = "/timeline"; path is not null && pages <= published.Count / TimelineService.DefaultPageSize + 1; pages++)
        {
            var page = await GetPageAsync(path, HttpStatusCode.OK);
            followed.AddRange(page.QuerySelectorAll(".timeline-item__title a").Select(a => a.GetAttribute("href")!["/events/".Length..]));
            path = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
        }

        Assert.True(pages >= 4, $"only {pages} pages");
        // Every published event once, newest first, and the last page has no next link.
        Assert.Equal(published, followed);
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
    [InlineData("/timeline?kind=talks&kind=statement&from=2025-01-01&to=2025-12-31")]
    [InlineData("/timeline?q=zelenskyy")]
    [InlineData("/timeline?q=ceasefire&actor=steve-witkoff&actor=vladimir-putin&match=all&kind=talks&from=2025-01-01")]
    [InlineData("/search?q=Kremlin&after=2025-04-30.999999")]
    [InlineData("/events/witkoff-putin-talks-saint-petersburg-2025-04")]
    [InlineData("/events/claim-chinese-nationals-fighting-for-russia-2025-04")]
    [InlineData("/events/karelina-petrov-prisoner-exchange-2025-04-10")]
    [InlineData("/events/energy-strike-moratorium-2025-03")]
    [InlineData("/tracks")]
    public async Task A_page_costs_the_same_few_queries_however_much_it_shows(string path)
    {
        var before = await CountQueriesAsync(path);
        await AddBusyDataAsync(40);
        var after = await CountQueriesAsync(path);

        Assert.Equal(before, after);
        Assert.InRange(after, 1, 12);
    }

    [Theory]
    [InlineData("Zelenskyy")]
    [InlineData("Zelenskiy")]
    [InlineData("zelensky")]
    [InlineData("Зеленський")]
    public async Task A_search_for_any_spelling_of_zelensky_shows_his_events_with_him_marked(string q)
    {
        var page = await GetPageAsync($"/timeline?q={Uri.EscapeDataString(q)}", HttpStatusCode.OK);

        var items = page.QuerySelectorAll("li.timeline-item");
        Assert.Contains(items, i => i.QuerySelector(".timeline-item__title")!.TextContent.Contains("Chinese fight for Russia", StringComparison.Ordinal));
        Assert.All(items, i => Assert.Contains(i.QuerySelectorAll(".actor-list mark"), m => m.TextContent == "Volodymyr Zelensky"));
        Assert.Contains("Volodymyr Zelensky", page.QuerySelector(".search-actors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(q, page.QuerySelector("#filter-q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_search_marks_the_words_it_matched_and_keeps_the_other_filters()
    {
        var page = await GetPageAsync("/timeline?q=chinese&kind=claim", HttpStatusCode.OK);

        var items = page.QuerySelectorAll("li.timeline-item");
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Contains("kind-claim", i.ClassList));
        Assert.All(items, i => Assert.Contains(i.QuerySelectorAll("mark"), m => m.TextContent == "Chinese"));
        // The counts ignore the kind filter: statements about Chinese nationals are counted too.
        Assert.NotEqual("0", page.QuerySelector("#filter-kind-statement + label .facet-count")!.FirstChild!.TextContent);
        Assert.True(page.QuerySelector("#filter-kind-claim")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task Markup_in_a_title_stays_text_when_highlighted()
    {
        await using (var db = Database.CreateContext())
        {
            var witkoff = await db.Actors.FirstAsync(a => a.Slug == "steve-witkoff", Cancel);
            var talks = TestData.Talks("hostile-title", new DateOnly(2025, 4, 20), witkoff);
            talks.Title = "<script>alert('x')</script> ceasefire <b>talks</b>";
            talks.Summary = "A <img src=x onerror=alert(1)> ceasefire summary.";
            db.Events.Add(talks);
            await db.SaveChangesAsync(Cancel);
        }

        var page = await GetPageAsync("/timeline?q=ceasefire", HttpStatusCode.OK);

        var item = page.QuerySelectorAll("li.timeline-item").Single(i => i.QuerySelector(".timeline-item__title a")!.GetAttribute("href") == "/events/hostile-title");
        Assert.Empty(item.QuerySelectorAll("script, b, img"));
        Assert.Equal("<script>alert('x')</script> ceasefire <b>talks</b>", item.QuerySelector(".timeline-item__title")!.TextContent);
        Assert.Contains(item.QuerySelectorAll(".timeline-item__title mark"), m => m.TextContent == "ceasefire");
        Assert.Equal("A <img src=x onerror=alert(1)> ceasefire summary.", item.QuerySelector(".timeline-item__summary")!.TextContent);
    }

    [Theory]
    [InlineData("/timeline?q=")]
    [InlineData("/timeline?q=%26%7C!()%3A*'%5C")]
    [InlineData("/timeline?q=%26%26%26%7C%7C%7C!!!((()))%3A%3A%3A***%27%27%27%5C%5C%5C")]
    [InlineData("/timeline?q=zelensky%00%01")]
    [InlineData("/timeline?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/timeline?q=%ED%A0%80")]
    [InlineData("/timeline?q=Zelensky:*%20%26%20!Putin%20%7C%20(")]
    [InlineData("/timeline?q=a&q=b&match=all&match=any")]
    [InlineData("/timeline?match=%00")]
    [InlineData("/timeline?actor=%00&actor=steve-witkoff&match=all")]
    [InlineData("/search?q=%22")]
    [InlineData("/search")]
    public async Task A_hostile_search_gives_the_page_not_an_error(string path)
    {
        var page = await GetPageAsync(path, HttpStatusCode.OK);

        Assert.NotNull(page.QuerySelector("#filter-q"));
        Assert.Empty(page.QuerySelectorAll(".site-main script"));
    }

    [Theory]
    [InlineData("/claims?actor=%00", HttpStatusCode.OK)]
    [InlineData("/claims?actor=Kremlin%01&verdict=%00", HttpStatusCode.OK)]
    [InlineData("/actors?after=%00", HttpStatusCode.OK)]
    [InlineData("/actors?after=a%20b&kind=%00&start=%00", HttpStatusCode.OK)]
    [InlineData("/analysis?actor=%00&from=%00", HttpStatusCode.OK)]
    [InlineData("/api/actors?after=MToA", HttpStatusCode.BadRequest)] // base64url of "1:" and a NUL
    [InlineData("/api/actors?after=MTr_", HttpStatusCode.BadRequest)] // base64url of "1:" and invalid UTF-8
    [InlineData("/api/events?actor=%00", HttpStatusCode.BadRequest)]
    public async Task Control_characters_in_any_parameter_are_refused_not_an_error(string path, HttpStatusCode expected)
    {
        using var response = await GetAsync(path, expected);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_search_of_ten_thousand_characters_is_cut_with_a_notice()
    {
        var page = await GetPageAsync("/timeline?q=" + new string('x', 10_000), HttpStatusCode.OK);

        Assert.Contains("too long", page.QuerySelector(".notice[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(200, page.QuerySelector("#filter-q")!.GetAttribute("value")!.Length);
    }

    [Fact]
    public async Task Search_opens_the_form_ready_to_type_and_answers_like_the_timeline()
    {
        var empty = await GetPageAsync("/search", HttpStatusCode.OK);
        var search = await GetPageAsync("/search?q=Black+Sea", HttpStatusCode.OK);
        var timeline = await GetPageAsync("/timeline?q=Black+Sea", HttpStatusCode.OK);

        Assert.True(empty.QuerySelector("details.filters__panel")!.HasAttribute("open"));
        Assert.True(empty.QuerySelector("#filter-q")!.HasAttribute("autofocus"));
        Assert.Equal(
            timeline.QuerySelectorAll(".timeline-item__title a").Select(a => a.GetAttribute("href")),
            search.QuerySelectorAll(".timeline-item__title a").Select(a => a.GetAttribute("href")));
        Assert.NotEmpty(search.QuerySelectorAll(".timeline-item__title a"));
    }

    [Fact]
    public async Task Two_actors_with_all_show_only_the_channel_between_them()
    {
        var any = await GetPageAsync("/timeline?actor=united-states&actor=russia", HttpStatusCode.OK);
        var all = await GetPageAsync("/timeline?actor=united-states&actor=russia&match=all", HttpStatusCode.OK);

        var allItems = all.QuerySelectorAll("li.timeline-item");
        Assert.NotEmpty(allItems);
        Assert.True(any.QuerySelectorAll("li.timeline-item").Length > allItems.Length);
        Assert.All(allItems, i =>
        {
            var names = i.QuerySelectorAll(".actor-list a").Select(a => a.TextContent).ToList();
            Assert.Contains("United States", names);
            Assert.Contains("Russia", names);
        });
        Assert.True(all.QuerySelector("#filter-match-all")!.HasAttribute("checked"));
        Assert.Equal("Timeline: United States with Russia", all.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Load_more_continues_a_search_after_the_last_event_shown()
    {
        await AddBusyEventsAsync(60);

        var first = await GetPageAsync("/timeline?q=talks", HttpStatusCode.OK);
        var more = first.QuerySelector("a[rel=next]");
        Assert.NotNull(more);
        Assert.Equal("Load more events", more.TextContent);
        var second = await GetPageAsync(more.GetAttribute("href")!, HttpStatusCode.OK);

        var firstSlugs = first.QuerySelectorAll(".month .timeline-item__title a").Select(a => a.GetAttribute("href")).ToList();
        var secondSlugs = second.QuerySelectorAll(".month .timeline-item__title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(50, firstSlugs.Count);
        Assert.NotEmpty(secondSlugs);
        Assert.Empty(firstSlugs.Intersect(secondSlugs));
        Assert.Contains("q=talks", more.GetAttribute("href")!, StringComparison.Ordinal);
        // The ranked box belongs to the first page of a search only.
        Assert.NotNull(first.QuerySelector(".best-matches"));
        Assert.Null(second.QuerySelector(".best-matches"));
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
