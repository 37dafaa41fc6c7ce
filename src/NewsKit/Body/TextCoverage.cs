using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>
/// A text as the set of its runs of three words (letters and digits, case folded): a measure of how much distinct prose
/// it holds (repeated filler has few triples) and of how much of another text it shares. Order, spacing, punctuation
/// and block boundaries do not matter, so a declared body written as one string compares with the page's paragraphs.
/// </summary>
internal sealed class TextCoverage
{
    private readonly HashSet<long> triples;

    private TextCoverage(HashSet<long> triples) => this.triples = triples;

    /// <summary>How many distinct word triples the text has.</summary>
    public int Count => triples.Count;

    /// <summary>The text's word triples.</summary>
    public static TextCoverage Of(string text) => new(Triples(text));

    /// <summary>The share (0 to 1) of this text's word triples that <paramref name="candidate"/> also has; 1 when this text has none.</summary>
    public double FoundIn(TextCoverage candidate)
    {
        if (triples.Count == 0)
        {
            return 1;
        }

        var shared = 0;
        foreach (var triple in triples)
        {
            if (candidate.triples.Contains(triple))
            {
                shared++;
            }
        }

        return (double)shared / triples.Count;
    }

    private static HashSet<long> Triples(string text)
    {
        var set = new HashSet<long>();
        long w1 = 0, w2 = 0;
        var words = 0;
        var hash = 0L;
        var inWord = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash * 31) + TextCase.Lower(c);
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
                set.Add((w1 * 1_000_003L) ^ (w2 * 7919L) ^ hash);
            }

            (w1, w2, hash, inWord) = (w2, hash, 0, false);
        }

        return set;
    }
}
