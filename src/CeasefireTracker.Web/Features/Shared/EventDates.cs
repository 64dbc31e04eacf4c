using System.Globalization;
using CeasefireTracker.Web.Domain;

namespace CeasefireTracker.Web.Features.Shared;

/// <summary>Shows a date only as exactly as it is known.</summary>
public static class EventDates
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Format(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Month => date.ToString("MMMM yyyy", English),
        DatePrecision.Approximate => "c. " + date.ToString("d MMMM yyyy", English),
        _ => date.ToString("d MMMM yyyy", English),
    };

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The value of a &lt;time datetime&gt; attribute: a month stays a month.</summary>
    public static string MachineReadable(DateOnly date, DatePrecision precision) =>
        precision == DatePrecision.Month ? date.ToString("yyyy-MM", CultureInfo.InvariantCulture) : Iso(date);

    public static string MonthHeading(int year, int month) => new DateOnly(year, month, 1).ToString("MMMM yyyy", English);
}
