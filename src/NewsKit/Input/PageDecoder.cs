using System.Text;

namespace NewsKit.Input;

/// <summary>
/// Turns page bytes into text. The encoding is taken from, in order: a byte order mark (UTF-8, UTF-16 LE/BE);
/// the caller's Content-Type charset; a meta charset in the first 1,024 bytes (else in a meta tag of a longer head),
/// each unless the bytes contradict it (a page that says UTF-8 but is not valid UTF-8, says a legacy charset but is
/// valid UTF-8 with non-ASCII text, or says a single-byte charset whose reading is implausible where another reads
/// well); then the bytes themselves (see <see cref="EncodingDetector"/>). Invalid sequences become U+FFFD;
/// nothing throws. Legacy code pages come from <see cref="CodePagesEncodingProvider"/> directly, without
/// registering it for the whole process.
/// </summary>
internal static class PageDecoder
{
    /// <summary>The decoded text and how it was read.</summary>
    /// <param name="Buffer">The text, in a buffer from <see cref="TextBuffer.Rent"/> that the caller gives back.</param>
    /// <param name="Length">The length of the text in <paramref name="Buffer"/>.</param>
    /// <param name="Encoding">The encoding the bytes were read with.</param>
    /// <param name="Warnings">What the reading noticed (a declaration the bytes contradict, a guessed encoding).</param>
    internal readonly record struct Decoded(char[] Buffer, int Length, Encoding Encoding, IReadOnlyList<ParseWarning> Warnings)
    {
        /// <summary>The text as a string (a copy).</summary>
        public string Text => new(Buffer, 0, Length);
    }

    /// <summary>WHATWG labels that name a different encoding than .NET gives for the same name.</summary>
    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["iso-8859-1"] = "windows-1252",
        ["iso8859-1"] = "windows-1252",
        ["latin1"] = "windows-1252",
        ["l1"] = "windows-1252",
        ["ascii"] = "windows-1252",
        ["us-ascii"] = "windows-1252",
        ["cp1252"] = "windows-1252",
        ["gb2312"] = "gb18030",
        ["gbk"] = "gb18030",
        ["x-gbk"] = "gb18030",
        ["cp936"] = "gb18030",
        ["sjis"] = "shift_jis",
        ["shift-jis"] = "shift_jis",
        ["x-sjis"] = "shift_jis",
        ["windows-31j"] = "shift_jis",
        ["ms932"] = "shift_jis",
        ["iso-8859-9"] = "windows-1254",
        ["tis-620"] = "windows-874",
        ["iso-8859-11"] = "windows-874",
        ["cp1250"] = "windows-1250",
        ["cp1251"] = "windows-1251",
        ["cp1253"] = "windows-1253",
        ["cp1254"] = "windows-1254",
        ["cp1255"] = "windows-1255",
        ["cp1256"] = "windows-1256",
        ["cp1257"] = "windows-1257",
        ["cp1258"] = "windows-1258",
        ["x-cp1252"] = "windows-1252",
        ["x-cp1253"] = "windows-1253",
        ["x-cp1254"] = "windows-1254",
        ["x-cp1255"] = "windows-1255",
        ["x-cp1256"] = "windows-1256",
        ["x-cp1257"] = "windows-1257",
        ["x-cp1258"] = "windows-1258",
        // WHATWG's EUC-KR is Windows' code page 949, a superset of the EUC-KR .NET names.
        ["euc-kr"] = "ks_c_5601-1987",
        ["cp949"] = "ks_c_5601-1987",
        ["windows-949"] = "ks_c_5601-1987",
        ["x-windows-949"] = "ks_c_5601-1987",
        ["csEUCKR"] = "ks_c_5601-1987",
    };

    public static Decoded Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        var warnings = new List<ParseWarning>();
        var encoding = FromBom(bytes, out var bomLength)
            ?? Checked(FromHeader(CharsetOf(contentType), bytes), "the Content-Type header", bytes, warnings)
            ?? Checked(FromName(MetaCharset(bytes)), "the page", bytes, warnings)
            ?? Detect(bytes, warnings);

        var body = bytes[bomLength..];
        var buffer = TextBuffer.Rent(encoding.GetMaxCharCount(body.Length));
        var length = encoding.GetChars(body, buffer);
        return new Decoded(buffer, length, encoding, warnings);
    }

    /// <summary>Looks up an encoding by its label; null for an unknown or unsupported one.</summary>
    internal static Encoding? FromName(string? name, bool allowUtf16 = false)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        name = Labels.TryGetValue(name.Trim(), out var mapped) ? mapped : name.Trim();
        Encoding? encoding;
        try
        {
            encoding = CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return null;
        }

        // UTF-7 can smuggle markup past filters; HTML forbids it, and .NET no longer supports it.
        if (encoding.CodePage == 65000)
        {
            return null;
        }

        // A page that says UTF-16 in ASCII-compatible bytes is lying (HTML's rule): read it as UTF-8.
        return encoding is UnicodeEncoding or UTF32Encoding && !allowUtf16 ? Encoding.UTF8 : encoding;
    }

    /// <summary>The Content-Type charset; a UTF-16 or UTF-32 one only when the bytes are UTF-16 (the header may lie too).</summary>
    private static Encoding? FromHeader(string? charset, ReadOnlySpan<byte> bytes)
    {
        var encoding = FromName(charset, allowUtf16: true);
        return encoding is UnicodeEncoding or UTF32Encoding ? EncodingDetector.Utf16WithoutBom(bytes) : encoding;
    }

    /// <summary>
    /// A declared encoding (<paramref name="who"/> declares it) checked against the bytes: UTF-8 declared over bytes that
    /// are not UTF-8 gives way to the next source (null); a legacy charset declared over bytes that are valid UTF-8 with
    /// non-ASCII text is read as UTF-8; a single-byte charset whose reading is implausible where another reads well
    /// ("iso-8859-1" over Cyrillic bytes) gives way to that one. Each overruling is a warning.
    /// </summary>
    private static Encoding? Checked(Encoding? declared, string who, ReadOnlySpan<byte> bytes, List<ParseWarning> warnings)
    {
        if (declared is null || declared is UnicodeEncoding or UTF32Encoding)
        {
            return declared;
        }

        var utf8 = IsValidUtf8(bytes);
        if (declared.CodePage == Encoding.UTF8.CodePage)
        {
            if (!utf8 && IsMostlyUtf8(bytes))
            {
                warnings.Add(new ParseWarning(WarningKind.Encoding, $"{who} declares utf-8 and the bytes are, but for a few invalid ones, read as U+FFFD"));
            }
            else if (!utf8)
            {
                warnings.Add(new ParseWarning(WarningKind.Encoding, $"{who} declares utf-8 but its bytes are not UTF-8"));
                return null;
            }

            return Encoding.UTF8;
        }

        if (!Ascii.IsValid(bytes) && (utf8 || IsMostlyUtf8(bytes)))
        {
            warnings.Add(new ParseWarning(WarningKind.Encoding, $"{who} declares {declared.WebName} but its bytes are valid UTF-8; read as utf-8"));
            return Encoding.UTF8;
        }

        if (EncodingDetector.BetterThan(bytes, declared) is { } better)
        {
            warnings.Add(new ParseWarning(WarningKind.Encoding, $"{who} declares {declared.WebName} but its bytes read as {better.WebName}; read as {better.WebName}"));
            return better;
        }

        return declared;
    }

    private static Encoding Detect(ReadOnlySpan<byte> bytes, List<ParseWarning> warnings)
    {
        if (EncodingDetector.Utf16WithoutBom(bytes) is { } utf16)
        {
            warnings.Add(new ParseWarning(WarningKind.Encoding, $"no byte order mark or charset; the bytes are {utf16.WebName}"));
            return utf16;
        }

        if (IsValidUtf8(bytes))
        {
            return Encoding.UTF8;
        }

        if (IsMostlyUtf8(bytes))
        {
            warnings.Add(new ParseWarning(WarningKind.Encoding, "no charset declared; the bytes are utf-8 but for a few invalid ones, read as U+FFFD"));
            return Encoding.UTF8;
        }

        var detected = EncodingDetector.Detect(bytes);
        warnings.Add(new ParseWarning(WarningKind.Encoding, warnings.Count == 0
            ? $"no charset declared and the bytes are not UTF-8; detected {detected.WebName}"
            : $"no declaration fits the bytes; detected {detected.WebName}"));
        return detected;
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

    /// <summary>How far a meta charset is looked for when the first 1,024 bytes hold none: a head of scripts and styles runs longer.</summary>
    private const int MaxLateDeclarationBytes = 64 * 1024;

    /// <summary>
    /// The charset a page declares: the first "charset=" in its first 1,024 bytes (HTML's prescan), else the first in a
    /// <c>&lt;meta&gt;</c> tag before <c>&lt;body&gt;</c> in its first <see cref="MaxLateDeclarationBytes"/> bytes (a
    /// declaration after a long head of scripts, which browsers honour by decoding again); null when there is none.
    /// </summary>
    private static string? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        var at = IndexOfIgnoreCase(head, "charset="u8);
        if (at < 0 && bytes.Length > 1024)
        {
            head = bytes[..Math.Min(bytes.Length, MaxLateDeclarationBytes)];
            at = LateMetaCharset(head);
        }

        if (at < 0)
        {
            return null;
        }

        var value = head[(at + 8)..];
        var start = 0;
        while (start < value.Length && value[start] is (byte)'"' or (byte)'\'' or (byte)' ')
        {
            start++;
        }

        var end = start;
        while (end < value.Length && end - start < MaxLabelLength && (char.IsAsciiLetterOrDigit((char)value[end]) || value[end] is (byte)'-' or (byte)'_' or (byte)':' or (byte)'.'))
        {
            end++;
        }

        return end > start ? Encoding.ASCII.GetString(value[start..end]) : null;
    }

    /// <summary>The longest charset label read.</summary>
    private const int MaxLabelLength = 64;

    /// <summary>Where the first "charset=" inside a <c>&lt;meta&gt;</c> tag before <c>&lt;body</c> starts in the bytes; -1 when none.</summary>
    private static int LateMetaCharset(ReadOnlySpan<byte> head)
    {
        var end = IndexOfIgnoreCase(head, "<body"u8);
        var scope = end < 0 ? head : head[..end];
        for (var offset = 0; offset < scope.Length;)
        {
            var meta = IndexOfIgnoreCase(scope[offset..], "<meta"u8);
            if (meta < 0)
            {
                return -1;
            }

            meta += offset;
            var close = scope[meta..].IndexOf((byte)'>');
            var tag = close < 0 ? scope[meta..] : scope[meta..(meta + close)];
            if (IndexOfIgnoreCase(tag, "charset="u8) is var at and >= 0)
            {
                return meta + at;
            }

            offset = meta + 5;
        }

        return -1;
    }

    /// <summary>Where <paramref name="word"/> (lower-case ASCII) first occurs in the bytes, ASCII case ignored; -1 when it does not.</summary>
    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> word)
    {
        byte lower = word[0], upper = (byte)char.ToUpperInvariant((char)word[0]);
        for (var i = 0; i + word.Length <= bytes.Length;)
        {
            var next = bytes[i..].IndexOfAny(lower, upper);
            if (next < 0 || i + next + word.Length > bytes.Length)
            {
                return -1;
            }

            i += next;
            if (Ascii.EqualsIgnoreCase(bytes.Slice(i, word.Length), word))
            {
                return i;
            }

            i++;
        }

        return -1;
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    /// <summary>
    /// Whether the bytes are UTF-8 but for a few stray bytes (a page saved with one broken character, or cut inside
    /// one): its valid multi-byte sequences outnumber the invalid bytes <see cref="Utf8Majority"/> to one. A legacy
    /// page read as UTF-8 has almost no valid multi-byte sequence, so it stays with the detector.
    /// </summary>
    private static bool IsMostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        var rest = bytes;
        while (true)
        {
            var at = rest.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (at < 0)
            {
                break;
            }

            rest = rest[at..];
            var status = Rune.DecodeFromUtf8(rest, out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                valid++;
            }
            else
            {
                invalid++;
            }

            rest = rest[Math.Max(consumed, 1)..];
        }

        return valid > 0 && valid >= Utf8Majority * invalid;
    }

    /// <summary>How many valid multi-byte UTF-8 sequences per invalid byte make bytes UTF-8 with a few errors.</summary>
    private const int Utf8Majority = 10;
}
