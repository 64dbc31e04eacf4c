using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CeasefireTracker.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands EF sends, to prove a page costs a fixed number of queries (no query per row), and notes
/// which server each went to (to tell a read replica from the primary).
/// </summary>
public sealed class QueryCounter : DbCommandInterceptor
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<int> ports = new();
    private int count;

    public int Count => Volatile.Read(ref count);

    /// <summary>The port of the server each query and command since the last reset went to.</summary>
    public IReadOnlyCollection<int> Ports => ports;

    public void Reset()
    {
        Interlocked.Exchange(ref count, 0);
        ports.Clear();
    }

    private void Sent(DbCommand command)
    {
        Interlocked.Increment(ref count);
        if (command.Connection is Npgsql.NpgsqlConnection connection) ports.Enqueue(connection.Port);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Sent(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Sent(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Sent(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Sent(command);
        return ValueTask.FromResult(result);
    }
}
