using System.Diagnostics;
using System.Text;

namespace NewsKit.AotTests;

/// <summary>
/// The Native AOT build of tests/NewsKit.AotConsumer (for <see cref="AotEnvironment.Framework"/>), published on first
/// use and then shared by every test of the class: one publish per test run. It builds under
/// artifacts/aot-test/FRAMEWORK with its own intermediate folders
/// (<c>--artifacts-path</c>), so it never touches the bin and obj folders of the solution's build, and a second run
/// with nothing changed is quick.
/// </summary>
public sealed class AotConsumerFixture
{
    private static readonly TimeSpan PublishLimit = TimeSpan.FromMinutes(20);
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(5);

    private readonly Lazy<string> executable = new(Publish, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The published executable; publishes it on the first call (a failed publish fails every test with its output).</summary>
    public string Executable => executable.Value;

    /// <summary>Runs the executable on the pages and returns its line for each page (path to ArticleDump JSON).</summary>
    public IReadOnlyDictionary<string, string> Run(IReadOnlyList<string> pages)
    {
        var folder = Directory.CreateTempSubdirectory("newskit-aot-");
        try
        {
            var list = Path.Combine(folder.FullName, "pages.txt");
            var output = Path.Combine(folder.FullName, "out.tsv");
            File.WriteAllLines(list, pages);
            var (code, text) = Execute(Executable, [list, output], RunLimit);
            Assert.True(code == 0, $"the Native AOT consumer exited with {code}:\n{text}");
            var lines = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(output, Encoding.UTF8))
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                lines[line[..tab]] = line[(tab + 1)..];
            }

            return lines;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Publish()
    {
        var root = AotEnvironment.RepositoryRoot;
        var artifacts = Path.Combine(root, "artifacts", "aot-test", AotEnvironment.Framework);
        var publish = Path.Combine(artifacts, "publish");
        string[] arguments =
        [
            "publish", Path.Combine(root, "tests", "NewsKit.AotConsumer", "NewsKit.AotConsumer.csproj"),
            "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-p:AotConsumerFramework=" + AotEnvironment.Framework, "--nologo",
            "--artifacts-path", Path.Combine(artifacts, "build"), "-o", publish,
        ];
        var (code, text) = Execute("dotnet", arguments, PublishLimit);
        if (code != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} exited with {code}:\n{text}");
        }

        var executable = Path.Combine(publish, "NewsKit.AotConsumer");
        return File.Exists(executable) ? executable : throw new InvalidOperationException($"the publish wrote no {executable}:\n{text}");
    }

    /// <summary>Runs a program to its end (or kills it at the limit) and returns its exit code and its output and error text.</summary>
    private static (int Code, string Text) Execute(string program, string[] arguments, TimeSpan limit)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AotEnvironment.RepositoryRoot,
        };

        // The test host may carry the MSBuild settings of the `dotnet test` that started it; a publish sets its own.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + program);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, $"stopped after {limit.TotalMinutes} minutes\n{output.Result}{error.Result}");
        }

        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
