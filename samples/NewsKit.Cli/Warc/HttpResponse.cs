using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace NewsKit.Cli.Warc;

/// <summary>
/// The HTTP response stored in a WARC <c>response</c> record's block: its status, its <c>Content-Type</c> (whose charset
/// the parser uses) and its payload, with <c>Transfer-Encoding: chunked</c> undone and a <c>deflate</c> or <c>br</c>
/// <c>Content-Encoding</c> decompressed (<c>gzip</c> is left to the parser, which recognizes it by its bytes).
/// </summary>
/// <param name="Status">The status code; 0 when the status line has none.</param>
/// <param name="ContentType">The <c>Content-Type</c> header; null when there is none.</param>
/// <param name="Payload">The payload (the page's bytes); empty when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why the payload cannot be had; null when it can.</param>
internal sealed record HttpResponse(int Status, string? ContentType, ReadOnlyMemory<byte> Payload, string? Error)
{
    private const int MaxHeadBytes = 64 * 1024;

    /// <summary>Whether the status is 2xx.</summary>
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>Whether the payload is a page: a <c>text/html</c> or <c>application/xhtml+xml</c> Content-Type, or none.</summary>
    public bool IsHtml => IsHtmlType(ContentType);

    /// <summary>Whether a Content-Type names HTML: <c>text/html</c>, <c>application/xhtml+xml</c>, or none at all.</summary>
    public static bool IsHtmlType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return true;
        }

        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        var type = (semicolon >= 0 ? contentType[..semicolon] : contentType).Trim();
        return type.Equals("text/html", StringComparison.OrdinalIgnoreCase)
            || type.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads the response in <paramref name="block"/>; a payload over <paramref name="maxPayloadBytes"/> after decoding is an error.</summary>
    public static HttpResponse Read(byte[] block, long maxPayloadBytes)
    {
        var span = block.AsSpan(0, Math.Min(block.Length, MaxHeadBytes));
        int headEnd, bodyStart;
        var crlf = span.IndexOf("\r\n\r\n"u8);
        var lf = span.IndexOf("\n\n"u8);
        if (crlf >= 0 && (lf < 0 || crlf < lf))
        {
            headEnd = crlf;
            bodyStart = crlf + 4;
        }
        else if (lf >= 0)
        {
            headEnd = lf;
            bodyStart = lf + 2;
        }
        else
        {
            return Fail(0, null, "the HTTP response has no end of headers (an empty line) in its first 64 KiB");
        }

        var head = Encoding.Latin1.GetString(span[..headEnd]).Split('\n');
        var statusLine = head[0].TrimEnd('\r');
        if (!statusLine.StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase))
        {
            return Fail(0, null, $"the block does not start with an HTTP status line: '{(statusLine.Length > 40 ? statusLine[..40] : statusLine)}'");
        }

        var parts = statusLine.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        var status = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : 0;
        string? contentType = null, transferEncoding = null, contentEncoding = null;
        foreach (var raw in head.Skip(1))
        {
            var line = raw.TrimEnd('\r');
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType ??= value;
            }
            else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                transferEncoding ??= value;
            }
            else if (name.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                contentEncoding ??= value;
            }
        }

        ReadOnlyMemory<byte> payload = block.AsMemory(bodyStart);
        if (transferEncoding is not null && transferEncoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            if (Dechunk(payload.Span, maxPayloadBytes, out var whole) is { } chunkError)
            {
                return Fail(status, contentType, chunkError);
            }

            payload = whole;
        }

        switch (contentEncoding?.ToLowerInvariant())
        {
            case null or "" or "identity" or "gzip" or "x-gzip":
                break;
            case "deflate":
            case "br":
                if (Decompress(payload, contentEncoding.ToLowerInvariant(), maxPayloadBytes, out var plain) is { } decodeError)
                {
                    return Fail(status, contentType, decodeError);
                }

                payload = plain;
                break;
            default:
                return Fail(status, contentType, $"the payload's Content-Encoding '{contentEncoding}' is not supported (gzip, deflate and br are)");
        }

        return new HttpResponse(status, contentType, payload, null);
    }

    private static HttpResponse Fail(int status, string? contentType, string error) => new(status, contentType, ReadOnlyMemory<byte>.Empty, error);

    /// <summary>Joins the chunks of a chunked body; returns why it cannot, or null.</summary>
    private static string? Dechunk(ReadOnlySpan<byte> body, long maxBytes, out byte[] whole)
    {
        using var output = new MemoryStream();
        whole = [];
        while (true)
        {
            var newline = body.IndexOf((byte)'\n');
            if (newline < 0)
            {
                // A body cut inside the chunks: keep what came (as browsers do).
                break;
            }

            var sizeText = Encoding.Latin1.GetString(body[..newline]).Trim();
            var semicolon = sizeText.IndexOf(';', StringComparison.Ordinal);
            if (semicolon >= 0)
            {
                sizeText = sizeText[..semicolon];
            }

            if (!long.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                return $"the chunked payload has a bad chunk size '{(sizeText.Length > 20 ? sizeText[..20] : sizeText)}'";
            }

            body = body[(newline + 1)..];
            if (size == 0)
            {
                break;
            }

            var take = (int)Math.Min(size, body.Length);
            if (output.Length + take > maxBytes)
            {
                return TooLarge(maxBytes);
            }

            output.Write(body[..take]);
            body = body[take..];
            if (body.StartsWith("\r\n"u8))
            {
                body = body[2..];
            }
            else if (body.StartsWith("\n"u8))
            {
                body = body[1..];
            }
        }

        whole = output.ToArray();
        return null;
    }

    private static string? Decompress(ReadOnlyMemory<byte> payload, string encoding, long maxBytes, out byte[] plain)
    {
        plain = [];
        try
        {
            using var input = new MemoryStream(payload.ToArray(), writable: false);
            using Stream decoder = encoding == "br"
                ? new BrotliStream(input, CompressionMode.Decompress)
                : LooksLikeZlib(payload.Span) ? new ZLibStream(input, CompressionMode.Decompress) : new DeflateStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = decoder.Read(chunk)) > 0)
            {
                if (output.Length + n > maxBytes)
                {
                    return TooLarge(maxBytes);
                }

                output.Write(chunk, 0, n);
            }

            plain = output.ToArray();
            return null;
        }
        catch (InvalidDataException ex)
        {
            return $"the payload's Content-Encoding {encoding} cannot be decoded: {ex.Message}";
        }
    }

    /// <summary>HTTP's "deflate" is zlib data, though some servers send raw deflate: a zlib header is two bytes whose value is a multiple of 31.</summary>
    private static bool LooksLikeZlib(ReadOnlySpan<byte> data) =>
        data.Length >= 2 && (data[0] & 0x0f) == 8 && ((data[0] << 8) | data[1]) % 31 == 0;

    private static string TooLarge(long maxBytes) =>
        string.Create(CultureInfo.InvariantCulture, $"the decoded payload is over the {maxBytes:N0}-byte limit");
}
