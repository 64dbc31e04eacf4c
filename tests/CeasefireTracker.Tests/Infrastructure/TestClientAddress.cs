using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace CeasefireTracker.Tests.Infrastructure;

/// <summary>
/// Lets a test say which client address a request comes from (header <see cref="Header"/>), so tests of what the app
/// keeps per address (the sign-in limit, the sign-in throttle) can act as several clients from one machine. Only the
/// test host has it; the app itself reads the connection's address.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };

    /// <summary>A made-up address from the documentation range 198.51.100.0/24 (nothing is ever sent there).</summary>
    public static string Fake(int n) => $"198.51.100.{n % 250 + 1}";
}
