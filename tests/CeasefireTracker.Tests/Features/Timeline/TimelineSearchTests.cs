using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;
using CeasefireTracker.Web.Features.Timeline;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Tests.Features.Timeline;

/// <summary>Full-text and name search, several actors with any/all, and the counts per kind, against real PostgreSQL.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class TimelineSearchTests(TestDatabase database) : DatabaseTest(database)
{
    private readonly Actor witkoff = TestData.Actor("steve-witkoff");
    private readonly Actor putin = TestData.Actor("vladimir-putin");
    private readonly Actor trump = TestData.Actor("donald-trump");
    private readonly Actor zelensky = WithAliases(TestData.Actor("volodymyr-zelensky"), "Zelenskyy", "Zelenskiy", "Зеленський");

    private TimelineService Service => Get<TimelineService>();

    [Theory]
    [InlineData("Zelenskyy")]
    [InlineData("Zelenskiy")]
    [InlineData("zelensky")]
    [InlineData("Зеленський")]
    [InlineData("ZELENSKYY")]
    [InlineData("Volodymyr Zelenskyy")]
    public async Task Every_spelling_of_zelensky_finds_his_events(string q)
    {
        // None of his events names him in its text: only the actor match can find them.
        await SaveAsync(
            Titled(TestData.Statement("brussels-remarks", new DateOnly(2025, 4, 11), zelensky), "Remarks to allied military chiefs"),
            Titled(TestData.Claim("chinese-nationals", new DateOnly(2025, 4, 10), zelensky), "Hundreds of foreigners at the front"),
            TestData.Talks("witkoff-putin", new DateOnly(2025, 4, 11), witkoff, putin));

        var page = await Service.GetPageAsync(Search(q), cancellationToken: Cancel);

        Assert.Equal(["brussels-remarks", "chinese-nationals"], page.Items.Select(i => i.Slug));
        Assert.Equal(["volodymyr-zelensky"], page.MatchedActors.Select(a => a.Slug));
    }

    [Fact]
    public async Task Text_and_actor_matches_are_found_together()
    {
        // "Zelensky" in the text of an event he did not take part in, and an event of his without his name in it.
        var mention = TestData.Statement("trump-on-zelensky", new DateOnly(2025, 4, 12), trump);
        mention.Quote = "Zelensky should be careful.";
        await SaveAsync(
            mention,
            Titled(TestData.Statement("brussels-remarks", new DateOnly(2025, 4, 11), zelensky), "Remarks to allied military chiefs"),
            TestData.Talks("witkoff-putin", new DateOnly(2025, 4, 10), witkoff, putin));

        var page = await Service.GetPageAsync(Search("zelensky"), cancellationToken: Cancel);

        Assert.Equal(["trump-on-zelensky", "brussels-remarks"], page.Items.Select(i => i.Slug));
    }

    [Fact]
    public async Task A_word_from_a_quote_or_a_claim_finds_its_event()
    {
        var post = TestData.Statement("truth-social-post", new DateOnly(2025, 4, 11), trump);
        post.Quote = "Russia has to get moving […] senseless […] should have never happened";
        var claim = TestData.Claim("chinese-nationals", new DateOnly(2025, 4, 10), zelensky);
        claim.ClaimText = "Several hundred Chinese nationals fight in Russia's occupation forces.";
        await SaveAsync(post, claim, TestData.Talks("witkoff-putin", new DateOnly(2025, 4, 11), witkoff, putin));

        var byQuote = await Service.GetPageAsync(Search("senseless"), cancellationToken: Cancel);
        var byStemmedQuote = await Service.GetPageAsync(Search("moves"), cancellationToken: Cancel);
        var byClaim = await Service.GetPageAsync(Search("occupation"), cancellationToken: Cancel);
        var byPhrase = await Service.GetPageAsync(Search("\"get moving\""), cancellationToken: Cancel);

        Assert.Equal(["truth-social-post"], byQuote.Items.Select(i => i.Slug));
        Assert.Equal(["truth-social-post"], byStemmedQuote.Items.Select(i => i.Slug));
        Assert.Equal(["chinese-nationals"], byClaim.Items.Select(i => i.Slug));
        Assert.Equal(["truth-social-post"], byPhrase.Items.Select(i => i.Slug));
    }

    [Theory]
    [InlineData("Kyiv")]
    [InlineData("Kyïv")]
    [InlineData("kyïv")]
    public async Task Accented_and_unaccented_spellings_find_each_other(string q)
    {
        await SaveAsync(
            Titled(TestData.Talks("accented", new DateOnly(2025, 4, 11), witkoff), "Envoys meet in Kyïv"),
            Titled(TestData.Talks("plain", new DateOnly(2025, 4, 10), witkoff), "Envoys meet in Kyiv again"),
            Titled(TestData.Talks("elsewhere", new DateOnly(2025, 4, 9), witkoff), "Envoys meet in Riyadh"));

        var page = await Service.GetPageAsync(Search(q), cancellationToken: Cancel);

        Assert.Equal(["accented", "plain"], page.Items.Select(i => i.Slug));
        // The original spelling is shown, with the matched word marked in both.
        Assert.Equal([new TextRun("Envoys meet in ", false), new TextRun("Kyïv", true)], page.Items[0].TitleHighlight);
        Assert.Contains(new TextRun("Kyiv", true), page.Items[1].TitleHighlight!);
    }

    [Fact]
    public async Task Matches_are_marked_in_title_and_summary_only_where_they_matched()
    {
        var talks = Titled(TestData.Talks("ceasefire-talks", new DateOnly(2025, 4, 11), witkoff), "Ceasefire talks in Riyadh");
        talks.Summary = "The delegations discussed a ceasefire at sea.";
        await SaveAsync(talks);

        var item = Assert.Single((await Service.GetPageAsync(Search("ceasefires"), cancellationToken: Cancel)).Items);
        var plain = Assert.Single((await Service.GetPageAsync(new TimelineFilter(), cancellationToken: Cancel)).Items);

        Assert.Equal([new TextRun("Ceasefire", true), new TextRun(" talks in Riyadh", false)], item.TitleHighlight);
        Assert.Equal(["ceasefire"], item.SummaryHighlight!.Where(r => r.IsMatch).Select(r => r.Text));
        Assert.Equal(talks.Summary, string.Concat(item.SummaryHighlight!.Select(r => r.Text)));
        Assert.Null(plain.TitleHighlight);
        Assert.Null(plain.SummaryHighlight);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("&|!():*'\\")]
    [InlineData("a & | b")]
    [InlineData("!!! (((")]
    [InlineData("'")]
    [InlineData("the")]
    [InlineData("-")]
    [InlineData("\"unclosed phrase")]
    [InlineData("Zelensky:* & !")]
    public async Task Query_syntax_in_the_search_is_read_as_text(string q)
    {
        await SaveAsync(TestData.Talks("talks", new DateOnly(2025, 4, 11), witkoff));

        var parsed = TimelineFilter.Parse(null, null, null, null, null, q);
        var page = await Service.GetPageWithKindCountsAsync(parsed.Filter, cancellationToken: Cancel);

        // No exception, and nothing found that the words do not say.
        Assert.All(page.Items, i => Assert.Equal("talks", i.Slug));
    }

    [Fact]
    public async Task A_huge_search_is_cut_and_still_answers()
    {
        await SaveAsync(Titled(TestData.Talks("talks", new DateOnly(2025, 4, 11), witkoff), "Ceasefire talks"));

        var parsed = TimelineFilter.Parse(null, null, null, null, null, "ceasefire " + new string('x', 10_000));
        var page = await Service.GetPageWithKindCountsAsync(parsed.Filter, cancellationToken: Cancel);

        Assert.Equal(SearchText.MaxLength, parsed.Filter.Query!.Length);
        Assert.Single(parsed.Notices);
        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task All_finds_only_events_in_which_every_chosen_actor_took_part()
    {
        await SaveAsync(
            TestData.Talks("witkoff-putin", new DateOnly(2025, 4, 11), witkoff, putin),
            TestData.Talks("witkoff-putin-trump", new DateOnly(2025, 4, 10), witkoff, putin, trump),
            TestData.Talks("witkoff-alone", new DateOnly(2025, 4, 9), witkoff),
            TestData.Statement("putin-alone", new DateOnly(2025, 4, 8), putin),
            TestData.Talks("trump-zelensky", new DateOnly(2025, 4, 7), trump, zelensky));

        var any = await Service.GetPageAsync(Filter(["steve-witkoff", "vladimir-putin"], match: "any"), cancellationToken: Cancel);
        var all = await Service.GetPageAsync(Filter(["steve-witkoff", "vladimir-putin"], match: "all"), cancellationToken: Cancel);
        var allThree = await Service.GetPageAsync(Filter(["steve-witkoff", "vladimir-putin", "donald-trump"], match: "all"), cancellationToken: Cancel);
        var allWithText = await Service.GetPageAsync(Filter(["steve-witkoff", "vladimir-putin"], match: "all", q: "trump"), cancellationToken: Cancel);

        Assert.Equal(["witkoff-putin", "witkoff-putin-trump", "witkoff-alone", "putin-alone"], any.Items.Select(i => i.Slug));
        Assert.Equal(["witkoff-putin", "witkoff-putin-trump"], all.Items.Select(i => i.Slug));
        Assert.Equal(["witkoff-putin-trump"], allThree.Items.Select(i => i.Slug));
        Assert.Equal(["witkoff-putin-trump"], allWithText.Items.Select(i => i.Slug));
    }

    [Fact]
    public async Task Kind_counts_follow_every_filter_but_the_kind()
    {
        await SaveAsync(
            TestData.Talks("talks-1", new DateOnly(2025, 4, 11), witkoff, putin),
            TestData.Talks("talks-2", new DateOnly(2025, 3, 11), witkoff, putin),
            TestData.Talks("talks-old", new DateOnly(2024, 12, 1), witkoff, putin),
            TestData.Statement("statement", new DateOnly(2025, 4, 1), witkoff),
            TestData.Claim("claim", new DateOnly(2025, 4, 2), zelensky),
            TestData.WithStatus(TestData.Talks("draft", new DateOnly(2025, 4, 3), witkoff), EventStatus.Draft));

        var page = await Service.GetPageWithKindCountsAsync(
            Filter(["steve-witkoff"], kinds: ["statement"], from: "2025-01-01"), cancellationToken: Cancel);

        Assert.Equal(["statement"], page.Items.Select(i => i.Slug));
        Assert.Equal(2, page.KindCounts[EventKind.Talks]);
        Assert.Equal(1, page.KindCounts[EventKind.Statement]);
        Assert.False(page.KindCounts.ContainsKey(EventKind.Claim));
    }

    [Fact]
    public async Task Pages_a_search_by_keyset_without_gaps_or_repeats()
    {
        // 35 events name Zelenskyy in their title, 35 are his own, 70 others match nothing; many share a date.
        var events = Enumerable.Range(0, 140).Select(i =>
        {
            var day = new DateOnly(2025, 1, 1).AddDays(i % 30);
            return (i % 4) switch
            {
                0 => (Event)Titled(TestData.Talks($"match-text-{i}", day, witkoff), $"Ceasefire talks about Zelenskyy {i}"),
                1 => TestData.Statement($"match-actor-{i}", day, zelensky),
                _ => TestData.Talks($"other-{i}", day, putin),
            };
        }).ToArray();
        await SaveAsync(events);

        var both = await ReadAllPagesAsync(Search("zelenskyy"), pageSize: 20);
        var textOnly = await ReadAllPagesAsync(Search("ceasefire"), pageSize: 20);

        Assert.Equal(70, both.Count);
        Assert.Equal(70, both.Select(i => i.Id).Distinct().Count());
        Assert.All(both, i => Assert.StartsWith("match-", i.Slug, StringComparison.Ordinal));
        Assert.Equal(both.OrderByDescending(i => i.OccurredOn).ThenByDescending(i => i.Id).Select(i => i.Id), both.Select(i => i.Id));
        Assert.Equal(35, textOnly.Select(i => i.Id).Distinct().Count());
        Assert.All(textOnly, i => Assert.StartsWith("match-text-", i.Slug, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Best_matches_rank_a_title_hit_above_a_quote_hit()
    {
        var quoted = TestData.Statement("quote-hit", new DateOnly(2025, 4, 12), trump);
        quoted.Quote = "We discussed the moratorium briefly.";
        await SaveAsync(
            quoted,
            Titled(TestData.Proposal("title-hit", new DateOnly(2025, 3, 18), putin), "Energy strike moratorium agreed"),
            TestData.Talks("no-hit", new DateOnly(2025, 4, 13), witkoff));

        var page = await Service.GetPageWithKindCountsAsync(Search("moratorium"), cancellationToken: Cancel);
        var later = await Service.GetPageWithKindCountsAsync(Search("moratorium") with { After = page.Next ?? new TimelineCursor(new DateOnly(2025, 4, 12), long.MaxValue) }, cancellationToken: Cancel);

        // The timeline stays newest first; the ranking only orders the best matches.
        Assert.Equal(["quote-hit", "title-hit"], page.Items.Select(i => i.Slug));
        Assert.Equal(["title-hit", "quote-hit"], page.BestMatches.Select(i => i.Slug));
        Assert.NotEmpty(page.BestMatches[0].Actors);
        Assert.Empty(later.BestMatches);
    }

    [Fact]
    public async Task A_search_that_finds_more_events_than_are_counted_says_so_instead_of_counting_them()
    {
        // Invented: a word in more published talks than the timeline counts by kind, most of them in 2024, written
        // with plain SQL (saving ten thousand events through EF would take the test a minute).
        await SaveAsync(TestData.Talks("witkoff-putin", new DateOnly(2025, 4, 11), witkoff, putin));
        await using (var db = Database.CreateContext())
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO events (slug, kind, title, summary, occurred_on, date_precision, status, created_at, updated_at, talks_format)
                SELECT 'ceasefire-talks-' || n, 'Talks', 'Ceasefire talks ' || n, 'Invented.',
                       CASE WHEN n <= 20 THEN DATE '2025-05-01' ELSE DATE '2024-05-01' END, 'Day', 'Published', now(), now(), 'Phone'
                FROM generate_series(1, {TimelineService.MaxCountedMatches + 1}) AS n
                """, Cancel);
        }

        var everything = await Service.GetPageWithKindCountsAsync(Search("ceasefire"), cancellationToken: Cancel);
        var thisYear = await Service.GetPageWithKindCountsAsync(Search("ceasefire") with { From = new DateOnly(2025, 1, 1) }, cancellationToken: Cancel);

        Assert.True(everything.TooManyToCount);
        Assert.Empty(everything.KindCounts);
        Assert.Equal(TimelineService.DefaultPageSize, everything.Items.Count);
        Assert.False(thisYear.TooManyToCount);
        Assert.Equal(20, thisYear.KindCounts[EventKind.Talks]);
    }

    private static TimelineFilter Search(string q) => Filter(q: q);

    private async Task<List<TimelineItem>> ReadAllPagesAsync(TimelineFilter filter, int pageSize)
    {
        var seen = new List<TimelineItem>();
        TimelineCursor? after = null;
        var pages = 0;
        do
        {
            var page = await Service.GetPageAsync(filter with { After = after }, pageSize, Cancel);
            seen.AddRange(page.Items);
            after = page.Next;
        }
        while (after is not null && ++pages < 20);

        return seen;
    }

    private static TimelineFilter Filter(string[]? actors = null, string[]? kinds = null, string? from = null, string? match = null, string? q = null)
    {
        var parsed = TimelineFilter.Parse(actors, kinds, from, null, null, q, match);
        Assert.Empty(parsed.Notices);
        return parsed.Filter;
    }

    private static Actor WithAliases(Actor actor, params string[] aliases)
    {
        actor.Aliases = [.. aliases.Select(a => new ActorAlias { Name = a })];
        return actor;
    }

    private static T Titled<T>(T ev, string title) where T : Event
    {
        ev.Title = title;
        return ev;
    }
}
