using System.Net;
using CeasefireTracker.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using CeasefireTracker.Tests.Web;

namespace CeasefireTracker.Tests.Features.Actors;

/// <summary>The filter bars' actor box: a name typed and found on the server, not a list of every actor.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class ActorFilterTests(TestDatabase database) : DemoSiteTest(database)
{
    [Theory]
    [InlineData("/timeline?who=witkof", "/timeline?actor=steve-witkoff", "Timeline: Steve Witkoff")]
    [InlineData("/timeline?who=Steve+Witkoff&kind=talks", "/timeline?actor=steve-witkoff&kind=talks", "Timeline: Steve Witkoff")]
    [InlineData("/timeline?who=%D0%97%D0%B5%D0%BB%D0%B5%D0%BD%D1%81%D1%8C%D0%BA%D0%B8%D0%B9", "/timeline?actor=volodymyr-zelensky", "Timeline: Volodymyr Zelensky")]
    [InlineData("/timeline?actor=steve-witkoff&who=putin", "/timeline?actor=steve-witkoff&actor=vladimir-putin", "Timeline: Steve Witkoff, Vladimir Putin")]
    [InlineData("/analysis?who=ukraine&from=2025-03-01", "/analysis?actor=ukraine&from=2025-03-01", "Analysis: Ukraine")]
    [InlineData("/claims?verdict=disputed&who=kremlin", "/claims?verdict=disputed&actor=kremlin", "Claims")]
    public async Task A_typed_name_redirects_to_the_actor_s_filter_link(string path, string location, string heading)
    {
        using var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        var target = response.Headers.Location!.OriginalString;
        var page = await GetPageAsync(target);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith(location, target, StringComparison.Ordinal);
        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_name_that_matches_nobody_is_explained_and_kept_to_correct()
    {
        var page = await GetPageAsync("/timeline?who=qqxyzzyq");

        Assert.Contains("No actor is called “qqxyzzyq”", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("qqxyzzyq", page.QuerySelector("#filter-actor")!.GetAttribute("value"));
        Assert.Equal("Timeline", page.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("/timeline")]
    [InlineData("/analysis")]
    [InlineData("/claims")]
    public async Task The_filter_bars_list_no_actors(string path)
    {
        await AddActorsAsync(300);

        var page = await GetPageAsync(path);

        Assert.Empty(page.QuerySelectorAll("select option"));
        Assert.Empty(page.QuerySelectorAll("input[name=actor]"));
        Assert.NotNull(page.QuerySelector("input[type=text][name=who]"));
    }

    private async Task AddActorsAsync(int count)
    {
        await using var db = Database.CreateContext();
        db.Actors.AddRange(Enumerable.Range(0, count).Select(i => TestData.Actor($"extra-actor-{i}")));
        await db.SaveChangesAsync(Cancel);
    }
}
