using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsKit.Evaluation;

/// <summary>
/// <c>coldstart --jit PATH --aot PATH --datasets DIR [--also NAME=PATH]... [--pages N] [--runs N] [--batch-runs N]
/// [--warmup N] [--now ISO] [--page FILE] [--keep]</c>: what a user of the <c>newskit</c> command sees, for the JIT and
/// Native AOT builds (and any other build named with <c>--also</c>), beside the warm in-process speed of the library
/// measured in the same run.
/// <list type="bullet">
/// <item>One page in a fresh process: <c>newskit parse FILE --now ISO</c> (the seed page by default), <c>--runs</c> times
/// after one untimed run; the median and fastest wall time and the median peak resident memory (the child's
/// <c>ru_maxrss</c>, read by a helper process that starts it and waits for it: <see cref="ChildMeasurement"/>).</item>
/// <item>A batch in a fresh process: <c>newskit batch FOLDER --out FILE --parallel 1</c> and <c>--parallel 2</c> over
/// <c>--pages</c> pages (1,000 by default: trafeval-dev's and aeb-dev's pages, repeated to the count, copied into a
/// temporary folder outside the repository and deleted afterwards), <c>--batch-runs</c> times each; pages/s of the
/// median run, CPU seconds, and the 2-thread scaling (1-thread wall over 2-thread wall).</item>
/// <item>The warm in-process figure: this process (JIT, after <c>--warmup</c> passes over the pages) parses the same
/// pages from memory on one thread with <see cref="ArticleParser.Parse(ReadOnlyMemory{byte}, Uri?, string?, CancellationToken)"/>
/// alone: no file reading, no JSON. A fresh-process batch is compared with it.</item>
/// <item>Identical output: every build's 1-thread batch lines are compared with the JIT build's, page by page. The
/// batch command reads relative dates against the clock, so a page whose lines differ is parsed again by both builds
/// with <c>parse --now ISO</c>, and only a difference there counts.</item>
/// </list>
/// Prints the load average before and after (the figures mean little on a busy machine), a table, and the issue 17
/// goals for the AOT build. Exits 1 when a build's output differs from the JIT build's on some page, 2 for bad usage.
/// Timings are for this report only: no test asserts them.
/// </summary>
internal static class ColdStartCommand
{
    private const string UsageLine = "usage: newskit-eval coldstart --jit PATH --aot PATH --datasets DIR [--also NAME=PATH]... [--pages N] [--runs N] [--batch-runs N] [--warmup N] [--now ISO] [--page FILE] [--keep]   (PATH: a newskit executable; DIR holds trafeval-dev/ and aeb-dev/)";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        var options = Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine(UsageLine);
            return 2;
        }

#if DEBUG
        Console.WriteLine("warning: Debug build; run with -c Release for a meaningful warm in-process figure");
#endif
        var folder = Directory.CreateTempSubdirectory("newskit-coldstart-").FullName;
        try
        {
            return Measure(options, folder);
        }
        finally
        {
            if (options.Keep)
            {
                Console.WriteLine($"kept {folder}");
            }
            else
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static int Measure(ColdStartOptions options, string folder)
    {
        var pagesFolder = Path.Combine(folder, "pages");
        var pages = ColdStartPages.Prepare(options.DataSets, options.Pages, pagesFolder);
        var distinct = pages.Select(p => p.Source).Distinct(StringComparer.Ordinal).Count();
        Console.WriteLine(string.Create(Inv, $"load average before: {LoadAverage()}; {Environment.ProcessorCount} cores"));
        Console.WriteLine(string.Create(Inv, $"{pages.Count} pages ({distinct} distinct, from {options.DataSets}) in {pagesFolder}; one page: {options.Page}; --now {options.Now}"));

        var warmBefore = WarmPagesPerSecond(pages, options.Warmup);

        var results = new List<BuildResult>();
        foreach (var (name, path) in options.Builds)
        {
            Console.Error.WriteLine($"measuring {name}: {path}");
            var one = OnePage(path, options);
            var batch1 = Batch(path, pagesFolder, Path.Combine(folder, name + "-p1.jsonl"), 1, options.BatchRuns);
            var batch2 = Batch(path, pagesFolder, Path.Combine(folder, name + "-p2.jsonl"), 2, options.BatchRuns);
            results.Add(new BuildResult(name, path, one, batch1, batch2, Path.Combine(folder, name + "-p1.jsonl")));
        }

        var reference = results[0];
        var differences = new Dictionary<string, ComparisonResult>(StringComparer.Ordinal);
        foreach (var build in results.Skip(1))
        {
            differences[build.Name] = CompareWithReference(reference, build, pagesFolder, options.Now);
        }

        // Measured again after the children (no more warm-up needed) and the better kept: a busy spell of a shared
        // machine during one of the two would otherwise flatter the fresh processes.
        var warmAfter = WarmPagesPerSecond(pages, 0);
        var warm = Math.Max(warmBefore.Wall, warmAfter.Wall);
        var warmCpu = Math.Max(warmBefore.Cpu, warmAfter.Cpu);
        Console.WriteLine(string.Create(Inv, $"load average after: {LoadAverage()}"));
        Console.WriteLine(string.Create(Inv, $"warm in-process (this process, JIT, {options.Warmup} warm-up passes, best of 3 timed passes before the fresh processes and 3 after, one thread, Parse alone): {warmBefore.Wall:0.0} and {warmAfter.Wall:0.0} pages/s of wall time, {warmBefore.Cpu:0.0} and {warmAfter.Cpu:0.0} of CPU time; kept {warm:0.0} and {warmCpu:0.0}"));
        Console.WriteLine();
        Console.WriteLine("| build | one page: median ms (fastest) | peak MB | batch 1 thread: pages/s (best; CPU s) | vs warm | batch 2 threads: pages/s (best) | scaling | output vs jit |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var build in results)
        {
            var same = build == reference ? "reference" : differences[build.Name].Describe();
            Console.WriteLine(string.Create(Inv, $"| {build.Name} | {build.One.MedianMs:0} ({build.One.FastestMs:0}) | {build.One.MedianPeakMb:0.0} | {build.Batch1.PagesPerSecond(pages.Count):0.0} ({build.Batch1.BestPagesPerSecond(pages.Count):0.0}; {build.Batch1.Median.CpuSeconds:0.0}) | {build.Batch1.PagesPerSecond(pages.Count) / warm:0%} | {build.Batch2.PagesPerSecond(pages.Count):0.0} ({build.Batch2.BestPagesPerSecond(pages.Count):0.0}) | {build.Batch1.Median.WallMs / build.Batch2.Median.WallMs:0.00}x | {same} |"));
        }

        Console.WriteLine(string.Create(Inv, $"| warm in-process (JIT, Parse alone) | | | {warm:0.0} ({warmCpu:0.0} per CPU second) | 100% | | | |"));
        Console.WriteLine();
        Console.WriteLine("one page: wall time of `newskit parse FILE --now ISO` from start to exit, median of the runs; peak MB: the");
        Console.WriteLine("process's peak resident memory (ru_maxrss). batch: `newskit batch FOLDER --out FILE --parallel N`, the median");
        Console.WriteLine(string.Create(Inv, $"of {options.BatchRuns} runs (best: the fastest run); CPU s: user+system time of the median run; scaling: 1-thread"));
        Console.WriteLine("over 2-thread wall time of the median runs. The goals below take the median runs.");

        var aot = results.Single(r => r.Name == "aot");
        var comparison = differences["aot"];
        Console.WriteLine();
        Console.WriteLine("issue 17 goals for the AOT build:");
        Goal($"one page <= 80 ms wall: {aot.One.MedianMs:0} ms", aot.One.MedianMs <= 80);
        Goal($"one page <= 40 MB peak: {aot.One.MedianPeakMb:0.0} MB", aot.One.MedianPeakMb <= 40);
        var aotCpu = pages.Count / aot.Batch1.Median.CpuSeconds;
        Goal($"fresh-process batch >= 75% of warm in-process pages/s, one thread: {aot.Batch1.PagesPerSecond(pages.Count):0.0} / {warm:0.0} = {aot.Batch1.PagesPerSecond(pages.Count) / warm:0%} (per CPU second: {aotCpu:0.0} / {warmCpu:0.0} = {aotCpu / warmCpu:0%})", aot.Batch1.PagesPerSecond(pages.Count) >= 0.75 * warm);
        Goal($"2-thread scaling >= 1.7x: {aot.Batch1.Median.WallMs / aot.Batch2.Median.WallMs:0.00}x", aot.Batch1.Median.WallMs / aot.Batch2.Median.WallMs >= 1.7);
        Goal($"identical output to the JIT build on every page: {comparison.Describe()}", comparison.Differing.Count == 0);
        foreach (var (name, result) in differences.Where(d => d.Value.Differing.Count > 0))
        {
            Console.WriteLine($"{name}: pages that read differently from jit (first 10): {string.Join(", ", result.Differing.Take(10))}");
        }

        return differences.Values.Any(d => d.Differing.Count > 0) ? 1 : 0;
    }

    private static void Goal(string text, bool met) => Console.WriteLine((met ? "  met:    " : "  MISSED: ") + text);

    /// <summary>
    /// Parses the pages from memory on one thread after the warm-up passes; the best of three timed passes, in pages per
    /// second of wall time and per second of this process's CPU time (background collector threads included).
    /// </summary>
    private static (double Wall, double Cpu) WarmPagesPerSecond(IReadOnlyList<ColdStartPage> pages, int warmup)
    {
        var bytes = pages.Select(p => File.ReadAllBytes(p.Path)).ToArray();
        var parser = new ArticleParser();
        var sink = 0L;
        for (var pass = 0; pass < warmup; pass++)
        {
            foreach (var page in bytes)
            {
                sink += parser.Parse(page).Warnings.Count;
            }
        }

        var best = double.MaxValue;
        var bestCpu = double.MaxValue;
        using var self = Process.GetCurrentProcess();
        for (var pass = 0; pass < 3; pass++)
        {
            GC.Collect();
            self.Refresh();
            var cpu = self.TotalProcessorTime;
            var started = Stopwatch.GetTimestamp();
            foreach (var page in bytes)
            {
                sink += parser.Parse(page).Warnings.Count;
            }

            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalSeconds);
            self.Refresh();
            bestCpu = Math.Min(bestCpu, (self.TotalProcessorTime - cpu).TotalSeconds);
        }

        GC.KeepAlive(sink);
        return (bytes.Length / best, bytes.Length / bestCpu);
    }

    private static OnePageResult OnePage(string program, ColdStartOptions options)
    {
        string[] arguments = ["parse", options.Page, "--now", options.Now];
        ChildMeasurement.Run(program, arguments); // untimed: the executable and the page into the page cache
        var runs = new List<ChildResult>();
        for (var run = 0; run < options.Runs; run++)
        {
            var result = ChildMeasurement.Run(program, arguments);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {result.ExitCode}");
            }

            runs.Add(result);
        }

        return new OnePageResult(
            Median(runs.Select(r => r.WallMs)),
            runs.Min(r => r.WallMs),
            Median(runs.Select(r => r.PeakKb / 1024.0)));
    }

    private static BatchResult Batch(string program, string pagesFolder, string output, int parallel, int runs)
    {
        var results = new List<ChildResult>();
        for (var run = 0; run < runs; run++)
        {
            string[] arguments = ["batch", pagesFolder, "--out", output, "--parallel", parallel.ToString(Inv)];
            var result = ChildMeasurement.Run(program, arguments);

            // Exit code 1 is a page without an article, which the dev sets have; the lines must all be there.
            if (result.ExitCode is not (0 or 1))
            {
                throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {result.ExitCode}");
            }

            results.Add(result);
        }

        results.Sort((a, b) => a.WallMs.CompareTo(b.WallMs));
        return new BatchResult(results[results.Count / 2], results[0]);
    }

    private static ComparisonResult CompareWithReference(BuildResult reference, BuildResult build, string pagesFolder, string now)
    {
        var expected = BatchLines.ByFile(File.ReadLines(reference.Batch1Output));
        var actual = BatchLines.ByFile(File.ReadLines(build.Batch1Output));
        var differing = new List<string>();
        var clockOnly = 0;
        foreach (var file in BatchLines.Differing(expected, actual))
        {
            // The batch command reads relative dates against the clock: parse both again with the same --now.
            var page = Path.Combine(pagesFolder, file);
            var left = ChildMeasurement.Capture(reference.Path, ["parse", page, "--now", now]);
            var right = ChildMeasurement.Capture(build.Path, ["parse", page, "--now", now]);
            if (left == right && expected.ContainsKey(file) && actual.ContainsKey(file))
            {
                clockOnly++;
            }
            else
            {
                differing.Add(file);
            }
        }

        return new ComparisonResult(expected.Count, differing, clockOnly);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static ColdStartOptions? Parse(string[] args)
    {
        var builds = new List<(string, string)>();
        string? jit = null, aot = null, datasets = null, page = null;
        int pages = 1000, runs = 10, batchRuns = 3, warmup = 3;
        var now = "2026-01-01T00:00:00Z";
        var keep = false;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--keep":
                    keep = true;
                    continue;
                case "--jit" when value is not null: jit = value; break;
                case "--aot" when value is not null: aot = value; break;
                case "--datasets" when value is not null: datasets = value; break;
                case "--page" when value is not null: page = value; break;
                case "--now" when value is not null: now = value; break;
                case "--pages" when int.TryParse(value, Inv, out var n) && n > 0: pages = n; break;
                case "--runs" when int.TryParse(value, Inv, out var n) && n > 0: runs = n; break;
                case "--batch-runs" when int.TryParse(value, Inv, out var n) && n > 0: batchRuns = n; break;
                case "--warmup" when int.TryParse(value, Inv, out var n) && n >= 0: warmup = n; break;
                case "--also" when value is not null && value.IndexOf('=', StringComparison.Ordinal) > 0:
                    builds.Add((value[..value.IndexOf('=', StringComparison.Ordinal)], value[(value.IndexOf('=', StringComparison.Ordinal) + 1)..]));
                    break;
                default:
                    Console.Error.WriteLine($"unknown or incomplete option: {args[i]}");
                    return null;
            }

            i++;
        }

        page ??= FindSeedPage();
        if (jit is null || aot is null || datasets is null || page is null || !File.Exists(page))
        {
            return null;
        }

        foreach (var (name, path) in new[] { ("jit", jit), ("aot", aot) }.Concat(builds))
        {
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"no such executable for {name}: {path}");
                return null;
            }
        }

        return new ColdStartOptions([("jit", jit), ("aot", aot), .. builds], datasets, page, now, pages, runs, batchRuns, warmup, keep);
    }

    /// <summary>samples/pages/seed.html, looked for above this program's folder and the current folder.</summary>
    private static string? FindSeedPage()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var seed = Path.Combine(folder.FullName, "samples", "pages", "seed.html");
                if (File.Exists(seed))
                {
                    return seed;
                }
            }
        }

        return null;
    }

    private sealed record ColdStartOptions(
        IReadOnlyList<(string Name, string Path)> Builds, string DataSets, string Page, string Now, int Pages, int Runs, int BatchRuns, int Warmup, bool Keep);

    private sealed record OnePageResult(double MedianMs, double FastestMs, double MedianPeakMb);

    private sealed record BatchResult(ChildResult Median, ChildResult Best)
    {
        public double PagesPerSecond(int pages) => pages / (Median.WallMs / 1000);

        public double BestPagesPerSecond(int pages) => pages / (Best.WallMs / 1000);
    }

    private sealed record BuildResult(string Name, string Path, OnePageResult One, BatchResult Batch1, BatchResult Batch2, string Batch1Output);

    private sealed record ComparisonResult(int Pages, IReadOnlyList<string> Differing, int ClockOnly)
    {
        public string Describe() => Differing.Count == 0
            ? string.Create(Inv, $"identical on {Pages} pages") + (ClockOnly > 0 ? string.Create(Inv, $" ({ClockOnly} after parse --now: relative dates)") : string.Empty)
            : string.Create(Inv, $"{Differing.Count} of {Pages} pages differ");
    }
}

/// <summary>A page of the cold-start batch: its copy in the temporary folder and the data set file it copies.</summary>
/// <param name="Path">The copy.</param>
/// <param name="Source">The original page.</param>
public sealed record ColdStartPage(string Path, string Source);

/// <summary>The pages of a cold-start batch: trafeval-dev's and aeb-dev's pages, repeated to the count wanted.</summary>
public static class ColdStartPages
{
    /// <summary>The data sets whose <c>html/*.html.gz</c> pages are used, in this order.</summary>
    public static readonly string[] DataSets = ["trafeval-dev", "aeb-dev"];

    /// <summary>
    /// Copies <paramref name="count"/> pages into <paramref name="folder"/>: every page of the data sets in name order,
    /// then again from the first, each copy named <c>&lt;round&gt;-&lt;set&gt;-&lt;file&gt;</c>.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">No data set with pages under <paramref name="dataSets"/>.</exception>
    public static IReadOnlyList<ColdStartPage> Prepare(string dataSets, int count, string folder)
    {
        var sources = new List<(string Set, string File)>();
        foreach (var set in DataSets)
        {
            var html = Path.Combine(dataSets, set, "html");
            if (Directory.Exists(html))
            {
                sources.AddRange(Directory.GetFiles(html, "*.html.gz").Order(StringComparer.Ordinal).Select(f => (set, f)));
            }
        }

        if (sources.Count == 0)
        {
            throw new DirectoryNotFoundException($"no pages under {dataSets}/{{{string.Join(',', DataSets)}}}/html");
        }

        Directory.CreateDirectory(folder);
        var pages = new List<ColdStartPage>(count);
        for (var i = 0; i < count; i++)
        {
            var (set, source) = sources[i % sources.Count];
            var copy = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{i / sources.Count}-{set}-{Path.GetFileName(source)}"));
            File.Copy(source, copy, overwrite: true);
            pages.Add(new ColdStartPage(copy, source));
        }

        return pages;
    }
}

/// <summary>The lines of <c>newskit batch</c> output, keyed by their <c>file</c>.</summary>
public static class BatchLines
{
    /// <summary>Each line by the value of its <c>file</c> name (the path relative to the batch's folder).</summary>
    public static Dictionary<string, string> ByFile(IEnumerable<string> lines)
    {
        var byFile = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            byFile[document.RootElement.GetProperty("file").GetString()!] = line;
        }

        return byFile;
    }

    /// <summary>The files whose lines differ, or that only one side has, in name order.</summary>
    public static IEnumerable<string> Differing(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string> actual) =>
        expected.Keys.Union(actual.Keys, StringComparer.Ordinal)
            .Where(file => !expected.TryGetValue(file, out var left) || !actual.TryGetValue(file, out var right) || left != right)
            .Order(StringComparer.Ordinal);
}
