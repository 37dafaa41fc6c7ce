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
        public static IEnumerable<(string Name, int Score)> Scores(ReadOnlySpan<byte> sample)
        {
            var euc = EucPairs(sample);
            var eucJp = euc.Kana * 5 >= euc.Pairs && euc.Pairs > 0 ? euc.Score + euc.Kana : Math.Min(euc.Score, 0);
            var eucKr = euc.Spaced * 5 >= euc.Pairs && euc.Pairs > 0 ? euc.Score + euc.Hangul : Math.Min(euc.Score, 0);
            return [("big5", ScoreBig5(sample)), ("euc-jp", eucJp), ("euc-kr", eucKr)];
        }

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

        /// <summary>
        /// EUC's pairs (both bytes 0xA1-0xFE) score +2, an invalid byte -5; with the number of pairs, of kana pairs (lead byte
        /// 0xA4 or 0xA5), of pairs beside a space and of Hangul pairs (lead byte 0xB0-0xC8).
        /// </summary>
        private static (int Score, int Pairs, int Kana, int Spaced, int Hangul) EucPairs(ReadOnlySpan<byte> bytes)
        {
            var (score, pairs, kana, spaced, hangul) = (0, 0, 0, 0, 0);
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
                    kana += b is 0xA4 or 0xA5 ? 1 : 0;
                    spaced += (i > 0 && bytes[i - 1] == ' ') || (i + 2 < bytes.Length && bytes[i + 2] == ' ') ? 1 : 0;
                    hangul += b is >= 0xB0 and <= 0xC8 ? 1 : 0;
                    i += 2;
                }
                else
                {
                    score -= 5;
                    i++;
                }
            }

            return (score, pairs, kana, spaced, hangul);
        }
    }
}
