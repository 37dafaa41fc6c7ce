using NodaTime;

namespace NewsKit.Cli.Batch;

/// <summary>
/// One page to parse: a page file (read when it is parsed) or the payload of a WARC record (already read), with where it
/// came from. A job that carries a <see cref="Ready"/> row needs no parsing (a record that could not be read).
/// </summary>
internal sealed class PageJob
{
    /// <summary>The input file's path relative to the input folder, with <c>/</c> separators.</summary>
    public required string File { get; init; }

    /// <summary>The page file to read; null for a record's payload.</summary>
    public string? Path { get; init; }

    /// <summary>The record's payload (the page's bytes, as served: gzip stays compressed); empty for a page file.</summary>
    public ReadOnlyMemory<byte> Payload { get; init; }

    /// <summary>The HTTP Content-Type, whose charset wins over the page's own; null when unknown.</summary>
    public string? ContentType { get; init; }

    /// <summary>The WARC-Record-ID; null for a page file.</summary>
    public string? RecordId { get; init; }

    /// <summary>The page's address; null when unknown.</summary>
    public Uri? Url { get; init; }

    /// <summary>The page's address as given (kept when it is not an absolute http or https URL).</summary>
    public string? UrlText { get; init; }

    /// <summary>When the page was fetched (WARC-Date): the clock for its relative dates unless <c>--now</c> is given.</summary>
    public Instant? Fetched { get; init; }

    /// <summary>The row, when the job needs no parsing.</summary>
    public BatchRow? Ready { get; init; }
}

/// <summary>Parses page jobs into rows with one set of options; thread-safe.</summary>
/// <param name="options">The parser's options (limits, time budget, and the clock when <paramref name="fixedClock"/>).</param>
/// <param name="fixedClock">Whether the options' clock was set by <c>--now</c>: then it wins over a record's WARC-Date.</param>
internal sealed class PageParsing(ArticleParserOptions options, bool fixedClock)
{
    private readonly ArticleParser parser = new(options);

    /// <summary>The options pages are parsed with.</summary>
    public ArticleParserOptions Options => options;

    /// <summary>Parses the job's page into its row; never throws but for cancellation.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public BatchRow Parse(PageJob job, CancellationToken cancellationToken)
    {
        if (job.Ready is { } ready)
        {
            return ready;
        }

        var url = job.UrlText ?? job.Url?.AbsoluteUri;
        ReadOnlyMemory<byte> bytes;
        if (job.Path is { } path)
        {
            var page = PageFile.Read(path, options.MaxInputBytes);
            if (page.Error is { } readError)
            {
                return BatchRow.NotParsed(job.File, job.RecordId, url, job.Fetched, "unreadable", readError);
            }

            bytes = page.Bytes;
        }
        else
        {
            bytes = job.Payload;
        }

        var pageParser = job.Fetched is { } fetched && !fixedClock ? new ArticleParser(options with { Clock = new FixedClock(fetched) }) : parser;
        ParseResult result;
        try
        {
            result = pageParser.Parse(bytes, job.Url, job.ContentType, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The parser promises never to throw; if it does, that is a NewsKit bug. Record it against the page,
            // keep going, and make the run's exit code say so.
            return new BatchRow(job.File, job.RecordId, url, job.Fetched, null, BatchRow.ParserError, $"{ex.GetType().Name}: {ex.Message}", RowOutcome.Crashed);
        }

        if (result.Failure == ParseFailure.Cancelled)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        return result.Success
            ? new BatchRow(job.File, job.RecordId, url, job.Fetched, result, null, null, RowOutcome.Ok)
            : new BatchRow(job.File, job.RecordId, url, job.Fetched, result, ArticleJson.Name(result.Failure), result.Reason,
                result.Failure == ParseFailure.InternalError ? RowOutcome.Crashed : RowOutcome.Failed);
    }
}
