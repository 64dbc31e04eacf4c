using Npgsql;
using NpgsqlTypes;

namespace CeasefireTracker.DataGenerator;

/// <summary>
/// One table's binary COPY on a connection of its own, so that PostgreSQL works on several tables at once while
/// the generator writes rows in one pass.
/// </summary>
internal sealed class CopyWriter : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly NpgsqlBinaryImporter importer;

    private CopyWriter(NpgsqlConnection connection, NpgsqlBinaryImporter importer)
    {
        this.connection = connection;
        this.importer = importer;
    }

    public long Rows { get; private set; }

    public static async Task<CopyWriter> OpenAsync(NpgsqlDataSource dataSource, string table, string columns, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var importer = await connection.BeginBinaryImportAsync($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        return new CopyWriter(connection, importer);
    }

    public CopyWriter Row()
    {
        importer.StartRow();
        Rows++;
        return this;
    }

    public CopyWriter Text(string? value) => value is null ? Null() : Write(value, NpgsqlDbType.Text);

    public CopyWriter Int(int? value) => value is { } v ? Write(v, NpgsqlDbType.Integer) : Null();

    public CopyWriter Bool(bool value) => Write(value, NpgsqlDbType.Boolean);

    public CopyWriter Long(long? value) => value is { } v ? Write(v, NpgsqlDbType.Bigint) : Null();

    public CopyWriter Date(DateOnly? value) => value is { } v ? Write(v, NpgsqlDbType.Date) : Null();

    public CopyWriter Time(DateTime value) => Write(value, NpgsqlDbType.TimestampTz);

    public CopyWriter Instant(DateTimeOffset? value) => value is { } v ? Write(v.UtcDateTime, NpgsqlDbType.TimestampTz) : Null();

    public CopyWriter Enum<TEnum>(TEnum value) where TEnum : struct, Enum => Text(value.ToString());

    public CopyWriter Enum<TEnum>(TEnum? value) where TEnum : struct, Enum => Text(value?.ToString());

    public async Task CompleteAsync(CancellationToken cancellationToken) => await importer.CompleteAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await importer.DisposeAsync();
        await connection.DisposeAsync();
    }

    private CopyWriter Write<T>(T value, NpgsqlDbType type)
    {
        importer.Write(value, type);
        return this;
    }

    private CopyWriter Null()
    {
        importer.WriteNull();
        return this;
    }
}
