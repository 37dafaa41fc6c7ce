using System.Globalization;
using System.Text;

namespace NewsKit.Evaluation;

/// <summary>
/// The article-extraction benchmark's metric, as ../shared/datasets/README.md states it: <c>\w+</c> tokens
/// (Python's Unicode word characters), multisets of 4-token shingles, per-page precision and recall, their
/// means over the pages that predicted anything / whose truth has anything, F1 of the two means, and exact
/// token-list accuracy.
/// </summary>
public static class AebMetric
{
    /// <summary>The shingle length.</summary>
    public const int ShingleSize = 4;

    /// <summary>
    /// Splits <paramref name="text"/> into the runs of word characters that Python's <c>re.findall(r"\w+", text)</c>
    /// returns for a str: letters (Lu, Ll, Lt, Lm, Lo), numbers (Nd, Nl, No) and the underscore, by code point.
    /// (.NET's own <c>\w</c> differs: it takes combining marks and connector punctuation and leaves Nl/No out.)
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The tokens in order.</returns>
    public static List<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var start = -1;
        var i = 0;
        while (i < text.Length)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            var word = status == System.Buffers.OperationStatus.Done && IsWordRune(rune);
            if (word && start < 0)
            {
                start = i;
            }
            else if (!word && start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }

            i += Math.Max(consumed, 1);
        }

        if (start >= 0)
        {
            tokens.Add(text[start..]);
        }

        return tokens;
    }

    /// <summary>Whether Python's <c>\w</c> matches <paramref name="rune"/>.</summary>
    /// <param name="rune">The code point.</param>
    /// <returns>True for letters, numbers and the underscore.</returns>
    public static bool IsWordRune(Rune rune) =>
        rune.Value == '_' || Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };

    /// <summary>The multiset of shingles: every run of 4 consecutive tokens; 1 to 3 tokens give one shingle of all of them; none give none.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <returns>Each shingle (tokens joined by a separator no token contains) with its count.</returns>
    public static Dictionary<string, int> Shingles(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return shingles;
        }

        var size = Math.Min(ShingleSize, tokens.Count);
        for (var i = 0; i + size <= tokens.Count; i++)
        {
            var key = string.Join('\u0001', tokens.Skip(i).Take(size));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    /// <summary>Scores one page.</summary>
    /// <param name="truth">The ground-truth text.</param>
    /// <param name="prediction">The extracted text.</param>
    /// <returns>The page's normalized counts, precision, recall and exact-match flag.</returns>
    public static PageScore ScorePage(string truth, string prediction)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(prediction);
        var truthTokens = Tokenize(truth);
        var predictedTokens = Tokenize(prediction);
        var truthShingles = Shingles(truthTokens);
        var predictedShingles = Shingles(predictedTokens);

        long tp = 0;
        long fp = 0;
        foreach (var (key, count) in predictedShingles)
        {
            var shared = Math.Min(count, truthShingles.GetValueOrDefault(key));
            tp += shared;
            fp += count - shared;
        }

        long fn = truthShingles.Values.Sum(c => (long)c) - tp;
        var total = tp + fp + fn;
        double ntp = total == 0 ? 0 : (double)tp / total;
        double nfp = total == 0 ? 0 : (double)fp / total;
        double nfn = total == 0 ? 0 : (double)fn / total;
        double precision;
        double recall;
        if (fp == 0 && fn == 0)
        {
            precision = 1;
            recall = 1;
        }
        else
        {
            precision = ntp + nfp > 0 ? ntp / (ntp + nfp) : 0;
            recall = ntp + nfn > 0 ? ntp / (ntp + nfn) : 0;
        }

        var exact = truthTokens.SequenceEqual(predictedTokens, StringComparer.Ordinal);
        return new PageScore(ntp, nfp, nfn, precision, recall, exact);
    }

    /// <summary>Combines page scores into the benchmark's figures.</summary>
    /// <param name="pages">The page scores.</param>
    /// <returns>Precision (mean over pages with tp+fp &gt; 0), recall (mean over pages with tp+fn &gt; 0), their F1, and accuracy.</returns>
    public static AebResult Combine(IReadOnlyCollection<PageScore> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var predicted = pages.Where(p => p.TruePositives + p.FalsePositives > 0).ToList();
        var labelled = pages.Where(p => p.TruePositives + p.FalseNegatives > 0).ToList();
        var precision = predicted.Count == 0 ? 0 : predicted.Average(p => p.Precision);
        var recall = labelled.Count == 0 ? 0 : labelled.Average(p => p.Recall);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var accuracy = pages.Count == 0 ? 0 : (double)pages.Count(p => p.Exact) / pages.Count;
        return new AebResult(f1, precision, recall, accuracy, pages.Count);
    }
}

/// <summary>One page's score: tp, fp and fn divided by tp+fp+fn, precision, recall, and whether the token lists are equal.</summary>
/// <param name="TruePositives">Shared shingles, normalized.</param>
/// <param name="FalsePositives">Predicted-only shingles, normalized.</param>
/// <param name="FalseNegatives">Truth-only shingles, normalized.</param>
/// <param name="Precision">tp/(tp+fp); 1 when fp = fn = 0.</param>
/// <param name="Recall">tp/(tp+fn); 1 when fp = fn = 0.</param>
/// <param name="Exact">Whether the predicted token list equals the truth's.</param>
public sealed record PageScore(double TruePositives, double FalsePositives, double FalseNegatives, double Precision, double Recall, bool Exact)
{
    /// <summary>The page's F1.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The benchmark's figures over a set of pages.</summary>
/// <param name="F1">2PR/(P+R) of the mean precision and mean recall.</param>
/// <param name="Precision">Mean page precision over the pages that predicted anything.</param>
/// <param name="Recall">Mean page recall over the pages whose truth has anything.</param>
/// <param name="Accuracy">Share of pages whose token list equals the truth's exactly.</param>
/// <param name="Pages">How many pages were scored.</param>
public sealed record AebResult(double F1, double Precision, double Recall, double Accuracy, int Pages);
