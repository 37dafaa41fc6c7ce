using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsKit.Cli;

/// <summary>
/// <c>newskit batch FOLDER|FILE --out FILE.jsonl|- [--parallel N] [--timeout SECONDS]</c>: every <c>.html</c>,
/// <c>.htm</c> and <c>.html.gz</c> file under FOLDER (or the one FILE), parsed in parallel, one JSON line per page
/// <c>{"file", "ok", "error", "warnings", "article"}</c> in the order the pages finish, to a file or (<c>-</c>)
/// standard output. A page that fails is a line with <c>"ok": false</c> and the reason; it never stops the run.
/// </summary>
/// <remarks>
/// The file list is streamed and each line is written as soon as its page is done, so memory grows with the
/// number of pages parsed at once, not with the size of the folder. Each page has the time budget of
/// <see cref="ArticleParserOptions.Timeout"/>. Symbolic links are not followed (no loops), hidden files are skipped.
/// </remarks>
internal static class BatchCommand
{
    public const string Usage = "newskit batch FOLDER|FILE --out FILE.jsonl|- [--parallel N] [--timeout SECONDS] [--now ISO] [--urls FILE]";

    public const string Help = "usage: " + Usage + """


        Parses every page under a folder, in parallel, into one JSON line per page.

        arguments:
          FOLDER            every .html, .htm and .html.gz file under it, in every subfolder (symbolic links
                            are not followed; hidden files are skipped). Gzip is recognized by its bytes.
          FILE              one page file, of any name: a batch of one.

        options:
          --out FILE.jsonl  where the lines go (required); - writes them to standard output. The file is
                            created or overwritten.
          --parallel N      how many pages are parsed at once, 1 to 256. Default: one per processor core.
                            Memory grows with N, not with the size of the folder.
          --timeout SECONDS the time budget of each page, 1 to 3600. Default: 15. A page over it is a line
                            with "ok": false and the reason timedOut.
          --now ISO         the instant relative dates ("2 hours ago", "yesterday") are read against, ISO 8601
                            with Z or an offset, such as 2025-07-18T05:52:07Z (as parse --now). Default: the
                            current time.
          --urls FILE       the pages' addresses, for relative links and dates in URLs: a UTF-8 text file of
                            lines  path<TAB>URL  where path is the page file's path relative to FOLDER (as the
                            "file" of its output line) and URL its absolute http or https address. Empty lines
                            and lines starting with # are skipped; a bad line is a usage error naming its line
                            number. Default: none; a page not listed takes the address it gives itself (its
                            canonical link, else og:url).
          -h, -?, --help    this help.

        output:
          one line per page, in the order the pages finish:
            {"file": "<path relative to FOLDER>", "ok": true|false, "error": "<reason>"|null,
             "warnings": [{"kind", "message"}], "article": {...}|null}
          "article" has the names of newskit parse's JSON; on failure it holds what was found (the metadata
          of a page without a body) or null for an input that is not a page. A progress bar and a summary
          go to standard error.

        """ + ExitCodes.Help;

    private static readonly string[] Extensions = [".html", ".htm", ".html.gz"];

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console)
    {
        var line = CommandLine.Parse(args, "--out", "--parallel", "--timeout", "--now", "--urls");
        if (line.Positionals.Count != 1)
        {
            throw new UsageException("batch takes one FOLDER or FILE");
        }

        var outPath = line["--out"] ?? throw new UsageException("batch needs --out FILE.jsonl, or --out - for standard output");
        var parallel = line["--parallel"] is { } p
            ? OptionValues.Integer(p, 1, 256, out var why) ?? throw OptionValues.Bad("--parallel", why)
            : Environment.ProcessorCount;
        var timeout = line["--timeout"] is { } t
            ? TimeSpan.FromSeconds(OptionValues.Integer(t, 1, 3600, out var why2) ?? throw OptionValues.Bad("--timeout", why2))
            : ArticleParserOptions.Default.Timeout;

        var options = ArticleParserOptions.Default with { Timeout = timeout };
        if (line["--now"] is { } now)
        {
            options = options with { Clock = new FixedClock(OptionValues.Instant(now, out var why3) ?? throw OptionValues.Bad("--now", why3)) };
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
        Func<IEnumerable<string>> pages;
        if (Directory.Exists(input))
        {
            folder = input;
            pages = () => Pages(input);
        }
        else if (File.Exists(input))
        {
            folder = Path.GetDirectoryName(Path.GetFullPath(input))!;
            pages = () => [input];
        }
        else
        {
            console.Error.WriteLine($"newskit: {input}: no such folder or file");
            return ExitCodes.Failure;
        }

        var toStdout = outPath == "-";
        var outName = toStdout ? "standard output" : outPath;
        Stream? file = null;
        if (!toStdout)
        {
            try
            {
                file = new FileStream(outPath, FileMode.Create, FileAccess.Write, FileShare.Read);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"newskit: {outPath}: cannot write: {ex.Message}");
                return ExitCodes.Failure;
            }
        }

        Action<byte[]> write = file is null ? json => console.Out.Write(Encoding.UTF8.GetString(json)) : json => file.Write(json);
        var parser = new ArticleParser(options);
        var progress = new ProgressBar(console.Error, pages().Count(), console.ErrorIsTerminal);
        var gate = new object();
        var tally = new Tally();
        try
        {
            try
            {
                await Parallel.ForEachAsync(
                    pages(),
                    new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = console.Cancellation },
                    (path, cancellationToken) =>
                    {
                        var (json, outcome) = ParsePage(parser, folder, path, urls, cancellationToken);
                        lock (gate)
                        {
                            write(json);
                            tally.Add(outcome);
                            progress.Update(tally.Done, tally.NotOk);
                        }

                        return ValueTask.CompletedTask;
                    }).ConfigureAwait(false);
                if (file is not null)
                {
                    await file.FlushAsync(CancellationToken.None).ConfigureAwait(false);
                }
                else
                {
                    await console.Out.FlushAsync(CancellationToken.None).ConfigureAwait(false);
                }
            }
            finally
            {
                if (file is not null)
                {
                    await file.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (console.Cancellation.IsCancellationRequested)
        {
            progress.Finish();
            console.Error.WriteLine($"newskit: cancelled after {tally.Done} pages; {outName} holds their lines");
            return ExitCodes.Failure;
        }
        catch (IOException ex)
        {
            progress.Finish();
            console.Error.WriteLine($"newskit: {outName}: cannot write: {ex.Message}");
            return ExitCodes.Failure;
        }

        progress.Finish();
        console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{tally.Done} pages: {tally.Ok} ok, {tally.NotOk - tally.Crashed} without an article, {tally.Crashed} parser errors; lines in {outName}"));
        return tally.Crashed == 0 ? ExitCodes.Ok : ExitCodes.Failure;
    }

    /// <summary>The page files under <paramref name="folder"/>, streamed (never listed whole in memory).</summary>
    internal static IEnumerable<string> Pages(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(path => Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)));
    }

    private static (byte[] Json, Outcome Outcome) ParsePage(ArticleParser parser, string folder, string path, UrlList? urls, CancellationToken cancellationToken)
    {
        var file = Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/');
        var url = urls?[file];
        var page = PageFile.Read(path, parser.Options.MaxInputBytes);
        if (page.Error is { } readError)
        {
            return (Line(file, null, "unreadable: " + readError), Outcome.Failed);
        }

        ParseResult result;
        try
        {
            result = parser.Parse(page.Bytes, url, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The parser promises never to throw; if it does, that is a NewsKit bug. Record it against the page,
            // keep going, and make the run's exit code say so.
            return (Line(file, null, $"parser error (a NewsKit bug): {ex.GetType().Name}: {ex.Message}"), Outcome.Crashed);
        }

        if (result.Failure == ParseFailure.Cancelled)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        return result.Success
            ? (Line(file, result, null), Outcome.Ok)
            : (Line(file, result, $"{ArticleJson.Name(result.Failure)}: {result.Reason}"), Outcome.Failed);
    }

    /// <summary>
    /// One output line. On failure <c>article</c> is what the parser kept (the metadata of a page without a body),
    /// or null when the input was not a readable page.
    /// </summary>
    private static byte[] Line(string file, ParseResult? result, string? error)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, ArticleJson.WriterOptions(indented: false)))
        {
            json.WriteStartObject();
            json.WriteString("file", file);
            json.WriteBoolean("ok", error is null);
            json.WriteString("error", error);
            ArticleJson.WriteWarnings(json, result?.Warnings ?? []);
            if (result?.Article is { } article)
            {
                json.WritePropertyName("article");
                ArticleJson.Write(json, article);
            }
            else
            {
                json.WriteNull("article");
            }

            json.WriteEndObject();
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    private enum Outcome
    {
        Ok,
        Failed,
        Crashed,
    }

    private sealed class Tally
    {
        public int Done => Ok + NotOk;

        public int Ok { get; private set; }

        public int NotOk { get; private set; }

        public int Crashed { get; private set; }

        public void Add(Outcome outcome)
        {
            if (outcome == Outcome.Ok)
            {
                Ok++;
                return;
            }

            NotOk++;
            if (outcome == Outcome.Crashed)
            {
                Crashed++;
            }
        }
    }
}
