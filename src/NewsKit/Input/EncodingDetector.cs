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
internal static partial class EncodingDetector
{
    private const int SampleBytes = 256 * 1024;

    // Hebrew and Arabic before Cyrillic: Hebrew read as Windows-1251 is all small Cyrillic letters and ties with it.
    private static readonly string[] SingleByte = ["windows-1252", "windows-1255", "windows-1256", "windows-1251", "windows-1250", "iso-8859-2", "iso-8859-5", "iso-8859-7", "koi8-r"];

    /// <summary>How many points a declared single-byte charset's reading must trail the best reading by to be overruled.</summary>
    private const int MisdeclaredMargin = 40;

    /// <summary>The most plausible encoding for <paramref name="bytes"/>; Windows-1252 when nothing fits better.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> bytes) => Best(bytes[..Math.Min(bytes.Length, SampleBytes)]).Encoding;

    /// <summary>
    /// A better reading than the declared single-byte <paramref name="declared"/>: one that scores well where the declared
    /// one scores below zero and at least <see cref="MisdeclaredMargin"/> points under it ("iso-8859-1" over Cyrillic
    /// bytes); null when the declared charset is multi-byte or reads plausibly.
    /// </summary>
    public static Encoding? BetterThan(ReadOnlySpan<byte> bytes, Encoding declared)
    {
        if (!declared.IsSingleByte)
        {
            return null;
        }

        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        var declaredScore = Score(sample, declared);
        if (declaredScore >= 0)
        {
            return null;
        }

        var (best, bestScore) = Best(sample);
        return best.CodePage != declared.CodePage && bestScore > 0 && bestScore - declaredScore >= MisdeclaredMargin ? best : null;
    }

    private static (Encoding Encoding, int Score) Best(ReadOnlySpan<byte> sample)
    {
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

        foreach (var (name, score) in DoubleByte.Scores(sample))
        {
            if (PageDecoder.FromName(name) is { } candidate)
            {
                Consider(candidate, score);
            }
        }

        // Turkish read as Windows-1252 keeps its letters but for three ("kıyı" as "kýyý"): those three, inside words, make it Windows-1254.
        if (best.CodePage == 1252 && IsTurkish(sample) && PageDecoder.FromName("windows-1254") is { } turkish)
        {
            best = turkish;
        }

        return (best, bestScore);

        void Consider(Encoding candidate, int score)
        {
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }
    }

    /// <summary>
    /// Whether the bytes have the letters of Windows-1254 that Windows-1252 reads as the rare "ý", "þ", "ð" (ı, ş, ğ and
    /// their capitals) after a letter at least <see cref="MinTurkishLetters"/> times and for at least a tenth of the non-ASCII bytes.
    /// </summary>
    private static bool IsTurkish(ReadOnlySpan<byte> sample)
    {
        int turkish = 0, high = 0;
        for (var i = 1; i < sample.Length; i++)
        {
            if (sample[i] < 0x80)
            {
                continue;
            }

            high++;
            if (sample[i] is 0xFD or 0xFE or 0xF0 or 0xDD or 0xDE or 0xD0 && (IsAsciiLetter(sample[i - 1]) || sample[i - 1] >= 0xC0))
            {
                turkish++;
            }
        }

        return turkish >= MinTurkishLetters && turkish * 10 >= high;
    }

    /// <summary>The fewest Turkish letters that make bytes Windows-1254.</summary>
    private const int MinTurkishLetters = 3;

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
        var (letters, capitals, cased, casedCapitals) = (0, 0, 0, 0);
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
                // "Ť" opening a word is ISO-8859-2's reading of "«" glued to it ("«Nos" as "ŤNos"), a small letter before a
                // capital one Windows-1250's reading of "¿" ("¿Qué" as "żQué"): no word opens so.
                var script = ScriptOf(c);
                var capital = char.IsUpper(c) ? 1 : 0;
                score += script == Script.Latin && !char.IsLetter(previous) && !char.IsLetter(next) ? 0
                    : !char.IsLetter(previous) && (c is 'Ť' or 'ť' || (char.IsLower(c) && char.IsUpper(next))) ? -1
                    : LetterScore(c, previous);
                letters++;
                capitals += capital;
                if (script is Script.Cyrillic or Script.Greek)
                {
                    cased++;
                    casedCapitals += capital;
                }
            }
            else if (char.IsLetter(previous) && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                // A vowel or tone mark on the letter before it (Thai "ั", "่"; Hebrew and Arabic points): part of the word.
                score++;
            }
            else if (char.IsLetter(previous) && char.IsLetter(next))
            {
                score -= 2;
            }
        }

        // Text is mostly small letters: a reading in capitals (KOI8-R read as Windows-1251, or the reverse) swaps the cases.
        if (letters >= MinLettersForCase && capitals * 2 > letters)
        {
            return score - letters;
        }

        // Cyrillic or Greek text without a capital (no sentence starts, no names) is another script read so: Hebrew
        // read as Windows-1251 is all small Cyrillic letters.
        return cased >= MinLettersForSentences && casedCapitals * 200 < cased ? score - (cased / 2) : score;
    }

    /// <summary>The fewest Cyrillic or Greek letters that must hold a capital.</summary>
    private const int MinLettersForSentences = 200;

    /// <summary>The fewest non-ASCII letters whose cases say something about a reading.</summary>
    private const int MinLettersForCase = 20;

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
            else if (script is Script.Cyrillic or Script.Greek or Script.Hebrew or Script.Arabic && previousScript == Script.Ascii)
            {
                score = -1;
            }
            else if (script != previousScript && script != Script.Ascii && previousScript != Script.Ascii)
            {
                // Letters of two scripts in one word ("ل" after "à": Hebrew read as Windows-1256).
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
        Hebrew,
        Arabic,
        Other,
    }

    private static Script ScriptOf(char c) => c switch
    {
        < '\u0080' => Script.Ascii,
        >= '\u00C0' and <= '\u024F' => Script.Latin,
        >= '\u0370' and <= '\u03FF' => Script.Greek,
        >= '\u0400' and <= '\u04FF' => Script.Cyrillic,
        >= '\u05D0' and <= '\u05EA' => Script.Hebrew,
        >= '\u0620' and <= '\u064A' => Script.Arabic,
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
