using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Actors;

/// <summary>Actors to choose from in filters.</summary>
public sealed class ActorDirectory(IDbContextFactory<TrackerDbContext> contexts)
{
    public async Task<IReadOnlyList<ActorRef>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Actors.AsNoTracking()
            .OrderBy(a => a.Name)
            .Select(a => new ActorRef(a.Id, a.Slug, a.Name))
            .ToListAsync(cancellationToken);
    }
}
