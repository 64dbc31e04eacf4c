using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Tests.Browser;
using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CeasefireTracker.Tests.Features.Admin.Reports;

/// <summary>
/// The "From a report" desk of issue 16 in Chromium: an editor pastes a report, sees its drafts with the sentences
/// marked, settles a new name (after the near-match check), accepts a draft into the event form, publishes it, and the
/// history says which report it came from. What it publishes is archived again at the end.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportDeskBrowserTests(BrowserFixture fixture)
{
    private const string Url = "https://example.org/invented-browser-report";

    // INVENTED: a short wire-style report written for this test; it reports nothing real.
    private const string Report =
        "Russian and Ukrainian delegations held talks in Geneva on Monday for about two hours. " +
        "The Ukrainian delegation was headed by deputy minister Borys Testenko. " +
        "Kremlin spokesman Dmitry Peskov said on Tuesday that the talks had been “useful”.";

    [Fact]
    public async Task An_editor_pastes_a_report_adds_its_new_name_accepts_a_draft_and_the_history_says_from_report()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var db = await Contexts().CreateDbContextAsync(ct))
        {
            // A stored actor spelled nearly like the report's new name, so the desk must ask "Did you mean …?" first.
            if (!await db.Actors.AnyAsync(a => a.Slug == "borys-testenkov", ct))
            {
                db.Actors.Add(new Actor { Slug = "borys-testenkov", Name = "Borys Testenkov", Kind = ActorKind.Person });
                await db.SaveChangesAsync(ct);
            }
        }

        try
        {
            await using var session = await fixture.NewSignedInPageAsync(TestAccounts.EditorEmail, TestAccounts.EditorPassword);
            var page = session.Page;
            await page.GotoAsync("/admin/reports/new");
            await AdminPages.WaitUntilLiveAsync(page);

            // A bad address is refused next to its field, and nothing typed is lost.
            await page.GetByLabel("Publisher").FillAsync("Invented Wire");
            await page.GetByLabel("Address (URL)").FillAsync("example.org/report");
            await page.GetByLabel("Published on").FillAsync("2024-11-20");
            await page.GetByLabel("Text of the report").FillAsync(Report);
            await page.GetByRole(AriaRole.Button, new() { Name = "Read the report" }).ClickAsync();
            await Assertions.Expect(AdminPages.MessageOf(page, "url")).ToContainTextAsync("https://");
            await Assertions.Expect(page.GetByLabel("Text of the report")).ToHaveValueAsync(Report);

            await page.GetByLabel("Address (URL)").FillAsync(Url);
            await page.GetByRole(AriaRole.Button, new() { Name = "Read the report" }).ClickAsync();
            var talks = page.Locator("article.report-draft", new() { Has = page.Locator(".kind-talks") });
            await Assertions.Expect(talks).ToHaveCountAsync(1);
            await Assertions.Expect(talks.Locator("mark").First).ToBeVisibleAsync();
            await Assertions.Expect(talks.Locator("blockquote")).ToContainTextAsync("Russian and Ukrainian delegations held talks in Geneva");
            await Assertions.Expect(talks).ToContainTextAsync("about 2 h");
            await AdminPages.WaitUntilLiveAsync(page);

            var name = page.Locator(".report-names__name", new() { HasText = "Borys Testenko " });
            await Assertions.Expect(name).ToContainTextAsync("Did you mean Borys Testenkov?");
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await AdminPages.ScreenshotAsync(page, "report-desk-desktop");
            await page.SetViewportSizeAsync(390, 900);
            await AdminPages.ScreenshotAsync(page, "report-desk-phone");
            await page.SetViewportSizeAsync(1280, 900);

            await name.GetByRole(AriaRole.Button, new() { Name = "Add Borys Testenko as a new actor" }).ClickAsync();
            var panel = page.GetByRole(AriaRole.Group, new() { Name = "New actor for Borys Testenko" });
            await panel.GetByRole(AriaRole.Button, new() { Name = "None of these: add “Borys Testenko”" }).ClickAsync();
            await Assertions.Expect(name).ToContainTextAsync("→ Borys Testenko");
            await Assertions.Expect(talks).ToContainTextAsync("Borys Testenko (head of delegation, for Ukraine)");

            await talks.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Accept: ") }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/events/new/talks\\?report="));
            await AdminPages.WaitUntilLiveAsync(page);
            await Assertions.Expect(page.GetByText("Prefilled from the report")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#place")).ToHaveValueAsync("Geneva");
            await Assertions.Expect(page.Locator("#sources-0-url")).ToHaveValueAsync(Url);
            var title = await page.GetByLabel("Title", new() { Exact = true }).InputValueAsync();
            await page.GetByLabel("Summary").FillAsync("An invented round of talks for the test.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and publish" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Saved and published")).ToBeVisibleAsync();
            var editUrl = page.Url;

            // The browser's Back to the prefilled form does not let the same draft be logged twice.
            await page.GoBackAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Already saved" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save and publish" })).ToHaveCountAsync(0);
            await page.GotoAsync(editUrl);

            await page.GetByRole(AriaRole.Link, new() { Name = "History", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByText($"Reason: From report Invented Wire, 2024-11-20: {Url}")).ToBeVisibleAsync();

            await using var db = await Contexts().CreateDbContextAsync(ct);
            var saved = await db.Events.Include(e => e.Participants).ThenInclude(p => p.Actor).SingleAsync(e => e.Title == title, ct);
            Assert.Equal(1, await db.Events.CountAsync(e => e.Sources.Any(s => s.Url == Url), ct));
            Assert.Contains(saved.Participants, p => p.Actor.Name == "Borys Testenko" && p.Role == ParticipantRole.HeadOfDelegation);
        }
        finally
        {
            await using var db = await Contexts().CreateDbContextAsync(ct);
            await db.Events.Where(e => e.Sources.Any(s => s.Url == Url)).ExecuteUpdateAsync(u => u.SetProperty(e => e.Status, EventStatus.Archived), ct);
        }
    }

    private IDbContextFactory<TrackerDbContext> Contexts() => fixture.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>();
}
