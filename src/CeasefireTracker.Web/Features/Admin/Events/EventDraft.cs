using System.Text.Json;
using System.Text.Json.Serialization;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Admin.Actors;

namespace CeasefireTracker.Web.Features.Admin.Events;

/// <summary>
/// Everything an editor can change on one event, of whichever kind: the edit form's model, what the service
/// validates and saves, and (as JSON) a revision's snapshot. Actors are carried with their names so a snapshot
/// reads on its own in the history, even after an actor is renamed.
/// </summary>
public sealed class EventDraft
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public EventKind Kind { get; set; }

    /// <summary>Set by the service, shown in the history; not edited in the form.</summary>
    public EventStatus Status { get; set; }
    public string Title { get; set; } = "";
    public string? Summary { get; set; }

    /// <summary>The day the event started (in the place's calendar); with <see cref="StartTime"/> its start.</summary>
    public DateOnly? OccurredOn { get; set; }

    /// <summary>How exactly the start day is known.</summary>
    public DatePrecision DatePrecision { get; set; }

    /// <summary>The hour it started, as the report gives it: local time in <see cref="TimeZone"/>. Null when only the day is known.</summary>
    public TimeOnly? StartTime { get; set; }

    /// <summary>The last day (inclusive) of an event that lasted longer than a day, or of a ceasefire's window.</summary>
    public DateOnly? EndsOn { get; set; }

    /// <summary>The hour it ended, local time in <see cref="TimeZone"/>; needs <see cref="EndsOn"/>.</summary>
    public TimeOnly? EndTime { get; set; }

    /// <summary>How exactly the end is known; read only with <see cref="EndsOn"/>.</summary>
    public DatePrecision EndPrecision { get; set; }

    /// <summary>The IANA time zone the hours are given in (Europe/Moscow, Europe/Kyiv, America/Anchorage); needed with an hour.</summary>
    public string? TimeZone { get; set; }

    public string? Place { get; set; }
    public List<ParticipantDraft> Participants { get; set; } = [];
    public List<SourceDraft> Sources { get; set; } = [];
    public List<LinkDraft> Links { get; set; } = [];

    // Exactly one of these is set: the one of Kind.
    public TalksDraft? Talks { get; set; }
    public StatementDraft? Statement { get; set; }
    public ClaimDraft? Claim { get; set; }
    public ExchangeDraft? Exchange { get; set; }
    public ProposalDraft? Proposal { get; set; }

    public static EventDraft New(EventKind kind) => new()
    {
        Kind = kind,
        Talks = kind == EventKind.Talks ? new() : null,
        Statement = kind == EventKind.Statement ? new() : null,
        Claim = kind == EventKind.Claim ? new() : null,
        Exchange = kind == EventKind.PrisonerExchange ? new() : null,
        Proposal = kind == EventKind.CeasefireProposal ? new() : null,
        Participants = [new ParticipantDraft { Role = DefaultRole(kind) }],
        Sources = [new SourceDraft()],
    };

    /// <summary>The role a new participant of this kind usually has (the speaker of a statement, the claimant of a claim).</summary>
    public static ParticipantRole DefaultRole(EventKind kind) => kind switch
    {
        EventKind.Statement => ParticipantRole.Speaker,
        EventKind.Claim => ParticipantRole.Claimant,
        EventKind.CeasefireProposal => ParticipantRole.Proposer,
        _ => ParticipantRole.Party,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>A revision's snapshot, in today's shape whatever shape it was saved in (see <see cref="Upgrade"/>).</summary>
    public static EventDraft FromJson(string json)
    {
        var draft = Deserialize(json);
        draft.Upgrade();
        return draft;
    }

    /// <summary>A deep copy, so a form can keep the editor's input apart from what was loaded.</summary>
    public EventDraft Copy() => Deserialize(ToJson());

    /// <summary>
    /// Brings what older versions of the tracker wrote into today's shape: a proposal's length in days became the end
    /// of its window (the last day is the start plus the days, less one). Snapshots saved before that read the same as
    /// the events they were saved from, and restoring one saves the window.
    /// </summary>
    internal void Upgrade()
    {
        if (Proposal is { DurationDays: { } days and >= 1 and <= ProposalDraft.MaxDurationDays } proposal && OccurredOn is { } start)
        {
            if (EndsOn is null)
            {
                EndsOn = start.AddDays(days - 1);
                EndPrecision = DatePrecision == DatePrecision.Day ? DatePrecision.Day : DatePrecision.Approximate;
            }

            // Kept when it disagrees with an end already given, so the validator can say so.
            if (EndsOn == start.AddDays(days - 1)) proposal.DurationDays = null;
        }
    }

    private static EventDraft Deserialize(string json) =>
        JsonSerializer.Deserialize<EventDraft>(json, Json) ?? throw new JsonException("A revision snapshot was empty.");
}

public sealed class ParticipantDraft
{
    public ActorChoice? Actor { get; set; }
    public ParticipantRole Role { get; set; }

    /// <summary>The side this participant speaks for (a head of delegation for their state), if any.</summary>
    public ActorChoice? Represents { get; set; }
}

public sealed class SourceDraft
{
    /// <summary>Names the source within the draft, so a claim position or a response can cite it before it is saved.</summary>
    public string Key { get; set; } = Guid.NewGuid().ToString("N");
    public string Publisher { get; set; } = "";
    public string Url { get; set; } = "";
    public DateOnly? PublishedOn { get; set; }
    public string? Excerpt { get; set; }
}

public sealed class LinkDraft
{
    public EventChoice? Event { get; set; }
    public string? Relation { get; set; }
}

/// <summary>An event as the related-events linker offers it.</summary>
public sealed record EventChoice(long Id, string Title, DateOnly OccurredOn);

/// <summary>A negotiation track as a picker offers it; the name is carried so a snapshot reads on its own.</summary>
public sealed record TrackChoice(int Id, string Name);

public sealed class TalksDraft
{
    public TalksFormat Format { get; set; }
    public int? DurationMinutes { get; set; }

    /// <summary>How the duration is meant: exactly, about, under or over; read only with <see cref="DurationMinutes"/>.</summary>
    public DurationQualifier DurationQualifier { get; set; }

    public string? Round { get; set; }
    public string? Outcome { get; set; }

    /// <summary>The negotiation track these talks are a round of.</summary>
    public TrackChoice? Track { get; set; }

    /// <summary>The round's number in its track (1, 2, 3); needs <see cref="Track"/>.</summary>
    public int? RoundNumber { get; set; }
}

public sealed class StatementDraft
{
    public string Quote { get; set; } = "";
    public string? Platform { get; set; }
    public string Language { get; set; } = "en";
}

public sealed class ClaimDraft
{
    public string ClaimText { get; set; } = "";
    public ClaimVerdict Verdict { get; set; }

    /// <summary>Why the verdict is what it is; a changed verdict or reason adds an entry to the verdict's history.</summary>
    public string? VerdictReason { get; set; }
    public List<PositionDraft> Positions { get; set; } = [];
}

public sealed class PositionDraft
{
    public ActorChoice? Actor { get; set; }
    public ClaimStance Stance { get; set; }
    public DateOnly? StatedOn { get; set; }
    public string? Note { get; set; }
    public string? SourceKey { get; set; }
}

public sealed class ExchangeDraft
{
    /// <summary>The totals per direction and category.</summary>
    public List<LineDraft> Lines { get; set; } = [];
    public List<DetaineeDraft> Detainees { get; set; } = [];

    /// <summary>The dated parts of the swap; per direction and category they must add up to that line's count.</summary>
    public List<BatchDraft> Batches { get; set; } = [];

    /// <summary>The figures each side or the mediator gave, each with its source.</summary>
    public List<ReportDraft> Reports { get; set; } = [];

    /// <summary>
    /// Per direction and category of the batches (those with both sides and a count so far), what they add up to and
    /// the line that holds the total: the form shows it as the editor types, the validator refuses a mismatch.
    /// </summary>
    public IReadOnlyList<BatchTotal> BatchTotals() =>
    [
        .. Batches.Select((batch, index) => (batch, index))
            .Where(t => t.batch is { From: not null, To: not null, Count: >= 0 })
            .GroupBy(t => (From: t.batch.From!.Id, To: t.batch.To!.Id, t.batch.Category))
            .Select(group =>
            {
                var (first, firstIndex) = group.First();
                var line = Lines.FindIndex(l => l.From?.Id == group.Key.From && l.To?.Id == group.Key.To && l.Category == group.Key.Category);
                return new BatchTotal(first.From!, first.To!, group.Key.Category, group.Sum(t => (long)t.batch.Count!.Value), firstIndex,
                    line < 0 ? null : line, line < 0 ? null : Lines[line].Count);
            }),
    ];
}

/// <summary>What the batches of one direction and category add up to (<see cref="Batches"/>), and the total its line gives, if there is one.</summary>
/// <param name="FirstBatch">The index of the first batch of the group, where a message about a missing line belongs.</param>
/// <param name="Line">The index of the line with the same direction and category; null when there is none.</param>
/// <param name="LineCount">That line's count, if given.</param>
public sealed record BatchTotal(ActorChoice From, ActorChoice To, DetaineeCategory Category, long Batches, int FirstBatch, int? Line, int? LineCount)
{
    public bool AddsUp => LineCount is { } total && total == Batches;
}

/// <summary>How many people of one category went one way on one day, inside the exchange's window.</summary>
public sealed class BatchDraft
{
    public DateOnly? On { get; set; }
    public ActorChoice? From { get; set; }
    public ActorChoice? To { get; set; }
    public DetaineeCategory Category { get; set; }
    public int? Count { get; set; }
}

/// <summary>A figure one actor gave ("Ukraine says 230 came home"), with the source that reports it.</summary>
public sealed class ReportDraft
{
    public ActorChoice? ReportedBy { get; set; }
    public ActorChoice? From { get; set; }
    public ActorChoice? To { get; set; }

    /// <summary>The category the figure counts; null for everyone released that way.</summary>
    public DetaineeCategory? Category { get; set; }
    public int? Count { get; set; }
    public DateOnly? ReportedOn { get; set; }
    public string? SourceKey { get; set; }
    public string? Note { get; set; }
}

public sealed class LineDraft
{
    public ActorChoice? From { get; set; }
    public ActorChoice? To { get; set; }
    public DetaineeCategory Category { get; set; }
    public int? Count { get; set; }
}

public sealed class DetaineeDraft
{
    public string Name { get; set; } = "";
    public ActorChoice? ReleasedBy { get; set; }
    public ActorChoice? ReleasedTo { get; set; }
    public DetaineeCategory Category { get; set; }
    public string? Note { get; set; }
}

public sealed class ProposalDraft
{
    public const int MaxDurationDays = 36_500;

    /// <summary>What it covers: full, or the part a partial ceasefire covers.</summary>
    public CeasefireScope Scope { get; set; }

    /// <summary>The current status. With a <see cref="StatusHistory"/>, the service sets it to the history's latest entry.</summary>
    public CeasefireStatus Status { get; set; }

    /// <summary>
    /// A length in days given without an end date, as older forms and snapshots have it: on save it becomes the window's
    /// end (<see cref="EventDraft.EndsOn"/>) and is cleared. New forms set the end instead.
    /// </summary>
    public int? DurationDays { get; set; }

    public List<ResponseDraft> Responses { get; set; } = [];
    public List<ViolationDraft> Violations { get; set; } = [];

    public CeasefireDeclaration? Declaration { get; set; }
    public CeasefireForm? Form { get; set; }
    public CeasefirePurpose? Purpose { get; set; }

    /// <summary>What a partial ceasefire covers, in words.</summary>
    public string? CoverageDetail { get; set; }

    /// <summary>The day it was announced or proposed, apart from its window (the event's start and end).</summary>
    public DateOnly? AnnouncedOn { get; set; }

    public CeasefireEnding? EndedHow { get; set; }
    public DateOnly? EndedOn { get; set; }

    /// <summary>The earlier ceasefire proposal this one extends.</summary>
    public EventChoice? Extends { get; set; }

    /// <summary>The dated steps of its status: proposed → in force → violated → lapsed.</summary>
    public List<StatusChangeDraft> StatusHistory { get; set; } = [];
}

public sealed class StatusChangeDraft
{
    public CeasefireStatus Status { get; set; }
    public DateOnly? On { get; set; }
    public string? Note { get; set; }
    public string? SourceKey { get; set; }
}

public sealed class ResponseDraft
{
    public ActorChoice? Actor { get; set; }
    public ProposalResponse Response { get; set; }
    public string? Conditions { get; set; }
    public DateOnly? RespondedOn { get; set; }
    public string? SourceKey { get; set; }

    /// <summary>For a counter-proposal: the ceasefire proposal (its own event) that answers this one.</summary>
    public EventChoice? CounterProposal { get; set; }
}

public sealed class ViolationDraft
{
    public ActorChoice? Accuser { get; set; }
    public ActorChoice? Accused { get; set; }
    public DateOnly? AllegedOn { get; set; }
    public string Description { get; set; } = "";
    public string? SourceKey { get; set; }
}
