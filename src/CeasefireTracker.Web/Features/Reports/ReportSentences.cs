using System.Text.RegularExpressions;

namespace CeasefireTracker.Web.Features.Reports;

/// <summary>One sentence of a report, with where it starts in the report's text and the quotations it holds.</summary>
public sealed record ReportSentence(int Index, int Start, string Text)
{
    public int End => Start + Text.Length;

    /// <summary>The quoted passages, as offsets into <see cref="Text"/> without the quotation marks.</summary>
    public IReadOnlyList<TextSpan> Quotes { get; } = ReportSentences.QuotesIn(Text);

    public bool InQuote(int offset) => Quotes.Any(q => offset >= q.Start - 1 && offset <= q.End);
}

/// <summary>
/// Splits a report into sentences with ICU's sentence rules (UAX #29, with CLDR's English abbreviations such as
/// "Mr." and "U.S." not ending a sentence), through icu.net on the ICU library .NET itself uses on Linux. Two
/// repairs follow, because news copy breaks those rules: a quotation of several sentences stays one sentence (it is
/// one statement), and a few abbreviations CLDR lacks ("St. Petersburg", "Gen.") do not end one.
/// </summary>
public static partial class ReportSentences
{
    private static readonly Lazy<bool> Icu = new(() =>
    {
        global::Icu.Wrapper.Init();
        return true;
    });

    private static readonly string[] Abbreviations = ["St.", "Gen.", "Lt.", "Col.", "Sgt.", "Gov.", "Sen.", "Rep.", "Maj.", "Capt.", "No.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    public static IReadOnlyList<ReportSentence> Split(string text)
    {
        _ = Icu.Value;
        var pieces = new List<(int Start, int End)>();
        foreach (var boundary in global::Icu.BreakIterator.GetBoundaries(
            global::Icu.BreakIterator.UBreakIteratorType.SENTENCE, new global::Icu.Locale("en_US@ss=standard"), text))
        {
            pieces.Add((boundary.Start, boundary.End));
        }

        var merged = new List<(int Start, int End)>();
        foreach (var piece in pieces)
        {
            if (merged.Count > 0 && ShouldJoin(text[merged[^1].Start..merged[^1].End]))
            {
                merged[^1] = (merged[^1].Start, piece.End);
            }
            else
            {
                merged.Add(piece);
            }
        }

        var sentences = new List<ReportSentence>();
        foreach (var (start, end) in merged)
        {
            var raw = text[start..end];
            var lead = raw.Length - raw.TrimStart().Length;
            var trimmed = raw.Trim();
            if (trimmed.Length == 0) continue;
            sentences.Add(new ReportSentence(sentences.Count, start + lead, trimmed));
        }

        return sentences;
    }

    /// <summary>Whether the sentence so far must go on; never across the end of a paragraph.</summary>
    private static bool ShouldJoin(string previous)
    {
        if (previous.TrimEnd(' ', '\t').EndsWith('\n')) return false;
        var before = previous.TrimEnd();
        return before.Length > 0 && (OpenQuote(before) || Abbreviations.Any(a => before.EndsWith(" " + a, StringComparison.Ordinal)));
    }

    /// <summary>An opening typographic quotation mark without its closing one, or an odd number of straight ones.</summary>
    private static bool OpenQuote(string text) =>
        text.Count(c => c is '“' or '«') > text.Count(c => c is '”' or '»') || text.Count(c => c == '"') % 2 == 1;

    internal static IReadOnlyList<TextSpan> QuotesIn(string text)
    {
        var spans = new List<TextSpan>();
        foreach (Match m in Quoted().Matches(text))
        {
            var inner = m.Groups["q"];
            if (inner.Length > 0) spans.Add(new TextSpan(inner.Index, inner.Length));
        }

        return spans;
    }

    [GeneratedRegex("“(?<q>[^”]*)”|«(?<q>[^»]*)»|\"(?<q>[^\"]*)\"")]
    private static partial Regex Quoted();
}
