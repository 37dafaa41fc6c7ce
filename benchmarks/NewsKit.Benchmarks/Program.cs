using BenchmarkDotNet.Running;

namespace NewsKit.Benchmarks;

/// <summary>Runs the benchmarks picked on the command line (<c>--filter '*'</c> for all). Namespaces mirror src/.</summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    /// <param name="args">BenchmarkDotNet's arguments.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
