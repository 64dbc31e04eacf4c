using CeasefireTracker.Tests.Security;

namespace CeasefireTracker.Tests.Browser;

/// <summary>
/// Every public page in a real browser under the Content-Security-Policy, with and without JavaScript, asserts that
/// the policy blocked nothing. Also shows that the watch does catch one, and that a WebSocket to the same origin (what
/// interactive Blazor pages open) is allowed while one elsewhere is not. (Every other browser test gets the same watch
/// as a safety net: a session that saw a violation fails its test when it closes.)
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SecurityBrowserTests(BrowserFixture fixture)
{
    public static TheoryData<string> Pages => [.. PublicRoutes.All.Where(r => r.Answer == RouteAnswer.Page).Select(r => r.Sample)];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_public_page_loads_without_a_policy_violation(string path)
    {
        foreach (var javaScript in new[] { true, false })
        {
            await using var session = await fixture.NewPageAsync(javaScript: javaScript);
            await session.Page.GotoAsync(path);
            await session.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

            Assert.Empty(session.TakeCspViolations());
        }
    }

    [Fact]
    public async Task The_watch_reports_an_inline_style_and_an_inline_script_the_policy_blocks()
    {
        await using var session = await fixture.NewPageAsync();
        await session.Page.GotoAsync("/timeline");

        var blocked = await session.Page.EvaluateAsync<int>("""
            () => new Promise(resolve => {
                let seen = 0;
                document.addEventListener("securitypolicyviolation", () => { if (++seen === 2) resolve(seen); });
                const style = document.createElement("style");
                style.textContent = "body { background: red }";
                document.head.append(style);
                const script = document.createElement("script");
                script.textContent = "window.injected = true";
                document.head.append(script);
            })
            """);

        Assert.Equal(2, blocked);
        Assert.False(await session.Page.EvaluateAsync<bool>("() => window.injected === true"));
        Assert.NotEmpty(session.TakeCspViolations());
    }

    [Fact]
    public async Task A_websocket_to_the_same_origin_is_allowed_and_one_elsewhere_is_not()
    {
        await using var session = await fixture.NewPageAsync();
        await session.Page.GotoAsync("/timeline");
        const string open = """
            url => new Promise(resolve => {
                document.addEventListener("securitypolicyviolation", e => resolve("blocked " + e.effectiveDirective));
                try {
                    const socket = new WebSocket(url.replace("{host}", location.host));
                    socket.onerror = () => setTimeout(() => resolve("not blocked"), 200);
                    socket.onopen = () => resolve("not blocked");
                } catch (e) { resolve("blocked " + e.name); }
            })
            """;

        Assert.Equal("not blocked", await session.Page.EvaluateAsync<string>(open, "ws://{host}/_blazor"));
        Assert.StartsWith("blocked", await session.Page.EvaluateAsync<string>(open, "ws://127.0.0.2:9/"), StringComparison.Ordinal);
        // The one violation is the socket elsewhere, reported by the browser as well.
        Assert.All(session.TakeCspViolations(), v => Assert.Contains("127.0.0.2", v, StringComparison.Ordinal));
    }
}
