using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CeasefireTracker.DataGenerator;

/// <summary>
/// <c>dotnet CeasefireTracker.DataGenerator.dll --events 1000000 --actors 5000 --seed 42 [--replace]</c>. The database
/// is the app's own (<c>ConnectionStrings__Tracker</c>, as scripts/run.sh and the app read it), migrated first with
/// the app's <c>migrate</c> command: the generator fills tables, it never creates them.
/// </summary>
internal static class Program
{
    // A named class, not top-level statements: the web app's Program is the one the benchmark's test host finds.
    public static async Task<int> Main(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        using var logging = LoggerFactory.Create(builder => builder.AddSimpleConsole(console => console.SingleLine = true));
        var logger = logging.CreateLogger<DataGenerator>();

        if (configuration.GetConnectionString("Tracker") is not { Length: > 0 } connectionString)
        {
            logger.LogError("Set the database with the environment variable ConnectionStrings__Tracker");
            return 2;
        }

        var (options, error) = GeneratorOptions.Parse(args);
        if (options is null)
        {
            logger.LogError("{Error}", error);
            return 2;
        }

        try
        {
            var result = await new DataGenerator(connectionString, logger).GenerateAsync(options);
            return result.Outcome == GeneratorOutcome.RefusedExistingData ? 3 : 0;
        }
        catch (Npgsql.NpgsqlException ex)
        {
            logger.LogError(ex, "The generator failed");
            return 1;
        }
    }
}
