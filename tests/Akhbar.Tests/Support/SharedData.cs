namespace Akhbar.Tests.Support;

/// <summary>
/// Finds ../shared (the read-only data beside the repository). Tests that need it use
/// <see cref="SharedFactAttribute"/>, which skips them with a message when it is absent.
/// </summary>
public static class SharedData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string? Root { get; } = FindShared();

    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([Root ?? throw new InvalidOperationException("../shared is absent"), .. parts]);

    public static string SeedText => Path("seed", "lavrov-idlib.txt");

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Akhbar.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The test is not running inside the Akhbar repository.");
    }

    private static string? FindShared()
    {
        var env = Environment.GetEnvironmentVariable("AKHBAR_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
        {
            return env;
        }

        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared"));
        return Directory.Exists(System.IO.Path.Combine(candidate, "data")) ? candidate : null;
    }
}

/// <summary>A fact that reads ../shared: skipped, with a message saying so, when ../shared is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (SharedData.Root is null)
        {
            Skip = "../shared is absent (set AKHBAR_SHARED to its path to run this test).";
        }
    }
}
