using CeasefireTracker.Web.Domain;

namespace CeasefireTracker.Web.Features.Reports;

/// <summary>A news report as an editor pastes it: its text, and who published it where and when.</summary>
public sealed record NewsReport(string Text, DateOnly PublishedOn, string? Publisher = null, string? Url = null);

/// <summary>A stretch of the report's text, by character offset, for highlighting.</summary>
public sealed record TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// An actor as the report names it: a stored actor (with id and slug) or a name the store does not know yet,
/// with the kind the name looks like.
/// </summary>
public sealed record ReportActor(string Name, ActorKind Kind, int? Id = null, string? Slug = null)
{
    public bool IsNew => Id is null;
}

/// <summary>A date the report gives, resolved against its publication date, and the words it was read from.</summary>
public sealed record SuggestedDate(DateOnly Date, DatePrecision Precision, string? Words = null)
{
    /// <summary>
    /// The days the date may stand for: the day itself, the whole month, or a week either side of an approximate
    /// date. Two dates agree when their ranges overlap.
    /// </summary>
    public (DateOnly From, DateOnly To) Range => Precision switch
    {
        DatePrecision.Day => (Date, Date),
        DatePrecision.Month => (new DateOnly(Date.Year, Date.Month, 1), new DateOnly(Date.Year, Date.Month, 1).AddMonths(1).AddDays(-1)),
        _ => (Date.AddDays(-ApproximateDays), Date.AddDays(ApproximateDays)),
    };

    public const int ApproximateDays = 7;

    public bool Overlaps(SuggestedDate other) => Range.From <= other.Range.To && other.Range.From <= Range.To;
}

/// <summary>An actor in the event; <paramref name="Represents"/> the side a person speaks or negotiates for, when the sentence names it.</summary>
public sealed record SuggestedParticipant(ReportActor Actor, ParticipantRole Role, ReportActor? Represents = null);

public sealed record SuggestedPosition(ReportActor Actor, ClaimStance Stance, SuggestedDate? StatedOn, int Sentence);

public sealed record SuggestedResponse(ReportActor Actor, ProposalResponse Response, string? Conditions, SuggestedDate? RespondedOn, int Sentence);

/// <summary>A figure one side gave for an exchange ("Ukraine said 390 came home"): who said it, which way, how many.</summary>
public sealed record SuggestedFigure(ReportActor ReportedBy, ReportActor? From, ReportActor? To, int Count, DetaineeCategory? Category, int Sentence);

public sealed record SuggestedViolation(ReportActor? Accuser, ReportActor? Accused, string Description, int Sentence);

/// <summary>People of one category released by one side to the other; Count is null when the report gives none.</summary>
public sealed record SuggestedExchangeLine(ReportActor? From, ReportActor? To, DetaineeCategory Category, int? Count);

public sealed record SuggestedDetainee(string Name, ReportActor? ReleasedBy, ReportActor? ReleasedTo, DetaineeCategory Category, string? Note);

public enum QuantityKind
{
    Count,
    Duration,
    Money,
}

/// <summary>
/// A number the report states: a count ("several hundred"), a duration in minutes, days or years, or an amount
/// ("about $50"). Approximate when hedged ("about", "several", "at least").
/// </summary>
public sealed record Quantity(QuantityKind Kind, decimal Value, string Unit, bool Approximate, string Words);

/// <summary>A link to another suggestion of the same report, by its index.</summary>
public sealed record SuggestionLink(int To, string Relation);

/// <summary>A stored event the suggestion matches (same kind, actors and date): offered as "already logged".</summary>
public sealed record ExistingEvent(long Id, string Slug, string Title, DateOnly OccurredOn);

/// <summary>
/// One event the report tells of, as a draft for an editor to confirm: what the admin page shows, what the
/// <c>suggest</c> command prints, and what <see cref="SuggestionDrafts"/> turns into the edit form's draft.
/// </summary>
public sealed class EventSuggestion
{
    /// <summary>Position in the report's list; links name suggestions by it.</summary>
    public int Index { get; set; }
    public EventKind Kind { get; init; }
    public string Title { get; set; } = "";
    public SuggestedDate? Date { get; set; }
    public string? Place { get; set; }
    public List<SuggestedParticipant> Participants { get; } = [];

    /// <summary>Indexes of the report's sentences the event was read from.</summary>
    public SortedSet<int> Sentences { get; } = [];

    /// <summary>The words that made the suggestion (the trigger, names, dates), for highlighting.</summary>
    public List<TextSpan> Highlights { get; } = [];

    public List<Quantity> Quantities { get; } = [];
    public List<SuggestionLink> Links { get; } = [];
    public ExistingEvent? Existing { get; set; }

    /// <summary>The hour it started, local time in <see cref="TimeZone"/> (IANA), when the report gives both ("from 18:00 Moscow time").</summary>
    public TimeOnly? StartTime { get; set; }
    public string? TimeZone { get; set; }

    // Talks
    public TalksFormat? Format { get; set; }
    public int? DurationMinutes { get; set; }

    /// <summary>How the duration is meant: "about three hours", "under two hours".</summary>
    public DurationQualifier DurationQualifier { get; set; }
    public string? Round { get; set; }

    // Statement: the quoted words, fragments joined by " […] " as the demo data writes them.
    public string? Quote { get; set; }
    public string? Platform { get; set; }

    // Claim
    public string? ClaimText { get; set; }
    public List<SuggestedPosition> Positions { get; } = [];

    // Prisoner exchange
    public List<SuggestedExchangeLine> Lines { get; } = [];
    public List<SuggestedDetainee> Detainees { get; } = [];

    /// <summary>What each side said of the exchange, when their figures are reported apart.</summary>
    public List<SuggestedFigure> Figures { get; } = [];

    // Ceasefire proposal
    public CeasefireScope? Scope { get; set; }
    public CeasefireStatus? Status { get; set; }
    public int? DurationDays { get; set; }

    /// <summary>Unilateral when one side declared it on its own ("declared a truce", "ordered his forces to halt").</summary>
    public CeasefireDeclaration? Declaration { get; set; }
    public List<SuggestedResponse> Responses { get; } = [];
    public List<SuggestedViolation> Violations { get; } = [];

    /// <summary>Set on the earlier rounds a report only counts ("third meeting since February"): no sentence tells them.</summary>
    public bool Inferred { get; set; }

    public IEnumerable<ReportActor> Actors => Participants.Select(p => p.Actor);

    /// <summary>The actors who make the event what it is: parties, host, mediator, speaker, claimant, proposer.</summary>
    public IEnumerable<ReportActor> PrincipalActors =>
        Participants.Where(p => p.Role is not (ParticipantRole.Mentioned or ParticipantRole.Subject)).Select(p => p.Actor);

    public bool Has(ReportActor actor) => Participants.Any(p => SameActor(p.Actor, actor));

    /// <summary>Whether the actor appears anywhere in the suggestion: a participant, a position, a response, a released person's side, a figure.</summary>
    public bool Uses(ReportActor actor) =>
        Has(actor) || Participants.Any(p => p.Represents == actor) || Positions.Any(p => p.Actor == actor) || Responses.Any(r => r.Actor == actor)
        || Detainees.Any(d => d.ReleasedBy == actor || d.ReleasedTo == actor) || Figures.Any(f => f.ReportedBy == actor);

    /// <summary>Adds the actor in this role unless it is already there; a stronger role replaces Mentioned.</summary>
    public void Add(ReportActor actor, ParticipantRole role)
    {
        var existing = Participants.FindIndex(p => SameActor(p.Actor, actor));
        if (existing < 0)
        {
            Participants.Add(new SuggestedParticipant(actor, role));
        }
        else if (Participants[existing].Role is ParticipantRole.Mentioned && role is not ParticipantRole.Mentioned)
        {
            Participants[existing] = new SuggestedParticipant(actor, role);
        }
    }

    /// <summary>Gives the actor this role (and side), replacing whatever role it had here; adds it when missing.</summary>
    public void SetRole(ReportActor actor, ParticipantRole role, ReportActor? represents)
    {
        var existing = Participants.FindIndex(p => SameActor(p.Actor, actor));
        var participant = new SuggestedParticipant(actor, role, represents);
        if (existing < 0) Participants.Add(participant);
        else Participants[existing] = participant;
    }

    public static bool SameActor(ReportActor a, ReportActor b) =>
        a.Id is { } id ? id == b.Id : b.Id is null && string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// What the suggester read from one report. The names in <see cref="NewActors"/> are not in the store; the admin page
/// asks the actor picker (with the editor's session) for near matches before offering to create them.
/// </summary>
public sealed record ReportSuggestions(
    NewsReport Report,
    IReadOnlyList<ReportSentence> Sentences,
    IReadOnlyList<EventSuggestion> Events,
    IReadOnlyList<ReportActor> NewActors);
