using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Claims;

namespace CeasefireTracker.Tests.Features.Claims;

[Collection(DatabaseCollection.Name)]
public sealed class ClaimsServiceTests(TestDatabase database) : DatabaseTest(database)
{
    private readonly Actor zelensky = TestData.Actor("volodymyr-zelensky");
    private readonly Actor kremlin = TestData.Actor("kremlin", ActorKind.GovernmentBody);
    private readonly Actor china = TestData.Actor("china", ActorKind.State);
    private readonly Actor russia = TestData.Actor("russia", ActorKind.State);
    private readonly Actor bystander = TestData.Actor("steve-witkoff");

    private ClaimsService Service => Get<ClaimsService>();

    [Fact]
    public async Task Lists_published_claims_newest_first_with_claimant_positions_and_verdict()
    {
        var fighters = Claim("chinese-fighters", new DateOnly(2025, 4, 8), zelensky, ClaimVerdict.Disputed,
            (zelensky, ClaimStance.Asserts, 8), (kremlin, ClaimStance.Denies, 9), (china, ClaimStance.Disputes, 9));
        var treason = Claim("treason", new DateOnly(2024, 1, 1), russia, ClaimVerdict.Unverified, (russia, ClaimStance.Asserts, 1));
        var draft = Claim("draft", new DateOnly(2025, 4, 20), zelensky, ClaimVerdict.Confirmed);
        draft.Status = EventStatus.Draft;
        await SaveAsync(fighters, treason, draft, TestData.Talks("talks", new DateOnly(2025, 4, 11), bystander));

        var result = await Service.GetPageAsync(new ClaimsFilter(), cancellationToken: Cancel);

        Assert.Equal(["chinese-fighters", "treason"], result.Claims.Select(c => c.Slug));
        var first = result.Claims[0];
        Assert.Equal(ClaimVerdict.Disputed, first.Verdict);
        Assert.Equal(["volodymyr-zelensky"], first.Claimants.Select(a => a.Slug));
        Assert.Equal(
            [("volodymyr-zelensky", ClaimStance.Asserts), ("kremlin", ClaimStance.Denies), ("china", ClaimStance.Disputes)],
            first.Positions.Select(p => (p.Actor.Slug, p.Stance)).OrderBy(p => p.Stance));
        var denial = first.Positions.Single(p => p.Stance == ClaimStance.Denies);
        Assert.Equal(new DateOnly(2025, 4, 9), denial.StatedOn);
        Assert.Equal("https://example.org/chinese-fighters", denial.Source!.Url);
        Assert.Null(result.Next);
    }

    [Fact]
    public async Task Filters_by_one_or_several_verdicts()
    {
        await SaveAsync(
            Claim("unverified", new DateOnly(2025, 4, 1), zelensky, ClaimVerdict.Unverified),
            Claim("disputed", new DateOnly(2025, 4, 2), zelensky, ClaimVerdict.Disputed),
            Claim("false", new DateOnly(2025, 4, 3), zelensky, ClaimVerdict.False));

        var unverified = await Service.GetPageAsync(new ClaimsFilter { Verdicts = [ClaimVerdict.Unverified] }, cancellationToken: Cancel);
        var either = await Service.GetPageAsync(new ClaimsFilter { Verdicts = [ClaimVerdict.False, ClaimVerdict.Disputed] }, cancellationToken: Cancel);
        var none = await Service.GetPageAsync(new ClaimsFilter { Verdicts = [ClaimVerdict.Confirmed] }, cancellationToken: Cancel);

        Assert.Equal(["unverified"], unverified.Claims.Select(c => c.Slug));
        Assert.Equal(["false", "disputed"], either.Claims.Select(c => c.Slug));
        Assert.Empty(none.Claims);
    }

    [Fact]
    public async Task Filters_by_actor_as_claimant_or_as_position_taker()
    {
        await SaveAsync(
            Claim("kremlin-claims", new DateOnly(2025, 4, 1), kremlin, ClaimVerdict.Unverified),
            Claim("kremlin-denies", new DateOnly(2025, 4, 2), zelensky, ClaimVerdict.Disputed, (kremlin, ClaimStance.Denies, 3)),
            Claim("china-only", new DateOnly(2025, 4, 3), zelensky, ClaimVerdict.Unverified, (china, ClaimStance.DeclinesToComment, 4)),
            // Mentioned is not a position: the Kremlin neither made nor answered this claim.
            Mentioning(Claim("kremlin-mentioned", new DateOnly(2025, 4, 4), zelensky, ClaimVerdict.Unverified), kremlin),
            TestData.Talks("talks", new DateOnly(2025, 4, 5), bystander));

        var byKremlin = await Service.GetPageAsync(new ClaimsFilter { ActorSlugs = ["kremlin"] }, cancellationToken: Cancel);
        var byEither = await Service.GetPageAsync(new ClaimsFilter { ActorSlugs = ["china", "kremlin"] }, cancellationToken: Cancel);
        var disputedByKremlin = await Service.GetPageAsync(
            new ClaimsFilter { ActorSlugs = ["kremlin"], Verdicts = [ClaimVerdict.Disputed] }, cancellationToken: Cancel);
        var bystanderOnly = await Service.GetPageAsync(new ClaimsFilter { ActorSlugs = ["steve-witkoff"] }, cancellationToken: Cancel);

        Assert.Equal(["kremlin-denies", "kremlin-claims"], byKremlin.Claims.Select(c => c.Slug));
        Assert.Equal(["china-only", "kremlin-denies", "kremlin-claims"], byEither.Claims.Select(c => c.Slug));
        Assert.Equal(["china", "kremlin"], byEither.SelectedActors.Select(a => a.Slug).Order());
        Assert.Equal(["kremlin-denies"], disputedByKremlin.Claims.Select(c => c.Slug));
        // A real actor with no claims filters to nothing; that is not an unknown actor.
        Assert.Empty(bystanderOnly.Claims);
        Assert.Empty(bystanderOnly.UnknownActorSlugs);
        Assert.Equal(["steve-witkoff"], bystanderOnly.SelectedActors.Select(a => a.Slug));
    }

    [Fact]
    public async Task An_unknown_actor_is_reported_and_does_not_filter()
    {
        await SaveAsync(Claim("claim", new DateOnly(2025, 4, 1), zelensky, ClaimVerdict.Unverified));

        var result = await Service.GetPageAsync(new ClaimsFilter { ActorSlugs = ["nobody-at-all"] }, cancellationToken: Cancel);

        Assert.Equal(["nobody-at-all"], result.UnknownActorSlugs);
        Assert.Single(result.Claims);
    }

    [Fact]
    public async Task Pages_by_keyset_without_gaps_or_repeats()
    {
        await SaveAsync([.. Enumerable.Range(0, 7).Select(i => (Event)Claim($"claim-{i}", new DateOnly(2025, 4, 1 + i % 3), zelensky, ClaimVerdict.Unverified))]);

        var first = await Service.GetPageAsync(new ClaimsFilter(), pageSize: 4, cancellationToken: Cancel);
        var second = await Service.GetPageAsync(new ClaimsFilter { After = first.Next }, pageSize: 4, cancellationToken: Cancel);

        Assert.Equal(4, first.Claims.Count);
        Assert.Equal(3, second.Claims.Count);
        Assert.Null(second.Next);
        Assert.Equal(7, first.Claims.Concat(second.Claims).Select(c => c.Id).Distinct().Count());
    }

    private static Claim Claim(string slug, DateOnly on, Actor claimant, ClaimVerdict verdict, params (Actor Actor, ClaimStance Stance, int Day)[] positions)
    {
        var claim = TestData.Claim(slug, on, claimant);
        claim.Verdict = verdict;
        claim.Positions = [.. positions.Select(p => new ClaimPosition
        {
            Actor = p.Actor,
            Stance = p.Stance,
            StatedOn = new DateOnly(on.Year, on.Month, p.Day),
            Source = claim.Sources[0],
        })];
        return claim;
    }

    private static Claim Mentioning(Claim claim, Actor actor)
    {
        claim.Participants.Add(new EventParticipant { Actor = actor, Role = ParticipantRole.Mentioned });
        return claim;
    }
}
