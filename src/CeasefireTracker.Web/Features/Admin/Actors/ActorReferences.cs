using System.Globalization;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CeasefireTracker.Web.Features.Admin.Actors;

/// <summary>
/// Every column that points at an actor, read from the EF model rather than listed by hand, so a link added to the
/// schema later is moved by a merge without anyone remembering to teach the merge about it. For each, the SQL that
/// counts, de-duplicates and moves the rows of one actor to another. SQL parameters: {0} the duplicate, {1} the
/// survivor. Identifiers come from the model only, never from input.
/// </summary>
internal sealed class ActorReferences
{
    private ActorReferences(IReadOnlyList<ActorReference> all) => All = all;

    public IReadOnlyList<ActorReference> All { get; }

    public static ActorReferences Of(IModel model)
    {
        var actor = model.FindEntityType(typeof(Actor))
            ?? throw new InvalidOperationException("The model has no Actor entity.");
        var references = actor.GetReferencingForeignKeys()
            // Involvements are derived: the triggers that keep them follow the rows the merge moves.
            .Where(fk => fk.DeclaringEntityType.ClrType != typeof(EventInvolvement))
            .Select(fk => ActorReference.Of(fk, actor))
            .OrderBy(r => r.Label, StringComparer.Ordinal)
            .ToList();
        return new ActorReferences(references);
    }

    /// <summary>One row per reference, in <see cref="All"/>'s order: rows to move, rows that collide, rows that block.</summary>
    public string CountSql() => string.Join("\nUNION ALL\n", All.Select((r, i) => r.CountSql(i)));
}

/// <param name="Label">What the rows are, for people ("Exchange line (from actor)").</param>
/// <param name="IsAffiliation">Actors affiliated with the actor: the survivor itself may be one of them.</param>
internal sealed record ActorReference(
    string Label,
    string Table,
    string Column,
    IReadOnlyList<IReadOnlyList<string>> UniqueWith,
    IReadOnlyList<string> OtherActorColumns,
    bool IsAffiliation)
{
    public static ActorReference Of(IForeignKey fk, IEntityType actor)
    {
        if (fk.Properties.Count != 1)
        {
            throw new NotSupportedException($"{fk.DeclaringEntityType.DisplayName()} refers to actors by a composite key; the merge moves single columns only.");
        }

        var dependent = fk.DeclaringEntityType;
        var table = StoreObjectIdentifier.Table(dependent.GetTableName()!, dependent.GetSchema());
        string ColumnOf(IProperty p) => p.GetColumnName(table)!;
        var property = fk.Properties[0];

        // A row that would duplicate one of the survivor's on a primary key or unique index cannot move: the
        // survivor already says the same thing (both actors as party of one event, both aliases "Zelensky").
        var uniqueWith = dependent.GetKeys().Select(k => k.Properties)
            .Concat(dependent.GetIndexes().Where(i => i.IsUnique).Select(i => i.Properties))
            .Where(properties => properties.Contains(property))
            .Select(properties => (IReadOnlyList<string>)properties.Where(p => p != property).Select(p => Quote(ColumnOf(p))).ToList())
            .ToList();
        var otherActorColumns = dependent.GetForeignKeys()
            .Where(other => other != fk && other.PrincipalEntityType == actor)
            .Select(other => Quote(ColumnOf(other.Properties[0])))
            .ToList();

        var label = $"{Labels.Words(dependent.ClrType.Name)} ({Labels.Words(property.Name.EndsWith("Id", StringComparison.Ordinal) ? property.Name[..^2] : property.Name).ToLowerInvariant()})";
        return new ActorReference(label, Quote(table.Name, table.Schema), Quote(ColumnOf(property)), uniqueWith, otherActorColumns,
            dependent == actor);
    }

    public string CountSql(int index) => string.Create(CultureInfo.InvariantCulture, $$"""
        SELECT {{index}} AS "Index", count(*)::int AS "Moving",
            count(*) FILTER (WHERE {{CollidesSql()}})::int AS "Colliding",
            count(*) FILTER (WHERE {{BlocksSql()}})::int AS "Blocking"
        FROM {{Table}} AS d WHERE d.{{Column}} = {0}
        """);

    /// <summary>Deletes the duplicate's rows that the survivor already has; null when nothing can collide.</summary>
    public string? DeleteCollisionsSql() =>
        UniqueWith.Count == 0 ? null : $"DELETE FROM {Table} AS d WHERE d.{Column} = {{0}} AND ({CollidesSql()})";

    public string MoveSql() => $"UPDATE {Table} SET {Column} = {{1}} WHERE {Column} = {{0}}";

    private string CollidesSql() => UniqueWith.Count == 0
        ? "false"
        : string.Join(" OR ", UniqueWith.Select(others =>
            $"EXISTS (SELECT 1 FROM {Table} AS s WHERE s.{Column} = {{1}}{string.Concat(others.Select(c => $" AND s.{c} = d.{c}"))})"));

    /// <summary>
    /// Rows that name both actors in two roles (an exchange line from one to the other): after the merge they would
    /// name one actor on both sides, which means nothing, so an editor must fix the event first.
    /// </summary>
    private string BlocksSql() => OtherActorColumns.Count == 0
        ? "false"
        : string.Join(" OR ", OtherActorColumns.Select(c => $"d.{c} = {{1}}"));

    private static string Quote(string name, string? schema) => schema is null ? Quote(name) : $"{Quote(schema)}.{Quote(name)}";

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
