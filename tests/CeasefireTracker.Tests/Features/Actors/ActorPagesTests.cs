using System.Net;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using CeasefireTracker.Tests.Web;

namespace CeasefireTracker.Tests.Features.Actors;

/// <summary>The actor list and actor pages over HTTP, on the demo data.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class ActorPagesTests(TestDatabase database) : DemoSiteTest(database)
{
    [Fact]
    public async Task The_actor_list_shows_every_actor_with_kind_affiliation_and_event_count()
    {
        var page = await GetPageAsync("/actors");

        var witkoff = page.QuerySelectorAll(".actor-table tbody tr").Single(r => r.QuerySelector("th a")!.TextContent == "Steve Witkoff");
        Assert.Equal("/actors/steve-witkoff", witkoff.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Equal(["Person", "United States", "7"], witkoff.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Equal(17, page.QuerySelectorAll(".actor-table tbody tr").Length);
        Assert.Empty(page.QuerySelectorAll(".notice"));
    }

    [Fact]
    public async Task The_actor_list_filters_by_kind()
    {
        var page = await GetPageAsync("/actors?kind=state");

        Assert.Equal("Actors: States", page.QuerySelector("h1")!.TextContent);
        Assert.All(page.QuerySelectorAll(".actor-table tbody td:nth-child(2)"), td => Assert.Equal("State", td.TextContent));
        Assert.Equal(5, page.QuerySelectorAll(".actor-table tbody tr").Length);
        Assert.Equal("/actors?kind=state", page.QuerySelector(".kind-tabs a[aria-current=page]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/actors?kind=warlord", "warlord")]
    [InlineData("/actors?start=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "<script>alert(1)</script>")]
    public async Task A_bad_filter_value_gives_every_actor_with_a_notice(string path, string mentioned)
    {
        var page = await GetPageAsync(path);

        var notice = page.QuerySelector(".notice[role=status]");
        Assert.NotNull(notice);
        Assert.Contains(mentioned, notice.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".notice script"));
        Assert.Equal(17, page.QuerySelectorAll(".actor-table tbody tr").Length);
    }

    [Fact]
    public async Task An_actor_page_shows_who_they_are_whom_they_met_and_what_they_said()
    {
        var page = await GetPageAsync("/actors/steve-witkoff");

        Assert.Equal("Steve Witkoff", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Person", page.QuerySelector(".actor-kind")!.TextContent.Trim());
        Assert.Equal("/actors/united-states", page.QuerySelector(".affiliation-chain a")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll(".actor-titles li"), li => li.TextContent.Contains("US Special Envoy", StringComparison.Ordinal) && li.TextContent.Contains("since 20 January 2025", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll(".alias-list span[lang=ru]"), s => s.TextContent == "Уиткофф");

        var metWith = page.QuerySelectorAll("#met-with-heading + .table-scroll tbody tr")
            .Select(r => string.Join(" | ", r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim())));
        // Putin speaks for Russia at their meetings (demo data): Witkoff met both, and never the United States he speaks for.
        Assert.Equal(["Russia | 3 | 11 April 2025", "Vladimir Putin | 3 | 11 April 2025"], metWith);

        Assert.Contains(page.QuerySelectorAll(".actor-statements blockquote"), q => q.TextContent.Contains("not a bad guy", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll(".timeline .timeline-item__title a"), a => a.TextContent.Contains("Saint Petersburg", StringComparison.Ordinal));
        Assert.Equal("/timeline?actor=steve-witkoff", page.QuerySelector("#events-heading ~ .more-link a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_actor_page_climbs_the_affiliation_chain_and_lists_claim_positions()
    {
        var peskov = await GetPageAsync("/actors/dmitry-peskov");
        var kremlin = await GetPageAsync("/actors/kremlin");

        Assert.Equal(["/actors/kremlin", "/actors/russia"], peskov.QuerySelectorAll(".affiliation-chain a").Select(a => a.GetAttribute("href")));
        var claims = kremlin.QuerySelectorAll(".actor-claims > li");
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.NotNull(c.QuerySelector(".stance")));
        Assert.All(claims, c => Assert.NotNull(c.QuerySelector(".verdict strong")));
    }

    [Fact]
    public async Task Participants_on_an_event_page_link_to_their_actor_pages()
    {
        var page = await GetPageAsync("/events/witkoff-putin-talks-saint-petersburg-2025-04");

        var participants = page.QuerySelector("#participants-heading")!.ParentElement!;
        Assert.Contains(participants.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/actors/vladimir-putin" && a.TextContent == "Vladimir Putin");
    }

    [Fact]
    public async Task A_timeline_filtered_by_one_actor_links_to_their_page()
    {
        var one = await GetPageAsync("/timeline?actor=steve-witkoff");
        var two = await GetPageAsync("/timeline?actor=steve-witkoff&actor=vladimir-putin");

        Assert.Equal("/actors/steve-witkoff", one.QuerySelector(".timeline-about a")!.GetAttribute("href"));
        Assert.Null(two.QuerySelector(".timeline-about"));
    }

    [Theory]
    [InlineData("/actors/no-such-actor")]
    [InlineData("/actors/%3Cscript%3E")]
    public async Task An_unknown_actor_gives_the_not_found_page(string path)
    {
        var page = await GetPageAsync(path, HttpStatusCode.NotFound);

        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task An_overlong_slug_gives_the_not_found_page_without_a_query()
    {
        var path = "/actors/" + new string('a', 500);
        await GetPageAsync(path, HttpStatusCode.NotFound);
        App.Queries.Reset();

        await GetPageAsync(path, HttpStatusCode.NotFound);

        Assert.Equal(0, App.Queries.Count);
    }

    [Theory]
    [InlineData("/actors", 2)]
    [InlineData("/actors?kind=person&start=S", 2)]
    [InlineData("/actors?after=kremlin", 2)]
    // An actor page: the actor, its affiliation chain and which of it readers see, met with, statements, claims…, and
    // its events in one statement (read by slug, with their actors).
    [InlineData("/actors/steve-witkoff", 7)]
    [InlineData("/actors/russia", 7)]
    public async Task An_actor_page_costs_the_same_few_queries_however_long_the_history(string path, int expected)
    {
        var before = await CountQueriesAsync(path);
        await AddLongHistoryAsync(150);
        var after = await CountQueriesAsync(path);

        Assert.Equal(expected, before);
        Assert.Equal(expected, after);
    }

    /// <summary>Many more actors, and for the demo's actors many more talks, statements and claim positions.</summary>
    private async Task AddLongHistoryAsync(int count)
    {
        await using var db = Database.CreateContext();
        var witkoff = await db.Actors.SingleAsync(a => a.Slug == "steve-witkoff", Cancel);
        var russia = await db.Actors.SingleAsync(a => a.Slug == "russia", Cancel);
        for (var i = 0; i < count; i++)
        {
            var other = TestData.Actor($"extra-actor-{i:000}", i % 2 == 0 ? ActorKind.Person : ActorKind.State);
            other.Affiliation = russia;
            var on = new DateOnly(2025, 1, 1).AddDays(i);
            db.Events.Add(TestData.Talks($"extra-talks-{i}", on, witkoff, russia, other));
            db.Events.Add(TestData.Statement($"extra-statement-{i}", on, witkoff));
            var claim = TestData.Claim($"extra-claim-{i}", on, other);
            claim.Positions = [new ClaimPosition { Actor = russia, Stance = ClaimStance.Denies, StatedOn = on }, new ClaimPosition { Actor = witkoff, Stance = ClaimStance.Disputes, StatedOn = on }];
            db.Events.Add(claim);
        }

        await db.SaveChangesAsync(Cancel);
    }
}
