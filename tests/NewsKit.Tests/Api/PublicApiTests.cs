using PublicApiGenerator;

namespace NewsKit.Tests.Api;

/// <summary>
/// The public API of the package, as C# declarations, against the approved copy in <c>NewsKit.approved.txt</c>: any
/// change to it fails here until the approved file is updated in the same commit, so every API change is deliberate
/// and shows in review. Both builds (net8.0 and net10.0) must match the same file.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_api_is_the_approved_one()
    {
        var options = new ApiGeneratorOptions
        {
            ExcludeAttributes = [
                "System.Runtime.Versioning.TargetFrameworkAttribute",
                "System.Reflection.AssemblyMetadataAttribute",
                "System.Runtime.CompilerServices.InternalsVisibleToAttribute",
            ],
        };
        var api = typeof(ArticleParser).Assembly.GeneratePublicApi(options).ReplaceLineEndings("\n");
        var approvedPath = Path.Combine(SourceFolder(), "NewsKit.approved.txt");
        var receivedPath = Path.Combine(SourceFolder(), "NewsKit.received.txt");
        Assert.True(File.Exists(approvedPath), "no approved API at " + approvedPath);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;

        if (api != approved)
        {
            File.WriteAllText(receivedPath, api);
            Assert.Fail($"The public API changed. If that is deliberate, replace {approvedPath} with {receivedPath} and commit it; the diff is the change.");
        }

        File.Delete(receivedPath);
    }

    /// <summary>
    /// This file's folder in the repository, found from the test's output folder upwards (a deterministic CI build maps
    /// source paths to /_/, so the compiler's path of this file cannot be used).
    /// </summary>
    private static string SourceFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NewsKit.sln")))
            {
                return Path.Combine(folder.FullName, "tests", "NewsKit.Tests", "Api");
            }
        }

        throw new InvalidOperationException("NewsKit.sln not found above " + AppContext.BaseDirectory);
    }
}
