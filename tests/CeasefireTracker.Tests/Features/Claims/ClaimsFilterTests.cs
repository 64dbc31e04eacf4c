using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Actors;
using CeasefireTracker.Web.Features.Claims;
using Microsoft.AspNetCore.WebUtilities;

namespace CeasefireTracker.Tests.Features.Claims;

public sealed class ClaimsFilterTests
{
    [Fact]
    public void Reads_repeated_verdicts_and_actors_from_the_query_string()
    {
        var parsed = Parse("?verdict=disputed&verdict=PARTLY-TRUE&verdict=disputed&actor=Kremlin&actor=%20china%20");

        Assert.Equal([ClaimVerdict.Disputed, ClaimVerdict.PartlyTrue], parsed.Filter.Verdicts);
        Assert.Equal(["kremlin", "china"], parsed.Filter.ActorSlugs);
        Assert.Empty(parsed.Notices);
        Assert.Equal("?verdict=disputed&verdict=partly-true&actor=kremlin&actor=china", parsed.Filter.ToQueryString());
    }

    [Theory]
    [InlineData("?verdict=bogus", "bogus")]
    [InlineData("?verdict=partlytrue", "partlytrue")]
    [InlineData("?after=yesterday", "page position")]
    public void A_value_that_cannot_be_used_is_left_out_with_a_notice(string query, string mentioned)
    {
        var parsed = Parse(query + "&verdict=false");

        Assert.Contains(parsed.Notices, n => n.Contains(mentioned, StringComparison.Ordinal));
        Assert.Equal([ClaimVerdict.False], parsed.Filter.Verdicts);
        Assert.Null(parsed.Filter.After);
    }

    [Fact]
    public void A_long_bad_value_is_shortened_in_the_notice()
    {
        var parsed = Parse("?verdict=" + new string('x', 500));

        Assert.True(Assert.Single(parsed.Notices).Length < 200);
    }

    [Fact]
    public void Only_the_first_ten_actors_are_used()
    {
        var parsed = Parse("?" + string.Join('&', Enumerable.Range(0, 12).Select(i => $"actor=actor-{i}")));

        Assert.Equal(ActorSlugs.MaxPerFilter, parsed.Filter.ActorSlugs.Count);
        Assert.Single(parsed.Notices);
    }

    private static ParsedClaimsFilter Parse(string query) => ClaimsFilter.FromQuery(QueryHelpers.ParseQuery(query));
}
