using CeasefireTracker.Web.Features.Analysis;
using Microsoft.AspNetCore.WebUtilities;

namespace CeasefireTracker.Tests.Features.Analysis;

/// <summary>The analysis page's window is its URL, read by a filter of its own; nothing in a URL makes it throw.</summary>
public sealed class AnalysisFilterTests
{
    private static ParsedAnalysisFilter Parse(string query) => AnalysisFilter.FromQuery(QueryHelpers.ParseQuery(query));

    [Fact]
    public void Reads_actors_and_dates_and_writes_the_same_link_back()
    {
        var parsed = Parse("?actor=Ukraine&actor=steve-witkoff&from=2025-03-01&to=2025-03-31");

        Assert.Empty(parsed.Notices);
        Assert.Equal(["ukraine", "steve-witkoff"], parsed.Filter.ActorSlugs);
        Assert.Equal((new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31)), (parsed.Filter.From!.Value, parsed.Filter.To!.Value));
        Assert.Equal("?actor=ukraine&actor=steve-witkoff&from=2025-03-01&to=2025-03-31", parsed.Filter.ToQueryString());
        Assert.Equal(parsed.Filter.ToQueryString(), parsed.Filter.ToTimeline().ToQueryString());
    }

    [Theory]
    [InlineData("?from=2025-13-45", "2025-13-45")]
    [InlineData("?from=2025-05-01&to=2025-04-01", "after the end date")]
    [InlineData("?actor=%00bad", "There is no actor")]
    [InlineData("?kind=talks", "kind filter was ignored")]
    [InlineData("?kind=%00", "kind filter was ignored")]
    [InlineData("?match=all", "“all of them together” was ignored")]
    [InlineData("?q=ceasefire", "the search was ignored")]
    public void A_value_that_does_not_apply_is_left_out_with_a_notice(string query, string mentioned)
    {
        var parsed = Parse(query);

        Assert.Contains(parsed.Notices, n => n.Contains(mentioned, StringComparison.Ordinal));
        Assert.True(parsed.Filter.IsEmpty);
    }

    [Fact]
    public void At_most_ten_actors_are_used()
    {
        var parsed = Parse(string.Concat(Enumerable.Range(1, 12).Select(i => $"&actor=actor-{i}")));

        Assert.Equal(10, parsed.Filter.ActorSlugs.Count);
        Assert.Contains("Only the first 10 actors are used.", parsed.Notices);
    }
}
