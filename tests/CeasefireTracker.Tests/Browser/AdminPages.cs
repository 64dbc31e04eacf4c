using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CeasefireTracker.Tests.Browser;

/// <summary>How browser tests drive the admin pages built on MudBlazor's components (the form kit).</summary>
public static class AdminPages
{
    /// <summary>Waits until the page is live (its circuit connected): before that, typing and clicks reach nobody.</summary>
    public static async Task WaitUntilLiveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator(".admin-live").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
    }

    /// <summary>The message MudBlazor shows under the input with this id.</summary>
    public static ILocator MessageOf(IPage page, string inputId)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator(".mud-input-control", new PageLocatorOptions { Has = page.Locator($"#{inputId}") })
            .Locator(".mud-input-helper-text.mud-input-error").First;
    }

    /// <summary>Types into an input as a fast typist does: every key at once, no pause between them.</summary>
    public static async Task TypeAsync(IPage page, string inputId, string text)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator($"#{inputId}").ClickAsync();
        await page.Keyboard.TypeAsync(text, new KeyboardTypeOptions { Delay = 0 });
    }

    /// <summary>Types a name at 0 ms a key into an autocomplete, then picks the option it offers with that text.</summary>
    public static async Task PickAsync(IPage page, string inputId, string typed, string option)
    {
        await TypeAsync(page, inputId, typed);
        await page.GetByRole(AriaRole.Option).Filter(new LocatorFilterOptions { HasText = option }).First.ClickAsync();
        await Assertions.Expect(page.Locator($"#{inputId}")).ToHaveValueAsync(option);
    }

    /// <summary>
    /// Types at a person's pace (40 ms a key) into an autocomplete, so its search answers as it would for them, picks the
    /// option with that text, and waits for the list to close, as a person does before the next field (typing under it
    /// would race its last render on a loaded machine).
    /// </summary>
    public static async Task PickAtPaceAsync(IPage page, string inputId, string typed, string option)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator($"#{inputId}").PressSequentiallyAsync(typed, new LocatorPressSequentiallyOptions { Delay = 40 });
        await page.GetByRole(AriaRole.Option).Filter(new LocatorFilterOptions { HasText = option }).First.ClickAsync();
        await Assertions.Expect(page.Locator($"#{inputId}")).ToHaveValueAsync(new Regex("^" + Regex.Escape(option)));
        await Assertions.Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 15_000 });
    }

    /// <summary>Opens a MudSelect and chooses an option.</summary>
    public static async Task ChooseAsync(IPage page, ILocator select, string option)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(select);
        await select.ClickAsync();
        await page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = option, Exact = true }).ClickAsync();
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory("screenshots");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = $"screenshots/{name}.png", FullPage = true });
    }
}
