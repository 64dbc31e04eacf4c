using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Actors;
using CeasefireTracker.Web.Features.Admin.Actors;
using CeasefireTracker.Web.Features.Admin.Dashboard;
using CeasefireTracker.Web.Features.Admin.Events;
using CeasefireTracker.Web.Features.Admin.Reports;
using CeasefireTracker.Web.Features.Admin.Tracks;
using CeasefireTracker.Web.Features.Analysis;
using CeasefireTracker.Web.Features.Api;
using CeasefireTracker.Web.Features.Ceasefires;
using CeasefireTracker.Web.Features.Claims;
using CeasefireTracker.Web.Features.DemoData;
using CeasefireTracker.Web.Features.Events;
using CeasefireTracker.Web.Features.Exchanges;
using CeasefireTracker.Web.Features.Export;
using CeasefireTracker.Web.Features.Feeds;
using CeasefireTracker.Web.Features.Reports;
using CeasefireTracker.Web.Features.Timeline;
using CeasefireTracker.Web.Features.Tracks;
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
        services.AddScoped<EventFactsService>();
        services.AddScoped<ActorDirectory>();
        services.AddScoped<ActorListService>();
        services.AddScoped<ActorProfileService>();
        services.AddScoped<DemoDataLoader>();
        services.AddScoped<ClaimsService>();
        services.AddScoped<ExchangeLedgerService>();
        services.AddScoped<CeasefireMatrixService>();
        services.AddScoped<TrackService>();
        services.AddScoped<TrackAdminService>();
        services.AddScoped<AnalysisService>();
        services.AddScoped<ApiActorPages>();
        services.AddScoped<EntryDatesService>();
        services.AddScoped<EventEditorService>();
        services.AddScoped<EventListService>();
        services.AddScoped<EventHistoryService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<ActorPickerService>();
        services.AddScoped<ActorAdminService>();
        services.AddScoped<ReportSuggester>();
        services.AddMemoryCache();
        services.AddSingleton<ReportDesks>();
        services.AddScoped<ReportDeskService>();
        services.AddScoped<TextAudit>();
        return services;
    }

    public static IServiceCollection AddTrackerWeb(this IServiceCollection services, IConfiguration configuration)
    {
        // Before the web host's own startup filters, so the security headers wrap even the host filtering's 400.
        services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, SecurityHeadersFirst>());
        // Public pages render statically; only the admin pages opt into a circuit (@rendermode InteractiveServer).
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(options => Microsoft.AspNetCore.SignalR.HubOptionsExtensions.AddFilter<CircuitConnections>(options));
        services.AddSingleton<CircuitConnections>();
        services.AddPublicPageCache(configuration);
        services.AddReadLimits(configuration);
        services.AddReaderCompression();
        services.AddMudServices(mud =>
        {
            // Snackbars appear and go at full strength: a message half faded in or out reads below WCAG's contrast.
            mud.SnackbarConfiguration.ShowTransitionDuration = 0;
            mud.SnackbarConfiguration.HideTransitionDuration = 0;
            mud.SnackbarConfiguration.MaximumOpacity = 100;
        });
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
        // SecurityHeaders runs before all of this (SecurityHeadersFirst).
        app.UseMiddleware<HostValidation>();
        app.UseMiddleware<CircuitOrigin>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        // Outside the output cache, which so keeps identity bodies; it decides per response (ReaderCompression).
        app.UseResponseCompression();
        app.UseSerilogRequestLogging();
        // Unknown addresses get the same friendly 404 page as unknown events; a database outage its own 503 page.
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.UseMiddleware<DatabaseOutage>();
        // Before authentication: its cookie handler sets its own no-cache headers when it renews the cookie, and of
        // two OnStarting callbacks the one registered first runs last.
        app.UseMiddleware<PrivateWhenSignedIn>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        // Last, and in any case after UseAuthentication: the cache's default policy serves and stores only requests
        // without an authenticated user, so it must see the user.
        app.UseOutputCache();
        app.UseMiddleware<NotModifiedResponses>();
        return app;
    }

    public static WebApplication MapTrackerEndpoints<TRoot>(this WebApplication app)
    {
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
        // Everything else in one group, so that one convention makes each address that answers GET answer HEAD too
        // (Razor components and MapGet map GET alone); static files and /health already do.
        var endpoints = app.MapGroup("");
        // In the group, beside the pages: WithStaticAssets finds the assets' manifest among the group's endpoints.
        endpoints.MapStaticAssets();
        endpoints.MapOpenApi();
        endpoints.MapTimelineExport();
        endpoints.MapTimelineFeed();
        endpoints.MapDataApi();
        endpoints.MapAccountEndpoints();
        // WithStaticAssets: @Assets["css/site.css"] names the fingerprinted file, which is cached as immutable.
        endpoints.MapRazorComponents<TRoot>().WithStaticAssets().AddInteractiveServerRenderMode();
        ((IEndpointConventionBuilder)endpoints).Finally(HeadRequests.AnswerWhereGetDoes);
        return app;
    }
}
