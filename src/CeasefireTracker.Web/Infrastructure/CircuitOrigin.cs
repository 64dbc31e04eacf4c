namespace CeasefireTracker.Web.Infrastructure;

/// <summary>
/// Answers 403 to a request for the circuits' hub (/_blazor: negotiation, the WebSocket upgrade, the other transports,
/// the disconnect beacon) that names another site as its Origin, so no page elsewhere can open a circuit with a
/// visitor's cookie. The Origin must name the host the request was sent to; the Host itself is checked by AllowedHosts,
/// which is why a proxy must pass the public host name on. A request without an Origin (same-origin GETs of the
/// long-polling transport, clients that are no browsers) is let through: Origin is what browsers send, and only
/// browsers carry a visitor's cookie for another site.
/// </summary>
internal sealed class CircuitOrigin(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var origins = context.Request.Headers.Origin;
        if (!context.Request.Path.StartsWithSegments("/_blazor")
            || origins.Count == 0
            || (origins.Count == 1 && IsSameHost(origins[0]!, context.Request.Host)))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return context.Response.WriteAsync("Forbidden: the admin pages accept connections from their own site only.");
    }

    // The host and port, not the scheme: behind a proxy that ends TLS the page is https and the request the app sees is http.
    private static bool IsSameHost(string origin, HostString host) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.Authority, host.Value, StringComparison.OrdinalIgnoreCase);
}
