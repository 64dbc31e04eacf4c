using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Timeline;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Tests.Features.Timeline;

[Collection(DatabaseCollection.Name)]
public sealed class TimelineServiceTests(TestDatabase database) : DatabaseTest(database)
{
    private readonly Actor witkoff = TestData.Actor("steve-witkoff");
    private readonly Actor putin = TestData.Actor("vladimir-putin");
    private readonly Actor zelensky = TestData.Actor("volodymyr-zelensky");

    private TimelineService Service => Get<TimelineService>();

    [Fact]
    public async Task Shows_published_events_newest_first_with_their_actors()
    {
        await SaveAsync(
            TestData.Talks("older", new DateOnly(2025, 3, 13), witkoff, putin),
            TestData.Statement("newer", new DateOnly(2025, 4, 11), zelensky),
            TestData.WithStatus(TestData.Talks("draft", new DateOnly(2025, 4, 12), witkoff), EventStatus.Draft),
            TestData.WithStatus(TestData.Talks("archived", new DateOnly(2025, 4, 13), witkoff), EventStatus.Archived));

        var page = await Service.GetPageAsync(new TimelineFilter(), cancellationToken: Cancel);

        Assert.Equal(["newer", "older"], page.Items.Select(i => i.Slug));
        Assert.Equal(["steve-witkoff", "vladimir-putin"], page.Items[1].Actors.Select(a => a.Slug).Order());
        Assert.Null(page.Next);
    }

    [Fact]
    public async Task Filters_by_actor_kind_and_date_range()
    {
        await SaveAsync(
            TestData.Talks("feb-talks", new DateOnly(2025, 2, 11), witkoff, putin),
            TestData.Talks("apr-talks", new DateOnly(2025, 4, 11), witkoff, putin),
            TestData.Talks("may-talks", new DateOnly(2025, 5, 2), witkoff, putin),
            TestData.Statement("witkoff-remark", new DateOnly(2025, 3, 21), witkoff),
            TestData.Talks("kyiv-talks", new DateOnly(2025, 4, 1), zelensky));

        var byActor = await Service.GetPageAsync(Filter(actors: ["steve-witkoff"]), cancellationToken: Cancel);
        var byActorAndKind = await Service.GetPageAsync(Filter(actors: ["steve-witkoff"], kinds: ["talks"]), cancellationToken: Cancel);
        var all = await Service.GetPageAsync(
            Filter(actors: ["steve-witkoff"], kinds: ["talks"], from: "2025-02-01", to: "2025-04-30"), cancellationToken: Cancel);
        var eitherActor = await Service.GetPageAsync(Filter(actors: ["volodymyr-zelensky", "vladimir-putin"], from: "2025-04-01", to: "2025-04-30"), cancellationToken: Cancel);

        Assert.Equal(["may-talks", "apr-talks", "witkoff-remark", "feb-talks"], byActor.Items.Select(i => i.Slug));
        Assert.Equal(["may-talks", "apr-talks", "feb-talks"], byActorAndKind.Items.Select(i => i.Slug));
        Assert.Equal(["apr-talks", "feb-talks"], all.Items.Select(i => i.Slug));
        Assert.Equal(["apr-talks", "kyiv-talks"], eitherActor.Items.Select(i => i.Slug));
        Assert.Equal(["steve-witkoff"], all.SelectedActors.Select(a => a.Slug));
    }

    [Fact]
    public async Task An_unknown_actor_is_reported_and_does_not_filter()
    {
        await SaveAsync(TestData.Talks("talks", new DateOnly(2025, 4, 11), witkoff));

        var page = await Service.GetPageAsync(Filter(actors: ["nobody-at-all"]), cancellationToken: Cancel);

        Assert.Equal(["nobody-at-all"], page.UnknownActorSlugs);
        Assert.Empty(page.SelectedActors);
        Assert.Single(page.Items);
    }

    [Fact]
    public async Task One_actor_is_named_the_same_whether_their_page_has_rows_or_not_and_only_once_public()
    {
        // Read by slug in one statement when the page has rows; looked up apart when it has none.
        var draftsOnly = TestData.Actor("drafts-only");
        await SaveAsync(
            TestData.Talks("talks", new DateOnly(2025, 4, 11), witkoff, putin),
            TestData.WithStatus(TestData.Statement("draft", new DateOnly(2025, 4, 12), draftsOnly), EventStatus.Draft));

        var withRows = await Service.GetPageAsync(Filter(actors: ["steve-witkoff"]), cancellationToken: Cancel);
        var empty = await Service.GetPageAsync(Filter(actors: ["steve-witkoff"], kinds: ["claim"]), cancellationToken: Cancel);
        var notPublic = await Service.GetPageAsync(Filter(actors: ["drafts-only"]), cancellationToken: Cancel);

        Assert.Equal(["talks"], withRows.Items.Select(i => i.Slug));
        Assert.Equal(withRows.SelectedActors, empty.SelectedActors);
        Assert.Equal(["steve-witkoff"], withRows.SelectedActors.Select(a => a.Slug));
        Assert.Empty(empty.Items);
        Assert.Empty(empty.UnknownActorSlugs);
        // An actor only in drafts is not public: reported unknown, and the timeline is not filtered by them.
        Assert.Equal(["drafts-only"], notPublic.UnknownActorSlugs);
        Assert.Equal(["talks"], notPublic.Items.Select(i => i.Slug));
    }

    [Fact]
    public async Task Pages_by_keyset_without_gaps_or_repeats()
    {
        // 130 events over 40 days: many share a date, so the id must break ties.
        var events = Enumerable.Range(0, 130)
            .Select(i => (Event)TestData.Talks($"talks-{i}", new DateOnly(2025, 1, 1).AddDays(i % 40), i % 2 == 0 ? witkoff : putin))
            .ToArray();
        await SaveAsync(events);

        var seen = new List<TimelineItem>();
        TimelineCursor? after = null;
        var pages = 0;
        do
        {
            var page = await Service.GetPageAsync(new TimelineFilter { After = after }, pageSize: 50, cancellationToken: Cancel);
            seen.AddRange(page.Items);
            after = page.Next;
            pages++;

            if (pages == 1)
            {
                // An event added while the reader pages (newer than anything shown) must not shift later pages.
                await SaveAsync(TestData.Talks("breaking-news", new DateOnly(2025, 6, 1), witkoff));
            }
        }
        while (after is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(130, seen.Count);
        Assert.Equal(130, seen.Select(i => i.Id).Distinct().Count());
        Assert.Equal(
            seen.OrderByDescending(i => i.OccurredOn).ThenByDescending(i => i.Id).Select(i => i.Id),
            seen.Select(i => i.Id));
    }

    [Fact]
    public async Task Pages_by_keyset_under_a_filter()
    {
        var events = Enumerable.Range(0, 60)
            .Select(i => (Event)TestData.Talks($"talks-{i}", new DateOnly(2025, 1, 1).AddDays(i), i % 3 == 0 ? witkoff : putin))
            .ToArray();
        await SaveAsync(events);

        var first = await Service.GetPageAsync(Filter(actors: ["steve-witkoff"]), pageSize: 15, cancellationToken: Cancel);
        var second = await Service.GetPageAsync(Filter(actors: ["steve-witkoff"]) with { After = first.Next }, pageSize: 15, cancellationToken: Cancel);

        Assert.Equal(15, first.Items.Count);
        Assert.Equal(5, second.Items.Count);
        Assert.Null(second.Next);
        Assert.Empty(first.Items.Select(i => i.Id).Intersect(second.Items.Select(i => i.Id)));
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData(null, "2025-03-01", "2025-04-30")]
    [InlineData(null, "2025-04-11", null)]
    [InlineData("talks", null, null)]
    [InlineData("talks", "2025-01-01", "2025-03-31")]
    public async Task The_counts_per_kind_of_the_whole_timeline_are_those_of_the_published_events(string? kind, string? from, string? to)
    {
        // Invented fixtures: several kinds on shared and separate days, a draft, an archived event, and an event
        // published and then taken back, so the kept day counts must follow edits, not only inserts.
        var unpublished = TestData.Statement("taken-back", new DateOnly(2025, 4, 11), zelensky);
        await SaveAsync(
            TestData.Talks("feb-talks", new DateOnly(2025, 2, 11), witkoff, putin),
            TestData.Talks("mar-talks", new DateOnly(2025, 3, 13), witkoff, putin),
            TestData.Talks("apr-talks", new DateOnly(2025, 4, 11), witkoff, putin),
            TestData.Statement("apr-remark", new DateOnly(2025, 4, 11), witkoff),
            TestData.Statement("may-remark", new DateOnly(2025, 5, 2), zelensky),
            TestData.Claim("mar-claim", new DateOnly(2025, 3, 21), zelensky),
            TestData.Exchange("apr-exchange", new DateOnly(2025, 4, 30), putin, zelensky),
            TestData.WithStatus(TestData.Talks("draft", new DateOnly(2025, 4, 12), witkoff), EventStatus.Draft),
            TestData.WithStatus(TestData.Talks("archived", new DateOnly(2025, 3, 14), witkoff), EventStatus.Archived),
            unpublished);
        await using (var db = Database.CreateContext())
        {
            await db.Events.Where(e => e.Id == unpublished.Id).ExecuteUpdateAsync(u => u.SetProperty(e => e.Status, EventStatus.Draft), Cancel);
        }

        var filter = Filter(kinds: kind is null ? null : [kind], from: from, to: to);
        var page = await Service.GetPageWithKindCountsAsync(filter, cancellationToken: Cancel);

        // What the counts were before the kept day counts: one GROUP BY over the published events in the dates.
        await using var check = Database.CreateContext();
        var events = check.Events.Where(e => e.Status == EventStatus.Published);
        if (filter.From is { } start) events = events.Where(e => e.OccurredOn >= start);
        if (filter.To is { } end) events = events.Where(e => e.OccurredOn <= end);
        var expected = await events.GroupBy(e => e.Kind).ToDictionaryAsync(g => g.Key, g => g.Count(), Cancel);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(c => c.Key), page.KindCounts.OrderBy(c => c.Key));
    }

    private static TimelineFilter Filter(string[]? actors = null, string[]? kinds = null, string? from = null, string? to = null)
    {
        var parsed = TimelineFilter.Parse(actors, kinds, from, to, null);
        Assert.Empty(parsed.Notices);
        return parsed.Filter;
    }
}
