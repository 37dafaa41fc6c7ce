using System.IO.Compression;
using System.Text.Json;

namespace NewsKit.Cli.Tests;

public sealed class BatchCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newskit-batch-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Every_page_gets_one_line_and_bad_files_do_not_stop_the_run()
    {
        var seed = await File.ReadAllBytesAsync(CliRun.PagePath("seed.html"));
        Directory.CreateDirectory(Path.Combine(folder, "pages", "deeper"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "pages", "good.html"), seed);
        await File.WriteAllBytesAsync(Path.Combine(folder, "pages", "deeper", "zipped.html.gz"), Gzip(seed));
        await File.WriteAllBytesAsync(Path.Combine(folder, "junk.htm"), [0, 1, 2, 0xFF, 0xFE, 0x89, 0x50, 0x4E, 0x47, 0, 0, 0]);
        await File.WriteAllBytesAsync(Path.Combine(folder, "empty.html"), []);
        await File.WriteAllBytesAsync(Path.Combine(folder, "corrupt.html.gz"), [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6, 7]);
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.txt"), "not a page: skipped");
        var output = Path.Combine(folder, "out.jsonl");

        var run = await CliRun.RunAsync("batch", folder, "--out", output, "--parallel", "2");

        Assert.Equal(0, run.ExitCode);
        var lines = (await File.ReadAllLinesAsync(output)).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        var byFile = lines.ToDictionary(l => l.GetProperty("file").GetString()!);
        Assert.Equal(
            ["corrupt.html.gz", "empty.html", "junk.htm", "pages/deeper/zipped.html.gz", "pages/good.html"],
            byFile.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.All(lines, l => JsonAssert.Names(l, "file", "recordId", "url", "fetched", "ok", "error", "warnings", "article"));
        foreach (var good in new[] { "pages/good.html", "pages/deeper/zipped.html.gz" })
        {
            Assert.True(byFile[good].GetProperty("ok").GetBoolean());
            Assert.Equal(JsonValueKind.Null, byFile[good].GetProperty("error").ValueKind);
            Assert.False(string.IsNullOrEmpty(byFile[good].GetProperty("article").GetProperty("headline").GetString()));
        }

        foreach (var bad in new[] { "corrupt.html.gz", "empty.html", "junk.htm" })
        {
            Assert.False(byFile[bad].GetProperty("ok").GetBoolean());
            Assert.False(string.IsNullOrWhiteSpace(byFile[bad].GetProperty("error").GetString()));
        }

        Assert.Contains("5 pages: 2 ok, 3 without an article, 0 parser errors", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Progress_on_a_terminal_or_a_log_ends_with_every_page_counted(bool terminal)
    {
        var seed = await File.ReadAllBytesAsync(CliRun.PagePath("seed.html"));
        for (var i = 0; i < 3; i++)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, $"page{i}.html"), seed);
        }

        var args = new[] { "batch", folder, "--out", Path.Combine(folder, "out.jsonl") };
        var run = terminal ? await CliRun.RunOnTerminalAsync(args) : await CliRun.RunAsync(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("3/3 files, 3 pages", run.Error, StringComparison.Ordinal);
        Assert.Equal(terminal, run.Error.Contains('\r', StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_folder_gives_an_empty_file()
    {
        var output = Path.Combine(folder, "out.jsonl");

        var run = await CliRun.RunAsync("batch", folder, "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, await File.ReadAllTextAsync(output));
    }

    [Fact]
    public async Task A_missing_folder_is_exit_code_1()
    {
        var run = await CliRun.RunAsync("batch", Path.Combine(folder, "missing"), "--out", Path.Combine(folder, "out.jsonl"));

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }

    [Fact]
    public async Task An_output_that_cannot_be_written_is_exit_code_1()
    {
        var run = await CliRun.RunAsync("batch", folder, "--out", Path.Combine(folder, "no", "such", "dir", "out.jsonl"));

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }

    [Theory]
    [InlineData("--parallel", "0")]
    [InlineData("--parallel", "many")]
    [InlineData("--timeout", "-3")]
    public async Task Bad_options_are_exit_code_2(string option, string value)
    {
        var run = await CliRun.RunAsync("batch", folder, "--out", Path.Combine(folder, "out.jsonl"), option, value);

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task Missing_out_is_exit_code_2()
    {
        var run = await CliRun.RunAsync("batch", folder);

        Assert.Equal(2, run.ExitCode);
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }
}
