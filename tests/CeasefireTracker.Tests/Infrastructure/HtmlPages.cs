using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CeasefireTracker.Tests.Infrastructure;

/// <summary>Fetches pages of the app as a reader without JavaScript gets them, parsed, and counts what they cost.</summary>
public static class HtmlPages
{
    public static async Task<IHtmlDocument> GetAsync(this TrackerAppFactory app, string path, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(expected == response.StatusCode, $"{path}: expected {expected}, got {response.StatusCode}\n{html[..Math.Min(html.Length, 2000)]}");
        return await new HtmlParser().ParseDocumentAsync(html, cancellationToken);
    }

    /// <summary>The SQL commands one request for the page sends, after a warm-up request (first-request work is not the page's).</summary>
    public static async Task<int> CountQueriesAsync(this TrackerAppFactory app, string path, CancellationToken cancellationToken)
    {
        using var client = app.CreateClient();
        (await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken)).Dispose();
        app.Queries.Reset();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return app.Queries.Count;
    }
}
