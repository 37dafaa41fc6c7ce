using AngleSharp.Dom;
using NewsKit.Input;

namespace NewsKit.Tests.Hostile;

/// <summary>
/// Every case of the adversarial corpus gives a result (an article or a reason), and stays within the limits:
/// the parse runs with a time budget far above what any case needs, so a case that hung or went quadratic would
/// show as <see cref="ParseFailure.TimedOut"/>; the structural checks prove the bound directly (element count,
/// tree depth, the depth of the parser's stack).
/// </summary>
public sealed class HostileCorpusTests
{
    private static readonly ArticleParserOptions Options = new()
    {
        Timeout = TimeSpan.FromMinutes(2),
        MaxInputBytes = 24 * 1024 * 1024,
    };

    private static readonly ArticleParser Parser = new(Options);

    public static TheoryData<string> Cases => new(HostileCorpus.All.Select(c => c.Name));

    public static TheoryData<string> MarkupCases => new(HostileCorpus.All.Where(c => c.Limit || c.Name.StartsWith("nested", StringComparison.Ordinal)).Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_gives_its_result_within_the_time_budget(string name)
    {
        var hostile = HostileCorpus.All.Single(c => c.Name == name);
        var result = Parser.Parse((ReadOnlyMemory<byte>)hostile.Build());

        Assert.NotEqual(ParseFailure.TimedOut, result.Failure);
        switch (hostile.Expect)
        {
            case Expect.Article:
                Assert.True(result.Success, result.ToString());
                Assert.Equal(HostileCorpus.Headline, result.Article.Headline);
                Assert.Contains(HostileCorpus.LeadParagraph, result.Article.Body.Text, StringComparison.Ordinal);
                break;
            case Expect.ArticleOrNoContent:
                Assert.Contains(result.Failure, new[] { ParseFailure.None, ParseFailure.NoMainContent });
                Assert.NotNull(result.Article);
                Assert.Equal(HostileCorpus.Headline, result.Article.Headline);
                break;
            case Expect.NotHtml:
                Assert.Equal(ParseFailure.NotHtml, result.Failure);
                Assert.Null(result.Article);
                break;
            case Expect.Empty:
                Assert.Equal(ParseFailure.EmptyInput, result.Failure);
                break;
            case Expect.TooLarge:
                Assert.Equal(ParseFailure.TooLarge, result.Failure);
                Assert.Contains("limit", result.Reason, StringComparison.Ordinal);
                break;
        }

        if (hostile.Limit)
        {
            Assert.Contains(result.Warnings, w => w.Kind == WarningKind.LimitReached);
        }

        if (result.Article is { } article)
        {
            Assert.DoesNotContain("document.write", article.Body.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("injected", article.Body.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(MarkupCases))]
    public void Each_page_builds_a_tree_within_the_depth_and_element_limits(string name)
    {
        var options = new ArticleParserOptions { MaxDepth = 128, MaxElements = 50_000, MaxInputBytes = Options.MaxInputBytes };
        var html = System.Text.Encoding.UTF8.GetString(HostileCorpus.All.Single(c => c.Name == name).Build());

        var guarded = MarkupGuard.Apply(html.AsMemory(), options.MaxDepth, options.MaxElements, CancellationToken.None);
        using var document = DocumentLoader.Load(html.AsMemory(), options, CancellationToken.None).Document;

        Assert.InRange(guarded.DeepestStack, 0, options.MaxDepth + MarkupGuard.MaxOpenFormatting);
        Assert.InRange(guarded.Elements, 0, options.MaxElements + MarkupGuard.MaxOpenFormatting + 3);
        Assert.InRange(document.All.Length, 0, options.MaxElements + MarkupGuard.MaxOpenFormatting + 3);
        Assert.InRange(TreeDepth(document), 0, options.MaxDepth);
        Assert.Contains(HostileCorpus.LeadParagraph, document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_flattened_not_lost()
    {
        var html = System.Text.Encoding.UTF8.GetString(HostileCorpus.Page(HostileCorpus.Repeat("<div>", 100_000) + "deep text" + HostileCorpus.Repeat("</div>", 100_000) + "<p>after the nest</p>"));
        using var document = DocumentLoader.Load(html.AsMemory(), ArticleParserOptions.Default, CancellationToken.None).Document;

        var text = document.Body!.TextContent;
        Assert.Contains("deep text", text, StringComparison.Ordinal);
        Assert.Contains("after the nest", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("deep text", StringComparison.Ordinal) < text.IndexOf("after the nest", StringComparison.Ordinal));

        // The end tags of the flattened elements were dropped with them: the paragraph after the nest is a child
        // of the body again, not of the element at the depth limit.
        var after = document.QuerySelectorAll("p").Single(p => p.TextContent == "after the nest");
        Assert.Same(document.Body, after.ParentElement);
    }

    [Fact]
    public void A_cancelled_token_stops_the_parse()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var result = Parser.Parse((ReadOnlyMemory<byte>)HostileCorpus.Page("<p>x</p>"), cancellationToken: cancelled.Token);
        Assert.Equal(ParseFailure.Cancelled, result.Failure);
    }

    [Fact]
    public void A_gzip_bomb_is_one_clean_failure()
    {
        var bomb = HostileCorpus.GzipBomb(256L * 1024 * 1024);

        Assert.False(PageContent.TryDecompressGzip(bomb, 16 * 1024 * 1024, out var bytes, out var reason));
        Assert.True(bytes.IsEmpty);
        Assert.Contains("limit", reason, StringComparison.Ordinal);
        Assert.Equal(ParseFailure.TooLarge, ArticleParser.Default.Parse((ReadOnlyMemory<byte>)bomb).Failure);
    }

    [Fact]
    public void Gzip_pages_are_read_within_the_limit()
    {
        var page = HostileCorpus.Page(string.Empty);
        using var output = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(page);
        }

        Assert.True(PageContent.TryDecompressGzip(output.ToArray(), page.Length, out var bytes, out _));
        Assert.Equal(page, bytes.ToArray());
        Assert.True(ArticleParser.Default.Parse((ReadOnlyMemory<byte>)output.ToArray()).Success);

        var corrupt = output.ToArray();
        corrupt.AsSpan(10, 16).Fill(0xFF);
        Assert.False(PageContent.TryDecompressGzip(corrupt, page.Length, out _, out var reason));
        Assert.NotNull(reason);
        Assert.Equal(ParseFailure.NotHtml, ArticleParser.Default.Parse((ReadOnlyMemory<byte>)corrupt).Failure);
    }

    private static int TreeDepth(IDocument document)
    {
        var deepest = 0;
        var pending = new Stack<(IElement Element, int Depth)>();
        pending.Push((document.DocumentElement, 1));
        while (pending.Count > 0)
        {
            var (element, depth) = pending.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in element.Children)
            {
                pending.Push((child, depth + 1));
            }
        }

        return deepest;
    }
}
