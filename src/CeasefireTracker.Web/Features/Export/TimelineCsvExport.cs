using System.Globalization;
using System.Runtime.CompilerServices;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Api;
using CeasefireTracker.Web.Features.Events;
using CeasefireTracker.Web.Features.Shared;
using CeasefireTracker.Web.Features.Timeline;
using CeasefireTracker.Web.Infrastructure;
using CsvHelper;

namespace CeasefireTracker.Web.Features.Export;

/// <summary>
/// <c>/timeline.csv</c>: every event of a timeline filter as CSV, written while the timeline is read page by page
/// (keyset), so a large export holds one page in memory and costs a fixed number of queries per page.
/// </summary>
public static class TimelineCsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>Large pages: an export reads everything, and each page costs the same few queries.</summary>
    internal const int PageSize = 500;

    /// <summary>
    /// Excel and LibreOffice run a cell that starts with = + - @ (or a tab or CR) as a formula, which an event title
    /// copied from a hostile source could abuse; CsvHelper puts a ' in front of such text cells (OWASP's advice).
    /// Numbers and dates are not touched.
    /// </summary>
    public static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    public static IEndpointRouteBuilder MapTimelineExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/timeline.csv", ExportAsync)
            .CacheOutput(PublicPageCache.DownloadPolicy)
            .RequireRateLimiting(ReadLimits.CsvExports)
            .WithName("ExportTimelineCsv")
            .WithTags("Data")
            .WithSummary("Every event of a timeline filter, as CSV")
            .WithDescription("One row per published event, newest first, with the same filter parameters as /timeline. " +
                "Actors are listed in one cell, separated by \"; \". Cells that a spreadsheet would run as a formula start with '.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .AddOpenApiOperationTransformer(TimelineParameters.DescribeAsync);
        return app;
    }

    private static async Task<IResult> ExportAsync(
        HttpRequest request, TimelineService timeline, EventFactsService facts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var parsed = TimelineFilter.FromQuery(request.Query);
        // The first page is read before the response starts, so a bad filter can still get a 400.
        var first = await timeline.GetPageAsync(parsed.Filter, PageSize, cancellationToken);
        var problems = FilterProblems.Of(parsed, first);
        if (problems.Count > 0) return FilterProblems.BadRequest(problems);

        var siteRoot = PublicUrls.SiteRoot(request);
        var fileName = string.Create(CultureInfo.InvariantCulture, $"ceasefire-tracker-events-{clock.GetUtcNow():yyyy-MM-dd}.csv");
        return TypedResults.Stream(
            async body =>
            {
                await using var csv = CsvWriter.Create(body, Options, leaveOpen: true);
                await csv.WriteRecordsAsync(RowsAsync(timeline, facts, parsed.Filter, first, PageSize, siteRoot, cancellationToken), cancellationToken);
                await csv.FlushAsync(cancellationToken);
            },
            ContentType,
            fileName);
    }

    /// <summary>The rows of the first page, then of each following page (with its kinds' facts), read only when the writer wants them.</summary>
    internal static async IAsyncEnumerable<EventCsvRow> RowsAsync(
        TimelineService timeline, EventFactsService facts, TimelineFilter filter, TimelineResult first, int pageSize, Uri siteRoot,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(filter);
        for (var page = first; ; page = await timeline.GetPageAsync(filter with { After = page.Next }, pageSize, cancellationToken))
        {
            var details = await facts.GetAsync(page.Items, filter.Kinds, cancellationToken);
            foreach (var item in page.Items)
            {
                yield return ToRow(item, details.GetValueOrDefault(item.Id), siteRoot);
            }

            if (page.Next is null) yield break;
        }
    }

    internal static EventCsvRow ToRow(TimelineItem item, EventFacts? facts, Uri siteRoot)
    {
        ArgumentNullException.ThrowIfNull(item);
        var window = item.Window;
        var (talks, proposal, exchange) = (facts?.Talks, facts?.Proposal, facts?.Exchange);
        return new EventCsvRow
        {
            EventId = item.Id,
            Slug = item.Slug,
            Kind = EventKindInfo.Of(item.Kind).UrlName,
            OccurredOn = item.OccurredOn,
            DatePrecision = UrlNames.Of<DatePrecision>(item.DatePrecision),
            Title = item.Title,
            Summary = item.Summary,
            Place = item.Place,
            ActorNames = string.Join(EventCsvRow.ListSeparator, item.Actors.Select(a => a.Name)),
            ActorSlugs = string.Join(EventCsvRow.ListSeparator, item.Actors.Select(a => a.Slug)),
            Url = PublicUrls.Event(siteRoot, item.Slug).ToString(),
            Start = window.StartIso(),
            End = window.EndIso(),
            EndPrecision = window.HasEnd && window.EndPrecision is { } endPrecision ? UrlNames.Of(endPrecision) : null,
            TimeZone = window.TimeZone,
            Duration = window.IsoLength,
            Represents = List(item.Representing, r => $"{r.Actor.Slug} ({UrlNames.Of(r.Role)}) for {r.Side.Slug}"),
            TalksDuration = talks?.DurationMinutes is { } minutes ? EventWindow.IsoDuration(TimeSpan.FromMinutes(minutes)) : null,
            TalksDurationQualifier = talks?.DurationMinutes is null ? null : UrlNames.Of(talks.DurationQualifier),
            Track = talks?.Track?.Slug,
            RoundNumber = talks?.RoundNumber,
            CeasefireCoverage = proposal is null ? null : proposal.Scope == CeasefireScope.Full ? "full" : "partial",
            CeasefireScope = Name(proposal?.Scope),
            CeasefireCoverageDetail = proposal?.CoverageDetail,
            CeasefireDeclaration = Name(proposal?.Declaration),
            CeasefireForm = Name(proposal?.Form),
            CeasefirePurpose = Name(proposal?.Purpose),
            CeasefireStatus = Name(proposal?.Status),
            CeasefireAnnouncedOn = proposal?.AnnouncedOn,
            CeasefireEndedHow = Name(proposal?.EndedHow),
            CeasefireEndedOn = proposal?.EndedOn,
            CeasefireExtends = proposal?.Extends?.Slug,
            CeasefireStatusHistory = List(proposal?.StatusHistory, h => $"{EventDates.Iso(h.On)} {UrlNames.Of(h.Status)}"),
            CeasefireResponses = List(proposal?.Responses, r => $"{r.Party.Slug}: {UrlNames.Of(r.Response)}"
                + (r.RespondedOn is { } on ? $" on {EventDates.Iso(on)}" : "") + (r.CounterProposal is { } counter ? $" → {counter.Slug}" : "")),
            ExchangeBatches = List(exchange?.Batches, b => string.Create(CultureInfo.InvariantCulture,
                $"{EventDates.Iso(b.On)} {b.From.Slug} → {b.To.Slug} {UrlNames.Of(b.Category)} {b.Count}")),
            ExchangeReports = List(exchange?.Reports, r => string.Create(CultureInfo.InvariantCulture,
                $"{r.ReportedBy.Slug}: {r.From.Slug} → {r.To.Slug} {(r.Category is { } c ? UrlNames.Of(c) : "all")} {r.Count}")
                + (r.ReportedOn is { } on ? $" on {EventDates.Iso(on)}" : "") + (r.Source is { } source ? $" <{source.Url}>" : "")),
        };
    }

    private static string? List<T>(IEnumerable<T>? rows, Func<T, string> cell) =>
        rows?.ToList() is { Count: > 0 } list ? string.Join(EventCsvRow.ListSeparator, list.Select(cell)) : null;

    private static string? Name<TEnum>(TEnum? value) where TEnum : struct, Enum => value is { } v ? UrlNames.Of(v) : null;
}
