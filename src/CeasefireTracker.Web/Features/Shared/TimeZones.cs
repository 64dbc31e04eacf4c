using NodaTime;
using NodaTime.TimeZones;

namespace CeasefireTracker.Web.Features.Shared;

/// <summary>A zone as the time-zone picker offers it: its IANA id and the country it is in, if any.</summary>
public sealed record ZoneChoice(string Id, string? Country);

/// <summary>What a local date and time become in a zone.</summary>
public enum LocalTimeKind
{
    /// <summary>The time exists once: one instant.</summary>
    Unique,

    /// <summary>The clocks went back over it, so it happened twice; the earlier instant is taken.</summary>
    Ambiguous,

    /// <summary>The clocks jumped over it (30 March 2025, 03:00–04:00 in Kyiv): no such instant.</summary>
    Skipped,
}

/// <summary>
/// IANA time zones, from the tz database that NodaTime carries inside its assembly: the rules are the same on every
/// machine, whether or not it has the system's tzdata (a minimal container image has none), and they change only
/// with the package version. Hours are entered as the report gives them, the place's local time, and stored as
/// instants; this turns one into the other and back.
/// </summary>
public static class TimeZones
{
    private static readonly TzdbDateTimeZoneSource Source = TzdbDateTimeZoneSource.Default;

    /// <summary>Every id the database knows, old names included (Europe/Kiev), read without regard to case.</summary>
    private static readonly Dictionary<string, string> Canonical =
        Source.GetIds().ToDictionary(id => id, id => Source.CanonicalIdMap.TryGetValue(id, out var canonical) ? canonical : id, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The latest date that is already today somewhere. Editors type the date of the place where an event happened, and
    /// in Kyiv or Vladivostok a day begins hours before it does in UTC: "not in the future" is checked against the
    /// furthest-ahead zone (UTC+14), so an event logged just after local midnight is not refused.
    /// </summary>
    public static DateOnly LatestToday(TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(14)).DateTime);

    /// <summary>The tz database's release, such as 2025b, for the operations notes.</summary>
    public static string DatabaseVersion => Source.TzdbVersion;

    /// <summary>The zone's canonical id (europe/kiev → Europe/Kyiv); null when there is no such zone.</summary>
    public static string? CanonicalId(string? id) =>
        id is not null && Canonical.TryGetValue(id.Trim(), out var canonical) ? canonical : null;

    /// <summary>
    /// Zones an editor may mean by what they typed: a city ("Moscow", "new york"), an old spelling ("Kiev"), a country
    /// ("Ukraine") or part of an id ("Europe/"), matched without regard to case; zones whose city starts with the text
    /// come first.
    /// </summary>
    public static IReadOnlyList<ZoneChoice> Find(string? text, int max = 20)
    {
        var needle = text?.Trim().Replace('_', ' ') ?? "";
        if (needle.Length == 0) return [];
        bool Has(string value) => value.Replace('_', ' ').Contains(needle, StringComparison.OrdinalIgnoreCase);
        return
        [
            .. Choices.Select(c => (c, rank: City(c.Id).StartsWith(needle, StringComparison.OrdinalIgnoreCase) ? 0
                    : Has(c.Id) ? 1
                    : Source.Aliases[c.Id].Any(Has) ? 2
                    : c.Country is { } country && Has(country) ? 3
                    : -1))
                .Where(x => x.rank >= 0)
                .OrderBy(x => x.rank).ThenBy(x => x.c.Id, StringComparer.Ordinal)
                .Select(x => x.c)
                .Take(max),
        ];
    }

    /// <summary>The zone's offset from UTC on a day ("UTC+03:00"), at noon there, as an editor checks a zone by it.</summary>
    public static string OffsetOn(string zoneId, DateOnly day)
    {
        var offset = Zone(zoneId).AtLeniently(new LocalDateTime(day.Year, day.Month, day.Day, 12, 0)).Offset;
        return offset == Offset.Zero ? "UTC" : "UTC" + offset.ToString("+HH:mm", System.Globalization.CultureInfo.InvariantCulture);
    }

    // The canonical zones with the country the tz database places each in (none for UTC and the Etc zones).
    private static readonly ZoneChoice[] Choices =
    [
        .. Source.CanonicalIdMap.Values.Distinct(StringComparer.Ordinal)
            .GroupJoin(Source.ZoneLocations ?? [], id => id, l => l.ZoneId, (id, places) => new ZoneChoice(id, places.FirstOrDefault()?.CountryName), StringComparer.Ordinal)
            .OrderBy(c => c.Id, StringComparer.Ordinal),
    ];

    private static string City(string id) => id[(id.LastIndexOf('/') + 1)..].Replace('_', ' ');

    /// <summary>
    /// The instant of a local date and time in a zone. A time the clocks skipped has none (<see cref="LocalTimeKind.Skipped"/>,
    /// and the instant is null); a time they went back over takes its earlier instant.
    /// </summary>
    public static (DateTimeOffset? Instant, LocalTimeKind Kind) ToInstant(DateOnly date, TimeOnly time, string zoneId)
    {
        var zone = Zone(zoneId);
        var local = new LocalDateTime(date.Year, date.Month, date.Day, time.Hour, time.Minute, time.Second);
        var mapping = zone.MapLocal(local);
        return mapping.Count switch
        {
            0 => (null, LocalTimeKind.Skipped),
            1 => (mapping.Single().ToDateTimeOffset().ToUniversalTime(), LocalTimeKind.Unique),
            _ => (mapping.First().ToDateTimeOffset().ToUniversalTime(), LocalTimeKind.Ambiguous),
        };
    }

    /// <summary>The instant as the clock on the wall of the zone read it, with the zone's offset then.</summary>
    public static DateTimeOffset InZone(DateTimeOffset instant, string zoneId) =>
        Instant.FromDateTimeOffset(instant).InZone(Zone(zoneId)).ToDateTimeOffset();

    /// <summary>The zone as readers say it: Europe/Moscow → "Moscow time", America/New_York → "New York time".</summary>
    public static string DisplayName(string zoneId)
    {
        if (zoneId is "UTC" or "Etc/UTC" or "Etc/GMT" or "GMT") return "UTC";
        var city = zoneId[(zoneId.LastIndexOf('/') + 1)..].Replace('_', ' ');
        return $"{city} time";
    }

    private static DateTimeZone Zone(string zoneId) =>
        DateTimeZoneProviders.Tzdb[CanonicalId(zoneId) ?? throw new ArgumentException($"There is no time zone “{zoneId}”.", nameof(zoneId))];
}
