using NewsKit.Evaluation;

namespace NewsKit.Tests.Evaluation;

/// <summary>The benchmark metric on cases small enough to count by hand.</summary>
public sealed class AebMetricTests
{
    [Theory]
    [InlineData("Hello, world!", new[] { "Hello", "world" })]
    [InlineData("snake_case and 42nd", new[] { "snake_case", "and", "42nd" })]
    [InlineData("naïve café—déjà vu", new[] { "naïve", "café", "déjà", "vu" })]
    [InlineData("東京は晴れ。明日も", new[] { "東京は晴れ", "明日も" })]
    [InlineData("x² ½ Ⅻ", new[] { "x²", "½", "Ⅻ" })]
    [InlineData("a\u00A0b\u200Bc", new[] { "a", "b", "c" })]
    [InlineData("", new string[0])]
    public void Tokens_are_pythons_unicode_word_runs(string text, string[] expected)
    {
        Assert.Equal(expected, AebMetric.Tokenize(text));
    }

    [Fact]
    public void Combining_marks_split_tokens_as_in_python()
    {
        // U+0301 COMBINING ACUTE ACCENT is Mn: Python's \w does not match it (unlike .NET's \w).
        Assert.Equal(["e", "x"], AebMetric.Tokenize("e\u0301x"));
    }

    [Fact]
    public void Shingles_are_runs_of_four_with_counts()
    {
        var shingles = AebMetric.Shingles(["a", "b", "c", "d", "a", "b", "c", "d"]);
        Assert.Equal(4, shingles.Count);
        Assert.Equal(5, shingles.Values.Sum());
        Assert.Equal(2, shingles[string.Join('\u0001', "a", "b", "c", "d")]);
    }

    [Fact]
    public void Short_texts_are_one_shingle_and_empty_texts_none()
    {
        Assert.Single(AebMetric.Shingles(["a", "b"]));
        Assert.Empty(AebMetric.Shingles([]));
    }

    [Fact]
    public void Identical_token_lists_score_one_and_are_exact()
    {
        var score = AebMetric.ScorePage("One, two three four five.", "One two\n\nthree four five");
        Assert.Equal(1, score.Precision);
        Assert.Equal(1, score.Recall);
        Assert.True(score.Exact);
    }

    [Fact]
    public void Tokens_are_case_sensitive()
    {
        // "One two three four", "two three four five" against "one two three four", "two three four five": tp 1, fp 1, fn 1.
        var score = AebMetric.ScorePage("One two three four five", "one two three four five");
        Assert.Equal(0.5, score.Precision, 12);
        Assert.Equal(0.5, score.Recall, 12);
        Assert.False(score.Exact);
    }

    [Fact]
    public void Partial_overlap_counts_shared_shingles()
    {
        // truth: a b c d e f -> abcd bcde cdef (3); prediction: a b c d e x -> abcd bcde cdex (3).
        // tp = 2, fp = 1, fn = 1: normalized 0.5/0.25/0.25, precision = recall = 2/3.
        var score = AebMetric.ScorePage("a b c d e f", "a b c d e x");
        Assert.Equal(0.5, score.TruePositives, 12);
        Assert.Equal(0.25, score.FalsePositives, 12);
        Assert.Equal(0.25, score.FalseNegatives, 12);
        Assert.Equal(2.0 / 3, score.Precision, 12);
        Assert.Equal(2.0 / 3, score.Recall, 12);
    }

    [Fact]
    public void Repeated_shingles_are_a_multiset()
    {
        // truth: a b c d (1 shingle); prediction: a b c d a b c d -> abcd x2, bcda, cdab, dabc: tp 1, fp 4, fn 0.
        var score = AebMetric.ScorePage("a b c d", "a b c d a b c d");
        Assert.Equal(0.2, score.Precision, 12);
        Assert.Equal(1, score.Recall, 12);
    }

    [Fact]
    public void Means_skip_pages_that_predicted_nothing_or_have_no_truth()
    {
        var pages = new List<PageScore>
        {
            AebMetric.ScorePage("a b c d e f", "a b c d e x"), // P = R = 2/3
            AebMetric.ScorePage("a b c d", string.Empty),       // nothing predicted: recall 0, not in the precision mean
            AebMetric.ScorePage(string.Empty, "a b c d"),       // no truth: precision 0, not in the recall mean
        };
        var result = AebMetric.Combine(pages);
        var precision = (2.0 / 3 + 0) / 2;
        var recall = (2.0 / 3 + 0) / 2;
        Assert.Equal(precision, result.Precision, 12);
        Assert.Equal(recall, result.Recall, 12);
        Assert.Equal(2 * precision * recall / (precision + recall), result.F1, 12);
        Assert.Equal(0, result.Accuracy);
    }

    [Fact]
    public void Accuracy_is_the_share_of_exact_token_lists()
    {
        var pages = new List<PageScore>
        {
            AebMetric.ScorePage("Same words here", "same words here"),
            AebMetric.ScorePage("Same words here", "Same words here!"),
        };
        Assert.Equal(0.5, AebMetric.Combine(pages).Accuracy);
    }
}
