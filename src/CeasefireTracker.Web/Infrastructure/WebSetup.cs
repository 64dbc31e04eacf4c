using CeasefireTracker.Web.Features.Actors;
using CeasefireTracker.Web.Features.Analysis;
using CeasefireTracker.Web.Features.Api;
using CeasefireTracker.Web.Features.Ceasefires;
using CeasefireTracker.Web.Features.Claims;
using CeasefireTracker.Web.Features.DemoData;
using CeasefireTracker.Web.Features.Events;
using CeasefireTracker.Web.Features.Exchanges;
using CeasefireTracker.Web.Features.Export;
using CeasefireTracker.Web.Features.Feeds;
using CeasefireTracker.Web.Features.Timeline;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using MudBlazor.Services;
using Serilog;

namespace CeasefireTracker.Web.Infrastructure;

internal static class WebSetup
{
    public static IServiceCollection AddTrackerFeatures(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<TimelineService>();
        services.AddScoped<EventDetailsService>();
        services.AddScoped<ActorDirectory>();
        services.AddScoped<ActorListService>();
        services.AddScoped<ActorProfileService>();
        services.AddScoped<DemoDataLoader>();
        services.AddScoped<ClaimsService>();
        services.AddScoped<ExchangeLedgerService>();
        services.AddScoped<CeasefireMatrixService>();
        services.AddScoped<AnalysisService>();
        services.AddScoped<ApiActorPages>();
        services.AddScoped<EntryDatesService>();
        return services;
    }

    public static IServiceCollection AddTrackerWeb(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddMudServices();
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Ceasefire Tracker data";
            document.Info.Description = "Published events and actors of the Ceasefire Tracker, with the timeline's filters. Read only; no key needed.";
            return Task.CompletedTask;
        }));
        return services;
    }

    public static WebApplication UseTrackerWeb(this WebApplication app)
    {
        app.UseMiddleware<HostValidation>();
        app.UseMiddleware<SecurityHeaders>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseSerilogRequestLogging();
        // Unknown addresses get the same friendly 404 page as unknown events; a database outage its own 503 page.
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.UseMiddleware<DatabaseOutage>();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapTrackerEndpoints<TRoot>(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            // Readers of /health are load balancers and people: the status word in plain text is enough.
            ResultStatusCodes =
            {
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy] = StatusCodes.Status200OK,
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded] = StatusCodes.Status200OK,
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        app.MapOpenApi();
        app.MapTimelineExport();
        app.MapTimelineFeed();
        app.MapDataApi();
        app.MapRazorComponents<TRoot>();
        return app;
    }
}
