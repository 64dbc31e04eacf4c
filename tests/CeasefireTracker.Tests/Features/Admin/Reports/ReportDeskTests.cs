using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Admin.Actors;
using CeasefireTracker.Web.Features.Admin.Events;
using CeasefireTracker.Web.Features.Admin.Reports;
using CeasefireTracker.Web.Features.Reports;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;

namespace CeasefireTracker.Tests.Features.Admin.Reports;

/// <summary>
/// The "From a report" desk against a real database: a pasted report read into drafts, accepted into a new event,
/// merged into one already logged, discarded; every save's history says which report it came from.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class ReportDeskTests(TestDatabase database) : DatabaseTest(database)
{
    private static readonly CancellationToken Cancel = TestContext.Current.CancellationToken;
    private static readonly EditorSession Anna = new("user-anna", "Anna Editor", isAdmin: false);
    private static readonly EditorSession Ben = new("user-ben", "Ben Editor", isAdmin: false);
    private const string Url = "https://example.org/invented-desk";
    private const string Reason = "From report Invented Wire, 2025-05-20: " + Url;

    // INVENTED: a short report written for these tests; it reports nothing real.
    private const string Text =
        "US envoy Steve Witkoff met Vladimir Putin in Moscow on Monday for about three hours, with Turkey acting as mediator. " +
        "The Russian delegation was headed by presidential aide Borys Testenko. " +
        "Kremlin spokesman Dmitry Peskov said on Tuesday that the talks had been “useful”.";

    private Actor witkoff = null!, putin = null!, peskov = null!, us = null!, russia = null!, kremlin = null!;

    private readonly ReportDesks desks = new(new MemoryCache(new MemoryCacheOptions()));

    private ReportDeskService Desk => new(
        new ReportSuggester(Database.CreateFactory()),
        new ActorPickerService(Database.CreateFactory(),
            new ActorAdminService(Database.CreateFactory(), TimeProvider.System, NullLogger<ActorAdminService>.Instance), NullLogger<ActorPickerService>.Instance),
        desks, Database.CreateFactory(), TimeProvider.System);

    private EventEditorService Editor => new(Database.CreateFactory(), TimeProvider.System, NullLogger<EventEditorService>.Instance);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        (witkoff, putin, peskov) = (TestData.Actor("steve-witkoff"), TestData.Actor("vladimir-putin"), TestData.Actor("dmitry-peskov"));
        (us, russia, kremlin) = (TestData.Actor("united-states", ActorKind.State), TestData.Actor("russia", ActorKind.State), TestData.Actor("kremlin", ActorKind.GovernmentBody));
        await using var db = Database.CreateContext();
        db.Actors.AddRange(witkoff, putin, peskov, us, russia, kremlin);
        // A name like the report's new one (invented too): the desk must offer it before a new actor is added.
        db.Actors.Add(new Actor { Slug = "borys-testenkov", Name = "Borys Testenkov", Kind = ActorKind.Person });
        await db.SaveChangesAsync(Cancel);
    }

    private async Task<ReportDesk> ReadAsync(EditorSession editor)
    {
        var read = await Desk.ReadAsync(editor, new ReportInput { Text = Text, Publisher = "Invented Wire", Url = Url, PublishedOn = new DateOnly(2025, 5, 20) }, Cancel);
        Assert.Empty(read.Errors);
        return read.Desk!;
    }

    private static EventSuggestion Talks(ReportDesk desk) => desk.Suggestions.Events.Single(e => e.Kind == EventKind.Talks);

    [Fact]
    public async Task A_report_with_bad_fields_opens_no_desk_and_says_what_is_wrong_with_each()
    {
        var read = await Desk.ReadAsync(Anna, new ReportInput { Text = " ", Publisher = "", Url = "example.org/report", PublishedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2) }, Cancel);

        Assert.Null(read.Desk);
        Assert.Equal(["PublishedOn", "Publisher", "Text", "Url"], read.Errors.Keys.Order());
        Assert.Contains("future", read.Errors["PublishedOn"][0]);
    }

    [Fact]
    public async Task An_accepted_draft_is_the_new_event_form_prefilled_and_its_saved_revision_says_from_which_report()
    {
        var desk = await ReadAsync(Anna);
        var talks = Talks(desk);
        Assert.Contains(desk.Suggestions.NewActors, a => a.Name == "Turkey");
        var testenko = Assert.Single(desk.Suggestions.NewActors, a => a.Name == "Borys Testenko");
        var near = await Desk.NearMatchesAsync(Anna, desk, Cancel);
        var stored = Assert.Single(near[testenko.Name]);
        Assert.Equal("Borys Testenkov", stored.Name);
        ReportDeskService.ChooseActor(Anna, desk, testenko.Name, stored.Choice);

        var prefilled = Desk.Accept(Anna, desk.Key, talks.Index)!;

        var draft = prefilled.Draft;
        Assert.Equal(Reason, prefilled.Reason);
        Assert.Equal((EventKind.Talks, new DateOnly(2025, 5, 19), "Moscow"), (draft.Kind, draft.OccurredOn!.Value, draft.Place));
        Assert.Equal((180, DurationQualifier.About), (draft.Talks!.DurationMinutes, draft.Talks.DurationQualifier));
        Assert.Contains(draft.Participants, p => p.Actor!.Name == "Borys Testenkov" && p.Role == ParticipantRole.HeadOfDelegation && p.Represents!.Id == russia.Id);
        // Turkey is still a new name: no draft names it until the editor adds it.
        Assert.DoesNotContain(draft.Participants, p => p.Actor!.Name.Contains("Turkey", StringComparison.Ordinal));
        var source = Assert.Single(draft.Sources);
        Assert.Equal(("Invented Wire", Url), (source.Publisher, source.Url));
        Assert.StartsWith("US envoy Steve Witkoff met Vladimir Putin", source.Excerpt);

        var created = await Editor.CreateAsync(Anna, draft, prefilled.Reason, Cancel);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        await Desk.RecordSavedAsync(Anna, desk.Key, talks.Index, created.EventId, Cancel);

        var history = await new EventHistoryService(Database.CreateFactory()).LoadAsync(Anna, created.EventId, Cancel);
        Assert.Equal(Reason, Assert.Single(history!.Revisions).Reason);
        Assert.Equal(created.EventId, desk.Logged(talks.Index)!.Id);
    }

    [Fact]
    public void A_draft_links_to_the_suggestions_that_are_events_already_and_to_no_other()
    {
        var report = new NewsReport("Invented.", new DateOnly(2025, 5, 20), "Invented Wire", Url);
        var talks = new EventSuggestion { Index = 0, Kind = EventKind.Talks, Title = "Talks" };
        var claim = new EventSuggestion { Index = 1, Kind = EventKind.Claim, Title = "Claim" };
        var denial = new EventSuggestion { Index = 2, Kind = EventKind.Statement, Title = "Denial" };
        denial.Links.Add(new SuggestionLink(1, "responds to"));
        denial.Links.Add(new SuggestionLink(0, "about"));
        var desk = desks.Open(Anna, new ReportSuggestions(report, [], [talks, claim, denial], []));

        Assert.Empty(Desk.Accept(Anna, desk.Key, 2)!.Draft.Links);

        desk.Saved[1] = new EventChoice(41, "The claim", new DateOnly(2025, 5, 18));
        var link = Assert.Single(Desk.Accept(Anna, desk.Key, 2)!.Draft.Links);
        Assert.Equal((41L, "responds to"), (link.Event!.Id, link.Relation));
    }

    [Fact]
    public async Task Merging_adds_what_the_report_has_to_the_event_already_logged_and_the_history_says_from_which_report()
    {
        // The event as logged before from another report: the same meeting and principals, no place, no duration.
        var principals = Talks(await ReadAsync(Anna)).Participants.Where(p => p.Actor.Id is not null).ToList();
        var stored = EventDraft.New(EventKind.Talks);
        stored.Title = "Witkoff and Putin meet";
        stored.OccurredOn = new DateOnly(2025, 5, 19);
        stored.Participants = [.. principals.Select(p => new ParticipantDraft { Actor = new(p.Actor.Id!.Value, p.Actor.Name), Role = p.Role })];
        stored.Sources = [new() { Publisher = "Earlier Wire", Url = "https://example.org/earlier", PublishedOn = new DateOnly(2025, 5, 19) }];
        var created = await Editor.CreateAsync(Anna, stored, null, Cancel);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));

        var desk = await ReadAsync(Anna);
        var talks = Talks(desk);
        Assert.Equal(created.EventId, talks.Existing?.Id);
        await using (var db = Database.CreateContext())
        {
            var testenko = new Actor { Slug = "borys-testenko", Name = "Borys Testenko", Kind = ActorKind.Person };
            db.Actors.Add(testenko);
            await db.SaveChangesAsync(Cancel);
            ReportDeskService.ChooseActor(Anna, desk, "Borys Testenko", new(testenko.Id, testenko.Name));
        }

        var loaded = (await Editor.LoadAsync(Anna, created.EventId, Cancel))!;

        var merged = Desk.Merge(Anna, desk.Key, talks.Index, loaded.Draft)!;

        Assert.Equal(["https://example.org/earlier", Url], merged.Draft.Sources.Select(s => s.Url));
        Assert.Equal("Witkoff and Putin meet", merged.Draft.Title);
        Assert.Equal(principals.Count + 1, merged.Draft.Participants.Count);
        Assert.Contains(merged.Draft.Participants, p => p.Actor!.Name == "Borys Testenko" && p.Role == ParticipantRole.HeadOfDelegation);
        Assert.Equal(("Moscow", 180), (merged.Draft.Place, merged.Draft.Talks!.DurationMinutes));
        Assert.Null(loaded.Draft.Place);
        var saved = await Editor.SaveAsync(Ben, created.EventId, loaded.Version, loaded.Draft, merged.Draft, loaded.Status, merged.Reason, null, Cancel);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));

        var history = await new EventHistoryService(Database.CreateFactory()).LoadAsync(Ben, created.EventId, Cancel);
        Assert.Equal(Reason, history!.Revisions.OrderByDescending(r => r.Number).First().Reason);
    }

    [Fact]
    public async Task A_discarded_draft_leaves_the_list_and_a_desk_is_only_its_editors()
    {
        var desk = await ReadAsync(Anna);
        var talks = Talks(desk);

        ReportDeskService.Discard(Anna, desk, talks.Index);

        Assert.True(desk.Discarded.ContainsKey(talks.Index));
        Assert.Same(desk, Desk.Find(Anna, desk.Key));
        Assert.Null(Desk.Find(Ben, desk.Key));
        Assert.Null(Desk.Accept(Ben, desk.Key, talks.Index));
        Assert.Null(Desk.Accept(Anna, "not-a-key", talks.Index));
    }
}
