using System.Globalization;

namespace CeasefireTracker.Web.Features.Admin.Kit;

/// <summary>One row of a <c>RowList</c>: the row, its index and the field keys of its controls.</summary>
public sealed record RowContext<TRow>(TRow Row, int Index, string FieldPrefix, string ItemName)
{
    /// <summary>"source 2": the row's name for people, counted from one.</summary>
    public string Name => string.Create(CultureInfo.InvariantCulture, $"{ItemName} {Index + 1}");

    /// <summary>The key of one of the row's fields: "Sources[1].Url".</summary>
    public string Field(string property) => string.Create(CultureInfo.InvariantCulture, $"{FieldPrefix}[{Index}].{property}");
}
