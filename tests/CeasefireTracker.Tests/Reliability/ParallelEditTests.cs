using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Admin.Actors;
using CeasefireTracker.Web.Features.Admin.Events;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Tests.Reliability;

/// <summary>Twenty editors save the same version of one event at the same moment: one wins, nobody is overwritten.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class ParallelEditTests(TestDatabase database) : DatabaseTest(database)
{
    private const int Editors = 20;
    [Fact]
    public async Task Twenty_parallel_edits_of_one_event_give_one_winner_and_nineteen_conflicts()
    {
        var service = Get<EventEditorService>();
        var loaded = await CreateEventAsync(service);

        // Every editor holds the same loaded version and changes the place to a value of their own.
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var saves = Enumerable.Range(1, Editors).Select(async n =>
        {
            var draft = (await service.LoadAsync(new EditorSession("user-0", "Creator", isAdmin: false), loaded.Id, Cancel))!.Draft;
            draft.Place = $"Place of editor {n}";
            await start.Task;
            return (Editor: n, Result: await service.SaveAsync(
                new EditorSession($"user-{n}", $"Editor {n}", isAdmin: false), loaded.Id, loaded.Version, draft, EventStatus.Draft, null, Cancel));
        }).ToList();
        start.SetResult();
        var results = await Task.WhenAll(saves);

        var winner = Assert.Single(results, r => r.Result.Succeeded);
        Assert.All(results.Where(r => r != winner), r =>
        {
            Assert.True(r.Result.Conflict is not null, string.Join("; ", r.Result.Errors.SelectMany(e => e.Value.Select(v => $"{e.Key}: {v}"))));
            Assert.Equal($"Editor {winner.Editor}", r.Result.Conflict.ChangedBy);
            Assert.Contains(r.Result.Conflict.Changes, c => c.Field == "Place" && c.After == $"Place of editor {r.Editor}");
        });

        await using var db = Database.CreateContext();
        var stored = await db.Events.SingleAsync(Cancel);
        Assert.Equal($"Place of editor {winner.Editor}", stored.Place);
        var revisions = await db.EventRevisions.Where(r => r.EventId == loaded.Id).OrderBy(r => r.Number).ToListAsync(Cancel);
        // The creation, and exactly one revision per successful write.
        Assert.Equal([1, 2], revisions.Select(r => r.Number));
        Assert.Equal($"user-{winner.Editor}", revisions[1].UserId);
    }

    private async Task<EditableEvent> CreateEventAsync(EventEditorService service)
    {
        var (witkoff, putin) = (TestData.Actor("steve-witkoff"), TestData.Actor("vladimir-putin"));
        await using (var db = Database.CreateContext())
        {
            db.Actors.AddRange(witkoff, putin);
            await db.SaveChangesAsync(Cancel);
        }

        var draft = EventDraft.New(EventKind.Talks);
        draft.Title = "Witkoff meets Putin";
        draft.Summary = "Talks in Saint Petersburg.";
        draft.OccurredOn = new DateOnly(2025, 4, 11);
        draft.Participants =
        [
            new() { Actor = new ActorChoice(witkoff.Id, witkoff.Name), Role = ParticipantRole.Party },
            new() { Actor = new ActorChoice(putin.Id, putin.Name), Role = ParticipantRole.Party },
        ];
        draft.Talks = new TalksDraft { Format = TalksFormat.InPerson };
        var created = await service.CreateAsync(new EditorSession("user-0", "Creator", isAdmin: false), draft, null, Cancel);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.SelectMany(e => e.Value)));
        return (await service.LoadAsync(new EditorSession("user-0", "Creator", isAdmin: false), created.EventId, Cancel))!;
    }
}
