using System.Globalization;
using System.Text.RegularExpressions;
using CeasefireTracker.Web.Domain;

namespace CeasefireTracker.Web.Features.Reports;

/// <summary>How a date in a sentence is used: as the date of what happened, or as the start of a count ("since February").</summary>
internal enum DateUse
{
    Event,
    Since,

    /// <summary>In a relative clause ("the conflict, which began over three years ago"): not the date of an event told.</summary>
    Background,
}

internal sealed record DateMention(int Start, int End, SuggestedDate Date, DateUse Use);

/// <summary>
/// Reads the dates of a sentence and resolves them against the report's publication date: weekdays to the last such
/// day on or before publication ("on Friday"), month names to the last such month ("in January", "since February"),
/// counts back ("a month ago", "over three years ago"), "yesterday", "last week", explicit dates. The precision is
/// Day for a day, Month for a month, Approximate for everything hedged or counted back in weeks, months or years.
/// "Earlier", "later" and "recently" are approximate too, near the date the story last named (the anchor).
/// </summary>
internal sealed partial class DateReader
{
    private readonly ReportLanguage language;
    private readonly DateOnly published;
    private readonly Regex weekday;
    private readonly Regex monthDay;
    private readonly Regex dayMonth;
    private readonly Regex month;
    private readonly Regex ago;
    private readonly Regex relativeWord;
    private readonly Regex relativePeriod;

    public DateReader(ReportLanguage language, DateOnly published)
    {
        this.language = language;
        this.published = published;
        var weekdays = Alternatives(language.Weekdays.Keys);
        var months = Alternatives(language.Months.Keys);
        var units = Alternatives(language.Units.Where(u => u.Value.Days > 0).Select(u => u.Key));
        var hedges = Alternatives(language.Hedges);
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        weekday = new Regex($@"\b(?:(?<which>last|this|next)\s+|on\s+)?(?<day>{weekdays})\b", options);
        monthDay = new Regex($@"\b(?:on\s+)?(?<month>{months})\s+(?<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>\d{{4}}))?", options);
        dayMonth = new Regex($@"\b(?:on\s+)?(?:the\s+)?(?<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>{months})(?:,?\s+(?<year>\d{{4}}))?", options);
        month = new Regex($@"\b(?<lead>since|in|by|until|from|last|next|early|late|mid|mid-|earlier in|later in)?\s*(?<month>{months})(?:\s+(?<year>\d{{4}}))?\b", options);
        ago = new Regex($@"\b(?:(?<hedge>{hedges})\s+)?(?<n>{language.NumberPattern})\s+(?<unit>{units})\s+(?<dir>ago|earlier|later|before)\b", options);
        relativeWord = new Regex(@"\b(?<w>yesterday|today|tonight|this morning|this afternoon|this evening|last night|recently|recent|earlier|later|previously)\b", options);
        relativePeriod = new Regex(@"\b(?<which>last|this|next|earlier this|later this|late last|early last|earlier in the)\s+(?<unit>week|month|year)\b", options);
    }

    /// <summary>The dates of the sentence, outside its quotations, none overlapping another.</summary>
    public IReadOnlyList<DateMention> Find(ReportSentence sentence, DateOnly anchor)
    {
        var text = sentence.Text;
        var found = new List<DateMention>();

        void Add(Match m, SuggestedDate? date, DateUse use = DateUse.Event)
        {
            if (date is null || sentence.InQuote(m.Index)) return;
            if (found.Any(f => m.Index < f.End && f.Start < m.Index + m.Length)) return;
            if (use == DateUse.Event && RelativeClause().IsMatch(text[ClauseStart(text, m.Index)..m.Index])) use = DateUse.Background;
            found.Add(new DateMention(m.Index, m.Index + m.Length, date with { Words = m.Value.Trim() }, use));
        }

        foreach (Match m in Iso().Matches(text))
        {
            if (DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) Add(m, new(d, DatePrecision.Day));
        }

        foreach (var m in monthDay.Matches(text).Concat(dayMonth.Matches(text)))
        {
            Add(m, DayOfMonth(language.Months[m.Groups["month"].Value], int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture), m.Groups["year"]));
        }

        foreach (Match m in ago.Matches(text))
        {
            Add(m, CountedBack(m, anchor));
        }

        foreach (Match m in month.Matches(text))
        {
            if (!char.IsUpper(m.Groups["month"].Value[0])) continue;
            var lead = m.Groups["lead"].Value.ToLowerInvariant();
            var number = language.Months[m.Groups["month"].Value];
            var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)
                : lead == "next" ? (number > published.Month ? published.Year : published.Year + 1)
                : (number <= published.Month ? published.Year : published.Year - 1);
            var precision = lead is "early" or "late" or "mid" or "mid-" ? DatePrecision.Approximate : DatePrecision.Month;
            var day = lead switch { "mid" or "mid-" => 15, "late" => 25, "early" => 5, _ => 1 };
            Add(m, new(new DateOnly(year, number, day), precision), lead == "since" ? DateUse.Since : DateUse.Event);
        }

        foreach (Match m in weekday.Matches(text))
        {
            if (!char.IsUpper(m.Groups["day"].Value[0])) continue;
            var target = language.Weekdays[m.Groups["day"].Value];
            var back = ((int)published.DayOfWeek - (int)target + 7) % 7;
            var which = m.Groups["which"].Value.ToLowerInvariant();
            if (which == "last" && back == 0) back = 7;
            var date = which == "next" ? published.AddDays(((int)target - (int)published.DayOfWeek + 7) % 7 is var f && f == 0 ? 7 : f) : published.AddDays(-back);
            Add(m, new(date, DatePrecision.Day));
        }

        foreach (Match m in relativePeriod.Matches(text))
        {
            var which = m.Groups["which"].Value.ToLowerInvariant();
            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            var shift = which.Contains("last", StringComparison.Ordinal) ? -1 : which == "next" ? 1 : 0;
            SuggestedDate date = unit switch
            {
                "week" => new(published.AddDays(7 * shift), DatePrecision.Approximate),
                "month" => new(new DateOnly(published.Year, published.Month, 1).AddMonths(shift), DatePrecision.Month),
                _ => new(new DateOnly(published.Year + shift, 7, 1), DatePrecision.Approximate),
            };
            Add(m, date);
        }

        foreach (Match m in relativeWord.Matches(text))
        {
            SuggestedDate date = m.Groups["w"].Value.ToLowerInvariant() switch
            {
                "yesterday" or "last night" => new(published.AddDays(-1), DatePrecision.Day),
                "today" or "tonight" or "this morning" or "this afternoon" or "this evening" => new(published, DatePrecision.Day),
                "recently" or "recent" => new(published, DatePrecision.Approximate),
                _ => new(anchor, DatePrecision.Approximate),
            };
            Add(m, date);
        }

        foreach (Match m in Year().Matches(text))
        {
            Add(m, new(new DateOnly(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), 1, 1), DatePrecision.Approximate));
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private SuggestedDate? DayOfMonth(int monthNumber, int day, Group yearGroup)
    {
        var year = yearGroup.Success ? int.Parse(yearGroup.Value, CultureInfo.InvariantCulture) : published.Year;
        if (day < 1 || day > DateTime.DaysInMonth(year, monthNumber)) return null;
        var date = new DateOnly(year, monthNumber, day);
        // Without a year, the nearest such day: a report speaks of the last few months and the next few weeks.
        if (!yearGroup.Success && date > published.AddMonths(2)) date = date.AddYears(-1);
        return new(date, DatePrecision.Day);
    }

    private SuggestedDate? CountedBack(Match m, DateOnly anchor)
    {
        var words = m.Groups["n"].Value;
        int? n = int.TryParse(words, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits
            : words.Equals("a", StringComparison.OrdinalIgnoreCase) || words.Equals("an", StringComparison.OrdinalIgnoreCase) ? 1
            : language.NumberWord(words.Replace('-', ' '));
        if (n is null or < 1 or > 100) return null;
        var unit = language.Units[m.Groups["unit"].Value];
        var direction = m.Groups["dir"].Value.ToLowerInvariant();
        var from = direction == "ago" ? published : anchor;
        var sign = direction == "later" ? 1 : -1;
        var date = unit.Days switch
        {
            30 => from.AddMonths(sign * n.Value),
            365 => from.AddYears(sign * n.Value),
            _ => from.AddDays(sign * n.Value * unit.Days),
        };
        var exact = unit.IsDay && !m.Groups["hedge"].Success && direction == "ago";
        return new(date, exact ? DatePrecision.Day : DatePrecision.Approximate);
    }

    private static string Alternatives(IEnumerable<string> words) =>
        string.Join('|', words.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace("\\ ", "\\s+", StringComparison.Ordinal)));

    private static int ClauseStart(string text, int offset) => text.LastIndexOfAny([',', ';', '–', '—'], Math.Max(0, offset - 1)) + 1;

    [GeneratedRegex(@"\b(?:which|who|whose|where)\b")]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?:in|since|by|during)\s+(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex Year();
}
