namespace NewsKit.Tests.Metadata;

/// <summary>
/// A deck set beside the headline in the headline's own block, with class names that mean nothing, is the standfirst; the
/// date line with its reading time under it is no body text. Pages written for these tests.
/// </summary>
public sealed class HeaderDeckTests
{
    private const string Deck = "Nach dem Hochwasser im vergangenen Winter beginnt im Januar die Sanierung des ältesten Deichabschnitts.";

    private const string Text = """
        <div class="vv-ya8ok"><div class="vh-5xxff"><div class="il-iguud">
        <p class="sk-r3weh">Der Deich zwischen der Wasserstadt und dem Ortsteil Kleinmoor wird ab Januar auf einer Länge von 3,4 Kilometern saniert. Das hat der Landesbetrieb für Küstenschutz am Dienstag bekannt gegeben.</p>
        <p class="sk-r3weh">Der Abschnitt gilt als der älteste im Landkreis. Teile davon stammen aus den 1960er-Jahren und wurden seither nur ausgebessert.</p>
        <p class="sk-r3weh">Die Arbeiten sollen in drei Bauabschnitten erfolgen und bis Ende 2029 dauern. Der Deich wird dabei um etwa einen Meter erhöht.</p>
        </div></div></div>
        """;

    private static ParseResult Parse(string article) => new ArticleParser().Parse($"""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Deich wird saniert | Nordblick Online</title></head>
        <body><div id="__nuxt"><div id="__layout">
        <header class="hd-8k2j1"><nav><a href="/">Startseite</a> <a href="/region">Region</a> <a href="/politik">Politik</a></nav></header>
        <div class="nw-n3hrt" id="main-content"><div class="ut-s4twm"><div class="xy-gc894">
        <article class="cs-dv22j">{article}</article>
        </div></div></div>
        <footer class="ft-0a9sd"><p>© Nordblick Medienhaus GmbH &amp; Co. KG 2026</p></footer>
        </div></div></body></html>
        """, new Uri("https://nordblick.example/region/deich-saniert"));

    [Fact]
    public void A_paragraph_beside_the_headline_in_its_own_block_is_the_standfirst_and_the_date_line_is_no_body_text()
    {
        var article = Parse($"""
            <div class="aw-bebt0"><span class="yb-bvyqk">Region</span>
            <h1 class="iu-fbaav">Deich an der Wasserstadt wird für 31 Millionen Euro saniert</h1>
            <p class="vs-bpyub">{Deck}</p>
            <div class="hy-o4l29"><a class="xd-u9ctn" href="/autor/lea-sommer">Lea Sommer</a><span class="tw-np454">Redakteur</span>
            <time class="tz-craog" datetime="2026-11-25T14:12:00+01:00">25. November 2026, 14:12 Uhr</time><span class="ri-75xv6">2 Min. Lesezeit</span></div></div>
            {Text}
            """).Article!;
        Assert.Equal(Deck, article.Standfirst);
        Assert.DoesNotContain("Lesezeit", article.Body.Text, StringComparison.Ordinal);
        Assert.Contains("Ende 2029", article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_paragraph_of_a_text_set_with_its_headline_is_no_standfirst()
    {
        var article = Parse($"""
            <div class="aw-bebt0"><h1 class="iu-fbaav">Deich an der Wasserstadt wird für 31 Millionen Euro saniert</h1>
            <p class="sk-r3weh">{Deck}</p>
            <p class="sk-r3weh">Der Deich zwischen der Wasserstadt und dem Ortsteil Kleinmoor wird ab Januar auf einer Länge von 3,4 Kilometern saniert. Das hat der Landesbetrieb für Küstenschutz am Dienstag bekannt gegeben.</p>
            <p class="sk-r3weh">Die Arbeiten sollen in drei Bauabschnitten erfolgen und bis Ende 2029 dauern. Der Deich wird dabei um etwa einen Meter erhöht.</p></div>
            """).Article!;
        Assert.Null(article.Standfirst);
        Assert.StartsWith(Deck, article.Body.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Seven votes to four after a five-hour debate; work to start in spring", "Seven votes to four after a five-hour debate; work to start in spring")]
    [InlineData("What the council decided", null)]
    public void A_subtitle_heading_of_a_sentence_right_under_the_headline_is_the_standfirst(string subtitle, string? standfirst)
    {
        var article = new ArticleParser().Parse($"""
            <html lang="en"><head><title>Harbour plan approved</title><meta property="og:description" content="Follow our coverage of the harbour vote."></head><body><article><header><h1>Harbour plan approved</h1><h2 class="v-a-sub-t">{subtitle}</h2></header><p>The council approved the plan on Monday after a debate that lasted most of the evening and drew a large crowd to the chamber.</p><p>Opponents said the scheme would bring more traffic to narrow streets in the old town, while supporters argued it would create jobs.</p><p>The final vote was seven to four, with two members abstaining, and construction is expected to begin next spring.</p></article></body></html>
            """).Article!;
        Assert.Equal(standfirst ?? "Follow our coverage of the harbour vote.", article.Standfirst);
    }

    private const string HarbourText =
        "<p>Opponents said the scheme would bring more traffic to narrow streets in the old town, while supporters argued it would create jobs.</p>"
        + "<p>The final vote was seven to four, with two members abstaining, and construction is expected to begin next spring.</p>";

    [Theory]
    [InlineData("<p>The council approved the plan on Monday after a debate that lasted most of the evening and drew a large crowd to the chamber.</p>", null)]
    [InlineData("<p><strong>The council approved the plan on Monday after a debate that lasted most of the evening and drew a large crowd to the chamber.</strong></p>", "The council approved the plan on Monday after a debate that lasted most of the evening and drew a large crowd to the chamber.")]
    public void A_description_copied_from_the_first_paragraph_is_no_standfirst_unless_the_paragraph_is_set_apart(string first, string? standfirst)
    {
        var article = new ArticleParser().Parse($"""
            <html lang="en"><head><title>Harbour plan approved</title><meta property="og:description" content="The council approved the plan on Monday after a debate that lasted most of the evening and drew a large crowd to the chamber."></head><body><article><h1>Harbour plan approved</h1>{first}{HarbourText}</article></body></html>
            """).Article!;
        Assert.Equal(standfirst, article.Standfirst);
        Assert.StartsWith("The council approved the plan", article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_article_items_description_after_a_date_line_is_the_standfirst_whatever_its_class()
    {
        // TYPO3's news template: the date line between the headline and the teaser, which "teaser" names as another story's.
        var article = Parse($"""
            <div itemscope itemtype="http://schema.org/Article"><h1 itemprop="headline">Deich an der Wasserstadt wird saniert</h1>
            <div class="footer"><p><time itemprop="datePublished" datetime="2026-11-25">25.11.2026</time></p></div>
            <div class="teaser-text" itemprop="description"><p>{Deck}</p></div>
            <div itemprop="articleBody">{Text}</div></div>
            """).Article!;
        Assert.Equal(Deck, article.Standfirst);
        Assert.Contains("Ende 2029", article.Body.Text, StringComparison.Ordinal);
    }
}
