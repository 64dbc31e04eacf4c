using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Api;

namespace CeasefireTracker.Tests.Features.Api;

[Collection(DatabaseCollection.Name)]
public sealed class ActorListServiceTests(TestDatabase database) : DatabaseTest(database)
{
    [Fact]
    public async Task Pages_of_one_give_every_actor_once_even_when_names_repeat()
    {
        await using (var db = Database.CreateContext())
        {
            var first = TestData.Actor("john-smith");
            var second = TestData.Actor("john-smith-2");
            second.Name = first.Name;
            Actor[] actors = [TestData.Actor("anna-zeta"), first, second, TestData.Actor("zoe-alpha")];
            // Readers see actors of published events only (an invented meeting of them all); the draft's is left out.
            db.Events.Add(TestData.Talks("meeting", new DateOnly(2025, 1, 1), actors));
            db.Events.Add(TestData.WithStatus(TestData.Talks("draft", new DateOnly(2025, 1, 2), first, TestData.Actor("only-in-a-draft")), EventStatus.Draft));
            await db.SaveChangesAsync(Cancel);
        }

        var service = Get<ApiActorPages>();
        var seen = new List<string>();
        ActorCursor? after = null;
        do
        {
            var page = await service.GetPageAsync(kind: null, after, limit: 1, Cancel);
            seen.AddRange(page.Items.Select(a => a.Slug));
            // The cursor goes through its text form, as it does through a URL.
            after = page.Next is null ? null : ActorCursor.TryParse(page.Next.ToString(), out var parsed) ? parsed : throw new InvalidOperationException();
        }
        while (after is not null);

        Assert.Equal(["anna-zeta", "john-smith", "john-smith-2", "zoe-alpha"], seen);
    }

    [Fact]
    public async Task Kind_filters_and_affiliation_is_given_by_slug()
    {
        await using (var db = Database.CreateContext())
        {
            var russia = TestData.Actor("russia", ActorKind.State);
            var kremlin = TestData.Actor("kremlin", ActorKind.GovernmentBody);
            kremlin.Affiliation = russia;
            db.Events.Add(TestData.Talks("meeting", new DateOnly(2025, 1, 1), russia, kremlin, TestData.Actor("dmitry-peskov")));
            await db.SaveChangesAsync(Cancel);
        }

        var page = await Get<ApiActorPages>().GetPageAsync(ActorKind.GovernmentBody, null, 50, Cancel);

        var only = Assert.Single(page.Items);
        Assert.Equal(("kremlin", "government-body", "russia"), (only.Slug, only.Kind, only.AffiliationSlug));
        Assert.Null(page.Next);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("bm8tY29sb24")] // "no-colon"
    [InlineData("eDpuYW1l")] // "x:name"
    public void A_cursor_that_was_not_made_by_the_api_is_not_valid(string value)
    {
        Assert.False(ActorCursor.TryParse(value, out _));
    }

    [Fact]
    public void A_cursor_keeps_any_name()
    {
        var cursor = new ActorCursor("Зеленський: «Володимир» & co", 42);

        Assert.True(ActorCursor.TryParse(cursor.ToString(), out var parsed));
        Assert.Equal(cursor, parsed);
    }
}
