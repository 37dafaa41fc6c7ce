using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;

namespace NewsKit.Input;

/// <summary>
/// Reads page bytes from streams and gzip data with a size limit, so that an endless stream or a gzip bomb
/// gives a clear failure instead of exhausting memory.
/// </summary>
internal static class PageContent
{
    /// <summary>Whether <paramref name="content"/> starts with the gzip magic bytes.</summary>
    /// <param name="content">The bytes.</param>
    /// <returns>True for gzip data.</returns>
    public static bool IsGzip(ReadOnlySpan<byte> content) => content.Length >= 2 && content[0] == 0x1f && content[1] == 0x8b;

    /// <summary>Decompresses gzip data, stopping at <paramref name="maxBytes"/> of output.</summary>
    /// <param name="compressed">The gzip bytes.</param>
    /// <param name="maxBytes">The most decompressed bytes accepted.</param>
    /// <param name="bytes">The decompressed bytes, or empty on failure.</param>
    /// <param name="reason">Why decompression failed (corrupt data, over the limit); null on success.</param>
    /// <returns>Whether the data was decompressed within the limit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is less than 1.</exception>
    public static bool TryDecompressGzip(ReadOnlyMemory<byte> compressed, long maxBytes, out ReadOnlyMemory<byte> bytes, out string? reason)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        var read = DecompressGzip(compressed, maxBytes, CancellationToken.None);
        bytes = read.Bytes ?? ReadOnlyMemory<byte>.Empty;
        reason = read.Reason;
        return read.Bytes is not null;
    }

    /// <summary>
    /// Decompresses gzip data, stopping at <paramref name="maxBytes"/> of output; the failure says TooLarge or NotHtml
    /// (corrupt). Data cut short decompresses to what it holds, with a warning: .NET's decompressor stops silently at
    /// the end of its input, so the trailer's size (the last four bytes, the output's length modulo 2^32) is compared
    /// with the output. A stream of several gzip members holds the last member's size there, so it is compared too.
    /// </summary>
    internal static ReadResult DecompressGzip(ReadOnlyMemory<byte> compressed, long maxBytes, CancellationToken cancellationToken)
    {
        using var input = new ReadOnlyMemoryStream(compressed);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        var read = ReadBounded(gzip, maxBytes, cancellationToken, decompressing: true);
        if (read.Bytes is not { } bytes)
        {
            return read.Failure == ParseFailure.NotHtml ? read with { Reason = "corrupt gzip data: " + read.Reason } : read;
        }

        return EndsWithItsTrailer(compressed.Span, bytes.Length)
            ? read
            : read with
            {
                Warning = string.Create(
                    CultureInfo.InvariantCulture,
                    $"the gzip data ends early ({compressed.Length:N0} bytes without a matching trailer); the page was read as far as it goes, {bytes.Length:N0} bytes"),
            };
    }

    /// <summary>Whether the last four bytes, a gzip trailer's size field, match the output length (or a last member's share of it).</summary>
    private static bool EndsWithItsTrailer(ReadOnlySpan<byte> compressed, long outputLength)
    {
        // The smallest gzip member: a 10-byte header, an empty deflate block (2 bytes) and an 8-byte trailer.
        if (compressed.Length < 20)
        {
            return false;
        }

        var size = BinaryPrimitives.ReadUInt32LittleEndian(compressed[^4..]);
        if (size == (uint)outputLength)
        {
            return true;
        }

        // Several members: the trailer holds the last member's size, which is at most the output's. A later member
        // starts with the magic bytes and the deflate method (1f 8b 08) after the first member's trailer.
        return size < outputLength && compressed[10..].IndexOf((ReadOnlySpan<byte>)[0x1f, 0x8b, 0x08]) >= 0;
    }

    /// <summary>A read-only stream over memory, so that decompression does not copy the compressed bytes.</summary>
    private sealed class ReadOnlyMemoryStream(ReadOnlyMemory<byte> memory) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => memory.Length;

        public override long Position
        {
            get => position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(buffer.Length, memory.Length - position);
            memory.Span.Slice(position, n).CopyTo(buffer);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>The bytes read, or why there are none; <paramref name="Warning"/> says what a read that succeeded noticed.</summary>
    internal readonly record struct ReadResult(ReadOnlyMemory<byte>? Bytes, ParseFailure Failure, string? Reason, string? Warning = null);

    /// <summary>
    /// Reads <paramref name="stream"/> to its end. When <paramref name="decompressing"/>, the stream is a decompressor
    /// whose <see cref="InvalidDataException"/> means corrupt data (NotHtml); otherwise every failure of the stream is
    /// a <see cref="ParseFailure.ReadFailed"/>.
    /// </summary>
    internal static ReadResult ReadBounded(Stream stream, long maxBytes, CancellationToken cancellationToken, bool decompressing = false)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (buffer.Length + n > maxBytes)
                {
                    return OverLimit(maxBytes);
                }

                buffer.Write(chunk, 0, n);
            }
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            return ReadFailed(ex, decompressing, cancellationToken);
        }

        return new ReadResult(buffer.ToArray(), ParseFailure.None, null);
    }

    internal static async Task<ReadResult> ReadBoundedAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int n;
            while ((n = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + n > maxBytes)
                {
                    return OverLimit(maxBytes);
                }

                buffer.Write(chunk, 0, n);
            }
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            return ReadFailed(ex, decompressing: false, cancellationToken);
        }

        return new ReadResult(buffer.ToArray(), ParseFailure.None, null);
    }

    private static ReadResult OverLimit(long maxBytes) =>
        new(null, ParseFailure.TooLarge, string.Create(CultureInfo.InvariantCulture, $"the input is over the {maxBytes:N0}-byte limit"));

    /// <summary>
    /// The exceptions a stream's read is documented to throw for a failure of its source: I/O errors, corrupt data, its
    /// own timeout (<see cref="TimeoutException"/>, or the <see cref="OperationCanceledException"/> of a timed-out
    /// HTTP read) and cancellation. Any other exception (a stream that cannot read, one already disposed) is a
    /// programming error and propagates.
    /// </summary>
    private static bool IsReadFailure(Exception exception) =>
        exception is IOException or InvalidDataException or TimeoutException or OperationCanceledException;

    /// <summary>
    /// The result for a failed read. Only the caller's own token makes it <see cref="ParseFailure.Cancelled"/>: a
    /// stream that cancels its read itself (an HTTP content stream past its timeout) failed to read.
    /// </summary>
    private static ReadResult ReadFailed(Exception exception, bool decompressing, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested => new(null, ParseFailure.Cancelled, "the caller cancelled the read"),
        InvalidDataException when decompressing => new(null, ParseFailure.NotHtml, exception.Message),
        OperationCanceledException or TimeoutException => new(null, ParseFailure.ReadFailed, "the stream timed out or cancelled its read: " + exception.Message),
        _ => new(null, ParseFailure.ReadFailed, "the stream could not be read: " + exception.Message),
    };
}
