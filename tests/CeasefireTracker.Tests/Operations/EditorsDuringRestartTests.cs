using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using CeasefireTracker.Tests.Browser;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Admin.Actors;
using CeasefireTracker.Web.Features.Admin.Events;
using CeasefireTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CeasefireTracker.Tests.Operations;

/// <summary>
/// PostgreSQL restarts while an editor has an event open in the browser and a loop keeps saving new events. The editor
/// is told the database is away and keeps what they typed, the app recovers by itself within 10 seconds, and every
/// write that was acknowledged is still there afterwards.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EditorsDuringRestartTests(BrowserFixture browsers, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan RecoveryLimit = TimeSpan.FromSeconds(10);
    private readonly ThrowawayPostgres server = new();
    private TrackerAppFactory app = null!;
    private string connectionString = "";
    private Uri address = null!;

    public async ValueTask InitializeAsync()
    {
        await server.InitializeAsync();
        connectionString = await server.CreateDatabaseAsync("tracker");
        await AppServices.LoadDemoDataAsync(connectionString, Cancel);
        app = new TrackerAppFactory(connectionString, realServer: true);
        app.StartServer();
        await TestAccounts.EnsureDevelopmentAccountsAsync(app.Services);
        var listening = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        address = new Uri(listening.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task A_restart_loses_no_acknowledged_write_and_the_open_editor_is_told_and_keeps_their_input()
    {
        var eventId = await FirstTalksIdAsync();
        await using var context = await browsers.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString() });
        var page = await context.NewPageAsync();
        await BrowserSignIn.SignInAsync(page, TestAccounts.EditorEmail, TestAccounts.EditorPassword);
        await page.GotoAsync($"/admin/events/{eventId}/edit");
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true });
        await Assertions.Expect(save).ToBeEnabledAsync();

        using var stop = new CancellationTokenSource();
        var loop = WriteLoopAsync(stop.Token);
        await Task.Delay(1000, Cancel);

        await server.StopAsync();
        using var http = new HttpClient { BaseAddress = address };
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await HealthAsync(http));
        await page.GetByLabel("Place").FillAsync("Typed while the database was away");
        await save.ClickAsync();
        await Assertions.Expect(page.GetByText("The database is temporarily unavailable")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Place")).ToHaveValueAsync("Typed while the database was away");

        await server.StartAsync();
        var back = Stopwatch.StartNew();
        while (await HealthAsync(http) != HttpStatusCode.OK && back.Elapsed < RecoveryLimit * 3)
        {
            await Task.Delay(100, Cancel);
        }

        output.WriteLine($"Healthy again {back.Elapsed.TotalSeconds:0.00} s after PostgreSQL accepted connections.");
        Assert.True(back.Elapsed < RecoveryLimit, $"The app took {back.Elapsed.TotalSeconds:0.0} s to recover");

        // The same page, never reloaded, saves what was typed during the outage.
        await save.ClickAsync();
        await Assertions.Expect(page.GetByText("Saved.")).ToBeVisibleAsync();
        await Task.Delay(1000, Cancel);
        await stop.CancelAsync();
        var (acknowledged, refused) = await loop;

        output.WriteLine($"Write loop: {acknowledged.Count} saves acknowledged, {refused} refused while the database was away.");
        Assert.True(!acknowledged.IsEmpty && refused > 0, $"{acknowledged.Count} acknowledged, {refused} refused: the loop did not span the outage");
        await using var db = new TestDatabase.ConnectionFactory(connectionString).CreateDbContext();
        var stored = await db.Events.Where(e => acknowledged.Keys.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Title, Cancel);
        Assert.Equal(acknowledged.OrderBy(a => a.Key), stored.OrderBy(s => s.Key));
        Assert.Equal("Typed while the database was away", await db.Events.Where(e => e.Id == eventId).Select(e => e.Place).SingleAsync(Cancel));
    }

    /// <summary>Saves one new draft after another through the editors' service until told to stop.</summary>
    private async Task<(ConcurrentDictionary<long, string> Acknowledged, int Refused)> WriteLoopAsync(CancellationToken stop)
    {
        var acknowledged = new ConcurrentDictionary<long, string>();
        var refused = 0;
        var editor = new EditorSession("loop", "Write Loop", isAdmin: false);
        var actors = await ActorsAsync();
        for (var n = 1; !stop.IsCancellationRequested; n++)
        {
            var draft = EventDraft.New(EventKind.Statement);
            draft.Title = $"Write loop statement {n}";
            draft.OccurredOn = new DateOnly(2025, 4, 1);
            draft.Participants = [new() { Actor = actors, Role = ParticipantRole.Speaker }];
            draft.Statement = new StatementDraft { Quote = $"Statement number {n}." };
            try
            {
                await using var scope = app.Services.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<EventEditorService>().CreateAsync(editor, draft, null, CancellationToken.None);
                Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
                acknowledged[result.EventId] = draft.Title;
            }
            catch (Exception e) when (DatabaseOutage.IsOutage(e))
            {
                refused++;
            }

            await Task.Delay(50, CancellationToken.None);
        }

        return (acknowledged, refused);
    }

    private async Task<ActorChoice> ActorsAsync()
    {
        await using var db = new TestDatabase.ConnectionFactory(connectionString).CreateDbContext();
        var actor = await db.Actors.OrderBy(a => a.Id).FirstAsync(Cancel);
        return new ActorChoice(actor.Id, actor.Name);
    }

    private async Task<long> FirstTalksIdAsync()
    {
        await using var db = new TestDatabase.ConnectionFactory(connectionString).CreateDbContext();
        return await db.Talks.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(Cancel);
    }

    private static async Task<HttpStatusCode> HealthAsync(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("/health", UriKind.Relative), Cancel);
        return response.StatusCode;
    }
}
