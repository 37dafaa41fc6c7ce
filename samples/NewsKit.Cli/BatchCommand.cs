using System.Globalization;
using System.Threading.Channels;
using NewsKit.Cli.Batch;

namespace NewsKit.Cli;

/// <summary>
/// <c>newskit batch FOLDER|FILE --out FILE|DIR/|- ...</c>: every page file and every page in a WARC file under FOLDER (or
/// the one FILE), parsed in parallel, one row per page in the order the pages finish, as JSON Lines or Parquet, to one
/// file, standard output, or one file per input in a folder. A page that fails is a row with <c>"ok": false</c> and the
/// reason; it never stops the run.
/// </summary>
/// <remarks>
/// One task reads the inputs (and the WARC records, one at a time) into a bounded queue; <c>--parallel</c> tasks parse.
/// Memory is bounded by about (2 x parallel + 1) pages of at most the input limit, whatever the size of the folder or of
/// a WARC file. With <c>--out DIR/</c>, each input's output is written under a temporary name and renamed when its last
/// row is in; an input whose output exists is skipped, so a killed run is simply run again.
/// </remarks>
internal static class BatchCommand
{
    public const string Usage = "newskit batch FOLDER|FILE --out FILE|DIR/|- [--format jsonl|parquet] [--parallel N] [--timeout SECONDS] [--now ISO] [--urls FILE] [--shard K/N]";

    public const string Help = "usage: " + Usage + """


        Parses every page under a folder, in parallel, into one row per page: page files, and the pages in web
        archives (WARC files).

        arguments:
          FOLDER            every .html, .htm, .html.gz, .warc and .warc.gz file under it, in every subfolder
                            (symbolic links are not followed; hidden files are skipped). Gzip is recognized by
                            its bytes.
          FILE              one page file (of any name but .warc/.warc.gz) or one WARC file: a batch of one.

        options:
          --out FILE        where the rows go (required); the file is created or overwritten.
          --out -           standard output (JSON Lines only).
          --out DIR/        one output file per input, DIR/<input path>.jsonl or .parquet: a DIR ending with /
                            or an existing folder. Each is written under the name <output>.partial and renamed
                            when the input's last row is in; an input whose output exists is skipped, so a run
                            that was killed is resumed by running it again (.partial files are overwritten).
          --format FORMAT   jsonl (the default): one JSON object a line; parquet: one Parquet file (schema
                            version 1, described in docs/scale-out.md), for FILE or DIR/ only.
          --parallel N      how many pages are parsed at once, 1 to 256. Default: one per processor core.
                            Memory grows with N, not with the size of the folder or of a WARC file.
          --timeout SECONDS the time budget of each page, 1 to 3600. Default: 15. A page over it is a row
                            with "ok": false and the reason timedOut.
          --now ISO         the instant relative dates ("2 hours ago", "yesterday") are read against, ISO 8601
                            with Z or an offset, such as 2025-07-18T05:52:07Z (as parse --now). Default: a
                            WARC record's WARC-Date, else the current time.
          --urls FILE       the pages' addresses, for relative links and dates in URLs: a UTF-8 text file of
                            lines  path<TAB>URL  where path is the page file's path relative to FOLDER (as the
                            "file" of its output line) and URL its absolute http or https address. Empty lines
                            and lines starting with # are skipped; a bad line is a usage error naming its line
                            number. Default: none; a page not listed takes the address it gives itself (its
                            canonical link, else og:url). A WARC record's address is its WARC-Target-URI.
          --shard K/N       only the inputs of shard K of N (0 <= K < N): those whose path relative to FOLDER
                            (UTF-8, / separators) has a 64-bit FNV-1a hash equal to K modulo N. N runs with
                            K = 0..N-1 take every input exactly once. Default: every input.
          -h, -?, --help    this help.

        WARC input:
          each response record with a 2xx HTML payload (text/html, application/xhtml+xml or no Content-Type)
          and each text/html resource record is one page: its address is WARC-Target-URI, its clock WARC-Date,
          and the HTTP Content-Type's charset wins over the page's own. Chunked transfer encoding is undone;
          gzip, deflate and br content encodings are decompressed. Other records are counted and skipped. A
          record over the input limit (16 MiB) is a row with failure tooLarge, never loaded whole; a truncated
          or corrupt record is a row with truncatedRecord or corruptRecord, and reading goes on at the next
          record (in a .warc.gz, at the next gzip member).

        output:
          one row per page, in the order the pages finish. JSON Lines:
            {"file": "<path relative to FOLDER>", "recordId": "<WARC-Record-ID>"|null, "url": "..."|null,
             "fetched": "<WARC-Date, UTC>"|null, "ok": true|false, "error": "<code>: <reason>"|null,
             "warnings": [{"kind", "message"}], "article": {...}|null}
          "article" has the names of newskit parse's JSON; on failure it holds what was found (the metadata
          of a page without a body) or null for an input that is not a page. Parquet: the columns of
          docs/scale-out.md. A progress bar and a summary (with the WARC records skipped, by kind) go to
          standard error.

        """ + ExitCodes.Help;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console)
    {
        var line = CommandLine.Parse(args, "--out", "--format", "--parallel", "--timeout", "--now", "--urls", "--shard");
        if (line.Positionals.Count != 1)
        {
            throw new UsageException("batch takes one FOLDER or FILE");
        }

        var outPath = line["--out"] ?? throw new UsageException("batch needs --out FILE, --out DIR/ or --out - for standard output");
        var format = line["--format"] switch
        {
            null or "jsonl" => RowFormat.JsonLines,
            "parquet" => RowFormat.Parquet,
            var other => throw new UsageException($"--format: '{other}' is not jsonl or parquet"),
        };
        var parallel = line["--parallel"] is { } p
            ? OptionValues.Integer(p, 1, 256, out var why) ?? throw OptionValues.Bad("--parallel", why)
            : Environment.ProcessorCount;
        var timeout = line["--timeout"] is { } t
            ? TimeSpan.FromSeconds(OptionValues.Integer(t, 1, 3600, out var why2) ?? throw OptionValues.Bad("--timeout", why2))
            : ArticleParserOptions.Default.Timeout;
        var options = ArticleParserOptions.Default with { Timeout = timeout };
        var fixedClock = false;
        if (line["--now"] is { } now)
        {
            options = options with { Clock = new FixedClock(OptionValues.Instant(now, out var why3) ?? throw OptionValues.Bad("--now", why3)) };
            fixedClock = true;
        }

        var shard = line["--shard"] is { } s ? Shard.Parse(s, out var why4) ?? throw OptionValues.Bad("--shard", why4) : (Shard?)null;
        var toStdout = outPath == "-";
        var toFolder = !toStdout && (outPath.EndsWith('/') || outPath.EndsWith(Path.DirectorySeparatorChar) || Directory.Exists(outPath));
        if (toStdout && format == RowFormat.Parquet)
        {
            throw new UsageException("--format parquet needs --out FILE or --out DIR/, not standard output");
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

        var input = line.Positionals[0];
        string folder;
        string? single = null;
        if (Directory.Exists(input))
        {
            folder = input;
        }
        else if (File.Exists(input))
        {
            folder = Path.GetDirectoryName(Path.GetFullPath(input))!;
            single = input;
        }
        else
        {
            console.Error.WriteLine($"newskit: {input}: no such folder or file");
            return ExitCodes.Failure;
        }

        var outName = toStdout ? "standard output" : outPath;
        Output output;
        try
        {
            output = toStdout ? Output.Shared(RowWriters.Create(console.Out))
                : toFolder ? Output.PerInput(Directory.CreateDirectory(outPath).FullName, format)
                : Output.Shared(RowWriters.Create(format, new FileStream(outPath, FileMode.Create, FileAccess.Write, FileShare.Read)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"newskit: {outPath}: cannot write: {ex.Message}");
            return ExitCodes.Failure;
        }

        var inputs = BatchInputs.Under(folder, single, shard);
        var done = 0;
        if (output.Folder is not null)
        {
            inputs = inputs.Where(i => !output.Exists(i));
            done = BatchInputs.Under(folder, single, shard).Count() - inputs.Count();
        }

        var run = new Run(new PageParsing(options, fixedClock), urls, output, console, inputs.Count(), parallel);
        try
        {
            await run.ExecuteAsync(inputs).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (console.Cancellation.IsCancellationRequested)
        {
            run.Progress.Finish();
            console.Error.WriteLine($"newskit: cancelled after {run.Tally.Done} pages; {outName} holds their rows");
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            run.Progress.Finish();
            console.Error.WriteLine($"newskit: {outName}: cannot write: {ex.Message}");
            return ExitCodes.Failure;
        }
        finally
        {
            await output.DisposeAsync().ConfigureAwait(false);
        }

        run.Progress.Finish();
        var tally = run.Tally;
        console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{tally.Done} pages: {tally.Ok} ok, {tally.NotOk - tally.Crashed} without an article, {tally.Crashed} parser errors; {(format == RowFormat.Parquet ? "rows" : "lines")} in {outName}"));
        if (run.Skipped.Total > 0)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"WARC records skipped: {run.Skipped}"));
        }

        if (done > 0)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{done} inputs skipped: their output exists (a run before this one)"));
        }

        return tally.Crashed == 0 ? ExitCodes.Ok : ExitCodes.Failure;
    }

    /// <summary>One run: a reader of the inputs, parsing tasks, and the rows written in the order they finish.</summary>
    private sealed class Run(PageParsing parsing, UrlList? urls, Output output, CliConsole console, int inputCount, int parallel)
    {
        private readonly SemaphoreSlim gate = new(1, 1);
        private int inputsDone;

        public ProgressBar Progress { get; } = new(console.Error, inputCount, console.ErrorIsTerminal);

        public Tally Tally { get; } = new();

        public SkippedRecords Skipped { get; } = new();

        public async Task ExecuteAsync(IEnumerable<BatchInput> inputs)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(console.Cancellation);
            var queue = Channel.CreateBounded<(PageJob Job, InputState State)>(new BoundedChannelOptions(parallel) { SingleWriter = true });
            var reader = Task.Run(() => ReadAsync(inputs, queue.Writer, stop.Token), CancellationToken.None);
            try
            {
                await Parallel.ForEachAsync(
                    queue.Reader.ReadAllAsync(stop.Token),
                    new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = stop.Token },
                    async (item, cancellationToken) =>
                    {
                        var row = parsing.Parse(item.Job, cancellationToken);
                        await WriteAsync(item.State, row, cancellationToken).ConfigureAwait(false);
                    }).ConfigureAwait(false);
            }
            catch
            {
                await stop.CancelAsync().ConfigureAwait(false);
                await reader.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
                throw;
            }

            await reader.ConfigureAwait(false);
            await output.CompleteAsync(stop.Token).ConfigureAwait(false);
        }

        private async Task ReadAsync(IEnumerable<BatchInput> inputs, ChannelWriter<(PageJob, InputState)> queue, CancellationToken cancellationToken)
        {
            try
            {
                foreach (var input in inputs)
                {
                    var state = await OpenAsync(input, cancellationToken).ConfigureAwait(false);
                    var jobs = input.IsWarc
                        ? WarcPages.Jobs(input.Path, input.Relative, parsing.Options.MaxInputBytes, Skipped)
                        : [new PageJob { File = input.Relative, Path = input.Path, Url = urls?[input.Relative] }];
                    foreach (var job in jobs)
                    {
                        Interlocked.Increment(ref state.Pending);
                        await queue.WriteAsync((job, state), cancellationToken).ConfigureAwait(false);
                    }

                    await EndInputAsync(state, cancellationToken).ConfigureAwait(false);
                }

                queue.Complete();
            }
            catch (Exception ex)
            {
                queue.Complete(ex);
            }
        }

        private async Task<InputState> OpenAsync(BatchInput input, CancellationToken cancellationToken)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return output.Open(input);
            }
            finally
            {
                gate.Release();
            }
        }

        private async Task WriteAsync(InputState state, BatchRow row, CancellationToken cancellationToken)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await state.Writer.WriteAsync(row, cancellationToken).ConfigureAwait(false);
                Tally.Add(row.Outcome);
                if (Interlocked.Decrement(ref state.Pending) == 0 && state.AllQueued)
                {
                    await FinishAsync(state, cancellationToken).ConfigureAwait(false);
                }

                Progress.Update(inputsDone, Tally.Done, Tally.NotOk);
            }
            finally
            {
                gate.Release();
            }
        }

        private async Task EndInputAsync(InputState state, CancellationToken cancellationToken)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                state.AllQueued = true;
                if (Volatile.Read(ref state.Pending) == 0)
                {
                    await FinishAsync(state, cancellationToken).ConfigureAwait(false);
                    Progress.Update(inputsDone, Tally.Done, Tally.NotOk);
                }
            }
            finally
            {
                gate.Release();
            }
        }

        private async Task FinishAsync(InputState state, CancellationToken cancellationToken)
        {
            await output.FinishAsync(state, cancellationToken).ConfigureAwait(false);
            inputsDone++;
        }
    }

    /// <summary>An input being read: its writer, how many of its pages are not written yet, whether all are queued.</summary>
    private sealed class InputState(BatchInput input, IRowWriter writer, string? path)
    {
        public int Pending;

        public BatchInput Input { get; } = input;

        public IRowWriter Writer { get; } = writer;

        /// <summary>The input's own output file (with <c>--out DIR/</c>); null when the rows go to a shared output.</summary>
        public string? Path { get; } = path;

        public bool AllQueued { get; set; }
    }

    /// <summary>Where rows go: one shared writer, or one file per input in a folder (written under a temporary name).</summary>
    private sealed class Output : IAsyncDisposable
    {
        private const string Partial = ".partial";
        private readonly IRowWriter? shared;
        private readonly RowFormat format;
        private readonly HashSet<InputState> open = [];

        private Output(IRowWriter? shared, string? folder, RowFormat format)
        {
            this.shared = shared;
            Folder = folder;
            this.format = format;
        }

        public string? Folder { get; }

        public static Output Shared(IRowWriter writer) => new(writer, null, RowFormat.JsonLines);

        public static Output PerInput(string folder, RowFormat format) => new(null, folder, format);

        public bool Exists(BatchInput input) => File.Exists(PathOf(input));

        public InputState Open(BatchInput input)
        {
            if (shared is not null)
            {
                return new InputState(input, shared, null);
            }

            var path = PathOf(input);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            var stream = new FileStream(path + Partial, FileMode.Create, FileAccess.Write, FileShare.None);
            var state = new InputState(input, RowWriters.Create(format, stream), path);
            open.Add(state);
            return state;
        }

        /// <summary>The input's last row is in: its own file is completed and renamed to its final name.</summary>
        public async Task FinishAsync(InputState state, CancellationToken cancellationToken)
        {
            if (state.Path is not { } path)
            {
                return;
            }

            await state.Writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            await state.Writer.DisposeAsync().ConfigureAwait(false);
            open.Remove(state);
            File.Move(path + Partial, path, overwrite: true);
        }

        public async Task CompleteAsync(CancellationToken cancellationToken)
        {
            if (shared is not null)
            {
                await shared.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (shared is not null)
            {
                await shared.DisposeAsync().ConfigureAwait(false);
            }

            foreach (var state in open)
            {
                // A run that stopped early: the .partial files stay behind and a rerun overwrites them.
                await state.Writer.DisposeAsync().ConfigureAwait(false);
            }
        }

        private string PathOf(BatchInput input) =>
            System.IO.Path.Combine(Folder!, input.Relative.Replace('/', System.IO.Path.DirectorySeparatorChar) + RowWriters.Extension(format));
    }

    private sealed class Tally
    {
        public int Done => Ok + NotOk;

        public int Ok { get; private set; }

        public int NotOk { get; private set; }

        public int Crashed { get; private set; }

        public void Add(RowOutcome outcome)
        {
            if (outcome == RowOutcome.Ok)
            {
                Ok++;
                return;
            }

            NotOk++;
            if (outcome == RowOutcome.Crashed)
            {
                Crashed++;
            }
        }
    }
}
