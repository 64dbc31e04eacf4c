using System.Text.RegularExpressions;
using CeasefireTracker.Web.Domain;

namespace CeasefireTracker.Web.Features.Admin.Events;

/// <summary>
/// The rules an event must meet before it is saved, each message keyed by the form field it is about
/// ("Title", "Sources[0].Url", "Claim.Positions[1].StatedOn"). They mirror the column lengths and CHECK constraints
/// of the schema, so the database never has to refuse what an editor typed.
/// </summary>
public static partial class EventDraftValidator
{
    /// <summary>Trims text, turns blank optional text into null and drops rows the editor left entirely empty.</summary>
    public static void Normalize(EventDraft draft)
    {
        draft.Title = draft.Title?.Trim() ?? "";
        draft.Summary = Optional(draft.Summary);
        draft.Place = Optional(draft.Place);
        draft.Participants.RemoveAll(p => p.Actor is null);
        draft.Sources.RemoveAll(s => Blank(s.Publisher) && Blank(s.Url) && s.PublishedOn is null && Blank(s.Excerpt));
        foreach (var s in draft.Sources)
        {
            (s.Publisher, s.Url, s.Excerpt) = (s.Publisher?.Trim() ?? "", s.Url?.Trim() ?? "", Optional(s.Excerpt));
        }

        draft.Links.RemoveAll(l => l.Event is null && Blank(l.Relation));
        foreach (var l in draft.Links) l.Relation = Optional(l.Relation);

        if (draft.Talks is { } t) (t.Round, t.Outcome) = (Optional(t.Round), Optional(t.Outcome));
        if (draft.Statement is { } st) (st.Quote, st.Platform, st.Language) = (st.Quote?.Trim() ?? "", Optional(st.Platform), st.Language?.Trim() ?? "");
        if (draft.Claim is { } c)
        {
            (c.ClaimText, c.VerdictReason) = (c.ClaimText?.Trim() ?? "", Optional(c.VerdictReason));
            c.Positions.RemoveAll(p => p.Actor is null && p.StatedOn is null && Blank(p.Note));
            foreach (var p in c.Positions) p.Note = Optional(p.Note);
        }

        if (draft.Exchange is { } x)
        {
            x.Lines.RemoveAll(l => l.From is null && l.To is null && l.Count is null);
            x.Detainees.RemoveAll(d => Blank(d.Name) && d.ReleasedBy is null && d.ReleasedTo is null && Blank(d.Note));
            foreach (var d in x.Detainees) (d.Name, d.Note) = (d.Name?.Trim() ?? "", Optional(d.Note));
        }

        if (draft.Proposal is { } pr)
        {
            pr.Responses.RemoveAll(r => r.Actor is null && Blank(r.Conditions) && r.RespondedOn is null);
            foreach (var r in pr.Responses) r.Conditions = Optional(r.Conditions);
            pr.Violations.RemoveAll(v => v.Accuser is null && v.Accused is null && v.AllegedOn is null && Blank(v.Description));
            foreach (var v in pr.Violations) v.Description = v.Description?.Trim() ?? "";
        }
    }

    /// <summary>Checks a normalised draft for an event that will have <paramref name="status"/> after the save.</summary>
    public static FieldErrors Validate(EventDraft draft, EventStatus status, DateOnly today)
    {
        var errors = new FieldErrors();
        errors.Text("Title", draft.Title, 300, required: "Give the event a title.");
        errors.Text("Summary", draft.Summary, 4000, multiline: true);
        errors.Text("Place", draft.Place, 200);
        errors.PastDate("OccurredOn", draft.OccurredOn, today, required: "Give the date the event happened.");
        errors.Defined("DatePrecision", draft.DatePrecision);
        if (status == EventStatus.Published)
        {
            if (draft.Summary is null) errors.Add("Summary", "A published event needs a summary: readers see it on the timeline.");
            if (draft.Sources.Count == 0) errors.Add("Sources", "A published event needs at least one source.");
        }

        ValidateParticipants(draft, errors);
        for (var i = 0; i < draft.Sources.Count; i++)
        {
            var s = draft.Sources[i];
            errors.Text($"Sources[{i}].Publisher", s.Publisher, 200, required: "Name the publisher.");
            errors.Url($"Sources[{i}].Url", s.Url);
            errors.PastDate($"Sources[{i}].PublishedOn", s.PublishedOn, today);
            errors.Text($"Sources[{i}].Excerpt", s.Excerpt, 4000, multiline: true);
        }

        for (var i = 0; i < draft.Links.Count; i++)
        {
            if (draft.Links[i].Event is null) errors.Add($"Links[{i}].Event", "Choose the related event, or remove the row.");
            errors.Text($"Links[{i}].Relation", draft.Links[i].Relation, 100);
        }

        foreach (var duplicate in draft.Links.Select((l, i) => (l, i)).Where(x => x.l.Event is not null)
                     .GroupBy(x => x.l.Event!.Id).SelectMany(g => g.Skip(1)))
        {
            errors.Add($"Links[{duplicate.i}].Event", "This event is linked already.");
        }

        var sourceKeys = draft.Sources.Select(s => s.Key).ToHashSet();
        switch (draft.Kind)
        {
            case EventKind.Talks when draft.Talks is { } talks: ValidateTalks(talks, errors); break;
            case EventKind.Statement when draft.Statement is { } statement: ValidateStatement(statement, errors); break;
            case EventKind.Claim when draft.Claim is { } claim: ValidateClaim(claim, today, sourceKeys, errors); break;
            case EventKind.PrisonerExchange when draft.Exchange is { } exchange: ValidateExchange(exchange, errors); break;
            case EventKind.CeasefireProposal when draft.Proposal is { } proposal: ValidateProposal(proposal, today, sourceKeys, errors); break;
            default: errors.Add("", "The details of this kind of event are missing."); break;
        }

        return errors;
    }

    private static void ValidateParticipants(EventDraft draft, FieldErrors errors)
    {
        for (var i = 0; i < draft.Participants.Count; i++) errors.Defined($"Participants[{i}].Role", draft.Participants[i].Role);
        foreach (var duplicate in draft.Participants.Select((p, i) => (p, i))
                     .GroupBy(x => (x.p.Actor!.Id, x.p.Role)).SelectMany(g => g.Skip(1)))
        {
            errors.Add($"Participants[{duplicate.i}].Actor", "This actor is listed with this role already.");
        }

        // A proposal may have no single proposer (a truce announced jointly), so only statements and claims need their role.
        var (role, message) = draft.Kind switch
        {
            EventKind.Statement => (ParticipantRole.Speaker, "Add the speaker (a participant with the role Speaker)."),
            EventKind.Claim => (ParticipantRole.Claimant, "Add the claimant (a participant with the role Claimant)."),
            _ => ((ParticipantRole?)null, ""),
        };
        if (role is { } needed && !draft.Participants.Any(p => p.Role == needed))
        {
            errors.Add("Participants", message);
        }
        else if (draft.Kind == EventKind.Talks && draft.Participants.Select(p => p.Actor!.Id).Distinct().Count() < 2)
        {
            errors.Add("Participants", "Talks need at least two participants.");
        }
        else if (draft.Participants.Count == 0)
        {
            errors.Add("Participants", "Add at least one participant.");
        }
    }

    private static void ValidateTalks(TalksDraft t, FieldErrors errors)
    {
        errors.Defined("Talks.Format", t.Format);
        // A month of minutes: longer "talks" are a series of meetings, and an absurd number is a typo.
        if (t.DurationMinutes is <= 0 or > 43_200) errors.Add("Talks.DurationMinutes", "The duration is a number of minutes from 1 to 43,200 (30 days), or empty.");
        errors.Text("Talks.Round", t.Round, 200);
        errors.Text("Talks.Outcome", t.Outcome, 2000, multiline: true);
    }

    private static void ValidateStatement(StatementDraft s, FieldErrors errors)
    {
        errors.Text("Statement.Quote", s.Quote, 8000, required: "Give the words as they were said.", multiline: true);
        errors.Text("Statement.Platform", s.Platform, 200);
        // The column holds 20 characters; a longer tag is no real one anyway.
        if (s.Language.Length > 20 || !LanguageTag().IsMatch(s.Language)) errors.Add("Statement.Language", "Give the language as a tag such as en, uk, ru or pt-BR.");
    }

    private static void ValidateClaim(ClaimDraft c, DateOnly today, HashSet<string> sourceKeys, FieldErrors errors)
    {
        errors.Text("Claim.ClaimText", c.ClaimText, 4000, required: "Give the claim in a sentence.", multiline: true);
        errors.Defined("Claim.Verdict", c.Verdict);
        errors.Text("Claim.VerdictReason", c.VerdictReason, 2000, required: "Say why the verdict is what it is.", multiline: true);
        for (var i = 0; i < c.Positions.Count; i++)
        {
            var p = c.Positions[i];
            var at = $"Claim.Positions[{i}]";
            errors.Actor($"{at}.Actor", p.Actor);
            errors.Defined($"{at}.Stance", p.Stance);
            errors.PastDate($"{at}.StatedOn", p.StatedOn, today, required: "Give the date the position was taken.");
            errors.Text($"{at}.Note", p.Note, 2000);
            errors.Cites($"{at}.SourceKey", p.SourceKey, sourceKeys);
        }
    }

    private static void ValidateExchange(ExchangeDraft x, FieldErrors errors)
    {
        for (var i = 0; i < x.Lines.Count; i++)
        {
            var l = x.Lines[i];
            var at = $"Exchange.Lines[{i}]";
            errors.Sides($"{at}.From", $"{at}.To", l.From, l.To);
            errors.Defined($"{at}.Category", l.Category);
            if (l.Count is null) errors.Add($"{at}.Count", "Give how many people.");
            else if (l.Count < 0) errors.Add($"{at}.Count", "A count cannot be negative.");
        }

        foreach (var duplicate in x.Lines.Select((l, i) => (l, i)).Where(t => t.l.From is not null && t.l.To is not null)
                     .GroupBy(t => (t.l.From!.Id, t.l.To!.Id, t.l.Category)).SelectMany(g => g.Skip(1)))
        {
            errors.Add($"Exchange.Lines[{duplicate.i}].Category", "There is a line for this direction and category already.");
        }

        for (var i = 0; i < x.Detainees.Count; i++)
        {
            var d = x.Detainees[i];
            var at = $"Exchange.Detainees[{i}]";
            errors.Text($"{at}.Name", d.Name, 200, required: "Give the person's name.");
            errors.Sides($"{at}.ReleasedBy", $"{at}.ReleasedTo", d.ReleasedBy, d.ReleasedTo);
            errors.Defined($"{at}.Category", d.Category);
            errors.Text($"{at}.Note", d.Note, 2000);
        }
    }

    private static void ValidateProposal(ProposalDraft p, DateOnly today, HashSet<string> sourceKeys, FieldErrors errors)
    {
        errors.Defined("Proposal.Scope", p.Scope);
        errors.Defined("Proposal.Status", p.Status);
        if (p.DurationDays is <= 0 or > 36_500) errors.Add("Proposal.DurationDays", "The duration is a number of days from 1 to 36,500, or empty.");
        for (var i = 0; i < p.Responses.Count; i++)
        {
            var r = p.Responses[i];
            var at = $"Proposal.Responses[{i}]";
            errors.Actor($"{at}.Actor", r.Actor);
            errors.Defined($"{at}.Response", r.Response);
            errors.Text($"{at}.Conditions", r.Conditions, 2000,
                required: r.Response == ProposalResponse.AcceptedWithConditions ? "Give the conditions." : null, multiline: true);
            errors.PastDate($"{at}.RespondedOn", r.RespondedOn, today);
            errors.Cites($"{at}.SourceKey", r.SourceKey, sourceKeys);
        }

        foreach (var duplicate in p.Responses.Select((r, i) => (r, i)).Where(t => t.r.Actor is not null)
                     .GroupBy(t => t.r.Actor!.Id).SelectMany(g => g.Skip(1)))
        {
            errors.Add($"Proposal.Responses[{duplicate.i}].Actor", "This party has a response already: change that one.");
        }

        for (var i = 0; i < p.Violations.Count; i++)
        {
            var v = p.Violations[i];
            var at = $"Proposal.Violations[{i}]";
            errors.Sides($"{at}.Accuser", $"{at}.Accused", v.Accuser, v.Accused);
            errors.PastDate($"{at}.AllegedOn", v.AllegedOn, today, required: "Give the date of the allegation.");
            errors.Text($"{at}.Description", v.Description, 2000, required: "Say what is alleged.", multiline: true);
            errors.Cites($"{at}.SourceKey", v.SourceKey, sourceKeys);
        }
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
