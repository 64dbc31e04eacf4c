using Microsoft.JSInterop;

namespace CeasefireTracker.Web.Features.Admin.Kit;

/// <summary>Moves the keyboard focus to a field (wwwroot/admin.js), e.g. to the first one with a message after a failed save.</summary>
public static class Focus
{
    public static Task FieldAsync(IJSRuntime js, string? id) => id is null ? Task.CompletedTask : RunAsync(js, "ceasefireAdmin.focus", id);

    /// <summary>The first field of the form (in the page's order) that has a message; the summary when none can take the focus.</summary>
    public static Task FirstProblemAsync(IJSRuntime js, FormErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return RunAsync(js, "ceasefireAdmin.focusFirst", errors.Problems.Select(p => p.FieldId).OfType<string>().Distinct().ToArray(),
            $"{errors.IdPrefix}error-summary");
    }

    private static async Task RunAsync(IJSRuntime js, string function, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(js);
        try
        {
            await js.InvokeVoidAsync(function, arguments);
        }
        catch (JSDisconnectedException)
        {
            // The page is gone; there is nothing to focus.
        }
    }
}
