using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CeasefireTracker.DataGenerator;

public sealed record GeneratorOptions
{
    public int Events { get; init; } = 1_000_000;
    public int Actors { get; init; } = 5_000;
    public int Seed { get; init; } = 42;

    /// <summary>Empty the database first; without it, a database that holds events or actors is left alone.</summary>
    public bool Replace { get; init; }

    /// <summary>Reads <c>--events N --actors N --seed N --replace</c>; null and an error message when they do not parse.</summary>
    public static (GeneratorOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var options = new GeneratorOptions();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--replace")
            {
                options = options with { Replace = true };
                continue;
            }

            if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                return (null, $"“{args[i]}” needs a positive whole number after it.");
            }

            switch (args[i++])
            {
                case "--events": options = options with { Events = value }; break;
                case "--actors" when value >= 20: options = options with { Actors = value }; break;
                case "--actors": return (null, "--actors must be at least 20 (there must be states, bodies and people).");
                case "--seed": options = options with { Seed = value }; break;
                default: return (null, $"Unknown option “{args[i - 1]}” (use --events, --actors, --seed, --replace).");
            }
        }

        return (options, null);
    }
}

public enum GeneratorOutcome
{
    Loaded,

    /// <summary>The database already held events or actors and <see cref="GeneratorOptions.Replace"/> was not given.</summary>
    RefusedExistingData,
}

public sealed record GeneratorResult(GeneratorOutcome Outcome, long Rows, TimeSpan Elapsed);

/// <summary>
/// Fills the database with synthetic events for benchmarks: ten years, every kind with its details, sources,
/// drafts and archived events among the published ones. The same seed gives the same data. Loaded with binary COPY
/// into several tables at once, with indexes and foreign keys built afterwards.
/// </summary>
public sealed class DataGenerator(string connectionString, ILogger<DataGenerator> logger)
{
    /// <summary>Fixed rather than today, so a seed always gives the same dates.</summary>
    public static readonly DateOnly LastDay = new(2026, 10, 31);

    public const int Days = 3_652;

    public static DateOnly FirstDay => LastDay.AddDays(1 - Days);

    private static readonly string[] Tables =
    [
        "actors", "actor_aliases", "actor_titles", "negotiation_tracks", "events", "event_participants", "event_involvements",
        "sources", "event_links", "claim_positions", "claim_verdict_changes", "exchange_lines", "exchange_batches",
        "exchange_reports", "exchanged_detainees", "ceasefire_responses", "ceasefire_status_changes", "violation_allegations",
    ];

    public async Task<GeneratorResult> GenerateAsync(GeneratorOptions options, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 });
        // An earlier run killed half-way left its indexes and foreign keys to be built again.
        await BulkLoadSchema.RestoreAsync(dataSource, cancellationToken);
        await using var control = await dataSource.OpenConnectionAsync(cancellationToken);
        if (await HoldsDataAsync(control, cancellationToken))
        {
            if (!options.Replace)
            {
                logger.LogWarning("The database already holds events or actors; nothing generated (use --replace to empty it first)");
                return new GeneratorResult(GeneratorOutcome.RefusedExistingData, 0, clock.Elapsed);
            }

            logger.LogInformation("Emptying the database (--replace)");
            await ExecuteAsync(control, $"TRUNCATE {string.Join(", ", Tables)} RESTART IDENTITY CASCADE", cancellationToken);
        }

        await BulkLoadSchema.DropAsync(control, Tables, cancellationToken);
        long rows;
        try
        {
            rows = await CopyAsync(dataSource, options, cancellationToken);
            logger.LogInformation("Copied {Rows:N0} rows in {Seconds:F0} s; building indexes and foreign keys", rows, clock.Elapsed.TotalSeconds);
        }
        finally
        {
            // Even after a failed load the schema must come back whole (on whatever rows made it in).
            await BulkLoadSchema.RestoreAsync(dataSource, cancellationToken);
        }

        foreach (var table in Tables.Where(t => t is not ("event_participants" or "event_involvements" or "event_links")))
        {
            // Identity columns continue after the generated ids, so the editors' next insert does not collide.
            await ExecuteAsync(control, $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), greatest(1, (SELECT max(id) FROM {table})))", cancellationToken);
        }

        // The read-side aggregates (published events per day and kind, exchange totals per direction) are kept by
        // triggers, which were off during the COPY: the migration's own function computes them from what was loaded.
        await ExecuteAsync(control, "SELECT rebuild_read_aggregates()", cancellationToken);

        // VACUUM too, not only ANALYZE: it sets the visibility map, without which an index-only scan still reads
        // the table for every row (autovacuum would get there, but not before the benchmark runs).
        await ExecuteAsync(control, "VACUUM (ANALYZE)", cancellationToken);
        logger.LogInformation("Generated {Events:N0} events and {Actors:N0} actors ({Rows:N0} rows) in {Seconds:F0} s",
            options.Events, options.Actors, rows, clock.Elapsed.TotalSeconds);
        return new GeneratorResult(GeneratorOutcome.Loaded, rows, clock.Elapsed);
    }

    private static async Task<bool> HoldsDataAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM events) OR EXISTS (SELECT 1 FROM actors)", connection);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task<long> CopyAsync(NpgsqlDataSource dataSource, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var random = new Random(options.Seed);
        var actors = SyntheticActors.Build(random, options.Actors);
        long actorRows;
        await using (var actorWriters = await CopyWriterSet.OpenAsync(dataSource, SyntheticActors.Columns, cancellationToken))
        {
            actors.Write(actorWriters);
            await actorWriters.CompleteAsync(cancellationToken);
            actorRows = actorWriters.Rows;
        }

        await using (var trackWriters = await CopyWriterSet.OpenAsync(dataSource, SyntheticEvents.TrackColumns, cancellationToken))
        {
            SyntheticEvents.WriteTracks(random, options.Events, trackWriters);
            await trackWriters.CompleteAsync(cancellationToken);
            actorRows += trackWriters.Rows;
        }

        await using var writers = await CopyWriterSet.OpenAsync(dataSource, SyntheticEvents.Columns, cancellationToken);
        var events = new SyntheticEvents(random, actors, options.Events);
        for (var i = 0; i < options.Events; i++)
        {
            events.Write(i, writers);
            if ((i + 1) % 100_000 == 0) logger.LogInformation("{Count:N0} events written", i + 1);
        }

        events.CompleteLastProposal(writers);

        await writers.CompleteAsync(cancellationToken);
        return writers.Rows + actorRows;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
