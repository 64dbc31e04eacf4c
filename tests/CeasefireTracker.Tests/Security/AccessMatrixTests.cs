using System.Net;
using System.Text.RegularExpressions;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Tests.Web;
using CeasefireTracker.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CeasefireTracker.Tests.Security;

/// <summary>
/// Every page and endpoint the app's routing knows, asked for by an anonymous visitor, an editor, an admin and a
/// disabled user. The expected answer comes from where an address lives (under /admin, under /admin/users), not from
/// the endpoint's own [Authorize] metadata, so a page that forgets its attribute fails here instead of passing.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed partial class AccessMatrixTests(TestDatabase database) : DemoSiteTest(database)
{
    private enum Access { Public, Edit, Administer }

    private enum Visitor { Anonymous, Editor, Admin, Disabled }

    [Fact]
    public async Task Every_address_answers_each_kind_of_visitor_as_its_area_requires()
    {
        var clients = new Dictionary<Visitor, HttpClient>
        {
            [Visitor.Anonymous] = TestAccounts.Client(App),
            [Visitor.Editor] = await SignedInAsync("editor@example.org", TrackerRoles.Editor),
            [Visitor.Admin] = await SignedInAsync("admin@example.org", TrackerRoles.Admin),
            [Visitor.Disabled] = await SignedInAsync("disabled@example.org", TrackerRoles.Admin, TrackerRoles.Editor),
        };
        await DisableAsync("disabled@example.org");
        var samples = await SampleValuesAsync();

        var failures = new List<string>();
        var checkedAddresses = 0;
        foreach (var (pattern, path) in GetPatterns().Select(p => (p, Fill(p, samples))).Concat(WithQuery.Select(p => (p, p))))
        {
            var access = AccessFor(pattern);
            foreach (var (visitor, client) in clients)
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
                var expected = Expected(access, visitor);
                var actual = Describe(response, path);
                if (actual != expected)
                {
                    failures.Add($"{path} as {visitor}: expected {expected}, got {actual}");
                }
            }

            checkedAddresses++;
            TestContext.Current.TestOutputHelper?.WriteLine($"{access,-10} {path}");
        }

        foreach (var client in clients.Values) client.Dispose();
        Assert.True(checkedAddresses >= 15, $"only {checkedAddresses} addresses found: is routing discovery broken?");
        Assert.Empty(failures);
    }

    /// <summary>Addresses with a query string as well: the way back after signing in keeps the filter.</summary>
    private static readonly string[] WithQuery = ["/admin/events?status=draft&kind=talks"];

    [Fact]
    public void Admin_areas_are_recognised_by_their_address()
    {
        Assert.Equal(Access.Administer, AccessFor("/admin/users"));
        Assert.Equal(Access.Edit, AccessFor("/admin/events/{id}/edit"));
        Assert.Equal(Access.Edit, AccessFor("/admin"));
        Assert.Equal(Access.Public, AccessFor("/administrators-of-ceasefires"));
    }

    private static Access AccessFor(string pattern) =>
        IsUnder(pattern, "/admin/users") ? Access.Administer
        : IsUnder(pattern, "/admin") ? Access.Edit
        : Access.Public;

    private static bool IsUnder(string pattern, string area) =>
        pattern.Equals(area, StringComparison.OrdinalIgnoreCase) || pattern.StartsWith(area + "/", StringComparison.OrdinalIgnoreCase);

    private static string Expected(Access access, Visitor visitor) => (access, visitor) switch
    {
        (Access.Public, _) => "served",
        (_, Visitor.Anonymous or Visitor.Disabled) => "sent to sign-in",
        (Access.Edit, Visitor.Editor or Visitor.Admin) => "served",
        (Access.Administer, Visitor.Admin) => "served",
        (Access.Administer, Visitor.Editor) => "sent to access denied",
        _ => throw new ArgumentOutOfRangeException(nameof(access)),
    };

    /// <summary>What the response did; a sign-in page that would not lead back to <paramref name="requested"/> says so.</summary>
    private static string Describe(HttpResponseMessage response, string requested)
    {
        var status = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location)
        {
            var target = new Uri(new Uri("http://localhost/"), location);
            return target.AbsolutePath switch
            {
                "/account/sign-in" when QueryHelpers.ParseQuery(target.Query).TryGetValue("ReturnUrl", out var back) && back == requested => "sent to sign-in",
                "/account/sign-in" => $"sent to sign-in without the way back to {requested}",
                "/account/denied" => "sent to access denied",
                var path => $"redirected to {path}",
            };
        }

        // A public address may answer 404 for a sample that does not exist (e.g. the not-found page itself).
        return status is >= 200 and < 300 or 404 ? "served" : $"status {status}";
    }

    /// <summary>The GET routes the app maps (shared with the public route table), without the framework's own plumbing.</summary>
    private IEnumerable<string> GetPatterns() =>
        PublicRoutes.DiscoverAll(App.Services).Where(p => !p.StartsWith("/_", StringComparison.Ordinal));

    /// <summary>
    /// A real value for each route parameter, by the area and name it has. A new page with a parameter this table
    /// does not know fails the test, so nobody can add an address that the matrix silently skips.
    /// </summary>
    internal static string Fill(string pattern, IReadOnlyDictionary<string, string> samples)
    {
        var segments = pattern.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var area = string.Join('/', segments[..i].Where(s => !s.Contains('{', StringComparison.Ordinal)));
            segments[i] = RouteParameter().Replace(segments[i], match =>
            {
                var key = $"{area}/{{{match.Groups["name"].Value}}}";
                return samples.TryGetValue(key, out var value)
                    ? value
                    : throw new InvalidOperationException($"The access matrix has no sample for {key} in {pattern}: add one to SampleValuesAsync.");
            });
        }

        return string.Join('/', segments);
    }

    [GeneratedRegex(@"\{(?<name>[^}:?=]+)[^}]*\}")]
    private static partial Regex RouteParameter();

    private async Task<IReadOnlyDictionary<string, string>> SampleValuesAsync()
    {
        await using var db = Database.CreateContext();
        return await SampleValuesAsync(db);
    }

    internal static async Task<IReadOnlyDictionary<string, string>> SampleValuesAsync(CeasefireTracker.Web.Data.TrackerDbContext db)
    {
        var ev = await db.Events.OrderBy(e => e.Id).Select(e => new { e.Id, e.Slug }).FirstAsync(Cancel);
        var actor = await db.Actors.OrderBy(a => a.Id).Select(a => new { a.Id, a.Slug }).FirstAsync(Cancel);
        var user = await db.Users.OrderBy(u => u.Email).Select(u => u.Id).FirstAsync(Cancel);
        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["/openapi/{documentName}"] = "v1",
            ["/{**path}"] = "no-such-file.txt",
            ["/status/{Code}"] = "404",
            ["/events/{slug}"] = ev.Slug,
            ["/actors/{slug}"] = actor.Slug,
            ["/tracks/{slug}"] = "no-such-track",
            ["/admin/events/{id}"] = ev.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["/admin/events/new/{kind}"] = "talks",
            ["/admin/actors/{id}"] = actor.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["/admin/users/{id}"] = user,
        };
    }

    private async Task<HttpClient> SignedInAsync(string email, params string[] roles)
    {
        await TestAccounts.CreateAsync(App.Services, email, roles);
        return await TestAccounts.SignedInClientAsync(App, email);
    }

    private async Task DisableAsync(string email)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        user.DisabledAt = DateTimeOffset.UtcNow;
        await users.UpdateAsync(user);
        // What the admin page does when it disables an account: the user's open sessions end.
        await users.UpdateSecurityStampAsync(user);
    }
}
