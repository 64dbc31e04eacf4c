using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CeasefireTracker.Web.Infrastructure;

/// <summary>One stored value that the forms would refuse today (<see cref="SafeText"/>).</summary>
public sealed record SpoofingFinding(string Table, string Column, string Key, string Problem);

/// <summary>
/// The <c>check-text</c> command: finds the rows stored before the forms refused text that can spoof how it reads,
/// so an editor can fix them. Every text column of the model is read (a column added later is checked too); a
/// column longer than 500 characters is running text, where the invisible characters languages need are allowed,
/// as in the forms. PostgreSQL picks the candidate rows with a regular expression; <see cref="SafeText"/> decides.
/// </summary>
public sealed class TextAudit(IDbContextFactory<TrackerDbContext> contexts)
{
    private const int RunningTextLength = 500;

    // Everything SafeText refuses anywhere; PostgreSQL's regular expressions read \uXXXX and \UXXXXXXXX.
    private const string Suspects = @"[\u200B-\u200F\u061C\u202A-\u202E\u2060-\u2069\uFEFF\uE000-\uF8FF\U000F0000-\U0010FFFF]";

    public async Task<IReadOnlyList<SpoofingFinding>> FindAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var findings = new List<SpoofingFinding>();
        // The kinds of event share one table: each column once.
        foreach (var (table, key, column, multiline) in TextColumns(db.Model).DistinctBy(c => (c.Table, c.Column)))
        {
            // Identifiers come from the model only, never from input; the pattern is a parameter.
            var sql = "SELECT CAST(" + key + " AS text) AS \"Key\", " + column + " AS \"Text\" FROM " + table + " WHERE " + column + " ~ {0} ORDER BY 1";
            var rows = await db.Database.SqlQueryRaw<Row>(sql, Suspects).ToListAsync(cancellationToken);
            findings.AddRange(rows
                .Select(r => (r.Key, Found: SafeText.FirstSpoofing(r.Text, multiline)))
                .Where(r => r.Found is not null)
                .Select(r => new SpoofingFinding(Unquote(table), Unquote(column), r.Key, SafeText.Message(r.Found!.Value))));
        }

        return findings;
    }

    private static IEnumerable<(string Table, string Key, string Column, bool Multiline)> TextColumns(IModel model)
    {
        foreach (var entity in model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.FindPrimaryKey()?.Properties.Count == 1))
        {
            var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var key = Quote(entity.FindPrimaryKey()!.Properties[0].GetColumnName(store)!);
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(string) && p.GetColumnType() is not "jsonb"))
            {
                if (property.GetColumnName(store) is not { } column) continue;
                yield return (Quote(store.Name), key, Quote(column), property.GetMaxLength() is null or > RunningTextLength);
            }
        }
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static string Unquote(string identifier) => identifier.Trim('"');

    private sealed class Row
    {
        public string Key { get; init; } = "";
        public string? Text { get; init; }
    }
}
