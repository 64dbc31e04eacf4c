using System.Globalization;

namespace CeasefireTracker.Web.Features.Shared;

/// <summary>The <c>from</c> and <c>to</c> dates of a filter's query string, read the same way by every filter that has them.</summary>
public static class FilterDates
{
    /// <summary>
    /// Both dates (YYYY-MM-DD), each null when absent. Nothing here throws: a value that is not a date, or a range that
    /// ends before it starts, is left out and explained in <paramref name="notices"/>.
    /// </summary>
    public static (DateOnly? From, DateOnly? To) Parse(string? from, string? to, List<string> notices)
    {
        ArgumentNullException.ThrowIfNull(notices);
        var fromDate = ParseOne(from, "from", notices);
        var toDate = ParseOne(to, "to", notices);
        if (fromDate > toDate)
        {
            notices.Add($"The start date {EventDates.Iso(fromDate.Value)} is after the end date {EventDates.Iso(toDate!.Value)}; the date range was ignored.");
            return (null, null);
        }

        return (fromDate, toDate);
    }

    private static DateOnly? ParseOne(string? value, string name, List<string> notices)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        notices.Add($"“{Echo.Shorten(value)}” is not a date (use YYYY-MM-DD, e.g. 2025-04-11); the “{name}” date was ignored.");
        return null;
    }
}
