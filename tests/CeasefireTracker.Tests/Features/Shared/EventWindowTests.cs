using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;

namespace CeasefireTracker.Tests.Features.Shared;

/// <summary>Windows entered as the place's local time in an IANA zone, stored as instants and read back the same.</summary>
public sealed class EventWindowTests
{
    private static EventWindow Window(string zone, DateOnly startDay, TimeOnly startTime, DateOnly endDay, TimeOnly endTime) => new(
        startDay, DatePrecision.Day, TimeZones.ToInstant(startDay, startTime, zone).Instant,
        endDay, DatePrecision.Day, TimeZones.ToInstant(endDay, endTime, zone).Instant, zone);

    [Fact]
    public void The_easter_truce_reads_as_moscow_time_which_has_no_daylight_saving()
    {
        var truce = Window("Europe/Moscow", new(2025, 4, 19), new(18, 0), new(2025, 4, 21), new(0, 0));

        Assert.Equal("19 April 2025, 18:00 – 21 April 2025, 00:00 Moscow time (30 hours)", truce.Describe());
        Assert.Equal(new DateTimeOffset(2025, 4, 19, 15, 0, 0, TimeSpan.Zero), truce.StartsAt);
        Assert.Equal("2025-04-19T18:00:00+03:00", truce.StartIso());
        Assert.Equal("2025-04-21T00:00:00+03:00", truce.EndIso());
        Assert.Equal("PT30H", truce.IsoLength);
        // Moscow keeps +03:00 in winter too.
        Assert.Equal(TimeSpan.FromHours(3), TimeZones.InZone(new DateTimeOffset(2025, 1, 15, 12, 0, 0, TimeSpan.Zero), "Europe/Moscow").Offset);
    }

    [Fact]
    public void A_window_across_the_spring_change_in_kyiv_is_an_hour_shorter_than_the_wall_clock_says()
    {
        // Kyiv's clocks went from 03:00 to 04:00 on 30 March 2025.
        var truce = Window("Europe/Kyiv", new(2025, 3, 29), new(20, 0), new(2025, 3, 30), new(20, 0));

        Assert.Equal(TimeSpan.FromHours(23), truce.Length);
        Assert.Equal("2025-03-29T20:00:00+02:00", truce.StartIso());
        Assert.Equal("2025-03-30T20:00:00+03:00", truce.EndIso());
        Assert.Equal("29 March 2025, 20:00 – 30 March 2025, 20:00 Kyiv time (23 hours)", truce.Describe());
    }

    [Fact]
    public void A_skipped_hour_has_no_instant_and_a_repeated_one_takes_the_earlier()
    {
        Assert.Equal((null, LocalTimeKind.Skipped), TimeZones.ToInstant(new(2025, 3, 30), new(3, 30), "Europe/Kyiv"));

        // 26 October 2025, 03:30 happened twice in Kyiv: first at +03:00.
        var (instant, kind) = TimeZones.ToInstant(new(2025, 10, 26), new(3, 30), "Europe/Kyiv");
        Assert.Equal(LocalTimeKind.Ambiguous, kind);
        Assert.Equal(new DateTimeOffset(2025, 10, 26, 0, 30, 0, TimeSpan.Zero), instant);
    }

    [Theory]
    [InlineData("Europe/Moscow", "Europe/Moscow")]
    [InlineData("europe/kyiv", "Europe/Kyiv")]
    [InlineData("Europe/Kiev", "Europe/Kyiv")]
    [InlineData(" America/Anchorage ", "America/Anchorage")]
    [InlineData("Europe/Atlantis", null)]
    [InlineData("Moscow time", null)]
    [InlineData("+03:00", null)]
    public void Zones_are_read_by_their_iana_name_in_any_case_or_old_spelling(string typed, string? canonical) =>
        Assert.Equal(canonical, TimeZones.CanonicalId(typed));

    [Fact]
    public void Dates_without_hours_read_as_dates_and_count_whole_days()
    {
        var exchange = new EventWindow(new(2025, 5, 23), DatePrecision.Day, EndDate: new DateOnly(2025, 5, 25), EndPrecision: DatePrecision.Day);
        var vague = new EventWindow(new(2025, 3, 1), DatePrecision.Month, EndDate: new DateOnly(2025, 4, 10), EndPrecision: DatePrecision.Approximate);

        Assert.Equal("23 May 2025 – 25 May 2025 (3 days)", exchange.Describe());
        Assert.Equal(("2025-05-23", "2025-05-25", "P3D"), (exchange.StartIso(), exchange.EndIso(), exchange.IsoLength));
        Assert.Equal("March 2025 – c. 10 April 2025", vague.Describe());
        Assert.Null(vague.Length);
        Assert.Equal("2025-03", vague.StartIso(reducedMonth: true));
        Assert.Equal("11 April 2025", new EventWindow(new(2025, 4, 11), DatePrecision.Day).Describe());
    }

    [Theory]
    [InlineData(45, null, "45 minutes")]
    [InlineData(270, DurationQualifier.Exact, "4 h 30 min")]
    [InlineData(180, DurationQualifier.About, "about 3 hours")]
    [InlineData(120, DurationQualifier.Under, "under 2 hours")]
    [InlineData(1800, DurationQualifier.Exact, "30 hours")]
    [InlineData(4320, DurationQualifier.Over, "over 72 hours")]
    [InlineData(43200, DurationQualifier.Exact, "30 days")]
    public void Stated_durations_read_with_their_qualifier(int minutes, DurationQualifier? qualifier, string words) =>
        Assert.Equal(words, EventWindow.DurationWords(minutes, qualifier));

    [Fact]
    public void Iso_durations_say_hours_and_minutes()
    {
        Assert.Equal("PT4H30M", EventWindow.IsoDuration(TimeSpan.FromMinutes(270)));
        Assert.Equal("PT72H", EventWindow.IsoDuration(TimeSpan.FromHours(72)));
        Assert.Equal("P3D", EventWindow.IsoDuration(TimeSpan.FromDays(3), days: true));
    }

    [Theory]
    [InlineData("Moscow", "Europe/Moscow")]
    [InlineData("kyiv", "Europe/Kyiv")]
    [InlineData("Kiev", "Europe/Kyiv")]
    [InlineData("Ukraine", "Europe/Kyiv")]
    [InlineData("new york", "America/New_York")]
    [InlineData("Anchorage", "America/Anchorage")]
    public void The_time_zone_picker_finds_a_zone_by_city_old_spelling_or_country(string typed, string zone)
    {
        var found = TimeZones.Find(typed);

        Assert.Contains(found, z => z.Id == zone);
        // A city typed in full is offered first; a country lists its zones.
        if (typed.Equals(zone[(zone.LastIndexOf('/') + 1)..].Replace('_', ' '), StringComparison.OrdinalIgnoreCase)) Assert.Equal(zone, found[0].Id);
    }

    [Fact]
    public void The_time_zone_picker_offers_nothing_for_a_place_that_is_no_zone_and_shows_offsets_of_the_day()
    {
        Assert.Empty(TimeZones.Find("Atlantis"));
        Assert.Empty(TimeZones.Find(" "));
        Assert.Equal("UTC+03:00", TimeZones.OffsetOn("Europe/Moscow", new DateOnly(2025, 4, 19)));
        Assert.Equal(("UTC+02:00", "UTC+03:00"), (TimeZones.OffsetOn("Europe/Kyiv", new DateOnly(2025, 3, 29)), TimeZones.OffsetOn("Europe/Kyiv", new DateOnly(2025, 3, 31))));
    }

    [Theory]
    // 01:30 in Kyiv on the 20th is still the 19th in UTC: an editor there logging "today" must not be told it is the future.
    [InlineData("2025-04-19T22:30:00Z", "2025-04-20")]
    // The furthest-ahead zone (UTC+14) starts the 20th at 10:00 UTC, and no date after it is today anywhere.
    [InlineData("2025-04-19T09:59:00Z", "2025-04-19")]
    [InlineData("2025-04-19T10:00:00Z", "2025-04-20")]
    public void Today_is_the_latest_date_that_has_begun_somewhere(string utc, string today) =>
        Assert.Equal(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture),
            TimeZones.LatestToday(new FixedClock(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture))));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
