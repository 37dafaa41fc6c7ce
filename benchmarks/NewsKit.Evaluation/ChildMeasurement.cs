using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace NewsKit.Evaluation;

/// <summary>
/// Runs a program in a fresh process and measures it from the outside: wall time from start to exit, user and system
/// CPU time, and peak resident memory (<c>ru_maxrss</c>). Linux only. The peak of one child is only to be had from a
/// process whose one child it is (<c>getrusage(RUSAGE_CHILDREN)</c> keeps the largest peak of all children waited
/// for), so each measurement goes through a helper: this program again, as <c>newskit-eval measure PROGRAM ARGS...</c>,
/// which starts the program with its output sent to /dev/null, waits for it and prints
/// <c>wall-ms cpu-ms peak-kb exit-code</c>. The helper's own start-up is outside the timed span.
/// </summary>
internal static class ChildMeasurement
{
    private const int RusageChildren = -1;

    /// <summary>Measures one run of <paramref name="program"/> through the helper.</summary>
    public static ChildResult Run(string program, IReadOnlyList<string> arguments)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ChildMeasurement).Assembly.Location);
        }

        start.ArgumentList.Add("measure");
        start.ArgumentList.Add(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var helper = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + self);
        var line = helper.StandardOutput.ReadToEnd().Trim();
        helper.WaitForExit();
        var parts = line.Split(' ');
        if (helper.ExitCode != 0 || parts.Length != 4)
        {
            throw new InvalidOperationException($"the measuring helper failed (exit {helper.ExitCode}): {line}");
        }

        var inv = CultureInfo.InvariantCulture;
        return new ChildResult(double.Parse(parts[0], inv), double.Parse(parts[1], inv), long.Parse(parts[2], inv), int.Parse(parts[3], inv));
    }

    /// <summary>Runs <paramref name="program"/> and returns what it wrote to standard output.</summary>
    public static string Capture(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + program);
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        GC.KeepAlive(error.Result);
        return output;
    }

    /// <summary>The helper: <c>measure PROGRAM ARGS...</c>. Prints <c>wall-ms cpu-ms peak-kb exit-code</c>.</summary>
    public static int MeasureCommand(string[] args)
    {
        if (args.Length == 0 || !OperatingSystem.IsLinux())
        {
            Console.Error.WriteLine("usage: newskit-eval measure PROGRAM [ARGS...]   (Linux only)");
            return 2;
        }

        // sh replaces itself with the program (exec), so the one child measured is the program, its output discarded.
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        foreach (var argument in new[] { "-c", "exec \"$0\" \"$@\" >/dev/null 2>&1" }.Concat(args))
        {
            start.ArgumentList.Add(argument);
        }

        var started = Stopwatch.GetTimestamp();
        using var child = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + args[0]);
        child.WaitForExit();
        var wall = Stopwatch.GetElapsedTime(started);
        if (GetRusage(RusageChildren, out var usage) != 0)
        {
            Console.Error.WriteLine("getrusage failed: " + Marshal.GetLastPInvokeError());
            return 1;
        }

        var cpuMs = ((usage.UserSeconds + usage.SystemSeconds) * 1000.0) + ((usage.UserMicroseconds + usage.SystemMicroseconds) / 1000.0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{wall.TotalMilliseconds:0.0} {cpuMs:0.0} {usage.MaxResidentKb} {child.ExitCode}"));
        return 0;
    }

    [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int GetRusage(int who, out ResourceUsage usage);

    /// <summary><c>struct rusage</c> of Linux on 64-bit machines: two timevals, then fourteen longs.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxResidentKb;
        public long SharedMemory;
        public long UnsharedData;
        public long UnsharedStack;
        public long MinorFaults;
        public long MajorFaults;
        public long Swaps;
        public long BlockInputs;
        public long BlockOutputs;
        public long MessagesSent;
        public long MessagesReceived;
        public long Signals;
        public long VoluntarySwitches;
        public long InvoluntarySwitches;
    }
}

/// <summary>One measured run of a program.</summary>
/// <param name="WallMs">Wall time from start to exit, milliseconds.</param>
/// <param name="CpuMs">User and system CPU time, milliseconds.</param>
/// <param name="PeakKb">Peak resident memory, KiB.</param>
/// <param name="ExitCode">Its exit code.</param>
internal sealed record ChildResult(double WallMs, double CpuMs, long PeakKb, int ExitCode)
{
    /// <summary>CPU time in seconds.</summary>
    public double CpuSeconds => CpuMs / 1000;
}
