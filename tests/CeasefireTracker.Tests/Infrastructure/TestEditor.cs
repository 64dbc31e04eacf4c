using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Admin.Events;
using Microsoft.Extensions.DependencyInjection;

namespace CeasefireTracker.Tests.Infrastructure;

/// <summary>An editor's save through the hosted app's own EventEditorService, as the edit page makes it.</summary>
public static class TestEditor
{
    public static readonly EditorSession Session = new("user-1", "Editor", isAdmin: false);

    /// <summary>Saves the event as it is (with a new title when given) and moves it to <paramref name="status"/>.</summary>
    public static async Task SaveAsync(IServiceProvider app, long id, EventStatus status, string? title = null)
    {
        var cancel = Cancel;
        await using var scope = app.CreateAsyncScope();
        var events = scope.ServiceProvider.GetRequiredService<EventEditorService>();
        var loaded = (await events.LoadAsync(Session, id, cancel))!;
        if (title is not null) loaded.Draft.Title = title;
        var saved = await events.SaveAsync(Session, id, loaded.Version, loaded.Draft, status, reason: null, cancel);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.SelectMany(e => e.Value)));
    }
}
