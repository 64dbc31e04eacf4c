namespace CeasefireTracker.Tests.Infrastructure;

/// <summary>Where the repository and the shared folder beside it are, seen from the test binaries.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The news report the demo data is written from: in the shared folder beside the repository (as CI lays it out) or further up.</summary>
    public static string SeedArticle
    {
        get
        {
            for (var directory = new DirectoryInfo(RepositoryRoot); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "shared", "seed-article.txt");
                if (File.Exists(candidate)) return candidate;
            }

            throw new FileNotFoundException("shared/seed-article.txt was not found beside the repository or above it.");
        }
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "CeasefireTracker.sln"))) directory = directory.Parent!;
        return directory.FullName;
    }
}
