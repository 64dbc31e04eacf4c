using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CeasefireTracker.Tests.Browser;

/// <summary>axe-core, run inside the page in Chromium (the package ships axe's script; nothing is downloaded).</summary>
public static class Accessibility
{
    private static readonly string[] Blocking = ["serious", "critical"];

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        // Colours are measured as the page rests: a button's ripple after a click (a white wash over its label) or a
        // snackbar sliding in would otherwise be measured mid-animation, now and then. At most two seconds.
        await page.EvaluateAsync("""
            () => Promise.race([
                Promise.all(document.getAnimations()
                    .filter(a => a.effect?.getTiming().iterations !== Infinity)
                    .map(a => a.finished.catch(() => null))),
                new Promise(done => setTimeout(done, 2000)),
            ])
            """);
        AxeResult result = await page.RunAxe();
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, $"{page.Url}: " + string.Join("\n", blocking.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")));
    }
}
