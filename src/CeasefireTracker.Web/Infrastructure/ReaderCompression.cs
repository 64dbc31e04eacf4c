using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace CeasefireTracker.Web.Infrastructure;

/// <summary>
/// Brotli or gzip for what readers download: pages, the feed, the API and the CSV (static files come compressed at
/// build time from MapStaticAssets). Only a <see cref="ReaderRequest"/> is compressed, and only for an anonymous
/// reader: what a shared cache may hand to anyone holds no secret, so compression cannot leak one (BREACH). Signed-in
/// pages, the sign-in form and the admin carry antiforgery tokens and go uncompressed, over HTTPS or not.
/// </summary>
/// <remarks>
/// The compression sits outside the output cache: the cache (in memory or Redis) keeps one identity body per page, and
/// each response is compressed on its way out at the fastest level, which is where a cached page costs the least.
/// ETags stay weak (the same content in any encoding), so a 304 answers a compressed and an identity copy alike.
/// </remarks>
internal sealed class ReaderCompression(IServiceProvider services, IOptions<ResponseCompressionOptions> options) : IResponseCompressionProvider
{
    /// <summary>The framework's defaults (HTML, CSS, JS, JSON, XML, plain text) and what else readers download.</summary>
    public static readonly string[] MimeTypes =
        [.. ResponseCompressionDefaults.MimeTypes, "text/csv", "application/atom+xml", "application/problem+json", "image/svg+xml"];

    private readonly ResponseCompressionProvider framework = new(services, options);

    public ICompressionProvider? GetCompressionProvider(HttpContext context) => framework.GetCompressionProvider(context);

    public bool CheckRequestAcceptsCompression(HttpContext context) => framework.CheckRequestAcceptsCompression(context);

    public bool ShouldCompressResponse(HttpContext context) =>
        context.Features.Get<ReaderRequest>() is not null
        && context.User.Identity?.IsAuthenticated != true
        && framework.ShouldCompressResponse(context);
}

internal static class CompressionSetup
{
    public static IServiceCollection AddReaderCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // Our own rule above keeps secrets out of compressed responses, so HTTPS is no reason to refuse.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ReaderCompression.MimeTypes;
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddSingleton<IResponseCompressionProvider, ReaderCompression>();
        return services;
    }
}
