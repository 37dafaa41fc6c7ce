using System.Buffers;
using System.Text.Json;
using NodaTime;

namespace NewsKit.Cli.Batch;

/// <summary>How a page turned out, for the run's summary and exit code.</summary>
internal enum RowOutcome
{
    /// <summary>An article.</summary>
    Ok,

    /// <summary>No article: the page, its file or its record said why.</summary>
    Failed,

    /// <summary>The parser threw: a NewsKit bug (the run's exit code is 1).</summary>
    Crashed,
}

/// <summary>
/// One output row of <c>batch</c> (and of the queue workers): which page, where it came from, and its article or why
/// there is none.
/// </summary>
/// <param name="File">The input file's path relative to the input folder, with <c>/</c> separators.</param>
/// <param name="RecordId">The WARC-Record-ID of the page's record; null for a page file.</param>
/// <param name="Url">The address the page was parsed with (WARC-Target-URI, or the <c>--urls</c> entry); null when none.</param>
/// <param name="Fetched">When the page was fetched (WARC-Date); null for a page file.</param>
/// <param name="Result">The parse result; null when the page was not parsed (unreadable, a broken record).</param>
/// <param name="Failure">The failure code (<c>noMainContent</c>, <c>unreadable</c>, <c>truncatedRecord</c>...); null for an article.</param>
/// <param name="Reason">Why, in words; null for an article.</param>
/// <param name="Outcome">How the page turned out.</param>
internal sealed record BatchRow(
    string File,
    string? RecordId,
    string? Url,
    Instant? Fetched,
    ParseResult? Result,
    string? Failure,
    string? Reason,
    RowOutcome Outcome)
{
    /// <summary>The failure code of a parser that threw.</summary>
    public const string ParserError = "parserError";

    /// <summary>Whether the row has an article.</summary>
    public bool Ok => Failure is null;

    /// <summary>The <c>error</c> of the JSON line: <c>"code: reason"</c>, or null for an article.</summary>
    public string? Error => Failure switch
    {
        null => null,
        ParserError => "parser error (a NewsKit bug): " + Reason,
        _ => Failure + ": " + Reason,
    };

    /// <summary>A row for a page that was not parsed.</summary>
    public static BatchRow NotParsed(string file, string? recordId, string? url, Instant? fetched, string failure, string reason) =>
        new(file, recordId, url, fetched, null, failure, reason, RowOutcome.Failed);

    /// <summary>
    /// The JSON line, with its final newline:
    /// <c>{"file", "recordId", "url", "fetched", "ok", "error", "warnings", "article"}</c>. On failure <c>article</c> is what
    /// the parser kept (the metadata of a page without a body), or null when the input was not a readable page.
    /// </summary>
    public byte[] ToJsonLine()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, ArticleJson.WriterOptions(indented: false)))
        {
            json.WriteStartObject();
            json.WriteString("file", File);
            json.WriteString("recordId", RecordId);
            json.WriteString("url", Url);
            json.WriteString("fetched", Fetched is { } fetched ? Iso.Format(fetched) : null);
            json.WriteBoolean("ok", Ok);
            json.WriteString("error", Error);
            ArticleJson.WriteWarnings(json, Result?.Warnings ?? []);
            if (Result?.Article is { } article)
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
}
