using System.Text;

namespace NewsKit.Input;

/// <summary>
/// Guesses the legacy encoding of bytes that are not UTF-8 and declare nothing, by scoring how plausible the
/// text is under each candidate; the best score wins, Windows-1252 on a tie or when nothing is plausible.
/// <list type="bullet">
/// <item>Single-byte code pages (Windows-1252, -1250, -1251, ISO-8859-2, -5, -7): each non-ASCII character
/// scores +1 when it is a letter in a plausible place, and loses points for what real text rarely has:
/// control characters, symbols inside words, a lower-case letter followed by an upper-case one, accented Latin
/// letters in runs (Cyrillic read as Windows-1252 gives whole words of them), a non-Latin letter glued to an
/// ASCII one, Cyrillic letters outside the Russian alphabet; an accented Latin letter standing alone counts for nothing.</item>
/// <item>Shift_JIS and GB18030 are scored on the bytes: a valid double-byte pair scores +2 (one per byte, as a
/// single-byte letter does), +1 when its second byte is ASCII (a letter a single-byte reading keeps too), -1 when that
/// pair sits inside a word of ASCII letters; an invalid sequence -5. GB18030 pairs score only inside the GB2312 block
/// (both bytes 0xA1-0xFE), where all common Chinese characters are; Shift_JIS's half-width katakana,
/// rare in real text but what Chinese bytes turn into, score -2.</item>
/// </list>
/// Only the first 256 KiB are scored.
/// </summary>
internal static class EncodingDetector
{
    private const int SampleBytes = 256 * 1024;

    private static readonly string[] SingleByte = ["windows-1252", "windows-1251", "windows-1250", "iso-8859-2", "iso-8859-5", "iso-8859-7"];

    /// <summary>The most plausible encoding for <paramref name="bytes"/>; Windows-1252 when nothing fits better.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        var best = Windows1252();
        var bestScore = Score(sample, best);
        foreach (var name in SingleByte.Skip(1))
        {
            if (PageDecoder.FromName(name) is { } candidate)
            {
                Consider(candidate, Score(sample, candidate));
            }
        }

        if (PageDecoder.FromName("shift_jis") is { } shiftJis)
        {
            Consider(shiftJis, ScoreShiftJis(sample));
        }

        if (PageDecoder.FromName("gb18030") is { } gb18030)
        {
            Consider(gb18030, ScoreGb18030(sample));
        }

        return best;

        void Consider(Encoding candidate, int score)
        {
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }
    }

    /// <summary>UTF-16 without a byte order mark: most of the first bytes' odd (LE) or even (BE) positions are zero.</summary>
    public static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 8)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 <= pairs)
        {
            return Encoding.Unicode;
        }

        return evenZeros * 10 >= pairs * 7 && oddZeros * 10 <= pairs ? Encoding.BigEndianUnicode : null;
    }

    private static Encoding Windows1252() => PageDecoder.FromName("windows-1252") ?? Encoding.Latin1;

    private static int Score(ReadOnlySpan<byte> sample, Encoding encoding)
    {
        var text = encoding.GetString(sample);
        var score = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                continue;
            }

            var previous = i > 0 ? text[i - 1] : ' ';
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            if (c == '\uFFFD' || char.IsControl(c))
            {
                score -= 5;
            }
            else if (char.IsLetter(c))
            {
                // An accented Latin letter standing alone is rarely a word ("Ť" for "«" read as ISO-8859-2): it counts for
                // nothing, as the punctuation it may be does (a Cyrillic one-letter word, "в", "и", is common).
                score += ScriptOf(c) == Script.Latin && !char.IsLetter(previous) && !char.IsLetter(next) ? 0 : LetterScore(c, previous);
            }
            else if (char.IsLetter(previous) && char.IsLetter(next))
            {
                score -= 2;
            }
        }

        return score;
    }

    private static int LetterScore(char c, char previous)
    {
        var script = ScriptOf(c);
        var score = 1;
        if (char.IsLetter(previous))
        {
            var previousScript = ScriptOf(previous);
            if (script == Script.Latin && previousScript == Script.Latin)
            {
                score = -1;
            }
            else if (script is Script.Cyrillic or Script.Greek && previousScript == Script.Ascii)
            {
                score = -1;
            }

            if (char.IsLower(previous) && char.IsUpper(c))
            {
                score -= 1;
            }
        }

        if (script == Script.Cyrillic && c is not (>= '\u0410' and <= '\u044F') and not '\u0401' and not '\u0451')
        {
            score = Math.Min(score, 0);
        }

        return script == Script.Other ? Math.Min(score, 0) : score;
    }

    private enum Script
    {
        Ascii,
        Latin,
        Greek,
        Cyrillic,
        Other,
    }

    private static Script ScriptOf(char c) => c switch
    {
        < '\u0080' => Script.Ascii,
        >= '\u00C0' and <= '\u024F' => Script.Latin,
        >= '\u0370' and <= '\u03FF' => Script.Greek,
        >= '\u0400' and <= '\u04FF' => Script.Cyrillic,
        _ => Script.Other,
    };

    private static int ScoreShiftJis(ReadOnlySpan<byte> bytes)
    {
        var score = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
            }
            else if (b is >= 0xA1 and <= 0xDF)
            {
                score -= 2;
                i++;
            }
            else if (b is (>= 0x81 and <= 0x9F) or (>= 0xE0 and <= 0xFC) && i + 1 < bytes.Length && bytes[i + 1] is (>= 0x40 and <= 0x7E) or (>= 0x80 and <= 0xFC))
            {
                // A trail byte in the ASCII range is a letter a single-byte reading keeps too ("äu" as E4 75): the pair
                // counts once, and against Shift_JIS when it sits inside a word of ASCII letters ("Süd" as 53 FC 64).
                var trail = bytes[i + 1];
                var asciiTrail = trail < 0x80;
                score += !asciiTrail ? 2 : i > 0 && IsAsciiLetter(bytes[i - 1]) && IsAsciiLetter(trail) ? -1 : 1;
                i += 2;
            }
            else
            {
                score -= 5;
                i++;
            }
        }

        return score;
    }

    private static bool IsAsciiLetter(byte b) => b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z');

    private static int ScoreGb18030(ReadOnlySpan<byte> bytes)
    {
        var score = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
            }
            else if (b is >= 0x81 and <= 0xFE && i + 3 < bytes.Length && bytes[i + 1] is >= 0x30 and <= 0x39
                && bytes[i + 2] is >= 0x81 and <= 0xFE && bytes[i + 3] is >= 0x30 and <= 0x39)
            {
                i += 4;
            }
            else if (b is >= 0x81 and <= 0xFE && i + 1 < bytes.Length && bytes[i + 1] is >= 0x40 and <= 0xFE and not 0x7F)
            {
                score += b >= 0xA1 && bytes[i + 1] >= 0xA1 ? 2 : 0;
                i += 2;
            }
            else
            {
                score -= 5;
                i++;
            }
        }

        return score;
    }
}
