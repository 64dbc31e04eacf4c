using System.Collections;
using Microsoft.AspNetCore.Components.Forms;

namespace CeasefireTracker.Web.Features.Admin;

/// <summary>
/// Puts a service's messages, keyed by field path ("Name", "Titles[0].To"), into a form's <see cref="EditContext"/>:
/// the built-in inputs then mark themselves invalid (aria-invalid, the "invalid" class) and each
/// <see cref="ValidationMessage{TValue}"/> shows its field's messages. The server stays the one place that validates.
/// </summary>
public sealed class EditContextErrors
{
    private readonly EditContext context;
    private readonly ValidationMessageStore store;

    public EditContextErrors(EditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        this.context = context;
        store = new ValidationMessageStore(context);
    }

    /// <summary>Messages under the empty key belong to no field; the form shows them above its buttons.</summary>
    public IReadOnlyList<string> General { get; private set; } = [];

    public void Show(IReadOnlyDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        store.Clear();
        var general = new List<string>();
        foreach (var (path, messages) in errors)
        {
            if (Resolve(context.Model, path) is { } field) store.Add(field, messages);
            else general.AddRange(messages);
        }

        General = general;
        context.NotifyValidationStateChanged();
    }

    public bool HasErrors(object model, string fieldName) => context.GetValidationMessages(new FieldIdentifier(model, fieldName)).Any();

    /// <summary>"Titles[0].To" → the field To of the first item of the model's Titles; null for a path that names nothing.</summary>
    private static FieldIdentifier? Resolve(object model, string path)
    {
        if (path.Length == 0) return null;
        var owner = model;
        var parts = path.Split('.');
        foreach (var part in parts[..^1])
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            var value = owner.GetType().GetProperty(name)?.GetValue(owner);
            if (bracket >= 0)
            {
                value = value is IList list && int.TryParse(part[(bracket + 1)..^1], out var index) && index >= 0 && index < list.Count ? list[index] : null;
            }

            if (value is null) return null;
            owner = value;
        }

        return owner.GetType().GetProperty(parts[^1]) is null ? null : new FieldIdentifier(owner, parts[^1]);
    }
}
