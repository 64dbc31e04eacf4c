using CeasefireTracker.Web.Components;
using CeasefireTracker.Web.Infrastructure;

var (command, hostArgs) = TrackerCommands.Split(args);
var builder = WebApplication.CreateBuilder(hostArgs);
TrackerCommands.Configure(command, builder.Configuration);

builder.AddTrackerLogging();
builder.Services.AddTrackerDatabase(builder.Configuration);
builder.Services.AddTrackerFeatures();
builder.Services.AddTrackerWeb(builder.Configuration);
builder.Services.AddTrackerAccounts(builder.Environment);

var app = builder.Build();

if (command is not null)
{
    return await TrackerCommands.RunAsync(app, command, hostArgs);
}

await TrackerCommands.EnsureFirstAdminAsync(app);
app.UseTrackerWeb();
app.MapTrackerEndpoints<App>();
await app.RunAsync();
return 0;

/// <summary>Lets tests host the real app with WebApplicationFactory.</summary>
public partial class Program;
