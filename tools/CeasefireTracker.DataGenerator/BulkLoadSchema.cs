using Npgsql;

namespace CeasefireTracker.DataGenerator;

/// <summary>
/// PostgreSQL's advice for populating a database: drop the secondary indexes and foreign keys, COPY, then build
/// them again. Building a GIN index once is many times faster than growing it row by row, and one validating join
/// per foreign key beats a trigger call per row. The definitions are read from the catalogue (so whatever the
/// migrations created comes back exactly) and kept in a table of their own in the same transaction as the drops:
/// a load that is killed half-way leaves them there, and the next run restores them first.
/// </summary>
internal static class BulkLoadSchema
{
    private const string Pending = "generator_dropped_objects";

    public static async Task DropAsync(NpgsqlConnection connection, IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var save = new NpgsqlCommand($"""
            CREATE TABLE {Pending} (position serial PRIMARY KEY, table_name text NOT NULL, name text NOT NULL, definition text NOT NULL, is_index boolean NOT NULL);
            INSERT INTO {Pending} (table_name, name, definition, is_index)
            SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid), false
            FROM pg_constraint c
            WHERE c.contype = 'f' AND (c.conrelid::regclass::text = ANY(@tables) OR c.confrelid::regclass::text = ANY(@tables));
            INSERT INTO {Pending} (table_name, name, definition, is_index)
            SELECT t.relname, i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid), true
            FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
            WHERE t.relname = ANY(@tables) AND NOT i.indisprimary;
            """, connection))
        {
            save.Parameters.AddWithValue("tables", tables.ToArray());
            await save.ExecuteNonQueryAsync(cancellationToken);
        }

        var pending = await ReadPendingAsync(connection, cancellationToken);
        foreach (var (table, name, _, isIndex) in pending)
        {
            await ExecuteAsync(connection, isIndex ? $"DROP INDEX {name}" : $"ALTER TABLE {table} DROP CONSTRAINT \"{name}\"", cancellationToken);
        }

        // The triggers that copy an event's date, kind and status to its participants would look up, row by row,
        // events that another connection is still copying (and not yet committed): off, the generator writes the
        // copies itself. Every table the load touches has an index or key in the list, so the restore finds them.
        foreach (var table in pending.Select(p => p.Table).Distinct())
        {
            await ExecuteAsync(connection, $"ALTER TABLE {table} DISABLE TRIGGER USER", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Builds what <see cref="DropAsync"/> dropped, if anything is pending: the indexes on two connections (the
    /// events table's on one, the rest on the other), then the triggers and the foreign keys.
    /// </summary>
    public static async Task RestoreAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var exists = new NpgsqlCommand($"SELECT to_regclass('{Pending}') IS NOT NULL", connection))
        {
            if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken))!) return;
        }

        var pending = await ReadPendingAsync(connection, cancellationToken);
        // IF NOT EXISTS: a restore that was itself cut short may have built some of them.
        var indexes = pending.Where(p => p.IsIndex)
            .Select(p => (p.Table, Definition: p.Definition.Replace(" INDEX ", " INDEX IF NOT EXISTS ", StringComparison.Ordinal)))
            .ToList();
        await Task.WhenAll(
            BuildAsync(dataSource, indexes.Where(i => i.Table == "events").Select(i => i.Definition), cancellationToken),
            BuildAsync(dataSource, indexes.Where(i => i.Table != "events").Select(i => i.Definition), cancellationToken));

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var table in pending.Select(p => p.Table).Distinct())
        {
            await ExecuteAsync(connection, $"ALTER TABLE {table} ENABLE TRIGGER USER", cancellationToken);
        }

        foreach (var (table, name, definition, _) in pending.Where(p => !p.IsIndex))
        {
            await ExecuteAsync(connection,
                $"ALTER TABLE {table} DROP CONSTRAINT IF EXISTS \"{name}\"; ALTER TABLE {table} ADD CONSTRAINT \"{name}\" {definition}",
                cancellationToken);
        }

        await ExecuteAsync(connection, $"DROP TABLE {Pending}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<List<(string Table, string Name, string Definition, bool IsIndex)>> ReadPendingAsync(
        NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var pending = new List<(string, string, string, bool)>();
        await using var read = new NpgsqlCommand($"SELECT table_name, name, definition, is_index FROM {Pending} ORDER BY position", connection);
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) pending.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3)));
        return pending;
    }

    private static async Task BuildAsync(NpgsqlDataSource dataSource, IEnumerable<string> definitions, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, "SET maintenance_work_mem = '512MB'", cancellationToken);
        foreach (var definition in definitions) await ExecuteAsync(connection, definition, cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
