using System.Net;
using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Tests.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CeasefireTracker.Tests.Security;

/// <summary>HEAD answers wherever GET does (issue 12, finding 8): every address of the public route table, and every GET endpoint the app maps.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class HeadRequestTests(TestDatabase database) : DemoSiteTest(database)
{
    [Theory]
    [MemberData(nameof(PublicRoutes.Patterns), MemberType = typeof(PublicRoutes))]
    public async Task HEAD_answers_as_GET_does(string pattern)
    {
        var sample = PublicRoutes.Get(pattern).Sample;
        using var client = App.CreateClient(new() { AllowAutoRedirect = false });
        using var get = await client.GetAsync(new Uri(sample, UriKind.Relative), Cancel);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(sample, UriKind.Relative)), Cancel);

        Assert.NotEqual(HttpStatusCode.MethodNotAllowed, head.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
    }

    [Fact]
    public void Every_endpoint_that_answers_GET_answers_HEAD()
    {
        var getOnly = App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is { } methods
                && methods.HttpMethods.Contains(HttpMethods.Get) && !methods.HttpMethods.Contains(HttpMethods.Head))
            .Select(e => e.DisplayName)
            .ToList();

        Assert.True(getOnly.Count == 0, "GET without HEAD: " + string.Join(", ", getOnly));
    }
}
