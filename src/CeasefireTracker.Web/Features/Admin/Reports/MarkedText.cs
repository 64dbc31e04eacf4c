using CeasefireTracker.Web.Features.Reports;

namespace CeasefireTracker.Web.Features.Admin.Reports;

/// <summary>A piece of a sentence, marked when the suggester read it (a trigger, a name, a date).</summary>
public sealed record MarkedPiece(string Text, bool Marked);

public static class MarkedText
{
    /// <summary>
    /// The sentence cut where the highlights (offsets in the whole report) start and end. The page writes the pieces as
    /// text inside &lt;mark&gt; or not, so a report's text is never taken for markup.
    /// </summary>
    public static IReadOnlyList<MarkedPiece> Pieces(ReportSentence sentence, IEnumerable<TextSpan> highlights)
    {
        var marked = new bool[sentence.Text.Length];
        foreach (var span in highlights)
        {
            for (var i = Math.Max(span.Start, sentence.Start); i < Math.Min(span.End, sentence.End); i++) marked[i - sentence.Start] = true;
        }

        var pieces = new List<MarkedPiece>();
        var start = 0;
        for (var i = 1; i <= marked.Length; i++)
        {
            if (i < marked.Length && marked[i] == marked[start]) continue;
            pieces.Add(new MarkedPiece(sentence.Text[start..i], marked[start]));
            start = i;
        }

        return pieces;
    }
}
