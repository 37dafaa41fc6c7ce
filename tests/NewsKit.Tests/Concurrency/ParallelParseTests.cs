using System.Collections.Concurrent;

namespace NewsKit.Tests.Concurrency;

/// <summary>
/// One <see cref="ArticleParser"/> shared by many threads gives every page the same article as a lone parse: the
/// parser keeps per-thread buffers and process-wide caches (parsed selectors, word sets), and none may leak between
/// parses running at once.
/// </summary>
public sealed class ParallelParseTests
{
    private static readonly Uri PageUrl = new("https://news.example/2025/07/18/story");

    private static string[] Pages() =>
    [
        .. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal),
        .. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seed"), "*.html").Order(StringComparer.Ordinal),
    ];

    /// <summary>The fields that depend on every stage: headline, dateline, authors, body, related links, copyright.</summary>
    private static string Fingerprint(ParseResult result)
    {
        if (result.Article is not { } article)
        {
            return $"failure {result.Failure}";
        }

        return string.Join(
            "\n",
            article.Headline,
            article.Standfirst,
            article.Dateline.Published?.Instant.ToString(),
            string.Join("; ", article.Authors.Select(a => $"{a.Kind} {a.Name}")),
            article.Language,
            article.Body.Text,
            string.Join("; ", article.RelatedLinks.Select(l => $"{l.Title} {l.Url}")),
            article.Copyright?.Text);
    }

    [Fact]
    public void Pages_parsed_on_many_threads_at_once_match_a_lone_parse()
    {
        var parser = new ArticleParser();
        var pages = Pages().Select(File.ReadAllText).ToArray();
        Assert.True(pages.Length >= 10, "the fixtures are copied beside the tests");
        var expected = pages.Select(page => Fingerprint(parser.Parse(page, PageUrl))).ToArray();
        Assert.Contains(expected, f => !f.StartsWith("failure", StringComparison.Ordinal));

        var mismatches = new ConcurrentBag<int>();
        Parallel.For(0, pages.Length * 12, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var page = i % pages.Length;
            if (Fingerprint(parser.Parse(pages[page], PageUrl)) != expected[page])
            {
                mismatches.Add(page);
            }
        });

        Assert.Empty(mismatches);
    }
}
