using MudBlazor;

namespace CeasefireTracker.Web.Components.Layout;

internal static class TrackerTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            Secondary = "#8a5a00",
            AppbarBackground = "#1f4e79",
            Background = "#f6f7f9",
            // Darker than MudBlazor's defaults so labels, messages and snackbars read at 4.5:1 or better (WCAG AA),
            // also on the page's grey.
            TextSecondary = "#5b6472",
            Error = "#b3261e",
            Success = "#1b5e20",
            Info = "#0d47a1",
            Warning = "#8a5a00",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
