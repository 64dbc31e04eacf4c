using Microsoft.AspNetCore.Components;

namespace CeasefireTracker.Web.Features.Admin.Kit;

/// <summary>
/// What every field of the kit shares: its key in the form's <see cref="FormErrors"/> (which gives it its element id
/// and its messages) and its label. Add a field to a form with a key the service uses for its messages, and the
/// message appears next to it, in the summary, and gets the focus after a failed save.
/// </summary>
public abstract class KitField : ComponentBase
{
    [CascadingParameter] public FormErrors Errors { get; set; } = new();

    /// <summary>The field's key, as the service names it in its messages ("Sources[0].Url").</summary>
    [Parameter, EditorRequired] public string For { get; set; } = "";

    [Parameter, EditorRequired] public string Label { get; set; } = "";

    /// <summary>A line of help under the field.</summary>
    [Parameter] public string? Hint { get; set; }

    [Parameter] public bool Disabled { get; set; }

    protected string Id => Errors.IdOf(For);

    protected bool HasError => Errors.Has(For);

    protected string? ErrorText => Errors.Text(For);

    /// <summary>The message's element, which the input names in aria-describedby while it shows an error.</summary>
    protected string ErrorId => Id + "-error";

    protected override void OnParametersSet() => Errors.Name(For, Label);
}
