using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CeasefireTracker.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL server of the test's own: initdb into a temporary directory as the postgres user, on a free port
/// of 127.0.0.1, so a test can stop, start and restart it. The shared server on 5432 runs everybody else's tests
/// and must never be touched. The binaries come from POSTGRES_BIN or the newest /usr/lib/postgresql/*/bin.
/// </summary>
/// <param name="settings">Server settings on top of the defaults, e.g. <c>max_connections=20</c>.</param>
public sealed class ThrowawayPostgres(params string[] settings) : IAsyncLifetime
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("ceasefire-pg-");
    private readonly List<string> settings = [.. settings];

    public int Port { get; } = FreePort();

    private string DataDirectory => Path.Combine(root.FullName, "data");

    public static string BinDirectory =>
        Environment.GetEnvironmentVariable("POSTGRES_BIN") is { Length: > 0 } bin ? bin
            : Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0).First();

    public async ValueTask InitializeAsync()
    {
        await RunAsync("chown", "postgres:postgres", root.FullName);
        await AsPostgresAsync("initdb", "-D", DataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        await StartAsync();
    }

    /// <summary>
    /// Makes this server a streaming replica of <paramref name="primary"/> instead of a server of its own (in place of
    /// <see cref="InitializeAsync"/>): a base backup that starts as a hot standby following the primary.
    /// </summary>
    public async Task CloneAsync(ThrowawayPostgres primary, string replicationRole)
    {
        await RunAsync("chown", "postgres:postgres", root.FullName);
        await AsPostgresAsync("pg_basebackup", "-h", "127.0.0.1", "-p", primary.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-U", replicationRole, "-D", DataDirectory, "--write-recovery-conf", "--wal-method=stream", "--no-sync");
        await StartAsync();
    }

    /// <summary>A connection string to one of this server's databases; short timeouts so an outage shows at once.</summary>
    public string ConnectionString(string database = "postgres") => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Database = database,
        Username = "postgres",
        Timeout = 3,
    }.ConnectionString;

    /// <summary>Creates a database, migrated to the app's schema, and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using (var admin = new NpgsqlConnection(ConnectionString()))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = ConnectionString(name);
        await using var db = new TestDatabase.ConnectionFactory(connectionString).CreateDbContext();
        await db.Database.MigrateAsync();
        return connectionString;
    }

    /// <summary>Starts the server and waits until it accepts connections.</summary>
    public Task StartAsync() => PgCtlAsync("start");

    /// <summary>Stops the server the way an administrator or a host shutdown does: open sessions are cut.</summary>
    public Task StopAsync() => PgCtlAsync("stop");

    public Task RestartAsync() => PgCtlAsync("restart");

    /// <summary>Restarts the server with one more setting, e.g. <c>recovery_min_apply_delay=300ms</c>.</summary>
    public Task RestartWithAsync(string setting)
    {
        settings.Add(setting);
        return RestartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            await AsPostgresAsync("pg_ctl", "-D", DataDirectory, "-m", "immediate", "-w", "stop");
        }

        root.Delete(recursive: true);
    }

    private async Task PgCtlAsync(string action)
    {
        try
        {
            await PgCtlCommandAsync(action);
        }
        catch (InvalidOperationException e)
        {
            var log = Path.Combine(root.FullName, "server.log");
            throw new InvalidOperationException(e.Message + "\nserver.log:\n" + (File.Exists(log) ? await File.ReadAllTextAsync(log) : "(none)"), e);
        }
    }

    private Task PgCtlCommandAsync(string action) => AsPostgresAsync("pg_ctl", "-D", DataDirectory, "-l", Path.Combine(root.FullName, "server.log"),
        "-o", $"-p {Port} -k {root.FullName} -c listen_addresses=127.0.0.1 -c fsync=off{string.Concat(settings.Select(v => " -c " + v))}", "-m", "fast", "-w", action);

    private static Task AsPostgresAsync(string program, params string[] arguments) =>
        RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(BinDirectory, program), .. arguments]);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
