using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;

namespace CeasefireTracker.Web.Features.Admin.Events;

/// <summary>
/// The rules an event must meet before it is saved, each message keyed by the form field it is about
/// ("Title", "Sources[0].Url", "Claim.Positions[1].StatedOn"). They mirror the column lengths and CHECK constraints
/// of the schema, so the database never has to refuse what an editor typed.
/// </summary>
public static class EventDraftValidator
{
    /// <summary>Trims text, turns blank optional text into null and drops rows the editor left entirely empty.</summary>
    public static void Normalize(EventDraft draft)
    {
        draft.Title = draft.Title?.Trim() ?? "";
        draft.Summary = Optional(draft.Summary);
        draft.Place = Optional(draft.Place);
        NormalizeTime(draft);
        draft.Participants.RemoveAll(p => p.Actor is null);
        draft.Sources.RemoveAll(s => Blank(s.Publisher) && Blank(s.Url) && s.PublishedOn is null && Blank(s.Excerpt));
        foreach (var s in draft.Sources)
        {
            (s.Publisher, s.Url, s.Excerpt) = (s.Publisher?.Trim() ?? "", s.Url?.Trim() ?? "", Optional(s.Excerpt));
        }

        draft.Links.RemoveAll(l => l.Event is null && Blank(l.Relation));
        foreach (var l in draft.Links) l.Relation = Optional(l.Relation);

        if (draft.Talks is { } t)
        {
            (t.Round, t.Outcome) = (Optional(t.Round), Optional(t.Outcome));
            // A qualifier means nothing without a duration: reset, so an untouched select is no change.
            if (t.DurationMinutes is null) t.DurationQualifier = DurationQualifier.Exact;
        }

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
            x.Batches.RemoveAll(b => b.On is null && b.From is null && b.To is null && b.Count is null);
            x.Reports.RemoveAll(r => r.ReportedBy is null && r.From is null && r.To is null && r.Count is null && Blank(r.Note));
            foreach (var r in x.Reports) r.Note = Optional(r.Note);
        }

        if (draft.Proposal is { } pr)
        {
            pr.Responses.RemoveAll(r => r.Actor is null && Blank(r.Conditions) && r.RespondedOn is null);
            foreach (var r in pr.Responses) r.Conditions = Optional(r.Conditions);
            pr.Violations.RemoveAll(v => v.Accuser is null && v.Accused is null && v.AllegedOn is null && Blank(v.Description));
            foreach (var v in pr.Violations) v.Description = v.Description?.Trim() ?? "";
            pr.CoverageDetail = Optional(pr.CoverageDetail);
            pr.StatusHistory.RemoveAll(h => h.On is null && Blank(h.Note) && h.SourceKey is null);
            foreach (var h in pr.StatusHistory) h.Note = Optional(h.Note);
            // The current status is where the history stands: its latest entry (the last listed on a tie).
            if (pr.StatusHistory.Where(h => h.On is not null).Select((h, i) => (h, i)).OrderBy(x => x.h.On).ThenBy(x => x.i).LastOrDefault() is ({ } latest, _))
            {
                pr.Status = latest.Status;
            }
        }

        draft.Upgrade();
    }

    /// <summary>
    /// Zones by their canonical name whatever the case or old spelling (europe/kiev → Europe/Kyiv), hours to the minute,
    /// and an end's precision back to its default when there is no end, so an untouched field is never a change.
    /// </summary>
    private static void NormalizeTime(EventDraft draft)
    {
        draft.TimeZone = Optional(draft.TimeZone) is { } zone ? TimeZones.CanonicalId(zone) ?? zone : null;
        draft.StartTime = ToMinute(draft.StartTime);
        draft.EndTime = ToMinute(draft.EndTime);
        if (draft.EndsOn is null) draft.EndPrecision = DatePrecision.Day;
    }

    private static TimeOnly? ToMinute(TimeOnly? time) => time is { } t ? new TimeOnly(t.Hour, t.Minute) : null;

    /// <summary>Checks a normalised draft for an event that will have <paramref name="status"/> after the save.</summary>
    public static FieldErrors Validate(EventDraft draft, EventStatus status, DateOnly today)
    {
        var errors = new FieldErrors();
        errors.Text("Title", draft.Title, FieldLengths.Event.Title, required: "Give the event a title.");
        errors.Text("Summary", draft.Summary, FieldLengths.Event.Summary, multiline: true);
        errors.Text("Place", draft.Place, FieldLengths.Event.Place);
        errors.PastDate("OccurredOn", draft.OccurredOn, today, required: "Give the date the event happened.");
        errors.Defined("DatePrecision", draft.DatePrecision);
        var window = ValidateWindow(draft, today, errors);
        if (status == EventStatus.Published)
        {
            if (draft.Summary is null) errors.Add("Summary", "A published event needs a summary: readers see it on the timeline.");
            if (draft.Sources.Count == 0) errors.Add("Sources", "A published event needs at least one source.");
        }

        ValidateParticipants(draft, errors);
        for (var i = 0; i < draft.Sources.Count; i++)
        {
            var s = draft.Sources[i];
            errors.Text($"Sources[{i}].Publisher", s.Publisher, FieldLengths.Source.Publisher, required: "Name the publisher.");
            errors.Url($"Sources[{i}].Url", s.Url);
            errors.PastDate($"Sources[{i}].PublishedOn", s.PublishedOn, today);
            errors.Text($"Sources[{i}].Excerpt", s.Excerpt, FieldLengths.Source.Excerpt, multiline: true);
        }

        for (var i = 0; i < draft.Links.Count; i++)
        {
            if (draft.Links[i].Event is null) errors.Add($"Links[{i}].Event", "Choose the related event, or remove the row.");
            errors.Text($"Links[{i}].Relation", draft.Links[i].Relation, FieldLengths.EventLink.Relation);
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
            case EventKind.PrisonerExchange when draft.Exchange is { } exchange: ValidateExchange(exchange, window, today, sourceKeys, errors); break;
            case EventKind.CeasefireProposal when draft.Proposal is { } proposal: ValidateProposal(proposal, draft, today, sourceKeys, errors); break;
            default: errors.Add("", "The details of this kind of event are missing."); break;
        }

        return errors;
    }

    /// <summary>The furthest ahead a window may end: a truce announced for later is fine, a year typed wrong is not.</summary>
    private const int MaxYearsAhead = 10;

    /// <summary>
    /// The start and end as dates and, with hours, as instants in the zone: an end before its start, an hour without a
    /// zone, a zone that does not exist, an hour the clocks skipped, each refused at its field. Returns the window's
    /// first and last day when the dates can be read, for the kinds' rules that need them.
    /// </summary>
    private static (DateOnly First, DateOnly Last)? ValidateWindow(EventDraft draft, DateOnly today, FieldErrors errors)
    {
        errors.Defined("EndPrecision", draft.EndPrecision);
        var zone = draft.TimeZone;
        if (zone is not null && (zone.Length > FieldLengths.Event.TimeZone || TimeZones.CanonicalId(zone) is null))
        {
            errors.Add("TimeZone", $"There is no time zone “{Echo.Shorten(zone)}”. Give its IANA name, such as Europe/Kyiv, Europe/Moscow or America/Anchorage.");
            zone = null;
        }
        else if (zone is null && (draft.StartTime is not null || draft.EndTime is not null))
        {
            errors.Add("TimeZone", "Give the time zone the hours are in, such as Europe/Kyiv or Europe/Moscow.");
        }

        if (draft.StartTime is not null && draft.DatePrecision != DatePrecision.Day)
        {
            errors.Add("StartTime", "An hour needs a start date known to the day.");
        }

        if (draft.EndsOn is { } endsOn)
        {
            if (endsOn < FieldErrors.EarliestDate) errors.Add("EndsOn", $"The date cannot be before {FieldErrors.EarliestDate:yyyy}: check the year.");
            else if (endsOn > today.AddYears(MaxYearsAhead)) errors.Add("EndsOn", $"The end is more than {MaxYearsAhead} years ahead: check the year.");
            else if (draft.OccurredOn is { } start && endsOn < start) errors.Add("EndsOn", "The end cannot be before the start.");
            if (draft.EndTime is not null && draft.EndPrecision != DatePrecision.Day) errors.Add("EndTime", "An hour needs an end date known to the day.");
        }
        else if (draft.EndTime is not null)
        {
            errors.Add("EndsOn", "Give the date the end time is on.");
        }

        if (zone is not null && draft.OccurredOn is { } day)
        {
            var startsAt = Instant("StartTime", day, draft.StartTime, zone, errors);
            var endsAt = draft.EndsOn is { } last ? Instant("EndTime", last, draft.EndTime, zone, errors) : null;
            if (startsAt is not null && endsAt is not null && endsAt < startsAt && !errors.Has("EndsOn"))
            {
                errors.Add("EndTime", "The end cannot be before the start.");
            }
        }

        return draft.OccurredOn is { } first && !errors.Has("EndsOn") ? (first, draft.EndsOn ?? first) : null;
    }

    private static DateTimeOffset? Instant(string field, DateOnly date, TimeOnly? time, string zone, FieldErrors errors)
    {
        if (time is not { } hour) return null;
        var (instant, kind) = TimeZones.ToInstant(date, hour, zone);
        if (kind == LocalTimeKind.Skipped)
        {
            errors.Add(field, $"{hour.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)} did not happen on {EventDates.Format(date, DatePrecision.Day)} in {zone}: the clocks went forward over it. Check the hour.");
        }

        return instant;
    }

    private static void ValidateParticipants(EventDraft draft, FieldErrors errors)
    {
        for (var i = 0; i < draft.Participants.Count; i++)
        {
            var p = draft.Participants[i];
            errors.Defined($"Participants[{i}].Role", p.Role);
            if (p.Represents is { } side && side.Id == p.Actor?.Id) errors.Add($"Participants[{i}].Represents", "A participant cannot represent themselves: leave it empty.");
        }

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
        errors.Defined("Talks.DurationQualifier", t.DurationQualifier);
        errors.Text("Talks.Round", t.Round, FieldLengths.Talks.Round);
        errors.Text("Talks.Outcome", t.Outcome, FieldLengths.Talks.Outcome, multiline: true);
        if (t.RoundNumber is <= 0 or > MaxRoundNumber) errors.Add("Talks.RoundNumber", $"The round is a number from 1 to {MaxRoundNumber}, or empty.");
        else if (t.RoundNumber is not null && t.Track is null) errors.Add("Talks.Track", "Choose the track this round belongs to.");
    }

    private static void ValidateStatement(StatementDraft s, FieldErrors errors)
    {
        errors.Text("Statement.Quote", s.Quote, FieldLengths.Statement.Quote, required: "Give the words as they were said.", multiline: true);
        errors.Text("Statement.Platform", s.Platform, FieldLengths.Statement.Platform);
        if (!LanguageTags.IsWellFormed(s.Language)) errors.Add("Statement.Language", "Give the language as a tag such as en, uk, ru or pt-BR.");
    }

    private static void ValidateClaim(ClaimDraft c, DateOnly today, HashSet<string> sourceKeys, FieldErrors errors)
    {
        errors.Text("Claim.ClaimText", c.ClaimText, FieldLengths.Claim.Text, required: "Give the claim in a sentence.", multiline: true);
        errors.Defined("Claim.Verdict", c.Verdict);
        errors.Text("Claim.VerdictReason", c.VerdictReason, FieldLengths.Note, required: "Say why the verdict is what it is.", multiline: true);
        for (var i = 0; i < c.Positions.Count; i++)
        {
            var p = c.Positions[i];
            var at = $"Claim.Positions[{i}]";
            errors.Actor($"{at}.Actor", p.Actor);
            errors.Defined($"{at}.Stance", p.Stance);
            errors.PastDate($"{at}.StatedOn", p.StatedOn, today, required: "Give the date the position was taken.");
            errors.Text($"{at}.Note", p.Note, FieldLengths.Note);
            errors.Cites($"{at}.SourceKey", p.SourceKey, sourceKeys);
        }
    }

    /// <summary>More rounds than this in one track is a typo.</summary>
    private const int MaxRoundNumber = 999;

    private static void ValidateExchange(ExchangeDraft x, (DateOnly First, DateOnly Last)? window, DateOnly today, HashSet<string> sourceKeys, FieldErrors errors)
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
            errors.Text($"{at}.Name", d.Name, FieldLengths.PersonName, required: "Give the person's name.");
            errors.Sides($"{at}.ReleasedBy", $"{at}.ReleasedTo", d.ReleasedBy, d.ReleasedTo);
            errors.Defined($"{at}.Category", d.Category);
            errors.Text($"{at}.Note", d.Note, FieldLengths.Note);
        }

        ValidateBatches(x, window, errors);
        for (var i = 0; i < x.Reports.Count; i++)
        {
            var r = x.Reports[i];
            var at = $"Exchange.Reports[{i}]";
            errors.Actor($"{at}.ReportedBy", r.ReportedBy);
            errors.Sides($"{at}.From", $"{at}.To", r.From, r.To);
            if (r.Category is { } category) errors.Defined($"{at}.Category", category);
            Count($"{at}.Count", r.Count, errors);
            errors.PastDate($"{at}.ReportedOn", r.ReportedOn, today);
            errors.Text($"{at}.Note", r.Note, FieldLengths.Note);
            if (r.SourceKey is null) errors.Add($"{at}.SourceKey", "Cite the report that gives this figure.");
            errors.Cites($"{at}.SourceKey", r.SourceKey, sourceKeys);
        }
    }

    /// <summary>Each batch inside the window; per direction and category the batches add up to that line's total.</summary>
    private static void ValidateBatches(ExchangeDraft x, (DateOnly First, DateOnly Last)? window, FieldErrors errors)
    {
        for (var i = 0; i < x.Batches.Count; i++)
        {
            var b = x.Batches[i];
            var at = $"Exchange.Batches[{i}]";
            if (b.On is not { } on) errors.Add($"{at}.On", "Give the day of this batch.");
            else if (window is var (first, last) && (on < first || on > last))
            {
                errors.Add($"{at}.On", first == last
                    ? $"A batch falls on the exchange's day, {EventDates.Format(first, DatePrecision.Day)}: change the batch, or give the exchange an end date."
                    : $"A batch must fall within the exchange's dates, {EventDates.Format(first, DatePrecision.Day)} to {EventDates.Format(last, DatePrecision.Day)}.");
            }

            errors.Sides($"{at}.From", $"{at}.To", b.From, b.To);
            errors.Defined($"{at}.Category", b.Category);
            Count($"{at}.Count", b.Count, errors);
        }

        foreach (var group in x.BatchTotals())
        {
            if (group.Line is not { } line)
            {
                errors.Add($"Exchange.Batches[{group.FirstBatch}].Count",
                    $"There is no line with the total for {group.From.Name} → {group.To.Name}, {Labels.Words(group.Category).ToLowerInvariant()}: add one (the batches add up to {group.Batches:N0}).");
            }
            else if (group.LineCount is { } total and >= 0 && !group.AddsUp)
            {
                errors.Add($"Exchange.Lines[{line}].Count",
                    $"The batches of this direction and category add up to {group.Batches:N0}, not {total:N0}: correct the total or the batches.");
            }
        }
    }

    private static void Count(string field, int? count, FieldErrors errors)
    {
        if (count is null) errors.Add(field, "Give how many people.");
        else if (count < 0) errors.Add(field, "A count cannot be negative.");
    }

    private static void ValidateProposal(ProposalDraft p, EventDraft draft, DateOnly today, HashSet<string> sourceKeys, FieldErrors errors)
    {
        errors.Defined("Proposal.Scope", p.Scope);
        errors.Defined("Proposal.Status", p.Status);
        if (p.DurationDays is <= 0 or > ProposalDraft.MaxDurationDays) errors.Add("Proposal.DurationDays", "The duration is a number of days from 1 to 36,500, or empty.");
        // Normalising turned a length that agrees with the end into that end; one left over disagrees with it.
        else if (p.DurationDays is not null && draft.EndsOn is not null) errors.Add("Proposal.DurationDays", "The end date says otherwise: give the end date or the days, not both.");
        if (p.Declaration is { } declaration) errors.Defined("Proposal.Declaration", declaration);
        if (p.Form is { } form) errors.Defined("Proposal.Form", form);
        if (p.Purpose is { } purpose) errors.Defined("Proposal.Purpose", purpose);
        errors.Text("Proposal.CoverageDetail", p.CoverageDetail, FieldLengths.Proposal.CoverageDetail);
        errors.PastDate("Proposal.AnnouncedOn", p.AnnouncedOn, today);
        var announced = p.AnnouncedOn is { } a && !errors.Has("Proposal.AnnouncedOn") ? a : (DateOnly?)null;
        string BeforeAnnouncement(string what) => $"{what} cannot come before the announcement ({EventDates.Format(announced!.Value, DatePrecision.Day)}).";

        if (p.EndedHow is { } endedHow) errors.Defined("Proposal.EndedHow", endedHow);
        errors.PastDate("Proposal.EndedOn", p.EndedOn, today);
        if (p.EndedOn is not null && p.EndedHow is null) errors.Add("Proposal.EndedHow", "Say how it ended.");
        if (p.EndedOn < announced) errors.Add("Proposal.EndedOn", BeforeAnnouncement("The end"));

        for (var i = 0; i < p.StatusHistory.Count; i++)
        {
            var h = p.StatusHistory[i];
            var at = $"Proposal.StatusHistory[{i}]";
            errors.Defined($"{at}.Status", h.Status);
            errors.PastDate($"{at}.On", h.On, today, required: "Give the date of this status.");
            if (h.On < announced) errors.Add($"{at}.On", BeforeAnnouncement("A change of status"));
            errors.Text($"{at}.Note", h.Note, FieldLengths.Note);
            errors.Cites($"{at}.SourceKey", h.SourceKey, sourceKeys);
        }

        for (var i = 0; i < p.Responses.Count; i++)
        {
            var r = p.Responses[i];
            var at = $"Proposal.Responses[{i}]";
            errors.Actor($"{at}.Actor", r.Actor);
            errors.Defined($"{at}.Response", r.Response);
            errors.Text($"{at}.Conditions", r.Conditions, FieldLengths.Note,
                required: r.Response == ProposalResponse.AcceptedWithConditions ? "Give the conditions." : null, multiline: true);
            errors.PastDate($"{at}.RespondedOn", r.RespondedOn, today);
            if (r.RespondedOn < announced) errors.Add($"{at}.RespondedOn", BeforeAnnouncement("A response"));
            errors.Cites($"{at}.SourceKey", r.SourceKey, sourceKeys);
            if (r.CounterProposal is not null && r.Response != ProposalResponse.CounterProposal)
            {
                errors.Add($"{at}.CounterProposal", "Only a counter-proposal links to the proposal that answers: choose the response Counter-proposal, or remove the link.");
            }
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
            errors.Text($"{at}.Description", v.Description, FieldLengths.Proposal.Allegation, required: "Say what is alleged.", multiline: true);
            errors.Cites($"{at}.SourceKey", v.SourceKey, sourceKeys);
        }
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

}
