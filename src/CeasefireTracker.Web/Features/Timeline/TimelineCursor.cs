using System.Globalization;

namespace CeasefireTracker.Web.Features.Timeline;

/// <summary>
/// The position after the last event shown: the timeline continues strictly below (occurred_on, id), so pages
/// never skip or repeat rows when events are added meanwhile, and a deep page costs the same as the first.
/// </summary>
public sealed record TimelineCursor(DateOnly OccurredOn, long Id)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{OccurredOn:yyyy-MM-dd}.{Id}");

    /// <summary>
    /// The position a link asks for: null (the first page) when it asks for none, and null with a notice for the
    /// reader when its value is not a position ("showing the <paramref name="first"/>").
    /// </summary>
    public static TimelineCursor? FromLink(string? value, string first, ICollection<string> notices)
    {
        if (string.IsNullOrEmpty(value)) return null;
        if (TryParse(value, out var cursor)) return cursor;
        notices.Add(InvalidNotice(first));
        return null;
    }

    public static string InvalidNotice(string first) => $"The page position in the link is not valid; showing the {first}.";

    public static bool TryParse(string? value, out TimelineCursor? cursor)
    {
        cursor = null;
        var parts = value?.Split('.');
        if (parts is not [var date, var id]
            || !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var occurredOn)
            || !long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var eventId))
        {
            return false;
        }

        cursor = new TimelineCursor(occurredOn, eventId);
        return true;
    }
}
