using System.Linq.Expressions;
using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Actors;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using NpgsqlTypes;

namespace CeasefireTracker.Web.Features.Timeline;

/// <param name="Actors">Everyone involved: the participants by role (parties and speakers first), then those who acted otherwise (responders, accusers, position takers, sides).</param>
public sealed record TimelineItem(
    long Id,
    string Slug,
    EventKind Kind,
    string Title,
    string? Summary,
    DateOnly OccurredOn,
    DatePrecision DatePrecision,
    string? Place,
    IReadOnlyList<ActorRef> Actors)
{
    /// <summary>When it happened: start, end, hours and zone (the start's date is <see cref="OccurredOn"/>).</summary>
    public EventWindow Window { get; init; } = new(OccurredOn, DatePrecision);

    /// <summary>Participants who spoke for a side (a head of delegation for their state).</summary>
    public IReadOnlyList<Representation> Representing { get; init; } = [];

    /// <summary>The title with the words the search matched marked; null when there is no search or no match in it.</summary>
    public IReadOnlyList<TextRun>? TitleHighlight { get; init; }

    public IReadOnlyList<TextRun>? SummaryHighlight { get; init; }
}

/// <summary>A participant who spoke for a side (Medinsky, head of delegation, for Russia).</summary>
public sealed record Representation(ActorRef Actor, ParticipantRole Role, ActorRef Side);

public sealed record TimelineResult(
    IReadOnlyList<TimelineItem> Items,
    TimelineCursor? Next,
    IReadOnlyList<ActorRef> SelectedActors,
    IReadOnlyList<string> UnknownActorSlugs)
{
    /// <summary>Actors whose name or alias is like the search text: the events they took part in are included.</summary>
    public IReadOnlyList<ActorRef> MatchedActors { get; init; } = [];

    /// <summary>
    /// How many events of each kind the filter finds, the kind filter aside (filled by <see cref="TimelineService.GetPageWithKindCountsAsync"/>);
    /// empty when <see cref="TooManyToCount"/>.
    /// </summary>
    public IReadOnlyDictionary<EventKind, int> KindCounts { get; init; } = new Dictionary<EventKind, int>();

    /// <summary>The search found more than <see cref="TimelineService.MaxCountedMatches"/> events, so they were not counted by kind.</summary>
    public bool TooManyToCount { get; init; }

    /// <summary>On the first page of a search, the few text matches that rank highest (ts_rank), newest first on ties.</summary>
    public IReadOnlyList<TimelineItem> BestMatches { get; init; } = [];
}

/// <summary>
/// Published events, newest first, filtered, searched and paged by keyset. A fixed number of queries whatever the
/// page shows: the actors named in the filter, the actors the search text names, the page with its actors, and
/// (for the page) the counts per kind and the best-ranked matches with theirs. One chosen actor's page (with
/// events) is a single statement that also names the actor (<see cref="ReadAsync"/>).
/// </summary>
public sealed class TimelineService(IDbContextFactory<TrackerDbContext> contexts)
{
    public const int DefaultPageSize = 50;

    /// <summary>
    /// The best matches are ranked among this many most recent text matches: ts_rank reads every vector it ranks,
    /// so ranking all matches of a common word in a million events would cost seconds; this bounds it.
    /// </summary>
    public const int RankedWindow = 200;

    public const int BestMatchCount = 3;

    /// <summary>
    /// A search's matches are counted by kind only up to this many: counting reads every match, and a word in most
    /// events (a million of them) took half a second to count where the page itself took five milliseconds.
    /// </summary>
    public const int MaxCountedMatches = 10_000;

    /// <summary>A short search like "a" would be word-similar to many names; a few best are enough to explain a result.</summary>
    private const int MaxMatchedActors = 10;

    public async Task<TimelineResult> GetPageAsync(TimelineFilter filter, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (scope, rows) = await ReadAsync(db, filter, pageSize, cancellationToken);
        return ToResult(scope, rows, pageSize);
    }

    /// <summary>The page as the timeline shows it: with the counts per kind for its filter and, when searching, the best matches.</summary>
    public async Task<TimelineResult> GetPageWithKindCountsAsync(TimelineFilter filter, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (scope, rows) = await ReadAsync(db, filter, pageSize, cancellationToken);

        var counts = await CountKindsAsync(db, filter, scope, cancellationToken);
        var tooMany = filter.Query is not null && counts.Values.Sum() > MaxCountedMatches;

        var best = filter.Query is { } q && filter.After is null
            ? await ReadBestMatchesAsync(db, filter, scope, q, cancellationToken)
            : [];
        return ToResult(scope, rows, pageSize) with
        {
            KindCounts = tooMany ? new Dictionary<EventKind, int>() : counts,
            TooManyToCount = tooMany,
            BestMatches = best.Select(ToItem).ToList(),
        };
    }

    /// <summary>
    /// How many events of each kind the filter finds without its kinds, so each checkbox says what ticking it would
    /// add. With no actor and no search text (the whole timeline, perhaps a date range) these are the per-day counts
    /// the triggers keep (migration ReadAggregates), summed over the range: a few thousand rows, not every published
    /// event. Otherwise one GROUP BY over the filter's own rows; a search's matches only up to one more than
    /// <see cref="MaxCountedMatches"/> (their sum then tells the caller there were too many to count).
    /// </summary>
    private static async Task<Dictionary<EventKind, int>> CountKindsAsync(TrackerDbContext db, TimelineFilter filter, Scope scope, CancellationToken cancellationToken)
    {
        if (filter.Query is null && scope.Selected.Count == 0)
        {
            var from = filter.From ?? DateOnly.MinValue;
            var to = filter.To ?? DateOnly.MaxValue;
            var rows = await db.Database.SqlQuery<KindRow>($"""
                SELECT kind, sum(events)::int AS events FROM published_day_counts WHERE day BETWEEN {from} AND {to} GROUP BY kind
                """).ToListAsync(cancellationToken);
            return rows.ToDictionary(r => Enum.Parse<EventKind>(r.Kind), r => r.Events);
        }

        var unkinded = filter with { Kinds = [], After = null };
        // Here either a search or chosen actors narrow the timeline.
        var kinds = filter.Query is not null ? Filter(db, unkinded, scope).Select(e => e.Kind).Take(MaxCountedMatches + 1)
            // One actor has one involvement per event; several may share events, counted once.
            : ActorRoles(filter, scope) is { Drivers.Count: 1 } one ? ActorRows(db, unkinded, one).Select(i => i.EventKind)
            : ActorRows(db, unkinded, ActorRoles(filter, scope)).Select(i => new { i.EventId, i.EventKind }).Distinct().Select(k => k.EventKind);
        return await kinds
            .GroupBy(kind => kind)
            .Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.Kind, c => c.Count, cancellationToken);
    }

    private sealed record KindRow(string Kind, int Events);

    private sealed record Scope(List<ActorRef> Selected, List<string> Unknown, List<ActorRef> Matched);

    /// <summary>
    /// The actors the filter names, and the page. One chosen actor and no search (a shared link to someone's timeline,
    /// their actor page's events, their feed) is one statement: the page is read by the actor's slug, and the actor
    /// comes back among each row's actors, which also shows them public (they acted in a published event). Only when
    /// that page is empty (an unknown slug, or nothing in the filter's kinds and dates) are the actors looked up apart.
    /// </summary>
    private static async Task<(Scope Scope, List<Row> Rows)> ReadAsync(TrackerDbContext db, TimelineFilter filter, int pageSize, CancellationToken cancellationToken)
    {
        if (filter is { Query: null, ActorSlugs: [var slug] })
        {
            var bySlug = await RowsOf(db, ActorPageIdsBySlug(db, filter, slug, pageSize + 1), q: null, pageSize).ToListAsync(cancellationToken);
            if (bySlug.SelectMany(r => r.Involved).FirstOrDefault(i => i.Slug == slug) is { } actor)
            {
                return (new Scope([new ActorRef(actor.Id, actor.Slug, actor.Name)], [], []), bySlug);
            }
        }

        var scope = await ResolveAsync(db, filter, cancellationToken);
        return (scope, await ReadRowsAsync(db, filter, scope, pageSize, cancellationToken));
    }

    private static async Task<Scope> ResolveAsync(TrackerDbContext db, TimelineFilter filter, CancellationToken cancellationToken)
    {
        var selected = await PublicActors.BySlugsAsync(db, filter.ActorSlugs, cancellationToken);
        var unknown = filter.ActorSlugs.Except(selected.Select(a => a.Slug)).ToList();
        var matched = filter.Query is { } q ? await MatchActorsAsync(db, q, cancellationToken) : [];
        return new Scope(selected, unknown, matched);
    }

    /// <summary>
    /// One row more than the page holds: it tells whether there is a next page. The page's ids come first, from
    /// the indexes alone (an index-only scan of the timeline index, probing participants by key), and only those
    /// rows are then read from the table: reading every candidate row to test the actor filter cost most of the time.
    /// </summary>
    private static Task<List<Row>> ReadRowsAsync(TrackerDbContext db, TimelineFilter filter, Scope scope, int pageSize, CancellationToken cancellationToken)
    {
        var pageIds = ReadsActorTimeline(filter, scope)
            ? ActorPageIds(db, filter, scope, pageSize + 1)
            : filter.Query is not null && scope.Matched.Count > 0
            // Text matches or events of the actors the text names: the newest page of each, then the newest of
            // both. Asked as one condition, PostgreSQL cannot tell how many events a word matches and walks the
            // whole timeline for a rare one (seconds at a million events); asked apart, it reads a rare word from
            // the GIN index and a common one in timeline order, and the actors' events from their index.
            ? Order(Filter(db, filter, scope, SearchPart.Text)).Select(e => e.Id).Take(pageSize + 1)
                .Union(Order(Filter(db, filter, scope, SearchPart.Actors)).Select(e => e.Id).Take(pageSize + 1))
            : Order(Filter(db, filter, scope)).Select(e => e.Id).Take(pageSize + 1);
        return RowsOf(db, pageIds, filter.Query, pageSize).ToListAsync(cancellationToken);
    }

    /// <summary>The rows of these ids with their actors, in timeline order; one more than a page.</summary>
    private static IQueryable<Row> RowsOf(TrackerDbContext db, IQueryable<long> pageIds, string? q, int pageSize) =>
        Project(Order(db.Events.AsNoTracking().Where(e => pageIds.Contains(e.Id))), q).Take(pageSize + 1);

    private static TimelineResult ToResult(Scope scope, List<Row> rows, int pageSize)
    {
        var page = rows.Take(pageSize).ToList();
        var next = rows.Count > pageSize ? new TimelineCursor(page[^1].OccurredOn, page[^1].Id) : null;
        return new TimelineResult(page.Select(ToItem).ToList(), next, scope.Selected, scope.Unknown)
        {
            MatchedActors = scope.Matched,
        };
    }

    /// <summary>
    /// The timeline itself stays newest first (that is what keyset paging and a timeline are about); ranking picks
    /// the few strongest text matches, a title hit above a quote hit, to show above it.
    /// </summary>
    private static Task<List<Row>> ReadBestMatchesAsync(TrackerDbContext db, TimelineFilter filter, Scope scope, string q, CancellationToken cancellationToken)
    {
        var recentMatches = Order(Filter(db, filter, scope with { Matched = [] })).Take(RankedWindow);
        var ranked = recentMatches
            .OrderByDescending(e => EF.Property<NpgsqlTsVector>(e, EventSearch.VectorProperty)
                .Rank(EF.Functions.WebSearchToTsQuery(EventSearch.Configuration, EventSearch.Unaccent(q))))
            .ThenByDescending(e => e.OccurredOn)
            .ThenByDescending(e => e.Id);
        return Project(ranked, q).Take(BestMatchCount).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Chosen actors and no search: the page is read from the actors' involvement rows (one per actor and event,
    /// whatever part they played), which carry their event's date, kind and status (copied by triggers) and are
    /// indexed per actor in timeline order. The first page is then a range scan of about a page of index entries,
    /// where the events-side plan joined every event of the kind and dates with every event of the actor (46,000 ×
    /// 25,000 entries for the most active one).
    /// </summary>
    private static bool ReadsActorTimeline(TimelineFilter filter, Scope scope) => filter.Query is null && scope.Selected.Count > 0;

    /// <summary>
    /// Any of the actors: the newest page of each actor, merged (a UNION, which also drops events two of them share);
    /// all of them: the first actor's entries, each checked for the others by the participants' key.
    /// </summary>
    private static IQueryable<long> ActorPageIds(TrackerDbContext db, TimelineFilter filter, Scope scope, int take)
    {
        var (drivers, others) = ActorRoles(filter, scope);
        // An actor has one involvement row per event, so the newest entries are the newest events: ORDER BY and LIMIT
        // on the index itself, and the scan stops after a page.
        return drivers
            .Select(actorId => ActorRows(db, filter, ([actorId], others))
                .OrderByDescending(i => i.EventOccurredOn).ThenByDescending(i => i.EventId)
                .Take(take)
                .Select(i => i.EventId))
            .Aggregate((merged, next) => merged.Union(next));
    }

    /// <summary>
    /// The newest page of one actor's entries, the actor named by slug: <c>actor_id = (SELECT id FROM actors WHERE
    /// slug = …)</c>, which PostgreSQL evaluates once and then reads the actor's index in timeline order, as for an id.
    /// </summary>
    private static IQueryable<long> ActorPageIdsBySlug(TrackerDbContext db, TimelineFilter filter, string slug, int take)
    {
        var actorId = db.Actors.Where(a => a.Slug == slug).Select(a => a.Id);
        var rows = db.EventInvolvements.AsNoTracking()
            .Where(i => i.EventStatus == EventStatus.Published && i.ActorId == actorId.FirstOrDefault());
        return Conditions.Window(rows, filter, Conditions.OfInvolvement)
            .OrderByDescending(i => i.EventOccurredOn).ThenByDescending(i => i.EventId)
            .Take(take)
            .Select(i => i.EventId);
    }

    /// <summary>The actors whose index entries are read, and those each entry is checked for (match all).</summary>
    private static (List<int> Drivers, List<int> Others) ActorRoles(TimelineFilter filter, Scope scope)
    {
        var actorIds = scope.Selected.Select(a => a.Id).ToList();
        return filter.Match == ActorMatch.All ? (actorIds[..1], actorIds[1..]) : (actorIds, []);
    }

    /// <summary>
    /// The involvement rows of the given actors (in published events that also involve each of the others) that pass
    /// the filter's kinds, dates and cursor. Several actors may share an event: callers take distinct events.
    /// </summary>
    private static IQueryable<EventInvolvement> ActorRows(TrackerDbContext db, TimelineFilter filter, (List<int> Drivers, List<int> Others) actors)
    {
        var drivers = actors.Drivers;
        var rows = db.EventInvolvements.AsNoTracking().Where(i => i.EventStatus == EventStatus.Published);
        // One actor as an equality, not "= ANY (list)": only then does PostgreSQL 15 read the index in timeline
        // order and stop after a page (with a list it sorts every entry of the actor first).
        rows = drivers is [var onlyActor]
            ? rows.Where(i => i.ActorId == onlyActor)
            : rows.Where(i => drivers.Contains(i.ActorId));
        return Conditions.InvolvingEach(db, Conditions.Window(rows, filter, Conditions.OfInvolvement), Conditions.OfInvolvement, actors.Others);
    }

    /// <summary>Which half of a search that also names actors a query takes.</summary>
    private enum SearchPart
    {
        Both,
        Text,
        Actors,
    }

    private static IQueryable<Event> Filter(TrackerDbContext db, TimelineFilter filter, Scope scope, SearchPart part = SearchPart.Both)
    {
        var events = db.Events.AsNoTracking().Where(e => e.Status == EventStatus.Published);

        var actorIds = scope.Selected.Select(a => a.Id).ToList();
        events = filter.Match == ActorMatch.All
            ? Conditions.InvolvingEach(db, events, Conditions.OfEvent, actorIds)
            : Conditions.InvolvingAny(db, events, Conditions.OfEvent, actorIds);
        events = Conditions.Window(events, filter, Conditions.OfEvent);

        if (filter.Query is { } q)
        {
            var matchedIds = scope.Matched.Select(a => a.Id).ToList();
            if (scope.Matched.Count == 0 || part == SearchPart.Text)
            {
                events = events.Where(MatchesText(q));
            }
            else if (part == SearchPart.Actors)
            {
                events = Conditions.InvolvingAny(db, events, Conditions.OfEvent, matchedIds);
            }
            else
            {
                // Text matches or events of the actors the text names. Written as id IN (… UNION …) rather than
                // "@@ OR EXISTS": PostgreSQL can then answer each half from its own index (GIN on search_vector,
                // participants by actor) instead of testing every event of the timeline against both.
                var textMatches = db.Events.Where(e => e.Status == EventStatus.Published).Where(MatchesText(q)).Select(e => e.Id);
                var actorEvents = db.EventInvolvements.Where(i => matchedIds.Contains(i.ActorId)).Select(i => i.EventId);
                var found = textMatches.Union(actorEvents);
                events = events.Where(e => found.Contains(e.Id));
            }
        }

        return events;
    }

    /// <summary>
    /// The filter's conditions written once, for any rows that carry an event's kind, date and id: the events
    /// themselves (the search, the counts) and the actors' involvement rows, which copy those three columns so a
    /// chosen actor's page is read from their index alone. <see cref="Columns{T}"/> says where each column is.
    /// </summary>
    private static class Conditions
    {
        public static readonly Columns<Event> OfEvent = new(e => e.Kind, e => e.OccurredOn, e => e.Id, e => ValueTuple.Create(e.OccurredOn, e.Id));

        public static readonly Columns<EventInvolvement> OfInvolvement =
            new(i => i.EventKind, i => i.EventOccurredOn, i => i.EventId, i => ValueTuple.Create(i.EventOccurredOn, i.EventId));

        /// <summary>The kinds, the dates and the page position of <paramref name="filter"/>.</summary>
        public static IQueryable<T> Window<T>(IQueryable<T> rows, TimelineFilter filter, Columns<T> columns)
        {
            if (filter.Kinds is [var onlyKind])
            {
                // An equality, not "= ANY (list)": PostgreSQL then reads the kind's timeline index in timeline order
                // and stops after a page, where a list of kinds cannot be read in order.
                rows = Where(rows, columns.Kind, kind => kind == onlyKind);
            }
            else if (filter.Kinds.Count > 0)
            {
                var kinds = filter.Kinds.ToList();
                rows = Where(rows, columns.Kind, kind => kinds.Contains(kind));
            }

            if (filter.From is { } from) rows = Where(rows, columns.Date, date => date >= from);
            if (filter.To is { } to) rows = Where(rows, columns.Date, date => date <= to);
            if (filter.After is { } after)
            {
                // A row-value comparison, (occurred_on, id) < (@date, @id), which PostgreSQL answers from the index.
                rows = Where(rows, columns.Position, position => EF.Functions.LessThan(position, ValueTuple.Create(after.OccurredOn, after.Id)));
            }

            return rows;
        }

        /// <summary>Rows of events that involve every one of the actors: one semi-join per actor, each answered from the involvements' key (event_id, actor_id).</summary>
        public static IQueryable<T> InvolvingEach<T>(TrackerDbContext db, IQueryable<T> rows, Columns<T> columns, IEnumerable<int> actorIds)
        {
            foreach (var actorId in actorIds)
            {
                rows = Where(rows, columns.EventId, id => db.EventInvolvements.Any(i => i.EventId == id && i.ActorId == actorId));
            }

            return rows;
        }

        /// <summary>Rows of events that involve any of the actors; all rows when there are none.</summary>
        public static IQueryable<T> InvolvingAny<T>(TrackerDbContext db, IQueryable<T> rows, Columns<T> columns, List<int> actorIds) =>
            actorIds.Count == 0 ? rows : Where(rows, columns.EventId, id => db.EventInvolvements.Any(i => i.EventId == id && actorIds.Contains(i.ActorId)));

        /// <summary>A condition on one column, applied to the rows where that column is (the lambda's parameter replaced by the column).</summary>
        private static IQueryable<T> Where<T, TColumn>(IQueryable<T> rows, Expression<Func<T, TColumn>> column, Expression<Func<TColumn, bool>> test) =>
            rows.Where(Expression.Lambda<Func<T, bool>>(
                ReplacingExpressionVisitor.Replace(test.Parameters[0], column.Body, test.Body), column.Parameters));
    }

    /// <summary>Where a row keeps its event's kind, date, id and timeline position.</summary>
    private sealed record Columns<T>(
        Expression<Func<T, EventKind>> Kind,
        Expression<Func<T, DateOnly>> Date,
        Expression<Func<T, long>> EventId,
        Expression<Func<T, ValueTuple<DateOnly, long>>> Position);

    private static IOrderedQueryable<Event> Order(IQueryable<Event> events) =>
        events.OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.Id);

    /// <summary>The search text as PostgreSQL reads a search box: words, "quoted phrases", or, -not; never a syntax error.</summary>
    private static Expression<Func<Event, bool>> MatchesText(string q) =>
        e => EF.Property<NpgsqlTsVector>(e, EventSearch.VectorProperty)
            .Matches(EF.Functions.WebSearchToTsQuery(EventSearch.Configuration, EventSearch.Unaccent(q)));

    private sealed record Row(
        long Id, string Slug, EventKind Kind, string Title, string? Summary, DateOnly OccurredOn, DatePrecision DatePrecision,
        DateTimeOffset? StartsAt, DateOnly? EndsOn, DatePrecision? EndPrecision, DateTimeOffset? EndsAt, string? TimeZone,
        string? Place, string? TitleHeadline, string? SummaryHeadline, List<Involved> Involved);

    /// <summary>
    /// One actor involved in the event, with their role when they are a participant and the id of the side they spoke
    /// for: that side is involved too, so its name comes from the same list.
    /// </summary>
    private sealed record Involved(ParticipantRole? Role, int Id, string Slug, string Name, int? SideId);

    /// <summary>
    /// The rows with their actors in the same statement (a join EF splits back into one list per row): a round
    /// trip fewer than loading the page's actors afterwards, which on a busy server is most of a page's time. Everyone
    /// involved comes from the involvements, which carry each participant's role and side.
    /// </summary>
    private static IQueryable<Row> Project(IQueryable<Event> events, string? q) =>
        // ts_headline only runs for the rows a page returns, and only when there is a search.
        events.Select(e => new Row(e.Id, e.Slug, e.Kind, e.Title, e.Summary, e.OccurredOn, e.DatePrecision,
            e.StartsAt, e.EndsOn, e.EndPrecision, e.EndsAt, e.TimeZone, e.Place,
            q == null ? null : EF.Functions.WebSearchToTsQuery(EventSearch.Configuration, EventSearch.Unaccent(q))
                .GetResultHeadline(EventSearch.HeadlineConfiguration, e.Title, SearchHighlight.HeadlineOptions),
            q == null || e.Summary == null ? null : EF.Functions.WebSearchToTsQuery(EventSearch.Configuration, EventSearch.Unaccent(q))
                .GetResultHeadline(EventSearch.HeadlineConfiguration, e.Summary, SearchHighlight.HeadlineOptions),
            e.Involvements.Select(i => new Involved(i.ParticipantRole, i.Actor.Id, i.Actor.Slug, i.Actor.Name, i.RepresentsId)).ToList()));

    /// <summary>Parties and speakers first (each actor once, in their first role), then the others who acted.</summary>
    private static TimelineItem ToItem(Row r)
    {
        var actors = r.Involved
            .OrderBy(i => i.Role is null).ThenBy(i => i.Role)
            .ThenBy(i => i.Name, NameOrder.Comparer)
            .DistinctBy(i => i.Id)
            .Select(i => new ActorRef(i.Id, i.Slug, i.Name))
            .ToList();
        return new(r.Id, r.Slug, r.Kind, r.Title, r.Summary, r.OccurredOn, r.DatePrecision, r.Place, actors)
        {
            Window = new EventWindow(r.OccurredOn, r.DatePrecision, r.StartsAt, r.EndsOn, r.EndPrecision, r.EndsAt, r.TimeZone),
            Representing =
            [
                .. r.Involved
                    .Where(i => i is { Role: not null, SideId: not null })
                    .OrderBy(i => i.Name, NameOrder.Comparer)
                    .Select(i => new Representation(new ActorRef(i.Id, i.Slug, i.Name), i.Role!.Value, actors.First(a => a.Id == i.SideId))),
            ],
            TitleHighlight = SearchHighlight.Parse(r.TitleHeadline),
            SummaryHighlight = SearchHighlight.Parse(r.SummaryHeadline),
        };
    }

    /// <summary>
    /// Actors with a name or alias like the search (<see cref="ActorNames"/>), so "Zelenskiy", "zelensky" and
    /// "Зеленський" all find Volodymyr Zelensky.
    /// </summary>
    private static async Task<List<ActorRef>> MatchActorsAsync(TrackerDbContext db, string q, CancellationToken cancellationToken)
    {
        if (ActorNames.Needle(q) is not { } needle) return [];
        var matched = ActorNames.MatchingIds(db, needle);
        return await PublicActors.Of(db).AsNoTracking()
            .Where(a => matched.Contains(a.Id))
            .OrderBy(a => a.Name)
            .Take(MaxMatchedActors)
            .Select(a => new ActorRef(a.Id, a.Slug, a.Name))
            .ToListAsync(cancellationToken);
    }
}
