using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Admin.Actors;
using CeasefireTracker.Web.Features.Admin.Events;

namespace CeasefireTracker.Web.Features.Reports;

/// <summary>A suggestion as the normal edit form's draft, with the reason its first revision records.</summary>
public sealed record SuggestedDraft(EventDraft Draft, string Reason);

/// <summary>
/// Turns an accepted suggestion into the edit form's <see cref="EventDraft"/>: every field prefilled, the report its
/// source with the sentences as the excerpt, positions and responses citing that source. Actors the store does not
/// know are left out unless the editor has added them (by name, in the added actors): a draft can only name
/// stored actors. A link to another suggestion is carried when that one is an event already (the logged events:
/// the stored event it matched, or the one the editor saved from it); one without an event yet has nothing to point at.
/// </summary>
public static class SuggestionDrafts
{
    public static SuggestedDraft ToDraft(
        EventSuggestion suggestion, ReportSuggestions report, IReadOnlyDictionary<string, ActorChoice>? added = null,
        Func<int, EventChoice?>? logged = null)
    {
        ActorChoice? Choice(ReportActor? actor) =>
            actor is null ? null
            : actor.Id is { } id ? new ActorChoice(id, actor.Name)
            : added is not null && added.TryGetValue(actor.Name, out var created) ? created
            : null;

        var source = new SourceDraft
        {
            Publisher = report.Report.Publisher ?? "",
            Url = report.Report.Url ?? "",
            PublishedOn = report.Report.PublishedOn,
            Excerpt = string.Join(" ", suggestion.Sentences.Select(i => report.Sentences[i].Text)),
        };

        var draft = EventDraft.New(suggestion.Kind);
        draft.Title = suggestion.Title;
        draft.OccurredOn = suggestion.Date?.Date;
        draft.DatePrecision = suggestion.Date?.Precision ?? DatePrecision.Approximate;
        draft.Place = suggestion.Place;
        if (suggestion.StartTime is { } at && suggestion.TimeZone is { } zone) (draft.StartTime, draft.TimeZone) = (at, zone);
        draft.Sources = [source];
        draft.Participants = [.. suggestion.Participants
            .Select(p => (Choice: Choice(p.Actor), p.Role, Side: Choice(p.Represents)))
            .Where(p => p.Choice is not null)
            .Select(p => new ParticipantDraft { Actor = p.Choice, Role = p.Role, Represents = p.Side })];
        if (draft.Participants.Count == 0) draft.Participants = [new ParticipantDraft { Role = EventDraft.DefaultRole(suggestion.Kind) }];
        draft.Links = [.. suggestion.Links
            .Select(l => (Target: (logged ?? LoggedAlready(report))(l.To), l.Relation))
            .Where(l => l.Target is not null)
            .DistinctBy(l => l.Target!.Id)
            .Select(l => new LinkDraft { Event = l.Target, Relation = l.Relation })];

        switch (suggestion.Kind)
        {
            case EventKind.Talks:
                draft.Talks = new TalksDraft
                {
                    Format = suggestion.Format ?? TalksFormat.InPerson, DurationMinutes = suggestion.DurationMinutes,
                    DurationQualifier = suggestion.DurationQualifier, Round = suggestion.Round,
                };
                break;
            case EventKind.Statement:
                draft.Statement = new StatementDraft { Quote = suggestion.Quote ?? "", Platform = suggestion.Platform };
                break;
            case EventKind.Claim:
                draft.Claim = new ClaimDraft
                {
                    ClaimText = suggestion.ClaimText ?? "",
                    Verdict = ClaimVerdict.Unverified,
                    Positions = [.. suggestion.Positions.Where(p => Choice(p.Actor) is not null).Select(p => new PositionDraft
                    {
                        Actor = Choice(p.Actor), Stance = p.Stance, StatedOn = p.StatedOn?.Date, SourceKey = source.Key,
                    })],
                };
                break;
            case EventKind.PrisonerExchange:
                draft.Exchange = new ExchangeDraft
                {
                    Lines = [.. suggestion.Lines.Select(l => new LineDraft { From = Choice(l.From), To = Choice(l.To), Category = l.Category, Count = l.Count })],
                    Detainees = [.. suggestion.Detainees.Select(d => new DetaineeDraft
                    {
                        Name = d.Name, ReleasedBy = Choice(d.ReleasedBy), ReleasedTo = Choice(d.ReleasedTo), Category = d.Category, Note = d.Note,
                    })],
                    Reports = [.. suggestion.Figures.Where(f => Choice(f.ReportedBy) is not null).Select(f => new ReportDraft
                    {
                        ReportedBy = Choice(f.ReportedBy), From = Choice(f.From), To = Choice(f.To), Category = f.Category, Count = f.Count,
                        ReportedOn = report.Report.PublishedOn, SourceKey = source.Key,
                    })],
                };
                break;
            case EventKind.CeasefireProposal:
                draft.Proposal = new ProposalDraft
                {
                    Scope = suggestion.Scope ?? CeasefireScope.Other,
                    Status = suggestion.Status ?? CeasefireStatus.Proposed,
                    DurationDays = suggestion.DurationDays,
                    Declaration = suggestion.Declaration,
                    Responses = [.. suggestion.Responses.Where(r => Choice(r.Actor) is not null).Select(r => new ResponseDraft
                    {
                        Actor = Choice(r.Actor), Response = r.Response, Conditions = r.Conditions, RespondedOn = r.RespondedOn?.Date, SourceKey = source.Key,
                    })],
                    Violations = [.. suggestion.Violations.Select(v => new ViolationDraft
                    {
                        Accuser = Choice(v.Accuser), Accused = Choice(v.Accused), AllegedOn = report.Report.PublishedOn, Description = v.Description, SourceKey = source.Key,
                    })],
                };
                break;
        }

        return new SuggestedDraft(draft, Reason(report.Report));
    }

    /// <summary>What the history records of an event drafted from the report: "From report News Central, 2025-04-11: https://…".</summary>
    public static string Reason(NewsReport report)
    {
        var publisher = string.IsNullOrWhiteSpace(report.Publisher) ? "" : $" {report.Publisher.Trim()},";
        var url = string.IsNullOrWhiteSpace(report.Url) ? "" : $": {report.Url.Trim()}";
        var reason = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"From report{publisher} {report.PublishedOn:yyyy-MM-dd}{url}");
        return reason.Length > FieldLengths.Event.RevisionReason ? reason[..(FieldLengths.Event.RevisionReason - 1)] + "…" : reason;
    }

    /// <summary>The suggestions the suggester found in the store already, as link targets.</summary>
    private static Func<int, EventChoice?> LoggedAlready(ReportSuggestions report) => index =>
        report.Events.ElementAtOrDefault(index)?.Existing is { } e ? new EventChoice(e.Id, e.Title, e.OccurredOn) : null;
}
