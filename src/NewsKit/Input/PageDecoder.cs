using System.Text;

namespace NewsKit.Input;

/// <summary>
/// Turns page bytes into text. The encoding is taken from, in order: a byte order mark, the caller's
/// Content-Type charset, a meta charset in the first 1,024 bytes, then the bytes themselves (valid UTF-8,
/// else Windows-1252). Invalid sequences become U+FFFD; nothing throws.
/// </summary>
internal static class PageDecoder
{
    internal readonly record struct Decoded(string Text, Encoding Encoding, IReadOnlyList<ParseWarning> Warnings);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Decoded Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        var warnings = new List<ParseWarning>();
        var encoding = FromBom(bytes, out var bomLength)
            ?? FromName(CharsetOf(contentType))
            ?? FromName(MetaCharset(bytes));
        if (encoding is null)
        {
            encoding = IsValidUtf8(bytes) ? Encoding.UTF8 : Latin1Fallback();
            if (!ReferenceEquals(encoding, Encoding.UTF8))
            {
                warnings.Add(new ParseWarning(WarningKind.Encoding, $"no charset declared and the bytes are not UTF-8; read as {encoding.WebName}"));
            }
        }

        var text = encoding.GetString(bytes[bomLength..]);
        return new Decoded(text, encoding, warnings);
    }

    private static Encoding? FromBom(ReadOnlySpan<byte> bytes, out int length)
    {
        length = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            length = 3;
            return Encoding.UTF8;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            length = 2;
            return Encoding.Unicode;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            length = 2;
            return Encoding.BigEndianUnicode;
        }

        return null;
    }

    private static string? CharsetOf(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var at = contentType.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var value = contentType[(at + 8)..].Trim().Trim('"', '\'');
        var end = value.IndexOfAny([';', ' ', ',']);
        return end >= 0 ? value[..end] : value;
    }

    private static string? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 1024)]);
        var at = head.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var value = head[(at + 8)..].TrimStart('"', '\'', ' ');
        var end = 0;
        while (end < value.Length && (char.IsAsciiLetterOrDigit(value[end]) || value[end] is '-' or '_' or ':' or '.'))
        {
            end++;
        }

        return end > 0 ? value[..end] : null;
    }

    private static Encoding? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            var encoding = Encoding.GetEncoding(name);

            // A page that says UTF-16 in ASCII-compatible bytes is lying (HTML's rule): read it as UTF-8.
            return encoding is UnicodeEncoding ? Encoding.UTF8 : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static Encoding Latin1Fallback()
    {
        try
        {
            return Encoding.GetEncoding(1252);
        }
        catch (NotSupportedException)
        {
            return Encoding.Latin1;
        }
    }
}
