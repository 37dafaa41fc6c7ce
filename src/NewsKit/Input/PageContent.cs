using System.IO.Compression;

namespace NewsKit.Input;

/// <summary>
/// Reads page bytes from streams and gzip data with a size limit, so that an endless stream or a gzip bomb
/// gives a clear failure instead of exhausting memory.
/// </summary>
public static class PageContent
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

    /// <summary>Decompresses gzip data, stopping at <paramref name="maxBytes"/> of output; the failure says TooLarge or NotHtml (corrupt).</summary>
    internal static ReadResult DecompressGzip(ReadOnlyMemory<byte> compressed, long maxBytes, CancellationToken cancellationToken)
    {
        using var input = new ReadOnlyMemoryStream(compressed);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        var read = ReadBounded(gzip, maxBytes, cancellationToken);
        return read.Bytes is null && read.Failure == ParseFailure.NotHtml
            ? read with { Reason = "corrupt gzip data: " + read.Reason }
            : read;
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

    internal readonly record struct ReadResult(ReadOnlyMemory<byte>? Bytes, ParseFailure Failure, string? Reason);

    internal static ReadResult ReadBounded(Stream stream, long maxBytes, CancellationToken cancellationToken)
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
        catch (Exception ex) when (ex is IOException or InvalidDataException or OperationCanceledException)
        {
            return ReadFailed(ex);
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
        catch (Exception ex) when (ex is IOException or InvalidDataException or OperationCanceledException)
        {
            return ReadFailed(ex);
        }

        return new ReadResult(buffer.ToArray(), ParseFailure.None, null);
    }

    private static ReadResult OverLimit(long maxBytes) =>
        new(null, ParseFailure.TooLarge, $"the input is over the {maxBytes:N0}-byte limit");

    /// <summary>The result for the only exceptions a bounded read expects; any other exception is a bug and propagates.</summary>
    private static ReadResult ReadFailed(Exception exception) => exception switch
    {
        OperationCanceledException => new(null, ParseFailure.Cancelled, "the caller cancelled the read"),
        InvalidDataException => new(null, ParseFailure.NotHtml, "the stream could not be decoded: " + exception.Message),
        _ => new(null, ParseFailure.NotHtml, "the stream could not be read: " + exception.Message),
    };
}
