namespace NewsKit.Tests.Body;

/// <summary>
/// An article whose container a CMS closes for a module (a newsletter box, related reading) and opens again after it, with
/// the same class: both parts are the article, the module is not. Pages written for these tests.
/// </summary>
public sealed class SplitBodyTests
{
    private static readonly string[] Before =
    [
        "The Lowbridge bypass will not open before March, the transport authority said on Monday, blaming a shortage of asphalt and a wet autumn.",
        "It is the third delay since the scheme was approved in 2019, and local businesses say congestion in the town centre has become unbearable.",
    ];

    private static readonly string[] After =
    [
        "Transport chief Marta Beispiel said contractors had been asked to work weekends so that the road could open before the spring season.",
        "Opposition councillors have called for an independent review of the project, whose cost has risen from 40 million to 58 million pounds.",
    ];

    [Fact]
    public void A_layout_tables_narrow_column_beside_the_text_column_stays_out_of_the_body()
    {
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bypass opening delayed again</title></head><body>
            <table><tr><td><span>{string.Join("<br><br>", Before.Concat(After))}</span></td>
            <td><span>New bus timetable from Monday</span></td></tr></table>
            </body></html>
            """;
        var body = new ArticleParser().Parse(html, new Uri("https://news.example/2024/01/20/bypass")).Article!.Body.Text;

        Assert.All(Before.Concat(After), p => Assert.Contains(p, body, StringComparison.Ordinal));
        Assert.DoesNotContain("bus timetable", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<hr>")]
    [InlineData("<div class=\"separator\"><span></span></div>")]
    [InlineData("<img src=\"/rule.png\" alt=\"\">")]
    public void Text_modules_of_a_page_builder_in_rows_of_wrappers_come_out_whole(string separator)
    {
        // Each module nests its paragraphs in wrappers that hold nothing else; the rows are siblings only at the top.
        static string Row(IEnumerable<string> paragraphs, string extra) =>
            $"<div><div><div><div><div>{string.Concat(paragraphs.Select(p => $"<p>{p}</p>"))}</div></div>{extra}</div></div></div>";
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bypass opening delayed again</title></head><body>
            <div><h1>Bypass opening delayed again</h1><div>{Row(Before, separator)}{Row(After, "")}</div></div>
            </body></html>
            """;
        var body = new ArticleParser().Parse(html, new Uri("https://news.example/2024/01/20/bypass")).Article!.Body.Text;

        Assert.All(Before.Concat(After), p => Assert.Contains(p, body, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<div class=\"newsletter-signup\"><h3>Get the morning briefing</h3><p>The news you need, in your inbox every weekday.</p></div>", "morning briefing")]
    [InlineData("<div class=\"related\"><h3>Related</h3><ul><li><a href=\"/a\">Bridge repairs finish early</a></li><li><a href=\"/b\">Bus lanes for the ring road</a></li></ul></div>", "Bridge repairs")]
    public void A_container_like_the_articles_after_a_module_set_into_the_text_is_more_of_the_article(string module, string moduleText)
    {
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bypass opening delayed again</title></head><body>
            <main><article><h1>Bypass opening delayed again</h1>
            <div class="article-body">{string.Concat(Before.Select(p => $"<p>{p}</p>"))}</div>
            {module}
            <div class="article-body">{string.Concat(After.Select(p => $"<p>{p}</p>"))}</div>
            </article></main><footer><p>Copyright 2024 Example Courier</p></footer></body></html>
            """;
        var body = new ArticleParser().Parse(html, new Uri("https://news.example/2024/01/20/bypass")).Article!.Body.Text;

        Assert.All(Before.Concat(After), p => Assert.Contains(p, body, StringComparison.Ordinal));
        Assert.DoesNotContain(moduleText, body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_left_out_still_ends_the_article_when_no_container_like_it_follows()
    {
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bypass opening delayed again</title></head><body>
            <main><article><h1>Bypass opening delayed again</h1>
            <div class="article-body">{string.Concat(Before.Concat(After).Select(p => $"<p>{p}</p>"))}</div>
            <div class="related"><h3>Related</h3><ul><li><a href="/a">Bridge repairs finish early</a></li><li><a href="/b">Bus lanes for the ring road</a></li></ul></div>
            <div class="promo-text"><p>Our reporters spent a week on the ring road and found that drivers had very different views about what should happen next.</p></div>
            </article></main></body></html>
            """;
        var body = new ArticleParser().Parse(html, new Uri("https://news.example/2024/01/20/bypass")).Article!.Body.Text;

        Assert.DoesNotContain("Our reporters spent a week", body, StringComparison.Ordinal);
    }
    [Theory]
    [InlineData("paywall")]
    [InlineData("article-paywall")]
    public void The_paragraphs_a_paywall_container_holds_are_the_articles_and_its_appeal_is_not(string paywallClass)
    {
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bypass opening delayed again</title></head><body>
            <main><article><h1>Bypass opening delayed again</h1>
            <div class="article__content">{string.Concat(Before.Concat(After.Take(1)).Select(p => $"<p>{p}</p>"))}
            <div class="{paywallClass}"><p>{After[1]}</p></div></div>
            <div class="paywall-offer"><p>Subscribe to keep reading. Already a subscriber? Log in.</p></div>
            </article></main></body></html>
            """;
        var body = new ArticleParser().Parse(html, new Uri("https://news.example/2024/01/20/bypass")).Article!.Body.Text;

        Assert.All(Before.Concat(After), p => Assert.Contains(p, body, StringComparison.Ordinal));
        Assert.DoesNotContain("Subscribe to keep reading", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_headed_by_a_header_element_keep_their_subheadings()
    {
        const string First = "The harbour wall was first surveyed in 1902, when engineers found the northern arm had settled by almost a metre.";
        const string Second = "Repairs began in 1951 and took eleven years, because the stone had to be brought by boat from the quarry on the island.";
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>The harbour wall</title></head><body>
            <article><h1>The harbour wall at a hundred and fifty</h1><p>The town celebrates the wall's anniversary this weekend with walks, talks and an exhibition of old photographs in the library.</p>
            <section><header><h2>Early surveys</h2></header><p>{First}</p></section>
            <section><header><h2>Later repairs</h2></header><p>{Second}</p></section></article></body></html>
            """;
        var result = new ArticleParser().Parse(html, new Uri("https://news.example/2024/11/28/harbour-wall"));

        Assert.True(result.Success, result.Reason);
        var texts = result.Article!.Body.Blocks.Select(b => b.Text).ToList();
        Assert.Equal(["Early surveys", First, "Later repairs", Second], texts.Skip(1));
        Assert.Equal(NewsKit.Models.BlockKind.Heading, result.Article.Body.Blocks[1].Kind);
    }

    [Fact]
    public void The_opening_paragraphs_in_a_container_of_their_own_between_the_standfirst_and_the_rest_stay()
    {
        string[] opening =
        [
            "The city council voted on Tuesday to approve a plan for a new bridge across the river, ending months of heated debate among residents of the valley.",
            "Supporters said the bridge would cut commute times by half for thousands of workers who cross the river every day on the old ferry service.",
        ];
        var rest = string.Concat(Enumerable.Range(1, 6).Select(i => $"<p>Paragraph {i} of the story goes on about the bridge, its cost, its builders and the ferry it replaces, at some length.</p>"));
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council approves new bridge plan</title></head><body>
            <main><article><h1>Council approves new bridge plan</h1><p class="standfirst">The vote ends months of debate over the crossing.</p>
            <div class="a">{string.Concat(opening.Select(p => $"<p>{p}</p>"))}</div><div class="b">{rest}</div></article></main></body></html>
            """;
        var result = new ArticleParser().Parse(html, new Uri("https://news.example/2024/05/12/bridge"));

        Assert.True(result.Success, result.Reason);
        Assert.All(opening, p => Assert.Contains(p, result.Article!.Body.Text, StringComparison.Ordinal));
        Assert.Contains("Paragraph 6 of the story", result.Article!.Body.Text, StringComparison.Ordinal);
    }
}
