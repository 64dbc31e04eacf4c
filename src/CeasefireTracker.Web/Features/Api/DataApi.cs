using System.Globalization;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Events;
using CeasefireTracker.Web.Features.Shared;
using CeasefireTracker.Web.Features.Timeline;
using CeasefireTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;

namespace CeasefireTracker.Web.Features.Api;

/// <summary>
/// The read API: <c>/api/events</c> takes the timeline's filter, <c>/api/actors</c> lists actors; both are keyset paged
/// and described in <c>/openapi/v1.json</c>. A parameter that cannot be used is a 400 naming it, never ignored.
/// </summary>
public static class DataApi
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static IEndpointRouteBuilder MapDataApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Data").CacheOutput(PublicPageCache.Policy).RequireRateLimiting(ReadLimits.ApiRequests);

        api.MapGet("/events", GetEventsAsync)
            .WithName("ListEvents")
            .WithSummary("Published events matching a timeline filter, newest first")
            .WithDescription("Takes the same filter parameters as /timeline. Follow `nextUrl` (or pass `next` as `after`) " +
                "until it is null to read every matching event exactly once.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .AddOpenApiOperationTransformer(TimelineParameters.DescribeAsync)
            .AddOpenApiOperationTransformer(DescribeLimitAsync);

        api.MapGet("/actors", GetActorsAsync)
            .WithName("ListActors")
            .WithSummary("Actors, by name")
            .WithDescription("Every actor, ordered by name; follow `nextUrl` until it is null.")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                TimelineParameters.Add(operation, "kind", "Only actors of this kind.",
                    TimelineParameters.Text(enumValues: Enum.GetValues<ActorKind>().Select(UrlNames.Of)));
                TimelineParameters.Add(operation, "after", "Continue after this position: the `next` value of the previous page.", TimelineParameters.Text());
                return Task.CompletedTask;
            })
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .AddOpenApiOperationTransformer(DescribeLimitAsync);
        return app;
    }

    private static async Task<Results<Ok<ApiPage<ApiEvent>>, ProblemHttpResult>> GetEventsAsync(
        HttpRequest request, TimelineService timeline, EventFactsService facts, CancellationToken cancellationToken)
    {
        var parsed = TimelineFilter.FromQuery(request.Query);
        var limitProblems = new List<string>();
        var limit = ReadLimit(request.Query, limitProblems);

        // Read even when the limit is bad, so that the answer lists unknown actors too, every problem at once.
        var result = await timeline.GetPageAsync(parsed.Filter, limit, cancellationToken);
        var problems = FilterProblems.Of(parsed, result);
        problems.AddRange(limitProblems);
        if (problems.Count > 0) return FilterProblems.BadRequest(problems);

        var siteRoot = PublicUrls.SiteRoot(request);
        var details = await facts.GetAsync(result.Items, parsed.Filter.Kinds, cancellationToken);
        var items = result.Items.Select(i => ApiEvents.From(i, details.GetValueOrDefault(i.Id), siteRoot)).ToList();
        var nextUrl = result.Next is null
            ? null
            : PublicUrls.Page(siteRoot, "api/events", WithLimit(new QueryString(parsed.Filter.ToQueryString(result.Next)), limit)).ToString();
        return TypedResults.Ok(new ApiPage<ApiEvent>(items, result.Next?.ToString(), nextUrl));
    }

    private static async Task<Results<Ok<ApiPage<ApiActor>>, ProblemHttpResult>> GetActorsAsync(
        HttpRequest request, ApiActorPages actors, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var limit = ReadLimit(request.Query, problems);

        ActorKind? kind = null;
        if (request.Query["kind"].FirstOrDefault() is { Length: > 0 } kindValue && (kind = UrlNames.Parse<ActorKind>(kindValue)) is null)
        {
            problems.Add($"There is no kind of actor called “{Echo.Shorten(kindValue)}” (use one of: {string.Join(", ", Enum.GetValues<ActorKind>().Select(UrlNames.Of))}).");
        }

        ActorCursor? after = null;
        if (request.Query["after"].FirstOrDefault() is { Length: > 0 } afterValue && !ActorCursor.TryParse(afterValue, out after))
        {
            problems.Add("The page position in `after` is not valid; use the `next` value of the previous page.");
        }

        if (problems.Count > 0) return FilterProblems.BadRequest(problems);

        var page = await actors.GetPageAsync(kind, after, limit, cancellationToken);
        var nextUrl = page.Next is null
            ? null
            : PublicUrls.Page(PublicUrls.SiteRoot(request), "api/actors", WithLimit(ActorsQuery(kind, page.Next), limit)).ToString();
        return TypedResults.Ok(new ApiPage<ApiActor>(page.Items, page.Next?.ToString(), nextUrl));
    }

    private static QueryString ActorsQuery(ActorKind? kind, ActorCursor next)
    {
        var query = kind is { } k ? QueryString.Create("kind", UrlNames.Of(k)) : QueryString.Empty;
        return query.Add("after", next.ToString());
    }

    private static string WithLimit(QueryString query, int limit) =>
        (limit == DefaultLimit ? query : query.Add("limit", limit.ToString(CultureInfo.InvariantCulture))).ToString();

    private static int ReadLimit(IQueryCollection query, List<string> problems)
    {
        var value = query["limit"].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(value)) return DefaultLimit;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= MaxLimit) return limit;
        problems.Add($"“{Echo.Shorten(value)}” is not a valid limit; use a whole number from 1 to {MaxLimit}.");
        return DefaultLimit;
    }

    private static Task DescribeLimitAsync(OpenApiOperation operation, Microsoft.AspNetCore.OpenApi.OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        TimelineParameters.Add(operation, "limit", $"How many items per page, 1 to {MaxLimit}.", TimelineParameters.WholeNumber(1, MaxLimit, DefaultLimit));
        return Task.CompletedTask;
    }
}
