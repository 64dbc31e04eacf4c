namespace CeasefireTracker.Web.Features.Admin.Events;

/// <summary>The messages of the last save attempt by field key, cascaded to every field of the edit form.</summary>
public sealed record FormErrors(IReadOnlyDictionary<string, string[]> ByField)
{
    public static readonly FormErrors None = new(new Dictionary<string, string[]>());

    public string[] For(string field) => ByField.GetValueOrDefault(field) ?? [];
}
