using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Actors;
using CeasefireTracker.Web.Features.Shared;
using CeasefireTracker.Web.Features.Timeline;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Claims;

/// <summary>Where one actor stands on a claim, with the date and the source it rests on.</summary>
public sealed record ClaimPositionView(ActorRef Actor, ClaimStance Stance, DateOnly StatedOn, string? Note, SourceRef? Source);

public sealed record ClaimSummary(
    long Id,
    string Slug,
    string Title,
    string ClaimText,
    ClaimVerdict Verdict,
    DateOnly OccurredOn,
    DatePrecision DatePrecision,
    IReadOnlyList<ActorRef> Claimants,
    IReadOnlyList<ClaimPositionView> Positions);

public sealed record ClaimsResult(
    IReadOnlyList<ClaimSummary> Claims,
    TimelineCursor? Next,
    IReadOnlyList<ActorRef> SelectedActors,
    IReadOnlyList<string> UnknownActorSlugs);

/// <summary>Published claims, newest first, with who said what and the verdict. Four queries whatever it shows.</summary>
public sealed class ClaimsService(IDbContextFactory<TrackerDbContext> contexts)
{
    public const int DefaultPageSize = 30;

    public async Task<ClaimsResult> GetPageAsync(ClaimsFilter filter, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // Only the actors the link asks for: the filter takes a typed name, not a list of everyone in a claim
        // (thousands of actors at scale, and a semi-join per actor over every claim to find them).
        var published = db.Claims.Where(c => c.Status == EventStatus.Published);
        var selected = await PublicActors.BySlugsAsync(db, filter.ActorSlugs, cancellationToken);
        var unknown = filter.ActorSlugs.Except(selected.Select(a => a.Slug)).ToList();

        var rows = await Query(published, filter, selected.Select(a => a.Id).ToList())
            .Select(c => new ClaimSummary(
                c.Id, c.Slug, c.Title, c.ClaimText, c.Verdict, c.OccurredOn, c.DatePrecision,
                c.Participants
                    .Where(p => p.Role == ParticipantRole.Claimant)
                    .OrderBy(p => p.Actor.Name)
                    .Select(p => new ActorRef(p.Actor.Id, p.Actor.Slug, p.Actor.Name))
                    .ToList(),
                c.Positions
                    .OrderBy(p => p.StatedOn).ThenBy(p => p.Id)
                    .Select(p => new ClaimPositionView(
                        new ActorRef(p.Actor.Id, p.Actor.Slug, p.Actor.Name),
                        p.Stance,
                        p.StatedOn,
                        p.Note,
                        p.Source == null ? null : new SourceRef(p.Source.Publisher, p.Source.Url, p.Source.PublishedOn)))
                    .ToList()))
            .Take(pageSize + 1)
            // Claimants and positions come in their own query each: joined, they would multiply each other's rows.
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var page = rows.Take(pageSize).ToList();
        var next = rows.Count > pageSize ? new TimelineCursor(page[^1].OccurredOn, page[^1].Id) : null;
        return new ClaimsResult(page, next, selected, unknown);
    }

    private static IQueryable<Claim> Query(IQueryable<Claim> claims, ClaimsFilter filter, List<int> actorIds)
    {
        claims = claims.AsNoTracking();

        if (filter.Verdicts.Count > 0)
        {
            var verdicts = filter.Verdicts.ToList();
            claims = claims.Where(c => verdicts.Contains(c.Verdict));
        }

        if (actorIds.Count > 0)
        {
            claims = claims.Where(c =>
                c.Participants.Any(p => p.Role == ParticipantRole.Claimant && actorIds.Contains(p.ActorId))
                || c.Positions.Any(p => actorIds.Contains(p.ActorId)));
        }

        if (filter.After is { } after)
        {
            claims = claims.Where(c => EF.Functions.LessThan(
                ValueTuple.Create(c.OccurredOn, c.Id),
                ValueTuple.Create(after.OccurredOn, after.Id)));
        }

        return claims.OrderByDescending(c => c.OccurredOn).ThenByDescending(c => c.Id);
    }
}
