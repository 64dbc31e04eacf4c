
namespace CeasefireTracker.Web.Infrastructure;

/// <summary>
/// HEAD answers wherever GET does (RFC 9110 9.3.2): link checkers, monitors and caches ask with it. The endpoint
/// runs as for GET and Kestrel sends the headers without the body.
/// </summary>
internal static class HeadRequests
{
    public static void AnswerWhereGetDoes(EndpointBuilder endpoint)
    {
        if (endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault() is { } methods
            && methods.HttpMethods.Contains(HttpMethods.Get) && !methods.HttpMethods.Contains(HttpMethods.Head))
        {
            endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head], methods.AcceptCorsPreflight));
        }
    }
}
