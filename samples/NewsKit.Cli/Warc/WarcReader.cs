using System.Globalization;
using System.Text;

namespace NewsKit.Cli.Warc;

/// <summary>
/// Reads WARC records one at a time from uncompressed WARC data (ISO 28500: a version line, header fields, an empty line,
/// a block of <c>Content-Length</c> bytes, then two CRLFs). It holds at most one block in memory, and only a block it is
/// asked for and that fits the limit; every other block is skipped as it streams by.
/// </summary>
/// <remarks>
/// <para>Recovery: a record that does not start with a version line, has no valid <c>Content-Length</c> or a header over
/// 64 KiB is <see cref="WarcProblem.Corrupt"/>, and reading goes on at the next line that starts with <c>WARC/</c>. A
/// record whose block does not end where its length says is <see cref="WarcProblem.Truncated"/>: when the next record's
/// version line is inside the block read, reading goes on there, else at the next <c>WARC/</c> line after it.</para>
/// <para>An <see cref="InvalidDataException"/> from the stream (corrupt gzip data) ends the data there: it is kept in
/// <see cref="StreamError"/>, and the caller, who knows the compressed file, decides where to go on (see
/// <see cref="WarcFile"/>).</para>
/// </remarks>
internal sealed class WarcReader
{
    /// <summary>The largest header read; a longer one is corrupt.</summary>
    public const int MaxHeaderBytes = 64 * 1024;

    private const int ChunkSize = 64 * 1024;
    private const int SeparatorWindow = 64;
    private static readonly byte[] VersionStart = "WARC/"u8.ToArray();
    private static readonly byte[] LineThenVersion = "\nWARC/"u8.ToArray();

    private readonly Stream stream;
    private readonly long maxBlockBytes;
    private readonly Func<WarcHeaders, bool> wantsBlock;
    private byte[] buffer = new byte[ChunkSize];
    private int start;
    private int end;
    private bool endOfStream;
    private long position;

    /// <summary>Creates a reader.</summary>
    /// <param name="stream">The uncompressed WARC data, read forward only.</param>
    /// <param name="maxBlockBytes">The largest block loaded; a larger block wanted is skipped as <see cref="WarcProblem.TooLarge"/>.</param>
    /// <param name="wantsBlock">Whether to load the block of a record with these headers (other blocks are skipped unread).</param>
    public WarcReader(Stream stream, long maxBlockBytes, Func<WarcHeaders, bool> wantsBlock)
    {
        this.stream = stream;
        this.maxBlockBytes = maxBlockBytes;
        this.wantsBlock = wantsBlock;
    }

    /// <summary>
    /// The error that ended the data early (corrupt gzip data), or null. The bytes before it are read as usual; the
    /// record it cut is <see cref="WarcProblem.Truncated"/>, and the caller decides where to go on.
    /// </summary>
    public InvalidDataException? StreamError { get; private set; }

    /// <summary>The offset, in the uncompressed data, of the next byte the reader will look at.</summary>
    public long Position => position;

    /// <summary>Reads the next record; null at the end of the data.</summary>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public WarcRecord? Next()
    {
        // Blank lines between records (a writer that put more or fewer than two CRLFs) are tolerated.
        while (Fill(1) && buffer[start] is (byte)'\r' or (byte)'\n')
        {
            Advance(1);
        }

        if (!Fill(1))
        {
            return null;
        }

        var offset = position;
        var versionLine = ReadLine(out var lineTooLong);
        if (versionLine is null || lineTooLong || !versionLine.StartsWith("WARC/", StringComparison.Ordinal))
        {
            SkipToNextRecord();
            return Problem(offset, new WarcHeaders(), WarcProblem.Corrupt, "no WARC version line where a record should start");
        }

        var headers = new WarcHeaders { Version = versionLine.TrimEnd() };
        var headerBytes = versionLine.Length;
        string? lastName = null;
        while (true)
        {
            var line = ReadLine(out lineTooLong);
            if (line is null)
            {
                return Problem(offset, headers, WarcProblem.Truncated, "the data ends inside the record's header");
            }

            headerBytes += line.Length + 2;
            if (lineTooLong || headerBytes > MaxHeaderBytes)
            {
                SkipToNextRecord();
                return Problem(offset, headers, WarcProblem.Corrupt, string.Create(CultureInfo.InvariantCulture, $"the header is longer than {MaxHeaderBytes:N0} bytes"));
            }

            if (line.Length == 0)
            {
                break;
            }

            if (line[0] is ' ' or '\t' && lastName is not null)
            {
                headers.Continue(lastName, line.Trim());
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                SkipToNextRecord();
                return Problem(offset, headers, WarcProblem.Corrupt, $"a header line without a name: '{Shorten(line)}'");
            }

            lastName = line[..colon].Trim();
            headers.Add(lastName, line[(colon + 1)..].Trim());
        }

        if (headers.ContentLength is not { } length)
        {
            SkipToNextRecord();
            return Problem(offset, headers, WarcProblem.Corrupt, headers["Content-Length"] is { } bad
                ? $"Content-Length '{Shorten(bad)}' is not a whole number"
                : "the header has no Content-Length");
        }

        if (!wantsBlock(headers))
        {
            var skipped = Skip(length);
            return skipped < length
                ? Problem(offset, headers, WarcProblem.Truncated, Short(skipped, length))
                : EndOfRecord(offset, headers, null, length);
        }

        if (length > maxBlockBytes)
        {
            var skipped = Skip(length);
            var tooLarge = string.Create(CultureInfo.InvariantCulture, $"the record's block is {length:N0} bytes, over the {maxBlockBytes:N0}-byte limit; skipped unread");
            return skipped < length ? Problem(offset, headers, WarcProblem.Truncated, Short(skipped, length)) : EndOfRecord(offset, headers, null, length, tooLarge);
        }

        var block = new byte[length];
        var read = ReadBlock(block);
        return read < length ? Problem(offset, headers, WarcProblem.Truncated, Short(read, length)) : EndOfRecord(offset, headers, block, length);
    }

    /// <summary>
    /// After the block: two CRLFs (or the end of the data). Anything else means the length was wrong: the record is
    /// truncated, and reading goes on at the next record, which may start inside the block just read.
    /// </summary>
    private WarcRecord EndOfRecord(long offset, WarcHeaders headers, byte[]? block, long length, string? tooLarge = null)
    {
        // Two CRLFs are the rule; more, fewer or bare LFs are tolerated as long as the next record or the end follows.
        var more = Fill(SeparatorWindow);
        var window = buffer.AsSpan(start, Math.Min(end - start, SeparatorWindow));
        var newlines = 0;
        while (newlines < window.Length && window[newlines] is (byte)'\r' or (byte)'\n')
        {
            newlines++;
        }

        var rest = window[newlines..];
        var nextRecordOrEnd = newlines == window.Length || rest.StartsWith(VersionStart);

        // A separator followed by something else (garbage, or the middle of the next record when the length was too
        // long): the record is whole unless the next record's version line is inside its block.
        var embedded = block is not null && LastVersionLine(block) is not null;
        if ((nextRecordOrEnd && newlines > 0) || (newlines == 0 && window.Length == 0) || (newlines >= 2 && !embedded))
        {
            Advance(newlines);
            return tooLarge is null
                ? new WarcRecord(offset, headers, block, WarcProblem.None, null)
                : new WarcRecord(offset, headers, null, WarcProblem.TooLarge, tooLarge);
        }

        if (block is not null && (LastVersionLine(block) ?? VersionLineAcrossTheEnd(block, rest)) is { } next)
        {
            // The next record's version line is inside the block: the block was shorter than its Content-Length.
            Unread(block.AsSpan(next));
            return Problem(offset, headers, WarcProblem.Truncated, string.Create(
                CultureInfo.InvariantCulture,
                $"the block ends after {TrimEnd(block.AsSpan(0, next)):N0} of the {length:N0} bytes its Content-Length declares (the next record starts there)"));
        }

        SkipToNextRecord();
        return Problem(offset, headers, WarcProblem.Truncated, string.Create(
            CultureInfo.InvariantCulture,
            $"the record does not end where its Content-Length ({length:N0} bytes) says; reading goes on at the next record"));
    }

    private static WarcRecord Problem(long offset, WarcHeaders headers, WarcProblem problem, string reason) =>
        new(offset, headers, null, problem, reason);

    private static string Short(long read, long length) =>
        string.Create(CultureInfo.InvariantCulture, $"the data ends after {read:N0} of the {length:N0} bytes the record's Content-Length declares");

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "...";

    /// <summary>The length of the block's bytes before the record separator that precedes the next version line.</summary>
    private static int TrimEnd(ReadOnlySpan<byte> bytes)
    {
        var length = bytes.Length;
        while (length > 0 && bytes[length - 1] is (byte)'\r' or (byte)'\n')
        {
            length--;
        }

        return length;
    }

    /// <summary>The offset of the last line in <paramref name="block"/> that starts with <c>WARC/</c>, or null.</summary>
    private static int? LastVersionLine(byte[] block)
    {
        var at = block.AsSpan().LastIndexOf(LineThenVersion);
        return at < 0 ? null : at + 1;
    }

    /// <summary>
    /// The offset of a <c>WARC/</c> line that starts at the block's end and goes on in <paramref name="after"/> (a
    /// Content-Length a few bytes too long), or null.
    /// </summary>
    private static int? VersionLineAcrossTheEnd(byte[] block, ReadOnlySpan<byte> after)
    {
        for (var k = 1; k < VersionStart.Length && k < block.Length; k++)
        {
            if (block[^(k + 1)] == '\n' && block.AsSpan(block.Length - k).SequenceEqual(VersionStart.AsSpan(0, k)) && after.StartsWith(VersionStart.AsSpan(k)))
            {
                return block.Length - k;
            }
        }

        return null;
    }

    /// <summary>Moves to the next line that starts with <c>WARC/</c> (the next record), or to the end of the data.</summary>
    private void SkipToNextRecord()
    {
        while (true)
        {
            var span = buffer.AsSpan(start, end - start);
            var at = span.IndexOf(LineThenVersion);
            if (at >= 0)
            {
                Advance(at + 1);
                return;
            }

            // Keep the last bytes, which may be the start of "\nWARC/" cut by the chunk's end.
            var keep = Math.Min(span.Length, LineThenVersion.Length - 1);
            Advance(span.Length - keep);
            if (!FillMore())
            {
                Advance(end - start);
                return;
            }
        }
    }

    /// <summary>Reads one line (without its CR LF or LF) as UTF-8; null at the end of the data.</summary>
    private string? ReadLine(out bool tooLong)
    {
        tooLong = false;
        var searched = 0;
        while (true)
        {
            var span = buffer.AsSpan(start, end - start);
            var newline = span[searched..].IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var length = searched + newline;
                var line = span[..length];
                if (line.Length > 0 && line[^1] == '\r')
                {
                    line = line[..^1];
                }

                var text = Encoding.UTF8.GetString(line);
                Advance(length + 1);
                return text;
            }

            searched = span.Length;
            if (span.Length >= MaxHeaderBytes)
            {
                tooLong = true;
                var text = Encoding.UTF8.GetString(span[..Math.Min(span.Length, 80)]);
                Advance(span.Length);
                return text;
            }

            if (!FillMore())
            {
                if (span.Length == 0)
                {
                    return null;
                }

                var last = Encoding.UTF8.GetString(span);
                Advance(span.Length);
                return last;
            }
        }
    }

    private int ReadBlock(Span<byte> destination)
    {
        var done = 0;
        while (done < destination.Length)
        {
            if (start == end)
            {
                // Large blocks go straight from the stream to their place, not through the buffer.
                if (destination.Length - done >= buffer.Length && !endOfStream)
                {
                    int n;
                    try
                    {
                        n = stream.Read(destination[done..]);
                    }
                    catch (InvalidDataException ex)
                    {
                        StreamError = ex;
                        n = 0;
                    }

                    if (n == 0)
                    {
                        endOfStream = true;
                        break;
                    }

                    done += n;
                    position += n;
                    continue;
                }

                if (!FillMore())
                {
                    break;
                }
            }

            var take = Math.Min(end - start, destination.Length - done);
            buffer.AsSpan(start, take).CopyTo(destination[done..]);
            done += take;
            Advance(take);
        }

        return done;
    }

    private long Skip(long count)
    {
        var done = 0L;
        while (done < count)
        {
            if (start == end && !FillMore())
            {
                break;
            }

            var take = (int)Math.Min(end - start, count - done);
            done += take;
            Advance(take);
        }

        return done;
    }

    private void Advance(int count)
    {
        start += count;
        position += count;
        if (start == end)
        {
            start = end = 0;
            if (buffer.Length > ChunkSize)
            {
                buffer = new byte[ChunkSize];
            }
        }
    }

    /// <summary>Puts <paramref name="bytes"/> back in front of what is still to be read.</summary>
    private void Unread(ReadOnlySpan<byte> bytes)
    {
        var pending = buffer.AsSpan(start, end - start);
        var joined = new byte[Math.Max(ChunkSize, bytes.Length + pending.Length)];
        bytes.CopyTo(joined);
        pending.CopyTo(joined.AsSpan(bytes.Length));
        end = bytes.Length + pending.Length;
        start = 0;
        buffer = joined;
        position -= bytes.Length;
    }

    /// <summary>Makes at least <paramref name="count"/> bytes available, unless the data ends first; says whether they are.</summary>
    private bool Fill(int count)
    {
        while (end - start < count)
        {
            if (!FillMore())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads more of the stream into the buffer (moving or growing it as needed); false at the end of the data.</summary>
    private bool FillMore()
    {
        if (endOfStream)
        {
            return false;
        }

        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        int n;
        try
        {
            n = stream.Read(buffer, end, buffer.Length - end);
        }
        catch (InvalidDataException ex)
        {
            // Corrupt gzip data: what was decompressed before it is still read; then the data ends here.
            StreamError = ex;
            n = 0;
        }

        if (n == 0)
        {
            endOfStream = true;
            return false;
        }

        end += n;
        return true;
    }
}
