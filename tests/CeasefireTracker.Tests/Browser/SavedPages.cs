using Microsoft.Playwright;

namespace CeasefireTracker.Tests.Browser;

/// <summary>
/// A saved copy of an admin page served again at its own address, as someone who kept the HTML would: the browser then
/// loads Blazor's script from the app and asks for a circuit with the copy's component descriptors.
/// </summary>
internal static class SavedPages
{
    /// <summary>
    /// How long a replayed page is given to start its circuit before the test looks. Here a working circuit answers
    /// within a second; a refused one never does, so the wait only has to be long enough for the working case.
    /// </summary>
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(4);

    /// <summary>Opens a new page of <paramref name="context"/> on the saved <paramref name="html"/> at <paramref name="path"/>.</summary>
    public static async Task<IPage> ReplayAsync(IBrowserContext context, Uri app, string path, string html)
    {
        var page = await context.NewPageAsync();
        // Only the first load: when the app sends the page elsewhere (to sign in), the browser asks the app itself.
        await page.RouteAsync(new Uri(app, path).ToString(),
            route => route.FulfillAsync(new() { Status = 200, ContentType = "text/html; charset=utf-8", Body = html }), new() { Times = 1 });
        await page.GotoAsync(path);
        return page;
    }
}
