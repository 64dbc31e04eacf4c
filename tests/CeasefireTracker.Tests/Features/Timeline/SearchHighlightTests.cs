using CeasefireTracker.Web.Features.Timeline;

namespace CeasefireTracker.Tests.Features.Timeline;

public sealed class SearchHighlightTests
{
    [Fact]
    public void Splits_a_headline_into_marked_and_plain_runs()
    {
        var runs = SearchHighlight.Parse("Talks on a \uE000ceasefire\uE001 in \uE000Riyadh\uE001");

        Assert.Equal(
            [new TextRun("Talks on a ", false), new TextRun("ceasefire", true), new TextRun(" in ", false), new TextRun("Riyadh", true)],
            runs);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Nothing matched here")]
    public void Gives_nothing_when_no_word_matched(string? headline)
    {
        Assert.Null(SearchHighlight.Parse(headline));
    }

    [Fact]
    public void Stray_markers_never_leave_a_run_open_or_lose_text()
    {
        var runs = SearchHighlight.Parse("a\uE001b\uE000c\uE000d");

        Assert.Equal("abcd", string.Concat(runs!.Select(r => r.Text)));
        Assert.Equal(["c", "d"], runs!.Where(r => r.IsMatch).Select(r => r.Text));
    }
}
