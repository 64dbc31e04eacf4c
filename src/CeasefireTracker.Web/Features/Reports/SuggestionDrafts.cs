using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Admin.Actors;
using CeasefireTracker.Web.Features.Admin.Events;

namespace CeasefireTracker.Web.Features.Reports;

/// <summary>A suggestion as the normal edit form's draft, with the reason its first revision records.</summary>
public sealed record SuggestedDraft(EventDraft Draft, string Reason);

/// <summary>
/// Turns an accepted suggestion into the edit form's <see cref="EventDraft"/>: every field prefilled, the report its
/// source with the sentences as the excerpt, positions and responses citing that source. Actors the store does not
/// know are left out unless the editor has added them (<paramref name="added"/>, by name): a draft can only name
/// stored actors. Links to other suggestions are not carried, since those have no event yet; a link to an event that
/// is already logged is.
/// </summary>
public static class SuggestionDrafts
{
    public static SuggestedDraft ToDraft(
        EventSuggestion suggestion, ReportSuggestions report, IReadOnlyDictionary<string, ActorChoice>? added = null)
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
        draft.Sources = [source];
        draft.Participants = [.. suggestion.Participants
            .Select(p => (Choice: Choice(p.Actor), p.Role))
            .Where(p => p.Choice is not null)
            .Select(p => new ParticipantDraft { Actor = p.Choice, Role = p.Role })];
        if (draft.Participants.Count == 0) draft.Participants = [new ParticipantDraft { Role = EventDraft.DefaultRole(suggestion.Kind) }];

        switch (suggestion.Kind)
        {
            case EventKind.Talks:
                draft.Talks = new TalksDraft { Format = suggestion.Format ?? TalksFormat.InPerson, DurationMinutes = suggestion.DurationMinutes, Round = suggestion.Round };
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
                };
                break;
            case EventKind.CeasefireProposal:
                draft.Proposal = new ProposalDraft
                {
                    Scope = suggestion.Scope ?? CeasefireScope.Other,
                    Status = suggestion.Status ?? CeasefireStatus.Proposed,
                    DurationDays = suggestion.DurationDays,
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

        var from = string.Join(", ", new[] { report.Report.Publisher, report.Report.Url }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var reason = $"From report {(from.Length > 0 ? from : "pasted text")} of {report.Report.PublishedOn:yyyy-MM-dd}";
        return new SuggestedDraft(draft, reason.Length > 500 ? reason[..500] : reason);
    }
}
