using Npgsql;

namespace CeasefireTracker.DataGenerator;

/// <summary>The COPY writers of several tables, opened, completed and closed together.</summary>
internal sealed class CopyWriterSet : IAsyncDisposable
{
    private readonly Dictionary<string, CopyWriter> writers;

    private CopyWriterSet(Dictionary<string, CopyWriter> writers) => this.writers = writers;

    public CopyWriter this[string table] => writers[table];

    public long Rows => writers.Values.Sum(w => w.Rows);

    /// <summary>Opens one COPY per table: table name → its column list.</summary>
    public static async Task<CopyWriterSet> OpenAsync(NpgsqlDataSource dataSource, IReadOnlyDictionary<string, string> columns, CancellationToken cancellationToken)
    {
        var writers = new Dictionary<string, CopyWriter>();
        try
        {
            foreach (var (table, list) in columns) writers[table] = await CopyWriter.OpenAsync(dataSource, table, list, cancellationToken);
        }
        catch
        {
            foreach (var writer in writers.Values) await writer.DisposeAsync();
            throw;
        }

        return new CopyWriterSet(writers);
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        foreach (var writer in writers.Values) await writer.CompleteAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var writer in writers.Values) await writer.DisposeAsync();
    }
}
