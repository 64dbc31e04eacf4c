using CsvHelper;

namespace CeasefireTracker.Web.Features.Export;

/// <summary>
/// One event as a row of the CSV export. Column names are lower snake case, stable, and the values are those the
/// URLs use (kind "prisoner-exchange", precision "month"), so a spreadsheet column can be pasted back into a filter.
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

    /// <summary>Separates several actors inside one cell; the same order in both actor columns.</summary>
    public const string ListSeparator = "; ";
}
