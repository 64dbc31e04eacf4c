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
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
