using System.Text;
using NewsKit.Input;

namespace NewsKit.Tests.Hostile;

/// <summary>
/// Inputs that the fuzzing project (tests/NewsKit.Fuzzing) or the hostile tests found breaking a promise, kept
/// as regression tests. Each is rebuilt by code from the pattern that mattered in the finding.
/// </summary>
public sealed class FuzzRegressionTests
{
    /// <summary>
    /// Mutation fuzzing (seed 2) produced a 517 KB page with 10,572 <c>&lt;base&gt;</c> tags among 29,000 elements that
    /// took 1.7 s of processor time to load: AngleSharp does work proportional to the document for every base
    /// element. The guard now keeps only the first base element with an href.
    /// </summary>
    [Fact]
    public void Repeated_base_elements_are_dropped_after_the_first_with_an_href()
    {
        var html = "<base target=_blank><base href=\"https://example.com/a/\">" + string.Concat(Enumerable.Repeat("<p>x<base href=\"http://127.0.0.1:9/\">", 5_000));
        var result = MarkupGuard.Apply(html.AsMemory(), 512, 500_000, CancellationToken.None);

        Assert.Equal(2, result.Html.Split("<base").Length - 1);
        using var document = DocumentLoader.Load(html.AsMemory(), ArticleParserOptions.Default, CancellationToken.None).Document;
        Assert.Equal(2, document.QuerySelectorAll("base").Length);
        Assert.Equal("https://example.com/a/", document.BaseUri);
    }

    /// <summary>Found by the encoding tests: a UTF-7 label (header or meta) threw NotSupportedException from .NET.</summary>
    [Fact]
    public void A_utf7_label_is_refused_without_an_exception()
    {
        var bytes = Encoding.ASCII.GetBytes("<meta charset=utf-7><p>+ADw-script+AD4-</p>");
        var decoded = PageDecoder.Decode(bytes, "text/html; charset=UTF-7");
        Assert.NotEqual(65000, decoded.Encoding.CodePage);
        Assert.Contains("+ADw-script+AD4-", decoded.Text, StringComparison.Ordinal);
    }

    /// <summary>Found by the encoding tests: a lone surrogate in text input made normalization throw in a later stage.</summary>
    [Fact]
    public void Lone_surrogates_are_replaced_before_parsing()
    {
        Assert.Equal("a\uFFFDb\uFFFD", DocumentLoader.ReplaceLoneSurrogates("a\uD800b\uDC00"));
        Assert.Equal("a\uD83D\uDE00b", DocumentLoader.ReplaceLoneSurrogates("a\uD83D\uDE00b"));
        var same = "no surrogates";
        Assert.Same(same, DocumentLoader.ReplaceLoneSurrogates(same));
        Assert.Equal("\uFFFD\uD83D\uDE00\uFFFD", DocumentLoader.ReplaceLoneSurrogates("\uDE00\uD83D\uDE00\uD83D"));
        Assert.Equal("\uFFFD\uD83D\uDE00", DocumentLoader.ReplaceLoneSurrogates("\uD83D\uD83D\uDE00"));
    }

    /// <summary>
    /// The repair jumps from one surrogate to the next; on random texts of letters, pairs and lone halves it gives
    /// what a character-by-character reading gives (a pair is kept, any other surrogate becomes U+FFFD).
    /// </summary>
    [Fact]
    public void Lone_surrogates_are_replaced_wherever_they_fall()
    {
        var random = new Random(7);
        char[] alphabet = ['a', ' ', '\uD83D', '\uDE00', '\uD800', '\uDFFF'];
        for (var run = 0; run < 5000; run++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var expected = text.ToCharArray();
            for (var i = 0; i < expected.Length; i++)
            {
                if (char.IsHighSurrogate(expected[i]) && i + 1 < expected.Length && char.IsLowSurrogate(expected[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(expected[i]))
                {
                    expected[i] = '\uFFFD';
                }
            }

            Assert.Equal(new string(expected), DocumentLoader.ReplaceLoneSurrogates(text));
        }
    }

    /// <summary>
    /// Mutation fuzzing (seed 1) produced pages of 13,717 consecutive <c>&lt;h1&gt;</c> and 14,700 stray
    /// <c>&lt;td&gt;</c> tags. They were slow only on a busy machine (the driver now measures processor time), but
    /// they stay here as cases of tags the parser closes or ignores at once.
    /// </summary>
    [Theory]
    [InlineData("<h1>", 14_000)]
    [InlineData("<td>", 15_000)]
    [InlineData("</form>", 11_000)]
    public void Runs_of_self_closing_or_ignored_tags_stay_flat(string tag, int count)
    {
        var html = "<article><h1>Title</h1><p>Body text of the story.</p></article>" + string.Concat(Enumerable.Repeat(tag, count));
        var result = MarkupGuard.Apply(html.AsMemory(), 512, 500_000, CancellationToken.None);
        Assert.InRange(result.DeepestStack, 0, 2);
        Assert.NotEqual(ParseFailure.TimedOut, new ArticleParser(new ArticleParserOptions { Timeout = TimeSpan.FromMinutes(1) }).Parse(html).Failure);
    }

    /// <summary>
    /// Found in review of the hostile work: a JSON-LD string with an escaped lone surrogate is valid JSON, but
    /// System.Text.Json's GetString throws on it. The escape is now replaced with U+FFFD before parsing.
    /// </summary>
    [Theory]
    [InlineData(@"a \ud800 b", "a \ufffd b")]
    [InlineData(@"a \udc00", "a \ufffd")]
    [InlineData(@"pair \ud83d\ude00 kept", "pair \U0001F600 kept")]
    public void An_escaped_lone_surrogate_in_json_ld_is_replaced_not_thrown(string escapedHeadline, string expectedHeadline)
    {
        var html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" + escapedHeadline
            + "\"}</script></head><body><article><p>" + string.Concat(Enumerable.Repeat("Some article text, long enough to count. ", 20)) + "</p></article></body></html>";

        var result = new ArticleParser().Parse(html);

        Assert.NotNull(result.Article);
        Assert.Equal(expectedHeadline, result.Article.Headline);
    }

    [Theory]
    [InlineData(@"x \ud800 y", @"x \ufffd y")]
    [InlineData(@"\ud83d\ude00", @"\ud83d\ude00")]
    [InlineData(@"escaped \\ud800 backslash", @"escaped \\ud800 backslash")]
    [InlineData(@"truncated \ud8", @"truncated \ud8")]
    public void Lone_surrogate_escapes_are_repaired_and_nothing_else_changes(string json, string expected) =>
        Assert.Equal(expected, NewsKit.Metadata.JsonLdGraph.WithoutLoneSurrogateEscapes(json));
}
