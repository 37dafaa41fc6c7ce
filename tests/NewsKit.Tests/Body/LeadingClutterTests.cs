using NewsKit.Models;

namespace NewsKit.Tests.Body;

/// <summary>Lines before the article's first paragraph that no element marks as furniture: a bare date line and a reading-time line leave the body's start; a place dateline and a subheading stay. Pages written for these tests.</summary>
public sealed class LeadingClutterTests
{
    private const string Paragraph1 = "The harbour bridge reopened to traffic on Monday morning, three weeks after engineers closed it for urgent repairs to its main cables, the city council said.";
    private const string Paragraph2 = "Commuters who had spent the closure on crowded ferries welcomed the news, although several said the council should have warned them earlier, and that the detour had cost them hours.";

    private static IReadOnlyList<BodyBlock> Blocks(string head) =>
        new ArticleParser().Parse($"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour bridge reopens</title></head><body>
            <article><h1>Harbour bridge reopens</h1><div class="text">{head}<p>{Paragraph1}</p><p>{Paragraph2}</p><p>{Paragraph1}</p></div></article>
            </body></html>
            """, new Uri("https://news.example/2026/03/bridge")).Article!.Body.Blocks;

    [Theory]
    [InlineData("<p>26 Oct 2025</p>")]
    [InlineData("<p>Reading time: 2 minutes</p>")]
    [InlineData("<p>Lesezeit: 2 Minuten</p><p>26.10.2025</p>")]
    [InlineData("<div><time datetime=\"2026-03-03T11:32:41.000Z\">3 hours ago</time></div>")]
    [InlineData("<p>vor 5 Stunden</p>")]
    [InlineData("<p>il y a 2 heures</p>")]
    [InlineData("<p class=\"c42\"><a href=\"/\">Home</a> › <a href=\"/city\">City</a> › <span>Harbour bridge reopens</span></p>")]
    public void A_date_line_or_a_reading_time_line_before_the_first_paragraph_leaves_the_body(string head)
    {
        Assert.Equal(Paragraph1, Blocks(head)[0].Text);
    }

    [Theory]
    [InlineData("<p class=\"article__premium-flag\">Article réservé aux abonnés</p>")]
    [InlineData("<p><strong>Nur für Abonnenten</strong></p>")]
    [InlineData("<p>★ Subscribers only</p>")]
    public void A_subscribers_only_flag_before_the_first_paragraph_leaves_the_body(string head)
    {
        Assert.Equal(Paragraph1, Blocks(head)[0].Text);
    }

    [Theory]
    [InlineData("<p class=\"x3\"><em><a href=\"/newsletters/brief/\">Sign up for The Brief</a>, The Example Tribune's daily newsletter that keeps readers up to speed on the most essential local news.</em></p>")]
    [InlineData("<p>Abonnieren Sie unseren Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten aus der Region.</p>")]
    public void A_newsletters_promotion_before_the_first_paragraph_leaves_the_body(string head)
    {
        Assert.Equal(Paragraph1, Blocks(head)[0].Text);
    }

    [Fact]
    public void A_first_paragraph_that_only_mentions_a_newsletter_stays()
    {
        const string Lead = "The council's weekly newsletter announced on Friday that the harbour bridge would reopen after three weeks of repairs.";
        Assert.Equal(Lead, Blocks($"<p>{Lead}</p>")[0].Text);
    }

    [Theory]
    [InlineData("<p>24 November 2025 - Clerk to the Council</p>")]
    [InlineData("<p>03.02.2021 | Redaktion Lokales</p>")]
    public void A_date_and_a_short_credit_before_the_first_paragraph_leave_the_body(string head)
    {
        Assert.Equal(Paragraph1, Blocks(head)[0].Text);
    }

    [Theory]
    [InlineData("<p>24 November 2025 - The council met again.</p>", "24 November 2025 - The council met again.")]
    public void A_dated_sentence_before_the_first_paragraph_stays(string head, string first)
    {
        Assert.Equal(first, Blocks(head)[0].Text);
    }

    [Theory]
    [InlineData("<p>PITTSBURGH</p>", "PITTSBURGH")]
    [InlineData("<h2>What happened</h2>", "What happened")]
    public void A_place_dateline_or_a_subheading_stays(string head, string first)
    {
        Assert.Equal(first, Blocks(head)[0].Text);
    }

    [Fact]
    public void A_kicker_above_the_headline_in_the_article_s_container_leaves_the_body_with_the_headline()
    {
        var blocks = new ArticleParser().Parse($"""
            <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Los embalses caen por debajo del 15 %</title></head><body>
            <div id="izq"><div class="noticia"><div class="antetitulo">Medio ambiente</div><h1 class="titular">Los embalses caen por debajo del 15 %</h1>
            <div class="texto">{Paragraph1}<br><br>{Paragraph2}<br><br>{Paragraph1}</div></div></div>
            <div id="der"><h3>Lo más leído</h3><ol><li><a href="/a">Detenido un hombre por robar en varias casas de campo</a></li></ol></div>
            </body></html>
            """, new Uri("https://news.example/2026/03/embalses")).Article!.Body.Blocks;

        Assert.Equal(Paragraph1, blocks[0].Text);
    }

    [Theory]
    [InlineData("<span>03.04.2025, 07:30 Uhr Lesezeit: 6 Minuten und 30 Sekunden</span>")]
    [InlineData("<time dateTime=\"2025-05-22T05:00:00.000Z\">Thursday 22 May 2025 06:00 BST</time>")]
    public void A_date_or_reading_time_line_after_a_first_paragraph_that_states_the_standfirst_leaves_the_body(string line)
    {
        const string Dek = "Engineers finished the cable repairs early, and the council reopened the bridge to cars.";
        var article = new ArticleParser().Parse($"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour bridge reopens</title><meta name="description" content="{Dek}"></head><body>
            <main id="main-content"><article class="css-12yk0lx"><div class="css-hdr"><h1 class="css-1vq3x8a">Harbour bridge reopens</h1><p class="css-sf1">{Dek}</p>
            <div class="css-byl"><span>By <a href="/authors/olivia-marsh">Olivia Marsh</a></span>{line}</div></div>
            <figure class="css-lead"><img src="/bridge.jpg" alt="The bridge"><figcaption>The bridge on Monday.</figcaption></figure>
            <div class="css-7h2sfl"><p>{Paragraph1}</p><p>{Paragraph2}</p></div></article></main>
            </body></html>
            """, new Uri("https://news.example/2026/03/bridge")).Article!;

        Assert.Equal(Dek, article.Standfirst);
        Assert.DoesNotContain(article.Body.Blocks, b => b.Text.Contains("2025", StringComparison.Ordinal));
        Assert.Contains(article.Body.Blocks, b => b.Text == Paragraph1);
    }

    [Theory]
    [InlineData("Support Now")]
    [InlineData("Jetzt spenden")]
    public void An_appeal_box_between_the_headline_and_the_text_is_no_lead_paragraph(string link)
    {
        // A box set between the byline and the story's container that asks for money: hashed names, a heading, a pitch
        // that ends a sentence (as a lead would), and a link to give.
        var html = $"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour bridge reopens</title></head><body>
            <main><article><h1>Harbour bridge reopens</h1><time datetime="2026-03-02T09:00:00Z">2 March 2026</time>
            <div class="c7x2"><h3>Support independent local journalism</h3><p>Our reporting holds the council to account and keeps the harbour's story told.</p><a href="/donate">{link}</a></div>
            <div class="c9k1"><p>{Paragraph1}</p><p>{Paragraph2}</p><p>{Paragraph1}</p></div></article></main></body></html>
            """;
        var blocks = new ArticleParser().Parse(html, new Uri("https://news.example/2026/03/bridge")).Article!.Body.Blocks;
        Assert.Equal(Paragraph1, blocks[0].Text);
        Assert.DoesNotContain(blocks, b => b.Text.Contains("holds the council to account", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_line_after_a_short_first_line_that_no_name_calls_a_dek_leaves_the_body()
    {
        // Hashed names everywhere: the dek is not known for one, the date line under it still goes, the dek stays.
        const string dek = "The council says the cables will last another forty years";
        var blocks = Blocks($"<div class=\"sc-jTz\">{dek}</div><div class=\"sc-cSH\">Thu 17 Apr 2025 06.42 BST</div>");
        Assert.Equal(dek, blocks[0].Text);
        Assert.Equal(Paragraph1, blocks[1].Text);
    }
}
