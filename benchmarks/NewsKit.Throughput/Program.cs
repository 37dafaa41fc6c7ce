using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsKit.Throughput;

/// <summary>
/// <c>newskit-throughput --dataset DIR [--dataset DIR ...] --work DIR [--repeat N]</c>: builds a corpus from the datasets'
/// <c>html/*.html.gz</c> pages (as page files with a <c>--urls</c> list, and as WARC files with a request and a response
/// record per page, one gzip member per record), then measures <c>newskit batch</c> on both at <c>--parallel 1</c> and one
/// per core, and <c>newskit worker</c> over a fresh <c>nats-server -js</c> (when installed), each in its own process
/// under <c>/usr/bin/time -v</c>. Prints a Markdown table: pages/s (wall clock), CPU time per page, peak resident memory.
/// </summary>
public static partial class Program
{
    private const string Now = "2024-06-01T12:00:00Z";

    /// <summary>The entry point.</summary>
    /// <param name="args">The options.</param>
    /// <returns>0 when every run succeeded, 1 when one failed, 2 for bad usage.</returns>
    public static async Task<int> Main(string[] args)
    {
        var datasets = new List<string>();
        string? work = null;
        var repeat = 5;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--dataset":
                    datasets.Add(args[i + 1]);
                    break;
                case "--work":
                    work = args[i + 1];
                    break;
                case "--repeat" when int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0:
                    repeat = r;
                    break;
                default:
                    return Usage();
            }
        }

        if (datasets.Count == 0 || work is null || args.Length % 2 != 0)
        {
            return Usage();
        }

        var newskit = Path.GetFullPath(Path.Combine(
            AppContext.BaseDirectory, "..", "..", "..", "..", "..", "samples", "NewsKit.Cli", "bin", new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0", "NewsKit.Cli.dll"));
        if (!File.Exists(newskit))
        {
            Console.Error.WriteLine($"newskit-throughput: {newskit} is missing: build samples/NewsKit.Cli in the same configuration");
            return 1;
        }

        var pages = Corpus.Write(datasets, work, repeat);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {pages.Count:N0} pages, {pages.Bytes / 1048576.0:0} MiB of HTML, in {work} (files/, urls.tsv, warc/)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"machine: {Environment.ProcessorCount} cores; load average before: {LoadAverage()}"));
        Console.WriteLine();
        Console.WriteLine("| run | pages | wall s | pages/s | CPU s (user+sys) | CPU ms/page | peak RSS MiB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var parallels = Environment.ProcessorCount > 1 ? new[] { 1, Environment.ProcessorCount } : [1];
        var failed = false;
        foreach (var parallel in parallels)
        {
            var p = parallel.ToString(CultureInfo.InvariantCulture);
            failed |= !Report($"batch files --parallel {p}", pages.Count, Measure(newskit, "batch", Path.Combine(work, "files"), "--out", Path.Combine(work, "files.jsonl"), "--parallel", p, "--urls", Path.Combine(work, "urls.tsv"), "--now", Now));
            failed |= !Report($"batch warc.gz --parallel {p}", pages.Count, Measure(newskit, "batch", Path.Combine(work, "warc"), "--out", Path.Combine(work, "warc.jsonl"), "--parallel", p, "--now", Now));
        }

        var agreement = Agreement(Path.Combine(work, "files.jsonl"), Path.Combine(work, "warc.jsonl"));
        if (Nats.Binary is null)
        {
            Console.WriteLine();
            Console.WriteLine("nats-server is not installed: the worker runs are skipped");
        }
        else
        {
            foreach (var parallel in parallels)
            {
                var p = parallel.ToString(CultureInfo.InvariantCulture);
                using var server = await Nats.StartAsync();
                var submit = Measure(newskit, "queue", "submit", "--nats", server.Url, Path.Combine(work, "warc"));
                failed |= !Report("queue submit warc.gz", pages.Count, submit);
                var worker = Measure(newskit, "worker", "--nats", server.Url, "--parallel", p, "--idle", "3", "--now", Now);
                failed |= !Report($"worker --parallel {p}", pages.Count, worker, busy: true);
            }
        }

        Console.WriteLine();
        Console.WriteLine(agreement);
        Console.WriteLine($"load average after: {LoadAverage()}");
        return failed ? 1 : 0;
    }

    /// <summary>Whether the page files and the WARC records gave the same rows (matched by their URL).</summary>
    private static string Agreement(string files, string warc)
    {
        static Dictionary<string, string> Rows(string path)
        {
            var rows = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(path))
            {
                using var row = System.Text.Json.JsonDocument.Parse(line);
                var root = row.RootElement;
                rows[root.GetProperty("url").GetString() ?? string.Empty] =
                    root.GetProperty("ok").GetRawText() + root.GetProperty("error").GetRawText() + root.GetProperty("warnings").GetRawText() + root.GetProperty("article").GetRawText();
            }

            return rows;
        }

        var a = Rows(files);
        var b = Rows(warc);
        var same = a.Count(kv => b.TryGetValue(kv.Key, out var other) && other == kv.Value);
        return string.Create(CultureInfo.InvariantCulture, $"rows: the WARC run gives the same row as the files run for {same:N0} of {a.Count:N0} pages ({b.Count:N0} WARC rows)");
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: newskit-throughput --dataset DIR [--dataset DIR ...] --work DIR [--repeat N]");
        return 2;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>Prints a table row; a worker's pages/s is over its busy time (first job to last), not its idle wait.</summary>
    private static bool Report(string name, int pages, Run run, bool busy = false)
    {
        if (run.ExitCode != 0)
        {
            Console.WriteLine($"| {name} | failed (exit code {run.ExitCode}): {run.LastLine} | | | | | |");
            return false;
        }

        var seconds = busy && WorkerBusy().Match(run.LastLine) is { Success: true } m ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : run.Wall.TotalSeconds;
        var rss = run.PeakKiB is { } kib ? (kib / 1024.0).ToString("0", CultureInfo.InvariantCulture) : "?";
        var cpu = run.CpuSeconds is { } c ? c.ToString("0.0", CultureInfo.InvariantCulture) : "?";
        var perPage = run.CpuSeconds is { } c2 ? (c2 * 1000 / pages).ToString("0.0", CultureInfo.InvariantCulture) : "?";
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {name} | {pages:N0} | {seconds:0.0}{(busy ? " (busy)" : string.Empty)} | {pages / seconds:0.0} | {cpu} | {perPage} | {rss} |"));
        return true;
    }

    /// <summary>Runs the newskit command under /usr/bin/time -v (when it exists) and reads its figures.</summary>
    private static Run Measure(string newskit, params string[] args)
    {
        var timeFile = Path.GetTempFileName();
        var useTime = File.Exists("/usr/bin/time");
        var start = useTime
            ? new ProcessStartInfo("/usr/bin/time", ["-v", "-o", timeFile, "dotnet", newskit, .. args])
            : new ProcessStartInfo("dotnet", [newskit, .. args]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        var lastLine = string.Empty;
        process.ErrorDataReceived += (_, e) =>
        {
            if (!string.IsNullOrWhiteSpace(e.Data) && !e.Data.StartsWith('['))
            {
                lastLine = e.Data;
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        var wall = clock.Elapsed;
        long? peak = null;
        double? cpu = null;
        if (useTime)
        {
            var text = File.ReadAllText(timeFile);
            peak = Field(text, "Maximum resident set size (kbytes)") is { } k ? (long)k : null;
            cpu = Field(text, "User time (seconds)") + Field(text, "System time (seconds)");
        }

        File.Delete(timeFile);
        return new Run(process.ExitCode, wall, cpu, peak, lastLine);
    }

    private static double? Field(string text, string name)
    {
        var line = text.Split('\n').FirstOrDefault(l => l.Trim().StartsWith(name, StringComparison.Ordinal));
        return line is not null && double.TryParse(line[(line.LastIndexOf(':') + 1)..].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    [GeneratedRegex(@"in ([0-9.]+) s from the first job to the last")]
    private static partial Regex WorkerBusy();

    private sealed record Run(int ExitCode, TimeSpan Wall, double? CpuSeconds, long? PeakKiB, string LastLine);
}

/// <summary>The measurement corpus: the same pages as files (with their URLs in a TSV) and as WARC files.</summary>
internal static class Corpus
{
    public static (int Count, long Bytes) Write(IReadOnlyList<string> datasets, string work, int repeat)
    {
        var sources = datasets.SelectMany(d => Directory.GetFiles(Path.Combine(d, "html"), "*.html.gz")).Order(StringComparer.Ordinal).ToList();
        var files = Path.Combine(work, "files");
        var warcs = Path.Combine(work, "warc");
        foreach (var folder in new[] { files, warcs })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.CreateDirectory(folder);
        }

        using var urls = new StreamWriter(Path.Combine(work, "urls.tsv"), false, new UTF8Encoding(false));
        var count = 0;
        long bytes = 0;
        var id = 0;
        for (var r = 0; r < repeat; r++)
        {
            var round = "r" + r.ToString(CultureInfo.InvariantCulture);
            Directory.CreateDirectory(Path.Combine(files, round));
            using var warc = File.Create(Path.Combine(warcs, $"part-{round}.warc.gz"));
            foreach (var source in sources)
            {
                var name = Path.GetFileName(source)[..^".gz".Length];
                byte[] html;
                using (var gzip = new GZipStream(File.OpenRead(source), CompressionMode.Decompress))
                using (var buffer = new MemoryStream())
                {
                    gzip.CopyTo(buffer);
                    html = buffer.ToArray();
                }

                var relative = round + "/" + name;
                var url = $"https://pages.example/{round}/{name}";
                File.WriteAllBytes(Path.Combine(files, round, name), html);
                urls.Write($"{relative}\t{url}\n");
                var http = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {html.Length}\r\n\r\n"));
                WriteRecord(warc, ++id, "request", url, "application/http; msgtype=request", Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: pages.example\r\n\r\n"));
                WriteRecord(warc, ++id, "response", url, "application/http; msgtype=response", [.. http, .. html]);
                count++;
                bytes += html.Length;
            }
        }

        return (count, bytes);
    }

    /// <summary>One WARC record as its own gzip member.</summary>
    private static void WriteRecord(Stream warc, int id, string type, string url, string contentType, byte[] block)
    {
        var head = Encoding.UTF8.GetBytes(string.Create(
            CultureInfo.InvariantCulture,
            $"WARC/1.1\r\nWARC-Type: {type}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{id:D12}>\r\nWARC-Date: 2024-06-01T12:00:00Z\r\nWARC-Target-URI: {url}\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n"));
        using var gzip = new GZipStream(warc, CompressionLevel.Optimal, leaveOpen: true);
        gzip.Write(head);
        gzip.Write(block);
        gzip.Write("\r\n\r\n"u8);
    }
}

/// <summary>A fresh nats-server -js on 127.0.0.1, a free port and a temporary store, killed when disposed.</summary>
internal sealed class Nats : IDisposable
{
    private readonly Process process;
    private readonly string store;

    private Nats(Process process, string store, string url)
    {
        this.process = process;
        this.store = store;
        Url = url;
    }

    public static string? Binary { get; } = new[] { "/usr/sbin/nats-server", "/usr/bin/nats-server", "/usr/local/bin/nats-server" }.FirstOrDefault(File.Exists);

    public string Url { get; }

    public static async Task<Nats> StartAsync()
    {
        var store = Directory.CreateTempSubdirectory("newskit-throughput-nats-").FullName;
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var portText = port.ToString(CultureInfo.InvariantCulture);
        var process = Process.Start(new ProcessStartInfo(Binary!, ["-js", "-a", "127.0.0.1", "-p", portText, "-sd", store]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        for (var i = 0; i < 200; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                break;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        return new Nats(process, store, "nats://127.0.0.1:" + portText);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit();
        }

        process.Dispose();
        Directory.Delete(store, recursive: true);
    }
}
