using System.Globalization;
using System.Text;
using CeasefireTracker.Web.Domain;

namespace CeasefireTracker.Web.Features.Shared;

/// <summary>
/// When an event happened: its start and optional end, each a date (as exactly as it is known) or an instant with the
/// zone its hours were given in. Every page, file and feed words and writes the time through this one type, so
/// "19 April 2025, 18:00 – 21 April 2025, 00:00 Moscow time (30 hours)" reads the same everywhere.
/// </summary>
public sealed record EventWindow(
    DateOnly StartDate,
    DatePrecision StartPrecision,
    DateTimeOffset? StartsAt = null,
    DateOnly? EndDate = null,
    DatePrecision? EndPrecision = null,
    DateTimeOffset? EndsAt = null,
    string? TimeZone = null)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static EventWindow Of(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.OccurredOn, e.DatePrecision, e.StartsAt, e.EndsOn, e.EndPrecision, e.EndsAt, e.TimeZone);
    }

    public bool HasEnd => EndDate is not null;

    /// <summary>The start in words: "19 April 2025, 18:00", "March 2025", "c. 11 April 2025".</summary>
    public string StartText => Words(StartDate, StartPrecision, StartsAt);

    /// <summary>The end in words, null without one.</summary>
    public string? EndText => EndDate is { } end ? Words(end, EndPrecision ?? DatePrecision.Day, EndsAt) : null;

    /// <summary>"Moscow time" when hours are given, else null.</summary>
    public string? ZoneText => TimeZone is not null && (StartsAt is not null || EndsAt is not null) ? TimeZones.DisplayName(TimeZone) : null;

    /// <summary>
    /// How long the window was, when both ends are known exactly: from instant to instant (a window across a change of
    /// the clocks is an hour shorter or longer than the wall clock says), or whole days from the first day to the last.
    /// </summary>
    public TimeSpan? Length
    {
        get
        {
            if (EndDate is not { } end) return null;
            if (StartsAt is { } from && EndsAt is { } to) return to - from;
            if (StartsAt is null && EndsAt is null && StartPrecision == DatePrecision.Day && EndPrecision == DatePrecision.Day)
            {
                return TimeSpan.FromDays(end.DayNumber - StartDate.DayNumber + 1);
            }

            return null;
        }
    }

    /// <summary>The length in words: "30 hours", "4 h 30 min"; a window of dates in days ("3 days").</summary>
    public string? LengthText => Length is { } length
        ? StartsAt is null ? Plural((long)length.TotalDays, "day") : DurationWords(length)
        : null;

    /// <summary>The whole window in words, as an event page heads it.</summary>
    public string Describe()
    {
        var text = new StringBuilder(StartText);
        if (EndText is { } end && end != StartText) text.Append(" – ").Append(end);
        if (ZoneText is { } zone) text.Append(' ').Append(zone);
        if (LengthText is { } length && EndText != StartText) text.Append(" (").Append(length).Append(')');
        return text.ToString();
    }

    /// <summary>ISO 8601: the date (a month as YYYY-MM when <paramref name="reducedMonth"/>), or the local date-time with its offset.</summary>
    public string StartIso(bool reducedMonth = false) => Iso(StartDate, StartPrecision, StartsAt, reducedMonth);

    public string? EndIso(bool reducedMonth = false) => EndDate is { } end ? Iso(end, EndPrecision ?? DatePrecision.Day, EndsAt, reducedMonth) : null;

    /// <summary>ISO 8601 duration of <see cref="Length"/>: P3D for whole days of a date window, PT30H, PT4H30M.</summary>
    public string? IsoLength => Length is { } length
        ? StartsAt is null ? IsoDuration(length, days: true) : IsoDuration(length, days: false)
        : null;

    /// <summary>A duration in words: minutes, hours up to four days, then days.</summary>
    public static string DurationWords(TimeSpan length)
    {
        var minutes = (long)Math.Round(length.TotalMinutes);
        var (hours, rest) = (minutes / 60, minutes % 60);
        if (hours == 0) return Plural(rest, "minute");
        if (hours >= 96 && hours % 24 == 0 && rest == 0) return Plural(hours / 24, "day");
        if (hours >= 96) return $"{Plural(hours / 24, "day")}, {Plural(hours % 24, "hour")}";
        return rest == 0 ? Plural(hours, "hour") : $"{hours} h {rest} min";
    }

    /// <summary>A stated duration with its qualifier: "about 3 hours", "under 2 hours".</summary>
    public static string DurationWords(int minutes, DurationQualifier? qualifier)
    {
        var words = DurationWords(TimeSpan.FromMinutes(minutes));
        return qualifier is null or DurationQualifier.Exact ? words : $"{Labels.Words(qualifier.Value).ToLowerInvariant()} {words}";
    }

    /// <summary>ISO 8601 duration: PT4H30M, or P3D for whole days when <paramref name="days"/>.</summary>
    public static string IsoDuration(TimeSpan length, bool days = false)
    {
        if (days && length.Ticks % TimeSpan.TicksPerDay == 0) return string.Create(CultureInfo.InvariantCulture, $"P{(long)length.TotalDays}D");
        var minutes = (long)Math.Round(length.TotalMinutes);
        var (hours, rest) = (minutes / 60, minutes % 60);
        var text = new StringBuilder("PT");
        if (hours > 0) text.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('H');
        if (rest > 0 || hours == 0) text.Append(rest.ToString(CultureInfo.InvariantCulture)).Append('M');
        return text.ToString();
    }

    private string Words(DateOnly date, DatePrecision precision, DateTimeOffset? instant) =>
        instant is { } at && TimeZone is not null
            ? TimeZones.InZone(at, TimeZone).ToString("d MMMM yyyy, HH:mm", English)
            : EventDates.Format(date, precision);

    private string Iso(DateOnly date, DatePrecision precision, DateTimeOffset? instant, bool reducedMonth) =>
        instant is { } at && TimeZone is not null
            ? TimeZones.InZone(at, TimeZone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
            : reducedMonth ? EventDates.MachineReadable(date, precision) : EventDates.Iso(date);

    private static string Plural(long count, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? "" : "s")}");
}
