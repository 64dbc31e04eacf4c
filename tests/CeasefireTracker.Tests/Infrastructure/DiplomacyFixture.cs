using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Admin.Actors;
using CeasefireTracker.Web.Features.Admin.Events;
using CeasefireTracker.Web.Features.Admin.Tracks;

namespace CeasefireTracker.Tests.Infrastructure;

/// <summary>
/// Invented fixtures modelled on the diplomacy of April–May 2025 (not the demo data, and not to be read as fact): a
/// 30-hour unilateral Easter truce from 18:00 Moscow time that Ukraine answered with a counter-proposal and Zelensky
/// said was violated (Russia rejected the counter-proposal), its extension, round 1 of the Istanbul talks with two delegations, and the exchange agreed there,
/// in three batches with two sides' differing figures. Every event is saved and published through
/// <see cref="EventEditorService"/>, as an editor's form saves it.
/// </summary>
public sealed class DiplomacyFixture
{
    private static readonly EditorSession Editor = new("fixture-editor", "Fixture Editor", isAdmin: false);

    public Actor Russia { get; } = TestData.Actor("russia", ActorKind.State);
    public Actor Ukraine { get; } = TestData.Actor("ukraine", ActorKind.State);
    public Actor Turkey { get; } = TestData.Actor("turkey", ActorKind.State);
    public Actor Zelensky { get; } = TestData.Actor("volodymyr-zelensky");
    public Actor Medinsky { get; } = TestData.Actor("vladimir-medinsky");
    public Actor Umerov { get; } = TestData.Actor("rustem-umerov");
    public Actor Fidan { get; } = TestData.Actor("hakan-fidan");

    public string TruceSlug { get; private set; } = "";
    public string CounterSlug { get; private set; } = "";
    public string ExtensionSlug { get; private set; } = "";
    public string RoundSlug { get; private set; } = "";
    public string ExchangeSlug { get; private set; } = "";
    public string TrackSlug { get; private set; } = "";

    public static readonly DateOnly Easter = new(2025, 4, 19);

    public static async Task<DiplomacyFixture> SaveAsync(TestDatabase database, CancellationToken cancellationToken)
    {
        var fixture = new DiplomacyFixture();
        await fixture.SaveAllAsync(database, cancellationToken);
        return fixture;
    }

    private async Task SaveAllAsync(TestDatabase database, CancellationToken cancellationToken)
    {
        await using (var db = database.CreateContext())
        {
            db.Actors.AddRange(Russia, Ukraine, Turkey, Zelensky, Medinsky, Umerov, Fidan);
            await db.SaveChangesAsync(cancellationToken);
        }

        var service = database.Get<EventEditorService>();
        var tracks = database.Get<TrackAdminService>();
        var source = new SourceDraft { Publisher = "Fixture Wire", Url = "https://example.org/fixture", PublishedOn = Easter };

        EventDraft Draft(EventKind kind, string title, DateOnly on)
        {
            var draft = EventDraft.New(kind);
            (draft.Title, draft.Summary, draft.OccurredOn) = (title, $"{title}.", on);
            draft.Sources = [new SourceDraft { Key = source.Key, Publisher = source.Publisher, Url = source.Url, PublishedOn = source.PublishedOn }];
            return draft;
        }

        async Task<(long Id, string Slug)> PublishAsync(EventDraft draft)
        {
            var created = await service.CreateAsync(Editor, draft, null, cancellationToken);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
            var loaded = (await service.LoadAsync(Editor, created.EventId, cancellationToken))!;
            var published = await service.SaveAsync(Editor, loaded.Id, loaded.Version, loaded.Draft, EventStatus.Published, null, cancellationToken);
            if (!published.Succeeded) throw new InvalidOperationException(string.Join("; ", published.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
            return (loaded.Id, loaded.Slug);
        }

        var counter = Draft(EventKind.CeasefireProposal, "Ukraine proposes a 30-day ceasefire instead", Easter);
        counter.Participants = [new() { Actor = C(Ukraine), Role = ParticipantRole.Proposer }];
        counter.Proposal = new ProposalDraft
        {
            Scope = CeasefireScope.Full,
            AnnouncedOn = Easter,
            Responses = [new() { Actor = C(Russia), Response = ProposalResponse.Rejected, RespondedOn = Easter.AddDays(1) }],
        };
        var (counterId, counterSlug) = await PublishAsync(counter);
        CounterSlug = counterSlug;

        var truce = EasterTruce();
        truce.Sources = [new SourceDraft { Key = source.Key, Publisher = source.Publisher, Url = source.Url, PublishedOn = source.PublishedOn }];
        truce.Participants = [new() { Actor = C(Russia), Role = ParticipantRole.Proposer }];
        truce.Proposal!.Responses =
        [
            new() { Actor = C(Ukraine), Response = ProposalResponse.CounterProposal, RespondedOn = Easter, Conditions = "30 days instead",
                CounterProposal = new EventChoice(counterId, counter.Title, Easter), SourceKey = source.Key },
        ];
        truce.Proposal.Violations = [new() { Accuser = C(Zelensky), Accused = C(Russia), AllegedOn = Easter.AddDays(1), Description = "Shelling went on.", SourceKey = source.Key }];
        var (truceId, truceSlug) = await PublishAsync(truce);
        TruceSlug = truceSlug;

        var extension = Draft(EventKind.CeasefireProposal, "Russia extends the Easter truce by a day", Easter.AddDays(2));
        extension.Participants = [new() { Actor = C(Russia), Role = ParticipantRole.Proposer }];
        extension.Proposal = new ProposalDraft { Scope = CeasefireScope.Full, Extends = new EventChoice(truceId, truce.Title, Easter) };
        ExtensionSlug = (await PublishAsync(extension)).Slug;

        var istanbul = (await tracks.CreateAsync(Editor, "Istanbul talks 2025", "Direct talks between Russia and Ukraine.", cancellationToken)).Track!;
        TrackSlug = "istanbul-talks-2025";
        var round = Draft(EventKind.Talks, "First round of the Istanbul talks", new DateOnly(2025, 5, 16));
        (round.StartTime, round.TimeZone, round.Place) = (new TimeOnly(12, 30), "Europe/Istanbul", "Istanbul");
        round.Participants =
        [
            new() { Actor = C(Medinsky), Role = ParticipantRole.HeadOfDelegation, Represents = C(Russia) },
            new() { Actor = C(Umerov), Role = ParticipantRole.HeadOfDelegation, Represents = C(Ukraine) },
            new() { Actor = C(Fidan), Role = ParticipantRole.Mediator, Represents = C(Turkey) },
            new() { Actor = C(Turkey), Role = ParticipantRole.Host },
        ];
        round.Talks = new TalksDraft { DurationMinutes = 120, DurationQualifier = DurationQualifier.Under, Track = istanbul, RoundNumber = 1, Outcome = "An exchange of 1,000 for 1,000 agreed." };
        var (roundId, roundSlug) = await PublishAsync(round);
        RoundSlug = roundSlug;

        var exchange = Draft(EventKind.PrisonerExchange, "The 1,000-for-1,000 exchange", new DateOnly(2025, 5, 23));
        exchange.EndsOn = new DateOnly(2025, 5, 25);
        exchange.Participants = [new() { Actor = C(Russia) }, new() { Actor = C(Ukraine) }];
        exchange.Links = [new() { Event = new EventChoice(roundId, round.Title, round.OccurredOn!.Value), Relation = "agreed at" }];
        exchange.Exchange = new ExchangeDraft
        {
            Lines = [new() { From = C(Russia), To = C(Ukraine), Category = DetaineeCategory.PrisonerOfWar, Count = 1000 }],
            Batches =
            [
                new() { On = new DateOnly(2025, 5, 23), From = C(Russia), To = C(Ukraine), Category = DetaineeCategory.PrisonerOfWar, Count = 390 },
                new() { On = new DateOnly(2025, 5, 24), From = C(Russia), To = C(Ukraine), Category = DetaineeCategory.PrisonerOfWar, Count = 307 },
                new() { On = new DateOnly(2025, 5, 25), From = C(Russia), To = C(Ukraine), Category = DetaineeCategory.PrisonerOfWar, Count = 303 },
            ],
            Reports =
            [
                new() { ReportedBy = C(Ukraine), From = C(Russia), To = C(Ukraine), Count = 1000, SourceKey = source.Key },
                new() { ReportedBy = C(Russia), From = C(Russia), To = C(Ukraine), Count = 1005, SourceKey = source.Key, Note = "Counted with those handed over at the border" },
            ],
        };
        ExchangeSlug = (await PublishAsync(exchange)).Slug;
    }

    /// <summary>
    /// The truce as typed, without its participants, responses and allegations: 30 hours from 18:00 Moscow time on
    /// Easter Saturday, unilateral, verbal, for the holiday, in force, violated the next day, lapsed at its end.
    /// </summary>
    public static EventDraft EasterTruce(string title = "Russia declares an Easter truce")
    {
        var draft = EventDraft.New(EventKind.CeasefireProposal);
        (draft.Title, draft.Summary, draft.OccurredOn) = (title, "A 30-hour unilateral truce from 18:00 Moscow time.", Easter);
        (draft.StartTime, draft.EndsOn, draft.EndTime, draft.TimeZone) = (new TimeOnly(18, 0), Easter.AddDays(2), new TimeOnly(0, 0), "Europe/Moscow");
        draft.Sources = [new() { Publisher = "Wire", Url = "https://example.org/easter", PublishedOn = Easter }];
        draft.Proposal = new ProposalDraft
        {
            Scope = CeasefireScope.Full,
            Declaration = CeasefireDeclaration.Unilateral,
            Form = CeasefireForm.Verbal,
            Purpose = CeasefirePurpose.Holiday,
            AnnouncedOn = Easter,
            EndedHow = CeasefireEnding.Expired,
            EndedOn = Easter.AddDays(2),
            StatusHistory =
            [
                new() { Status = CeasefireStatus.InForce, On = Easter },
                new() { Status = CeasefireStatus.Violated, On = Easter.AddDays(1), Note = "Shelling reported on both sides." },
                new() { Status = CeasefireStatus.Lapsed, On = Easter.AddDays(2) },
            ],
        };
        return draft;
    }

    private static ActorChoice C(Actor a) => new(a.Id, a.Name);
}
