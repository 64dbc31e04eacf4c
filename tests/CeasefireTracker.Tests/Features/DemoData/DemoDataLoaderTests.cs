using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CeasefireTracker.Tests.Features.DemoData;

[Collection(DatabaseCollection.Name)]
public sealed class DemoDataLoaderTests(TestDatabase database) : DatabaseTest(database)
{
    private DemoDataLoader Loader => new(Database.CreateFactory(), TimeProvider.System, NullLogger<DemoDataLoader>.Instance);

    [Fact]
    public async Task Loads_into_an_empty_database_and_a_second_load_adds_nothing()
    {
        Assert.Equal(DemoLoadResult.Loaded, await Loader.LoadAsync(Cancel));
        var first = await CountRowsAsync();

        Assert.Equal(DemoLoadResult.AlreadyLoaded, await Loader.LoadAsync(Cancel));
        var second = await CountRowsAsync();

        Assert.Equal(first, second);
        Assert.True(first.Events >= 15, $"Expected at least 15 demo events, found {first.Events}.");
    }

    [Fact]
    public async Task Two_loads_at_once_load_the_data_once()
    {
        var results = await Task.WhenAll(Loader.LoadAsync(Cancel), Loader.LoadAsync(Cancel));

        Assert.Equal([DemoLoadResult.Loaded, DemoLoadResult.AlreadyLoaded], results.Order());
        await using var db = Database.CreateContext();
        Assert.Equal(DemoDataSet.Build(DateTimeOffset.UtcNow).Events.Count, await db.Events.CountAsync(Cancel));
    }

    [Fact]
    public async Task Never_loads_into_a_database_that_holds_other_data()
    {
        await using (var db = Database.CreateContext())
        {
            db.Events.Add(TestData.Talks("someone-elses-event", new DateOnly(2024, 1, 1), TestData.Actor("someone")));
            await db.SaveChangesAsync(Cancel);
        }

        Assert.Equal(DemoLoadResult.RefusedOtherData, await Loader.LoadAsync(Cancel));

        await using var check = Database.CreateContext();
        Assert.Equal(1, await check.Events.CountAsync(Cancel));
        Assert.Equal(1, await check.Actors.CountAsync(Cancel));
    }

    [Fact]
    public async Task Covers_every_kind_and_cites_the_article_on_every_event()
    {
        await Loader.LoadAsync(Cancel);
        await using var db = Database.CreateContext();

        var events = await db.Events.AsNoTracking().Include(e => e.Sources).Include(e => e.Participants).ToListAsync(Cancel);

        Assert.Equal(Enum.GetValues<EventKind>().Order(), events.Select(e => e.Kind).Distinct().Order());
        Assert.All(events, e =>
        {
            Assert.Equal(EventStatus.Published, e.Status);
            Assert.False(string.IsNullOrWhiteSpace(e.Summary), e.Slug);
            Assert.NotEmpty(e.Participants);
            Assert.Contains(e.Sources, s => s.Url == DemoDataSet.ArticleUrl);
        });
    }

    [Fact]
    public async Task Holds_the_saint_petersburg_talks_between_witkoff_and_putin()
    {
        await Loader.LoadAsync(Cancel);
        await using var db = Database.CreateContext();

        var talks = await db.Talks.AsNoTracking()
            .Include(t => t.Participants).ThenInclude(p => p.Actor)
            .SingleAsync(t => t.Place != null && t.Place.Contains("Saint Petersburg") && t.OccurredOn == new DateOnly(2025, 4, 11), Cancel);

        Assert.Equal(270, talks.DurationMinutes);
        Assert.Contains(talks.Participants, p => p.Actor.Slug == "steve-witkoff");
        Assert.Contains(talks.Participants, p => p.Actor.Slug == "vladimir-putin");
    }

    private async Task<(int Actors, int Events, int Participants, int Sources)> CountRowsAsync()
    {
        await using var db = Database.CreateContext();
        return (await db.Actors.CountAsync(Cancel), await db.Events.CountAsync(Cancel),
            await db.EventParticipants.CountAsync(Cancel), await db.Sources.CountAsync(Cancel));
    }
}
