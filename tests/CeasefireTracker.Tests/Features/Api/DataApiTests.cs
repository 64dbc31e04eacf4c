using System.Net;
using System.Text.Json;
using CeasefireTracker.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using CeasefireTracker.Tests.Web;

namespace CeasefireTracker.Tests.Features.Api;

/// <summary><c>/api/events</c>, <c>/api/actors</c> and <c>/openapi/v1.json</c>, read with System.Text.Json.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class DataApiTests(TestDatabase database) : DemoSiteTest(database)
{
    [Fact]
    public async Task Following_next_pages_through_every_event_once()
    {
        await AddBusyEventsAsync(12);

        var slugs = new List<string>();
        var pages = 0;
        for (string? url = "/api/events?limit=5"; url is not null; pages++)
        {
            using var json = await GetJsonAsync(url);
            var root = json.RootElement;
            slugs.AddRange(root.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!));
            url = root.GetProperty("nextUrl").GetString();
            Assert.Equal(url is null, root.GetProperty("next").ValueKind == JsonValueKind.Null);
        }

        var expected = await PublishedSlugsAsync();
        Assert.Equal(expected, slugs);
        Assert.Equal((expected.Count + 4) / 5, pages);
    }

    [Fact]
    public async Task An_event_has_its_ids_dates_actors_and_address()
    {
        using var json = await GetJsonAsync("/api/events?actor=steve-witkoff&kind=talks&from=2025-04-01");

        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        var talks = Assert.Single(items);
        Assert.Equal("witkoff-putin-talks-saint-petersburg-2025-04", talks.GetProperty("slug").GetString());
        Assert.True(talks.GetProperty("id").GetInt64() > 0);
        Assert.Equal("talks", talks.GetProperty("kind").GetString());
        Assert.Equal("2025-04-11", talks.GetProperty("occurredOn").GetString());
        Assert.Equal("day", talks.GetProperty("datePrecision").GetString());
        Assert.Equal("Saint Petersburg", talks.GetProperty("place").GetString());
        Assert.Equal("http://localhost/events/witkoff-putin-talks-saint-petersburg-2025-04", talks.GetProperty("url").GetString());
        Assert.Contains(talks.GetProperty("actors").EnumerateArray(),
            a => a.GetProperty("slug").GetString() == "vladimir-putin" && a.GetProperty("name").GetString() == "Vladimir Putin");
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("next").ValueKind);
    }

    [Theory]
    [InlineData("/api/events?from=2025-13-01", "2025-13-01")]
    [InlineData("/api/events?actor=no-such-actor", "no-such-actor")]
    [InlineData("/api/events?kind=battles", "battles")]
    [InlineData("/api/events?after=yesterday", "page position")]
    [InlineData("/api/events?limit=201", "201")]
    [InlineData("/api/events?limit=ten", "ten")]
    [InlineData("/api/actors?kind=wizard", "wizard")]
    [InlineData("/api/actors?after=%25%25%25", "after")]
    [InlineData("/api/actors?limit=0", "0")]
    public async Task A_parameter_that_cannot_be_used_is_a_400_problem_that_names_it(string path, string mentioned)
    {
        using var response = await GetAsync(path, HttpStatusCode.BadRequest);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(problem.RootElement.GetProperty("notices").EnumerateArray(),
            n => n.GetString()!.Contains(mentioned, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_problem_is_listed_at_once()
    {
        using var response = await GetAsync("/api/events?from=2025-13-01&actor=no-such-actor&limit=0", HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));

        Assert.Equal(3, problem.RootElement.GetProperty("notices").GetArrayLength());
    }

    [Fact]
    public async Task Actors_page_by_name_and_filter_by_kind()
    {
        var slugs = new List<string>();
        for (string? url = "/api/actors?limit=4"; url is not null;)
        {
            using var json = await GetJsonAsync(url);
            slugs.AddRange(json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!));
            url = json.RootElement.GetProperty("nextUrl").GetString();
        }

        await using var db = Database.CreateContext();
        var all = await db.Actors.OrderBy(a => a.Name).ThenBy(a => a.Id).Select(a => a.Slug).ToListAsync(Cancel);
        Assert.Equal(all, slugs);

        using var states = await GetJsonAsync("/api/actors?kind=state");
        var items = states.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal("state", i.GetProperty("kind").GetString()));

        using var people = await GetJsonAsync("/api/actors?kind=person&limit=200");
        var peskov = Assert.Single(people.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("slug").GetString() == "dmitry-peskov");
        Assert.Equal("kremlin", peskov.GetProperty("affiliationSlug").GetString());
        Assert.True(peskov.GetProperty("id").GetInt32() > 0);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api_and_its_parameters()
    {
        using var json = await GetJsonAsync("/openapi/v1.json");
        var paths = json.RootElement.GetProperty("paths");

        var events = paths.GetProperty("/api/events").GetProperty("get");
        var parameters = events.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        foreach (var name in new[] { "actor", "kind", "from", "to", "after", "limit" })
        {
            Assert.True(parameters.ContainsKey(name), $"/api/events lacks the parameter {name}");
            Assert.False(string.IsNullOrWhiteSpace(parameters[name].GetProperty("description").GetString()));
        }

        Assert.Equal("array", parameters["actor"].GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal(200, parameters["limit"].GetProperty("schema").GetProperty("maximum").GetInt32());
        Assert.True(events.GetProperty("responses").TryGetProperty("400", out _));
        Assert.False(string.IsNullOrWhiteSpace(events.GetProperty("summary").GetString()));
        Assert.True(paths.TryGetProperty("/api/actors", out _));
        Assert.True(paths.TryGetProperty("/timeline.csv", out _));
        Assert.True(paths.TryGetProperty("/feed.atom", out _));
        Assert.True(json.RootElement.GetProperty("components").GetProperty("schemas").TryGetProperty("ApiEvent", out _));
    }

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        using var response = await GetAsync(url);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
    }
}
