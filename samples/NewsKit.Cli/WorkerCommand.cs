using System.Globalization;
using System.Runtime.InteropServices;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NewsKit.Cli.Batch;
using NewsKit.Cli.Queue;

namespace NewsKit.Cli;

/// <summary>
/// <c>newskit worker --nats URL [--parallel N] ...</c>: pulls jobs from the work queue, parses each page, stores its row in
/// the results stream (message id = job id) and only then acknowledges the job, so a worker killed at any point loses
/// nothing: a job it did not acknowledge is delivered again, and a result stored twice is dropped by the server.
/// </summary>
internal static class WorkerCommand
{
    public const string Usage = "newskit worker --nats URL [--parallel N] [--timeout SECONDS] [--now ISO] [--ack-wait SECONDS] [--idle SECONDS]";

    public const string Help = "usage: " + Usage + """


        Parses the pages on a NATS JetStream work queue (put there by newskit queue submit) until stopped.

        Each job is pulled from the stream NEWSKIT_JOBS through the durable consumer newskit-workers, parsed,
        and its row (the JSON line of newskit batch) published to the stream NEWSKIT_RESULTS with the job id as
        message id; the job is acknowledged only after the server has stored the result. A worker that is
        killed loses nothing: its unacknowledged jobs are delivered to another worker after --ack-wait, and a
        result stored a second time is dropped (the same message id within 24 hours; collect drops the rest).
        Any number of workers, on any machines, can share the queue.

        options:
          --nats URL        the NATS server, such as nats://127.0.0.1:4222 (JetStream enabled: nats-server -js).
          --parallel N      how many jobs are parsed at once, 1 to 256. Default: one per processor core.
                            Memory is bounded by N pages of at most 16 MiB and a constant.
          --timeout SECONDS the time budget of each page, 1 to 3600. Default: 15.
          --now ISO         the instant relative dates are read against, ISO 8601 with Z or an offset.
                            Default: a WARC record's WARC-Date, else the current time.
          --ack-wait SECONDS how long a job may go without news from its worker before it is delivered to
                            another, 1 to 3600. Default: 30. A worker working on a job tells the server every
                            third of it, so a long page is not delivered twice; a killed worker's jobs wait this
                            long. Every worker of a queue should use the same value (the consumer is shared).
          --idle SECONDS    stop after this long without a job, 1 to 86400. Default: never; the worker stops on
                            Ctrl+C or SIGTERM (jobs in progress are then delivered again).
          -h, -?, --help    this help.

        A line per 100 jobs and a summary go to standard error.

        """ + ExitCodes.Help;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console)
    {
        var line = CommandLine.Parse(args, "--nats", "--parallel", "--timeout", "--now", "--ack-wait", "--idle");
        var url = line["--nats"] ?? throw new UsageException("worker needs --nats URL");
        if (line.Positionals.Count != 0)
        {
            throw new UsageException("worker takes no arguments but options");
        }

        var parallel = line["--parallel"] is { } p
            ? OptionValues.Integer(p, 1, 256, out var why) ?? throw OptionValues.Bad("--parallel", why)
            : Environment.ProcessorCount;
        var timeout = line["--timeout"] is { } t
            ? TimeSpan.FromSeconds(OptionValues.Integer(t, 1, 3600, out var why2) ?? throw OptionValues.Bad("--timeout", why2))
            : ArticleParserOptions.Default.Timeout;
        var ackWait = TimeSpan.FromSeconds(line["--ack-wait"] is { } a ? OptionValues.Integer(a, 1, 3600, out var why3) ?? throw OptionValues.Bad("--ack-wait", why3) : 30);
        TimeSpan? idle = line["--idle"] is { } i ? TimeSpan.FromSeconds(OptionValues.Integer(i, 1, 86400, out var why4) ?? throw OptionValues.Bad("--idle", why4)) : null;
        var options = ArticleParserOptions.Default with { Timeout = timeout };
        var fixedClock = false;
        if (line["--now"] is { } now)
        {
            options = options with { Clock = new FixedClock(OptionValues.Instant(now, out var why5) ?? throw OptionValues.Bad("--now", why5)) };
            fixedClock = true;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(console.Cancellation);
        using var sigterm = OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        var worker = new Worker(new PageParsing(options, fixedClock), console, ackWait, idle);
        try
        {
            await using var queue = await NatsQueue.OpenAsync(url, stop.Token).ConfigureAwait(false);
            var consumer = await queue.JetStream.CreateOrUpdateConsumerAsync(
                NatsQueue.JobsStream,
                new ConsumerConfig(NatsQueue.WorkersConsumer)
                {
                    AckPolicy = ConsumerConfigAckPolicy.Explicit,
                    AckWait = ackWait,
                    MaxDeliver = -1,
                    MaxAckPending = 10_000,
                },
                stop.Token).ConfigureAwait(false);
            var loops = Enumerable.Range(0, parallel).Select(_ => Task.Run(() => worker.LoopAsync(queue, consumer, stop.Token), CancellationToken.None));
            await Task.WhenAll(loops).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Ctrl+C or SIGTERM: the normal way to stop a worker.
        }
        catch (Exception ex) when (ex is NatsException or NatsJSException)
        {
            console.Error.WriteLine($"newskit: {url}: {NatsQueue.Describe(ex)}");
            return ExitCodes.Failure;
        }

        console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"worker stopped: {worker.Done} jobs done ({worker.NotOk} without an article, {worker.Crashed} parser errors, {worker.Bad} not newskit jobs) in {worker.Busy.TotalSeconds:0.0} s from the first job to the last ({(worker.Busy > TimeSpan.Zero ? worker.Done / worker.Busy.TotalSeconds : 0):0.0} jobs/s)"));
        return worker.Crashed == 0 ? ExitCodes.Ok : ExitCodes.Failure;
    }

    private sealed class Worker(PageParsing parsing, CliConsole console, TimeSpan ackWait, TimeSpan? idle)
    {
        private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
        private long firstTicks = -1;
        private long lastTicks;
        private int done;
        private int notOk;
        private int crashed;
        private int bad;

        public int Done => done;

        public int NotOk => notOk;

        public int Crashed => crashed;

        public int Bad => bad;

        /// <summary>The time from the start of the first job to the end of the last.</summary>
        public TimeSpan Busy => firstTicks < 0 ? TimeSpan.Zero : TimeSpan.FromTicks(Interlocked.Read(ref lastTicks) - firstTicks);

        public async Task LoopAsync(NatsQueue queue, INatsJSConsumer consumer, CancellationToken cancellationToken)
        {
            NATS.Client.ObjectStore.INatsObjStore? pages = null;
            var wait = idle ?? TimeSpan.FromSeconds(30);
            while (!cancellationToken.IsCancellationRequested)
            {
                var got = false;
                await foreach (var message in consumer.FetchAsync(new NatsJSFetchOpts { MaxMsgs = 1, Expires = wait }, NatsQueue.Bytes, cancellationToken).ConfigureAwait(false))
                {
                    got = true;
                    pages = await HandleAsync(queue, message, pages, cancellationToken).ConfigureAwait(false);
                }

                if (!got && idle is not null)
                {
                    return;
                }
            }
        }

        private async Task<NATS.Client.ObjectStore.INatsObjStore?> HandleAsync(
            NatsQueue queue, INatsJSMsg<byte[]> message, NATS.Client.ObjectStore.INatsObjStore? pages, CancellationToken cancellationToken)
        {
            if (QueueJob.Decode(message.Data ?? [], out var reason) is not { } job)
            {
                // Not ours: terminate it, so that it is not delivered again and again.
                await message.AckTerminateAsync(new AckOpts { TerminateReason = reason }, cancellationToken).ConfigureAwait(false);
                Interlocked.Increment(ref bad);
                return pages;
            }

            Interlocked.CompareExchange(ref firstTicks, clock.Elapsed.Ticks, -1);
            using var working = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var progress = TellProgressAsync(message, working.Token);
            BatchRow row;
            try
            {
                var page = job.Page;
                if (job.Object is { } name)
                {
                    pages ??= await queue.PagesAsync(cancellationToken).ConfigureAwait(false);
                    page = await WithObjectAsync(pages, name, page, cancellationToken).ConfigureAwait(false);
                }

                row = await Task.Run(() => parsing.Parse(page, cancellationToken), cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await working.CancelAsync().ConfigureAwait(false);
                await progress.ConfigureAwait(false);
            }

            // The result first, acknowledged by the server; only then the job.
            var ack = await queue.JetStream.PublishAsync(
                NatsQueue.ResultsSubject, row.ToJsonLine(), NatsQueue.Bytes, new NatsJSPubOpts { MsgId = job.Id }, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!ack.Duplicate)
            {
                // A duplicate is a result this job already has (stored by a worker killed before its acknowledgement).
                ack.EnsureSuccess();
            }

            await message.AckAsync(new AckOpts { DoubleAck = true }, cancellationToken).ConfigureAwait(false);
            if (job.Object is { } stored && pages is not null)
            {
                try
                {
                    await pages.DeleteAsync(stored, cancellationToken).ConfigureAwait(false);
                }
                catch (NatsException)
                {
                    // Already deleted by a worker that did the same job before it was delivered again.
                }
            }

            var count = Interlocked.Increment(ref done);
            Interlocked.Exchange(ref lastTicks, clock.Elapsed.Ticks);
            if (!row.Ok)
            {
                Interlocked.Increment(ref notOk);
            }

            if (row.Outcome == RowOutcome.Crashed)
            {
                Interlocked.Increment(ref crashed);
            }

            if (count % 100 == 0)
            {
                lock (console.Error)
                {
                    console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"worker: {count} jobs done"));
                }
            }

            return pages;
        }

        /// <summary>The job with its page from the object store (a page over the limit, or gone, is a row that says why).</summary>
        private async Task<PageJob> WithObjectAsync(NATS.Client.ObjectStore.INatsObjStore pages, string name, PageJob page, CancellationToken cancellationToken)
        {
            try
            {
                var info = await pages.GetInfoAsync(name, cancellationToken: cancellationToken).ConfigureAwait(false);
                if ((long)info.Size > parsing.Options.MaxInputBytes)
                {
                    return new PageJob { File = page.File, Ready = BatchRow.NotParsed(page.File, page.RecordId, page.UrlText, page.Fetched, "tooLarge", "the page is over the input limit") };
                }

                var bytes = await pages.GetBytesAsync(name, cancellationToken).ConfigureAwait(false);
                return new PageJob
                {
                    File = page.File,
                    Payload = bytes,
                    ContentType = page.ContentType,
                    RecordId = page.RecordId,
                    Url = page.Url,
                    UrlText = page.UrlText,
                    Fetched = page.Fetched,
                };
            }
            catch (NatsException ex)
            {
                return new PageJob { File = page.File, Ready = BatchRow.NotParsed(page.File, page.RecordId, page.UrlText, page.Fetched, "unreadable", $"the page's object {name} cannot be read: {ex.Message}") };
            }
        }

        /// <summary>Tells the server every third of the ack wait that the job is still being worked on.</summary>
        private async Task TellProgressAsync(INatsJSMsg<byte[]> message, CancellationToken cancellationToken)
        {
            try
            {
                while (true)
                {
                    await Task.Delay(ackWait / 3, cancellationToken).ConfigureAwait(false);
                    await message.AckProgressAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (NatsException)
            {
                // The connection is gone: the job will be delivered again, as it should.
            }
        }
    }
}
