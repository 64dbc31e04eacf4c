using CeasefireTracker.Web.Features.Actors;
using CeasefireTracker.Web.Features.Timeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CeasefireTracker.Web.Features.Shared;

/// <summary>
/// The CSV export, the feed and the API read the timeline's filter with the timeline's own parser, but refuse a
/// value it cannot use instead of leaving it out: nobody reads a notice inside a file, and a program that asked
/// for one actor must not silently receive every event.
/// </summary>
public static class FilterProblems
{
    /// <summary>What was wrong with the request: the parser's notices, then the actors that do not exist.</summary>
    public static List<string> Of(ParsedTimelineFilter parsed, TimelineResult firstPage)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(firstPage);
        return [.. parsed.Notices, .. firstPage.UnknownActorSlugs.Select(ActorSlugs.UnknownNotice)];
    }

    /// <summary>A 400 application/problem+json response listing the problems in <c>notices</c>.</summary>
    public static ProblemHttpResult BadRequest(IReadOnlyList<string> problems) => TypedResults.Problem(
        title: "Some parameters cannot be used; nothing was returned.",
        detail: string.Join(" ", problems),
        statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?> { ["notices"] = problems });
}
