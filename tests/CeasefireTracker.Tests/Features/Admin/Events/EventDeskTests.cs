using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Admin.Actors;
using CeasefireTracker.Web.Features.Admin.Events;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Tests.Features.Admin.Events;

/// <summary>
/// The editors' desk of issue 11 at the service: the three-way merge on conflict, publishing in one step, the
/// participants' order and an exact history, the related-event search by words, and text that cannot spoof.
/// (Invented test fixtures.)
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class EventDeskTests(TestDatabase database) : DatabaseTest(database)
{
    private static readonly EditorSession Anna = new("user-anna", "Anna Editor", isAdmin: false);
    private static readonly EditorSession Ben = new("user-ben", "Ben Editor", isAdmin: false);
    private static readonly DateOnly Day = new(2025, 5, 16);

    private Actor ukraine = null!, russia = null!, turkey = null!;

    private EventEditorService Service => Get<EventEditorService>();

    private EventListService Events => new(Database.CreateFactory());

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        (ukraine, russia, turkey) = (TestData.Actor("ukraine", ActorKind.State), TestData.Actor("russia", ActorKind.State), TestData.Actor("turkey", ActorKind.State));
        await using var db = Database.CreateContext();
        db.Actors.AddRange(ukraine, russia, turkey);
        await db.SaveChangesAsync(Cancel);
    }

    private static ActorChoice C(Actor a) => new(a.Id, a.Name);

    private EventDraft Talks(string title = "Delegations meet in Istanbul")
    {
        var draft = EventDraft.New(EventKind.Talks);
        draft.Title = title;
        draft.Summary = "Russia and Ukraine meet, with Türkiye as host.";
        draft.OccurredOn = Day;
        draft.Place = "Istanbul";
        // Deliberately not in role or name order: the editor's order is kept.
        draft.Participants =
        [
            new() { Actor = C(ukraine), Role = ParticipantRole.Party },
            new() { Actor = C(turkey), Role = ParticipantRole.Host },
            new() { Actor = C(russia), Role = ParticipantRole.Party },
        ];
        draft.Sources = [new() { Publisher = "Test Wire", Url = "https://example.org/istanbul", PublishedOn = Day }];
        draft.Talks = new TalksDraft { Format = TalksFormat.InPerson, DurationMinutes = 120, Outcome = "A prisoner exchange was agreed" };
        return draft;
    }

    private async Task<EditableEvent> CreateAsync(EventDraft draft)
    {
        var created = await Service.CreateAsync(Anna, draft, null, Cancel);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        return (await Service.LoadAsync(Anna, created.EventId, Cancel))!;
    }

    /// <summary>Anna saves from the loaded copy; Ben then saves from the same, older copy.</summary>
    private async Task<(EditableEvent Base, EditResult Ben)> TwoEditorsAsync(Action<EventDraft> anna, Action<EventDraft> ben, MergeChoices? choices = null)
    {
        var loaded = await CreateAsync(Talks());
        var annas = loaded.Draft.Copy();
        anna(annas);
        Assert.True((await Service.SaveAsync(Anna, loaded.Id, loaded.Version, annas, EventStatus.Draft, null, Cancel)).Succeeded);
        var bens = loaded.Draft.Copy();
        ben(bens);
        return (loaded, await Service.SaveAsync(Ben, loaded.Id, loaded.Version, loaded.Draft, bens, EventStatus.Draft, null, choices, Cancel));
    }

    [Fact]
    public async Task Disjoint_changes_merge_keeping_theirs_and_applying_yours_and_the_revision_says_so()
    {
        var (loaded, result) = await TwoEditorsAsync(a => a.Place = "Istanbul, Dolmabahçe Palace", b => b.Summary = "Ben's summary of the talks.");

        Assert.True(result.Succeeded);
        Assert.Contains("kept Anna Editor's Place", result.Merged, StringComparison.Ordinal);
        var stored = (await Service.LoadAsync(Anna, loaded.Id, Cancel))!;
        Assert.Equal(("Istanbul, Dolmabahçe Palace", "Ben's summary of the talks."), (stored.Draft.Place, stored.Draft.Summary));
        await using var db = Database.CreateContext();
        var revision = await db.EventRevisions.Where(r => r.EventId == loaded.Id).OrderByDescending(r => r.Number).FirstAsync(Cancel);
        Assert.Equal(("Ben Editor", 3), (revision.UserName, revision.Number));
        Assert.StartsWith("Merged with Anna Editor's save: kept Anna Editor's Place; applied this editor's Summary", revision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overlapping_changes_save_nothing_and_list_the_field_with_both_versions()
    {
        var (loaded, result) = await TwoEditorsAsync(
            a => (a.Summary, a.Place) = ("Anna's summary.", "Ankara"),
            b => (b.Summary, b.Talks!.Outcome) = ("Ben's summary.", "Nothing was agreed"));

        Assert.False(result.Succeeded);
        var overlap = Assert.Single(result.Conflict!.Overlaps);
        Assert.Equal(("Summary", "Summary", "Anna's summary.", "Ben's summary."), (overlap.Path, overlap.Label, overlap.Theirs, overlap.Yours));
        var stored = (await Service.LoadAsync(Anna, loaded.Id, Cancel))!;
        Assert.Equal(("Anna's summary.", "Ankara", "A prisoner exchange was agreed"), (stored.Draft.Summary, stored.Draft.Place, stored.Draft.Talks!.Outcome));
    }

    [Theory]
    [InlineData(MergeChoice.Yours, "Ben's summary.")]
    [InlineData(MergeChoice.Theirs, "Anna's summary.")]
    public async Task A_choice_per_overlapping_field_saves_the_merge_and_nothing_else_of_theirs_is_lost(MergeChoice choice, string summary)
    {
        var loaded = await CreateAsync(Talks());
        var annas = loaded.Draft.Copy();
        (annas.Summary, annas.Place) = ("Anna's summary.", "Ankara");
        Assert.True((await Service.SaveAsync(Anna, loaded.Id, loaded.Version, annas, EventStatus.Draft, null, Cancel)).Succeeded);
        var bens = loaded.Draft.Copy();
        (bens.Summary, bens.Talks!.Outcome) = ("Ben's summary.", "Nothing was agreed");
        var conflict = (await Service.SaveAsync(Ben, loaded.Id, loaded.Version, loaded.Draft, bens, EventStatus.Draft, null, null, Cancel)).Conflict!;

        var chosen = new MergeChoices(conflict.CurrentVersion, new Dictionary<string, MergeChoice> { ["Summary"] = choice });
        var result = await Service.SaveAsync(Ben, loaded.Id, loaded.Version, loaded.Draft, bens, EventStatus.Draft, null, chosen, Cancel);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        var stored = (await Service.LoadAsync(Anna, loaded.Id, Cancel))!;
        Assert.Equal((summary, "Ankara", "Nothing was agreed"), (stored.Draft.Summary, stored.Draft.Place, stored.Draft.Talks!.Outcome));
    }

    [Fact]
    public async Task A_choice_made_against_an_older_version_is_not_applied()
    {
        var loaded = await CreateAsync(Talks());
        var annas = loaded.Draft.Copy();
        annas.Summary = "Anna's summary.";
        Assert.True((await Service.SaveAsync(Anna, loaded.Id, loaded.Version, annas, EventStatus.Draft, null, Cancel)).Succeeded);
        var bens = loaded.Draft.Copy();
        bens.Summary = "Ben's summary.";
        var stale = new MergeChoices(loaded.Version, new Dictionary<string, MergeChoice> { ["Summary"] = MergeChoice.Yours });

        var result = await Service.SaveAsync(Ben, loaded.Id, loaded.Version, loaded.Draft, bens, EventStatus.Draft, null, stale, Cancel);

        Assert.Single(result.Conflict!.Overlaps);
        Assert.Equal("Anna's summary.", (await Service.LoadAsync(Anna, loaded.Id, Cancel))!.Draft.Summary);
    }

    [Fact]
    public void The_merge_works_on_any_property_and_lists_only_real_overlaps()
    {
        var @base = Talks();
        var theirs = @base.Copy();
        var yours = @base.Copy();
        theirs.Talks!.DurationMinutes = 150;
        theirs.Participants.RemoveAt(1);
        yours.Talks!.Round = "Round 1";
        yours.Title = theirs.Title = "The same new title";

        var merge = EventDraftMerge.Merge(@base, theirs, yours);

        Assert.Empty(merge.Conflicts);
        Assert.Equal((150, "Round 1", 2, "The same new title"),
            (merge.Result.Talks!.DurationMinutes, merge.Result.Talks.Round, merge.Result.Participants.Count, merge.Result.Title));
        Assert.Equal(["Participants", "Duration (minutes)"], merge.TheirsKept);
        Assert.Equal(["Round"], merge.YoursApplied);
    }

    [Fact]
    public async Task A_new_event_is_published_in_one_step_with_one_revision()
    {
        var created = await Service.CreateAsync(Anna, Talks(), null, EventStatus.Published, Cancel);

        Assert.True(created.Succeeded);
        var loaded = (await Service.LoadAsync(Anna, created.EventId, Cancel))!;
        Assert.Equal(EventStatus.Published, loaded.Status);
        await using var db = Database.CreateContext();
        Assert.Equal([RevisionAction.Published], await db.EventRevisions.Where(r => r.EventId == created.EventId).Select(r => r.Action).ToListAsync(Cancel));
    }

    [Fact]
    public async Task Publishing_in_one_step_checks_what_publishing_needs()
    {
        var draft = Talks();
        (draft.Summary, draft.Sources) = (null, []);

        var created = await Service.CreateAsync(Anna, draft, null, EventStatus.Published, Cancel);

        Assert.Equal(["Sources", "Summary"], created.Errors.Keys.Order());
    }

    [Fact]
    public async Task Participants_keep_the_editors_order_and_publishing_records_no_phantom_participant_change()
    {
        var loaded = await CreateAsync(Talks());
        Assert.Equal(["Ukraine", "Turkey", "Russia"], loaded.Draft.Participants.Select(p => p.Actor!.Name));

        var published = await Service.SaveAsync(Anna, loaded.Id, loaded.Version, loaded.Draft, EventStatus.Published, null, Cancel);

        Assert.True(published.Succeeded);
        var history = (await Get<EventHistoryService>().LoadAsync(Anna, loaded.Id, Cancel))!;
        Assert.Equal(["Status"], history.Revisions[0].Changes.Select(c => c.Field));
    }

    [Theory]
    [InlineData("Istanbul talks")]
    [InlineData("talks istanbul")]
    [InlineData("Istan")]
    [InlineData("Türkiye host")]
    public async Task Related_events_are_found_by_words_of_the_title_or_summary_with_their_date(string typed)
    {
        var loaded = await CreateAsync(Talks("Talks in Istanbul between the delegations"));

        var found = Assert.Single(await Events.SearchAsync(Anna, typed, null, null, Cancel));

        Assert.Equal((loaded.Id, Day), (found.Id, found.OccurredOn));
        Assert.Empty(await Events.SearchAsync(Anna, typed, loaded.Id, null, Cancel));
        // The counter-proposal and extension pickers offer ceasefire proposals only.
        Assert.Equal([loaded.Id], (await Events.SearchAsync(Anna, typed, null, EventKind.Talks, Cancel)).Select(e => e.Id));
        Assert.Empty(await Events.SearchAsync(Anna, typed, null, EventKind.CeasefireProposal, Cancel));
    }

    [Theory]
    [InlineData("Title", "Gen\u202Eeva talks")]
    [InlineData("Title", "Talks \uE000 in Geneva")]
    [InlineData("Title", "Talks\u200B in Geneva")]
    [InlineData("Place", "Gene\u2066va")]
    [InlineData("Summary", "A summary \u202D reversed")]
    public async Task Text_that_can_spoof_how_it_reads_is_refused_next_to_its_field(string field, string text)
    {
        var draft = Talks();
        if (field == "Title") draft.Title = text;
        else if (field == "Place") draft.Place = text;
        else draft.Summary = text;

        var created = await Service.CreateAsync(Anna, draft, null, Cancel);

        Assert.Contains("Remove the invisible character", Assert.Single(created.Errors[field]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("گفت‌وگوی صلح")]
    [InlineData("Talks in Geneva")]
    public async Task A_joiner_between_letters_of_a_script_that_needs_it_is_text_and_running_text_keeps_invisible_characters(string title)
    {
        var draft = Talks(title);
        draft.Summary = "A quote with a zero\u200Bwidth space, as pasted.";

        Assert.True((await Service.CreateAsync(Anna, draft, null, Cancel)).Succeeded);
    }
}
