using System.Globalization;
using System.Text.RegularExpressions;

namespace CeasefireTracker.Web.Features.Reports;

internal sealed record QuantityMention(int Start, int End, Quantity Quantity);

/// <summary>
/// Reads the numbers of a sentence: durations ("four and a half hours" = 270 minutes, "a 30-day truce"), amounts of
/// money ("about $50") and counts of people or things ("several hundred Chinese nationals", "175 prisoners of war"),
/// in digits or in words (Humanizer reads the words). Numbers that belong to a date are left to the
/// <see cref="DateReader"/>.
/// </summary>
internal sealed partial class QuantityReader
{
    private readonly ReportLanguage language;
    private readonly Regex duration;
    private readonly Regex compoundDuration;
    private readonly Regex money;
    private readonly Regex count;

    public QuantityReader(ReportLanguage language)
    {
        this.language = language;
        var hedges = string.Join('|', language.Hedges.OrderByDescending(h => h.Length).Select(Regex.Escape));
        var vague = string.Join('|', language.VagueAmounts.Keys.OrderByDescending(h => h.Length).Select(Regex.Escape));
        var number = language.NumberPattern;
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        duration = new Regex($@"\b(?:(?<hedge>{hedges})\s+)?(?<n>{number})(?<half>\s+and\s+a\s+half)?\s+(?<unit>hours?|minutes?|days?|weeks?|months?|years?)\b(?!\s+(?:ago|earlier|later|before))", options);
        compoundDuration = new Regex($@"\b(?:an?\s+)?(?<n>{number})-(?<unit>hour|minute|day|week|month|year)\b", options);
        money = new Regex($@"(?:\b(?<hedge>{hedges})\s+)?(?<cur>US\$|\$|€|£)\s?(?<n>\d[\d,]*(?:\.\d+)?)(?:\s+(?<scale>million|billion|thousand))?", options);
        count = new Regex($@"\b(?:(?<hedge>{hedges})\s+)?(?:(?<vague>{vague})|(?<n>{number}))\s+(?:of\s+)?(?<what>(?:[A-Za-z][a-z-]+\s+){{0,2}}?(?:[a-z]+s|people|children|men|women|servicemen|personnel|staff))\b", options);
    }

    public IReadOnlyList<QuantityMention> Find(ReportSentence sentence, IReadOnlyList<DateMention> dates)
    {
        var text = sentence.Text;
        var found = new List<QuantityMention>();

        void Add(Match m, Quantity? quantity)
        {
            if (quantity is null || sentence.InQuote(m.Index) && quantity.Kind != QuantityKind.Count) return;
            var end = m.Index + m.Length;
            if (found.Any(f => m.Index < f.End && f.Start < end) || dates.Any(d => m.Index < d.End && d.Start < end)) return;
            found.Add(new QuantityMention(m.Index, end, quantity));
        }

        foreach (Match m in money.Matches(text))
        {
            if (!decimal.TryParse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) continue;
            value *= m.Groups["scale"].Value.ToLowerInvariant() switch { "thousand" => 1_000, "million" => 1_000_000, "billion" => 1_000_000_000, _ => 1 };
            var currency = m.Groups["cur"].Value switch { "€" => "EUR", "£" => "GBP", _ => "USD" };
            Add(m, new Quantity(QuantityKind.Money, value, currency, m.Groups["hedge"].Success, m.Value.Trim()));
        }

        foreach (Match m in duration.Matches(text))
        {
            if (Number(m.Groups["n"].Value) is not { } n) continue;
            var value = n + (m.Groups["half"].Success ? 0.5m : 0m);
            var (amount, unit) = InUnits(value, m.Groups["unit"].Value);
            Add(m, new Quantity(QuantityKind.Duration, amount, unit, m.Groups["hedge"].Success, m.Value.Trim()));
        }

        foreach (Match m in compoundDuration.Matches(text))
        {
            if (Number(m.Groups["n"].Value) is not { } n) continue;
            var (amount, unit) = InUnits(n, m.Groups["unit"].Value);
            Add(m, new Quantity(QuantityKind.Duration, amount, unit, false, m.Value.Trim()));
        }

        foreach (Match m in count.Matches(text))
        {
            var vague = m.Groups["vague"];
            decimal? value = vague.Success ? language.VagueAmounts[vague.Value] : Number(m.Groups["n"].Value);
            if (value is null || value == 0) continue;
            var what = m.Groups["what"].Value;
            if (language.Units.ContainsKey(what.Split(' ')[^1])) continue;
            Add(m, new Quantity(QuantityKind.Count, value.Value, what, vague.Success || m.Groups["hedge"].Success, m.Value.Trim()));
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>A number in digits or words; "a" and "an" are one.</summary>
    public decimal? Number(string words)
    {
        if (decimal.TryParse(words.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var digits)) return digits;
        if (words.Equals("a", StringComparison.OrdinalIgnoreCase) || words.Equals("an", StringComparison.OrdinalIgnoreCase)) return 1;
        return language.NumberWord(words.Replace('-', ' ')) is { } n ? n : null;
    }

    /// <summary>Hours and minutes in minutes (what talks record), longer spans in their own unit.</summary>
    private static (decimal Amount, string Unit) InUnits(decimal value, string unit) => unit.ToLowerInvariant().TrimEnd('s') switch
    {
        "hour" => (value * 60, "minutes"),
        "minute" => (value, "minutes"),
        var other => (value, other + "s"),
    };
}
