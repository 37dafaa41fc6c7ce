using NewsKit.Input;

namespace NewsKit.Tests.Hostile;

/// <summary>
/// The pre-scan follows the parser's stack of open elements: the depth it computes for small documents whose
/// tree is known, and the rewriting it does (or does not do) at the limits.
/// </summary>
public sealed class MarkupGuardTests
{
    public static TheoryData<string, int> Depths => new()
    {
        { "<p>a<p>b<p>c", 1 },
        { "<ul><li>a<li>b<li>c</ul>", 2 },
        { "<dl><dt>a<dd>b<dt>c</dl>", 2 },
        { "<table><tr><td>a<td>b<tr><td>c</table>", 4 },
        { "<table><td>a</table>", 4 },
        { "<div><span><div></span></div></div>", 3 },
        { "<p><b>x</p>y", 2 },
        { "<b><div></b>x</div>", 2 },
        { "<a href=1>x<a href=2>y", 1 },
        { "<select><option>a<option>b</select>", 2 },
        { "<svg><circle/><g><rect/></g></svg>", 2 },
        { "<svg><foreignObject><div>x</div></foreignObject></svg>", 3 },
        { "<svg><g><p>out</p>", 2 },
        { "<h1>a<h2>b</h2>", 1 },
        { "<form><div></form>x", 2 },
        { "<script type=application/ld+json><div><div><div></script>", 0 },
        { "<textarea><b><b></textarea>", 0 },
        { "<br><img src=x><input><hr>", 0 },
        { "<div><!-- <div><div> --></div>", 1 },
        { "<div title='<div><div>'>x</div>", 1 },
        { "<p><b><b><b><b></p><div><div><p>x", 6 },
        { "<p><b class=a><b class=a><b class=a><b  class=a ></p><div><div><p>x", 6 },
        { "<p><b class=a><b class=b><b class=a><b class=a></p><div><div><p>x", 7 },
    };

    [Theory]
    [MemberData(nameof(Depths))]
    public void Follows_the_depth_of_the_stack_of_open_elements(string html, int depth)
    {
        var result = MarkupGuard.Apply(html.AsMemory(), 512, 500_000, CancellationToken.None);
        Assert.Equal(depth, result.DeepestStack);
        Assert.Same(html, result.Html);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("<p>a</p><script>var s = '<div>';</script><p>b</p>", "<p>a</p><script></script><p>b</p>")]
    [InlineData("<head><style>p { color: red }</style></head><p>x", "<head><style></style></head><p>x")]
    [InlineData("<SCRIPT src=x.js>if (a </b) {}</SCRIPT>after", "<SCRIPT src=x.js></SCRIPT>after")]
    [InlineData("<p>x</p><script>never closed <p>y</p>", "<p>x</p><script>")]
    public void Removes_the_text_of_scripts_and_style_sheets(string html, string expected)
    {
        var result = MarkupGuard.Apply(html.AsMemory(), 512, 500_000, CancellationToken.None);
        Assert.Equal(expected, result.Html);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\"}</script>")]
    [InlineData("<script type='application/json' id=data>{\"a\": 1}</script>")]
    [InlineData("<script></script><p>nothing to remove</p>")]
    public void Keeps_json_data_blocks_and_empty_scripts(string html)
    {
        var result = MarkupGuard.Apply(html.AsMemory(), 512, 500_000, CancellationToken.None);
        Assert.Same(html, result.Html);
    }

    [Theory]
    [InlineData("<noscript><img src=a.jpg></noscript><p>x</p>")]
    [InlineData("<noscript><div>Please enable JavaScript.</div></noscript><p>x</p>")]
    [InlineData("<noscript><b>bold</noscript><p>x</p>")]
    public void Keeps_a_noscript_whose_content_closes(string html)
    {
        var result = MarkupGuard.Apply(html.AsMemory(), 512, 500_000, CancellationToken.None);
        Assert.Same(html, result.Html);
    }

    [Fact]
    public void Unwraps_a_noscript_whose_content_leaves_a_block_open_so_that_the_rest_of_the_page_is_not_inside_it()
    {
        // A parser that runs no script ignores this </noscript> (the open div stops it): the whole page would end up
        // inside the noscript, which shows nothing. A browser reads the content as text and shows the page.
        const string html = "<body><noscript><div id=nojs></noscript><h1>Title</h1><p>Text</p></body>";
        var result = MarkupGuard.Apply(html.AsMemory(), 512, 500_000, CancellationToken.None);
        Assert.Equal("<body> <div id=nojs> <h1>Title</h1><p>Text</p></body>", result.Html);
    }

    [Theory]
    [InlineData("<body><noframes><h1>Title</h1><p>Text</p></noframes></body>", "<body> <h1>Title</h1><p>Text</p> </body>")]
    [InlineData("<body><NOFRAMES class=x><p>a</p></NOFRAMES ><p>b</p>", "<body> <p>a</p> <p>b</p>")]
    [InlineData("<svg><noframes><p>x</p></noframes></svg>", "<svg><noframes><p>x</p></noframes></svg>")]
    public void Unwraps_noframes_so_that_its_content_is_markup_not_raw_text(string html, string expected)
    {
        var result = MarkupGuard.Apply(html.AsMemory(), 512, 500_000, CancellationToken.None);
        Assert.Equal(expected, result.Html);
    }

    [Theory]
    [InlineData("<x-story><template shadowrootmode=\"open\"><p>Text</p></template></x-story>", "<x-story> <p>Text</p> </x-story>")]
    [InlineData("<x-a><template shadowroot=open><template><i>inert</i></template><p>b</p></template></x-a>", "<x-a> <template><i>inert</i></template><p>b</p> </x-a>")]
    [InlineData("<template><p>inert</p></template>", "<template><p>inert</p></template>")]
    public void Unwraps_a_declarative_shadow_root_and_leaves_other_templates_inert(string html, string expected)
    {
        var result = MarkupGuard.Apply(html.AsMemory(), 512, 500_000, CancellationToken.None);
        Assert.Equal(expected, result.Html);
    }

    [Fact]
    public void An_article_rendered_in_a_declarative_shadow_root_is_found()
    {
        const string paragraph = "Researchers at the marine station have recorded the first breeding pair of grey seals on the northern sandbank in a century.";
        var html = "<!doctype html><html lang=\"en\"><head><title>Seals return</title></head><body>"
            + "<div class=\"cookie-banner\"><p>We use cookies to improve your experience and to show you personalised ads from our partners.</p><button>Accept</button></div>"
            + $"<story-view><template shadowrootmode=\"open\"><h1>Seals return</h1><p>{paragraph}</p><p>{paragraph}</p></template></story-view></body></html>";
        var article = new ArticleParser().Parse(html).Article!;
        Assert.Equal("Seals return", article.Headline);
        Assert.Contains(paragraph, article.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("cookies", article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_written_in_noframes_comes_out_without_literal_tags()
    {
        const string paragraph = "Talks between the city and a private developer over a new downtown arena broke down on Thursday, the mayor said.";
        var html = "<!doctype html><html lang=\"en\"><head><title>Arena deal collapses</title></head>"
            + $"<body><noframes><h1>Arena deal collapses</h1><p>{paragraph}</p><p>{paragraph}</p></noframes></body></html>";
        var article = new ArticleParser().Parse(html).Article!;
        Assert.Equal("Arena deal collapses", article.Headline);
        Assert.Contains(paragraph, article.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_behind_a_broken_noscript_keeps_its_headline_and_body()
    {
        const string paragraph = "The harbour bridge reopened to traffic on Monday morning, three weeks after engineers closed it for urgent repairs to its main cables.";
        var html = "<!doctype html><html lang=\"en\"><head><title>Bridge reopens | The Example Times</title>"
            + "<meta property=\"og:title\" content=\"Bridge reopens | The Example Times\"></head>"
            + $"<body><noscript><div id=\"nojs\"></noscript><div id=\"page\"><h1>Bridge reopens</h1><p>{paragraph}</p><p>{paragraph}</p></div></body></html>";
        var article = new ArticleParser().Parse(html).Article!;
        Assert.Equal("Bridge reopens", article.Headline);
        Assert.Equal(NewsKit.Models.ValueSource.VisibleText, article.Sources[NewsKit.Models.ArticleField.Headline]);
        Assert.Contains(paragraph, article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Flattens_beyond_the_depth_limit_and_drops_the_matching_end_tags()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 40)) + "deep" + string.Concat(Enumerable.Repeat("</div>", 40)) + "<p>after</p>";
        var result = MarkupGuard.Apply(html.AsMemory(), 16, 500_000, CancellationToken.None);

        Assert.Equal(14, result.DeepestStack);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(WarningKind.LimitReached, warning.Kind);
        Assert.Contains("26 elements", warning.Message, StringComparison.Ordinal);
        Assert.Equal(14, CountOf(result.Html, "<div>"));
        Assert.Equal(14, CountOf(result.Html, "</div>"));
        Assert.EndsWith("</div><p>after</p>", result.Html, StringComparison.Ordinal);
        Assert.Contains("deep", result.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Drops_formatting_elements_left_open_beyond_the_limit()
    {
        var html = string.Concat(Enumerable.Range(0, 100).Select(i => $"<div><b id={i}></div>x"));
        var result = MarkupGuard.Apply(html.AsMemory(), 512, 500_000, CancellationToken.None);

        Assert.InRange(result.DeepestStack, 0, MarkupGuard.MaxOpenFormatting + 2);
        Assert.Contains(result.Warnings, w => w.Message.Contains("formatting", StringComparison.Ordinal));
        Assert.Equal(100, CountOf(result.Html, "x"));
    }

    [Fact]
    public void Cuts_the_page_at_the_element_limit()
    {
        var html = "<p>kept</p>" + string.Concat(Enumerable.Repeat("<span></span>", 1000));
        var result = MarkupGuard.Apply(html.AsMemory(), 512, 100, CancellationToken.None);

        Assert.Equal(100, result.Elements);
        Assert.StartsWith("<p>kept</p>", result.Html, StringComparison.Ordinal);
        Assert.Equal(99, CountOf(result.Html, "<span>"));
        Assert.Contains(result.Warnings, w => w.Message.Contains("100 elements", StringComparison.Ordinal));
    }

    [Fact]
    public void Honours_the_cancellation_token()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var html = string.Concat(Enumerable.Repeat("<i></i>", 10_000));
        Assert.Throws<OperationCanceledException>(() => MarkupGuard.Apply(html.AsMemory(), 512, 500_000, cancelled.Token));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
