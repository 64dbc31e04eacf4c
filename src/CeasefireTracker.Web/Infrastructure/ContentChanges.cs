using System.Data.Common;
using System.Runtime.CompilerServices;
using CeasefireTracker.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CeasefireTracker.Web.Infrastructure;

/// <summary>
/// The one place that tells the public pages their content changed: every context of the app carries this
/// interceptor, so whatever writes through EF (SaveChanges, ExecuteUpdate/ExecuteDelete, raw SQL) moves the content
/// version and empties the page cache once its transaction has committed. A new write path cannot forget it.
/// Writes to the accounts and the data-protection keys change nothing readers see and leave the cache alone (a
/// stream of failed sign-ins must not be able to empty it).
/// </summary>
internal sealed partial class ContentChanges(PublicPageCache pages, ILogger<ContentChanges> logger)
    : ISaveChangesInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Pending> pending = [];

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Saving(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Saving(eventData.Context);
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await WrittenAsync(eventData.Context, saved: true, cancellationToken);
        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        WrittenAsync(eventData.Context, saved: true, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveFailed(eventData.Context);
        return Task.CompletedTask;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => SaveFailed(eventData.Context);

    // ExecuteUpdate, ExecuteDelete and raw SQL; inside SaveChanges the entries already told what changed. A SELECT
    // run for its lock or as a ping writes nothing.
    public async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && !StateOf(context).Saving
            && !command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
        {
            StateOf(context).Changed = true;
            await WrittenAsync(context, saved: false, cancellationToken);
        }

        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) =>
        NonQueryExecutedAsync(command, eventData, result).AsTask().GetAwaiter().GetResult();

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) await PublishAsync(context, cancellationToken);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) PublishAsync(context, CancellationToken.None).GetAwaiter().GetResult();
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) StateOf(context).Changed = false;
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) StateOf(context).Changed = false;
    }

    private void Saving(DbContext? context)
    {
        if (context is null) return;
        var state = StateOf(context);
        state.Saving = true;
        state.Changed |= context.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && ReadersSee(e.Metadata.ClrType));
    }

    private void SaveFailed(DbContext? context)
    {
        if (context is null) return;
        var state = StateOf(context);
        state.Saving = false;
        // Outside a transaction of the caller's, nothing of a failed save was committed.
        if (context.Database.CurrentTransaction is null) state.Changed = false;
    }

    private async ValueTask WrittenAsync(DbContext? context, bool saved, CancellationToken cancellationToken)
    {
        if (context is null) return;
        if (saved) StateOf(context).Saving = false;
        // Inside a transaction the change is not visible until the commit (TransactionCommitted).
        if (context.Database.CurrentTransaction is null) await PublishAsync(context, cancellationToken);
    }

    private async Task PublishAsync(DbContext context, CancellationToken cancellationToken)
    {
        var state = StateOf(context);
        if (!state.Changed) return;
        state.Changed = false;
        try
        {
            await pages.ContentChangedAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The write has committed: failing it now would tell the editor it was lost. Readers may see the old
            // pages until the cached ones expire (PublicPageCache.Lifetime).
            LogNotPublished(logger, e);
        }
    }

    /// <summary>Everything but editors' accounts (Identity's tables) and the data-protection keys shows on public pages.</summary>
    private static bool ReadersSee(Type entity) =>
        entity != typeof(TrackerUser) && entity.Namespace?.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal) != true;

    private Pending StateOf(DbContext context)
    {
        var state = pending.GetOrCreateValue(context);
        // Contexts are pooled (TrackerContexts): what an earlier use of this instance left behind (a transaction
        // disposed without commit, a cancelled save) is not this use's. A write that committed was published then.
        if (state.Lease != context.ContextId.Lease)
        {
            state.Lease = context.ContextId.Lease;
            state.Changed = false;
            state.Saving = false;
        }

        return state;
    }

    private sealed class Pending
    {
        public int Lease { get; set; }

        public bool Changed { get; set; }

        public bool Saving { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A write committed, but the public pages could not be told; they may show the old content until their cache entries expire")]
    private static partial void LogNotPublished(ILogger logger, Exception exception);
}
