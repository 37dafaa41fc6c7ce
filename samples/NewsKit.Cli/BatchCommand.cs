using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace NewsKit.Cli;

/// <summary>
/// <c>newskit batch FOLDER --out FILE.jsonl [--parallel N] [--timeout SECONDS]</c>: every <c>.html</c>,
/// <c>.htm</c> and <c>.html.gz</c> file under FOLDER, parsed in parallel, one JSON line per page
/// <c>{"file", "ok", "error", "article"}</c> in the order the pages finish. A page that fails is a line with
/// <c>"ok": false</c> and the reason; it never stops the run.
/// </summary>
/// <remarks>
/// The file list is streamed and each line is written as soon as its page is done, so memory grows with the
/// number of pages parsed at once, not with the size of the folder. Each page has the time budget of
/// <see cref="ArticleParserOptions.Timeout"/>. Symbolic links are not followed (no loops), hidden files are skipped.
/// </remarks>
internal static class BatchCommand
{
    public const string Usage = "newskit batch FOLDER --out FILE.jsonl [--parallel N] [--timeout SECONDS]";

    private static readonly string[] Extensions = [".html", ".htm", ".html.gz"];

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console)
    {
        var line = CommandLine.Parse(args, "--out", "--parallel", "--timeout");
        if (line.Positionals.Count != 1)
        {
            throw new UsageException("batch takes one FOLDER");
        }

        var outPath = line["--out"] ?? throw new UsageException("batch needs --out FILE.jsonl");
        var parallel = line["--parallel"] is { } p
            ? OptionValues.Integer(p, 1, 256, out var why) ?? throw OptionValues.Bad("--parallel", why)
            : Environment.ProcessorCount;
        var timeout = line["--timeout"] is { } t
            ? TimeSpan.FromSeconds(OptionValues.Integer(t, 1, 3600, out var why2) ?? throw OptionValues.Bad("--timeout", why2))
            : ArticleParserOptions.Default.Timeout;

        var folder = line.Positionals[0];
        if (!Directory.Exists(folder))
        {
            console.Error.WriteLine($"newskit: {folder}: no such folder");
            return ExitCodes.Failure;
        }

        FileStream output;
        try
        {
            output = new FileStream(outPath, FileMode.Create, FileAccess.Write, FileShare.Read);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"newskit: {outPath}: cannot write: {ex.Message}");
            return ExitCodes.Failure;
        }

        var parser = new ArticleParser(ArticleParserOptions.Default with { Timeout = timeout });
        var progress = new ProgressBar(console.Error, Pages(folder).Count(), console.ErrorIsTerminal);
        var gate = new object();
        var tally = new Tally();
        await using (output.ConfigureAwait(false))
        {
            try
            {
                await Parallel.ForEachAsync(
                    Pages(folder),
                    new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = console.Cancellation },
                    (path, cancellationToken) =>
                    {
                        var (json, outcome) = ParsePage(parser, folder, path, cancellationToken);
                        lock (gate)
                        {
                            output.Write(json);
                            tally.Add(outcome);
                            progress.Update(tally.Done, tally.NotOk);
                        }

                        return ValueTask.CompletedTask;
                    }).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (console.Cancellation.IsCancellationRequested)
            {
                progress.Finish();
                console.Error.WriteLine($"newskit: cancelled after {tally.Done} pages; {outPath} holds their lines");
                return ExitCodes.Failure;
            }
        }

        progress.Finish();
        console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{tally.Done} pages: {tally.Ok} ok, {tally.NotOk - tally.Crashed} without an article, {tally.Crashed} parser errors; lines in {outPath}"));
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

    private static (byte[] Json, Outcome Outcome) ParsePage(ArticleParser parser, string folder, string path, CancellationToken cancellationToken)
    {
        var file = Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/');
        var page = PageFile.Read(path, parser.Options.MaxInputBytes);
        if (page.Error is { } readError)
        {
            return (Line(file, null, "unreadable: " + readError), Outcome.Failed);
        }

        ParseResult result;
        try
        {
            result = parser.Parse(page.Bytes, cancellationToken: cancellationToken);
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
