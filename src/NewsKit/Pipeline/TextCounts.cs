using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsKit.Pipeline;

/// <summary>
/// Counts the characters of a text that are not white space (<see cref="char.IsWhiteSpace(char)"/>), and the commas
/// among them (<see cref="IsComma"/>), eight characters at a time: in ASCII the only white space is the space and
/// tab to carriage return (U+0009 to U+000D), and the only comma is ','; a block of eight with a character outside
/// ASCII is counted one character at a time. The counts are exactly those of the plain loop over the characters. A
/// Chinese, Japanese or Korean character counts <see cref="CjkWeight"/> times.
/// </summary>
internal static class TextCounts
{
    /// <summary>The characters of <paramref name="text"/> that are not white space.</summary>
    public static int NonBlank(ReadOnlySpan<char> text) => Count(text, out _);

    /// <summary>The characters of <paramref name="text"/> that are not white space; <paramref name="commas"/> gets the commas among them (any script: <see cref="IsComma"/>).</summary>
    public static int NonBlank(ReadOnlySpan<char> text, out int commas) => Count(text, out commas);

    /// <summary>A comma of any script: ',', the full-width and ideographic ones, the Arabic one and the small forms.</summary>
    public static bool IsComma(char c) => c is ',' or '，' or '、' or '،' or '﹐' or '﹑';

    private static int Count(ReadOnlySpan<char> text, out int commas)
    {
        var nonBlank = 0;
        commas = 0;
        var i = 0;
        if (Vector128.IsHardwareAccelerated && text.Length >= Vector128<ushort>.Count)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var nonAscii = Vector128.Create((ushort)0xFF80);
            var space = Vector128.Create((ushort)' ');
            var tab = Vector128.Create((ushort)'\t');
            var controlSpan = Vector128.Create((ushort)('\r' - '\t' + 1));
            var comma = Vector128.Create((ushort)',');
            for (; i <= text.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                var block = Vector128.LoadUnsafe(ref start, (nuint)i);
                if ((block & nonAscii) != Vector128<ushort>.Zero)
                {
                    nonBlank += CountOneByOne(text.Slice(i, Vector128<ushort>.Count), ref commas);
                    continue;
                }

                // Unsigned: c - '\t' < 5 holds for '\t' to '\r' only.
                var blank = Vector128.Equals(block, space) | Vector128.LessThan(block - tab, controlSpan);
                nonBlank += Vector128<ushort>.Count - BitOperations.PopCount(blank.ExtractMostSignificantBits());
                commas += BitOperations.PopCount(Vector128.Equals(block, comma).ExtractMostSignificantBits());
            }
        }

        return nonBlank + CountOneByOne(text[i..], ref commas);
    }

    /// <summary>What one CJK character counts for (see <see cref="IsCjk"/>).</summary>
    public const int CjkWeight = 2;

    /// <summary>Kana, CJK ideographs (and their compatibility forms) and Hangul syllables.</summary>
    public static bool IsCjk(char c) => c is (>= '\u3040' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF');

    private static int CountOneByOne(ReadOnlySpan<char> text, ref int commas)
    {
        var nonBlank = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                // A Chinese, Japanese or Korean character says as much as a word's few letters: it counts twice, so that
                // the length thresholds (a paragraph, a body) mean about as much text in every script.
                nonBlank += IsCjk(c) ? CjkWeight : 1;
                if (IsComma(c))
                {
                    commas++;
                }
            }
        }

        return nonBlank;
    }
}
