using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CeasefireTracker.Tests.Infrastructure;
using CsvHelper;

namespace CeasefireTracker.Tests.Web;

/// <summary>
/// The new facts, saved through the editor service (<see cref="DiplomacyFixture"/>), read back everywhere a reader or a
/// program meets them: the event page, the timeline, /ceasefires, /exchanges, the track and actor pages, the CSV, the
/// JSON API and its OpenAPI document, the Atom feed and the JSON-LD.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class DiplomacyRoundTripTests(TestDatabase database) : HostedAppTest(database)
{
    private const string Truce = "19 April 2025, 18:00 – 21 April 2025, 00:00 Moscow time (30 hours)";

    private DiplomacyFixture fixture = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        fixture = await DiplomacyFixture.SaveAsync(Database, Cancel);
    }

    private async Task<string> GetTextAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var client = App.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == expected, $"{path}: {response.StatusCode}\n{body[..Math.Min(2000, body.Length)]}");
        return body;
    }

    private async Task<IHtmlDocument> GetPageAsync(string path) => await new HtmlParser().ParseDocumentAsync(await GetTextAsync(path), Cancel);

    private static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task The_event_page_reads_the_window_and_the_truce_as_typed()
    {
        var page = await GetPageAsync($"/events/{fixture.TruceSlug}");

        Assert.Equal(Truce, Text(page.QuerySelector(".event-page__meta .event-when")!));
        Assert.Equal(["2025-04-19T18:00:00+03:00", "2025-04-21T00:00:00+03:00"], page.QuerySelectorAll(".event-page__meta time").Select(t => t.GetAttribute("datetime")));
        var facts = page.QuerySelector(".details .facts")!.Children.Select(Text).ToList();
        Assert.Contains("Declared", facts);
        Assert.Equal("Unilateral", facts[facts.IndexOf("Declared") + 1]);
        Assert.Equal("Verbal", facts[facts.IndexOf("Form") + 1]);
        Assert.Equal("Holiday or religious occasion", facts[facts.IndexOf("Purpose") + 1]);
        Assert.Equal("Full", facts[facts.IndexOf("Coverage") + 1]);
        Assert.Equal("19 April 2025", facts[facts.IndexOf("Announced") + 1]);
        Assert.Equal("Lapsed", facts[facts.IndexOf("Status") + 1]);
        Assert.Equal("Expired on 21 April 2025", facts[facts.IndexOf("Ended") + 1]);
        Assert.Equal("Russia extends the Easter truce by a day", facts[facts.IndexOf("Extended by") + 1]);
        Assert.Equal(["19 April 2025 In force", "20 April 2025 Violated Shelling reported on both sides.", "21 April 2025 Lapsed"], page.QuerySelectorAll(".status-history li").Select(Text));
        var response = page.QuerySelector(".details table tbody tr")!;
        Assert.Contains("Counter-proposal", Text(response), StringComparison.Ordinal);
        Assert.Equal($"/events/{fixture.CounterSlug}", response.QuerySelector(".response__counter a")!.GetAttribute("href"));

        var counter = await GetPageAsync($"/events/{fixture.CounterSlug}");
        var answers = counter.QuerySelector(".details .facts")!.Children.Select(Text).ToList();
        Assert.Equal("Russia declares an Easter truce (by Ukraine)", answers[answers.IndexOf("Counter-proposal to") + 1]);
        var extension = await GetPageAsync($"/events/{fixture.ExtensionSlug}");
        Assert.Contains(extension.QuerySelectorAll(".details .facts a"), a => a.GetAttribute("href") == $"/events/{fixture.TruceSlug}");
    }

    [Fact]
    public async Task The_event_pages_of_talks_and_exchanges_read_delegations_rounds_batches_and_figures()
    {
        var round = await GetPageAsync($"/events/{fixture.RoundSlug}");
        Assert.Equal("16 May 2025, 12:30 Istanbul time", Text(round.QuerySelector(".event-page__meta .event-when")!));
        Assert.Equal("2025-05-16T12:30:00+03:00", round.QuerySelector(".event-page__meta time")!.GetAttribute("datetime"));
        var facts = round.QuerySelector(".details .facts")!.Children.Select(Text).ToList();
        Assert.Equal("under 2 hours", facts[facts.IndexOf("Duration") + 1]);
        Assert.Equal("Round 1 of Istanbul talks 2025", facts[facts.IndexOf("Track") + 1]);
        Assert.Contains(round.QuerySelectorAll("#participants-heading ~ .facts li").Select(Text), t => t == "Vladimir Medinsky for Russia");

        var exchange = await GetPageAsync($"/events/{fixture.ExchangeSlug}");
        Assert.Equal("23 May 2025 – 25 May 2025 (3 days)", Text(exchange.QuerySelector(".event-page__meta .event-when")!));
        Assert.Equal(["390", "307", "303"], exchange.QuerySelectorAll(".exchange-batches tbody td.num").Select(Text));
        var figures = Text(exchange.QuerySelector(".reported-figures")!);
        Assert.Contains("the reports differ", figures, StringComparison.Ordinal);
        Assert.Contains("Russia says 1,005", figures, StringComparison.Ordinal);
        Assert.Contains("Ukraine says 1,000", figures, StringComparison.Ordinal);
        Assert.Contains("Counted here: 1,000", figures, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timeline_shows_the_window_and_finds_the_truce_on_the_responders_and_accusers_timelines()
    {
        foreach (var actor in new[] { "ukraine", "volodymyr-zelensky" })
        {
            var page = await GetPageAsync($"/timeline?actor={actor}&kind=ceasefire-proposal");
            var item = page.QuerySelectorAll("li.timeline-item").Single(li => li.QuerySelector("h3 a")!.GetAttribute("href") == $"/events/{fixture.TruceSlug}");
            Assert.Equal(Truce, Text(item.QuerySelector(".event-when")!));
            Assert.Equal(["Russia", "Ukraine", "Volodymyr Zelensky"], item.QuerySelectorAll(".actor-list a").Select(Text));
        }
    }

    [Fact]
    public async Task The_ceasefires_page_charts_the_windows_and_names_the_proposer()
    {
        var page = await GetPageAsync("/ceasefires");

        var chart = page.QuerySelector(".truce-chart svg")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Equal("Truce windows over time", Text(chart.QuerySelector("title")!));
        Assert.Contains(Truce, Text(chart.QuerySelector("desc")!), StringComparison.Ordinal);
        Assert.NotEmpty(chart.QuerySelectorAll(".truce-chart__inforce"));
        Assert.NotEmpty(chart.QuerySelectorAll(".truce-chart__violation"));
        Assert.Contains(page.QuerySelectorAll("#truce-table tbody tr"), r => Text(r).Contains(Truce, StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));

        var columns = page.QuerySelectorAll(".ceasefire-matrix thead th").Select(Text).ToList();
        var truce = page.QuerySelectorAll(".ceasefire-matrix tbody tr").Single(r => r.QuerySelector("th a")!.GetAttribute("href") == $"/events/{fixture.TruceSlug}");
        var cells = truce.QuerySelectorAll("td").ToList();
        Assert.Equal("Proposer", Text(cells[columns.IndexOf("Russia") - 1].QuerySelector(".response")!));
        Assert.Equal("Counter-proposal", Text(cells[columns.IndexOf("Ukraine") - 1].QuerySelector(".response")!));
        Assert.DoesNotContain(page.QuerySelectorAll(".response-no-response").Select(e => e.ParentElement!.ParentElement!), r => r == truce);
    }

    [Fact]
    public async Task The_exchange_ledger_shows_the_batches_the_total_and_where_the_sides_disagree()
    {
        var page = await GetPageAsync("/exchanges");

        var row = page.QuerySelectorAll(".ledger tbody tr").Single(r => r.QuerySelector("th a")!.GetAttribute("href") == $"/events/{fixture.ExchangeSlug}");
        Assert.Equal("23 May 2025 – 25 May 2025 (3 days)", Text(row.QuerySelector("th .event-when")!));
        Assert.Equal("1,000 people in all", Text(row.QuerySelector(".ledger__total")!));
        Assert.Equal(
            ["23 May 2025: Russia → Ukraine 390", "24 May 2025: Russia → Ukraine 307", "25 May 2025: Russia → Ukraine 303"],
            row.QuerySelectorAll(".ledger__batches li").Select(Text));
        var figures = Text(row.QuerySelector(".ledger__figures")!);
        Assert.Contains("Russia says 1,005", figures, StringComparison.Ordinal);
        Assert.Contains("Ukraine says 1,000", figures, StringComparison.Ordinal);
        Assert.Contains("(the sides disagree)", figures, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_track_page_lists_the_round_its_delegations_and_what_followed()
    {
        var list = await GetPageAsync("/tracks");
        Assert.Equal("Istanbul talks 2025", Text(list.QuerySelector(".track-list h2 a")!));

        var page = await GetPageAsync($"/tracks/{fixture.TrackSlug}");
        var round = page.QuerySelector(".track-round")!;
        Assert.Equal("Round 1 First round of the Istanbul talks", Text(round.QuerySelector("h2")!));
        var facts = round.QuerySelector(".facts")!.Children.Select(Text).ToList();
        Assert.Equal("Rustem Umerov (for Ukraine), Vladimir Medinsky (for Russia)", facts[facts.IndexOf("Head of delegation") + 1]);
        Assert.Equal("An exchange of 1,000 for 1,000 agreed.", facts[facts.IndexOf("Outcome") + 1]);
        Assert.Contains("The 1,000-for-1,000 exchange (agreed at this round)", facts[facts.IndexOf("What followed") + 1], StringComparison.Ordinal);
        await GetTextAsync("/tracks/no-such-track", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_person_never_meets_their_own_side()
    {
        var medinsky = await GetPageAsync("/actors/vladimir-medinsky");
        var russia = await GetPageAsync("/actors/russia");

        static List<string> MetWith(IHtmlDocument page) =>
            [.. page.QuerySelectorAll("#met-with-heading + .table-scroll tbody th").Select(Text).Order(StringComparer.Ordinal)];
        Assert.Equal(["Hakan Fidan", "Rustem Umerov", "Turkey", "Ukraine"], MetWith(medinsky));
        Assert.Equal(["Hakan Fidan", "Rustem Umerov", "Turkey", "Ukraine"], MetWith(russia));
        // Russia's page lists the truce it declared and the exchange it was a side of.
        Assert.Contains(russia.QuerySelectorAll(".timeline-item__title a"), a => a.GetAttribute("href") == $"/events/{fixture.ExchangeSlug}");
    }

    [Fact]
    public async Task An_actor_page_counts_how_they_took_part()
    {
        static List<string> Parts(IHtmlDocument page) => [.. page.QuerySelector(".actor-parts")!.Children.Select(Text)];

        Assert.Equal(
            ["Ceasefires proposed", "2", "Ceasefires answered", "1", "Accused of violations", "1", "Prisoner exchanges", "1"],
            Parts(await GetPageAsync("/actors/russia")));
        var zelensky = await GetPageAsync("/actors/volodymyr-zelensky");
        Assert.Equal(["Violations alleged", "1"], Parts(zelensky));
        Assert.Equal("/timeline?actor=volodymyr-zelensky&kind=ceasefire-proposal", zelensky.QuerySelector(".actor-parts a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_csv_has_a_column_for_each_new_fact()
    {
        using var reader = CsvReader.FromText(await GetTextAsync("/timeline.csv"), CsvReaderOptions.Default with { Separator = ',' });
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read()) rows.Add(reader.Headers.ToDictionary(h => h, h => reader.GetString(h)));
        var truce = rows.Single(r => r["slug"] == fixture.TruceSlug);
        var round = rows.Single(r => r["slug"] == fixture.RoundSlug);
        var exchange = rows.Single(r => r["slug"] == fixture.ExchangeSlug);

        Assert.Equal(("2025-04-19T18:00:00+03:00", "2025-04-21T00:00:00+03:00", "day", "Europe/Moscow", "PT30H"),
            (truce["start"], truce["end"], truce["end_precision"], truce["time_zone"], truce["duration"]));
        Assert.Equal(("full", "unilateral", "verbal", "holiday", "lapsed", "2025-04-19", "expired", "2025-04-21"),
            (truce["ceasefire_coverage"], truce["ceasefire_declaration"], truce["ceasefire_form"], truce["ceasefire_purpose"],
             truce["ceasefire_status"], truce["ceasefire_announced_on"], truce["ceasefire_ended_how"], truce["ceasefire_ended_on"]));
        Assert.Equal("2025-04-19 in-force; 2025-04-20 violated; 2025-04-21 lapsed", truce["ceasefire_status_history"]);
        Assert.Equal($"ukraine: counter-proposal on 2025-04-19 → {fixture.CounterSlug}", truce["ceasefire_responses"]);
        Assert.Equal(fixture.TruceSlug, rows.Single(r => r["slug"] == fixture.ExtensionSlug)["ceasefire_extends"]);
        Assert.Equal(("PT2H", "under", "istanbul-talks-2025", "1"), (round["talks_duration"], round["talks_duration_qualifier"], round["track"], round["round_number"]));
        Assert.Equal("hakan-fidan (mediator) for turkey; rustem-umerov (head-of-delegation) for ukraine; vladimir-medinsky (head-of-delegation) for russia", round["represents"]);
        Assert.Equal(("2025-05-23", "2025-05-25", "P3D"), (exchange["start"], exchange["end"], exchange["duration"]));
        Assert.Equal("2025-05-23 russia → ukraine prisoner-of-war 390; 2025-05-24 russia → ukraine prisoner-of-war 307; 2025-05-25 russia → ukraine prisoner-of-war 303", exchange["exchange_batches"]);
        Assert.Equal("ukraine: russia → ukraine all 1000 <https://example.org/fixture>; russia: russia → ukraine all 1005 <https://example.org/fixture>", exchange["exchange_reports"]);
    }

    [Fact]
    public async Task The_api_holds_the_contract_fields_and_the_openapi_document_describes_them()
    {
        using var json = JsonDocument.Parse(await GetTextAsync("/api/events?limit=200"));
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("slug").GetString()!);

        var truce = items[fixture.TruceSlug];
        Assert.Equal("2025-04-19T18:00:00+03:00", truce.GetProperty("start").GetString());
        Assert.Equal("2025-04-21T00:00:00+03:00", truce.GetProperty("end").GetString());
        Assert.Equal("Europe/Moscow", truce.GetProperty("timeZone").GetString());
        Assert.Equal("day", truce.GetProperty("datePrecision").GetString());
        Assert.Equal("PT30H", truce.GetProperty("duration").GetString());
        var proposal = truce.GetProperty("proposal");
        Assert.Equal("unilateral", proposal.GetProperty("declaration").GetString());
        Assert.Equal("2025-04-19", proposal.GetProperty("announcedOn").GetString());
        Assert.Equal("expired", proposal.GetProperty("endedHow").GetString());
        Assert.Equal(["in-force", "violated", "lapsed"], proposal.GetProperty("statusHistory").EnumerateArray().Select(h => h.GetProperty("status").GetString()));
        var response = proposal.GetProperty("responses").EnumerateArray().Single();
        Assert.Equal(("ukraine", "counter-proposal", fixture.CounterSlug),
            (response.GetProperty("actor").GetProperty("slug").GetString(), response.GetProperty("response").GetString(), response.GetProperty("counterProposal").GetProperty("slug").GetString()));
        Assert.Equal(JsonValueKind.Null, items[fixture.CounterSlug].GetProperty("end").ValueKind);
        Assert.Equal(JsonValueKind.Null, items[fixture.CounterSlug].GetProperty("timeZone").ValueKind);

        var exchange = items[fixture.ExchangeSlug].GetProperty("exchange");
        Assert.Equal([390, 307, 303], exchange.GetProperty("batches").EnumerateArray().Select(b => b.GetProperty("count").GetInt32()));
        Assert.Equal([("ukraine", 1000), ("russia", 1005)], exchange.GetProperty("reports").EnumerateArray()
            .Select(r => (r.GetProperty("reportedBy").GetProperty("slug").GetString(), r.GetProperty("count").GetInt32())));
        var round = items[fixture.RoundSlug];
        Assert.Equal(("istanbul-talks-2025", 1), (round.GetProperty("talks").GetProperty("track").GetProperty("slug").GetString(), round.GetProperty("talks").GetProperty("roundNumber").GetInt32()));
        Assert.Contains(round.GetProperty("representing").EnumerateArray(), r => r.GetProperty("side").GetProperty("slug").GetString() == "russia");

        using var openApi = JsonDocument.Parse(await GetTextAsync("/openapi/v1.json"));
        var schemas = openApi.RootElement.GetProperty("components").GetProperty("schemas");
        foreach (var property in new[] { "start", "end", "timeZone", "datePrecision", "proposal", "exchange" })
        {
            Assert.True(schemas.GetProperty("ApiEvent").GetProperty("properties").TryGetProperty(property, out _), property);
        }

        foreach (var property in new[] { "declaration", "announcedOn", "endedHow", "statusHistory", "responses" })
        {
            Assert.True(schemas.GetProperty("ApiProposal").GetProperty("properties").TryGetProperty(property, out _), property);
        }

        Assert.True(schemas.GetProperty("ApiExchangeReport").GetProperty("properties").TryGetProperty("reportedBy", out _));
        Assert.True(schemas.GetProperty("ApiExchange").GetProperty("properties").TryGetProperty("batches", out _));
    }

    [Fact]
    public async Task The_feed_entry_carries_the_window_and_the_facts()
    {
        using var xml = XmlReader.Create(new StringReader(await GetTextAsync("/feed.atom?actor=ukraine")));
        var feed = SyndicationFeed.Load(xml);
        string SummaryOf(string slug) => feed.Items.Single(i => i.Links.Single().Uri.ToString().EndsWith($"/events/{slug}", StringComparison.Ordinal)).Summary.Text;

        var truce = SummaryOf(fixture.TruceSlug);
        Assert.StartsWith(Truce + ".", truce, StringComparison.Ordinal);
        Assert.Contains("Unilateral, verbal ceasefire, coverage full, purpose: holiday or religious occasion.", truce, StringComparison.Ordinal);
        Assert.Contains("Status: lapsed (in force 19 April 2025; violated 20 April 2025; lapsed 21 April 2025).", truce, StringComparison.Ordinal);
        Assert.Contains("Ukraine counter-proposal (Ukraine proposes a 30-day ceasefire instead)", truce, StringComparison.Ordinal);
        Assert.Contains("Volodymyr Zelensky accuses Russia, 20 April 2025", truce, StringComparison.Ordinal);
        var exchange = SummaryOf(fixture.ExchangeSlug);
        Assert.Contains("Day by day: 23 May 2025 Russia → Ukraine 390; 24 May 2025 Russia → Ukraine 307; 25 May 2025 Russia → Ukraine 303.", exchange, StringComparison.Ordinal);
        Assert.Contains("Russia says 1,005; Ukraine says 1,000 (the reports differ).", exchange, StringComparison.Ordinal);
        Assert.Contains("Vladimir Medinsky (head of delegation) for Russia", SummaryOf(fixture.RoundSlug), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_ld_has_start_and_end_with_offsets_durations_and_the_series()
    {
        static async Task<JsonElement> EventLdAsync(Task<IHtmlDocument> page) =>
            JsonDocument.Parse((await page).QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

        var truce = await EventLdAsync(GetPageAsync($"/events/{fixture.TruceSlug}"));
        Assert.Equal(("2025-04-19T18:00:00+03:00", "2025-04-21T00:00:00+03:00", "PT30H"),
            (truce.GetProperty("startDate").GetString(), truce.GetProperty("endDate").GetString(), truce.GetProperty("duration").GetString()));
        var exchange = await EventLdAsync(GetPageAsync($"/events/{fixture.ExchangeSlug}"));
        Assert.Equal(("2025-05-23", "2025-05-25", "P3D"),
            (exchange.GetProperty("startDate").GetString(), exchange.GetProperty("endDate").GetString(), exchange.GetProperty("duration").GetString()));
        var round = await EventLdAsync(GetPageAsync($"/events/{fixture.RoundSlug}"));
        Assert.Equal(("2025-05-16T12:30:00+03:00", "PT2H"), (round.GetProperty("startDate").GetString(), round.GetProperty("duration").GetString()));
        Assert.False(round.TryGetProperty("endDate", out _));
        Assert.Equal(("EventSeries", "Istanbul talks 2025"), (round.GetProperty("superEvent").GetProperty("@type").GetString(), round.GetProperty("superEvent").GetProperty("name").GetString()));
    }
}
