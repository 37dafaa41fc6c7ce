namespace NewsKit.AotTests;

/// <summary>Where the repository, the dev sets and the native toolchain are, and why a test cannot run.</summary>
internal static class AotEnvironment
{
    /// <summary>The variable that names the folder of the data sets (default: <c>../shared/datasets</c> beside the repository).</summary>
    public const string DataSetsVariable = "NEWSKIT_DATASETS";

    /// <summary>The variable that names the target framework of the Native AOT consumer (default <c>net10.0</c>).</summary>
    public const string FrameworkVariable = "NEWSKIT_AOT_FRAMEWORK";

    /// <summary>
    /// The consumer's target framework: <c>net10.0</c>, or <c>net8.0</c> to compile the library's net8.0 build with the
    /// .NET 8 runtime libraries (the only run of that build on .NET 8 here: its unit tests roll forward to .NET 10).
    /// </summary>
    public static string Framework { get; } =
        Environment.GetEnvironmentVariable(FrameworkVariable) is { Length: > 0 } framework ? framework : "net10.0";

    /// <summary>The repository's root: the folder above the test's output that holds NewsKit.sln.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Null when clang and lld are on the PATH (Native AOT links with them on Linux); else the reason to skip.</summary>
    public static string? ToolchainProblem { get; } = FindToolchainProblem();

    /// <summary>The folder of one data set (<c>aeb-dev</c>, <c>trafeval-dev</c>).</summary>
    public static string DataSet(string name)
    {
        var root = Environment.GetEnvironmentVariable(DataSetsVariable) is { Length: > 0 } given
            ? given
            : Path.Combine(RepositoryRoot, "..", "shared", "datasets");
        return Path.GetFullPath(Path.Combine(root, name));
    }

    /// <summary>The pages of a data set (<c>html/*.html.gz</c>), sorted; empty when the folder is absent.</summary>
    public static string[] DataSetPages(string name)
    {
        var folder = Path.Combine(DataSet(name), "html");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var pages = Directory.GetFiles(folder, "*.html.gz");
        Array.Sort(pages, StringComparer.Ordinal);
        return pages;
    }

    /// <summary>Why a test of Native AOT cannot run: no toolchain, or (with <paramref name="dataSet"/>) no such data set; null when it can.</summary>
    public static string? SkipReason(string? dataSet)
    {
        if (ToolchainProblem is { } problem)
        {
            return problem;
        }

        if (dataSet is not null && DataSetPages(dataSet).Length == 0)
        {
            return $"the data set {dataSet} is absent ({Path.Combine(DataSet(dataSet), "html")} has no pages; set {DataSetsVariable} to the folder of the data sets)";
        }

        return null;
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NewsKit.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("NewsKit.sln not found above " + AppContext.BaseDirectory);
    }

    private static string? FindToolchainProblem()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "Native AOT test skipped: it publishes for linux-x64 and runs only on Linux";
        }

        var missing = new[] { "clang", "ld.lld" }.Where(tool => !OnPath(tool)).ToArray();
        return missing.Length == 0
            ? null
            : $"Native AOT test skipped: {string.Join(" and ", missing)} not found on the PATH (install Debian's clang and lld: apt-get install clang lld)";
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, tool)));
}

/// <summary>
/// A test that needs a Native AOT publish: skipped, with the reason, when clang or lld is missing, or when the data
/// set it reads is absent.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class AotFactAttribute : FactAttribute
{
    /// <summary>A test on the seed pages only.</summary>
    public AotFactAttribute()
    {
        Skip = AotEnvironment.SkipReason(null);
    }

    /// <summary>A test on one data set.</summary>
    /// <param name="dataSet">Its folder name under the data sets (<c>aeb-dev</c>, <c>trafeval-dev</c>).</param>
    public AotFactAttribute(string dataSet)
    {
        Skip = AotEnvironment.SkipReason(dataSet);
    }
}
