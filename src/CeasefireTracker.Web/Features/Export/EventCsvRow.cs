using CsvHelper;

namespace CeasefireTracker.Web.Features.Export;

/// <summary>
/// One event as a row of the CSV export. Column names are lower snake case, stable, and the values are those the
/// URLs use (kind "prisoner-exchange", precision "month"), so a spreadsheet column can be pasted back into a filter.
/// Columns a kind does not have are empty for the others; lists in one cell are separated by "; ". README.md
/// documents every column.
/// </summary>
[CsvRecord]
public sealed partial record EventCsvRow
{
    [CsvColumn("event_id")] public long EventId { get; init; }
    [CsvColumn("slug")] public required string Slug { get; init; }
    [CsvColumn("kind")] public required string Kind { get; init; }
    [CsvColumn("occurred_on")] public DateOnly OccurredOn { get; init; }
    [CsvColumn("date_precision")] public required string DatePrecision { get; init; }
    [CsvColumn("title")] public required string Title { get; init; }
    [CsvColumn("summary")] public string? Summary { get; init; }
    [CsvColumn("place")] public string? Place { get; init; }
    [CsvColumn("actor_names")] public required string ActorNames { get; init; }
    [CsvColumn("actor_slugs")] public required string ActorSlugs { get; init; }
    [CsvColumn("url")] public required string Url { get; init; }

    // The window (every kind).
    [CsvColumn("start")] public required string Start { get; init; }
    [CsvColumn("end")] public string? End { get; init; }
    [CsvColumn("end_precision")] public string? EndPrecision { get; init; }
    [CsvColumn("time_zone")] public string? TimeZone { get; init; }
    [CsvColumn("duration")] public string? Duration { get; init; }
    [CsvColumn("represents")] public string? Represents { get; init; }

    // Talks.
    [CsvColumn("talks_duration")] public string? TalksDuration { get; init; }
    [CsvColumn("talks_duration_qualifier")] public string? TalksDurationQualifier { get; init; }
    [CsvColumn("track")] public string? Track { get; init; }
    [CsvColumn("round_number")] public int? RoundNumber { get; init; }

    // Ceasefire proposals.
    [CsvColumn("ceasefire_coverage")] public string? CeasefireCoverage { get; init; }
    [CsvColumn("ceasefire_scope")] public string? CeasefireScope { get; init; }
    [CsvColumn("ceasefire_coverage_detail")] public string? CeasefireCoverageDetail { get; init; }
    [CsvColumn("ceasefire_declaration")] public string? CeasefireDeclaration { get; init; }
    [CsvColumn("ceasefire_form")] public string? CeasefireForm { get; init; }
    [CsvColumn("ceasefire_purpose")] public string? CeasefirePurpose { get; init; }
    [CsvColumn("ceasefire_status")] public string? CeasefireStatus { get; init; }
    [CsvColumn("ceasefire_announced_on")] public DateOnly? CeasefireAnnouncedOn { get; init; }
    [CsvColumn("ceasefire_ended_how")] public string? CeasefireEndedHow { get; init; }
    [CsvColumn("ceasefire_ended_on")] public DateOnly? CeasefireEndedOn { get; init; }
    [CsvColumn("ceasefire_extends")] public string? CeasefireExtends { get; init; }
    [CsvColumn("ceasefire_status_history")] public string? CeasefireStatusHistory { get; init; }
    [CsvColumn("ceasefire_responses")] public string? CeasefireResponses { get; init; }

    // Prisoner exchanges.
    [CsvColumn("exchange_batches")] public string? ExchangeBatches { get; init; }
    [CsvColumn("exchange_reports")] public string? ExchangeReports { get; init; }

    /// <summary>Separates several actors (or several entries of a list) inside one cell; the same order in both actor columns.</summary>
    public const string ListSeparator = "; ";
}
