using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Actors;
using CeasefireTracker.Web.Features.Shared;
using CeasefireTracker.Web.Features.Timeline;

namespace CeasefireTracker.Tests.Features.Timeline;

public sealed class TimelineFilterTests
{
    [Fact]
    public void Reads_actors_kinds_and_dates_from_the_query()
    {
        var parsed = TimelineFilter.Parse([" Steve-Witkoff ", "vladimir-putin", "steve-witkoff"], ["talks", "Prisoner-Exchange"], "2025-02-01", "2025-04-30", null);

        Assert.Empty(parsed.Notices);
        Assert.Equal(["steve-witkoff", "vladimir-putin"], parsed.Filter.ActorSlugs);
        Assert.Equal([EventKind.Talks, EventKind.PrisonerExchange], parsed.Filter.Kinds);
        Assert.Equal(new DateOnly(2025, 2, 1), parsed.Filter.From);
        Assert.Equal(new DateOnly(2025, 4, 30), parsed.Filter.To);
    }

    [Fact]
    public void An_unknown_kind_is_ignored_with_a_notice()
    {
        var parsed = TimelineFilter.Parse(null, ["talks", "battles"], null, null, null);

        Assert.Equal([EventKind.Talks], parsed.Filter.Kinds);
        Assert.Contains(parsed.Notices, n => n.Contains("battles", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("11/04/2025")]
    [InlineData("yesterday")]
    [InlineData("2025-02-30")]
    public void A_malformed_date_is_ignored_with_a_notice(string value)
    {
        var parsed = TimelineFilter.Parse(null, null, value, "2025-04-30", null);

        Assert.Null(parsed.Filter.From);
        Assert.Equal(new DateOnly(2025, 4, 30), parsed.Filter.To);
        Assert.Single(parsed.Notices, n => n.Contains(value, StringComparison.Ordinal) && n.Contains("YYYY-MM-DD", StringComparison.Ordinal));
    }

    [Fact]
    public void A_start_after_the_end_drops_the_date_range_with_a_notice()
    {
        var parsed = TimelineFilter.Parse(null, null, "2025-05-01", "2025-01-01", null);

        Assert.Null(parsed.Filter.From);
        Assert.Null(parsed.Filter.To);
        Assert.Single(parsed.Notices, n => n.Contains("after the end date", StringComparison.Ordinal));
    }

    [Fact]
    public void A_huge_value_is_echoed_back_shortened()
    {
        var huge = new string('x', 10_000);

        var parsed = TimelineFilter.Parse(null, [huge], huge, null, huge);

        Assert.Equal(3, parsed.Notices.Count);
        Assert.All(parsed.Notices, n => Assert.True(n.Length < 200, n));
        Assert.Null(parsed.Filter.After);
    }

    [Fact]
    public void Only_the_first_ten_actors_are_used()
    {
        var parsed = TimelineFilter.Parse([.. Enumerable.Range(1, 15).Select(i => $"actor-{i}")], null, null, null, null);

        Assert.Equal(ActorSlugs.MaxPerFilter, parsed.Filter.ActorSlugs.Count);
        Assert.Single(parsed.Notices);
    }

    [Theory]
    [InlineData("2025-04-11.42", true)]
    [InlineData("2025-04-11.-42", false)]
    [InlineData("2025-04-11", false)]
    [InlineData("2025-04-11.42.1", false)]
    [InlineData("20250411.42", false)]
    public void Reads_a_page_position_only_when_it_is_well_formed(string value, bool valid)
    {
        Assert.Equal(valid, TimelineCursor.TryParse(value, out var cursor));
        if (valid) Assert.Equal(new TimelineCursor(new DateOnly(2025, 4, 11), 42), cursor);
    }

    [Fact]
    public void A_filter_survives_the_round_trip_through_its_query_string()
    {
        var filter = TimelineFilter.Parse(["steve-witkoff"], ["talks", "claim"], "2025-02-01", "2025-04-30", null).Filter;
        var cursor = new TimelineCursor(new DateOnly(2025, 3, 1), 7);

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(filter.ToQueryString(cursor));
        var again = TimelineFilter.Parse(query["actor"]!, query["kind"]!, query["from"], query["to"], query["after"]);

        Assert.Empty(again.Notices);
        Assert.Equal(filter with { After = cursor }, again.Filter with { ActorSlugs = filter.ActorSlugs, Kinds = filter.Kinds });
        Assert.Equal(filter.ActorSlugs, again.Filter.ActorSlugs);
        Assert.Equal(filter.Kinds, again.Filter.Kinds);
        Assert.Equal(cursor, again.Filter.After);
    }

    [Fact]
    public void Reads_the_search_and_how_actors_combine()
    {
        var parsed = TimelineFilter.Parse(["steve-witkoff", "vladimir-putin"], null, null, null, null, "  Black   Sea\ttruce ", "ALL");

        Assert.Empty(parsed.Notices);
        Assert.Equal("Black Sea truce", parsed.Filter.Query);
        Assert.Equal(ActorMatch.All, parsed.Filter.Match);
        Assert.False(parsed.Filter.IsEmpty);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("  \t ", null)]
    [InlineData("a\0b", "a b")]
    [InlineData("&|!():*'\\", "&|!():*'\\")]
    public void Keeps_query_syntax_as_text_and_drops_control_characters(string? q, string? expected)
    {
        var parsed = TimelineFilter.Parse(null, null, null, null, null, q);

        Assert.Empty(parsed.Notices);
        Assert.Equal(expected, parsed.Filter.Query);
    }

    [Fact]
    public void A_huge_search_is_cut_with_a_notice()
    {
        var parsed = TimelineFilter.Parse(null, null, null, null, null, new string('x', 10_000));

        Assert.Equal(SearchText.MaxLength, parsed.Filter.Query!.Length);
        Assert.Single(parsed.Notices, n => n.Contains("too long", StringComparison.Ordinal) && n.Length < 200);
    }

    [Fact]
    public void A_cut_never_splits_a_character_in_two()
    {
        var parsed = TimelineFilter.Parse(null, null, null, null, null, new string('x', SearchText.MaxLength - 1) + "😀😀");

        Assert.Equal(SearchText.MaxLength - 1, parsed.Filter.Query!.Length);
        Assert.False(char.IsHighSurrogate(parsed.Filter.Query[^1]));
    }

    [Theory]
    [InlineData("both")]
    [InlineData("<b>all</b>")]
    public void An_unknown_way_to_combine_actors_falls_back_to_any_with_a_notice(string match)
    {
        var parsed = TimelineFilter.Parse(["steve-witkoff"], null, null, null, null, null, match);

        Assert.Equal(ActorMatch.Any, parsed.Filter.Match);
        Assert.Single(parsed.Notices, n => n.Contains(match, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("steve\0witkoff")]
    [InlineData("<script>")]
    [InlineData("steve witkoff")]
    public void A_value_that_cannot_be_an_actor_is_ignored_without_asking_the_database(string actor)
    {
        var parsed = TimelineFilter.Parse([actor, "vladimir-putin"], null, null, null, null);

        Assert.Equal(["vladimir-putin"], parsed.Filter.ActorSlugs);
        Assert.Single(parsed.Notices);
    }

    [Fact]
    public void The_search_and_all_survive_the_round_trip_through_the_query_string()
    {
        var filter = TimelineFilter.Parse(["steve-witkoff", "vladimir-putin"], null, null, null, null, "Зеленський & \"Black Sea\"", "all").Filter;

        var again = TimelineFilter.FromQuery(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(filter.ToQueryString()));

        Assert.Empty(again.Notices);
        Assert.Equal(filter.Query, again.Filter.Query);
        Assert.Equal(ActorMatch.All, again.Filter.Match);
        Assert.DoesNotContain("match=", (filter with { Match = ActorMatch.Any }).ToQueryString(), StringComparison.Ordinal);
    }
}
