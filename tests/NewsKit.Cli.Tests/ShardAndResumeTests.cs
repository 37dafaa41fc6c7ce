using System.Diagnostics;
using System.Text;
using System.Text.Json;
using NewsKit.Cli.Batch;
using NewsKit.Cli.Tests.Warc;

namespace NewsKit.Cli.Tests;

/// <summary><c>batch --shard K/N</c> and <c>--out DIR/</c>: every page exactly once over the shards, atomic per-input outputs, resume.</summary>
public sealed class ShardAndResumeTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newskit-shard-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Input => Path.Combine(folder, "in");

    private async Task WriteInputsAsync(int pages = 12)
    {
        Directory.CreateDirectory(Path.Combine(Input, "a", "b"));
        for (var i = 0; i < pages; i++)
        {
            var sub = i % 3 == 0 ? "a" : i % 3 == 1 ? Path.Combine("a", "b") : string.Empty;
            await File.WriteAllTextAsync(Path.Combine(Input, sub, $"page{i}.html"), WarcBuilder.Page($"Story number {i}"));
        }

        for (var w = 0; w < 2; w++)
        {
            var warc = new WarcBuilder();
            for (var r = 0; r < 4; r++)
            {
                warc.Response($"https://news.example/{w}/{r}", WarcBuilder.Http(Encoding.UTF8.GetBytes(WarcBuilder.Page($"Record {r} of file {w}"))));
            }

            await File.WriteAllBytesAsync(Path.Combine(Input, $"crawl-{w}.warc.gz"), warc.GzipPerRecord());
        }
    }

    private static string Key(JsonElement row) => row.GetProperty("file").GetString() + "#" + row.GetProperty("recordId").GetString();

    private static Dictionary<string, string> Rows(IEnumerable<string> lines) =>
        lines.Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(Key, r => r.GetRawText());

    [Fact]
    public void The_shard_hash_is_64_bit_fnv_1a_of_the_utf8_path()
    {
        Assert.Equal(14695981039346656037UL, Shard.Hash(string.Empty));
        Assert.Equal(0xaf63dc4c8601ec8cUL, Shard.Hash("a"));
        Assert.Equal(Shard.Hash("crawl/é.warc.gz"), Shard.Hash("crawl/é.warc.gz"));
        Assert.True(new Shard(0, 1).Contains("anything"));
    }

    [Fact]
    public async Task Three_shards_give_the_rows_of_one_run_each_page_exactly_once()
    {
        await WriteInputsAsync();
        var whole = await CliRun.RunAsync("batch", Input, "--out", "-", "--now", "2025-07-19T00:00:00Z");
        var shards = new List<CliRun>();
        for (var k = 0; k < 3; k++)
        {
            shards.Add(await CliRun.RunAsync("batch", Input, "--out", "-", "--now", "2025-07-19T00:00:00Z", "--shard", $"{k}/3"));
        }

        Assert.All(shards.Append(whole), run => Assert.Equal(0, run.ExitCode));
        var all = Rows(whole.OutLines);
        Assert.Equal(20, all.Count);
        var perShard = shards.Select(s => Rows(s.OutLines)).ToList();
        Assert.Equal(all.Count, perShard.Sum(s => s.Count));
        var union = perShard.SelectMany(s => s).ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.Equal(all.OrderBy(kv => kv.Key, StringComparer.Ordinal), union.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.All(perShard, s => Assert.NotEmpty(s));

        // A WARC file is one input: all its records are in one shard.
        foreach (var warc in new[] { "crawl-0.warc.gz", "crawl-1.warc.gz" })
        {
            Assert.Single(perShard, s => s.Keys.Any(k => k.StartsWith(warc + "#", StringComparison.Ordinal)));
        }
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("parquet")]
    public async Task Out_dir_writes_one_file_per_input_and_a_rerun_skips_what_is_done(string format)
    {
        await WriteInputsAsync(pages: 4);
        var output = Path.Combine(folder, "out") + "/";

        var first = await CliRun.RunAsync("batch", Input, "--out", output, "--format", format);
        var again = await CliRun.RunAsync("batch", Input, "--out", output, "--format", format);

        Assert.Equal(0, first.ExitCode);
        var ext = "." + format;
        var files = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            new[] { "a/b/page1.html", "a/page0.html", "a/page3.html", "crawl-0.warc.gz", "crawl-1.warc.gz", "page2.html" }.Select(f => f + ext).Order(StringComparer.Ordinal),
            files);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 pages: 0 ok", again.Error, StringComparison.Ordinal);
        Assert.Contains("6 inputs skipped: their output exists", again.Error, StringComparison.Ordinal);
        if (format == "jsonl")
        {
            Assert.Equal(4, (await File.ReadAllLinesAsync(Path.Combine(output, "crawl-1.warc.gz.jsonl"))).Length);
        }
    }

    [Fact]
    public async Task A_rerun_after_lost_outputs_and_left_over_partial_files_gives_the_same_outputs()
    {
        await WriteInputsAsync();
        var output = Path.Combine(folder, "out");
        Directory.CreateDirectory(output);
        Assert.Equal(0, (await CliRun.RunAsync("batch", Input, "--out", output, "--now", "2025-07-19T00:00:00Z")).ExitCode);
        var expected = Snapshot(output);

        // What a killed run leaves: some outputs never renamed (a .partial with part of the rows), others not started.
        File.Delete(Path.Combine(output, "crawl-0.warc.gz.jsonl"));
        await File.WriteAllTextAsync(Path.Combine(output, "crawl-0.warc.gz.jsonl.partial"), "{\"file\": \"crawl-0.warc.gz\", \"cut");
        File.Delete(Path.Combine(output, "a", "page3.html.jsonl"));
        var rerun = await CliRun.RunAsync("batch", Input, "--out", output, "--now", "2025-07-19T00:00:00Z");

        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains("5 pages: 5 ok", rerun.Error, StringComparison.Ordinal);
        Assert.Equal(expected, Snapshot(output));
    }

    [Fact]
    public async Task A_killed_process_rerun_gives_the_same_outputs_as_one_whole_run()
    {
        await WriteInputsAsync(pages: 40);
        var killed = Path.Combine(folder, "killed");
        var whole = Path.Combine(folder, "whole");
        Directory.CreateDirectory(killed);
        Directory.CreateDirectory(whole);

        using (var process = Start(Input, "--out", killed, "--parallel", "1", "--now", "2025-07-19T00:00:00Z"))
        {
            // Kill it once it has finished some inputs (or let it end, if it is faster than this loop).
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!process.HasExited && Directory.GetFiles(killed, "*.jsonl", SearchOption.AllDirectories).Length < 3 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
        }

        var rerun = await CliRun.RunAsync("batch", Input, "--out", killed, "--now", "2025-07-19T00:00:00Z");
        var fresh = await CliRun.RunAsync("batch", Input, "--out", whole, "--now", "2025-07-19T00:00:00Z");

        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(0, fresh.ExitCode);
        Assert.Equal(Snapshot(whole), Snapshot(killed));
    }

    [Theory]
    [InlineData("3/3")]
    [InlineData("-1/3")]
    [InlineData("1/0")]
    [InlineData("one/3")]
    [InlineData("1")]
    public async Task A_bad_shard_is_exit_code_2(string shard)
    {
        var run = await CliRun.RunAsync("batch", folder, "--out", "-", "--shard", shard);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--shard: ", run.ErrorLines[0], StringComparison.Ordinal);
    }

    /// <summary>Every output file (relative path) with its lines sorted (pages finish in any order); no .partial files.</summary>
    private static SortedDictionary<string, string> Snapshot(string output)
    {
        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(output, "*", SearchOption.AllDirectories))
        {
            snapshot[Path.GetRelativePath(output, file)] = string.Join('\n', File.ReadAllLines(file).Order(StringComparer.Ordinal));
        }

        Assert.DoesNotContain(snapshot.Keys, k => k.EndsWith(".partial", StringComparison.Ordinal));
        return snapshot;
    }

    private static Process Start(params string[] args) => ChildProcesses.StartDrained("dotnet", ChildProcesses.Cli(["batch", .. args]));
}
