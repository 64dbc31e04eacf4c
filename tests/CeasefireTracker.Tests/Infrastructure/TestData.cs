using CeasefireTracker.Web.Domain;

namespace CeasefireTracker.Tests.Infrastructure;

/// <summary>Builders for valid actors and events; each test states only what it is about.</summary>
public static class TestData
{
    private static readonly DateTimeOffset Now = new(2025, 5, 1, 12, 0, 0, TimeSpan.Zero);

    public static Actor Actor(string slug, ActorKind kind = ActorKind.Person) =>
        new() { Slug = slug, Name = string.Join(' ', slug.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..])), Kind = kind };

    public static Talks Talks(string slug, DateOnly on, params Actor[] parties) => Published(new Talks
    {
        Slug = slug,
        Title = $"Talks {slug}",
        Format = TalksFormat.InPerson,
    }, on, parties, ParticipantRole.Party);

    public static Statement Statement(string slug, DateOnly on, Actor speaker) => Published(new Statement
    {
        Slug = slug,
        Title = $"Statement {slug}",
        Quote = "We said something.",
    }, on, [speaker], ParticipantRole.Speaker);

    public static Claim Claim(string slug, DateOnly on, Actor claimant) => Published(new Claim
    {
        Slug = slug,
        Title = $"Claim {slug}",
        ClaimText = "Something is the case.",
        Verdict = ClaimVerdict.Unverified,
    }, on, [claimant], ParticipantRole.Claimant);

    public static PrisonerExchange Exchange(string slug, DateOnly on, params Actor[] parties) => Published(new PrisonerExchange
    {
        Slug = slug,
        Title = $"Exchange {slug}",
    }, on, parties, ParticipantRole.Party);

    public static CeasefireProposal Proposal(string slug, DateOnly on, Actor proposer) => Published(new CeasefireProposal
    {
        Slug = slug,
        Title = $"Proposal {slug}",
        Scope = CeasefireScope.Full,
        CeasefireStatus = CeasefireStatus.Proposed,
    }, on, [proposer], ParticipantRole.Proposer);

    public static Event WithStatus(Event ev, EventStatus status)
    {
        ev.Status = status;
        return ev;
    }

    private static T Published<T>(T ev, DateOnly on, Actor[] actors, ParticipantRole role) where T : Event
    {
        ev.Summary ??= $"Summary of {ev.Slug}.";
        ev.OccurredOn = on;
        ev.DatePrecision = DatePrecision.Day;
        ev.Status = EventStatus.Published;
        ev.CreatedAt = ev.UpdatedAt = Now;
        ev.Participants = [.. actors.Select(a => new EventParticipant { Actor = a, Role = role })];
        ev.Sources = [new Source { Publisher = "Test Wire", Url = $"https://example.org/{ev.Slug}", PublishedOn = on }];
        return ev;
    }
}
