using System.Globalization;

namespace NewsKit.Cli.Warc;

/// <summary>What went wrong with a record; <see cref="None"/> for a record read whole.</summary>
internal enum WarcProblem
{
    /// <summary>The record was read whole (its block is loaded when the reader was asked for it).</summary>
    None,

    /// <summary>The block is larger than the reader's limit: it was skipped, never loaded.</summary>
    TooLarge,

    /// <summary>The record ends before its <c>Content-Length</c> says: the file ends, or the next record starts early.</summary>
    Truncated,

    /// <summary>The record cannot be read: no WARC version line, no valid <c>Content-Length</c>, corrupt gzip data.</summary>
    Corrupt,
}

/// <summary>The named fields of a WARC record's header (names compared without regard to case; a repeated name keeps its first value).</summary>
internal sealed class WarcHeaders
{
    private readonly Dictionary<string, string> fields = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The version line, such as <c>WARC/1.1</c>; null when the record had none.</summary>
    public string? Version { get; init; }

    /// <summary>The value of the field <paramref name="name"/>, or null.</summary>
    public string? this[string name] => fields.GetValueOrDefault(name);

    /// <summary><c>WARC-Type</c>: response, request, resource, metadata, warcinfo, revisit...</summary>
    public string? Type => this["WARC-Type"];

    /// <summary><c>WARC-Record-ID</c>, such as <c>&lt;urn:uuid:...&gt;</c>.</summary>
    public string? RecordId => this["WARC-Record-ID"];

    /// <summary><c>WARC-Target-URI</c>, without the angle brackets WARC 1.0 writers sometimes put around it.</summary>
    public string? TargetUri => this["WARC-Target-URI"]?.Trim().TrimStart('<').TrimEnd('>');

    /// <summary><c>WARC-Date</c>: when the page was fetched (ISO 8601, UTC).</summary>
    public string? Date => this["WARC-Date"];

    /// <summary><c>Content-Type</c> of the block: <c>application/http; msgtype=response</c> for a response record.</summary>
    public string? ContentType => this["Content-Type"];

    /// <summary><c>Content-Length</c>: the block's length in bytes; null when missing or not a whole number.</summary>
    public long? ContentLength =>
        long.TryParse(this["Content-Length"], NumberStyles.None, CultureInfo.InvariantCulture, out var length) ? length : null;

    /// <summary>Adds a field; a repeated name keeps its first value.</summary>
    public void Add(string name, string value) => fields.TryAdd(name, value);

    /// <summary>Appends a continuation line to the last field added.</summary>
    public void Continue(string name, string more)
    {
        if (fields.TryGetValue(name, out var value))
        {
            fields[name] = value + " " + more;
        }
    }
}

/// <summary>
/// One WARC record: its header, its block when the reader was asked to load it, and what went wrong when something did.
/// </summary>
/// <param name="Offset">Where the record starts: the byte offset in the uncompressed data (in a gzip file, the offset
/// after decompression; for a corrupt gzip member, the compressed offset near which the data broke).</param>
/// <param name="Headers">The header as far as it could be read.</param>
/// <param name="Block">The record's block (for a response record: the HTTP status line, headers and payload); null when it
/// was not asked for, was over the limit, or the record has a problem.</param>
/// <param name="Problem">What went wrong; <see cref="WarcProblem.None"/> when nothing did.</param>
/// <param name="Reason">Why, in words; null when nothing went wrong.</param>
internal sealed record WarcRecord(long Offset, WarcHeaders Headers, byte[]? Block, WarcProblem Problem, string? Reason);
