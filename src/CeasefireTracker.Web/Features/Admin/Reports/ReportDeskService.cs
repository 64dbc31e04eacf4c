using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Admin.Actors;
using CeasefireTracker.Web.Features.Admin.Events;
using CeasefireTracker.Web.Features.Reports;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Admin.Reports;

/// <summary>What the editor pastes on the "From a report" page. Mutable so the form can bind to it.</summary>
public sealed class ReportInput
{
    public string? Text { get; set; }
    public string? Publisher { get; set; }
    public string? Url { get; set; }
    public DateOnly? PublishedOn { get; set; }
}

/// <summary>The desk opened for a report, or messages by field of <see cref="ReportInput"/>.</summary>
public sealed record ReportReadResult(ReportDesk? Desk, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>
/// The "From a report" desk: reads a pasted report into suggestions (<see cref="ReportSuggester"/>), and turns the
/// editor's decision on each into what the event forms open with: a new event prefilled from the draft (accept), or an
/// existing event with what the report adds (merge). It saves no event itself: the forms save through
/// <see cref="EventEditorService"/>, with the reason "From report …" prefilled, and tell the desk what they saved.
/// </summary>
public sealed class ReportDeskService(
    ReportSuggester suggester, ActorPickerService pickers, ReportDesks desks, IDbContextFactory<TrackerDbContext> contexts, TimeProvider clock)
{
    public async Task<ReportReadResult> ReadAsync(EditorSession editor, ReportInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(editor);
        var errors = new FieldErrors();
        errors.Text(nameof(ReportInput.Text), input.Text, SuggestOptions.MaxTextLength, "Paste the text of the report.", multiline: true);
        errors.Text(nameof(ReportInput.Publisher), input.Publisher, FieldLengths.Source.Publisher, "Give the publisher (the news outlet or agency).");
        errors.Url(nameof(ReportInput.Url), input.Url?.Trim() ?? "");
        errors.PastDate(nameof(ReportInput.PublishedOn), input.PublishedOn, TimeZones.LatestToday(clock),
            "Give the day the report was published: “on Friday” is read against it.");
        if (errors.Any) return new(null, errors.ToDictionary());

        var report = new NewsReport(input.Text!, input.PublishedOn!.Value, input.Publisher?.Trim(), input.Url?.Trim());
        var suggestions = await suggester.SuggestAsync(report, cancellationToken);
        return new(desks.Open(editor, suggestions), new Dictionary<string, string[]>());
    }

    /// <summary>The editor's desk, when they come back to it from a form; null when it expired or is not theirs.</summary>
    public ReportDesk? Find(EditorSession editor, string? key) => desks.Find(editor, key);

    /// <summary>For each new name the report uses that the editor has not settled yet: the stored actors it may be.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ActorSuggestion>>> NearMatchesAsync(
        EditorSession editor, ReportDesk desk, CancellationToken cancellationToken = default)
    {
        var near = new Dictionary<string, IReadOnlyList<ActorSuggestion>>(StringComparer.OrdinalIgnoreCase);
        foreach (var actor in desk.Suggestions.NewActors.Where(a => !desk.Actors.ContainsKey(a.Name)))
        {
            near[actor.Name] = await pickers.NearMatchesAsync(editor, [actor.Name], cancellationToken);
        }

        return near;
    }

    /// <summary>A new name of the report is this actor (one the editor added, or a near match they chose).</summary>
    public static void ChooseActor(EditorSession editor, ReportDesk desk, string name, ActorChoice actor)
    {
        ArgumentNullException.ThrowIfNull(editor);
        desk.Actors[name] = actor;
    }

    public static void Discard(EditorSession editor, ReportDesk desk, int index)
    {
        ArgumentNullException.ThrowIfNull(editor);
        if (desk.Suggestion(index) is not null) desk.Discarded[index] = true;
    }

    /// <summary>The event already saved from this suggestion (the form refuses to log it a second time); null when none is.</summary>
    public EventChoice? SavedFrom(EditorSession editor, string? key, int index) =>
        desks.Find(editor, key) is { } desk && desk.Saved.TryGetValue(index, out var saved) ? saved : null;

    /// <summary>The new-event form of the suggestion's kind, prefilled; null when the desk or the suggestion is gone.</summary>
    public SuggestedDraft? Accept(EditorSession editor, string? key, int index)
    {
        if (desks.Find(editor, key) is not { } desk || desk.Suggestion(index) is not { } suggestion) return null;
        return SuggestionDrafts.ToDraft(suggestion, desk.Suggestions, desk.Actors, desk.Logged);
    }

    /// <summary>
    /// The existing event's draft as loaded, with what the report adds to it: the report as a source (its sentences the
    /// excerpt), the participants, positions, responses and detainees it does not have yet, and the details left empty
    /// there. Nothing it holds already is changed. Null when the desk or the suggestion is gone, or the kinds differ.
    /// </summary>
    public SuggestedDraft? Merge(EditorSession editor, string? key, int index, EventDraft loaded)
    {
        if (Accept(editor, key, index) is not { } suggested || suggested.Draft.Kind != loaded.Kind) return null;
        return suggested with { Draft = AddReport(loaded.Copy(), suggested.Draft) };
    }

    /// <summary>A form saved an event from the suggestion: the desk shows it as saved, and later drafts link to it.</summary>
    public async Task RecordSavedAsync(EditorSession editor, string? key, int index, long eventId, CancellationToken cancellationToken = default)
    {
        if (desks.Find(editor, key) is not { } desk || desk.Suggestion(index) is null) return;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var saved = await db.Events.AsNoTracking().Where(e => e.Id == eventId)
            .Select(e => new EventChoice(e.Id, e.Title, e.OccurredOn)).FirstOrDefaultAsync(cancellationToken);
        if (saved is not null) desk.Saved[index] = saved;
    }

    internal static EventDraft AddReport(EventDraft into, EventDraft report)
    {
        var source = report.Sources[0];
        var same = into.Sources.FirstOrDefault(s => string.Equals(s.Url.Trim(), source.Url.Trim(), StringComparison.OrdinalIgnoreCase));
        var sourceKey = same?.Key ?? source.Key;
        if (same is null)
        {
            // A blank row the form keeps for a new source is replaced rather than left above the report.
            into.Sources.RemoveAll(s => string.IsNullOrWhiteSpace(s.Url) && string.IsNullOrWhiteSpace(s.Publisher));
            into.Sources.Add(source);
        }

        bool Has(IEnumerable<ActorChoice?> actors, ActorChoice? actor) => actor is null || actors.Any(a => a?.Id == actor.Id);
        into.Participants.AddRange(report.Participants.Where(p => !Has(into.Participants.Select(x => x.Actor), p.Actor)));
        into.Links.AddRange(report.Links.Where(l => !into.Links.Any(x => x.Event?.Id == l.Event?.Id)));
        into.Place ??= report.Place;
        // An hour means nothing without its zone: the report's pair comes in together, only where the event has neither.
        if (into.StartTime is null && into.TimeZone is null) (into.StartTime, into.TimeZone) = (report.StartTime, report.TimeZone);

        switch (into.Kind)
        {
            case Domain.EventKind.Talks when into.Talks is { } t && report.Talks is { } r:
                if (t.DurationMinutes is null) (t.DurationMinutes, t.DurationQualifier) = (r.DurationMinutes, r.DurationQualifier);
                t.Round ??= r.Round;
                break;
            case Domain.EventKind.Statement when into.Statement is { } s && report.Statement is { } r:
                if (string.IsNullOrWhiteSpace(s.Quote)) s.Quote = r.Quote;
                s.Platform ??= r.Platform;
                break;
            case Domain.EventKind.Claim when into.Claim is { } c && report.Claim is { } r:
                c.Positions.AddRange(r.Positions.Where(p => !Has(c.Positions.Select(x => x.Actor), p.Actor))
                    .Select(p => { p.SourceKey = sourceKey; return p; }));
                break;
            case Domain.EventKind.PrisonerExchange when into.Exchange is { } x && report.Exchange is { } r:
                x.Detainees.AddRange(r.Detainees.Where(d => !x.Detainees.Any(h => string.Equals(h.Name, d.Name, StringComparison.OrdinalIgnoreCase))));
                if (x.Lines.Count == 0) x.Lines.AddRange(r.Lines);
                x.Reports.AddRange(r.Reports.Where(f => !x.Reports.Any(h => h.ReportedBy?.Id == f.ReportedBy?.Id && h.Count == f.Count)).Select(f => { f.SourceKey = sourceKey; return f; }));
                break;
            case Domain.EventKind.CeasefireProposal when into.Proposal is { } p && report.Proposal is { } r:
                p.Responses.AddRange(r.Responses.Where(x => !Has(p.Responses.Select(h => h.Actor), x.Actor))
                    .Select(x => { x.SourceKey = sourceKey; return x; }));
                p.Violations.AddRange(r.Violations.Where(v => !p.Violations.Any(h => h.Description == v.Description)).Select(v => { v.SourceKey = sourceKey; return v; }));
                p.Declaration ??= r.Declaration;
                break;
        }

        return into;
    }
}
