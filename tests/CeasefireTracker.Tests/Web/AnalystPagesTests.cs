using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.DemoData;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Tests.Web;

/// <summary>The claims, exchanges and ceasefires pages over HTTP, as a reader without JavaScript gets them.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class AnalystPagesTests(TestDatabase database) : DemoSiteTest(database)
{
    [Fact]
    public async Task The_claims_page_shows_who_asserted_and_who_denied_each_claim()
    {
        var page = await GetPageAsync("/claims");

        var cards = page.QuerySelectorAll("article.claim-card");
        Assert.Equal(5, cards.Length);
        var capture = cards.Single(c => c.QuerySelector("h2")!.TextContent.Contains("two Chinese citizens", StringComparison.Ordinal));
        Assert.Equal("/events/claim-two-chinese-nationals-captured-donetsk-2025-04", capture.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("Disputed", capture.QuerySelector(".verdict strong")!.TextContent);
        Assert.Equal("Ukraine", capture.QuerySelector(".claimants a")!.TextContent);
        Assert.Equal(["Asserts", "Denies", "Disputes"], capture.QuerySelectorAll(".stance-groups dt").Select(dt => dt.TextContent));
        var denial = capture.QuerySelector(".stance-groups dt:nth-of-type(2) + dd li")!;
        Assert.Equal("Kremlin", denial.QuerySelector("a")!.TextContent);
        Assert.NotNull(denial.QuerySelector("time[datetime]"));
        Assert.Equal(DemoDataSet.ArticleUrl, denial.QuerySelector("a.source-link")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll(".notice"));
    }

    [Fact]
    public async Task A_filtered_claims_view_is_a_link()
    {
        var disputed = await GetPageAsync("/claims?verdict=disputed");
        var kremlin = await GetPageAsync("/claims?actor=kremlin");
        var both = await GetPageAsync("/claims?verdict=unverified&verdict=false&actor=kremlin&actor=russia");

        Assert.All(disputed.QuerySelectorAll(".claim-card .verdict strong"), v => Assert.Equal("Disputed", v.TextContent));
        Assert.True(disputed.QuerySelector("#filter-verdict-disputed")!.HasAttribute("checked"));
        // The Kremlin made no claim in the demo data but denied two.
        Assert.Equal(2, kremlin.QuerySelectorAll(".claim-card").Length);
        Assert.All(kremlin.QuerySelectorAll(".claim-card"), c => Assert.Contains(c.QuerySelectorAll(".stance-groups a"), a => a.TextContent == "Kremlin"));
        Assert.True(kremlin.QuerySelector("#filter-actor-kremlin")!.HasAttribute("checked"));
        // Unverified or false, and made or answered by the Kremlin or Russia; newest first.
        Assert.Equal(
            ["Zelensky: hundreds of Chinese citizens serve in Russia's army", "Russia convicts Ksenia Karelina of treason over a small donation"],
            both.QuerySelectorAll(".claim-card h2").Select(h => h.TextContent.Trim()));
    }

    [Theory]
    [InlineData("/claims?verdict=bogus", "bogus")]
    [InlineData("/claims?verdict=disputed&verdict=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "<script>alert(1)</script>")]
    [InlineData("/claims?actor=no-such-actor", "no-such-actor")]
    [InlineData("/claims?after=not-a-position", "page position")]
    public async Task Bad_filter_values_give_the_claims_page_with_a_notice(string path, string mentioned)
    {
        var page = await GetPageAsync(path);

        var notice = page.QuerySelector(".notice[role=status]");
        Assert.NotNull(notice);
        Assert.Contains(mentioned, notice.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll(".claim-card"));
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task The_exchange_ledger_shows_counts_detainees_and_running_totals()
    {
        var page = await GetPageAsync("/exchanges");

        var rows = page.QuerySelectorAll("table.ledger tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Contains("Earlier US–Russia prisoner exchange", rows[0].QuerySelector("th")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("no numbers", rows[0].TextContent, StringComparison.Ordinal);
        var karelina = rows[1];
        Assert.Equal("/events/karelina-petrov-prisoner-exchange-2025-04-10", karelina.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Contains("Russia → to United States: 1 civilian", Text(karelina.QuerySelectorAll("td")[0]), StringComparison.Ordinal);
        Assert.Contains("Ballet dancer", karelina.QuerySelectorAll("td")[^1].TextContent, StringComparison.Ordinal);
        Assert.Equal(
            ["Russia → to United States: 1 civilian", "United States → to Russia: 1 other detainee"],
            page.QuerySelectorAll("#totals-heading + ul li").Select(Text));
    }

    [Fact]
    public async Task The_ceasefire_matrix_shows_each_partys_response()
    {
        var page = await GetPageAsync("/ceasefires");

        var headers = page.QuerySelectorAll(".ceasefire-matrix thead th").Select(th => th.TextContent).ToList();
        Assert.Equal(["Proposal", "Russia", "Ukraine"], headers);
        var rows = page.QuerySelectorAll(".ceasefire-matrix tbody tr");
        var blackSea = rows.Single(r => r.QuerySelector("th a")!.TextContent.Contains("Black Sea", StringComparison.Ordinal));
        var proposal = Text(blackSea.QuerySelector("th")!);
        Assert.Contains("Scope: Black Sea", proposal, StringComparison.Ordinal);
        Assert.Equal("Proposed", blackSea.QuerySelector("th .status")!.TextContent);
        var cells = blackSea.QuerySelectorAll("td");
        Assert.Equal("Accepted with conditions", cells[0].QuerySelector(".response")!.TextContent);
        Assert.Contains("sanctions", cells[0].TextContent, StringComparison.Ordinal);
        // Ukraine responded to other proposals but not to this one.
        Assert.Equal("No response", cells[1].QuerySelector(".response")!.TextContent);
        var full = rows.Single(r => r.QuerySelector("th a")!.TextContent.Contains("full ceasefire", StringComparison.Ordinal));
        Assert.Contains("Proposed by: United States", Text(full.QuerySelector("th")!), StringComparison.Ordinal);
        Assert.Equal(["Rejected", "Accepted"], full.QuerySelectorAll("td .response").Select(r => r.TextContent));
        var moratorium = page.QuerySelector("#violations-heading")!.ParentElement!.QuerySelectorAll(".proposal-violations")
            .Single(s => s.QuerySelector("h3")!.TextContent.Contains("energy", StringComparison.Ordinal));
        Assert.Equal(2, moratorium.QuerySelectorAll(".violations li").Length);
        Assert.All(moratorium.QuerySelectorAll(".violations li"), li => Assert.NotNull(li.QuerySelector("a.source-link")));
    }

    [Fact]
    public async Task The_header_links_to_every_analyst_page()
    {
        var page = await GetPageAsync("/timeline");

        var nav = page.QuerySelectorAll("nav[aria-label=Main] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/claims", nav);
        Assert.Contains("/exchanges", nav);
        Assert.Contains("/ceasefires", nav);
    }

    [Theory]
    [InlineData("/claims")]
    [InlineData("/claims?verdict=unverified&verdict=disputed&actor=kremlin&actor=ukraine")]
    [InlineData("/claims?actor=no-such-actor&verdict=bogus")]
    [InlineData("/exchanges")]
    [InlineData("/ceasefires")]
    public async Task An_analyst_page_costs_the_same_few_queries_however_much_it_shows(string path)
    {
        var before = await CountQueriesAsync(path);
        await AddBusyDataAsync(25);
        var after = await CountQueriesAsync(path);

        Assert.Equal(before, after);
        // /exchanges: exchanges, mediators, detainees, batches, reports, opening totals, totals; /ceasefires one fewer.
        Assert.InRange(after, 1, 7);
    }

    /// <summary>More claims, exchanges and proposals, each with many positions, lines, detainees, responses and allegations.</summary>
    private async Task AddBusyDataAsync(int count)
    {
        await using var db = Database.CreateContext();
        var actors = await db.Actors.OrderBy(a => a.Id).ToListAsync(Cancel);
        var kremlin = actors.Single(a => a.Slug == "kremlin");
        var ukraine = actors.Single(a => a.Slug == "ukraine");
        for (var i = 0; i < count; i++)
        {
            var on = new DateOnly(2025, 3, 1).AddDays(i);
            var claim = TestData.Claim($"busy-claim-{i}", on, ukraine);
            claim.Verdict = i % 2 == 0 ? ClaimVerdict.Unverified : ClaimVerdict.Disputed;
            claim.Positions = [.. actors.Take(6).Select((a, n) => new ClaimPosition { Actor = a, Stance = (ClaimStance)(n % 5), StatedOn = on, Source = claim.Sources[0] })];
            claim.Positions.Add(new ClaimPosition { Actor = kremlin, Stance = ClaimStance.Denies, StatedOn = on });

            var exchange = TestData.Exchange($"busy-exchange-{i}", on, actors[0], actors[1]);
            exchange.Participants.Add(new EventParticipant { Actor = actors[2], Role = ParticipantRole.Mediator });
            exchange.Lines = [.. actors.Skip(1).Take(5).Select(a => new ExchangeLine { FromActor = actors[0], ToActor = a, Category = DetaineeCategory.PrisonerOfWar, Count = i })];
            exchange.Detainees = [.. Enumerable.Range(0, 3).Select(n => new ExchangedDetainee { Name = $"Person {i}-{n}", ReleasedBy = actors[0], ReleasedTo = actors[1], Category = DetaineeCategory.Civilian, Note = "Note" })];

            var proposal = TestData.Proposal($"busy-proposal-{i}", on, actors[i % actors.Count]);
            proposal.Responses = [.. actors.Skip(i % 3).Take(4).Select(a => new CeasefireResponse { Actor = a, Response = ProposalResponse.Rejected, Source = proposal.Sources[0] })];
            proposal.Violations = [.. Enumerable.Range(0, 3).Select(n => new ViolationAllegation { Accuser = actors[0], Accused = actors[1], AllegedOn = on, Description = $"Strike {n}", Source = proposal.Sources[0] })];

            db.Events.AddRange(claim, exchange, proposal);
        }

        await db.SaveChangesAsync(Cancel);
    }

    /// <summary>Text as a reader hears it: runs of whitespace collapsed.</summary>
    private static string Text(AngleSharp.Dom.IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
