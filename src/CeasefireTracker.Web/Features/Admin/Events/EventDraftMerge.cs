using System.Text.Json;
using System.Text.Json.Nodes;

namespace CeasefireTracker.Web.Features.Admin.Events;

/// <summary>Which version of a field both editors changed the editor wants.</summary>
public enum MergeChoice
{
    Theirs,
    Yours,
}

/// <summary>A field both editors changed, differently: what is saved now and what the form holds, as people read them.</summary>
public sealed record MergeConflictField(string Path, string Label, string Theirs, string Yours);

/// <summary>
/// The outcome of a three-way merge. <see cref="Result"/> holds theirs wherever a conflict is still open, so nothing
/// they saved is lost; the event may be saved only when <see cref="Conflicts"/> is empty.
/// </summary>
public sealed record DraftMerge(
    EventDraft Result, IReadOnlyList<string> TheirsKept, IReadOnlyList<string> YoursApplied,
    IReadOnlyList<MergeConflictField> Conflicts, IReadOnlyList<string> Chosen)
{
    /// <summary>What the revision says about the merge, so the history shows whose fields came from where.</summary>
    public string Note(string otherEditor)
    {
        var parts = new List<string>();
        if (TheirsKept.Count > 0) parts.Add($"kept {otherEditor}'s {string.Join(", ", TheirsKept.Distinct())}");
        if (YoursApplied.Count > 0) parts.Add($"applied this editor's {string.Join(", ", YoursApplied.Distinct())}");
        if (Chosen.Count > 0) parts.Add($"chose {string.Join(", ", Chosen)}");
        return $"Merged with {otherEditor}'s save: {string.Join("; ", parts)}.";
    }
}

/// <summary>
/// The three-way merge of an event after a conflict: base is the version the editor loaded, theirs is what is stored
/// now, yours is the form. It works on the draft's JSON, a top-level property (and each property of the kind's
/// details) at a time, so a field added to the draft later merges without being taught to. Lists merge whole: two
/// editors' participant lists are one field.
/// </summary>
public static class EventDraftMerge
{
    // The workflow moves the status; the kind never changes.
    private static readonly HashSet<string> NotMerged = [nameof(EventDraft.Status), nameof(EventDraft.Kind)];

    public static DraftMerge Merge(EventDraft @base, EventDraft theirs, EventDraft yours, IReadOnlyDictionary<string, MergeChoice>? choices = null)
    {
        ArgumentNullException.ThrowIfNull(@base);
        ArgumentNullException.ThrowIfNull(theirs);
        ArgumentNullException.ThrowIfNull(yours);
        var (b, t, y) = (Tree(@base), Tree(theirs), Tree(yours));
        var result = Tree(theirs);
        var (kept, applied, chosen) = (new List<string>(), new List<string>(), new List<string>());
        var conflicts = new List<MergeConflictField>();
        var (theirText, yourText) = (Texts(theirs), Texts(yours));

        foreach (var path in Paths(b, t, y))
        {
            var (bv, tv, yv) = (At(b, path), At(t, path), At(y, path));
            var theyChanged = !JsonNode.DeepEquals(bv, tv);
            var youChanged = !JsonNode.DeepEquals(bv, yv);
            var label = EventDraftText.LabelOf(path);
            if (!youChanged || JsonNode.DeepEquals(tv, yv))
            {
                if (theyChanged && !JsonNode.DeepEquals(tv, yv)) kept.Add(label);
                continue;
            }

            if (!theyChanged)
            {
                Set(result, path, yv);
                applied.Add(label);
                continue;
            }

            if (choices is null || !choices.TryGetValue(path, out var choice))
            {
                conflicts.Add(new MergeConflictField(path, label, theirText.GetValueOrDefault(label, Raw(tv)), yourText.GetValueOrDefault(label, Raw(yv))));
            }
            else if (choice == MergeChoice.Yours)
            {
                Set(result, path, yv);
                chosen.Add($"this editor's {label}");
            }
            else
            {
                chosen.Add($"the saved {label}");
            }
        }

        var merged = EventDraft.FromJson(result.ToJsonString());
        merged.Status = theirs.Status;
        return new DraftMerge(merged, kept, applied, conflicts, chosen);
    }

    private static JsonObject Tree(EventDraft draft) => JsonNode.Parse(draft.ToJson())!.AsObject();

    private static Dictionary<string, string> Texts(EventDraft draft) =>
        EventDraftText.Describe(draft).GroupBy(f => f.Field).ToDictionary(g => g.Key, g => g.First().Value);

    /// <summary>Every property of the three trees, the kinds' details one level down ("Talks.Outcome"), in the draft's order.</summary>
    private static IEnumerable<string> Paths(params JsonObject[] trees)
    {
        var paths = new List<string>();
        foreach (var tree in trees)
        {
            foreach (var (name, value) in tree)
            {
                if (NotMerged.Contains(name)) continue;
                if (value is JsonObject details) paths.AddRange(details.Select(d => $"{name}.{d.Key}"));
                else paths.Add(name);
            }
        }

        return paths.Distinct();
    }

    private static JsonNode? At(JsonObject tree, string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? tree[path] : (tree[path[..dot]] as JsonObject)?[path[(dot + 1)..]];
    }

    private static void Set(JsonObject tree, string path, JsonNode? value)
    {
        var copy = value?.DeepClone();
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            tree[path] = copy;
            return;
        }

        var owner = path[..dot];
        if (tree[owner] is not JsonObject details) tree[owner] = details = [];
        details[path[(dot + 1)..]] = copy;
    }

    private static string Raw(JsonNode? value) => value is null ? "" : value.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
