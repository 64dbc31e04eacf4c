using Serilog;

namespace CeasefireTracker.Web.Infrastructure;

internal static class LoggingSetup
{
    /// <summary>Serilog for application and request logs, configured from the "Serilog" section.</summary>
    public static WebApplicationBuilder AddTrackerLogging(this WebApplicationBuilder builder)
    {
        // Its own logger, not the static Log.Logger: two app instances in one process (the tests) must not share sinks.
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext(), preserveStaticLogger: true);
        return builder;
    }
}
