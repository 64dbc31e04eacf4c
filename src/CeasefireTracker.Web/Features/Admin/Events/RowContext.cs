using System.Globalization;

namespace CeasefireTracker.Web.Features.Admin.Events;

/// <summary>One row of an <c>EditableRows</c> list: the element ids and field keys of its controls.</summary>
public sealed record RowContext<TRow>(TRow Row, int Index, string IdPrefix, string FieldPrefix, string ItemName)
{
    /// <summary>"source 2": the row's name for people, counted from one.</summary>
    public string Name => string.Create(CultureInfo.InvariantCulture, $"{ItemName} {Index + 1}");

    public string Id(string control) => string.Create(CultureInfo.InvariantCulture, $"{IdPrefix}-{Index}-{control}");

    public string Field(string property) => string.Create(CultureInfo.InvariantCulture, $"{FieldPrefix}[{Index}].{property}");
}
