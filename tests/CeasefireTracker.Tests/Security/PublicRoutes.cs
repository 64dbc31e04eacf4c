using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CeasefireTracker.Tests.Security;

/// <summary>How a parameter's values look, which decides what a hostile value must lead to.</summary>
public enum ParameterKind
{
    /// <summary>A value of a fixed form (a slug, a date, a name from a list, a number, a position): a value that
    /// could never be one is refused, with a notice on a page or a 400 problem from an endpoint.</summary>
    Value,

    /// <summary>Free text (a search): anything is accepted, only its length may be cut.</summary>
    FreeText,
}

/// <summary>What an address answers: an HTML page (bad values get a notice), data (bad values get a 400 problem), or neither.</summary>
public enum RouteAnswer
{
    Page,
    Data,
    Other,
}

public sealed record QueryParameter(string Name, ParameterKind Kind);

/// <summary>A public address: its route pattern, a working example, what it answers and the query parameters it reads.</summary>
/// <param name="AliasOf">Another pattern of the same page (the same component and parameters), which the hostile-input
/// test covers in full; this one then gets a sample of the corpus, enough to show it reads its parameters the same way.</param>
public sealed record PublicRoute(string Pattern, string Sample, RouteAnswer Answer, IReadOnlyList<QueryParameter> Query, string? AliasOf = null)
{
    /// <summary>The route value's name for a pattern like <c>/events/{Slug}</c>, or null.</summary>
    public string? RouteValue => Pattern.Contains('{', StringComparison.Ordinal) ? Pattern[(Pattern.IndexOf('{', StringComparison.Ordinal) + 1)..Pattern.IndexOf('}', StringComparison.Ordinal)] : null;

    /// <summary>The sample address with the route value replaced by an already encoded segment.</summary>
    public string WithRouteValue(string encoded) => Pattern[..Pattern.IndexOf('{', StringComparison.Ordinal)] + encoded;

    public override string ToString() => Pattern;
}

/// <summary>
/// Every GET address the app serves to anyone, as the app's own routing lists them, and what each one reads from the
/// query string. A test fails when the routing holds an address this table does not describe, so a new page or
/// endpoint cannot escape the security tests.
/// </summary>
public static class PublicRoutes
{
    private static readonly QueryParameter[] TimelineQuery =
    [
        new("actor", ParameterKind.Value), new("match", ParameterKind.Value), new("kind", ParameterKind.Value),
        new("from", ParameterKind.Value), new("to", ParameterKind.Value), new("q", ParameterKind.FreeText),
        new("after", ParameterKind.Value),
    ];

    public static readonly IReadOnlyList<PublicRoute> All =
    [
        new("/", "/", RouteAnswer.Page, TimelineQuery, AliasOf: "/timeline"),
        new("/timeline", "/timeline?actor=steve-witkoff&kind=talks", RouteAnswer.Page, TimelineQuery),
        new("/search", "/search?q=ceasefire", RouteAnswer.Page, TimelineQuery, AliasOf: "/timeline"),
        new("/events/{Slug}", "/events/witkoff-putin-talks-2025-03", RouteAnswer.Page, []),
        new("/actors", "/actors?kind=person", RouteAnswer.Page,
            [new("kind", ParameterKind.Value), new("start", ParameterKind.Value), new("after", ParameterKind.Value)]),
        new("/actors/{Slug}", "/actors/steve-witkoff", RouteAnswer.Page,
            [new("events", ParameterKind.Value), new("statements", ParameterKind.Value), new("claims", ParameterKind.Value), new("met-with", ParameterKind.Value)]),
        new("/claims", "/claims", RouteAnswer.Page, [new("verdict", ParameterKind.Value), new("actor", ParameterKind.Value)]),
        new("/exchanges", "/exchanges", RouteAnswer.Page, [new("after", ParameterKind.Value)]),
        new("/ceasefires", "/ceasefires", RouteAnswer.Page, [new("after", ParameterKind.Value)]),
        new("/tracks", "/tracks", RouteAnswer.Page, [new("after", ParameterKind.Value)]),
        new("/tracks/{Slug}", "/tracks/witkoff-putin-meetings-2025", RouteAnswer.Page, []),
        new("/analysis", "/analysis", RouteAnswer.Page,
            [new("actor", ParameterKind.Value), new("from", ParameterKind.Value), new("to", ParameterKind.Value)]),
        new("/timeline.csv", "/timeline.csv?actor=russia", RouteAnswer.Data, TimelineQuery),
        new("/feed.atom", "/feed.atom?actor=steve-witkoff", RouteAnswer.Data, TimelineQuery),
        new("/api/events", "/api/events?limit=5", RouteAnswer.Data, [.. TimelineQuery, new("limit", ParameterKind.Value)]),
        new("/api/actors", "/api/actors?kind=state", RouteAnswer.Data,
            [new("kind", ParameterKind.Value), new("after", ParameterKind.Value), new("limit", ParameterKind.Value)]),
        new("/account/sign-in", "/account/sign-in?returnUrl=%2Fadmin", RouteAnswer.Page, [new("returnUrl", ParameterKind.FreeText)]),
        new("/account/denied", "/account/denied", RouteAnswer.Page, []),
        new("/health", "/health", RouteAnswer.Other, []),
        new("/openapi/{documentName}.json", "/openapi/v1.json", RouteAnswer.Other, []),
        new("/not-found", "/not-found", RouteAnswer.Page, []),
        new("/error", "/error", RouteAnswer.Page, []),
        new("/status/{Code:int}", "/status/503", RouteAnswer.Page, []),
        // Blazor's redirect for enhanced navigation; the address comes protected by data protection.
        new("/_framework/opaque-redirect", "/_framework/opaque-redirect", RouteAnswer.Other, [new("url", ParameterKind.FreeText)]),
    ];

    public static TheoryData<string> Patterns => [.. All.Select(r => r.Pattern)];

    public static PublicRoute Get(string pattern) => All.Single(r => r.Pattern == pattern);

    /// <summary>
    /// The patterns of every GET endpoint the running app maps for anyone: static files, pages that require a signed-in
    /// editor (the access matrix checks those, with an expectation by area) and the Blazor hub of the admin pages'
    /// circuits left out.
    /// </summary>
    public static IReadOnlyList<string> Discover(IServiceProvider services) =>
        [.. GetEndpoints(services).Where(e => !RequiresSignIn(e.Endpoint)).Select(e => e.Pattern)];

    /// <summary>The patterns of every GET endpoint the running app maps, static files and the circuits' hub left out.</summary>
    public static IReadOnlyList<string> DiscoverAll(IServiceProvider services) => [.. GetEndpoints(services).Select(e => e.Pattern)];

    private static IEnumerable<(RouteEndpoint Endpoint, string Pattern)> GetEndpoints(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("GET"))
            .Where(e => !IsStaticFile(e))
            .Select(e => (Endpoint: e, Pattern: "/" + e.RoutePattern.RawText!.TrimStart('/')))
            .Where(e => !e.Pattern.StartsWith("/_blazor", StringComparison.Ordinal))
            .DistinctBy(e => e.Pattern)
            .OrderBy(e => e.Pattern, StringComparer.Ordinal);

    private static bool RequiresSignIn(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>() is not null
        && endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is null;

    // MapStaticAssets gives each file in wwwroot and in packages an endpoint described by a StaticAssetDescriptor.
    private static bool IsStaticFile(Endpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor")
        || endpoint.DisplayName?.StartsWith("Static", StringComparison.Ordinal) == true;
}
