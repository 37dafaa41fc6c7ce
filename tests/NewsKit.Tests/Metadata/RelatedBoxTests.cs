namespace NewsKit.Tests.Metadata;

/// <summary>
/// A related-links box set among the article's paragraphs, in the same container ("DON'T MISS" and its links between
/// two runs of text), is the heading and its links only: the paragraphs around it stay in the body.
/// </summary>
public sealed class RelatedBoxTests
{
    private const string Url = "https://news.example/world/story";

    private static string Paragraph(int n) =>
        $"<p>Paragraph {n} of the article runs long enough to be running text, with a good many words in it, as articles do.</p>";

    private static string Page(string text) => $"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Headline of the story</title></head>
        <body><article><h1>Headline of the story</h1><div class="text">{text}</div></article></body></html>
        """;

    private const string Box = """
        <p><strong>DON'T MISS</strong></p>
        <p><a href="/world/other-story-one">Other story one in the news today</a> [INSIGHT]<br>
        <a href="/world/other-story-two">Other story two in the news today</a> [VIDEO]</p>
        """;

    [Fact]
    public void A_box_among_paragraphs_takes_only_its_heading_and_links()
    {
        var article = new ArticleParser().Parse(Page(Paragraph(1) + Paragraph(2) + Box + Paragraph(3) + Paragraph(4)), new Uri(Url)).Article!;

        Assert.Equal(["Other story one in the news today", "Other story two in the news today"], article.RelatedLinks.Select(l => l.Title).ToArray());
        for (var n = 1; n <= 4; n++)
        {
            Assert.Contains($"Paragraph {n} of the article", article.Body.Text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("DON'T MISS", article.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Other story one", article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_box_of_its_own_is_claimed_whole()
    {
        var page = Page(Paragraph(1) + Paragraph(2) + Paragraph(3)).Replace("</article>", "<aside>" + Box + "</aside></article>", StringComparison.Ordinal);
        var article = new ArticleParser().Parse(page, new Uri(Url)).Article!;

        Assert.Equal(2, article.RelatedLinks.Count);
        Assert.DoesNotContain("DON'T MISS", article.Body.Text, StringComparison.Ordinal);
        Assert.Contains("Paragraph 3 of the article", article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_box_of_teasers_with_summaries_is_no_body_whatever_its_classes()
    {
        var teasers = string.Concat(Enumerable.Range(1, 5).Select(n => $"""
            <div class="g4"><a class="g5" href="/world/2026/05/0{n}/other-story-number-{n}"><div class="g6">Other story {n} in the news today</div></a>
            <div class="g7">A summary of other story {n} that runs to more than a hundred characters, as the teasers of a grid of stories do.</div></div>
            """));
        var page = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Headline of the story</title></head>
            <body><div class="x3"><div class="x4"><h1 class="x5">Headline of the story</h1>
            <div class="c7">{Paragraph(1)}</div><div class="c7">{Paragraph(2)}</div><div class="c7">{Paragraph(3)}</div></div>
            <div class="g2"><div class="g3">More stories</div>{teasers}</div></div></body></html>
            """;
        var article = new ArticleParser().Parse(page, new Uri(Url)).Article!;

        Assert.Equal(5, article.RelatedLinks.Count);
        Assert.Contains("Paragraph 3 of the article", article.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("A summary of other story", article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_month_after_a_preposition_stays_in_a_related_title()
    {
        // "... a marzo de 2022": the month ends the title's sentence, no date written beside it.
        var box = """
            <aside><h2>Lee también</h2><ul>
            <li><a href="/economia/deficit-fiscal-a-marzo-de-2022">Déficit fiscal fue del 0.77 % del PIB a marzo de 2022</a></li>
            <li><a href="/economia/remesas-crecen-en-el-primer-trimestre">Remesas crecen 8 % en el primer trimestre del año</a></li></ul></aside>
            """;
        var page = Page(Paragraph(1) + Paragraph(2) + Paragraph(3)).Replace("</article>", box + "</article>", StringComparison.Ordinal);
        var article = new ArticleParser().Parse(page, new Uri(Url)).Article!;

        Assert.Contains("Déficit fiscal fue del 0.77 % del PIB a marzo de 2022", article.RelatedLinks.Select(l => l.Title));
    }
}
