namespace CeasefireTracker.Web.Features.Timeline;

/// <summary>A stretch of text, marked when it matched the search.</summary>
public sealed record TextRun(string Text, bool IsMatch);

/// <summary>
/// Reads ts_headline's output. PostgreSQL marks the matches but does not HTML-encode the text around them, so it
/// marks them with two private-use characters instead of tags; the runs are rendered as text (encoded by Razor)
/// with <c>&lt;mark&gt;</c> elements around the matched runs, and no stored character ever becomes markup.
/// </summary>
public static class SearchHighlight
{
    private const char Start = '\uE000';
    private const char Stop = '\uE001';

    /// <summary>Options for ts_headline: the whole text (titles and summaries are short), matches between the markers.</summary>
    public const string HeadlineOptions = "HighlightAll=true, StartSel=\uE000, StopSel=\uE001";

    /// <summary>The runs of a headline, or null when nothing in it matched (the plain text is shown then).</summary>
    public static IReadOnlyList<TextRun>? Parse(string? headline)
    {
        if (string.IsNullOrEmpty(headline) || headline.IndexOf(Start, StringComparison.Ordinal) < 0) return null;

        var runs = new List<TextRun>();
        var inMatch = false;
        var from = 0;
        for (var i = 0; i <= headline.Length; i++)
        {
            // A stray marker (a Stop outside a match, a Start inside one) is dropped, so the runs always pair up.
            var atEnd = i == headline.Length;
            if (!atEnd && headline[i] != Start && headline[i] != Stop) continue;
            if (i > from) runs.Add(new TextRun(headline[from..i], inMatch));
            from = i + 1;
            if (!atEnd) inMatch = headline[i] == Start;
        }

        return runs.Any(r => r.IsMatch) ? runs : null;
    }
}
