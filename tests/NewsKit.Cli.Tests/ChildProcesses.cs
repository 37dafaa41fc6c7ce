using System.Diagnostics;

namespace NewsKit.Cli.Tests;

/// <summary>Runs programs as a reader or an operator would, in processes of their own.</summary>
internal static class ChildProcesses
{
    /// <summary>The build output of a sample: samples/NAME/bin/CONFIGURATION/net10.0, beside this project's.</summary>
    public static string SampleFolder(string name) => Path.GetFullPath(Path.Combine(
        AppContext.BaseDirectory, "..", "..", "..", "..", "..", "samples", name, "bin",
        new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0"));

    /// <summary>The <c>newskit</c> command as built beside this project, with its arguments, for <c>dotnet</c>.</summary>
    public static string[] Cli(params string[] args) => [Path.Combine(AppContext.BaseDirectory, "NewsKit.Cli.dll"), .. args];

    /// <summary>Runs <c>dotnet</c> with <paramref name="args"/> to its end and returns its exit code and both streams.</summary>
    public static (int ExitCode, string Out, string Error) Run(string workingDirectory, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet", args)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }

    /// <summary>Starts <paramref name="fileName"/> with its output read and thrown away, so that a full pipe never blocks it; the caller waits for it or kills it.</summary>
    public static Process StartDrained(string fileName, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(fileName, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
