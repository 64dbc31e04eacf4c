using System.ComponentModel;

namespace CeasefireTracker.Web.Features.Api;

/// <summary>A page of results and how to get the next one.</summary>
public sealed record ApiPage<T>(
    IReadOnlyList<T> Items,
    [property: Description("Pass as `after` to get the next page; null on the last page.")] string? Next,
    [property: Description("The address of the next page, with the same filter; null on the last page.")] string? NextUrl);

[Description("A published event.")]
public sealed record ApiEvent(
    long Id,
    [property: Description("Stable name in URLs: /events/{slug}.")] string Slug,
    [property: Description("talks, statement, claim, prisoner-exchange or ceasefire-proposal.")] string Kind,
    string Title,
    string? Summary,
    [property: Description("The start's date, as exactly as datePrecision says: for `month`, only year and month are meaningful.")] DateOnly OccurredOn,
    [property: Description("How exactly the start is known: day, month or approximate.")] string DatePrecision,
    [property: Description("ISO 8601: the start's date (2025-04-19), or, when the report gives the hour, its local date-time with the offset then in force (2025-04-19T18:00:00+03:00).")] string Start,
    [property: Description("ISO 8601, as `start`: the last day, or the end's local date-time with its offset; null when the event has no end.")] string? End,
    [property: Description("How exactly the end is known: day, month or approximate; null without an end.")] string? EndPrecision,
    [property: Description("The IANA time zone the hours were given in (Europe/Moscow), or null.")] string? TimeZone,
    [property: Description("ISO 8601 duration of the window when both ends are known exactly (PT30H, P3D), else null.")] string? Duration,
    string? Place,
    [property: Description("Everyone involved: participants by role (parties and speakers first), then whoever else acted (responders, accusers and the accused, position takers, exchange sides).")] IReadOnlyList<ApiActorRef> Actors,
    [property: Description("The event's page.")] string Url,
    [property: Description("For talks: format, stated duration, round and track; null for other kinds.")] ApiTalks? Talks = null,
    [property: Description("For a ceasefire proposal: how it is typed, its status history and each party's response; null for other kinds.")] ApiProposal? Proposal = null,
    [property: Description("For a prisoner exchange: totals, dated batches and each side's reported figures; null for other kinds.")] ApiExchange? Exchange = null,
    [property: Description("Participants who spoke for a side (a head of delegation for their state).")] IReadOnlyList<ApiRepresentation>? Representing = null);

public sealed record ApiRepresentation(
    ApiActorRef Actor,
    [property: Description("The participant's role: party, head-of-delegation, delegate, mediator, host, observer, …")] string Role,
    [property: Description("The side they represent.")] ApiActorRef Side);

public sealed record ApiActorRef(string Slug, string Name);

public sealed record ApiEventRef(string Slug, string Title, [property: Description("The event's page.")] string Url);

public sealed record ApiSource(string Publisher, string Url, DateOnly? PublishedOn);

[Description("Talks: their format, stated duration and place in a negotiation track.")]
public sealed record ApiTalks(
    [property: Description("in-person, phone or video.")] string Format,
    [property: Description("ISO 8601 duration as the report states it (PT4H30M), or null.")] string? Duration,
    [property: Description("How the duration is meant: exact, about, under or over.")] string DurationQualifier,
    [property: Description("The round in words (\"third meeting since February\").")] string? Round,
    string? Outcome,
    [property: Description("The negotiation track these talks are a round of: /tracks/{slug}.")] ApiTrackRef? Track,
    [property: Description("The round's number in its track.")] int? RoundNumber);

public sealed record ApiTrackRef(string Slug, string Name, string Url);

[Description("A ceasefire proposal, declaration or agreement, typed as ETH/PRIO's Civil Conflict Ceasefire dataset types them.")]
public sealed record ApiProposal(
    [property: Description("full, energy-infrastructure, black-sea, aerial-strikes or other.")] string Scope,
    [property: Description("full or partial (anything but a full scope).")] string Coverage,
    [property: Description("What a partial ceasefire covers, in words.")] string? CoverageDetail,
    [property: Description("unilateral, bilateral or multilateral; null when not recorded.")] string? Declaration,
    [property: Description("written or verbal; null when not recorded.")] string? Form,
    [property: Description("humanitarian, holiday, peace-process, elections or other; null when not recorded.")] string? Purpose,
    [property: Description("The current status: proposed, agreed, in-force, violated or lapsed (the latest of statusHistory).")] string Status,
    [property: Description("The day it was announced or proposed, apart from the window (`start`/`end` of the event).")] DateOnly? AnnouncedOn,
    [property: Description("expired, broken, superseded, extended or withdrawn; null while not ended or not recorded.")] string? EndedHow,
    DateOnly? EndedOn,
    [property: Description("The earlier ceasefire this one extends.")] ApiEventRef? Extends,
    [property: Description("The dated steps of the status, oldest first.")] IReadOnlyList<ApiStatusStep> StatusHistory,
    IReadOnlyList<ApiResponse> Responses,
    IReadOnlyList<ApiViolation> Violations);

public sealed record ApiStatusStep([property: Description("proposed, agreed, in-force, violated or lapsed.")] string Status, DateOnly On);

public sealed record ApiResponse(
    ApiActorRef Actor,
    [property: Description("accepted, accepted-with-conditions, reciprocated, counter-proposal, rejected or no-response.")] string Response,
    string? Conditions,
    DateOnly? RespondedOn,
    [property: Description("For a counter-proposal: the ceasefire proposal that answers, when it is published.")] ApiEventRef? CounterProposal,
    ApiSource? Source);

public sealed record ApiViolation(ApiActorRef Accuser, ApiActorRef Accused, DateOnly AllegedOn, string Description, ApiSource? Source);

[Description("A prisoner exchange: how many went each way, day by day, and what each side said.")]
public sealed record ApiExchange(
    [property: Description("The totals per direction and category.")] IReadOnlyList<ApiExchangeCount> Lines,
    [property: Description("The dated batches of an exchange over several days; per direction and category they add up to the line.")] IReadOnlyList<ApiExchangeBatch> Batches,
    [property: Description("The figures each side or the mediator gave, each with its source; they may disagree.")] IReadOnlyList<ApiExchangeReport> Reports);

public sealed record ApiExchangeCount(ApiActorRef From, ApiActorRef To, [property: Description("prisoner-of-war, civilian, convict or other.")] string Category, int Count);

public sealed record ApiExchangeBatch(DateOnly On, ApiActorRef From, ApiActorRef To, string Category, int Count);

public sealed record ApiExchangeReport(
    [property: Description("Who gave the figure: a side or the mediator.")] ApiActorRef ReportedBy,
    ApiActorRef From,
    ApiActorRef To,
    [property: Description("The category counted; null when the figure counts everyone released that way.")] string? Category,
    int Count,
    DateOnly? ReportedOn,
    string? Note,
    ApiSource? Source);

[Description("Anyone who takes part in ceasefire diplomacy.")]
public sealed record ApiActor(
    int Id,
    string Slug,
    string Name,
    [property: Description("person, state, government-body, international-organisation, armed-group or media.")] string Kind,
    [property: Description("The slug of the actor this one belongs to (Peskov → kremlin), if any.")] string? AffiliationSlug);
