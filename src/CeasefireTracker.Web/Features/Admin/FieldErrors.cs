using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Admin.Actors;
using CeasefireTracker.Web.Features.Shared;

namespace CeasefireTracker.Web.Features.Admin;

/// <summary>Messages by form field, in the order they were found; the checks shared by every kind of event.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> messages = new(StringComparer.Ordinal);

    public bool Any => messages.Count > 0;

    /// <summary>Whether the field has a message already (a later rule that depends on it can then say nothing).</summary>
    public bool Has(string field) => messages.ContainsKey(field);

    public IReadOnlyDictionary<string, string[]> ToDictionary() => messages.ToDictionary(m => m.Key, m => m.Value.ToArray());

    public void Add(string field, string message)
    {
        if (!messages.TryGetValue(field, out var list)) messages[field] = list = [];
        if (!list.Contains(message)) list.Add(message);
    }

    /// <summary>
    /// Required or optional text of at most <paramref name="maxLength"/> characters, with no control characters and
    /// nothing that could spoof how it reads (<see cref="SafeText"/>): running text (<paramref name="multiline"/>) may
    /// keep the invisible characters languages need, one-line text may not.
    /// </summary>
    public void Text(string field, string? value, int maxLength, string? required = null, bool multiline = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required is not null) Add(field, required);
        }
        else if (value.Length > maxLength)
        {
            Add(field, $"At most {maxLength} characters ({value.Length} now).");
        }
        else
        {
            NoControlCharacters(field, value);
            NoSpoofing(field, value, multiline);
        }
    }

    public void NoSpoofing(string field, string? value, bool multiline)
    {
        if (SafeText.FirstSpoofing(value, multiline) is { } found) Add(field, SafeText.Message(found));
    }

    /// <summary>
    /// Refuses invisible control characters (a NUL pasted from another program, an escape code); line breaks and
    /// tabs are text. PostgreSQL would refuse a NUL anyway, but with an error no editor could act on.
    /// </summary>
    public void NoControlCharacters(string field, string? value)
    {
        if (value is not null && value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            Add(field, "Remove the invisible control characters (they often come with text pasted from another program).");
        }
    }

    /// <summary>
    /// The earliest date the tracker takes. Modern ceasefire diplomacy starts well after it; a date before it is a
    /// typo (a year of "0025" from a date picker), not history.
    /// </summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    public void PastDate(string field, DateOnly? value, DateOnly today, string? required = null)
    {
        if (value is null)
        {
            if (required is not null) Add(field, required);
        }
        else if (value > today)
        {
            Add(field, "The date cannot be in the future.");
        }
        else if (value < EarliestDate)
        {
            Add(field, $"The date cannot be before {EarliestDate:yyyy}: check the year.");
        }
    }

    /// <summary>An absolute http(s) address without spaces, as the sources' CHECK constraint wants.</summary>
    public void Url(string field, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "Give the address of the report.");
        }
        else if (value.Length > FieldLengths.Source.Url)
        {
            Add(field, $"At most {FieldLengths.Source.Url} characters.");
        }
        else if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
                 || value.Any(char.IsWhiteSpace) || !value.Contains("://", StringComparison.Ordinal))
        {
            Add(field, "Give a full web address starting with https:// or http://.");
        }
    }

    public void Defined<TEnum>(string field, TEnum value) where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value)) Add(field, "Choose one of the listed values.");
    }

    public void Actor(string field, ActorChoice? actor)
    {
        if (actor is null) Add(field, "Choose an actor.");
    }

    /// <summary>The two sides of a release or an allegation: both chosen, and not the same actor.</summary>
    public void Sides(string fromField, string toField, ActorChoice? from, ActorChoice? to)
    {
        Actor(fromField, from);
        Actor(toField, to);
        if (from is not null && to is not null && from.Id == to.Id) Add(toField, "The two sides must be different actors.");
    }

    public void Cites(string field, string? sourceKey, HashSet<string> sourceKeys)
    {
        if (sourceKey is not null && !sourceKeys.Contains(sourceKey)) Add(field, "That source is no longer in the list: choose another.");
    }
}
