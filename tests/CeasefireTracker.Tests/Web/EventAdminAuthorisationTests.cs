using System.Net;
using CeasefireTracker.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CeasefireTracker.Tests.Web;

[Collection(DatabaseCollection.Name)]
public sealed class EventAdminAuthorisationTests(TestDatabase database) : DatabaseTest(database)
{
    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/events")]
    [InlineData("/admin/events?status=draft&kind=talks")]
    [InlineData("/admin/events/new")]
    [InlineData("/admin/events/new/talks")]
    [InlineData("/admin/events/1/edit")]
    [InlineData("/admin/events/1/history")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string path)
    {
        await using var app = new TrackerAppFactory(Database.ConnectionString);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(path), response.Headers.Location.Query, StringComparison.Ordinal);
    }
}
