using System.Diagnostics;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Features.DemoData;
using Npgsql;

namespace CeasefireTracker.Tests.Operations;

/// <summary>scripts/backup.sh and scripts/restore.sh round-trip every table: same rows, same content, same sequences.</summary>
public sealed class BackupRestoreTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TestDatabase source = new();
    private readonly DirectoryInfo backups = Directory.CreateTempSubdirectory("ceasefire-backup-");
    private string Restored => source.Name + "_restored";

    public async ValueTask InitializeAsync()
    {
        await source.InitializeAsync();
        await source.Get<DemoDataLoader>().LoadAsync(Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        await using (var admin = new NpgsqlConnection(TestDatabase.AdminConnectionString))
        {
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Restored}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        await source.DisposeAsync();
        backups.Delete(recursive: true);
    }

    [Fact]
    public async Task A_backup_restored_into_a_fresh_database_has_the_same_rows_in_every_table()
    {
        var (backupExit, backupOutput) = await RunScriptAsync("backup.sh", backups.FullName);
        Assert.True(backupExit == 0, backupOutput);
        var file = Assert.Single(backups.GetFiles("*.dump"));
        Assert.Matches(@"^ceasefire-.+-\d{8}-\d{6}\.dump$", file.Name);

        var (restoreExit, restoreOutput) = await RunScriptAsync("restore.sh", file.FullName, Restored);
        Assert.True(restoreExit == 0, restoreOutput);

        var before = await FingerprintAsync(source.Name);
        var after = await FingerprintAsync(Restored);
        output.WriteLine(string.Join('\n', before.Select(t => $"{t.Key}: {t.Value}")));
        Assert.Contains(before, t => t.Key == "events" && !t.Value.StartsWith("0 rows", StringComparison.Ordinal));
        Assert.Equal(before, after);

        // Restoring over a database that holds data is refused unless asked for, and changes nothing.
        var (againExit, againOutput) = await RunScriptAsync("restore.sh", file.FullName, Restored);
        Assert.NotEqual(0, againExit);
        Assert.Contains("--force", againOutput, StringComparison.Ordinal);
        Assert.Equal(before, await FingerprintAsync(Restored));
    }

    /// <summary>Per table its row count and the md5 of its rows in a fixed order; per sequence its last value.</summary>
    private static async Task<SortedDictionary<string, string>> FingerprintAsync(string database)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(TestDatabase.AdminConnectionString) { Database = database, Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Cancel);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", connection))
        await using (var reader = await list.ExecuteReaderAsync(Cancel))
        {
            while (await reader.ReadAsync(Cancel)) tables.Add(reader.GetString(0));
        }

        var fingerprint = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var digest = new NpgsqlCommand(
                $"SELECT count(*) || ' rows, md5 ' || coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '-') FROM \"{table}\" t", connection);
            fingerprint[table] = (string)(await digest.ExecuteScalarAsync(Cancel))!;
        }

        await using (var sequences = new NpgsqlCommand("SELECT sequencename, coalesce(last_value, 0) FROM pg_sequences WHERE schemaname = 'public'", connection))
        await using (var reader = await sequences.ExecuteReaderAsync(Cancel))
        {
            while (await reader.ReadAsync(Cancel)) fingerprint["sequence " + reader.GetString(0)] = reader.GetInt64(1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return fingerprint;
    }

    private async Task<(int ExitCode, string Output)> RunScriptAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot, "scripts", script));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["ConnectionStrings__Tracker"] = source.ConnectionString;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(Cancel);
        var stderr = process.StandardError.ReadToEndAsync(Cancel);
        await process.WaitForExitAsync(Cancel);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string RepositoryRoot => TestPaths.RepositoryRoot;
}
