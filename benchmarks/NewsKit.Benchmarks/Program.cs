using BenchmarkDotNet.Running;

namespace NewsKit.Benchmarks;

/// <summary>
/// Runs the benchmarks picked on the command line (<c>--filter '*'</c> for all). Namespaces mirror src/.
/// <c>--pages DIR</c> adds a folder of pages to the parsing benchmarks (see <see cref="PageSets"/>); every other
/// argument is BenchmarkDotNet's. Example:
/// <c>dotnet run -c Release --project benchmarks/NewsKit.Benchmarks -- --filter '*ArticleParser*' --pages ../shared/datasets/aeb-dev/html</c>.
/// </summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    /// <param name="args">BenchmarkDotNet's arguments, and <c>--pages DIR</c>.</param>
    public static void Main(string[] args)
    {
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--pages" && i + 1 < args.Length)
            {
                Environment.SetEnvironmentVariable(PageSets.FolderVariable, Path.GetFullPath(args[++i]));
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. rest]);
    }
}
