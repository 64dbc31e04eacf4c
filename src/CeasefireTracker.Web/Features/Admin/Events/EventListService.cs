using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace CeasefireTracker.Web.Features.Admin.Events;

public sealed record AdminEventRow(
    long Id, string Slug, string Title, EventKind Kind, EventStatus Status, DateOnly OccurredOn, DateTimeOffset UpdatedAt, string? UpdatedBy, int SourceCount);

/// <summary>What the admin event list can be ordered by.</summary>
public enum AdminEventOrder
{
    UpdatedAt,
    Title,
    OccurredOn,
}

/// <param name="Page">Counted from 1; a page past the end shows the last one.</param>
public sealed record AdminEventFilter(
    EventStatus? Status, EventKind? Kind, string? Title, int Page, int PageSize = EventListService.PageSize,
    AdminEventOrder Order = AdminEventOrder.UpdatedAt, bool Descending = true);

public sealed record AdminEventPage(IReadOnlyList<AdminEventRow> Rows, int Total, int Page, int PageCount);

/// <summary>Every event whatever its status, for editors (each read takes their session): filtered, ordered (newest change first unless asked), a page at a time.</summary>
public sealed class EventListService(IDbContextFactory<TrackerDbContext> contexts)
{
    public const int PageSize = 50;

    public async Task<AdminEventPage> ListAsync(EditorSession editor, AdminEventFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(editor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var events = db.Events.AsNoTracking();
        if (filter.Status is { } status) events = events.Where(e => e.Status == status);
        if (filter.Kind is { } kind) events = events.Where(e => e.Kind == kind);
        if (SearchText.ContainsPattern(filter.Title) is { } pattern)
        {
            events = events.Where(e => EF.Functions.Like(EventSearch.Unaccent(EventSearch.Lower(e.Title)), EventSearch.Unaccent(pattern)));
        }

        var total = await events.CountAsync(cancellationToken);
        var size = Math.Clamp(filter.PageSize, 1, 200);
        var pageCount = Math.Max(1, (total + size - 1) / size);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await Ordered(events, filter.Order, filter.Descending)
            .Skip((page - 1) * size).Take(size)
            .Select(e => new AdminEventRow(e.Id, e.Slug, e.Title, e.Kind, e.Status, e.OccurredOn, e.UpdatedAt, e.UpdatedBy, e.Sources.Count))
            .ToListAsync(cancellationToken);
        return new AdminEventPage(rows, total, page, pageCount);
    }

    private static IOrderedQueryable<Event> Ordered(IQueryable<Event> events, AdminEventOrder order, bool descending) => (order, descending) switch
    {
        (AdminEventOrder.Title, false) => events.OrderBy(e => e.Title).ThenBy(e => e.Id),
        (AdminEventOrder.Title, true) => events.OrderByDescending(e => e.Title).ThenByDescending(e => e.Id),
        (AdminEventOrder.OccurredOn, false) => events.OrderBy(e => e.OccurredOn).ThenBy(e => e.Id),
        (AdminEventOrder.OccurredOn, true) => events.OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.Id),
        (_, false) => events.OrderBy(e => e.UpdatedAt).ThenBy(e => e.Id),
        _ => events.OrderByDescending(e => e.UpdatedAt).ThenByDescending(e => e.Id),
    };

    /// <summary>
    /// Events for the related-events picker, found by words anywhere in the title or summary ("Istanbul talks" finds
    /// "Talks in Istanbul"), or by a piece of the title while a word is still being typed; newest first, never the
    /// event being edited, never an archived one; only events of <paramref name="kind"/> when one is given (a
    /// counter-proposal or an extension is another ceasefire proposal).
    /// </summary>
    public async Task<IReadOnlyList<EventChoice>> SearchAsync(EditorSession editor, string? text, long? except, EventKind? kind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(editor);
        if (SearchText.ContainsPattern(text) is not { } pattern) return [];
        var words = SearchText.Cut(text!.Trim());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Events.AsNoTracking()
            .Where(e => e.Id != except && e.Status != EventStatus.Archived && (kind == null || e.Kind == kind)
                && (EF.Property<NpgsqlTsVector>(e, EventSearch.VectorProperty)
                        .Matches(EF.Functions.WebSearchToTsQuery(EventSearch.Configuration, EventSearch.Unaccent(words)))
                    || EF.Functions.Like(EventSearch.Unaccent(EventSearch.Lower(e.Title)), EventSearch.Unaccent(pattern))))
            .OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.Id)
            .Take(8)
            .Select(e => new EventChoice(e.Id, e.Title, e.OccurredOn))
            .ToListAsync(cancellationToken);
    }
}
