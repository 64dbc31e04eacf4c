using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using CeasefireTracker.Tests.Infrastructure;

namespace CeasefireTracker.Tests.Web;

/// <summary>
/// What a reader on a slow connection downloads: pages, feed, API and CSV compressed with Brotli or gzip, still
/// revalidated with 304; static files fingerprinted, precompressed and cached for a year; nothing holding a secret
/// compressed (BREACH).
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class CompressionTests(TestDatabase database) : DemoSiteTest(database)
{
    // Kestrel, as readers meet it (the in-memory test server would send a HEAD response's body), with the page cache on.
    private TrackerAppFactory kestrel = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        kestrel = new TrackerAppFactory(Database.ConnectionString, realServer: true, pageCache: true);
    }

    public override async ValueTask DisposeAsync()
    {
        if (kestrel is not null) await kestrel.DisposeAsync();
        await base.DisposeAsync();
    }

    [Theory]
    [InlineData("/timeline", "br", "<")]
    [InlineData("/timeline", "gzip", "<")]
    [InlineData("/actors/steve-witkoff", "br", "<")]
    [InlineData("/actors/steve-witkoff", "gzip", "<")]
    [InlineData("/feed.atom?actor=steve-witkoff", "br", "<")]
    [InlineData("/feed.atom?actor=steve-witkoff", "gzip", "<")]
    [InlineData("/api/events?limit=5", "br", "{")]
    [InlineData("/api/events?limit=5", "gzip", "{")]
    [InlineData("/timeline.csv?actor=russia", "br", "event_id")]
    [InlineData("/timeline.csv?actor=russia", "gzip", "event_id")]
    public async Task Readers_responses_come_compressed_and_still_revalidate_with_a_304(string path, string encoding, string startsWith)
    {
        using var client = kestrel.CreateClient();
        using var identity = await SendAsync(client, HttpMethod.Get, path, "identity");
        var plain = await identity.Content.ReadAsByteArrayAsync(Cancel);

        using var compressed = await SendAsync(client, HttpMethod.Get, path, encoding);

        Assert.Equal(HttpStatusCode.OK, compressed.StatusCode);
        Assert.Equal([encoding], compressed.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
        Assert.Contains("Accept-Encoding", identity.Headers.Vary);
        Assert.Empty(identity.Content.Headers.ContentEncoding);
        var body = Decompress(await compressed.Content.ReadAsByteArrayAsync(Cancel), encoding);
        Assert.True(body.Length < plain.Length * 3 / 2 && body.Length > plain.Length * 2 / 3, $"{body.Length} bytes decompressed, {plain.Length} plain");
        Assert.StartsWith(startsWith, System.Text.Encoding.UTF8.GetString(body).TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.True(compressed.Content.Headers.ContentLength is null || compressed.Content.Headers.ContentLength < plain.Length);

        using var notModified = await SendAsync(client, HttpMethod.Get, path, encoding, compressed.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(compressed.Headers.ETag, notModified.Headers.ETag);
        Assert.Contains("Accept-Encoding", notModified.Headers.Vary);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync(Cancel));

        // One weak validator for every encoding of the same content.
        using var identityNotModified = await SendAsync(client, HttpMethod.Get, path, "identity", compressed.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, identityNotModified.StatusCode);

        using var head = await SendAsync(client, HttpMethod.Head, path, encoding);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Fact]
    public async Task A_page_from_the_output_cache_comes_compressed_too()
    {
        using var client = kestrel.CreateClient();
        using var first = await SendAsync(client, HttpMethod.Get, "/claims", "br");
        using var second = await SendAsync(client, HttpMethod.Get, "/claims", "gzip");
        using var third = await SendAsync(client, HttpMethod.Get, "/claims", "identity");

        // One entry, rendered once (its encrypted component state differs from render to render), in three encodings.
        var stored = Decompress(await first.Content.ReadAsByteArrayAsync(Cancel), "br");
        Assert.Equal(stored, Decompress(await second.Content.ReadAsByteArrayAsync(Cancel), "gzip"));
        Assert.Equal(stored, await third.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal(["br"], first.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], second.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Responses_holding_an_antiforgery_token_are_never_compressed()
    {
        // BREACH: a secret in a compressed response leaks through its length when the page reflects what an attacker
        // sends. The sign-in form carries an antiforgery token; every signed-in page does too (the sign-out form).
        using var anonymous = kestrel.CreateClient();
        using var signIn = await SendAsync(anonymous, HttpMethod.Get, "/account/sign-in", "br, gzip");
        Assert.Contains("__RequestVerificationToken", await signIn.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Empty(signIn.Content.Headers.ContentEncoding);

        await TestAccounts.EnsureDevelopmentAccountsAsync(kestrel.Services);
        using var editor = kestrel.CreateClient();
        await TestAccounts.SignInAsync(editor, TestAccounts.EditorEmail, TestAccounts.EditorPassword);
        foreach (var path in new[] { "/timeline", "/admin/events" })
        {
            using var page = await SendAsync(editor, HttpMethod.Get, path, "br, gzip");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("__RequestVerificationToken", await page.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
            Assert.Empty(page.Content.Headers.ContentEncoding);
        }
    }

    [Fact]
    public async Task Style_sheets_and_icon_are_fingerprinted_precompressed_and_cached_as_immutable()
    {
        var page = await GetPageAsync("/timeline");
        var assets = page.QuerySelectorAll("link[rel=stylesheet], link[rel=icon]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.NotEmpty(assets);

        using var client = kestrel.CreateClient();
        foreach (var asset in assets)
        {
            // css/site.css becomes css/site.{fingerprint}.css: a new build is a new address, so the old one may be kept forever.
            Assert.Matches(@"\.[a-z0-9]{8,}\.(css|svg)$", asset);
            using var response = await SendAsync(client, HttpMethod.Get, "/" + asset.TrimStart('/'), "gzip");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl!.MaxAge);
            Assert.Contains("immutable", response.Headers.CacheControl.ToString(), StringComparison.Ordinal);
            Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(
        HttpClient client, HttpMethod method, string path, string acceptEncoding, EntityTagHeaderValue? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        if (ifNoneMatch is not null) request.Headers.IfNoneMatch.Add(ifNoneMatch);
        return await client.SendAsync(request, Cancel);
    }

    private static byte[] Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
