namespace NewsKit.Body;

/// <summary>
/// How much of a reference text another text holds, by word triples: the share of the reference's distinct runs of three
/// words (letters and digits, case folded) that also occur in the other text. Order, spacing, punctuation and block
/// boundaries do not matter, so a declared body written as one string compares with the page's paragraphs.
/// </summary>
internal static class TextCoverage
{
    /// <summary>The share (0 to 1) of <paramref name="reference"/>'s word triples found in <paramref name="candidate"/>; 1 when the reference has none.</summary>
    public static double Of(string reference, string candidate)
    {
        var wanted = Triples(reference);
        if (wanted.Count == 0)
        {
            return 1;
        }

        var found = Triples(candidate);
        var shared = 0;
        foreach (var triple in wanted)
        {
            if (found.Contains(triple))
            {
                shared++;
            }
        }

        return (double)shared / wanted.Count;
    }

    private static HashSet<long> Triples(string text)
    {
        var triples = new HashSet<long>();
        long w1 = 0, w2 = 0;
        var words = 0;
        var hash = 0L;
        var inWord = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash * 31) + char.ToLowerInvariant(c);
                inWord = true;
                continue;
            }

            if (!inWord)
            {
                continue;
            }

            words++;
            if (words >= 3)
            {
                triples.Add((w1 * 1_000_003L) ^ (w2 * 7919L) ^ hash);
            }

            (w1, w2, hash, inWord) = (w2, hash, 0, false);
        }

        return triples;
    }
}
