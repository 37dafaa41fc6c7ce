using System.Globalization;
using System.Text;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NewsKit.Cli.Batch;
using NewsKit.Cli.Queue;

namespace NewsKit.Cli;

/// <summary>
/// <c>newskit queue submit --nats URL PATH...</c> publishes one job per page or WARC record to a JetStream work queue;
/// <c>newskit queue collect --nats URL --out FILE</c> writes the workers' results as JSON Lines, one row per job.
/// </summary>
internal static class QueueCommand
{
    public const string Usage = "newskit queue submit --nats URL [--urls FILE] PATH... | newskit queue collect --nats URL --out FILE|- [--wait]";

    public const string Help = "usage: " + Usage + """


        Puts pages on a NATS JetStream work queue for newskit worker, and collects the results.

        newskit queue submit --nats URL [--urls FILE] PATH...
          publishes one job per page file and per WARC record under each PATH (a folder or a file, read as
          newskit batch reads them) to the stream NEWSKIT_JOBS (subject newskit.jobs, work-queue retention).
          Each job's message id is its job id: the page's path relative to PATH (for a file PATH, its name),
          and for a WARC record # and its WARC-Record-ID; the server drops a job submitted again within 24
          hours. A page larger than the server's message limit (max_payload) goes through the object store
          bucket newskit-pages. A WARC record that cannot be read is a job whose row says why.
          --urls FILE       the pages' addresses, as newskit batch --urls (paths relative to each PATH).

        newskit queue collect --nats URL --out FILE|- [--wait]
          writes the results in the stream NEWSKIT_RESULTS as JSON Lines, one row per job (the rows of
          newskit batch), in the order they were stored; a second result of the same job is dropped.
          --out FILE        where the rows go (required); - writes them to standard output.
          --wait            first wait until no job is queued or in progress (the work queue is empty).

        options of both:
          --nats URL        the NATS server, such as nats://127.0.0.1:4222 (JetStream enabled: nats-server -js).
          -h, -?, --help    this help.

        The streams and the bucket are created on first use. A summary goes to standard error.

        """ + ExitCodes.Help;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console)
    {
        if (args.Count == 0 || args[0] is not ("submit" or "collect"))
        {
            throw new UsageException(args.Count == 0 ? "queue needs submit or collect" : $"'{args[0]}' is not submit or collect");
        }

        var rest = args.Skip(1).ToArray();
        return args[0] == "submit" ? await SubmitAsync(rest, console).ConfigureAwait(false) : await CollectAsync(rest, console).ConfigureAwait(false);
    }

    private static async Task<int> SubmitAsync(string[] args, CliConsole console)
    {
        var line = CommandLine.Parse(args, "--nats", "--urls");
        var url = line["--nats"] ?? throw new UsageException("queue submit needs --nats URL");
        if (line.Positionals.Count == 0)
        {
            throw new UsageException("queue submit needs at least one PATH");
        }

        UrlList? urls = null;
        if (line["--urls"] is { } urlsPath)
        {
            try
            {
                urls = UrlList.Read(urlsPath);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"newskit: {urlsPath}: cannot read the --urls file: {ex.Message}");
                return ExitCodes.Failure;
            }
        }

        foreach (var path in line.Positionals)
        {
            if (!Directory.Exists(path) && !File.Exists(path))
            {
                console.Error.WriteLine($"newskit: {path}: no such folder or file");
                return ExitCodes.Failure;
            }
        }

        var limit = ArticleParserOptions.Default.MaxInputBytes;
        var skipped = new SkippedRecords();
        int submitted = 0, duplicates = 0, objects = 0;
        try
        {
            await using var queue = await NatsQueue.OpenAsync(url, console.Cancellation).ConfigureAwait(false);
            var room = queue.MaxPayload - 16 * 1024;
            NATS.Client.ObjectStore.INatsObjStore? pages = null;
            foreach (var path in line.Positionals)
            {
                var isFolder = Directory.Exists(path);
                var folder = isFolder ? path : Path.GetDirectoryName(Path.GetFullPath(path))!;
                foreach (var input in BatchInputs.Under(folder, isFolder ? null : path, null))
                {
                    var jobs = input.IsWarc
                        ? WarcPages.Jobs(input.Path, input.Relative, limit, skipped)
                        : [FileJob(input, urls?[input.Relative], limit)];
                    var ordinal = 0;
                    foreach (var page in jobs)
                    {
                        var id = QueueJob.IdOf(page, ordinal++);
                        var payload = page.Payload;
                        string? objectName = null;
                        if (payload.Length > room)
                        {
                            pages ??= await queue.PagesAsync(console.Cancellation).ConfigureAwait(false);
                            objectName = QueueJob.ObjectName(id);
                            await pages.PutAsync(objectName, payload.ToArray(), console.Cancellation).ConfigureAwait(false);
                            payload = ReadOnlyMemory<byte>.Empty;
                            objects++;
                        }

                        var envelope = new QueueJob(id, page, objectName).Encode(payload.Span);
                        var ack = await queue.JetStream.PublishAsync(
                            NatsQueue.JobsSubject, envelope, NatsQueue.Bytes, new NatsJSPubOpts { MsgId = id }, cancellationToken: console.Cancellation).ConfigureAwait(false);
                        if (ack.Duplicate)
                        {
                            // The server already holds a job with this id (within its 24-hour window).
                            duplicates++;
                        }
                        else
                        {
                            ack.EnsureSuccess();
                            submitted++;
                        }
                    }
                }
            }
        }
        catch (Exception ex) when (ex is NatsException or NatsJSException)
        {
            console.Error.WriteLine($"newskit: {url}: {NatsQueue.Describe(ex)}");
            return ExitCodes.Failure;
        }

        console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{submitted} jobs submitted ({objects} pages through the object store), {duplicates} already submitted (same job id)"));
        if (skipped.Total > 0)
        {
            console.Error.WriteLine($"WARC records skipped: {skipped}");
        }

        return ExitCodes.Ok;
    }

    /// <summary>A page file's job, its bytes read now (a file that cannot be read is a job whose row says why).</summary>
    private static PageJob FileJob(BatchInput input, Uri? url, long limit)
    {
        var page = PageFile.Read(input.Path, limit);
        return page.Error is { } error
            ? new PageJob { File = input.Relative, Ready = BatchRow.NotParsed(input.Relative, null, url?.AbsoluteUri, null, "unreadable", error) }
            : new PageJob { File = input.Relative, Payload = page.Bytes, Url = url };
    }

    private static async Task<int> CollectAsync(string[] args, CliConsole console)
    {
        var line = CommandLine.Parse(args, ["--nats", "--out"], ["--wait"]);
        var url = line["--nats"] ?? throw new UsageException("queue collect needs --nats URL");
        var outPath = line["--out"] ?? throw new UsageException("queue collect needs --out FILE, or --out - for standard output");
        if (line.Positionals.Count != 0)
        {
            throw new UsageException("queue collect takes no PATH");
        }

        var toStdout = outPath == "-";
        var outName = toStdout ? "standard output" : outPath;
        int rows = 0, duplicates = 0;
        long queued;
        try
        {
            await using var queue = await NatsQueue.OpenAsync(url, console.Cancellation).ConfigureAwait(false);
            while ((queued = await queue.QueuedAsync(console.Cancellation).ConfigureAwait(false)) > 0 && line.Has("--wait"))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), console.Cancellation).ConfigureAwait(false);
            }

            var results = await queue.JetStream.GetStreamAsync(NatsQueue.ResultsStream, cancellationToken: console.Cancellation).ConfigureAwait(false);
            var last = results.Info.State.LastSeq;
            Stream? file = null;
            try
            {
                file = toStdout ? null : new FileStream(outPath, FileMode.Create, FileAccess.Write, FileShare.Read);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"newskit: {outPath}: cannot write: {ex.Message}");
                return ExitCodes.Failure;
            }

            await using (file)
            {
                if (results.Info.State.Messages > 0)
                {
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    var consumer = await queue.JetStream.CreateOrderedConsumerAsync(NatsQueue.ResultsStream, cancellationToken: console.Cancellation).ConfigureAwait(false);
                    await foreach (var message in consumer.ConsumeAsync(NatsQueue.Bytes, cancellationToken: console.Cancellation).ConfigureAwait(false))
                    {
                        var id = message.Headers?["Nats-Msg-Id"].ToString();
                        if (id is null || seen.Add(id))
                        {
                            var data = message.Data ?? [];
                            if (file is null)
                            {
                                console.Out.Write(Encoding.UTF8.GetString(data));
                            }
                            else
                            {
                                file.Write(data);
                            }

                            rows++;
                        }
                        else
                        {
                            duplicates++;
                        }

                        if (message.Metadata is not { } metadata || metadata.Sequence.Stream >= last || metadata.NumPending == 0)
                        {
                            break;
                        }
                    }
                }

                if (file is null)
                {
                    await console.Out.FlushAsync(console.Cancellation).ConfigureAwait(false);
                }
            }
        }
        catch (Exception ex) when (ex is NatsException or NatsJSException)
        {
            console.Error.WriteLine($"newskit: {url}: {NatsQueue.Describe(ex)}");
            return ExitCodes.Failure;
        }

        console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{rows} rows ({duplicates} second results of a job dropped) in {outName}; {queued} jobs still queued or in progress"));
        return ExitCodes.Ok;
    }
}
