using System.Globalization;
using System.Text.RegularExpressions;

namespace CeasefireTracker.Web.Features.Admin.Kit;

/// <summary>
/// The one error path of every admin form. A service answers a save with messages keyed by field
/// ("Title", "Sources[0].Url", "Proposal.Responses[1].Conditions"); the page hands them to <see cref="Show"/>, and each
/// kit field (cascaded this object) puts its key's messages next to itself through MudBlazor's Error/ErrorText. A field
/// that cannot read what was typed (a fraction in a whole-number field, a date that does not exist) reports it with
/// <see cref="SetUnreadable"/>: the form then refuses to save, and the typed text stays in the field.
/// </summary>
public sealed partial class FormErrors(string idPrefix = "")
{
    private Dictionary<string, string[]> server = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> unreadable = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> labels = new(StringComparer.Ordinal);

    // Unreadable values still being typed ("2025-0"): they stop a save, but their message waits for it.
    private readonly HashSet<string> quiet = new(StringComparer.Ordinal);

    /// <summary>Raised when the messages change outside a save (a row removed, a field read again).</summary>
    public event Action? Changed;

    /// <summary>Keeps the element ids of two forms on one page apart (the event form and a new actor's form).</summary>
    public string IdPrefix { get; } = idPrefix;

    public bool Any => server.Count > 0 || unreadable.Count > 0;

    /// <summary>A value a field could not read is waiting to be fixed: saving now would lose it.</summary>
    public bool HasUnreadable => unreadable.Count > 0;

    public string[] For(string field) =>
        unreadable.TryGetValue(field, out var own) && !quiet.Contains(field) ? [own, .. server.GetValueOrDefault(field) ?? []] : server.GetValueOrDefault(field) ?? [];

    public bool Has(string field) => For(field).Length > 0;

    /// <summary>The field's messages as one text, for MudBlazor's ErrorText; null when there are none.</summary>
    public string? Text(string field) => For(field) is { Length: > 0 } messages ? string.Join(" ", messages) : null;

    /// <summary>The id of the field's input element, made from its key: "Sources[0].Url" → "sources-0-url".</summary>
    public string IdOf(string field) => IdPrefix + Ids.IdOf(field);

    /// <summary>Every message in the order the form shows its fields, with the id of the field it belongs to.</summary>
    public IReadOnlyList<FieldProblem> Problems =>
    [
        .. unreadable.Where(u => !quiet.Contains(u.Key)).Select(u => Problem(u.Key, u.Value)),
        .. server.SelectMany(s => s.Value.Select(m => Problem(s.Key, m))),
    ];

    /// <summary>The id of the first field with a message, for the focus after a failed save.</summary>
    public string? FirstFieldId => Problems.FirstOrDefault(p => p.FieldId is not null)?.FieldId;

    public void Show(IReadOnlyDictionary<string, string[]> errors)
    {
        server = new Dictionary<string, string[]>(errors, StringComparer.Ordinal);
        Changed?.Invoke();
    }

    public void Clear() => Show(new Dictionary<string, string[]>());

    /// <param name="untilSave">The value may still be on its way (a date half typed): say so only when the editor saves.</param>
    public void SetUnreadable(string field, string? message, bool untilSave = false)
    {
        var changed = message is null ? unreadable.Remove(field) : unreadable.TryGetValue(field, out var old) is false || old != message;
        if (message is not null) unreadable[field] = message;
        changed |= untilSave && message is not null ? quiet.Add(field) : quiet.Remove(field);
        if (changed) Changed?.Invoke();
    }

    /// <summary>A save was refused because of unreadable values: every one of them now says why.</summary>
    public void ShowUnreadable()
    {
        if (quiet.Count == 0) return;
        quiet.Clear();
        Changed?.Invoke();
    }

    /// <summary>What the field is called, for the summary of messages at the top of the form.</summary>
    public void Name(string field, string label) => labels[field] = label;

    /// <summary>
    /// Row <paramref name="index"/> of the list <paramref name="listField"/> was removed: its messages go, and the rows
    /// after it keep theirs under their new index, so no message lands on a row it was not about.
    /// </summary>
    public void RemoveRow(string listField, int index)
    {
        server = Shift(server, listField, index);
        var moved = Shift(unreadable.ToDictionary(), listField, index);
        unreadable.Clear();
        foreach (var (key, value) in moved) unreadable[key] = value;
        Changed?.Invoke();
    }

    private static Dictionary<string, T> Shift<T>(Dictionary<string, T> messages, string listField, int index)
    {
        var shifted = new Dictionary<string, T>(StringComparer.Ordinal);
        var prefix = listField + "[";
        foreach (var (key, value) in messages)
        {
            var match = key.StartsWith(prefix, StringComparison.Ordinal) ? RowKey().Match(key, prefix.Length) : Match.Empty;
            if (!match.Success)
            {
                shifted[key] = value;
                continue;
            }

            var row = int.Parse(match.Groups["row"].Value, CultureInfo.InvariantCulture);
            if (row == index) continue;
            shifted[row < index ? key : string.Create(CultureInfo.InvariantCulture, $"{prefix}{row - 1}]{match.Groups["rest"].Value}")] = value;
        }

        return shifted;
    }

    private FieldProblem Problem(string field, string message)
    {
        var label = labels.GetValueOrDefault(field);
        var row = RowOf().Match(field);
        var where = row.Success ? $" ({labels.GetValueOrDefault(row.Groups["list"].Value + "[]", "row")} {int.Parse(row.Groups["row"].Value, CultureInfo.InvariantCulture) + 1})" : "";
        return new FieldProblem(field, label is null ? message : $"{label}{where}: {message}", labels.ContainsKey(field) ? IdOf(field) : null);
    }

    [GeneratedRegex(@"\G(?<row>\d+)\](?<rest>.*)$")]
    private static partial Regex RowKey();

    [GeneratedRegex(@"^(?<list>.+)\[(?<row>\d+)\][^\[]*$")]
    private static partial Regex RowOf();
}

/// <summary>One message of the summary: the field key, the text to read, and the input to focus (null for the form as a whole).</summary>
public sealed record FieldProblem(string Field, string Message, string? FieldId);

public static partial class Ids
{
    /// <summary>"Claim.Positions[1].StatedOn" → "claim-positions-1-statedon": a valid, readable element id.</summary>
    public static string IdOf(string field) => NotIdCharacters().Replace(field.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotIdCharacters();
}
