using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Ceasefires;

namespace CeasefireTracker.Tests.Features.Ceasefires;

[Collection(DatabaseCollection.Name)]
public sealed class CeasefireMatrixServiceTests(TestDatabase database) : DatabaseTest(database)
{
    private readonly Actor us = TestData.Actor("united-states", ActorKind.State);
    private readonly Actor russia = TestData.Actor("russia", ActorKind.State);
    private readonly Actor ukraine = TestData.Actor("ukraine", ActorKind.State);
    private readonly Actor turkey = TestData.Actor("turkey", ActorKind.State);

    private CeasefireMatrixService Service => Get<CeasefireMatrixService>();

    [Fact]
    public async Task Pages_follow_one_another_newest_first_without_a_gap_or_a_repeat_and_count_every_proposal()
    {
        // Invented proposals, two more than a page, two of them on one day (the id breaks the tie).
        var day = new DateOnly(2025, 1, 1);
        var proposals = Enumerable.Range(0, CeasefireMatrixService.PageSize + 2)
            .Select(i => TestData.Proposal($"truce-{i}", day.AddDays(i == 1 ? 0 : i), us))
            .ToArray();
        await SaveAsync(proposals);

        var first = await Service.GetAsync(cancellationToken: Cancel);
        var second = await Service.GetAsync(first.Next, Cancel);

        Assert.Equal(CeasefireMatrixService.PageSize, first.Proposals.Count);
        Assert.NotNull(first.Next);
        Assert.Null(second.Next);
        Assert.Equal(proposals.Length, first.Total);
        var shown = first.Proposals.Concat(second.Proposals).Select(p => p.Slug).ToList();
        Assert.Equal(proposals.OrderByDescending(p => p.OccurredOn).ThenByDescending(p => p.Id).Select(p => p.Slug), shown);
    }

    [Fact]
    public async Task The_matrix_has_a_column_for_every_party_that_responded_to_any_proposal()
    {
        var full = TestData.Proposal("full", new DateOnly(2025, 3, 11), us);
        full.Responses =
        [
            new CeasefireResponse { Actor = ukraine, Response = ProposalResponse.Accepted, RespondedOn = new DateOnly(2025, 3, 11) },
            new CeasefireResponse { Actor = russia, Response = ProposalResponse.Rejected, Source = full.Sources[0] },
        ];
        // Ukraine did not respond to this one: its cell is empty, not a copy of another row.
        var blackSea = TestData.Proposal("black-sea", new DateOnly(2025, 3, 25), turkey);
        blackSea.Scope = CeasefireScope.BlackSea;
        blackSea.Responses =
        [
            new CeasefireResponse { Actor = russia, Response = ProposalResponse.AcceptedWithConditions, Conditions = "Sanctions lifted" },
        ];
        var unanswered = TestData.Proposal("unanswered", new DateOnly(2025, 2, 1), turkey);
        var draft = TestData.Proposal("draft", new DateOnly(2025, 4, 1), us);
        draft.Status = EventStatus.Draft;
        draft.Responses = [new CeasefireResponse { Actor = us, Response = ProposalResponse.Accepted }];
        await SaveAsync(full, blackSea, unanswered, draft);

        var matrix = await Service.GetAsync(cancellationToken: Cancel);

        Assert.Equal(["russia", "ukraine"], matrix.Parties.Select(p => p.Slug));
        Assert.Equal(["black-sea", "full", "unanswered"], matrix.Proposals.Select(p => p.Slug));
        var (blackSeaRow, fullRow, unansweredRow) = (matrix.Proposals[0], matrix.Proposals[1], matrix.Proposals[2]);
        var russiaColumn = matrix.Parties[0];
        var ukraineColumn = matrix.Parties[1];

        Assert.Equal(ProposalResponse.AcceptedWithConditions, blackSeaRow.ResponseOf(russiaColumn)!.Response);
        Assert.Equal("Sanctions lifted", blackSeaRow.ResponseOf(russiaColumn)!.Conditions);
        Assert.Null(blackSeaRow.ResponseOf(ukraineColumn));
        Assert.Equal(ProposalResponse.Rejected, fullRow.ResponseOf(russiaColumn)!.Response);
        Assert.Equal("https://example.org/full", fullRow.ResponseOf(russiaColumn)!.Source!.Url);
        Assert.Equal(new DateOnly(2025, 3, 11), fullRow.ResponseOf(ukraineColumn)!.RespondedOn);
        Assert.All(matrix.Parties, p => Assert.Null(unansweredRow.ResponseOf(p)));

        Assert.Equal((CeasefireScope.BlackSea, CeasefireStatus.Proposed), (blackSeaRow.Scope, blackSeaRow.Status));
        Assert.Equal(["turkey"], blackSeaRow.Proposers.Select(p => p.Slug));
        Assert.Equal(["united-states"], fullRow.Proposers.Select(p => p.Slug));
    }

    [Fact]
    public async Task Each_proposal_carries_its_violation_allegations_in_date_order()
    {
        var moratorium = TestData.Proposal("moratorium", new DateOnly(2025, 3, 18), us);
        moratorium.CeasefireStatus = CeasefireStatus.Violated;
        moratorium.Violations =
        [
            new ViolationAllegation { Accuser = ukraine, Accused = russia, AllegedOn = new DateOnly(2025, 3, 22), Description = "Strike on Kherson", Source = moratorium.Sources[0] },
            new ViolationAllegation { Accuser = russia, Accused = ukraine, AllegedOn = new DateOnly(2025, 3, 19), Description = "Strike on Kursk" },
        ];
        var quiet = TestData.Proposal("quiet", new DateOnly(2025, 3, 1), us);
        await SaveAsync(moratorium, quiet);

        var matrix = await Service.GetAsync(cancellationToken: Cancel);

        var violations = matrix.Proposals.Single(p => p.Slug == "moratorium").Violations;
        Assert.Equal(
            [("russia", "ukraine", "Strike on Kursk"), ("ukraine", "russia", "Strike on Kherson")],
            violations.Select(v => (v.Accuser.Slug, v.Accused.Slug, v.Description)));
        Assert.Null(violations[0].Source);
        Assert.Equal("https://example.org/moratorium", violations[1].Source!.Url);
        Assert.Empty(matrix.Proposals.Single(p => p.Slug == "quiet").Violations);
        Assert.Empty(matrix.Parties);
    }
}
