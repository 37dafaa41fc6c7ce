using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;

namespace NewsKit.Benchmarks;

/// <summary>
/// Whole-page parsing: <see cref="ArticleParser.Parse(ReadOnlyMemory{byte}, Uri?, string?, CancellationToken)"/>
/// (every field: metadata, dateline, body, related links, copyright) against SmartReader, the .NET port of
/// Readability, as the baseline, and AngleSharp's DOM parse alone as the floor of any extractor built on it.
/// One operation parses every page of the set once. Every contender starts from the page's bytes: NewsKit
/// detects the charset itself, the others are given a UTF-8 decode that is part of their measured work.
/// </summary>
[MemoryDiagnoser]
public class ArticleParserBenchmarks
{
    private const string Unknown = "https://example.invalid/page";

    private ArticleParser parser = null!;
    private HtmlParser angleSharp = null!;
    private IReadOnlyList<Page> pages = [];

    /// <summary>The page set: the seed page, and a folder given with <c>--pages DIR</c>.</summary>
    [ParamsSource(nameof(PageSetNames))]
    public string Pages { get; set; } = PageSets.Seed;

    /// <summary>The page sets to run.</summary>
    public static IEnumerable<string> PageSetNames => PageSets.Names();

    /// <summary>Builds the parsers once and reads the pages into memory.</summary>
    [GlobalSetup]
    public void Setup()
    {
        parser = new ArticleParser();
        angleSharp = new HtmlParser();
        pages = PageSets.Load(Pages);
    }

    /// <summary>SmartReader 0.11.1: <c>new Reader(url, text).GetArticle()</c> per page.</summary>
    /// <returns>The total length of the text found, so that nothing is optimized away.</returns>
    [Benchmark(Baseline = true, Description = "SmartReader GetArticle")]
    public long SmartReader()
    {
        long total = 0;
        foreach (var page in pages)
        {
            var article = new SmartReader.Reader(page.Url?.AbsoluteUri ?? Unknown, page.DecodeUtf8()).GetArticle();
            total += article.TextContent?.Length ?? 0;
        }

        return total;
    }

    /// <summary>NewsKit: one shared <see cref="ArticleParser"/>, <c>Parse(bytes, url)</c> per page.</summary>
    /// <returns>The total length of the body text found.</returns>
    [Benchmark(Description = "NewsKit Parse")]
    public long NewsKit()
    {
        long total = 0;
        foreach (var page in pages)
        {
            total += parser.Parse(page.Bytes, page.Url).Article?.Body.Text.Length ?? 0;
        }

        return total;
    }

    /// <summary>AngleSharp's <c>ParseDocument</c> alone: the cost of building the DOM, with no extraction.</summary>
    /// <returns>The total number of elements.</returns>
    [Benchmark(Description = "AngleSharp DOM only")]
    public long AngleSharpOnly()
    {
        long total = 0;
        foreach (var page in pages)
        {
            using var document = angleSharp.ParseDocument(page.DecodeUtf8());
            total += document.All.Length;
        }

        return total;
    }
}
