using System.Globalization;

namespace NewsKit.Cli;

/// <summary>
/// Reads a page's bytes from a file or standard input, never more than a limit: a file whose length says nothing
/// (<c>/dev/zero</c>, a pipe, a device) is read in chunks and stopped past the limit. Gzip data is left as it is:
/// the parser recognizes it by its bytes, decompresses it within its own limit and warns when it is cut short.
/// </summary>
internal static class PageFile
{
    /// <summary>Reads the file at <paramref name="path"/>; a file over <paramref name="maxBytes"/> fails.</summary>
    public static PageBytes Read(string path, long maxBytes)
    {
        if (Directory.Exists(path))
        {
            return PageBytes.Fail("is a folder, not a file");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            if (stream.CanSeek && stream.Length > maxBytes)
            {
                return PageBytes.Fail(TooLarge(stream.Length, maxBytes));
            }

            return Read(stream, maxBytes, "the file");
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return PageBytes.Fail("no such file");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return PageBytes.Fail("cannot read the file: " + ex.Message);
        }
    }

    /// <summary>Reads standard input (or any stream) to its end, stopping with a failure past <paramref name="maxBytes"/>.</summary>
    public static PageBytes Read(Stream stream, long maxBytes) => Read(stream, maxBytes, "standard input");

    private static PageBytes Read(Stream stream, long maxBytes, string what)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + n > maxBytes)
                {
                    return PageBytes.Fail(TooLarge(buffer.Length + n, maxBytes));
                }

                buffer.Write(chunk, 0, n);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return PageBytes.Fail($"cannot read {what}: {ex.Message}");
        }

        return new PageBytes(buffer.ToArray(), null);
    }

    private static string TooLarge(long size, long maxBytes) =>
        string.Create(CultureInfo.InvariantCulture, $"the input is {size:N0} bytes or more, over the {maxBytes:N0}-byte limit");
}

/// <summary>A page's bytes, or why they could not be read.</summary>
/// <param name="Bytes">The page's bytes, as stored (gzip data stays compressed); empty on failure.</param>
/// <param name="Error">Why the page could not be read; null on success.</param>
internal readonly record struct PageBytes(ReadOnlyMemory<byte> Bytes, string? Error)
{
    public static PageBytes Fail(string error) => new(ReadOnlyMemory<byte>.Empty, error);
}
