using Serilog;

namespace CeasefireTracker.Web.Infrastructure;

internal static class LoggingSetup
{
    /// <summary>Serilog for application and request logs, configured from the "Serilog" section.</summary>
    public static WebApplicationBuilder AddTrackerLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }
}
