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
    public DateOnly? OccurredOn { get; set; }
    public DatePrecision DatePrecision { get; set; }
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

    public static EventDraft FromJson(string json) =>
        JsonSerializer.Deserialize<EventDraft>(json, Json) ?? throw new JsonException("A revision snapshot was empty.");

    /// <summary>A deep copy, so a form can keep the editor's input apart from what was loaded.</summary>
    public EventDraft Copy() => FromJson(ToJson());
}

public sealed class ParticipantDraft
{
    public ActorChoice? Actor { get; set; }
    public ParticipantRole Role { get; set; }
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

public sealed class TalksDraft
{
    public TalksFormat Format { get; set; }
    public int? DurationMinutes { get; set; }
    public string? Round { get; set; }
    public string? Outcome { get; set; }
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
    public List<LineDraft> Lines { get; set; } = [];
    public List<DetaineeDraft> Detainees { get; set; } = [];
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
    public CeasefireScope Scope { get; set; }
    public CeasefireStatus Status { get; set; }
    public int? DurationDays { get; set; }
    public List<ResponseDraft> Responses { get; set; } = [];
    public List<ViolationDraft> Violations { get; set; } = [];
}

public sealed class ResponseDraft
{
    public ActorChoice? Actor { get; set; }
    public ProposalResponse Response { get; set; }
    public string? Conditions { get; set; }
    public DateOnly? RespondedOn { get; set; }
    public string? SourceKey { get; set; }
}

public sealed class ViolationDraft
{
    public ActorChoice? Accuser { get; set; }
    public ActorChoice? Accused { get; set; }
    public DateOnly? AllegedOn { get; set; }
    public string Description { get; set; } = "";
    public string? SourceKey { get; set; }
}
