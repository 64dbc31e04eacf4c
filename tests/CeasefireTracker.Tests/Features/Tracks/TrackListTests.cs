using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Tracks;

namespace CeasefireTracker.Tests.Features.Tracks;

/// <summary>
/// /tracks a page of 50 at a time by name, and only tracks with a published round. The tracks and rounds are invented
/// fixtures: 53 public tracks, one whose only round is a draft and one with no round at all.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class TrackListTests(TestDatabase database) : HostedAppTest(database)
{
    private const int Public = TrackService.PageSize + 3;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.CreateContext();
        var party = TestData.Actor("fixture-party", ActorKind.State);
        for (var i = 0; i < Public; i++)
        {
            // Names sort in the same order as the numbers: "Track 00" … "Track 52".
            var track = new NegotiationTrack { Slug = $"track-{i:00}", Name = $"Track {i:00}" };
            var round = TestData.Talks($"track-{i:00}-round", new DateOnly(2025, 1, 1).AddDays(i), party);
            round.Track = track;
            db.Add(round);
        }

        var draftOnly = new NegotiationTrack { Slug = "draft-only", Name = "A draft-only track" };
        var draft = TestData.WithStatus(TestData.Talks("draft-only-round", new DateOnly(2025, 3, 1), party), EventStatus.Draft);
        ((Talks)draft).Track = draftOnly;
        db.Add(draft);
        db.Add(new NegotiationTrack { Slug = "no-rounds", Name = "A track with no rounds" });
        await db.SaveChangesAsync(Cancel);
    }

    private async Task<(HttpStatusCode Status, IHtmlDocument Page)> GetAsync(string path)
    {
        using var client = App.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        return (response.StatusCode, await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(Cancel), Cancel));
    }

    private static List<string> Names(IHtmlDocument page) => [.. page.QuerySelectorAll(".track-list h2 a").Select(a => a.TextContent)];

    [Fact]
    public async Task The_list_is_paged_by_name_and_holds_only_tracks_with_a_published_round()
    {
        var (status, first) = await GetAsync("/tracks");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Enumerable.Range(0, TrackService.PageSize).Select(i => $"Track {i:00}"), Names(first));
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        Assert.Equal($"/tracks?after=track-{TrackService.PageSize - 1:00}", next);
        Assert.Empty(first.QuerySelectorAll(".notice"));

        var (_, second) = await GetAsync(next);
        Assert.Equal(Enumerable.Range(TrackService.PageSize, 3).Select(i => $"Track {i:00}"), Names(second));
        Assert.Null(second.QuerySelector(".pager a[rel=next]"));
        Assert.Equal("/tracks", second.QuerySelector(".pager a:not([rel])")!.GetAttribute("href"));
        Assert.StartsWith("1 round, February 2025", second.QuerySelector(".track-list li:last-child p.muted")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tracks/draft-only")]
    [InlineData("/tracks/no-rounds")]
    [InlineData("/tracks/no-such-track")]
    public async Task A_track_without_a_published_round_is_not_found(string path)
    {
        var (status, _) = await GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/tracks/track-00")).Status);
    }

    [Theory]
    [InlineData("/tracks?after=Not%20a%20slug")]
    [InlineData("/tracks?after=no-such-track")]
    [InlineData("/tracks?after=draft-only")]
    public async Task A_bad_position_gives_the_first_page_with_a_notice(string path)
    {
        var (status, page) = await GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("position in the list", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Track 00", Names(page)[0]);
        // The first page, so no link back to it.
        Assert.Null(page.QuerySelector(".pager a:not([rel])"));
    }
}
