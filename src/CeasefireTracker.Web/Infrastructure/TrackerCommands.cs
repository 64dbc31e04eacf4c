using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.DemoData;
using CeasefireTracker.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace CeasefireTracker.Web.Infrastructure;

/// <summary>
/// One-off commands run with the app's own configuration instead of serving it:
/// <c>migrate</c> applies the EF Core migrations, <c>seed-demo</c> loads the demo data (and in Development the demo
/// editor accounts), <c>suggest</c> prints the events a news report tells as
/// JSON (<c>suggest --text-file report.txt --published 2025-04-11 --publisher "News Central" --url https://…</c>),
/// <c>check-text</c> lists stored text with characters the forms now refuse (bidirectional controls and the like, see
/// SafeText; exit code 4 when it finds any). Migrations are a step of their own, not part of start-up, so several
/// instances never race to alter the schema.
/// </summary>
internal static class TrackerCommands
{
    private static readonly string[] Known = ["migrate", "seed-demo", "suggest", "check-text"];

    public static (string? Command, string[] HostArgs) Split(string[] args) =>
        args.Length > 0 && Known.Contains(args[0]) ? (args[0], args[1..]) : (null, args);

    /// <summary>
    /// <c>suggest</c> prints its result on standard output, so its logs go to standard error; and it only reads, so
    /// its database sessions are read-only: PostgreSQL itself refuses any write it might attempt.
    /// </summary>
    public static void Configure(string? command, ConfigurationManager configuration)
    {
        if (command != "suggest") return;
        var settings = new Dictionary<string, string?> { ["Serilog:WriteTo:0:Args:standardErrorFromLevel"] = "Verbose" };
        if (configuration.GetConnectionString(DatabaseSetup.ConnectionStringName) is { } connection)
        {
            settings[$"ConnectionStrings:{DatabaseSetup.ConnectionStringName}"] =
                new NpgsqlConnectionStringBuilder(connection) { Options = "-c default_transaction_read_only=on" }.ConnectionString;
        }

        configuration.AddInMemoryCollection(settings);
    }

    public static async Task<int> RunAsync(WebApplication app, string command, string[] commandArgs)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CeasefireTracker.Commands");
        await using var scope = app.Services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<TrackerDbContext>>();
        try
        {
            switch (command)
            {
                case "migrate":
                    await using (var db = await contexts.CreateDbContextAsync())
                    {
                        // Creating the history table first spares a fresh database EF's logged "relation does not
                        // exist" error, which reads like a failure to whoever runs the set-up for the first time.
                        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync();
                        // A migration that fills a table from the data (involvements, aggregates) takes minutes on a
                        // million events, far longer than a reader's query may.
                        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
                        await db.Database.MigrateAsync();
                    }
                    logger.LogInformation("Database schema is up to date");
                    return 0;
                case "seed-demo":
                    if (app.Environment.IsDevelopment())
                    {
                        await scope.ServiceProvider.GetRequiredService<AccountSeeder>().EnsureDevelopmentAccountsAsync();
                    }

                    var result = await scope.ServiceProvider.GetRequiredService<DemoDataLoader>().LoadAsync();
                    logger.LogInformation("Demo data: {Result}", result);
                    return result == DemoLoadResult.RefusedOtherData ? 3 : 0;
                case "suggest":
                    var (suggest, problem) = SuggestOptions.Parse(commandArgs);
                    var (report, unreadable) = suggest is null ? (null, problem) : await suggest.ReadAsync();
                    if (report is null)
                    {
                        logger.LogError("suggest: {Error}", unreadable);
                        return 2;
                    }

                    var suggestions = await scope.ServiceProvider.GetRequiredService<ReportSuggester>().SuggestAsync(report);
                    await Console.Out.WriteLineAsync(SuggestionJson.Write(suggestions));
                    return 0;

                case "check-text":
                    var findings = await scope.ServiceProvider.GetRequiredService<TextAudit>().FindAsync();
                    foreach (var finding in findings)
                    {
                        logger.LogWarning("{Table} {Key} {Column}: {Problem}", finding.Table, finding.Key, finding.Column, finding.Problem);
                    }

                    logger.LogInformation("check-text: {Count} stored values would be refused by the forms today", findings.Count);
                    return findings.Count == 0 ? 0 : 4;
                default:
                    return 2;
            }
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException)
        {
            logger.LogError(ex, "Command {Command} failed", command);
            return 1;
        }
    }

    /// <summary>
    /// Creates the configured first admin when no admin exists yet. A database that is not reachable or not migrated
    /// must not stop the app from starting (its /health says so), so a failure here is logged, not thrown.
    /// </summary>
    public static async Task EnsureFirstAdminAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<AccountSeeder>().EnsureFirstAdminAsync();
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException)
        {
            app.Logger.LogError(ex, "Could not check for the first admin account");
        }
    }
}
