namespace CeasefireTracker.Web.Features.Reports;

/// <summary>
/// A suggestion while the report is being read: the event, and what the later steps (dating, merging, linking)
/// need to know about where and how it was read.
/// </summary>
internal sealed class Reading(EventSuggestion suggestion, int sentence)
{
    public EventSuggestion Event { get; } = suggestion;
    public int Sentence { get; } = sentence;

    /// <summary>Offsets (in the sentence) of the words that made it; a date attaches to the nearest one.</summary>
    public List<int> Triggers { get; } = [];

    public Subject? Subject { get; set; }
    public bool DatedByText { get; set; }

    /// <summary>Set when the sentence dates it by an earlier meeting ("after their previous meeting"): the people of that meeting.</summary>
    public IReadOnlyList<ReportActor>? AfterEarlierTalksOf { get; set; }

    /// <summary>The count the report makes of it ("third meeting since February", "second swap in under two months").</summary>
    public Round? Round { get; set; }

    /// <summary>The sentence points back at talks told before ("the talks", "the discussions").</summary>
    public bool RefersToTalks { get; set; }

    public List<(Reading To, string Relation)> Links { get; } = [];

    public void Link(Reading to, string relation)
    {
        if (to != this && !Links.Any(l => l.To == to)) Links.Add((to, relation));
    }
}

/// <summary>The place of an event in a series: Ordinal-th since a date, or within a window of days before it.</summary>
internal sealed record Round(int Ordinal, SuggestedDate? Since, int? WindowDays, string Words);
