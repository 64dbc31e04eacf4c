using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Admin.Actors;
using CeasefireTracker.Web.Features.Shared;

namespace CeasefireTracker.Web.Features.Admin.Events;

/// <summary>Between the stored event (with its children loaded) and the draft an editor works on.</summary>
internal static class EventDraftMapping
{
    public static Event NewEntity(EventKind kind) => kind switch
    {
        EventKind.Talks => new Talks { Slug = "", Title = "" },
        EventKind.Statement => new Statement { Slug = "", Title = "", Quote = "" },
        EventKind.Claim => new Claim { Slug = "", Title = "", ClaimText = "" },
        EventKind.PrisonerExchange => new PrisonerExchange { Slug = "", Title = "" },
        EventKind.CeasefireProposal => new CeasefireProposal { Slug = "", Title = "" },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of event."),
    };

    public static EventDraft ToDraft(Event ev)
    {
        var sourceKeys = ev.Sources.ToDictionary(s => s.Id, s => KeyOf(s));
        string? Cite(long? sourceId) => sourceId is { } id && sourceKeys.TryGetValue(id, out var key) ? key : null;

        var draft = new EventDraft
        {
            Kind = ev.Kind,
            Status = ev.Status,
            Title = ev.Title,
            Summary = ev.Summary,
            OccurredOn = ev.OccurredOn,
            DatePrecision = ev.DatePrecision,
            StartTime = LocalTime(ev.StartsAt, ev.TimeZone),
            EndsOn = ev.EndsOn,
            EndTime = LocalTime(ev.EndsAt, ev.TimeZone),
            EndPrecision = ev.EndPrecision ?? DatePrecision.Day,
            TimeZone = ev.TimeZone,
            Place = ev.Place,
            Participants = [.. ev.Participants.OrderBy(p => p.Ordinal).ThenBy(p => p.Role).ThenBy(p => p.Actor.Name, StringComparer.Ordinal)
                .Select(p => new ParticipantDraft { Actor = Choice(p.Actor), Role = p.Role, Represents = p.Represents is null ? null : Choice(p.Represents) })],
            Sources = [.. ev.Sources.OrderBy(s => s.Id).Select(s => new SourceDraft
            {
                Key = sourceKeys[s.Id], Publisher = s.Publisher, Url = s.Url, PublishedOn = s.PublishedOn, Excerpt = s.Excerpt,
            })],
            Links = [.. ev.LinksFrom.OrderBy(l => l.ToEvent.OccurredOn).ThenBy(l => l.ToEventId).Select(l => new LinkDraft
            {
                Event = new EventChoice(l.ToEventId, l.ToEvent.Title, l.ToEvent.OccurredOn), Relation = l.Relation,
            })],
        };

        switch (ev)
        {
            case Talks talks:
                draft.Talks = new TalksDraft
                {
                    Format = talks.Format, DurationMinutes = talks.DurationMinutes, DurationQualifier = talks.DurationQualifier,
                    Round = talks.Round, Outcome = talks.Outcome,
                    Track = talks.Track is null ? null : new TrackChoice(talks.Track.Id, talks.Track.Name), RoundNumber = talks.RoundNumber,
                };
                break;
            case Statement statement:
                draft.Statement = new StatementDraft { Quote = statement.Quote, Platform = statement.Platform, Language = statement.Language };
                break;
            case Claim claim:
                draft.Claim = new ClaimDraft
                {
                    ClaimText = claim.ClaimText,
                    Verdict = claim.Verdict,
                    VerdictReason = LatestVerdict(claim)?.Reason,
                    Positions = [.. claim.Positions.OrderBy(p => p.StatedOn).ThenBy(p => p.Id).Select(p => new PositionDraft
                    {
                        Actor = Choice(p.Actor), Stance = p.Stance, StatedOn = p.StatedOn, Note = p.Note, SourceKey = Cite(p.SourceId),
                    })],
                };
                break;
            case PrisonerExchange exchange:
                draft.Exchange = new ExchangeDraft
                {
                    Lines = [.. exchange.Lines.OrderBy(l => l.Id).Select(l => new LineDraft
                    {
                        From = Choice(l.FromActor), To = Choice(l.ToActor), Category = l.Category, Count = l.Count,
                    })],
                    Detainees = [.. exchange.Detainees.OrderBy(d => d.Id).Select(d => new DetaineeDraft
                    {
                        Name = d.Name, ReleasedBy = Choice(d.ReleasedBy), ReleasedTo = Choice(d.ReleasedTo), Category = d.Category, Note = d.Note,
                    })],
                    Batches = [.. exchange.Batches.OrderBy(b => b.Id).Select(b => new BatchDraft
                    {
                        On = b.On, From = Choice(b.FromActor), To = Choice(b.ToActor), Category = b.Category, Count = b.Count,
                    })],
                    Reports = [.. exchange.Reports.OrderBy(r => r.Id).Select(r => new ReportDraft
                    {
                        ReportedBy = Choice(r.ReportedBy), From = Choice(r.FromActor), To = Choice(r.ToActor), Category = r.Category, Count = r.Count,
                        ReportedOn = r.ReportedOn, SourceKey = Cite(r.SourceId), Note = r.Note,
                    })],
                };
                break;
            case CeasefireProposal proposal:
                draft.Proposal = new ProposalDraft
                {
                    Scope = proposal.Scope,
                    Status = proposal.CeasefireStatus,
                    Declaration = proposal.Declaration,
                    Form = proposal.Form,
                    Purpose = proposal.Purpose,
                    CoverageDetail = proposal.CoverageDetail,
                    AnnouncedOn = proposal.AnnouncedOn,
                    EndedHow = proposal.EndedHow,
                    EndedOn = proposal.EndedOn,
                    Extends = proposal.Extends is { } extended ? EventChoiceOf(extended) : null,
                    StatusHistory = [.. proposal.StatusHistory.OrderBy(h => h.On).ThenBy(h => h.Id).Select(h => new StatusChangeDraft
                    {
                        Status = h.Status, On = h.On, Note = h.Note, SourceKey = Cite(h.SourceId),
                    })],
                    Responses = [.. proposal.Responses.OrderBy(r => r.Id).Select(r => new ResponseDraft
                    {
                        Actor = Choice(r.Actor), Response = r.Response, Conditions = r.Conditions, RespondedOn = r.RespondedOn, SourceKey = Cite(r.SourceId),
                        CounterProposal = r.CounterProposal is { } counter ? EventChoiceOf(counter) : null,
                    })],
                    Violations = [.. proposal.Violations.OrderBy(v => v.AllegedOn).ThenBy(v => v.Id).Select(v => new ViolationDraft
                    {
                        Accuser = Choice(v.Accuser), Accused = Choice(v.Accused), AllegedOn = v.AllegedOn, Description = v.Description, SourceKey = Cite(v.SourceId),
                    })],
                };
                break;
        }

        return draft;
    }

    public static ClaimVerdictChange? LatestVerdict(Claim claim) =>
        claim.VerdictHistory.OrderByDescending(v => v.DecidedAt).ThenByDescending(v => v.Id).FirstOrDefault();

    /// <summary>
    /// Writes a validated draft onto a tracked event whose children are loaded. Sources keep their rows (and ids)
    /// when their key matches; the other children are replaced, which costs nothing a reader could notice.
    /// </summary>
    public static void Apply(EventDraft draft, Event ev, string editorName, DateTimeOffset now)
    {
        ev.Title = draft.Title;
        ev.Summary = draft.Summary;
        ev.OccurredOn = draft.OccurredOn!.Value;
        ev.DatePrecision = draft.DatePrecision;
        // A zone alone, without hours, is kept: it says where the dates were counted.
        ev.TimeZone = draft.TimeZone;
        ev.StartsAt = Instant(ev.OccurredOn, draft.StartTime, draft.TimeZone);
        ev.EndsOn = draft.EndsOn;
        ev.EndPrecision = draft.EndsOn is null ? null : draft.EndPrecision;
        ev.EndsAt = draft.EndsOn is { } endsOn ? Instant(endsOn, draft.EndTime, draft.TimeZone) : null;
        ev.Place = draft.Place;

        // Participants are keyed by (event, actor, role): keep the rows that stay, so EF never tracks a key twice.
        var wanted = draft.Participants.ToDictionary(p => (p.Actor!.Id, p.Role), p => p.Represents?.Id);
        ev.Participants.RemoveAll(p => !wanted.ContainsKey((p.ActorId, p.Role)));
        foreach (var participant in ev.Participants) participant.RepresentsId = wanted[(participant.ActorId, participant.Role)];
        foreach (var ((actorId, role), represents) in wanted.Where(w => !ev.Participants.Any(p => p.ActorId == w.Key.Id && p.Role == w.Key.Role)))
        {
            ev.Participants.Add(new EventParticipant { ActorId = actorId, Role = role, RepresentsId = represents });
        }

        foreach (var participant in ev.Participants)
        {
            participant.Ordinal = draft.Participants.FindIndex(p => p.Actor!.Id == participant.ActorId && p.Role == participant.Role);
        }

        var sources = ApplySources(draft.Sources, ev);
        Source? Cited(string? key) => key is not null && sources.TryGetValue(key, out var source) ? source : null;

        var links = draft.Links.ToDictionary(l => l.Event!.Id, l => l.Relation);
        ev.LinksFrom.RemoveAll(l => !links.ContainsKey(l.ToEventId));
        foreach (var link in ev.LinksFrom) link.Relation = links[link.ToEventId];
        foreach (var (toId, relation) in links.Where(l => !ev.LinksFrom.Any(x => x.ToEventId == l.Key)))
        {
            ev.LinksFrom.Add(new EventLink { ToEventId = toId, Relation = relation });
        }

        switch (ev)
        {
            case Talks talks:
                var t = draft.Talks!;
                (talks.Format, talks.DurationMinutes, talks.Round, talks.Outcome) = (t.Format, t.DurationMinutes, t.Round, t.Outcome);
                talks.DurationQualifier = t.DurationQualifier;
                (talks.TrackId, talks.RoundNumber) = (t.Track?.Id, t.RoundNumber);
                break;
            case Statement statement:
                var s = draft.Statement!;
                (statement.Quote, statement.Platform, statement.Language) = (s.Quote, s.Platform, s.Language);
                break;
            case Claim claim:
                var c = draft.Claim!;
                claim.ClaimText = c.ClaimText;
                var latest = LatestVerdict(claim);
                if (latest is null || latest.Verdict != c.Verdict || latest.Reason != c.VerdictReason)
                {
                    claim.VerdictHistory.Add(new ClaimVerdictChange { Verdict = c.Verdict, Reason = c.VerdictReason!, DecidedAt = now, DecidedBy = editorName });
                }

                claim.Verdict = c.Verdict;
                claim.Positions.Clear();
                claim.Positions.AddRange(c.Positions.Select(p => new ClaimPosition
                {
                    ActorId = p.Actor!.Id, Stance = p.Stance, StatedOn = p.StatedOn!.Value, Note = p.Note, Source = Cited(p.SourceKey),
                }));
                break;
            case PrisonerExchange exchange:
                var x = draft.Exchange!;
                exchange.Lines.Clear();
                exchange.Lines.AddRange(x.Lines.Select(l => new ExchangeLine
                {
                    FromActorId = l.From!.Id, ToActorId = l.To!.Id, Category = l.Category, Count = l.Count!.Value,
                }));
                exchange.Detainees.Clear();
                exchange.Detainees.AddRange(x.Detainees.Select(d => new ExchangedDetainee
                {
                    Name = d.Name, ReleasedById = d.ReleasedBy!.Id, ReleasedToId = d.ReleasedTo!.Id, Category = d.Category, Note = d.Note,
                }));
                exchange.Batches.Clear();
                exchange.Batches.AddRange(x.Batches.Select(b => new ExchangeBatch
                {
                    On = b.On!.Value, FromActorId = b.From!.Id, ToActorId = b.To!.Id, Category = b.Category, Count = b.Count!.Value,
                }));
                exchange.Reports.Clear();
                exchange.Reports.AddRange(x.Reports.Select(r => new ExchangeReport
                {
                    ReportedById = r.ReportedBy!.Id, FromActorId = r.From!.Id, ToActorId = r.To!.Id, Category = r.Category, Count = r.Count!.Value,
                    ReportedOn = r.ReportedOn, Note = r.Note, Source = Cited(r.SourceKey),
                }));
                break;
            case CeasefireProposal proposal:
                var p = draft.Proposal!;
                (proposal.Scope, proposal.CeasefireStatus) = (p.Scope, p.Status);
                (proposal.Declaration, proposal.Form, proposal.Purpose, proposal.CoverageDetail) = (p.Declaration, p.Form, p.Purpose, p.CoverageDetail);
                (proposal.AnnouncedOn, proposal.EndedHow, proposal.EndedOn, proposal.ExtendsId) = (p.AnnouncedOn, p.EndedHow, p.EndedOn, p.Extends?.Id);
                proposal.StatusHistory.Clear();
                proposal.StatusHistory.AddRange(p.StatusHistory.Select(h => new CeasefireStatusChange
                {
                    Status = h.Status, On = h.On!.Value, Note = h.Note, Source = Cited(h.SourceKey),
                }));
                proposal.Responses.Clear();
                proposal.Responses.AddRange(p.Responses.Select(r => new CeasefireResponse
                {
                    ActorId = r.Actor!.Id, Response = r.Response, Conditions = r.Conditions, RespondedOn = r.RespondedOn, Source = Cited(r.SourceKey),
                    CounterProposalId = r.CounterProposal?.Id,
                }));
                proposal.Violations.Clear();
                proposal.Violations.AddRange(p.Violations.Select(v => new ViolationAllegation
                {
                    AccuserId = v.Accuser!.Id, AccusedId = v.Accused!.Id, AllegedOn = v.AllegedOn!.Value, Description = v.Description, Source = Cited(v.SourceKey),
                }));
                break;
        }
    }

    private static Dictionary<string, Source> ApplySources(List<SourceDraft> drafts, Event ev)
    {
        var kept = drafts.Select(d => d.Key).ToHashSet();
        ev.Sources.RemoveAll(s => s.Id != 0 && !kept.Contains(KeyOf(s)));
        var byKey = new Dictionary<string, Source>();
        foreach (var draft in drafts)
        {
            var source = ev.Sources.FirstOrDefault(s => s.Id != 0 && KeyOf(s) == draft.Key);
            if (source is null)
            {
                source = new Source { Publisher = "", Url = "" };
                ev.Sources.Add(source);
            }

            (source.Publisher, source.Url, source.PublishedOn, source.Excerpt) = (draft.Publisher, draft.Url, draft.PublishedOn, draft.Excerpt);
            byKey[draft.Key] = source;
        }

        return byKey;
    }

    private static string KeyOf(Source source) => $"source-{source.Id}";

    private static EventChoice EventChoiceOf(Event ev) => new(ev.Id, ev.Title, ev.OccurredOn);

    /// <summary>The instant of a validated local time; null without an hour.</summary>
    private static DateTimeOffset? Instant(DateOnly date, TimeOnly? time, string? zone) =>
        time is { } hour && zone is not null ? TimeZones.ToInstant(date, hour, zone).Instant : null;

    /// <summary>The hour an instant was on the wall clock of the zone it was entered in.</summary>
    private static TimeOnly? LocalTime(DateTimeOffset? instant, string? zone) =>
        instant is { } at && zone is not null ? TimeOnly.FromTimeSpan(TimeZones.InZone(at, zone).TimeOfDay) : null;

    private static ActorChoice Choice(Actor actor) => new(actor.Id, actor.Name);
}
