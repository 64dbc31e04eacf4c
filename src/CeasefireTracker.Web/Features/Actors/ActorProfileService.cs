using System.Globalization;
using System.Linq.Expressions;
using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;
using CeasefireTracker.Web.Features.Timeline;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CeasefireTracker.Web.Features.Actors;

public sealed record ActorTitleItem(string Title, DateOnly? From, DateOnly? To);

public sealed record ActorAliasItem(string Name, string? Language);

public sealed record ActorStatementItem(long Id, string Slug, string Title, string Quote, string Language, string? Platform, DateOnly OccurredOn, DatePrecision DatePrecision);

public sealed record ActorStanceItem(ClaimStance Stance, DateOnly StatedOn, string? Note);

/// <summary>A claim the actor made (<see cref="IsClaimant"/>) or took a position on (<see cref="Stances"/>).</summary>
public sealed record ActorClaimItem(
    long Id,
    string Slug,
    string Title,
    string ClaimText,
    ClaimVerdict Verdict,
    DateOnly OccurredOn,
    DatePrecision DatePrecision,
    bool IsClaimant,
    IReadOnlyList<ActorStanceItem> Stances);

/// <summary>Another actor who took part in the same published talks: how many, and the date of the latest.</summary>
public sealed record MetWithItem(ActorRef Actor, int TalksCount, DateOnly LastMet, DatePrecision LastMetPrecision)
{
    /// <summary>The position after this row in the "met with" list: most talks first, then the latest, then the name.</summary>
    public MetWithCursor Cursor => new(TalksCount, LastMet, Actor.Id);
}

/// <summary>
/// Where a page of the "met with" list continues: after the actor with this many talks, this latest date and this id
/// (the name, the last tie-break, is read from the id). Written into links as <c>talks.yyyy-MM-dd.id</c>.
/// </summary>
public sealed record MetWithCursor(int Talks, DateOnly LastMet, int ActorId)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Talks}.{LastMet:yyyy-MM-dd}.{ActorId}");

    public static MetWithCursor? Parse(string? value) =>
        value?.Split('.') is [var talks, var date, var id]
        && int.TryParse(talks, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
        && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var lastMet)
        && int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var actorId)
            ? new MetWithCursor(count, lastMet, actorId)
            : null;
}

/// <summary>
/// Where each growing list of an actor's page starts: null is its first page. Each list pages on its own, with a
/// link of its own (<c>?events=…</c>, <c>?statements=…</c>, <c>?claims=…</c>, <c>?met-with=…</c>).
/// </summary>
public sealed record ActorPagePosition(TimelineCursor? Events = null, TimelineCursor? Statements = null, TimelineCursor? Claims = null, MetWithCursor? MetWith = null)
{
    public const string EventsKey = "events";
    public const string StatementsKey = "statements";
    public const string ClaimsKey = "claims";
    public const string MetWithKey = "met-with";

    /// <summary>The positions a link asks for; a value that is not a position is that list's first page, with a notice.</summary>
    public static ActorPagePosition FromQuery(IReadOnlyDictionary<string, Microsoft.Extensions.Primitives.StringValues> query, ICollection<string> notices)
    {
        TimelineCursor? Cursor(string key, string first) =>
            TimelineCursor.FromLink(query.TryGetValue(key, out var value) ? value.ToString() : null, first, notices);
        MetWithCursor? met = null;
        if (query.TryGetValue(MetWithKey, out var metValue) && !string.IsNullOrEmpty(metValue.ToString()))
        {
            met = MetWithCursor.Parse(metValue.ToString());
            if (met is null) notices.Add(TimelineCursor.InvalidNotice("first of those they met"));
        }

        return new ActorPagePosition(
            Cursor(EventsKey, "newest events"), Cursor(StatementsKey, "newest statements"), Cursor(ClaimsKey, "newest claims"), met);
    }
}

/// <summary>
/// The ways the actor took part in published events beyond talks, counted: ceasefires proposed and answered,
/// violations alleged and alleged against them, positions on claims, exchanges they were a side of.
/// </summary>
public sealed record ActorParts(int Proposed, int Responded, int Alleged, int Accused, int Positions, int Exchanges)
{
    public bool Any => Proposed + Responded + Alleged + Accused + Positions + Exchanges > 0;
}

public sealed record ActorProfile(
    ActorRef Actor,
    ActorKind Kind,
    string? Description,
    IReadOnlyList<ActorRef> AffiliationChain,
    IReadOnlyList<ActorTitleItem> Titles,
    IReadOnlyList<ActorAliasItem> Aliases,
    IReadOnlyList<MetWithItem> MetWith,
    ActorParts Parts,
    IReadOnlyList<ActorStatementItem> Statements,
    IReadOnlyList<ActorClaimItem> Claims)
{
    /// <summary>Where the next page of each list starts; null when this page is its last.</summary>
    public MetWithCursor? MetWithNext { get; init; }

    public TimelineCursor? StatementsNext { get; init; }

    public TimelineCursor? ClaimsNext { get; init; }

    public bool MoreStatements => StatementsNext is not null;

    public bool MoreClaims => ClaimsNext is not null;
}

/// <summary>
/// Everything an actor's page shows but their timeline: six queries whatever the actor's history, and one for an
/// unknown slug. The lists that grow with the record (met with, statements, claims) come a page at a time, keyset
/// paged from an <see cref="ActorPagePosition"/>, so the page costs the same for the busiest actor as for the quietest.
/// </summary>
public sealed class ActorProfileService(IDbContextFactory<TrackerDbContext> contexts)
{
    public const int ListLimit = 20;

    public async Task<ActorProfile?> GetAsync(string slug, CancellationToken cancellationToken = default) =>
        await GetAsync(slug, new ActorPagePosition(), cancellationToken);

    public async Task<ActorProfile?> GetAsync(string slug, ActorPagePosition position, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var actor = await PublicActors.Of(db).AsNoTracking()
            .Where(a => a.Slug == slug)
            .Select(a => new
            {
                a.Id,
                a.Slug,
                a.Name,
                a.Kind,
                a.Description,
                Titles = a.Titles.Select(t => new ActorTitleItem(t.Title, t.From, t.To)).ToList(),
                Aliases = a.Aliases.Select(x => new ActorAliasItem(x.Name, x.Language)).ToList(),
            })
            // Titles and aliases are a handful each: one joined query beats three round trips.
            .AsSingleQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (actor is null) return null;

        var chain = await AffiliationChainAsync(db, actor.Id, cancellationToken);
        var metWith = await MetWithAsync(db, actor.Id, position.MetWith, cancellationToken);
        var parts = await PartsAsync(db, actor.Id, cancellationToken);
        var statements = await StatementsAsync(db, actor.Id, position.Statements, cancellationToken);
        var claims = await ClaimsAsync(db, actor.Id, position.Claims, cancellationToken);
        var shownStatements = statements.Take(ListLimit).ToList();
        var shownClaims = claims.Take(ListLimit).ToList();

        return new ActorProfile(
            new ActorRef(actor.Id, actor.Slug, actor.Name),
            actor.Kind,
            actor.Description,
            chain,
            [.. actor.Titles.OrderBy(t => t.From ?? DateOnly.MinValue).ThenBy(t => t.To ?? DateOnly.MaxValue)],
            [.. actor.Aliases.OrderBy(a => a.Language ?? "", StringComparer.Ordinal).ThenBy(a => a.Name, StringComparer.Ordinal)],
            [.. metWith.Take(ListLimit)],
            parts,
            shownStatements,
            shownClaims)
        {
            MetWithNext = metWith.Count > ListLimit ? metWith[ListLimit - 1].Cursor : null,
            StatementsNext = statements.Count > ListLimit ? new TimelineCursor(shownStatements[^1].OccurredOn, shownStatements[^1].Id) : null,
            ClaimsNext = claims.Count > ListLimit ? new TimelineCursor(shownClaims[^1].OccurredOn, shownClaims[^1].Id) : null,
        };
    }

    /// <summary>The slug of the actor a merged duplicate's old slug now leads to; null when the slug was never merged.</summary>
    public async Task<string?> MergedIntoAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ActorMerges.AsNoTracking()
            .Where(m => m.MergedSlug == slug)
            .Join(db.Actors, m => m.SurvivorId, a => a.Id, (_, a) => a.Slug)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The actor's affiliation, its affiliation and so on (Peskov → Kremlin → Russia), nearest first.</summary>
    private static async Task<List<ActorRef>> AffiliationChainAsync(TrackerDbContext db, int actorId, CancellationToken cancellationToken)
    {
        var rows = await AffiliationChain.Upwards(db, actorId)
            .Where(r => r.Depth > 0)
            // Affiliations readers do not see yet are left out of the chain rather than linked to a page that is not there.
            .Where(r => PublicActors.Of(db).Any(a => a.Id == r.Id))
            .OrderBy(r => r.Depth)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ActorRef(r.Id, r.Slug, r.Name))];
    }

    /// <summary>
    /// A page of everyone who sat across the table from the actor at published talks (people and the sides they
    /// represent, never the actor's own side), from the pair counts the triggers keep (migration ReadAggregates): most
    /// talks first, then the most recent, then the name; one more than a page, to know whether another follows. The
    /// latest date is given as exactly as it is known ("March 2025" must not read as 1 March), looked up for the page's
    /// rows only.
    /// </summary>
    private static async Task<List<MetWithItem>> MetWithAsync(TrackerDbContext db, int actorId, MetWithCursor? after, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQueryRaw<MetWithRow>("""
            WITH mine AS (
                SELECT second_id AS other_id, talks, last_met FROM talks_pair_counts WHERE first_id = @actor
                UNION ALL
                SELECT first_id, talks, last_met FROM talks_pair_counts WHERE second_id = @actor
            ), page AS (
                SELECT a.id, a.slug, a.name, m.talks, m.last_met
                FROM mine m JOIN actors a ON a.id = m.other_id
                WHERE @after_talks IS NULL
                   OR m.talks < @after_talks
                   OR (m.talks = @after_talks AND (m.last_met < @after_last
                       OR (m.last_met = @after_last AND (a.name, a.id) > ((SELECT name FROM actors WHERE id = @after_id), @after_id))))
                ORDER BY m.talks DESC, m.last_met DESC, a.name, a.id
                LIMIT @limit
            )
            SELECT p.id, p.slug, p.name, p.talks, p.last_met,
                   (SELECT CASE WHEN bool_or(e.date_precision = 'Day') THEN 'Day'
                                WHEN bool_or(e.date_precision = 'Month') THEN 'Month'
                                ELSE 'Approximate' END
                    FROM talks_event_pairs t JOIN events e ON e.id = t.event_id
                    WHERE t.first_id = least(@actor, p.id) AND t.second_id = greatest(@actor, p.id) AND t.occurred_on = p.last_met) AS last_precision
            FROM page p
            ORDER BY p.talks DESC, p.last_met DESC, p.name, p.id
            """,
            new NpgsqlParameter("actor", actorId),
            new NpgsqlParameter("after_talks", NpgsqlDbType.Integer) { Value = (object?)after?.Talks ?? DBNull.Value },
            new NpgsqlParameter("after_last", NpgsqlDbType.Date) { Value = (object?)after?.LastMet ?? DBNull.Value },
            new NpgsqlParameter("after_id", NpgsqlDbType.Integer) { Value = (object?)after?.ActorId ?? DBNull.Value },
            new NpgsqlParameter("limit", ListLimit + 1))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new MetWithItem(new ActorRef(r.Id, r.Slug, r.Name), r.Talks, r.LastMet, Enum.Parse<DatePrecision>(r.LastPrecision)))];
    }

    /// <summary>
    /// The counts the involvement trigger keeps (migration ActorAggregates): one row, or none for an actor who took no
    /// such part. They count published events only: proposals the actor proposed (as a participant), answered, alleged a
    /// violation of or was accused under; claims they took a position on; exchanges they had any part in.
    /// </summary>
    private static async Task<ActorParts> PartsAsync(TrackerDbContext db, int actorId, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<ActorParts>($"""
            SELECT proposed, responded, alleged, accused, positions, exchanges FROM actor_part_counts WHERE actor_id = {actorId}
            """).SingleOrDefaultAsync(cancellationToken)
        ?? new ActorParts(0, 0, 0, 0, 0, 0);

    /// <summary>
    /// The events of the actor's published involvements that a list shows, a page of them newest first from
    /// <paramref name="after"/>: a range of one of the partial indexes of migration ActorAggregates. <paramref name="shown"/>
    /// says what the index's filter says, with constants (a parameter would keep the planner from proving the filter).
    /// </summary>
    private static IQueryable<long> ListedEvents(TrackerDbContext db, int actorId, Expression<Func<EventInvolvement, bool>> shown, TimelineCursor? after) =>
        db.EventInvolvements
            .Where(i => i.ActorId == actorId && i.EventStatus == EventStatus.Published)
            .Where(shown)
            .Where(i => after == null || EF.Functions.LessThan(ValueTuple.Create(i.EventOccurredOn, i.EventId), ValueTuple.Create(after.OccurredOn, after.Id)))
            .OrderByDescending(i => i.EventOccurredOn).ThenByDescending(i => i.EventId)
            .Take(ListLimit + 1)
            .Select(i => i.EventId);

    private static Task<List<ActorStatementItem>> StatementsAsync(TrackerDbContext db, int actorId, TimelineCursor? after, CancellationToken cancellationToken)
    {
        var page = ListedEvents(db, actorId, i => i.EventKind == EventKind.Statement && i.Spoke, after);
        return db.Statements.AsNoTracking()
            .Where(s => page.Contains(s.Id))
            .OrderByDescending(s => s.OccurredOn).ThenByDescending(s => s.Id)
            .Select(s => new ActorStatementItem(s.Id, s.Slug, s.Title, s.Quote, s.Language, s.Platform, s.OccurredOn, s.DatePrecision))
            .ToListAsync(cancellationToken);
    }

    private static Task<List<ActorClaimItem>> ClaimsAsync(TrackerDbContext db, int actorId, TimelineCursor? after, CancellationToken cancellationToken)
    {
        var page = ListedEvents(db, actorId, i => i.EventKind == EventKind.Claim && (i.Claimed || i.TookPosition), after);
        return db.Claims.AsNoTracking()
            .Where(c => page.Contains(c.Id))
            .OrderByDescending(c => c.OccurredOn).ThenByDescending(c => c.Id)
            .Select(c => new ActorClaimItem(
                c.Id,
                c.Slug,
                c.Title,
                c.ClaimText,
                c.Verdict,
                c.OccurredOn,
                c.DatePrecision,
                c.Participants.Any(p => p.ActorId == actorId && p.Role == ParticipantRole.Claimant),
                c.Positions
                    .Where(p => p.ActorId == actorId)
                    .OrderBy(p => p.StatedOn).ThenBy(p => p.Id)
                    .Select(p => new ActorStanceItem(p.Stance, p.StatedOn, p.Note))
                    .ToList()))
            .ToListAsync(cancellationToken);
    }

    private sealed record MetWithRow(int Id, string Slug, string Name, int Talks, DateOnly LastMet, string LastPrecision);
}
