using CeasefireTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.DemoData;

public enum DemoLoadResult
{
    Loaded,
    AlreadyLoaded,

    /// <summary>The database holds data that is not the demo data: nothing was written.</summary>
    RefusedOtherData,
}

/// <summary>
/// Loads the demo data (the events of the April 2025 news report) into an empty database, once.
/// </summary>
public sealed class DemoDataLoader(IDbContextFactory<TrackerDbContext> contexts, TimeProvider clock, ILogger<DemoDataLoader> logger)
{
    // Any constant works; it only has to be the same for every loader so that two concurrent runs take turns.
    private const long AdvisoryLockKey = 0x_CEA5_EF1E;

    public async Task<DemoLoadResult> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);

        var demo = DemoDataSet.Build(clock.GetUtcNow());
        var demoSlugs = demo.Events.Select(e => e.Slug).ToList();
        var existingEvents = await db.Events.CountAsync(cancellationToken);
        var existingActors = await db.Actors.CountAsync(cancellationToken);

        if (existingEvents > 0 || existingActors > 0)
        {
            var demoEventsPresent = await db.Events.CountAsync(e => demoSlugs.Contains(e.Slug), cancellationToken);
            if (demoEventsPresent == demoSlugs.Count)
            {
                logger.LogInformation("Demo data is already loaded ({Events} events); nothing to do", demoEventsPresent);
                return DemoLoadResult.AlreadyLoaded;
            }

            logger.LogWarning(
                "The database already holds {Events} events and {Actors} actors that are not the demo data; demo data not loaded",
                existingEvents, existingActors);
            return DemoLoadResult.RefusedOtherData;
        }

        db.Actors.AddRange(demo.Actors);
        db.Events.AddRange(demo.Events);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Loaded demo data: {Actors} actors, {Events} events", demo.Actors.Count, demo.Events.Count);
        return DemoLoadResult.Loaded;
    }
}
