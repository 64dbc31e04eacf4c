using System.Diagnostics;
using System.Text.Json;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Features.DemoData;
using Npgsql;

namespace CeasefireTracker.Tests.Features.Reports;

/// <summary>
/// The <c>suggest</c> command as a script runs it: the app's own executable in a process of its own, against a real
/// PostgreSQL database holding the demo actors. It prints JSON on standard output and leaves every table as it was.
/// </summary>
public sealed class SuggestCommandTests : IAsyncLifetime
{
    private static readonly string[] Fields = ["kind", "title", "start", "datePrecision", "place", "actors", "sentences", "existing"];
    private static readonly string[] Kinds = ["talks", "statement", "claim", "prisoner-exchange", "ceasefire-proposal"];

    private readonly TestDatabase database = new();

    public async ValueTask InitializeAsync()
    {
        await database.InitializeAsync();
        await using var db = database.CreateContext();
        db.Actors.AddRange(DemoDataSet.Build(DateTimeOffset.UtcNow).Actors);
        await db.SaveChangesAsync(Cancel);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task It_prints_one_json_object_per_event_and_writes_nothing()
    {
        var before = await RowCountsAsync();

        var (exitCode, output, errors) = await RunAsync(
            "suggest", "--text-file", TestPaths.SeedArticle, "--published", "2025-04-12",
            "--publisher", DemoDataSet.ArticlePublisher, "--url", DemoDataSet.ArticleUrl);

        Assert.True(exitCode == 0, errors);
        using var json = JsonDocument.Parse(output);
        var events = json.RootElement.EnumerateArray().ToList();
        Assert.True(events.Count >= 18, $"Only {events.Count} events printed.");
        Assert.All(events, e =>
        {
            foreach (var field in Fields)
            {
                Assert.True(e.TryGetProperty(field, out _), $"No {field} in {e}");
            }

            Assert.Contains(e.GetProperty("kind").GetString(), Kinds);
            Assert.NotEmpty(e.GetProperty("sentences").EnumerateArray());
        });

        var talks = events.First(e => e.GetProperty("place").GetString() == "Saint Petersburg");
        Assert.Equal(("talks", "2025-04-11", "day"), (talks.GetProperty("kind").GetString(), talks.GetProperty("start").GetString(), talks.GetProperty("datePrecision").GetString()));
        Assert.Contains(talks.GetProperty("actors").EnumerateArray(), a => a.GetProperty("slug").GetString() == "steve-witkoff" && a.GetProperty("role").GetString() == "party");
        var post = events.First(e => e.TryGetProperty("platform", out var p) && p.GetString() == "Truth Social");
        Assert.Contains("Russia has to get moving", post.GetProperty("quote").GetString());
        var claim = events.First(e => e.GetProperty("kind").GetString() == "claim" && e.GetProperty("title").GetString()!.Contains("captured", StringComparison.Ordinal));
        Assert.Contains(claim.GetProperty("positions").EnumerateArray(), p => p.GetProperty("slug").GetString() == "kremlin" && p.GetProperty("stance").GetString() == "denies");

        Assert.Equal(before, await RowCountsAsync());
    }

    [Fact]
    public async Task Bad_arguments_get_a_message_and_no_output()
    {
        var (exitCode, output, errors) = await RunAsync("suggest", "--text-file", TestPaths.SeedArticle, "--published", "11/04/2025");

        Assert.Equal(2, exitCode);
        Assert.Equal("", output.Trim());
        Assert.Contains("--published is required, as YYYY-MM-DD", errors);
    }

    /// <summary>The row count of every table of the schema.</summary>
    private async Task<string> RowCountsAsync()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Cancel);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1", connection))
        await using (var reader = await list.ExecuteReaderAsync(Cancel))
        {
            while (await reader.ReadAsync(Cancel)) tables.Add(reader.GetString(0));
        }

        var counts = new List<string>();
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
            counts.Add($"{table}={await count.ExecuteScalarAsync(Cancel)}");
        }

        return string.Join(", ", counts);
    }

    private async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] arguments)
    {
        var app = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // The app's own folder, so it reads its appsettings.json as it does when run by hand.
            WorkingDirectory = Path.Combine(TestPaths.RepositoryRoot, "src", "CeasefireTracker.Web"),
        };
        start.ArgumentList.Add(app);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["ConnectionStrings__Tracker"] = database.ConnectionString;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Cancel);
        var errors = process.StandardError.ReadToEndAsync(Cancel);
        await process.WaitForExitAsync(Cancel);
        return (process.ExitCode, await output, await errors);
    }
}
