using CeasefireTracker.Web.Features.Shared;

namespace CeasefireTracker.Web.Components.Layout;

/// <summary>The feature style sheets in wwwroot/css, one a feature (css/site.css, which every page links, is not one).</summary>
public enum StyleSheet
{
    Timeline,
    Filters,
    Events,
    Claims,
    Actors,
    Exchanges,
    Ceasefires,
    Analysis,
    Tracks,
    Accounts,
    Admin,
}

/// <summary>
/// The feature style sheets a page draws with, besides css/site.css: App.razor links them after it, fingerprinted. A
/// page so loads no rule of a feature it does not show. Put on a routable page (or a folder's _Imports.razor).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class StyleSheetsAttribute(params StyleSheet[] sheets) : Attribute
{
    public const string Site = "css/site.css";

    public IReadOnlyList<StyleSheet> Sheets { get; } = sheets;

    public static string Path(StyleSheet sheet) => $"css/{UrlNames.Of(sheet)}.css";

    /// <summary>The sheets of the page an endpoint renders, in the order the page names them.</summary>
    public static IEnumerable<string> Paths(Endpoint? page) =>
        page?.Metadata.GetMetadata<StyleSheetsAttribute>()?.Sheets.Select(Path) ?? [];
}
