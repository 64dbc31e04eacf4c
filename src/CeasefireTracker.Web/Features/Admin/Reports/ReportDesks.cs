using System.Collections.Concurrent;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Admin.Actors;
using CeasefireTracker.Web.Features.Admin.Events;
using CeasefireTracker.Web.Features.Reports;
using Microsoft.Extensions.Caching.Memory;

namespace CeasefireTracker.Web.Features.Admin.Reports;

/// <summary>
/// One pasted report an editor is working through: what the suggester read, the actors the editor added or chose for
/// its new names, the drafts discarded, and the events saved from its drafts (so a later draft links to them).
/// </summary>
public sealed class ReportDesk(string key, string userId, ReportSuggestions suggestions)
{
    public string Key { get; } = key;
    internal string UserId { get; } = userId;
    public ReportSuggestions Suggestions { get; } = suggestions;

    /// <summary>The report's new names, each with the actor the editor added for it or said it is.</summary>
    public ConcurrentDictionary<string, ActorChoice> Actors { get; } = new(StringComparer.OrdinalIgnoreCase);

    public ConcurrentDictionary<int, bool> Discarded { get; } = new();

    /// <summary>By suggestion: the event the editor saved from it (accepted, or merged into).</summary>
    public ConcurrentDictionary<int, EventChoice> Saved { get; } = new();

    public EventSuggestion? Suggestion(int index) => Suggestions.Events.ElementAtOrDefault(index);

    /// <summary>The event a suggestion is already: saved from this desk, or found in the store by the suggester.</summary>
    public EventChoice? Logged(int index) =>
        Saved.TryGetValue(index, out var saved) ? saved
        : Suggestion(index)?.Existing is { } e ? new EventChoice(e.Id, e.Title, e.OccurredOn)
        : null;
}

/// <summary>
/// Keeps each editor's report desks on the server for a few hours, so the report page can hand a draft to the event
/// forms by a key in their address rather than the draft itself, and the editor can come back to the list after each
/// save. In this process's memory: a Blazor circuit and the page loads that lead to it stay on one instance (the
/// deployment's proxy is sticky), so a second instance never needs another's desks. A key is good only for the
/// editor who made it.
/// </summary>
public sealed class ReportDesks(IMemoryCache cache)
{
    /// <summary>A working session with a report; each use starts the time again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(4);

    public ReportDesk Open(EditorSession editor, ReportSuggestions suggestions)
    {
        ArgumentNullException.ThrowIfNull(editor);
        var desk = new ReportDesk(Guid.NewGuid().ToString("N"), editor.UserId, suggestions);
        cache.Set(CacheKey(desk.Key), desk, new MemoryCacheEntryOptions { SlidingExpiration = Lifetime, Size = 1 });
        return desk;
    }

    /// <summary>The editor's desk by its key; null when it expired, never existed, or is another editor's.</summary>
    public ReportDesk? Find(EditorSession editor, string? key)
    {
        ArgumentNullException.ThrowIfNull(editor);
        if (string.IsNullOrEmpty(key) || key.Length != 32) return null;
        return cache.TryGetValue(CacheKey(key), out ReportDesk? desk) && desk!.UserId == editor.UserId ? desk : null;
    }

    private static string CacheKey(string key) => "report-desk:" + key;
}
