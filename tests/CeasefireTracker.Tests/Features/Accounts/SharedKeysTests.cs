using System.Net;
using AngleSharp.Html.Parser;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Tests.Features.Accounts;

/// <summary>Two instances behind a load balancer: what one signs, the other reads, because the keys live in the database.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class SharedKeysTests(TestDatabase database) : DatabaseTest(database)
{
    [Fact]
    public async Task A_sign_in_cookie_issued_by_one_instance_is_accepted_by_another()
    {
        await using var first = new TrackerAppFactory(Database.ConnectionString);
        await using var second = new TrackerAppFactory(Database.ConnectionString);
        // Both instances start, and make their key rings, before anyone signs in.
        _ = first.Services;
        _ = second.Services;
        await TestAccounts.CreateAsync(first.Services, "olena@example.org", TrackerRoles.Editor);

        var cookies = new CookieContainer();
        using (await TestAccounts.SignedInClientAsync(first, "olena@example.org", cookies: cookies))
        {
        }

        using var other = TestAccounts.Client(second, cookies);
        var html = await other.GetStringAsync(new Uri("/timeline", UriKind.Relative), Cancel);
        Assert.NotNull(new HtmlParser().ParseDocument(html).QuerySelector("form[action='/account/sign-out']"));

        await using var db = Database.CreateContext();
        Assert.True(await db.DataProtectionKeys.AnyAsync(Cancel));
    }
}
