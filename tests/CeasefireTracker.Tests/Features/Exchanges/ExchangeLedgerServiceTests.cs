using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Exchanges;

namespace CeasefireTracker.Tests.Features.Exchanges;

[Collection(DatabaseCollection.Name)]
public sealed class ExchangeLedgerServiceTests(TestDatabase database) : DatabaseTest(database)
{
    private readonly Actor russia = TestData.Actor("russia", ActorKind.State);
    private readonly Actor us = TestData.Actor("united-states", ActorKind.State);
    private readonly Actor ukraine = TestData.Actor("ukraine", ActorKind.State);
    private readonly Actor uae = TestData.Actor("united-arab-emirates", ActorKind.State);

    private ExchangeLedgerService Service => Get<ExchangeLedgerService>();

    [Fact]
    public async Task Running_totals_add_up_per_direction_and_category_oldest_first()
    {
        // Saved out of date order: the ledger orders by date, not by insertion.
        var third = Exchange("third", new DateOnly(2025, 4, 10),
            Line(russia, us, DetaineeCategory.Civilian, 1),
            Line(us, russia, DetaineeCategory.Other, 1));
        var first = Exchange("first", new DateOnly(2025, 1, 5),
            Line(russia, ukraine, DetaineeCategory.PrisonerOfWar, 25),
            Line(ukraine, russia, DetaineeCategory.PrisonerOfWar, 25),
            Line(russia, us, DetaineeCategory.Civilian, 0));
        // No numbers in the sources: the row shows none and the totals carry on unchanged.
        var second = Exchange("second", new DateOnly(2025, 2, 12));
        var fourth = Exchange("fourth", new DateOnly(2025, 4, 19),
            Line(russia, ukraine, DetaineeCategory.PrisonerOfWar, 120),
            Line(russia, ukraine, DetaineeCategory.PrisonerOfWar, 126), // the same category in two lines is summed
            Line(russia, ukraine, DetaineeCategory.Civilian, 0),
            Line(ukraine, russia, DetaineeCategory.PrisonerOfWar, 246));
        var draft = Exchange("draft", new DateOnly(2025, 3, 1), Line(russia, us, DetaineeCategory.Civilian, 99));
        draft.Status = EventStatus.Draft;
        await SaveAsync(third, first, second, fourth, draft);

        var ledger = await Service.GetAsync(cancellationToken: Cancel);

        Assert.Equal(["first", "second", "third", "fourth"], ledger.Rows.Select(r => r.Slug));
        Assert.Empty(ledger.Rows[1].Directions);

        Assert.Equal(
            ["russia→ukraine: 25 prisoners of war | so far 25 prisoners of war",
             "russia→united-states: 0 civilians | so far 0 civilians",
             "ukraine→russia: 25 prisoners of war | so far 25 prisoners of war"],
            Describe(ledger.Rows[0]));
        Assert.Equal(
            ["russia→united-states: 1 civilian | so far 1 civilian",
             "united-states→russia: 1 other detainee | so far 1 other detainee"],
            Describe(ledger.Rows[2]));
        Assert.Equal(
            ["russia→ukraine: 246 prisoners of war, 0 civilians | so far 271 prisoners of war, 0 civilians",
             "ukraine→russia: 246 prisoners of war | so far 271 prisoners of war"],
            Describe(ledger.Rows[3]));

        Assert.Equal(
            ["russia→ukraine: 271 prisoners of war, 0 civilians",
             "russia→united-states: 1 civilian",
             "ukraine→russia: 271 prisoners of war",
             "united-states→russia: 1 other detainee"],
            ledger.Totals.Select(t => $"{t.From.Slug}→{t.To.Slug}: {Words(t.Totals)}"));
    }

    [Fact]
    public async Task An_earlier_page_carries_the_running_totals_of_its_own_rows()
    {
        // Invented exchanges, one more than a page, 1 to N prisoners each way: the oldest is alone on the second page.
        var exchanges = Enumerable.Range(1, ExchangeLedgerService.PageSize + 1)
            .Select(n => Exchange($"swap-{n}", new DateOnly(2024, 1, 1).AddDays(n), Line(russia, ukraine, DetaineeCategory.PrisonerOfWar, n)))
            .ToArray();
        await SaveAsync(exchanges);

        var newest = await Service.GetAsync(cancellationToken: Cancel);
        var earlier = await Service.GetAsync(newest.Next, Cancel);

        var total = Enumerable.Range(1, ExchangeLedgerService.PageSize + 1).Sum();
        Assert.Equal(ExchangeLedgerService.PageSize, newest.Rows.Count);
        Assert.Equal([$"russia→ukraine: {ExchangeLedgerService.PageSize + 1} prisoners of war | so far {total:N0} prisoners of war"], Describe(newest.Rows[^1]));
        Assert.Equal(["russia→ukraine: 2 prisoners of war | so far 3 prisoners of war"], Describe(newest.Rows[0]));
        Assert.Equal(["swap-1"], earlier.Rows.Select(r => r.Slug));
        Assert.Equal(["russia→ukraine: 1 prisoner of war | so far 1 prisoner of war"], Describe(earlier.Rows[0]));
        Assert.Null(earlier.Next);
        // The overall totals count every exchange, on every page.
        Assert.Equal([$"russia→ukraine: {total:N0} prisoners of war"], earlier.Totals.Select(t => $"{t.From.Slug}→{t.To.Slug}: {Words(t.Totals)}"));
    }

    [Fact]
    public async Task Shows_mediators_and_named_detainees_with_their_notes()
    {
        var swap = Exchange("swap", new DateOnly(2025, 4, 10), Line(russia, us, DetaineeCategory.Civilian, 1));
        swap.Participants.Add(new EventParticipant { Actor = uae, Role = ParticipantRole.Mediator });
        swap.Detainees =
        [
            new ExchangedDetainee { Name = "Ksenia Karelina", ReleasedBy = russia, ReleasedTo = us, Category = DetaineeCategory.Civilian, Note = "Ballet dancer." },
            new ExchangedDetainee { Name = "Arthur Petrov", ReleasedBy = us, ReleasedTo = russia, Category = DetaineeCategory.Other },
        ];
        await SaveAsync(swap);

        var row = Assert.Single((await Service.GetAsync(cancellationToken: Cancel)).Rows);

        Assert.Equal(["united-arab-emirates"], row.Mediators.Select(m => m.Slug));
        Assert.Equal(["Arthur Petrov", "Ksenia Karelina"], row.Detainees.Select(d => d.Name));
        var karelina = row.Detainees[1];
        Assert.Equal(("russia", "united-states", "Ballet dancer."), (karelina.ReleasedBy.Slug, karelina.ReleasedTo.Slug, karelina.Note));
    }

    [Fact]
    public async Task An_empty_ledger_has_no_rows_and_no_totals()
    {
        var ledger = await Service.GetAsync(cancellationToken: Cancel);

        Assert.Empty(ledger.Rows);
        Assert.Empty(ledger.Totals);
    }

    private static IEnumerable<string> Describe(LedgerRow row) =>
        row.Directions.Select(d => $"{d.From.Slug}→{d.To.Slug}: {Words(d.Counts)} | so far {Words(d.SoFar)}");

    private static string Words(IEnumerable<CategoryCount> counts) => string.Join(", ", counts.Select(c => c.Describe()));

    private PrisonerExchange Exchange(string slug, DateOnly on, params ExchangeLine[] lines)
    {
        var exchange = TestData.Exchange(slug, on, russia, us);
        exchange.Lines = [.. lines];
        return exchange;
    }

    private static ExchangeLine Line(Actor from, Actor to, DetaineeCategory category, int count) =>
        new() { FromActor = from, ToActor = to, Category = category, Count = count };
}
