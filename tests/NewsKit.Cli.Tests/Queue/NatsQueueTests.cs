using System.Diagnostics;
using System.Text;
using System.Text.Json;
using NewsKit.Cli.Queue;
using NewsKit.Cli.Tests.Warc;
using Xunit.Abstractions;

namespace NewsKit.Cli.Tests.Queue;

/// <summary>
/// The queue on a real nats-server: jobs submitted, three worker processes (one killed while the queue is being worked
/// through), results collected: every job has exactly one result, and it is the row <c>batch</c> gives for the page.
/// </summary>
public sealed class NatsQueueTests(ITestOutputHelper output) : IDisposable
{
    private const string Now = "2025-07-19T00:00:00Z";
    private readonly string folder = Directory.CreateTempSubdirectory("newskit-queue-").FullName;
    private readonly List<Process> workers = [];

    public void Dispose()
    {
        foreach (var worker in workers)
        {
            if (!worker.HasExited)
            {
                worker.Kill(entireProcessTree: true);
                worker.WaitForExit();
            }

            worker.Dispose();
        }

        Directory.Delete(folder, recursive: true);
    }

    private string Input => Path.Combine(folder, "in");

    /// <summary>About 300 jobs: page files, a page over the server's 1 MiB message limit, WARC records, a bad record.</summary>
    private async Task<int> WriteInputsAsync()
    {
        Directory.CreateDirectory(Path.Combine(Input, "pages"));
        var seed = await File.ReadAllTextAsync(CliRun.PagePath("seed.html"));
        for (var i = 0; i < 100; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(Input, "pages", $"story{i}.html"), i % 4 == 0 ? seed : WarcBuilder.Page($"Story number {i}"));
        }

        await File.WriteAllTextAsync(Path.Combine(Input, "pages", "big.html"), seed.Replace("</body>", "<!--" + new string('x', 1_500_000) + "--></body>", StringComparison.Ordinal));
        for (var w = 0; w < 2; w++)
        {
            var warc = new WarcBuilder();
            for (var r = 0; r < 100; r++)
            {
                warc.Response($"https://news.example/{w}/{r}", WarcBuilder.Http(Encoding.UTF8.GetBytes(WarcBuilder.Page($"Record {r} of file {w}"))), $"2025-07-18T0{w}:00:00Z");
            }

            var http = WarcBuilder.Http(Encoding.UTF8.GetBytes(WarcBuilder.Page("Cut")));
            warc.Response($"https://news.example/{w}/cut", http, declaredLength: http.Length + 10);
            warc.Response($"https://news.example/{w}/after", WarcBuilder.Http(Encoding.UTF8.GetBytes(WarcBuilder.Page("After the cut"))));
            await File.WriteAllBytesAsync(Path.Combine(Input, $"crawl-{w}.warc.gz"), warc.GzipPerRecord());
        }

        return 101 + 2 * 102;
    }

    private Process StartWorker(string url)
    {
        var process = ChildProcesses.StartDrained("dotnet", ChildProcesses.Cli("worker", "--nats", url, "--parallel", "1", "--ack-wait", "2", "--idle", "5", "--now", Now));
        workers.Add(process);
        return process;
    }

    private static string Key(JsonElement row) => row.GetProperty("file").GetString() + "#" + row.GetProperty("recordId").GetString();

    [NatsFact]
    public async Task Three_workers_one_killed_give_every_job_exactly_one_result_equal_to_batch()
    {
        var jobs = await WriteInputsAsync();
        using var server = await NatsServer.StartAsync();

        var submit = await CliRun.RunAsync("queue", "submit", "--nats", server.Url, Input);
        Assert.True(submit.ExitCode == 0, submit.Error);
        Assert.True(submit.Error.Contains($"{jobs} jobs submitted (1 pages through the object store)", StringComparison.Ordinal), submit.Error);

        var victim = StartWorker(server.Url);
        StartWorker(server.Url);
        StartWorker(server.Url);
        await using (var queue = await NatsQueue.OpenAsync(server.Url, CancellationToken.None))
        {
            // Kill the first worker while the queue is being worked through: once some results are stored.
            var deadline = DateTime.UtcNow.AddSeconds(120);
            long stored = 0;
            while (DateTime.UtcNow < deadline && !victim.HasExited)
            {
                stored = (await queue.JetStream.GetStreamAsync(NatsQueue.ResultsStream)).Info.State.Messages;
                if (stored >= 20)
                {
                    break;
                }

                await Task.Delay(10);
            }

            var queued = await queue.QueuedAsync(CancellationToken.None);
            victim.Kill(entireProcessTree: true);
            await victim.WaitForExitAsync();
            output.WriteLine($"killed a worker with {stored} of {jobs} results stored and {queued} jobs queued or in progress");
        }

        var collect = await CliRun.RunAsync("queue", "collect", "--nats", server.Url, "--out", "-", "--wait");
        var batch = await CliRun.RunAsync("batch", Input, "--out", "-", "--now", Now);

        Assert.True(collect.ExitCode == 0, collect.Error);
        Assert.Equal(0, batch.ExitCode);
        var collected = collect.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var expected = batch.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(Key, r => r.GetRawText());
        Assert.Equal(jobs, expected.Count);
        Assert.Equal(jobs, collected.Count);
        Assert.Equal(jobs, collected.Select(Key).Distinct().Count());
        Assert.Contains($"{jobs} rows (0 second results of a job dropped)", collect.Error, StringComparison.Ordinal);
        Assert.Contains("0 jobs still queued", collect.Error, StringComparison.Ordinal);
        foreach (var row in collected)
        {
            Assert.Equal(expected[Key(row)], row.GetRawText());
        }

        Assert.Contains(collected, r => r.GetProperty("file").GetString() == "pages/big.html" && r.GetProperty("ok").GetBoolean());
        Assert.Equal(2, collected.Count(r => r.GetProperty("error").GetString()?.StartsWith("truncatedRecord: ", StringComparison.Ordinal) == true));
    }

    [NatsFact]
    public async Task Submitting_the_same_pages_again_adds_no_job()
    {
        Directory.CreateDirectory(Input);
        await File.WriteAllTextAsync(Path.Combine(Input, "a.html"), WarcBuilder.Page("Once"));
        await File.WriteAllTextAsync(Path.Combine(Input, "b.html"), WarcBuilder.Page("Twice"));
        using var server = await NatsServer.StartAsync();

        var first = await CliRun.RunAsync("queue", "submit", "--nats", server.Url, Input);
        var second = await CliRun.RunAsync("queue", "submit", "--nats", server.Url, Input);
        var collect = await CliRun.RunAsync("queue", "collect", "--nats", server.Url, "--out", "-");

        Assert.Contains("2 jobs submitted", first.Error, StringComparison.Ordinal);
        Assert.Contains("0 jobs submitted (0 pages through the object store), 2 already submitted", second.Error, StringComparison.Ordinal);
        Assert.Contains("0 rows", collect.Error, StringComparison.Ordinal);
        Assert.Contains("2 jobs still queued", collect.Error, StringComparison.Ordinal);
    }

    [NatsFact]
    public async Task A_worker_stops_on_sigterm_with_exit_code_0_and_its_summary()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var server = await NatsServer.StartAsync();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "NewsKit.Cli.dll"), "worker", "--nats", server.Url])
        {
            RedirectStandardError = true,
        };
        using var worker = Process.Start(start)!;
        var error = worker.StandardError.ReadToEndAsync();
        await using (var queue = await NatsQueue.OpenAsync(server.Url, CancellationToken.None))
        {
            // Signal it once it has made its consumer (it is then pulling jobs); a safety limit only.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && !worker.HasExited)
            {
                try
                {
                    await queue.JetStream.GetConsumerAsync(NatsQueue.JobsStream, NatsQueue.WorkersConsumer);
                    break;
                }
                catch (NATS.Client.JetStream.NatsJSApiException)
                {
                    await Task.Delay(20);
                }
            }
        }

        using (var kill = Process.Start("kill", ["-TERM", worker.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await worker.WaitForExitAsync();

        Assert.Equal(0, worker.ExitCode);
        Assert.Contains("worker stopped: 0 jobs done", await error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, "queue")]
    [InlineData(2, "queue", "frobnicate")]
    [InlineData(2, "queue", "submit", "x")]
    [InlineData(2, "queue", "collect", "--nats", "nats://127.0.0.1:1")]
    [InlineData(2, "worker")]
    [InlineData(2, "worker", "--nats", "nats://127.0.0.1:1", "--ack-wait", "0")]
    [InlineData(1, "worker", "--nats", "nats://127.0.0.1:1")]
    [InlineData(1, "queue", "collect", "--nats", "nats://127.0.0.1:1", "--out", "-")]
    public async Task Bad_usage_is_exit_code_2_and_an_unreachable_server_exit_code_1(int code, params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(code, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        if (code == 1)
        {
            Assert.Contains("nats://127.0.0.1:1: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        }
    }
}
