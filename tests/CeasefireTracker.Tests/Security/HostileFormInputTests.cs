using AngleSharp.Html.Parser;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Tests.Web;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Admin.Actors;
using CeasefireTracker.Web.Features.Admin.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CeasefireTracker.Tests.Security;

/// <summary>
/// The hostile-input corpus through every text field of the editors' forms, at the services that check and store
/// them (the forms show the services' messages next to each field): never an exception, a message naming the
/// field for each refusal, and whatever is accepted and published renders on the public site as text, not markup.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class HostileFormInputTests(TestDatabase database) : DemoSiteTest(database)
{
    private static readonly EditorSession Editor = new("user-hostile", "Hostile Input Test", isAdmin: true);

    [Fact]
    public async Task Every_event_text_field_refuses_with_a_message_or_stores_text_that_renders_as_text()
    {
        var (speaker, other) = await TwoActorsAsync();
        var problems = new List<string>();
        var published = 0;
        foreach (var input in HostileInputs.All)
        {
            await using var scope = App.Services.CreateAsyncScope();
            var editor = scope.ServiceProvider.GetRequiredService<EventEditorService>();
            var draft = Meeting(speaker, other);
            draft.Title = draft.Summary = draft.Place = draft.Talks!.Round = draft.Talks.Outcome = input.Text;
            draft.Sources[0].Publisher = draft.Sources[0].Excerpt = input.Text;

            var created = await editor.CreateAsync(Editor, draft, reason: input.Text, Cancel);
            if (!created.Succeeded)
            {
                problems.AddRange(Unexplained(input, created.Errors));
                continue;
            }

            var loaded = (await editor.LoadAsync(Editor, created.EventId, Cancel))!;
            var publish = await editor.SaveAsync(Editor, created.EventId, loaded.Version, loaded.Draft, EventStatus.Published, null, Cancel);
            if (!publish.Succeeded)
            {
                problems.AddRange(Unexplained(input, publish.Errors));
                continue;
            }

            published++;
            using var response = await App.CreateClient().GetAsync(new Uri($"/events/{loaded.Slug}", UriKind.Relative), Cancel);
            var html = await response.Content.ReadAsStringAsync(Cancel);
            if ((int)response.StatusCode >= 500) problems.Add($"{input}: the published event's page answered {(int)response.StatusCode}");
            var injected = InjectedMarkup.In(new HtmlParser().ParseDocument(html));
            if (injected.Count > 0) problems.Add($"{input}: injected markup on the public page: {string.Join(", ", injected)}");
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{HostileInputs.All.Count} inputs; {published} accepted, published and rendered as text.");
        Assert.Empty(problems);
        Assert.True(published > 0, "nothing was accepted: the test would not see how stored text renders");
    }

    [Fact]
    public async Task Every_hostile_source_address_is_refused_next_to_its_field_unless_it_is_a_real_web_address()
    {
        var (speaker, other) = await TwoActorsAsync();
        await using var scope = App.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<EventEditorService>();
        var problems = new List<string>();
        foreach (var input in HostileInputs.All)
        {
            var draft = Meeting(speaker, other);
            draft.Sources[0].Url = input.Text;
            var created = await editor.CreateAsync(Editor, draft, null, Cancel);
            var isWebAddress = Uri.TryCreate(input.Text.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
            if (!created.Succeeded && !created.Errors.ContainsKey("Sources[0].Url"))
            {
                problems.Add($"{input}: refused without a message on the address: {string.Join("; ", created.Errors.Keys)}");
            }
            else if (created.Succeeded && !isWebAddress)
            {
                problems.Add($"{input}: stored as a source address");
            }
        }

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    [InlineData(2100, 1, 1)]
    public async Task An_impossible_or_future_date_is_refused_next_to_its_field(int year, int month, int day)
    {
        var (speaker, other) = await TwoActorsAsync();
        await using var scope = App.Services.CreateAsyncScope();
        var draft = Meeting(speaker, other);
        draft.OccurredOn = new DateOnly(year, month, day);

        var created = await scope.ServiceProvider.GetRequiredService<EventEditorService>().CreateAsync(Editor, draft, null, Cancel);

        Assert.False(created.Succeeded);
        Assert.Contains("OccurredOn", created.Errors.Keys);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public async Task A_negative_or_absurd_duration_is_refused_next_to_its_field(int minutes)
    {
        var (speaker, other) = await TwoActorsAsync();
        await using var scope = App.Services.CreateAsyncScope();
        var draft = Meeting(speaker, other);
        draft.Talks!.DurationMinutes = minutes;

        var created = await scope.ServiceProvider.GetRequiredService<EventEditorService>().CreateAsync(Editor, draft, null, Cancel);

        Assert.False(created.Succeeded);
        Assert.Single(created.Errors.Keys, k => k.Contains("DurationMinutes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_actor_text_field_refuses_with_a_message_or_stores_text_that_renders_as_text()
    {
        var problems = new List<string>();
        var (stored, refused) = (0, 0);
        foreach (var input in HostileInputs.All)
        {
            await using var scope = App.Services.CreateAsyncScope();
            var actors = scope.ServiceProvider.GetRequiredService<ActorAdminService>();
            var form = new ActorInput
            {
                Name = input.Text,
                Description = input.Text,
                // A name without Latin letters needs an address of its own; the language is left out, since its
                // strict tag rule would refuse nearly every input before the name and description were tried.
                Slug = $"hostile-{stored + refused}",
                Aliases = [new AliasInput { Name = input.Text + " (alias)" }],
            };

            var saved = await actors.CreateAsync(Editor, form, Cancel);
            if (!saved.Succeeded)
            {
                refused++;
                problems.AddRange(Unexplained(input, saved.Errors));
                continue;
            }

            stored++;
            using var response = await App.CreateClient().GetAsync(new Uri($"/actors/{saved.Saved!.Slug}", UriKind.Relative), Cancel);
            if ((int)response.StatusCode >= 500) problems.Add($"{input}: the actor's page answered {(int)response.StatusCode}");
            var injected = InjectedMarkup.In(new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel)));
            if (injected.Count > 0) problems.Add($"{input}: injected markup on the actor's page: {string.Join(", ", injected)}");
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{HostileInputs.All.Count} inputs; {stored} actors stored and rendered as text, {refused} refused.");
        Assert.Empty(problems);
        Assert.True(stored > HostileInputs.All.Count / 2, $"only {stored} stored: the test would not see how stored names render");
    }

    [Fact]
    public async Task Every_account_field_refuses_with_a_message_and_never_throws()
    {
        var problems = new List<string>();
        foreach (var input in HostileInputs.All)
        {
            await using var scope = App.Services.CreateAsyncScope();
            var accounts = scope.ServiceProvider.GetRequiredService<AccountAdminService>();
            var result = await accounts.CreateAsync(Editor, new NewAccount(input.Text, input.Text, input.Text, [TrackerRoles.Editor]), Cancel);
            // An e-mail address of the corpus is never a real one, so every attempt must be refused with a message.
            if (result.Succeeded || !result.Errors.ContainsKey("Email"))
            {
                problems.Add($"{input}: {(result.Succeeded ? "an account was created" : "refused without a message on the e-mail field")}");
            }
        }

        Assert.Empty(problems);
        await using var db = Database.CreateContext();
        Assert.Equal(0, await db.Users.CountAsync(Cancel));
    }

    /// <summary>A refusal must name a field (or the form) and say something for each.</summary>
    private static IEnumerable<string> Unexplained(HostileInput input, IReadOnlyDictionary<string, string[]> errors) =>
        errors.Count == 0
            ? [$"{input}: refused without any message"]
            : errors.Where(e => e.Value.Length == 0 || e.Value.Any(string.IsNullOrWhiteSpace)).Select(e => $"{input}: empty message for {e.Key}");

    private async Task<(ActorChoice, ActorChoice)> TwoActorsAsync()
    {
        await using var db = Database.CreateContext();
        var actors = await db.Actors.OrderBy(a => a.Id).Take(2).Select(a => new ActorChoice(a.Id, a.Name)).ToListAsync(Cancel);
        return (actors[0], actors[1]);
    }

    private static EventDraft Meeting(ActorChoice first, ActorChoice second)
    {
        var draft = EventDraft.New(EventKind.Talks);
        draft.Title = "Talks under test";
        draft.Summary = "A meeting.";
        draft.OccurredOn = new DateOnly(2025, 4, 11);
        draft.Participants = [new() { Actor = first, Role = ParticipantRole.Party }, new() { Actor = second, Role = ParticipantRole.Party }];
        draft.Sources = [new() { Publisher = "News Central", Url = "https://example.org/report", PublishedOn = new DateOnly(2025, 4, 11) }];
        draft.Talks = new TalksDraft { Format = TalksFormat.InPerson };
        return draft;
    }
}
