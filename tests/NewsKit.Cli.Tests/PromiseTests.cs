using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace NewsKit.Cli.Tests;

/// <summary>
/// What the command promises a user: no stack trace whatever happens to its input or output, bounded reads, warnings
/// in its JSON, full help for every command, documented exit codes, and a <c>batch</c> that takes a file or writes to
/// standard output.
/// </summary>
public sealed class PromiseTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newskit-promise-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static byte[] Seed => File.ReadAllBytes(CliRun.PagePath("seed.html"));

    private static byte[] TruncatedGzip()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
        {
            gzip.Write(Seed);
        }

        var whole = buffer.ToArray();
        return whole[..(whole.Length - 8)];
    }

    private static void AssertNoStackTrace(string error)
    {
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_output_that_cannot_be_written_is_one_line_and_exit_code_1()
    {
        var run = await CliRun.RunWithAsync(() => new MemoryStream(Seed), new FullWriter(), false, "parse", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot write the output: No space left on device", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        AssertNoStackTrace(run.Error);
    }

    [Fact]
    public async Task An_endless_standard_input_is_read_only_up_to_the_limit()
    {
        var run = await CliRun.RunWithAsync(() => new EndlessStream(), null, false, "parse", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("over the 16,777,216-byte limit", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_device_file_without_a_length_is_read_only_up_to_the_limit()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var run = await CliRun.RunAsync("parse", "/dev/zero");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/dev/zero: the input is", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_json_ends_with_the_warnings()
    {
        var clean = await CliRun.RunAsync("parse", CliRun.PagePath("seed.html"));
        var cut = await CliRun.RunWithInputAsync(TruncatedGzip(), "parse", "-");

        Assert.Equal(0, cut.ExitCode);
        Assert.Equal("warnings", clean.Json().EnumerateObject().Last().Name);
        Assert.Equal(0, clean.Json().GetProperty("warnings").GetArrayLength());
        var warning = Assert.Single(cut.Json().GetProperty("warnings").EnumerateArray());
        JsonAssert.Names(warning, "kind", "message");
        Assert.Equal("truncatedInput", warning.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Markdown_and_text_write_the_warnings_to_standard_error()
    {
        var run = await CliRun.RunWithInputAsync(TruncatedGzip(), "parse", "-", "--format", "text");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning (truncatedInput)", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_lines_carry_the_warnings()
    {
        await File.WriteAllBytesAsync(Path.Combine(folder, "cut.html.gz"), TruncatedGzip());
        var output = Path.Combine(folder, "out.jsonl");

        var run = await CliRun.RunAsync("batch", folder, "--out", output);

        Assert.Equal(0, run.ExitCode);
        var line = JsonDocument.Parse(Assert.Single(await File.ReadAllLinesAsync(output))).RootElement;
        Assert.Equal("truncatedInput", line.GetProperty("warnings")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Batch_out_dash_writes_the_lines_to_standard_output()
    {
        await File.WriteAllBytesAsync(Path.Combine(folder, "a.html"), Seed);
        await File.WriteAllBytesAsync(Path.Combine(folder, "b.html"), Seed);

        var run = await CliRun.RunAsync("batch", folder, "--out", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists("-"));
        Assert.Equal(["a.html", "b.html"], run.OutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("file").GetString()).Order(StringComparer.Ordinal));
        Assert.Contains("lines in standard output", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_of_one_file_is_a_batch_of_one_page()
    {
        var page = Path.Combine(folder, "story.page");
        await File.WriteAllBytesAsync(page, Seed);

        var run = await CliRun.RunAsync("batch", page, "--out", "-");

        Assert.Equal(0, run.ExitCode);
        var line = JsonDocument.Parse(Assert.Single(run.OutLines)).RootElement;
        Assert.Equal("story.page", line.GetProperty("file").GetString());
        Assert.True(line.GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task Batch_of_nothing_says_no_such_folder_or_file()
    {
        var run = await CliRun.RunAsync("batch", Path.Combine(folder, "missing"), "--out", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no such folder or file", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_to_an_output_that_fills_up_is_one_line_and_exit_code_1()
    {
        await File.WriteAllBytesAsync(Path.Combine(folder, "a.html"), Seed);

        var run = await CliRun.RunWithAsync(() => Stream.Null, new FullWriter(), false, "batch", folder, "--out", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("standard output: cannot write", run.Error, StringComparison.Ordinal);
        AssertNoStackTrace(run.Error);
    }

    public static TheoryData<string[]> HelpRequests => new()
    {
        new[] { "-h" }, new[] { "-?" }, new[] { "--help" }, new[] { "help" },
    };

    [Theory]
    [MemberData(nameof(HelpRequests))]
    public async Task Every_help_request_gives_the_overview_with_its_final_newline(string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("newskit: parse news pages", run.Out, StringComparison.Ordinal);
        Assert.EndsWith("\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("exit codes:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_command_gives_the_overview_on_standard_error_with_exit_code_2()
    {
        var run = await CliRun.RunAsync();

        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith("\n", run.Error, StringComparison.Ordinal);
    }

    public static TheoryData<string, string[]> CommandOptions => new()
    {
        { "parse", new[] { "FILE", "--url", "--format", "json", "markdown", "text", "--zone", "--now", "Default", "warnings", "exit codes:" } },
        { "batch", new[] { "FOLDER", "FILE", "--out", "DIR/", "--format", "parquet", "--shard", "--parallel", "--timeout", "--now", "--urls", "# are skipped", ".warc.gz", "WARC-Target-URI", "Default: 15", "standard output", "warnings", "exit codes:" } },
        { "time", new[] { "TEXT", "--epoch", "--search", "--now", "--zone", "--culture", "Default", "failure", "exit codes:" } },
        { "queue", new[] { "submit", "collect", "--nats", "--urls", "--out", "--wait", "PATH", "NEWSKIT_JOBS", "NEWSKIT_RESULTS", "newskit-pages", "message id", "exit codes:" } },
        { "worker", new[] { "--nats", "--parallel", "--timeout", "--now", "--ack-wait", "--idle", "Default", "SIGTERM", "acknowledged only after", "exit codes:" } },
    };

    [Theory]
    [MemberData(nameof(CommandOptions))]
    public async Task Each_command_has_full_help_by_every_spelling(string command, string[] mentions)
    {
        var runs = new[]
        {
            await CliRun.RunAsync("help", command),
            await CliRun.RunAsync(command, "--help"),
            await CliRun.RunAsync(command, "-h"),
            await CliRun.RunAsync(command, "-?"),
        };

        Assert.All(runs, run => Assert.Equal(0, run.ExitCode));
        Assert.All(runs, run => Assert.Equal(runs[0].Out, run.Out));
        Assert.StartsWith($"usage: newskit {command} ", runs[0].Out, StringComparison.Ordinal);
        Assert.EndsWith("\n", runs[0].Out, StringComparison.Ordinal);
        foreach (var mention in mentions)
        {
            Assert.Contains(mention, runs[0].Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Help_for_an_unknown_command_is_exit_code_2()
    {
        var run = await CliRun.RunAsync("help", "frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }

    [Fact]
    public async Task Version_prints_the_version()
    {
        var run = await CliRun.RunAsync("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^newskit \d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\n$", run.Out);
    }

    public static TheoryData<int, string[]> ExitCodeCases => new()
    {
        { 0, new[] { "time", "2025-07-18" } },
        { 0, new[] { "time", "2025-02-30" } },
        { 1, new[] { "parse", "/no/such/file.html" } },
        { 1, new[] { "batch", "/no/such/folder", "--out", "-" } },
        { 2, new[] { "parse" } },
        { 2, new[] { "time", "--epoch=yes", "1" } },
        { 2, new[] { "time", "--epoch", "--epoch", "1" } },
        { 2, new[] { "batch", "." } },
        { 2, new[] { "frobnicate" } },
    };

    [Theory]
    [MemberData(nameof(ExitCodeCases))]
    public async Task Exit_codes_are_the_documented_ones(int expected, string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(expected, run.ExitCode);
        AssertNoStackTrace(run.Error);
        Assert.Contains($"  {expected}   ", (await CliRun.RunAsync("help", args[0] == "frobnicate" ? "parse" : args[0])).Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1752816860", "2025-07-18T05:34:20Z")]
    [InlineData("1752816860123", "2025-07-18T05:34:20.123Z")]
    [InlineData("1752816860.5", "2025-07-18T05:34:20.5Z")]
    public async Task Time_epoch_reads_unix_seconds_and_milliseconds(string text, string instant)
    {
        var run = await CliRun.RunAsync("time", "--epoch", text);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("instant", run.Json().GetProperty("kind").GetString());
        Assert.Equal(instant, run.Json().GetProperty("value").GetString());
    }

    [Fact]
    public async Task Time_search_finds_the_date_inside_longer_text()
    {
        const string text = "Published 5:34 AM EDT, Fri July 18, 2025 by Jane Doe";

        var found = await CliRun.RunAsync("time", "--search", text);
        var whole = await CliRun.RunAsync("time", text);

        Assert.Equal("2025-07-18T09:34:00Z", found.Json().GetProperty("value").GetString());
        Assert.Equal("reject", whole.Json().GetProperty("kind").GetString());
        Assert.Equal("unexpectedText", whole.Json().GetProperty("failure").GetString());
    }

    [Theory]
    [InlineData("1752816860", "--epoch")]
    [InlineData("Published 5:34 AM EDT, Fri July 18, 2025 by Jane Doe", "--search")]
    [InlineData("2 hours ago", "--now")]
    [InlineData("July 18", "--now")]
    public async Task Time_messages_name_the_commands_options(string text, string option)
    {
        var run = await CliRun.RunAsync("time", text);

        var reason = run.Json().GetProperty("reason").GetString()!;
        Assert.Contains(option, reason, StringComparison.Ordinal);
        Assert.DoesNotContain("SearchWithinText", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("AllowUnixEpoch", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("context", reason, StringComparison.Ordinal);
    }

    /// <summary>The command as a user runs it, in its own process: standard output to /dev/full, input from /dev/zero.</summary>
    [Theory]
    [InlineData("parse {seed} > /dev/full", 1, "cannot write the output")]
    [InlineData("batch {seed} --out /dev/full", 1, "cannot write")]
    [InlineData("batch {seed} --out - > /dev/full", 1, "cannot write")]
    [InlineData("parse /dev/zero", 1, "over the 16,777,216-byte limit")]
    [InlineData("parse - < /dev/zero", 1, "over the 16,777,216-byte limit")]
    [InlineData("parse /no/such/file.html", 1, "no such file")]
    [InlineData("--help > /dev/full", 1, "cannot write the output")]
    public void In_its_own_process_no_stack_trace_ever(string arguments, int exitCode, string message)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/dev/full"))
        {
            return;
        }

        var cli = Path.Combine(AppContext.BaseDirectory, "NewsKit.Cli.dll");
        var command = $"exec dotnet \"{cli}\" {arguments.Replace("{seed}", "\"" + CliRun.PagePath("seed.html") + "\"", StringComparison.Ordinal)}";
        var start = new ProcessStartInfo("/bin/sh", ["-c", command]) { RedirectStandardError = true, RedirectStandardInput = true };
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(exitCode, process.ExitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
        AssertNoStackTrace(error);
    }

    /// <summary>A writer on a full disk: every write fails as /dev/full does.</summary>
    private sealed class FullWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");
    }

    /// <summary>Standard input that never ends (as /dev/zero).</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
