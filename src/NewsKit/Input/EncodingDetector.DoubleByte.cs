namespace NewsKit.Input;

/// <summary>The double-byte encodings scored beside Shift_JIS and GB18030: Big5, EUC-JP and EUC-KR.</summary>
internal static partial class EncodingDetector
{
    /// <summary>
    /// Big5, EUC-JP and EUC-KR, each scored on the bytes. All three share their byte ranges with GB18030, whose scoring a
    /// tie leaves first, so each scores above it only on what sets its text apart:
    /// <list type="bullet">
    /// <item>Big5: a pair whose second byte is in 0x40-0x7E (about a third of Chinese characters in Big5, none in GB2312's
    /// block) scores +2 where GB18030 scores 0; a lead byte outside 0xA1-0xF9 is invalid (-5).</item>
    /// <item>EUC-JP: Japanese writes kana between its kanji (rows 0xA4 and 0xA5, the same rows in GB2312): when at least a
    /// fifth of the pairs are kana, each kana pair scores one more; else the reading scores nothing.</item>
    /// <item>EUC-KR: Korean sets its words apart with spaces, Chinese and Japanese do not: when at least a fifth of the pairs
    /// stand beside a space, each pair of the Hangul block (lead bytes 0xB0-0xC8) scores one more; else nothing.</item>
    /// </list>
    /// </summary>
    internal static class DoubleByte
    {
        public static IEnumerable<(string Name, int Score)> Scores(ReadOnlySpan<byte> sample) =>
            [("big5", ScoreBig5(sample)), ("euc-jp", ScoreEucJp(sample)), ("euc-kr", ScoreEucKr(sample))];

        private static int ScoreBig5(ReadOnlySpan<byte> bytes)
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
                else if (b is >= 0xA1 and <= 0xF9 && i + 1 < bytes.Length && bytes[i + 1] is (>= 0x40 and <= 0x7E) or (>= 0xA1 and <= 0xFE))
                {
                    var trail = bytes[i + 1];
                    score += trail >= 0xA1 ? 2 : i > 0 && IsAsciiLetter(bytes[i - 1]) && IsAsciiLetter(trail) ? -1 : 2;
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

        private static int ScoreEucJp(ReadOnlySpan<byte> bytes)
        {
            var (score, pairs, kana) = EucPairs(bytes, kana: true);
            return kana * 5 >= pairs && pairs > 0 ? score + kana : Math.Min(score, 0);
        }

        private static int ScoreEucKr(ReadOnlySpan<byte> bytes)
        {
            var (score, pairs, spaced) = EucPairs(bytes, kana: false);
            var hangul = 0;
            for (var i = 0; i + 1 < bytes.Length; i++)
            {
                if (bytes[i] >= 0x80)
                {
                    hangul += bytes[i] is >= 0xB0 and <= 0xC8 && bytes[i + 1] >= 0xA1 ? 1 : 0;
                    i++;
                }
            }

            return spaced * 5 >= pairs && pairs > 0 ? score + hangul : Math.Min(score, 0);
        }

        /// <summary>
        /// EUC's pairs (both bytes 0xA1-0xFE) score +2, an invalid byte -5; with the number of pairs and of the marked pairs:
        /// kana (lead byte 0xA4 or 0xA5) when <paramref name="kana"/>, else pairs beside a space.
        /// </summary>
        private static (int Score, int Pairs, int Marked) EucPairs(ReadOnlySpan<byte> bytes, bool kana)
        {
            var (score, pairs, count) = (0, 0, 0);
            var i = 0;
            while (i < bytes.Length)
            {
                var b = bytes[i];
                if (b < 0x80)
                {
                    i++;
                }
                else if (b is >= 0xA1 and <= 0xFE && i + 1 < bytes.Length && bytes[i + 1] is >= 0xA1 and <= 0xFE)
                {
                    score += 2;
                    pairs++;
                    var isMarked = kana ? b is 0xA4 or 0xA5 : (i > 0 && bytes[i - 1] == ' ') || (i + 2 < bytes.Length && bytes[i + 2] == ' ');
                    count += isMarked ? 1 : 0;
                    i += 2;
                }
                else
                {
                    score -= 5;
                    i++;
                }
            }

            return (score, pairs, count);
        }
    }
}
