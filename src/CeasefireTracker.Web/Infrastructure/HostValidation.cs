namespace CeasefireTracker.Web.Infrastructure;

/// <summary>
/// Answers 400 to a Host header that is not a usable authority (a port above 65535, a malformed name). The host
/// filtering of AllowedHosts compares names only, and Blazor builds the page's base address from the header, so
/// such a request would otherwise end in a 500.
/// </summary>
internal sealed class HostValidation(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (IsUsable(context.Request)) return next(context);
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        // A body of its own: the status-code pages would render a page, and a page needs a usable host.
        return context.Response.WriteAsync("Bad request: the Host header is not a valid host name and port.");
    }

    private static bool IsUsable(HttpRequest request) =>
        request.Host.HasValue
        && Uri.TryCreate($"{request.Scheme}://{request.Host.Value}/", UriKind.Absolute, out var uri)
        && uri.Authority.Length > 0
        && request.Host.Port is null or (> 0 and <= 65535);
}
