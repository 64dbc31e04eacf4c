using System.Net;
using AngleSharp.Html.Parser;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Events;
using CeasefireTracker.Web.Features.Export;
using CeasefireTracker.Web.Features.Timeline;
using CsvHelper;
using CeasefireTracker.Tests.Web;

namespace CeasefireTracker.Tests.Features.Export;

/// <summary><c>/timeline.csv</c>, read back with CsvHelper's reader as an analyst's tool would read it.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class TimelineCsvExportTests(TestDatabase database) : DemoSiteTest(database)
{
    private static readonly string[] Columns =
    [
        "event_id", "slug", "kind", "occurred_on", "date_precision", "title", "summary", "place", "actor_names", "actor_slugs", "url",
        "start", "end", "end_precision", "time_zone", "duration", "represents",
        "talks_duration", "talks_duration_qualifier", "track", "round_number",
        "ceasefire_coverage", "ceasefire_scope", "ceasefire_coverage_detail", "ceasefire_declaration", "ceasefire_form", "ceasefire_purpose",
        "ceasefire_status", "ceasefire_announced_on", "ceasefire_ended_how", "ceasefire_ended_on", "ceasefire_extends",
        "ceasefire_status_history", "ceasefire_responses", "exchange_batches", "exchange_reports",
    ];

    private static readonly string[] Precisions = ["day", "month", "approximate"];
    private static readonly string[] ClaimsAndStatements = ["claim", "statement"];

    [Fact]
    public async Task The_csv_holds_one_row_per_event_of_the_filter_with_stable_ids_and_iso_dates()
    {
        using var response = await GetAsync("/timeline.csv?actor=steve-witkoff");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);

        var rows = ReadCsv(await response.Content.ReadAsStringAsync(Cancel), out var headers);

        Assert.Equal(Columns, headers);
        Assert.Equal(await PublishedSlugsAsync("steve-witkoff"), rows.Select(r => r["slug"]));
        Assert.All(rows, r => Assert.Contains("steve-witkoff", r["actor_slugs"].Split("; ")));
        Assert.All(rows, r => Assert.True(long.TryParse(r["event_id"], out _)));
        Assert.All(rows, r => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", r["occurred_on"]));
        Assert.All(rows, r => Assert.Contains(r["date_precision"], Precisions));
        Assert.All(rows, r => Assert.Equal($"http://localhost/events/{r["slug"]}", r["url"]));

        var saintPetersburg = Assert.Single(rows, r => r["slug"] == "witkoff-putin-talks-saint-petersburg-2025-04");
        Assert.Equal("talks", saintPetersburg["kind"]);
        Assert.Equal("2025-04-11", saintPetersburg["occurred_on"]);
        Assert.Equal("Saint Petersburg", saintPetersburg["place"]);
        var names = saintPetersburg["actor_names"].Split("; ");
        var slugs = saintPetersburg["actor_slugs"].Split("; ");
        Assert.Equal(names.Length, slugs.Length);
        Assert.Equal("Vladimir Putin", names[Array.IndexOf(slugs, "vladimir-putin")]);
    }

    [Fact]
    public async Task The_csv_follows_kind_and_date_filters_like_the_timeline()
    {
        var rows = ReadCsv(await GetTextAsync("/timeline.csv?kind=claim&kind=statement&from=2025-04-01&to=2025-04-30"), out _);

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(r["kind"], ClaimsAndStatements));
        Assert.All(rows, r => Assert.InRange(DateOnly.Parse(r["occurred_on"], System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 30)));
    }

    [Fact]
    public async Task Commas_quotes_line_breaks_and_formulas_round_trip_and_cannot_run_in_a_spreadsheet()
    {
        const string title = "=HYPERLINK(\"https://evil.example\",\"Click\"), said \"someone\"\nover two lines";
        const string summary = "-1+2 is not a formula here; neither is @SUM(A1)";
        var ministry = TestData.Actor("ministry-of-defence-ukraine", ActorKind.GovernmentBody);
        ministry.Name = "Ministry of Defence, Ukraine";
        var talks = TestData.Talks("tricky-talks", new DateOnly(2025, 5, 2), ministry, TestData.Actor("plain-person"));
        talks.Title = title;
        talks.Summary = summary;
        talks.Place = "+Kyiv";
        await AddEventAsync(talks);

        var text = await GetTextAsync("/timeline.csv?actor=ministry-of-defence-ukraine");
        var row = Assert.Single(ReadCsv(text, out _));

        // Each text cell that starts like a formula gets a leading apostrophe; everything after it is intact.
        Assert.Equal("'" + title, row["title"]);
        Assert.Equal("'" + summary, row["summary"]);
        Assert.Equal("'+Kyiv", row["place"]);
        Assert.Equal(["Ministry of Defence, Ukraine", "Plain Person"], row["actor_names"].Split("; ").Order());
        Assert.Equal("tricky-talks", row["slug"]);
        Assert.DoesNotContain("\n=", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keyset_pages_give_every_event_once_in_timeline_order()
    {
        await AddBusyEventsAsync(40);
        var timeline = Get<TimelineService>();
        var filter = new TimelineFilter();
        var first = await timeline.GetPageAsync(filter, 7, Cancel);

        var slugs = new List<string>();
        await foreach (var row in TimelineCsvExport.RowsAsync(timeline, Get<EventFactsService>(), filter, first, 7, new Uri("https://tracker.example/"), Cancel))
        {
            slugs.Add(row.Slug);
        }

        Assert.Equal(await PublishedSlugsAsync(), slugs);
    }

    [Theory]
    [InlineData("/timeline.csv?from=2025-13-01", "2025-13-01")]
    [InlineData("/timeline.csv?actor=no-such-actor", "no-such-actor")]
    [InlineData("/timeline.csv?kind=battles", "battles")]
    public async Task A_filter_value_that_cannot_be_used_is_refused_with_the_reason(string path, string mentioned)
    {
        using var response = await GetAsync(path, HttpStatusCode.BadRequest);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(mentioned, await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/timeline.csv")]
    [InlineData("/timeline.csv?actor=steve-witkoff&actor=vladimir-putin&kind=talks&kind=statement&from=2025-01-01")]
    [InlineData("/feed.atom")]
    [InlineData("/feed.atom?actor=steve-witkoff")]
    [InlineData("/api/events")]
    [InlineData("/api/events?actor=vladimir-putin&limit=200")]
    [InlineData("/api/actors?limit=200")]
    public async Task An_export_costs_the_same_few_queries_however_many_events_it_holds(string path)
    {
        var before = await CountQueriesAsync(path);
        await AddBusyEventsAsync(40);
        var after = await CountQueriesAsync(path);

        Assert.Equal(before, after);
        // The page, its kinds' facts (representation, talks, ceasefires, exchanges), and the feed's entry dates.
        Assert.InRange(after, 1, 7);
    }

    [Fact]
    public async Task The_timeline_links_its_current_view_as_csv_atom_and_json()
    {
        var html = await GetTextAsync("/timeline?actor=steve-witkoff&actor=no-such-actor&kind=talks&after=2025-04-11.5");
        var page = await new HtmlParser().ParseDocumentAsync(html, Cancel);

        // The view as applied: the unknown actor the timeline ignored and the page position are left out.
        const string query = "?actor=steve-witkoff&kind=talks";
        var links = page.QuerySelectorAll("nav.export-links a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));
        Assert.Equal($"/timeline.csv{query}", links["CSV"]);
        Assert.Equal($"/feed.atom{query}", links["Atom feed"]);
        Assert.Equal($"/api/events{query}", links["JSON"]);

        var alternate = page.Head!.QuerySelector("link[rel=alternate][type='application/atom+xml']");
        Assert.NotNull(alternate);
        Assert.Equal($"/feed.atom{query}", alternate.GetAttribute("href"));
        Assert.Contains("Steve Witkoff", alternate.GetAttribute("title"), StringComparison.Ordinal);
    }

    private static List<Dictionary<string, string>> ReadCsv(string text, out string[] headers)
    {
        // The separator is given: detection could take the "; " inside the actor cells for one.
        using var reader = CsvReader.FromText(text, CsvReaderOptions.Default with { Separator = ',' });
        var rows = new List<Dictionary<string, string>>();
        headers = [.. reader.Headers];
        while (reader.Read())
        {
            rows.Add(reader.Headers.ToDictionary(h => h, h => reader.GetString(h)));
        }

        return rows;
    }
}
