using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Tests.Features.Admin;

/// <summary>The check-text report over rows stored before the forms refused spoofing characters (invented rows).</summary>
[Collection(DatabaseCollection.Name)]
public sealed class TextAuditTests(TestDatabase database) : DatabaseTest(database)
{
    [Fact]
    public async Task Lists_the_stored_values_the_forms_would_refuse_and_leaves_running_text_its_invisible_characters()
    {
        var actor = TestData.Actor("steve-witkoff");
        actor.Aliases = [new ActorAlias { Name = "Witk\uE000off" }];
        var talks = TestData.Talks("gen-eva", new DateOnly(2025, 4, 11), actor);
        talks.Title = "Talks in Gen\u202Eeva";
        talks.Summary = "A summary with a zero\u200Bwidth space, as pasted.";
        await using (var db = Database.CreateContext())
        {
            db.Events.Add(talks);
            await db.SaveChangesAsync(Cancel);
        }

        var findings = await Get<TextAudit>().FindAsync(Cancel);

        Assert.Equal(
            [("actor_aliases", "name", "U+E000"), ("events", "title", "U+202E")],
            findings.Select(f => (f.Table, f.Column, f.Problem.Split(' ')[4])).OrderBy(f => f.Item1));
        Assert.Contains(findings, f => f.Table == "events" && f.Key == talks.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
