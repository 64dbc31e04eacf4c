using System.Text.Json;
using AngleSharp.Html.Parser;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Events;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Tests.Web;

/// <summary>schema.org JSON-LD in the event pages' head, parsed as a search engine would.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class StructuredDataTests(TestDatabase database) : DemoSiteTest(database)
{
    [Fact]
    public async Task A_talks_page_describes_a_schema_org_event()
    {
        var documents = await JsonLdAsync("/events/witkoff-putin-talks-saint-petersburg-2025-04");

        var ev = Assert.Single(documents);
        Assert.Equal("https://schema.org", ev.GetProperty("@context").GetString());
        Assert.Equal("Event", ev.GetProperty("@type").GetString());
        Assert.Equal("Witkoff and Putin hold talks in Saint Petersburg", ev.GetProperty("name").GetString());
        Assert.Equal("2025-04-11", ev.GetProperty("startDate").GetString());
        Assert.Equal("Saint Petersburg", ev.GetProperty("location").GetProperty("name").GetString());
        Assert.Equal("http://localhost/events/witkoff-putin-talks-saint-petersburg-2025-04", ev.GetProperty("url").GetString());
        Assert.False(string.IsNullOrWhiteSpace(ev.GetProperty("description").GetString()));
        var performers = ev.GetProperty("performer").EnumerateArray().ToList();
        Assert.Contains(performers, p => p.GetProperty("name").GetString() == "Vladimir Putin" && p.GetProperty("@type").GetString() == "Person");
        Assert.Contains(performers, p => p.GetProperty("name").GetString() == "Steve Witkoff");
    }

    [Fact]
    public async Task A_claim_page_adds_a_claim_review_with_claimant_and_verdict()
    {
        await using var db = Database.CreateContext();
        var claim = await db.Claims.Include(c => c.Participants).ThenInclude(p => p.Actor)
            .SingleAsync(c => c.Slug == "claim-chinese-nationals-fighting-for-russia-2025-04", Cancel);

        var documents = await JsonLdAsync($"/events/{claim.Slug}");

        Assert.Equal(["Event", "ClaimReview"], documents.Select(d => d.GetProperty("@type").GetString()));
        var review = documents[1];
        Assert.Equal(claim.ClaimText, review.GetProperty("claimReviewed").GetString());
        Assert.Equal($"http://localhost/events/{claim.Slug}", review.GetProperty("url").GetString());
        var item = review.GetProperty("itemReviewed");
        Assert.Equal("Claim", item.GetProperty("@type").GetString());
        Assert.Equal(claim.Participants.Single(p => p.Role == ParticipantRole.Claimant).Actor.Name, item.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("2025-04-11", item.GetProperty("datePublished").GetString());
        Assert.Equal("Rating", review.GetProperty("reviewRating").GetProperty("@type").GetString());
        Assert.Equal(CeasefireTracker.Web.Features.Shared.Labels.Words(claim.Verdict), review.GetProperty("reviewRating").GetProperty("alternateName").GetString());
    }

    [Fact]
    public async Task Text_from_the_data_cannot_close_the_script_element()
    {
        const string hostile = "</script><script>alert(1)</script><!-- \"quoted\" & 'single' <b>";
        var talks = TestData.Talks("hostile-talks", new DateOnly(2025, 5, 1), TestData.Actor("someone"));
        talks.Title = hostile;
        talks.Summary = hostile;
        talks.Place = hostile;
        await AddEventAsync(talks);

        var html = await GetTextAsync("/events/hostile-talks");
        var page = await new HtmlParser().ParseDocumentAsync(html, Cancel);

        // Exactly one JSON-LD script and no other script element: nothing broke out.
        Assert.Single(page.QuerySelectorAll("script"));
        var ev = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal(hostile, ev.GetProperty("name").GetString());
        Assert.Equal(hostile, ev.GetProperty("location").GetProperty("name").GetString());
        Assert.DoesNotContain("alert(1)</script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_has_no_character_that_html_would_read()
    {
        var talks = TestData.Talks("t", new DateOnly(2025, 5, 1), TestData.Actor("a"));
        talks.Title = "</script> <!-- & \" '";

        var json = Assert.Single(StructuredDataJson.For(talks, new Uri("https://tracker.example/")));

        Assert.DoesNotContain('<', json);
        Assert.DoesNotContain('>', json);
        Assert.DoesNotContain('&', json);
        Assert.Equal(talks.Title, JsonDocument.Parse(json).RootElement.GetProperty("name").GetString());
    }

    private async Task<List<JsonElement>> JsonLdAsync(string path)
    {
        var page = await new HtmlParser().ParseDocumentAsync(await GetTextAsync(path), Cancel);
        return [.. page.Head!.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement)];
    }
}
