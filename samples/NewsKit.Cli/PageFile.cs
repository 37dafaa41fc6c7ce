using System.Globalization;
using NewsKit.Input;

namespace NewsKit.Cli;

/// <summary>
/// Reads a page's bytes from a file or standard input with a size limit, decompressing gzip data (recognized by
/// its magic bytes, so a gzipped page saved as <c>.html</c> works too) through <see cref="PageContent"/>.
/// </summary>
internal static class PageFile
{
    /// <summary>Reads the file at <paramref name="path"/>; a file over <paramref name="maxBytes"/>, before or after decompression, fails.</summary>
    public static PageBytes Read(string path, long maxBytes)
    {
        byte[] raw;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return PageBytes.Fail(Directory.Exists(path) ? "is a folder, not a file" : "no such file");
            }

            if (info.Length > maxBytes)
            {
                return PageBytes.Fail(TooLarge(info.Length, maxBytes));
            }

            raw = File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            return PageBytes.Fail("cannot read the file: " + ex.Message);
        }
        catch (UnauthorizedAccessException ex)
        {
            return PageBytes.Fail("cannot read the file: " + ex.Message);
        }

        return Unwrap(raw, maxBytes);
    }

    /// <summary>Reads <paramref name="stream"/> to its end, stopping with a failure past <paramref name="maxBytes"/>.</summary>
    public static PageBytes Read(Stream stream, long maxBytes)
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
        catch (IOException ex)
        {
            return PageBytes.Fail("cannot read standard input: " + ex.Message);
        }

        return Unwrap(buffer.ToArray(), maxBytes);
    }

    private static PageBytes Unwrap(byte[] raw, long maxBytes)
    {
        if (!PageContent.IsGzip(raw))
        {
            return new PageBytes(raw, null);
        }

        return PageContent.TryDecompressGzip(raw, maxBytes, out var bytes, out var reason)
            ? new PageBytes(bytes, null)
            : PageBytes.Fail(reason ?? "corrupt gzip data");
    }

    private static string TooLarge(long size, long maxBytes) =>
        string.Create(CultureInfo.InvariantCulture, $"the input is {size:N0} bytes or more, over the {maxBytes:N0}-byte limit");
}

/// <summary>A page's bytes, or why they could not be read.</summary>
/// <param name="Bytes">The page's bytes (decompressed); empty on failure.</param>
/// <param name="Error">Why the page could not be read; null on success.</param>
internal readonly record struct PageBytes(ReadOnlyMemory<byte> Bytes, string? Error)
{
    public static PageBytes Fail(string error) => new(ReadOnlyMemory<byte>.Empty, error);
}
