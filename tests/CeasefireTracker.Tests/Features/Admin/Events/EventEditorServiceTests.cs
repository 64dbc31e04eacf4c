using System.Text.Json;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Admin.Actors;
using CeasefireTracker.Web.Features.Admin.Events;
using CeasefireTracker.Web.Features.DemoData;
using CeasefireTracker.Web.Features.Events;
using CeasefireTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CeasefireTracker.Tests.Features.Admin.Events;

[Collection(DatabaseCollection.Name)]
public sealed class EventEditorServiceTests(TestDatabase database) : DatabaseTest(database)
{
    private static readonly EditorSession Anna = new("user-anna", "Anna Editor", isAdmin: false);
    private static readonly EditorSession Ben = new("user-ben", "Ben Editor", isAdmin: false);
    private static readonly DateOnly Day = new(2025, 4, 11);

    private Actor witkoff = null!, putin = null!, ukraine = null!, russia = null!, us = null!;

    private EventEditorService Service => Get<EventEditorService>();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        (witkoff, putin) = (TestData.Actor("steve-witkoff"), TestData.Actor("vladimir-putin"));
        (ukraine, russia, us) = (TestData.Actor("ukraine", ActorKind.State), TestData.Actor("russia", ActorKind.State), TestData.Actor("united-states", ActorKind.State));
        await using var db = Database.CreateContext();
        db.Actors.AddRange(witkoff, putin, ukraine, russia, us);
        await db.SaveChangesAsync(Cancel);
    }

    private static ActorChoice C(Actor a) => new(a.Id, a.Name);

    private EventDraft Meeting(string title = "Witkoff meets Putin in Saint Petersburg")
    {
        var draft = EventDraft.New(EventKind.Talks);
        draft.Title = title;
        draft.Summary = "Four and a half hours of talks.";
        draft.OccurredOn = Day;
        draft.Place = "Saint Petersburg";
        draft.Participants = [new() { Actor = C(witkoff), Role = ParticipantRole.Party }, new() { Actor = C(putin), Role = ParticipantRole.Party }];
        draft.Sources = [new() { Publisher = "News Central", Url = "https://example.org/report", PublishedOn = Day }];
        draft.Talks = new TalksDraft { Format = TalksFormat.InPerson, DurationMinutes = 270, Round = "Third meeting", Outcome = "No agreement" };
        return draft;
    }

    private async Task<EditableEvent> CreateAsync(EventDraft draft)
    {
        var created = await Service.CreateAsync(Anna, draft, "From the morning report", Cancel);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        return (await Service.LoadAsync(Anna, created.EventId, Cancel))!;
    }

    private async Task<List<EventRevision>> RevisionsAsync(long id)
    {
        await using var db = Database.CreateContext();
        return await db.EventRevisions.Where(r => r.EventId == id).OrderBy(r => r.Number).ToListAsync(Cancel);
    }

    [Fact]
    public async Task Creates_talks_as_a_draft_with_a_slug_and_a_first_revision_naming_the_editor()
    {
        var loaded = await CreateAsync(Meeting());
        var second = await CreateAsync(Meeting());

        Assert.Equal("witkoff-meets-putin-in-saint-petersburg", loaded.Slug);
        Assert.Equal("witkoff-meets-putin-in-saint-petersburg-2", second.Slug);
        Assert.Equal(EventStatus.Draft, loaded.Status);
        Assert.Equal("Anna Editor", loaded.UpdatedBy);
        Assert.Equal(270, loaded.Draft.Talks!.DurationMinutes);
        Assert.Equal(["Steve Witkoff", "Vladimir Putin"], loaded.Draft.Participants.Select(p => p.Actor!.Name).Order());
        var revision = Assert.Single(await RevisionsAsync(loaded.Id));
        Assert.Equal((1, RevisionAction.Created, "user-anna", "Anna Editor", "From the morning report"),
            (revision.Number, revision.Action, revision.UserId, revision.UserName, revision.Reason));
        Assert.Equal("Saint Petersburg", EventDraft.FromJson(revision.Snapshot).Place);
    }

    [Fact]
    public async Task Edits_talks_and_a_child_only_change_still_bumps_the_version()
    {
        var loaded = await CreateAsync(Meeting());
        var draft = loaded.Draft;
        draft.Sources[0].Excerpt = "The talks lasted four and a half hours.";

        var saved = await Service.SaveAsync(Ben, loaded.Id, loaded.Version, draft, EventStatus.Draft, null, Cancel);

        Assert.True(saved.Succeeded);
        Assert.NotEqual(loaded.Version, saved.Version);
        var reloaded = (await Service.LoadAsync(Anna, loaded.Id, Cancel))!;
        Assert.Equal("The talks lasted four and a half hours.", reloaded.Draft.Sources.Single().Excerpt);
        Assert.Equal(saved.Version, reloaded.Version);
        Assert.Equal("Ben Editor", reloaded.UpdatedBy);
        var revisions = await RevisionsAsync(loaded.Id);
        Assert.Equal([RevisionAction.Created, RevisionAction.Edited], revisions.Select(r => r.Action));
        Assert.Equal("Ben Editor", revisions[1].UserName);
    }

    [Fact]
    public async Task Saving_without_a_change_writes_no_revision()
    {
        var loaded = await CreateAsync(Meeting());

        var saved = await Service.SaveAsync(Ben, loaded.Id, loaded.Version, loaded.Draft, EventStatus.Draft, null, Cancel);

        Assert.True(saved.Unchanged);
        Assert.Single(await RevisionsAsync(loaded.Id));
    }

    [Fact]
    public async Task Creates_and_edits_a_statement()
    {
        var draft = EventDraft.New(EventKind.Statement);
        draft.Title = "Putin on the energy truce";
        draft.OccurredOn = Day;
        draft.Participants = [new() { Actor = C(putin), Role = ParticipantRole.Speaker }];
        draft.Statement = new StatementDraft { Quote = "We are ready.", Platform = "Press briefing", Language = "ru" };
        var loaded = await CreateAsync(draft);

        loaded.Draft.Statement!.Quote = "We are ready to talk.";
        loaded.Draft.Statement.Language = "en";
        var saved = await Service.SaveAsync(Anna, loaded.Id, loaded.Version, loaded.Draft, EventStatus.Draft, null, Cancel);

        Assert.True(saved.Succeeded);
        var statement = (await Service.LoadAsync(Anna, loaded.Id, Cancel))!.Draft.Statement!;
        Assert.Equal(("We are ready to talk.", "Press briefing", "en"), (statement.Quote, statement.Platform, statement.Language));
    }

    [Fact]
    public async Task Creates_a_claim_with_positions_citing_its_sources_and_keeps_the_verdict_history()
    {
        var draft = EventDraft.New(EventKind.Claim);
        draft.Title = "Chinese citizens fight for Russia";
        draft.OccurredOn = Day;
        draft.Participants = [new() { Actor = C(ukraine), Role = ParticipantRole.Claimant }];
        var source = draft.Sources[0];
        (source.Publisher, source.Url) = ("Wire", "https://example.org/claim");
        draft.Claim = new ClaimDraft
        {
            ClaimText = "Over 150 Chinese citizens fight for Russia.",
            Verdict = ClaimVerdict.Unverified,
            VerdictReason = "No independent confirmation.",
            Positions = [new() { Actor = C(russia), Stance = ClaimStance.Denies, StatedOn = Day.AddDays(1), SourceKey = source.Key }],
        };
        var loaded = await CreateAsync(draft);

        Assert.Equal(loaded.Draft.Sources[0].Key, loaded.Draft.Claim!.Positions.Single().SourceKey);
        loaded.Draft.Claim.Verdict = ClaimVerdict.Disputed;
        loaded.Draft.Claim.VerdictReason = "Beijing denies it too.";
        var saved = await Service.SaveAsync(Anna, loaded.Id, loaded.Version, loaded.Draft, EventStatus.Draft, null, Cancel);

        Assert.True(saved.Succeeded);
        var reloaded = (await Service.LoadAsync(Anna, loaded.Id, Cancel))!;
        Assert.Equal([ClaimVerdict.Disputed, ClaimVerdict.Unverified], reloaded.VerdictHistory.Select(v => v.Verdict));
        Assert.Equal("Anna Editor", reloaded.VerdictHistory[0].DecidedBy);
        Assert.Equal(reloaded.Draft.Sources[0].Key, reloaded.Draft.Claim!.Positions.Single().SourceKey);
    }

    [Fact]
    public async Task Creates_and_edits_a_prisoner_exchange()
    {
        var draft = EventDraft.New(EventKind.PrisonerExchange);
        draft.Title = "Exchange of 246 for 246";
        draft.OccurredOn = Day;
        draft.Participants = [new() { Actor = C(ukraine) }, new() { Actor = C(russia) }, new() { Actor = C(us), Role = ParticipantRole.Mediator }];
        draft.Exchange = new ExchangeDraft
        {
            Lines = [new() { From = C(russia), To = C(ukraine), Category = DetaineeCategory.PrisonerOfWar, Count = 246 }],
            Detainees = [new() { Name = "A Person", ReleasedBy = C(russia), ReleasedTo = C(us), Category = DetaineeCategory.Civilian }],
        };
        var loaded = await CreateAsync(draft);

        loaded.Draft.Exchange!.Lines.Add(new LineDraft { From = C(ukraine), To = C(russia), Category = DetaineeCategory.PrisonerOfWar, Count = 246 });
        var saved = await Service.SaveAsync(Anna, loaded.Id, loaded.Version, loaded.Draft, EventStatus.Draft, null, Cancel);

        Assert.True(saved.Succeeded);
        var exchange = (await Service.LoadAsync(Anna, loaded.Id, Cancel))!.Draft.Exchange!;
        Assert.Equal([246, 246], exchange.Lines.Select(l => l.Count));
        Assert.Equal("A Person", exchange.Detainees.Single().Name);
    }

    [Fact]
    public async Task Creates_and_edits_a_ceasefire_proposal()
    {
        var draft = EventDraft.New(EventKind.CeasefireProposal);
        draft.Title = "30-day energy ceasefire";
        draft.OccurredOn = Day;
        draft.Participants = [new() { Actor = C(us), Role = ParticipantRole.Proposer }];
        draft.Proposal = new ProposalDraft
        {
            Scope = CeasefireScope.EnergyInfrastructure,
            Status = CeasefireStatus.Agreed,
            DurationDays = 30,
            Responses = [new() { Actor = C(russia), Response = ProposalResponse.AcceptedWithConditions, Conditions = "Sanctions lifted" }],
            Violations = [new() { Accuser = C(ukraine), Accused = C(russia), AllegedOn = Day, Description = "Strike on a substation" }],
        };
        var loaded = await CreateAsync(draft);

        loaded.Draft.Proposal!.Status = CeasefireStatus.Violated;
        loaded.Draft.Proposal.Responses.Add(new ResponseDraft { Actor = C(ukraine), Response = ProposalResponse.Accepted, RespondedOn = Day });
        var saved = await Service.SaveAsync(Anna, loaded.Id, loaded.Version, loaded.Draft, EventStatus.Draft, null, Cancel);

        Assert.True(saved.Succeeded);
        var proposal = (await Service.LoadAsync(Anna, loaded.Id, Cancel))!.Draft.Proposal!;
        Assert.Equal(CeasefireStatus.Violated, proposal.Status);
        Assert.Equal(["Russia", "Ukraine"], proposal.Responses.Select(r => r.Actor!.Name).Order());
        Assert.Equal("Strike on a substation", proposal.Violations.Single().Description);
    }

    [Fact]
    public async Task Refuses_bad_input_with_a_message_per_field_and_saves_nothing()
    {
        var draft = EventDraft.New(EventKind.PrisonerExchange);
        draft.Title = new string('x', 301);
        draft.OccurredOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3);
        draft.Participants = [new() { Actor = C(ukraine) }];
        draft.Sources = [new() { Publisher = "Wire", Url = "javascript:alert(1)" }, new() { Publisher = "", Url = "https://example.org/ok" }];
        draft.Exchange = new ExchangeDraft
        {
            Lines = [new() { From = C(russia), To = C(russia), Count = -5 }],
            Detainees = [new() { Name = " ", ReleasedBy = C(russia), ReleasedTo = C(ukraine) }],
        };

        var result = await Service.CreateAsync(Anna, draft, new string('r', 501), Cancel);

        Assert.False(result.Succeeded);
        Assert.Equal(
            ["Exchange.Detainees[0].Name", "Exchange.Lines[0].Count", "Exchange.Lines[0].To", "OccurredOn", "Reason", "Sources[0].Url", "Sources[1].Publisher", "Title"],
            result.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("A count cannot be negative.", result.Errors["Exchange.Lines[0].Count"]);
        Assert.Contains("The date cannot be in the future.", result.Errors["OccurredOn"]);
        await using var db = Database.CreateContext();
        Assert.Equal(0, await db.Events.CountAsync(Cancel));
    }

    [Fact]
    public async Task Mirrors_the_kinds_check_constraints()
    {
        var statement = EventDraft.New(EventKind.Statement);
        statement.Title = "No speaker";
        statement.OccurredOn = Day;
        statement.Participants = [new() { Actor = C(putin), Role = ParticipantRole.Mentioned }];
        statement.Statement = new StatementDraft { Quote = "", Language = "not a language" };
        var proposal = EventDraft.New(EventKind.CeasefireProposal);
        proposal.Title = "Conditions missing";
        proposal.OccurredOn = Day;
        proposal.Participants = [new() { Actor = C(us), Role = ParticipantRole.Party }];
        proposal.Proposal = new ProposalDraft
        {
            DurationDays = 0,
            Responses = [new() { Actor = C(russia), Response = ProposalResponse.AcceptedWithConditions }],
            Violations = [new() { Accuser = C(russia), Accused = C(russia), AllegedOn = Day, Description = "x" }],
        };

        var s = await Service.CreateAsync(Anna, statement, null, Cancel);
        var p = await Service.CreateAsync(Anna, proposal, null, Cancel);

        Assert.Equal(["Participants", "Statement.Language", "Statement.Quote"], s.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Proposal.DurationDays", "Proposal.Responses[0].Conditions", "Proposal.Violations[0].Accused"], p.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Publishing_needs_a_summary_and_a_source()
    {
        var draft = Meeting();
        draft.Summary = null;
        draft.Sources = [];
        var loaded = await CreateAsync(draft);

        var refused = await Service.SaveAsync(Anna, loaded.Id, loaded.Version, loaded.Draft, EventStatus.Published, null, Cancel);
        Assert.Equal(["Sources", "Summary"], refused.Errors.Keys.Order(StringComparer.Ordinal));

        loaded.Draft.Summary = "They met.";
        loaded.Draft.Sources = [new() { Publisher = "Wire", Url = "https://example.org/a" }];
        var published = await Service.SaveAsync(Anna, loaded.Id, loaded.Version, loaded.Draft, EventStatus.Published, "Checked", Cancel);

        Assert.True(published.Succeeded);
        Assert.Equal(EventStatus.Published, (await Service.LoadAsync(Anna, loaded.Id, Cancel))!.Status);
        Assert.Equal([RevisionAction.Created, RevisionAction.Published], (await RevisionsAsync(loaded.Id)).Select(r => r.Action));
    }

    [Fact]
    public async Task Archives_restores_and_unpublishes_without_deleting_and_refuses_archived_to_published()
    {
        var ev = await CreateAsync(Meeting());
        async Task<EditResult> Move(EventStatus to)
        {
            var current = (await Service.LoadAsync(Anna, ev.Id, Cancel))!;
            return await Service.SaveAsync(Anna, ev.Id, current.Version, current.Draft, to, null, Cancel);
        }

        var details = Get<EventDetailsService>();
        Assert.True((await Move(EventStatus.Published)).Succeeded);
        Assert.NotNull(await details.GetPublishedAsync(ev.Slug, Cancel));
        Assert.True((await Move(EventStatus.Archived)).Succeeded);
        Assert.Null(await details.GetPublishedAsync(ev.Slug, Cancel));
        var skipped = await Move(EventStatus.Published);
        Assert.Equal([EventEditorService.StatusField], skipped.Errors.Keys);
        Assert.True((await Move(EventStatus.Draft)).Succeeded);
        Assert.True((await Move(EventStatus.Published)).Succeeded);
        Assert.True((await Move(EventStatus.Draft)).Succeeded);

        Assert.Equal(
            [RevisionAction.Created, RevisionAction.Published, RevisionAction.Archived, RevisionAction.Restored, RevisionAction.Published, RevisionAction.Unpublished],
            (await RevisionsAsync(ev.Id)).Select(r => r.Action));
        await using var db = Database.CreateContext();
        Assert.Equal(EventStatus.Draft, (await db.Events.SingleAsync(Cancel)).Status);
    }

    [Fact]
    public async Task The_second_editor_to_save_gets_a_conflict_naming_the_first_and_the_fields_that_differ()
    {
        var ev = await CreateAsync(Meeting());
        // Two editors open the form on the same version, each with a context of their own.
        var annas = (await Service.LoadAsync(Anna, ev.Id, Cancel))!;
        var bens = (await Service.LoadAsync(Anna, ev.Id, Cancel))!;
        annas.Draft.Place = "Moscow";
        bens.Draft.Talks!.Outcome = "Agreement on a ceasefire for energy sites";

        var first = await Service.SaveAsync(Anna, ev.Id, annas.Version, annas.Draft, EventStatus.Draft, null, Cancel);
        var second = await Service.SaveAsync(Ben, ev.Id, bens.Version, bens.Draft, EventStatus.Draft, null, Cancel);

        Assert.True(first.Succeeded);
        var conflict = second.Conflict!;
        Assert.Equal("Anna Editor", conflict.ChangedBy);
        Assert.Equal(first.Version, conflict.CurrentVersion);
        Assert.Equal(["Place", "Outcome"], conflict.Changes.Select(c => c.Field));
        Assert.Equal(("Moscow", "Saint Petersburg"), (conflict.Changes[0].Before, conflict.Changes[0].After));
        // Nothing of Ben's was written; saving again on the current version applies it on purpose.
        Assert.Equal("Moscow", (await Service.LoadAsync(Anna, ev.Id, Cancel))!.Draft.Place);
        var again = await Service.SaveAsync(Ben, ev.Id, conflict.CurrentVersion, bens.Draft, EventStatus.Draft, null, Cancel);
        Assert.True(again.Succeeded);
        Assert.Equal(3, (await RevisionsAsync(ev.Id)).Count);
    }

    [Fact]
    public async Task A_conflict_tells_the_status_the_other_editor_left_so_saving_over_it_does_not_republish()
    {
        var ev = await CreateAsync(Meeting());
        var published = await Service.SaveAsync(Anna, ev.Id, ev.Version, ev.Draft, EventStatus.Published, null, Cancel);
        var bens = (await Service.LoadAsync(Anna, ev.Id, Cancel))!;
        var annas = (await Service.LoadAsync(Anna, ev.Id, Cancel))!;
        Assert.True((await Service.SaveAsync(Anna, ev.Id, published.Version, annas.Draft, EventStatus.Draft, "Needs checking", Cancel)).Succeeded);

        bens.Draft.Talks!.Outcome = "They agreed to meet again";
        var result = await Service.SaveAsync(Ben, ev.Id, bens.Version, bens.Draft, EventStatus.Published, null, Cancel);

        Assert.Equal(EventStatus.Draft, result.Conflict!.CurrentStatus);
        var again = await Service.SaveAsync(Ben, ev.Id, result.Conflict.CurrentVersion, bens.Draft, result.Conflict.CurrentStatus, null, Cancel);
        Assert.True(again.Succeeded);
        Assert.Equal(EventStatus.Draft, (await Service.LoadAsync(Anna, ev.Id, Cancel))!.Status);
    }

    [Fact]
    public async Task A_save_that_loses_the_race_inside_the_database_is_a_conflict_too()
    {
        var ev = await CreateAsync(Meeting());
        // Another context updates the row between this editor's load and save: only xmin can tell.
        await using (var other = Database.CreateContext())
        {
            var row = await other.Events.SingleAsync(Cancel);
            row.Place = "Riyadh";
            row.UpdatedBy = "Someone Else";
            await other.SaveChangesAsync(Cancel);
        }

        ev.Draft.Place = "Jeddah";
        var result = await Service.SaveAsync(Anna, ev.Id, ev.Version, ev.Draft, EventStatus.Draft, null, Cancel);

        Assert.Equal("Someone Else", result.Conflict!.ChangedBy);
        Assert.Equal(new FieldChange("Place", "Riyadh", "Jeddah"), Assert.Single(result.Conflict.Changes));
    }

    [Fact]
    public async Task Restoring_a_version_brings_its_content_back_as_a_new_revision()
    {
        var ev = await CreateAsync(Meeting());
        ev.Draft.Title = "Witkoff and Putin meet again";
        ev.Draft.Participants.RemoveAt(1);
        ev.Draft.Participants.Add(new ParticipantDraft { Actor = C(russia) });
        var edited = await Service.SaveAsync(Anna, ev.Id, ev.Version, ev.Draft, EventStatus.Draft, null, Cancel);

        var restored = await Service.RevertAsync(Ben, ev.Id, 1, edited.Version, null, Cancel);

        Assert.True(restored.Succeeded);
        var now = (await Service.LoadAsync(Anna, ev.Id, Cancel))!;
        Assert.Equal("Witkoff meets Putin in Saint Petersburg", now.Draft.Title);
        Assert.Equal(["Steve Witkoff", "Vladimir Putin"], now.Draft.Participants.Select(p => p.Actor!.Name).Order());
        var last = (await RevisionsAsync(ev.Id)).Last();
        Assert.Equal((3, RevisionAction.Reverted, "Ben Editor", "Back to version 1."), (last.Number, last.Action, last.UserName, last.Reason));
    }

    [Fact]
    public async Task A_save_costs_the_same_number_of_queries_however_many_rows_the_event_has()
    {
        var small = await CreateAsync(Meeting("Small meeting"));
        var bigDraft = Meeting("Big meeting");
        bigDraft.Participants.AddRange([new() { Actor = C(ukraine) }, new() { Actor = C(russia) }, new() { Actor = C(us) }]);
        bigDraft.Sources.AddRange(Enumerable.Range(1, 5).Select(i => new SourceDraft { Publisher = "Wire", Url = $"https://example.org/{i}" }));
        var big = await CreateAsync(bigDraft);

        var counter = new QueryCounter();
        var service = new EventEditorService(new CountingFactory(Database, counter), TimeProvider.System, NullLogger<EventEditorService>.Instance);
        async Task<int> CountEditAsync(EditableEvent ev)
        {
            ev.Draft.Place = "Somewhere else";
            counter.Reset();
            Assert.True((await service.SaveAsync(Anna, ev.Id, ev.Version, ev.Draft, EventStatus.Draft, null, Cancel)).Succeeded);
            return counter.Count;
        }

        var smallCount = await CountEditAsync(small);
        var bigCount = await CountEditAsync(big);

        // Kind, the event and its three child collections, the actors' existence, the next revision number, the save.
        Assert.Equal(8, smallCount);
        Assert.Equal(smallCount, bigCount);
    }

    [Fact]
    public async Task The_history_lists_each_version_with_what_it_changed()
    {
        var ev = await CreateAsync(Meeting());
        ev.Draft.Talks!.Outcome = "An energy truce";
        var edited = await Service.SaveAsync(Ben, ev.Id, ev.Version, ev.Draft, EventStatus.Published, "Confirmed by both sides", Cancel);
        Assert.True(edited.Succeeded);

        var history = (await Get<EventHistoryService>().LoadAsync(Anna, ev.Id, Cancel))!;

        Assert.Equal([2, 1], history.Revisions.Select(r => r.Number));
        var published = history.Revisions[0];
        Assert.Equal((RevisionAction.Published, "Ben Editor", "Confirmed by both sides"), (published.Action, published.UserName, published.Reason));
        Assert.Equal([new FieldChange("Status", "Draft", "Published"), new FieldChange("Outcome", "No agreement", "An energy truce")], published.Changes);
        Assert.Contains(new FieldChange("Participants", "", "Steve Witkoff — Party\nVladimir Putin — Party"), history.Revisions[1].Changes);
        Assert.Equal(edited.Version, history.Version);
    }

    [Fact]
    public async Task Every_demo_event_loads_into_the_form_and_saves_with_a_change()
    {
        await using (var db = Database.CreateContext())
        {
            db.Actors.RemoveRange(db.Actors);
            await db.SaveChangesAsync(Cancel);
        }

        await Get<DemoDataLoader>().LoadAsync(Cancel);
        await using var read = Database.CreateContext();
        var ids = await read.Events.Select(e => e.Id).ToListAsync(Cancel);

        var failures = new List<string>();
        foreach (var id in ids)
        {
            var ev = (await Service.LoadAsync(Anna, id, Cancel))!;
            ev.Draft.Place = "Edited place";
            var saved = await Service.SaveAsync(Anna, id, ev.Version, ev.Draft, ev.Status, null, Cancel);
            if (!saved.Succeeded) failures.Add($"{ev.Slug}: {string.Join("; ", saved.Errors.Select(e => $"{e.Key} {string.Join(" ", e.Value)}"))}");
        }

        Assert.Empty(failures);
        Assert.Equal(ids.Count, await read.EventRevisions.CountAsync(Cancel));
    }

    [Fact]
    public async Task A_revision_snapshot_is_readable_json_with_names()
    {
        var ev = await CreateAsync(Meeting());
        var snapshot = JsonDocument.Parse((await RevisionsAsync(ev.Id)).Single().Snapshot).RootElement;

        Assert.Equal("Talks", snapshot.GetProperty("Kind").GetString());
        Assert.Equal("Steve Witkoff", snapshot.GetProperty("Participants")[0].GetProperty("Actor").GetProperty("Name").GetString());
        Assert.Equal("InPerson", snapshot.GetProperty("Talks").GetProperty("Format").GetString());
    }

    private sealed class CountingFactory(TestDatabase database, QueryCounter counter) : IDbContextFactory<TrackerDbContext>
    {
        public TrackerDbContext CreateDbContext()
        {
            var options = new DbContextOptionsBuilder<TrackerDbContext>();
            DatabaseSetup.Configure(options, database.ConnectionString).AddInterceptors(counter);
            return new TrackerDbContext(options.Options);
        }
    }
}
