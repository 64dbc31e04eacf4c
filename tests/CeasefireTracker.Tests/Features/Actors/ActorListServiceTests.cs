using CeasefireTracker.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Actors;
using Microsoft.AspNetCore.WebUtilities;

namespace CeasefireTracker.Tests.Features.Actors;

[Collection(DatabaseCollection.Name)]
public sealed class ActorListServiceTests(TestDatabase database) : DatabaseTest(database)
{
    private ActorListService Service => Get<ActorListService>();

    [Fact]
    public async Task Lists_actors_by_name_with_kind_affiliation_and_published_event_count()
    {
        var us = TestData.Actor("united-states", ActorKind.State);
        var witkoff = TestData.Actor("steve-witkoff");
        witkoff.Affiliation = us;
        var putin = TestData.Actor("vladimir-putin");
        var lonely = TestData.Actor("arthur-petrov");
        var hosted = TestData.Talks("hosted", new DateOnly(2025, 4, 11), witkoff, putin);
        // Two roles in one event still make one event.
        hosted.Participants.Add(new EventParticipant { Actor = witkoff, Role = ParticipantRole.Host });
        var draft = TestData.Talks("draft", new DateOnly(2025, 4, 12), witkoff);
        draft.Status = EventStatus.Draft;
        await using (var db = Database.CreateContext())
        {
            db.Actors.Add(lonely);
            db.Events.AddRange(hosted, draft, TestData.Statement("remark", new DateOnly(2025, 4, 13), witkoff));
            await db.SaveChangesAsync(Cancel);
        }

        var page = await Service.GetPageAsync(new ActorListFilter(), cancellationToken: Cancel);

        // Readers see actors who act in a published event: the lonely actor and the United States (an affiliation
        // only) are left out, and so is the link to the affiliation, which would lead to no page.
        Assert.Equal(
            [("steve-witkoff", 2, null), ("vladimir-putin", 1, null)],
            page.Items.Select(i => (i.Slug, i.EventCount, i.Affiliation?.Slug)));
        Assert.Equal([(ActorKind.Person, 2)], page.KindCounts.Select(k => (k.Kind, k.Count)));
        Assert.Equal(2, page.Total);
        Assert.Null(page.NextAfter);

        await using (var db = Database.CreateContext())
        {
            db.Events.Add(TestData.Talks("with-the-us", new DateOnly(2025, 4, 14), await db.Actors.SingleAsync(a => a.Slug == "united-states", Cancel), await db.Actors.SingleAsync(a => a.Slug == "vladimir-putin", Cancel)));
            await db.SaveChangesAsync(Cancel);
        }

        Assert.Equal("united-states", (await Service.GetPageAsync(new ActorListFilter(), cancellationToken: Cancel)).Items.Single(i => i.Slug == "steve-witkoff").Affiliation?.Slug);
    }

    [Fact]
    public async Task Filters_by_kind()
    {
        await SaveActorsAsync(TestData.Actor("russia", ActorKind.State), TestData.Actor("kremlin", ActorKind.GovernmentBody), TestData.Actor("dmitry-peskov"));

        var page = await Service.GetPageAsync(new ActorListFilter { Kind = ActorKind.GovernmentBody }, cancellationToken: Cancel);

        Assert.Equal(["kremlin"], page.Items.Select(i => i.Slug));
        Assert.Equal(3, page.Total);
    }

    [Fact]
    public async Task Pages_by_name_without_gaps_or_repeats_and_jumps_to_a_letter()
    {
        // Pairs of actors share a name, so the slug must break ties.
        var actors = Enumerable.Range(0, 45).Select(i => new Actor { Slug = $"actor-{i:00}", Name = $"{(char)('A' + i / 2)} Name", Kind = ActorKind.Person }).ToArray();
        await SaveActorsAsync(actors);

        var seen = new List<string>();
        var filter = new ActorListFilter();
        int pages = 0;
        do
        {
            var page = await Service.GetPageAsync(filter, pageSize: 10, Cancel);
            seen.AddRange(page.Items.Select(i => i.Slug));
            filter = filter with { After = page.NextAfter };
            pages++;
        }
        while (filter.After is not null && pages < 10);
        var fromM = await Service.GetPageAsync(new ActorListFilter { Start = 'M' }, pageSize: 3, Cancel);

        Assert.Equal(5, pages);
        Assert.Equal(actors.Select(a => a.Slug), seen);
        Assert.Equal(["actor-24", "actor-25", "actor-26"], fromM.Items.Select(i => i.Slug));
        Assert.Equal("actor-26", fromM.NextAfter);
    }

    [Fact]
    public async Task An_unknown_page_position_gives_an_empty_page()
    {
        await SaveActorsAsync(TestData.Actor("russia", ActorKind.State));

        var page = await Service.GetPageAsync(new ActorListFilter { After = "nobody" }, cancellationToken: Cancel);

        Assert.Empty(page.Items);
        Assert.Null(page.NextAfter);
    }

    [Theory]
    [InlineData("kind=person&start=s", ActorKind.Person, 'S', 0)]
    [InlineData("kind=Government-Body", ActorKind.GovernmentBody, null, 0)]
    [InlineData("kind=battalion", null, null, 1)]
    [InlineData("start=ab", null, null, 1)]
    [InlineData("kind=nope&start=%3Cb%3E", null, null, 2)]
    public void Reads_the_filter_from_the_query_string_with_a_notice_for_each_bad_value(string query, ActorKind? kind, char? start, int notices)
    {
        var parsed = ActorListFilter.FromQuery(QueryHelpers.ParseQuery(query));

        Assert.Equal(kind, parsed.Filter.Kind);
        Assert.Equal(start, parsed.Filter.Start);
        Assert.Equal(notices, parsed.Notices.Count);
    }

    [Fact]
    public void A_filter_is_a_link()
    {
        var filter = new ActorListFilter { Kind = ActorKind.InternationalOrganisation };

        Assert.Equal("?kind=international-organisation&after=un", filter.ToQueryString(after: "un"));
        Assert.Equal("?kind=international-organisation&start=U", filter.ToQueryString(start: 'U'));
    }

    /// <summary>The actors, and a published meeting of them all (an invented fixture): the list shows actors of published events.</summary>
    private async Task SaveActorsAsync(params Actor[] actors)
    {
        await using var db = Database.CreateContext();
        db.Actors.AddRange(actors);
        db.Events.Add(TestData.Talks("a-meeting", new DateOnly(2025, 1, 1), actors));
        await db.SaveChangesAsync(Cancel);
    }
}
