using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Events;

namespace CeasefireTracker.Tests.Features.Events;

[Collection(DatabaseCollection.Name)]
public sealed class EventDetailsServiceTests(TestDatabase database) : DatabaseTest(database)
{
    private EventDetailsService Service => Get<EventDetailsService>();

    [Fact]
    public async Task Loads_a_claim_with_its_positions_verdict_history_and_related_events()
    {
        var zelensky = TestData.Actor("volodymyr-zelensky");
        var kremlin = TestData.Actor("kremlin", ActorKind.GovernmentBody);
        var speech = TestData.Statement("brussels-speech", new DateOnly(2025, 4, 11), zelensky);
        var claim = TestData.Claim("chinese-fighters", new DateOnly(2025, 4, 11), zelensky);
        claim.Positions =
        [
            new ClaimPosition { Actor = zelensky, Stance = ClaimStance.Asserts, StatedOn = new DateOnly(2025, 4, 11) },
            new ClaimPosition { Actor = kremlin, Stance = ClaimStance.Denies, StatedOn = new DateOnly(2025, 4, 12), Source = claim.Sources[0] },
        ];
        claim.VerdictHistory = [new ClaimVerdictChange { Verdict = ClaimVerdict.Unverified, Reason = "No independent confirmation.", DecidedAt = DateTimeOffset.UtcNow }];
        claim.LinksFrom = [new EventLink { ToEvent = speech, Relation = "made in" }];
        await SaveAsync(speech, claim);

        var details = await Service.GetPublishedAsync("chinese-fighters", Cancel);
        var fromSpeech = await Service.GetPublishedAsync("brussels-speech", Cancel);

        var loaded = Assert.IsType<Claim>(details!.Event);
        Assert.Equal([ClaimStance.Asserts, ClaimStance.Denies], loaded.Positions.OrderBy(p => p.StatedOn).Select(p => p.Stance));
        Assert.Equal("kremlin", loaded.Positions.Single(p => p.Stance == ClaimStance.Denies).Actor.Slug);
        Assert.Single(loaded.VerdictHistory);
        Assert.Single(loaded.Sources);
        Assert.Single(details.Related, r => r.Slug == "brussels-speech" && r.Relation == "made in");
        // The link is read from the other side too.
        Assert.Single(fromSpeech!.Related, r => r.Slug == "chinese-fighters");
    }

    [Fact]
    public async Task Loads_an_exchange_and_a_proposal_with_their_details()
    {
        var russia = TestData.Actor("russia", ActorKind.State);
        var us = TestData.Actor("united-states", ActorKind.State);
        var ukraine = TestData.Actor("ukraine", ActorKind.State);
        var exchange = TestData.Exchange("swap", new DateOnly(2025, 4, 10), russia, us);
        exchange.Lines = [new ExchangeLine { FromActor = russia, ToActor = us, Category = DetaineeCategory.Civilian, Count = 1 }];
        exchange.Detainees = [new ExchangedDetainee { Name = "A Person", ReleasedBy = russia, ReleasedTo = us, Category = DetaineeCategory.Civilian }];
        var proposal = TestData.Proposal("full-ceasefire", new DateOnly(2025, 3, 11), us);
        proposal.Responses =
        [
            new CeasefireResponse { Actor = ukraine, Response = ProposalResponse.Accepted },
            new CeasefireResponse { Actor = russia, Response = ProposalResponse.AcceptedWithConditions, Conditions = "Sanctions lifted" },
        ];
        proposal.Violations = [new ViolationAllegation { Accuser = ukraine, Accused = russia, AllegedOn = new DateOnly(2025, 3, 20), Description = "Strike on a power plant" }];
        await SaveAsync(exchange, proposal);

        var swap = Assert.IsType<PrisonerExchange>((await Service.GetPublishedAsync("swap", Cancel))!.Event);
        var ceasefire = Assert.IsType<CeasefireProposal>((await Service.GetPublishedAsync("full-ceasefire", Cancel))!.Event);

        Assert.Equal("russia", Assert.Single(swap.Lines).FromActor.Slug);
        Assert.Equal("united-states", Assert.Single(swap.Detainees).ReleasedTo.Slug);
        Assert.Equal(["russia", "ukraine"], ceasefire.Responses.Select(r => r.Actor.Slug).Order());
        Assert.Equal("russia", Assert.Single(ceasefire.Violations).Accused.Slug);
    }

    [Theory]
    [InlineData(EventStatus.Draft)]
    [InlineData(EventStatus.Archived)]
    public async Task An_unpublished_event_is_not_shown(EventStatus status)
    {
        var talks = TestData.Talks("hidden", new DateOnly(2025, 4, 11), TestData.Actor("steve-witkoff"));
        talks.Status = status;
        await SaveAsync(talks);

        Assert.Null(await Service.GetPublishedAsync("hidden", Cancel));
        Assert.Null(await Service.GetPublishedAsync("never-existed", Cancel));
    }

    [Fact]
    public async Task A_link_to_an_unpublished_event_is_not_shown()
    {
        var witkoff = TestData.Actor("steve-witkoff");
        var draft = TestData.Talks("draft", new DateOnly(2025, 4, 12), witkoff);
        draft.Status = EventStatus.Draft;
        var published = TestData.Talks("published", new DateOnly(2025, 4, 11), witkoff);
        published.LinksFrom = [new EventLink { ToEvent = draft }];
        await SaveAsync(published, draft);

        Assert.Empty((await Service.GetPublishedAsync("published", Cancel))!.Related);
    }
}
