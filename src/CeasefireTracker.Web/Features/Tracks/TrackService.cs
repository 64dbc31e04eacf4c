using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Tracks;

/// <summary>A negotiation track in the list: its published rounds and when they ran.</summary>
public sealed record TrackSummary(string Slug, string Name, string? Description, int Rounds, DateOnly? First, DateOnly? Last);

/// <summary>A participant of a round, with the side they spoke for.</summary>
public sealed record RoundParticipant(ActorRef Actor, ParticipantRole Role, ActorRef? Represents);

/// <summary>
/// An event linked to a round, with the link's words: made from the round (<see cref="FromRound"/>: the round "led
/// to" it) or from the event ("agreed at" the round).
/// </summary>
public sealed record RoundLink(string Slug, string Title, EventKind Kind, EventWindow Window, string? Relation, bool FromRound);

public sealed record TrackRound(
    long Id,
    string Slug,
    string Title,
    int? Number,
    EventWindow Window,
    string? Place,
    TalksFormat Format,
    string? Outcome,
    IReadOnlyList<RoundParticipant> Participants,
    IReadOnlyList<RoundLink> Followed);

/// <param name="NextAfter">The slug to continue after, when there are more tracks.</param>
public sealed record TrackList(IReadOnlyList<TrackSummary> Items, string? NextAfter);

public sealed record TrackPageModel(TrackSummary Track, IReadOnlyList<TrackRound> Rounds);

/// <summary>
/// Negotiation tracks (PA-X's peace processes) and their rounds: the published talks of each track in round order,
/// with who sat for which side, the outcome, and the events linked to each round (the exchange agreed there). Four
/// queries for a track's page, one for a page of the list.
/// </summary>
public sealed class TrackService(IDbContextFactory<TrackerDbContext> contexts)
{
    public const int PageSize = 50;

    /// <summary>
    /// Public tracks by name, a page at a time, read by keyset on the unique name: <paramref name="after"/> is the slug
    /// of the last track shown. One query, whose cost is the page's tracks and their rounds, not all tracks; the slug of
    /// no public track gives an empty page (the page then says so and shows the first).
    /// </summary>
    public async Task<TrackList> ListAsync(string? after = null, int pageSize = PageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tracks = PublicTracks(db);
        if (after is not null)
        {
            var cursor = PublicTracks(db).Where(c => c.Slug == after);
            tracks = tracks.Where(t => cursor.Any(c => t.Name.CompareTo(c.Name) > 0));
        }

        var rows = await Summaries(db, tracks.OrderBy(t => t.Name).Take(pageSize + 1)).ToListAsync(cancellationToken);
        var page = rows.Take(pageSize).ToList();
        return new TrackList(page, rows.Count > pageSize ? page[^1].Slug : null);
    }

    public async Task<TrackPageModel?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var track = await Summaries(db, PublicTracks(db).Where(t => t.Slug == slug)).FirstOrDefaultAsync(cancellationToken);
        if (track is null) return null;

        var rounds = await db.Talks.AsNoTracking()
            .Where(t => t.Track!.Slug == slug && t.Status == EventStatus.Published)
            .OrderBy(t => t.RoundNumber == null).ThenBy(t => t.RoundNumber).ThenBy(t => t.OccurredOn).ThenBy(t => t.Id)
            .Select(t => new
            {
                t.Id, t.Slug, t.Title, t.RoundNumber, t.OccurredOn, t.DatePrecision, t.StartsAt, t.EndsOn, t.EndPrecision, t.EndsAt, t.TimeZone,
                t.Place, t.Format, t.Outcome,
                // Roles are stored by name: the page puts them in the enum's order.
                Participants = t.Participants
                    .OrderBy(p => p.Actor.Name)
                    .Select(p => new RoundParticipant(
                        new ActorRef(p.Actor.Id, p.Actor.Slug, p.Actor.Name), p.Role,
                        p.Represents == null ? null : new ActorRef(p.Represents.Id, p.Represents.Slug, p.Represents.Name)))
                    .ToList(),
            })
            .ToListAsync(cancellationToken);

        var ids = rounds.Select(r => r.Id).ToList();
        var linkedFrom = await db.EventLinks.AsNoTracking()
            .Where(l => ids.Contains(l.FromEventId) && l.ToEvent.Status == EventStatus.Published)
            .Select(l => new { RoundId = l.FromEventId, Other = l.ToEvent, l.Relation, FromRound = true })
            .Select(l => new { l.RoundId, l.Other.Id, l.Other.Slug, l.Other.Title, l.Other.Kind, l.Other.OccurredOn, l.Other.DatePrecision, l.Other.StartsAt, l.Other.EndsOn, l.Other.EndPrecision, l.Other.EndsAt, l.Other.TimeZone, l.Relation, l.FromRound })
            .ToListAsync(cancellationToken);
        var linkedTo = await db.EventLinks.AsNoTracking()
            .Where(l => ids.Contains(l.ToEventId) && l.FromEvent.Status == EventStatus.Published)
            .Select(l => new { RoundId = l.ToEventId, Other = l.FromEvent, l.Relation, FromRound = false })
            .Select(l => new { l.RoundId, l.Other.Id, l.Other.Slug, l.Other.Title, l.Other.Kind, l.Other.OccurredOn, l.Other.DatePrecision, l.Other.StartsAt, l.Other.EndsOn, l.Other.EndPrecision, l.Other.EndsAt, l.Other.TimeZone, l.Relation, l.FromRound })
            .ToListAsync(cancellationToken);
        var links = linkedFrom.Concat(linkedTo)
            // Another round of the same track is in the list already.
            .Where(l => !ids.Contains(l.Id))
            .ToLookup(l => l.RoundId);

        return new TrackPageModel(track, [.. rounds.Select(r => new TrackRound(
            r.Id, r.Slug, r.Title, r.RoundNumber,
            new EventWindow(r.OccurredOn, r.DatePrecision, r.StartsAt, r.EndsOn, r.EndPrecision, r.EndsAt, r.TimeZone),
            r.Place, r.Format, r.Outcome, r.Participants,
            [.. links[r.Id]
                .DistinctBy(l => l.Id)
                .OrderBy(l => l.OccurredOn)
                .Select(l => new RoundLink(l.Slug, l.Title, l.Kind,
                    new EventWindow(l.OccurredOn, l.DatePrecision, l.StartsAt, l.EndsOn, l.EndPrecision, l.EndsAt, l.TimeZone), l.Relation, l.FromRound))]))]);
    }

    /// <summary>
    /// Tracks with at least one published round. An editor may create a track while logging a draft; until a round of
    /// it is published the track is not public: not in the list, and its page is not found.
    /// </summary>
    private static IQueryable<NegotiationTrack> PublicTracks(TrackerDbContext db) =>
        db.NegotiationTracks.Where(t => db.Talks.Any(r => r.TrackId == t.Id && r.Status == EventStatus.Published));

    private static IQueryable<TrackSummary> Summaries(TrackerDbContext db, IQueryable<NegotiationTrack> tracks) =>
        tracks.AsNoTracking().Select(t => new TrackSummary(
            t.Slug,
            t.Name,
            t.Description,
            db.Talks.Count(r => r.TrackId == t.Id && r.Status == EventStatus.Published),
            db.Talks.Where(r => r.TrackId == t.Id && r.Status == EventStatus.Published).Min(r => (DateOnly?)r.OccurredOn),
            db.Talks.Where(r => r.TrackId == t.Id && r.Status == EventStatus.Published).Max(r => (DateOnly?)r.EndsOn ?? r.OccurredOn)));
}
