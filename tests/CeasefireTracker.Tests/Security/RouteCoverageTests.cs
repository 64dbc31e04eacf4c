using CeasefireTracker.Tests.Infrastructure;

namespace CeasefireTracker.Tests.Security;

[Collection(DatabaseCollection.Name)]
public sealed class RouteCoverageTests(TestDatabase database, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_get_address_of_the_app_is_described_in_the_public_route_table()
    {
        await using var app = new TrackerAppFactory(database.ConnectionString);
        var discovered = PublicRoutes.Discover(app.Services);
        output.WriteLine(string.Join('\n', discovered));

        var described = PublicRoutes.All.Select(r => r.Pattern).ToHashSet();
        Assert.True(discovered.All(described.Contains),
            $"Routes without an entry in PublicRoutes (say which query parameters they read): {string.Join(", ", discovered.Where(p => !described.Contains(p)))}");
        Assert.True(described.All(discovered.Contains),
            $"PublicRoutes describes routes the app no longer maps: {string.Join(", ", described.Where(p => !discovered.Contains(p)))}");
    }
}
