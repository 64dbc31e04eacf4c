namespace CeasefireTracker.Tests.Infrastructure;

/// <summary>A test against the real app hosted in-process on a fresh test database; the base of HTTP and account tests.</summary>
public abstract class HostedAppTest(TestDatabase database) : DatabaseTest(database)
{
    protected TrackerAppFactory App { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        App = new TrackerAppFactory(Database.ConnectionString);
    }

    public override async ValueTask DisposeAsync()
    {
        // Disposing the app also searches its logs for secrets (TrackerAppFactory.DisposeAsync).
        if (App is not null) await App.DisposeAsync();
        await base.DisposeAsync();
    }
}
