using System.Collections.Concurrent;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Tests.Web;

namespace CeasefireTracker.Tests.Security;

/// <summary>Hostile tests get a database of their own so that their thousands of requests run beside the other integration tests.</summary>
[CollectionDefinition(Name)]
public sealed class HostileInputCollection : ICollectionFixture<TestDatabase>
{
    public const string Name = "hostile input";
}

/// <summary>
/// Every hostile input through every query parameter and route value of every public address: never a 5xx, never
/// injected markup, and a refusal that says so (a notice on a page, a 400 problem from an endpoint).
/// </summary>
[Collection(HostileInputCollection.Name)]
public sealed class HostileInputTests(TestDatabase database, ITestOutputHelper output) : DemoSiteTest(database)
{
    private const int Parallel = 8;

    // Every tenth input through the aliases of a page tested in full.
    private const int AliasSample = 10;

    [Fact]
    public void The_corpus_holds_at_least_500_distinct_inputs()
    {
        var inputs = HostileInputs.All;
        output.WriteLine($"{inputs.Count} inputs: " + string.Join(", ", inputs.GroupBy(i => i.Category).Select(g => $"{g.Key} {g.Count()}")));
        Assert.True(inputs.Select(i => i.Encoded).Distinct().Count() >= 500);
        Assert.Contains(inputs, i => i.Text.Length >= 10_000);
        Assert.Contains(inputs, i => i.Text.Contains('\0', StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PublicRoutes.Patterns), MemberType = typeof(PublicRoutes))]
    public async Task Hostile_values_in_every_parameter_never_give_a_5xx_or_injected_markup(string pattern)
    {
        var route = PublicRoutes.Get(pattern);
        var path = route.Sample.Split('?')[0];
        var requests = new List<(string Url, QueryParameter? Parameter, HostileInput Input)>();
        var inputs = route.AliasOf is null ? HostileInputs.All : [.. HostileInputs.All.Where((_, i) => i % AliasSample == 0)];
        foreach (var input in inputs)
        {
            requests.AddRange(route.Query.Select(p => ($"{path}?{p.Name}={input.Encoded}", (QueryParameter?)p, input)));
            // Kestrel answers 400 to a NUL in the path before the app sees it (the in-process test server throws instead),
            // and clients resolve "." and ".." segments away before sending.
            if (route.RouteValue is not null && !input.Text.Contains('\0', StringComparison.Ordinal) && input.Text is not ("." or ".."))
            {
                requests.Add((route.WithRouteValue(input.Encoded), null, input));
            }
        }

        var failures = new ConcurrentBag<string>();
        var timeByParameter = new ConcurrentDictionary<string, TimeSpan>();
        using var client = App.CreateClient();
        await System.Threading.Tasks.Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = Cancel },
            async (request, cancel) =>
            {
                // System.Uri re-escapes a broken escape such as %ZZ, so the app receives it as the text "%ZZ".
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(new Uri(request.Url, UriKind.Relative), cancel);
                var body = await response.Content.ReadAsStringAsync(cancel);
                timeByParameter.AddOrUpdate(request.Parameter?.Name ?? "route value", _ => System.Diagnostics.Stopwatch.GetElapsedTime(started), (_, t) => t + System.Diagnostics.Stopwatch.GetElapsedTime(started));
                foreach (var problem in Check(route, request.Parameter, request.Input, response, body))
                {
                    failures.Add($"{(request.Parameter is null ? "route value" : request.Parameter.Name)} = {request.Input.Category} “{HostileInputs.Describe(request.Input.Text)}”: {problem}");
                }
            });

        output.WriteLine($"{pattern}: {requests.Count} requests, {failures.Count} failures; time spent per parameter: "
            + string.Join(", ", timeByParameter.Select(t => $"{t.Key} {t.Value.TotalSeconds:0.0} s")));
        Assert.True(failures.IsEmpty, $"{failures.Count} of {requests.Count} requests to {pattern} failed:\n" + string.Join('\n', failures.Take(25)));
    }

    private static IEnumerable<string> Check(PublicRoute route, QueryParameter? parameter, HostileInput input, HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            yield return $"{status} {body[..Math.Min(body.Length, 300)]}";
            yield break;
        }

        var mustRefuse = input.NeverWellFormed && parameter is not { Kind: ParameterKind.FreeText };
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType == "text/html")
        {
            var page = new HtmlParser().ParseDocument(body);
            foreach (var injected in InjectedMarkup.In(page)) yield return $"injected {injected}";
            if (mustRefuse && parameter is not null && route.Answer == RouteAnswer.Page && status == 200 && page.QuerySelector(".notice") is null)
            {
                yield return "the page ignored the value without a notice";
            }
        }
        else if (mediaType == "application/atom+xml" && status == 200)
        {
            foreach (var problem in FeedProblems(body)) yield return problem;
        }

        if (parameter is null && mustRefuse && status is >= 200 and < 300 && route.Answer == RouteAnswer.Page)
        {
            yield return $"a route value that can be no slug answered {status}";
        }

        if (route.Answer == RouteAnswer.Data && (mustRefuse || status == 400))
        {
            if (status != 400 || mediaType != "application/problem+json" || !HasTitle(body)) yield return $"expected a 400 problem, got {status} {mediaType}";
        }
    }

    private static IEnumerable<string> FeedProblems(string body)
    {
        XDocument feed;
        try
        {
            feed = XDocument.Parse(body);
        }
        catch (XmlException ex)
        {
            return [$"the feed is not well-formed XML: {ex.Message}"];
        }

        return feed.Descendants().Where(e => e.Name.LocalName.Contains(HostileInputs.Marker, StringComparison.OrdinalIgnoreCase))
            .Select(e => $"injected feed element {e.Name}");
    }

    private static bool HasTitle(string body)
    {
        using var problem = JsonDocument.Parse(body);
        return problem.RootElement.TryGetProperty("title", out var title) && title.GetString() is { Length: > 0 };
    }
}
