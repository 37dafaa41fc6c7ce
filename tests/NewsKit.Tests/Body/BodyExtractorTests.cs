using System.Text;
using NewsKit.Models;

namespace NewsKit.Tests.Body;

/// <summary>The body stage on small pages written for these tests: what it keeps, what it leaves out, and bad input.</summary>
public sealed class BodyExtractorTests
{
    private static readonly Uri PageUrl = new("https://news.example/2026/03/harbour-bridge-reopens");

    private const string Paragraph1 = "The harbour bridge reopened to traffic on Monday morning, three weeks after engineers closed it for urgent repairs to its main cables, the city council said.";
    private const string Paragraph2 = "Commuters who had spent the closure on crowded ferries welcomed the news, although several said the council should have warned them earlier, and that the detour had cost them hours.";
    private const string Paragraph3 = "Engineers found corrosion on two of the four cables during a routine inspection in February, and replaced the worst sections while traffic ran on the old coast road.";
    private const string Paragraph4 = "The council expects to publish the full inspection report next month, with a plan for the remaining two cables, which it says are safe for at least another decade.";

    private static ParseResult Parse(string html) => new ArticleParser().Parse(html, PageUrl);

    private static string Page(string article, string head = "", string beforeArticle = "", string afterArticle = "") => $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Harbour bridge reopens after repairs | The Example Times</title>{{head}}</head>
        <body>
          <header class="site-header"><a href="/">The Example Times</a>
            <nav><ul><li><a href="/world">World</a></li><li><a href="/city">City</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          </header>
          <div class="layout">
            {{beforeArticle}}
            {{article}}
            {{afterArticle}}
          </div>
          <footer class="site-footer"><p>© 2026 The Example Times. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
        </body></html>
        """;

    private const string FullArticle = $$"""
        <article class="story">
          <h1 class="story__title">Harbour bridge reopens after repairs</h1>
          <div class="story__byline">By Jane Doe, City reporter</div>
          <div class="share-tools"><a href="#">Share on X</a> <a href="#">Share on Facebook</a> <button>Copy link</button></div>
          <div class="story__body">
            <p>{{Paragraph1}}</p>
            <figure><img src="/img/bridge.jpg" alt=""><figcaption>The bridge at dawn on Monday.</figcaption></figure>
            <p>{{Paragraph2}}</p>
            <div class="ad-slot"><span>Advertisement</span></div>
            <h2>What the engineers found</h2>
            <p>{{Paragraph3}}</p>
            <ul><li>Two cables corroded</li><li>Repairs took three weeks</li></ul>
            <blockquote><p>We will not take risks with the bridge.</p></blockquote>
            <table><tr><th>Cable</th><th>State</th></tr><tr><td>North</td><td>Replaced</td></tr></table>
            <div class="related-links"><h3>Read more</h3><ul><li><a href="/a">Ferry timetable changes</a></li><li><a href="/b">Council budget vote</a></li></ul></div>
            <p>{{Paragraph4}}</p>
            <div class="newsletter-signup"><p>Get the city briefing in your inbox every morning, free of charge, with the news that matters.</p><form><input name="email"><button>Sign up</button></form></div>
          </div>
        </article>
        """;

    private const string Comments = """
        <section id="comments" class="comments">
          <h2>Comments</h2>
          <div class="comment"><p>About time too, I have been taking the ferry for weeks and it has been a nightmare, frankly, every single morning.</p></div>
          <div class="comment"><p>Why did it take them so long, and who is going to pay for the repairs, the taxpayers again, as always, I suppose?</p></div>
          <div class="comment"><p>The old coast road was fine, honestly, people complain about everything these days, and it was quite scenic besides.</p></div>
          <div class="comment"><p>I hope the report is published in full and not hidden away somewhere, as usually happens with these things, sadly.</p></div>
        </section>
        """;

    /// <summary>A comment thread with more text than the article.</summary>
    private static readonly string LongComments = Comments.Replace("</section>", string.Concat(Enumerable.Repeat(
        "<div class=\"comment\"><p>Another long reader comment, with several clauses, some opinions, and a great deal of text, that goes on and on.</p></div>", 20)) + "</section>", StringComparison.Ordinal);

    [Theory]
    [InlineData("<a class=\"anchor\" href=\"#cables\">#</a>")]
    [InlineData("<a class=\"headerlink\" href=\"#cables\" title=\"Permalink\">¶</a>")]
    [InlineData("<a href=\"#cables\" aria-hidden=\"true\"></a>")]
    public void A_heading_s_permalink_mark_is_no_part_of_its_text(string anchor)
    {
        var result = Parse(Page($"""
            <article><h1>Harbour bridge reopens after repairs</h1><p>{Paragraph1}</p><h2 id="cables">What the engineers found{anchor}</h2><p>{Paragraph2}</p><p>{Paragraph3}</p></article>
            """));

        var heading = Assert.Single(result.Article!.Body.Blocks, b => b.Kind == BlockKind.Heading);
        Assert.Equal("What the engineers found", heading.Text);
    }

    [Fact]
    public void Unrendered_wordpress_shortcodes_are_no_text_and_the_words_between_them_stay()
    {
        var result = Parse(Page($"""
            <article><h1>Harbour bridge reopens after repairs</h1><div class="entry-content">
            [caption id="attachment_5531" align="aligncenter" width="900"]<img src="/b.jpg" alt=""> The repaired bridge at dawn.[/caption]
            <p>{Paragraph1}</p><p>[vc_row][vc_column][vc_column_text]</p><p>{Paragraph2}</p><p>[/vc_column_text][/vc_column][/vc_row]</p>
            <h2>The tour of the deck [Video]</h2><p>{Paragraph3}</p>[gallery ids="5535,5536,5537" columns="3"]</div></article>
            """));

        var text = result.Article!.Body.Text;
        Assert.DoesNotContain("[caption", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[/caption]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("vc_", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[gallery", text, StringComparison.Ordinal);
        Assert.Contains("The tour of the deck [Video]", text, StringComparison.Ordinal);
        Assert.Contains("The repaired bridge at dawn.", text, StringComparison.Ordinal);
        Assert.Contains(Paragraph2, text, StringComparison.Ordinal);
        Assert.Contains(Paragraph3, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_call_to_action_box_at_the_end_of_a_post_is_no_part_of_it()
    {
        var result = Parse(Page($"""
            <article><h1>Harbour bridge reopens after repairs</h1><div class="entry-content"><p>{Paragraph1}</p><p>{Paragraph2}</p><p>{Paragraph3}</p>
            <div class="wp-block-group harbourplan-cta-box"><h3>Plan your crossings without the queue</h3><p>With Harbourplan you book every ferry and bridge slot in one place. Try it free for 14 days.</p>
            <div class="wp-block-buttons"><a class="wp-block-button__link" href="https://app.harbourplan.example/signup">Try it free</a></div></div></div></article>
            """));

        Assert.DoesNotContain("Harbourplan", result.Article!.Body.Text, StringComparison.Ordinal);
        Assert.Contains(Paragraph3, result.Article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_accordions_question_in_a_button_is_the_heading_of_its_answer()
    {
        // Bootstrap's accordion: each question is a button inside its heading; the questions are the page's text.
        var result = Parse(Page($"""
            <article><h1>Harbour bridge reopens after repairs</h1><div class="accordion">
            <div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button" type="button">When does the bridge open?</button></h2>
            <div class="accordion-collapse collapse show"><div class="accordion-body"><p>{Paragraph1}</p></div></div></div>
            <div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button collapsed" type="button">What did the engineers find?</button></h2>
            <div class="accordion-collapse collapse"><div class="accordion-body"><p>{Paragraph2}</p><p>{Paragraph3}</p></div></div></div></div></article>
            """));

        Assert.Equal(["When does the bridge open?", "What did the engineers find?"], result.Article!.Body.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text));
    }

    [Fact]
    public void A_heading_that_ends_with_a_hash_of_its_own_keeps_it()
    {
        var result = Parse(Page($"""
            <article><h1>Harbour bridge reopens after repairs</h1><p>{Paragraph1}</p><h2 id="cs">Why the council wrote the model in C#</h2><p>{Paragraph2}</p><p>{Paragraph3}</p></article>
            """));

        Assert.Contains(result.Article!.Body.Blocks, b => b.Kind == BlockKind.Heading && b.Text == "Why the council wrote the model in C#");
    }

    [Fact]
    public void Keeps_the_article_blocks_in_order_and_nothing_else()
    {
        var result = Parse(Page(FullArticle, afterArticle: Comments));
        Assert.True(result.Success, result.Reason);
        var blocks = result.Article.Body.Blocks;
        Assert.Equal(
            [BlockKind.Paragraph, BlockKind.Figure, BlockKind.Paragraph, BlockKind.Heading, BlockKind.Paragraph, BlockKind.List, BlockKind.Quote, BlockKind.Table, BlockKind.Paragraph],
            blocks.Select(b => b.Kind).ToArray());
        Assert.Equal(Paragraph1, blocks[0].Text);
        Assert.Equal("The bridge at dawn on Monday.", blocks[1].Caption);
        Assert.Equal(new Uri("https://news.example/img/bridge.jpg"), blocks[1].ImageUrl);
        Assert.Equal(Paragraph2, blocks[2].Text);
        Assert.Equal("What the engineers found", blocks[3].Text);
        Assert.Equal(2, blocks[3].Level);
        Assert.Equal(["Two cables corroded", "Repairs took three weeks"], blocks[5].Items);
        Assert.Equal("We will not take risks with the bridge.", blocks[6].Text);
        Assert.Equal(["North", "Replaced"], blocks[7].Rows[1]);
        Assert.Equal(Paragraph4, blocks[8].Text);

        var text = result.Article.Body.Text;
        foreach (var banned in new[] { "Share on", "Copy link", "Advertisement", "Read more", "Ferry timetable", "city briefing", "Sign up", "ferry for weeks", "All rights reserved", "Jane Doe", "Harbour bridge reopens after repairs" })
        {
            Assert.DoesNotContain(banned, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("ja", "気象庁 関東甲信で「木枯らし1号」発表", "気象庁は15日、関東甲信地方で「木枯らし1号」が吹いたと発表しました。去年より3日遅い発表です。", "東京都心では最大瞬間風速14.5メートルを観測しました。")]
    [InlineData("zh", "本市新增三条公交线路", "市交通局周二宣布，下月起将新开三条公交线路，连接新区和火车站。", "新线路每十分钟一班，票价不变。")]
    public void A_short_news_item_in_chinese_or_japanese_is_an_article(string language, string headline, string first, string second)
    {
        // As much news as a brief of forty English words, in a quarter of the characters.
        var result = new ArticleParser().Parse($"<!DOCTYPE html><html lang=\"{language}\"><head><title>{headline}</title></head><body><article><h1>{headline}</h1><p>{first}</p><p>{second}</p></article></body></html>");
        Assert.True(result.Success, result.Reason);
        Assert.Equal([first, second], result.Article.Body.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void White_space_and_no_break_spaces_collapse_inside_a_paragraph()
    {
        var article = $"<article><div class=\"body\"><p>  {Paragraph1.Replace(" the ", " \n\t the&nbsp;", StringComparison.Ordinal)}</p><p>{Paragraph2}</p><p>{Paragraph3}</p></div></article>";
        var body = Parse(Page(article)).Article!.Body;
        Assert.Equal(Paragraph1, body.Blocks[0].Text);
    }

    [Fact]
    public void Soft_hyphens_and_zero_width_characters_leave_the_text_and_a_paragraph_of_nothing_else_goes()
    {
        // "Not&shy;fall&shy;daten&shy;satz" reads "Notfalldatensatz": hyphenation hints and zero-width characters are
        // never shown inside a line, so the words come out as they read (and match a search).
        var hinted = Paragraph1.Replace("repairs", "re&shy;pairs", StringComparison.Ordinal).Replace("engineers", "engi&#x200B;neers", StringComparison.Ordinal);
        var article = $"<article><div class=\"body\"><p>{hinted}</p><p>&#x200B;</p><p>{Paragraph2}</p><p>{Paragraph3}</p></div></article>";
        var result = Parse(Page(article, head: "<meta property=\"og:title\" content=\"Harbour bridge re&shy;opens after repairs\">")).Article!;
        Assert.Equal([Paragraph1, Paragraph2, Paragraph3], result.Body.Blocks.Select(b => b.Text).ToArray());
        Assert.DoesNotContain('\u00ad', result.Headline ?? string.Empty);
    }

    [Theory]
    [InlineData("die\u00adsem Jahr", "diesem Jahr")]
    [InlineData("word\u200bjoined  and\u2060more \ufeff", "wordjoined andmore")]
    public void Collapsed_text_leaves_out_what_is_never_shown_inside_a_line(string text, string expected) =>
        Assert.Equal(expected, NewsKit.Pipeline.ElementText.Collapse(text));

    [Fact]
    public void A_hover_card_inside_a_sentence_is_left_out_but_its_trigger_stays()
    {
        const string card = "<span class=\"person-rollover\"><a class=\"rollover-link\" href=\"/people/ann-lee\">Ann Lee</a><span class=\"rollover-card\"><a href=\"/people/ann-lee\">Ann Lee, council engineer</a> <a href=\"/a\">Earlier story one</a> <a href=\"/b\">Earlier story two</a> <a href=\"/c\">Earlier story three</a> <a href=\"/people/ann-lee\">MORE</a></span></span>";
        var article = $"<article><div class=\"text\"><p>The chief engineer, {card}, said the cables are safe.</p><p>{Paragraph2}</p><p>{Paragraph3}</p></div></article>";
        var body = Parse(Page(article)).Article!.Body;
        Assert.Equal("The chief engineer, Ann Lee, said the cables are safe.", body.Blocks[0].Text);
    }

    /// <summary>
    /// An embedded social post (a blockquote the platform's script would turn into a card) is a quotation in the
    /// article, even in a wrapper named for social media; a share bar beside it is still left out.
    /// </summary>
    [Fact]
    public void An_embedded_post_in_a_social_wrapper_stays_as_a_quote_and_the_share_bar_goes()
    {
        const string post = """
            <div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">The bridge is open again and the traffic is already back to normal this morning.</p>— City Roads (@cityroads) <a href="https://twitter.com/cityroads/status/1">March 2, 2026</a></blockquote>
            <script async src="https://platform.twitter.com/widgets.js"></script></div>
            """;
        var article = $"""<article><div class="text"><p>{Paragraph1}</p>{post}<p>{Paragraph2}</p><div class="social-share"><a href="#">Share on X</a> <a href="#">Share on Facebook</a></div><p>{Paragraph3}</p></div></article>""";
        var body = Parse(Page(article)).Article!.Body;

        var quote = Assert.Single(body.Blocks, b => b.Kind == BlockKind.Quote);
        Assert.Contains("The bridge is open again", quote.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on", body.Text, StringComparison.Ordinal);
        Assert.Contains(Paragraph3, body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_lines_to_the_same_site_or_social_networks_are_left_out_but_links_to_sources_stay()
    {
        var article = $$"""
            <article><div class="text">
              <p>{{Paragraph1}}</p>
              <p>RELATED: <a href="/2026/02/ferry-timetable-changes">Ferry timetable changes during the bridge closure</a></p>
              <p>{{Paragraph2}}</p>
              <p><a href="https://council.example.org/reports/bridge-inspection-2026.pdf">Read the council's inspection summary</a></p>
              <p>{{Paragraph3}}</p>
              <p>Follow us on <a href="https://www.instagram.com/exampletimes">Instagram</a> and <a href="https://x.com/exampletimes">X</a></p>
            </div></article>
            """;
        var body = Parse(Page(article)).Article!.Body;
        Assert.Equal([Paragraph1, Paragraph2, "Read the council's inspection summary", Paragraph3], body.Blocks.Select(b => b.Text).ToArray());
    }

    [Fact]
    public void Lists_of_links_to_other_sites_stay_and_credit_lines_go()
    {
        var article = $$"""
            <article><div class="text">
              <p>{{Paragraph1}}</p>
              <p>Photos © Jane Doe / The Example Times, 2026</p>
              <p>{{Paragraph2}}</p>
              <ul><li><a href="https://council.example.org/bridge">Council bridge page</a></li><li><a href="https://engineers.example.net/cables">Cable repair guide</a></li></ul>
              <p>{{Paragraph3}}</p>
              <ul><li><a href="/city/ferries">Ferries this week</a></li><li><a href="/city/roads">Road works this week</a></li></ul>
            </div></article>
            """;
        var body = Parse(Page(article)).Article!.Body;
        Assert.Equal([BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.List, BlockKind.Paragraph], body.Blocks.Select(b => b.Kind).ToArray());
        Assert.Equal(["Council bridge page", "Cable repair guide"], body.Blocks[2].Items);
        Assert.DoesNotContain("©", body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_in_divs_with_line_breaks_is_read_as_paragraphs()
    {
        var article = $"<div id=\"story\">{Paragraph1}<br><br>{Paragraph2}<br><br>{Paragraph3}</div>";
        var body = Parse(Page(article)).Article!.Body;
        Assert.Contains(Paragraph1, body.Text, StringComparison.Ordinal);
        Assert.Contains(Paragraph3, body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("World", body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_of_teasers_has_no_main_content()
    {
        var teasers = new StringBuilder("<main><div class=\"front\">");
        for (var i = 0; i < 12; i++)
        {
            teasers.Append(System.Globalization.CultureInfo.InvariantCulture, $"<div class=\"item\"><h2><a href=\"/story/{i}\">Council announces plan number {i} for the city centre</a></h2><p>A short summary of plan {i}, with one detail.</p></div>");
        }

        teasers.Append("</div></main>");
        var result = Parse(Page(teasers.ToString()));
        Assert.Equal(ParseFailure.NoMainContent, result.Failure);
        Assert.True(result.Article!.Body.IsEmpty);
    }

    [Fact]
    public void A_short_post_beside_a_bigger_grid_of_next_stories_is_the_body()
    {
        // The grid (to another site, so no related-stories box) outscores the one-paragraph post and reads as a link
        // index, so it is refused; the post beside it scores close and is the body (before, there was no main content).
        var grid = new StringBuilder("<div id=\"next-post-list\">");
        for (var i = 0; i < 6; i++)
        {
            grid.Append(System.Globalization.CultureInfo.InvariantCulture, $"<div class=\"next\"><h3><a href=\"https://partner.example/2026/03/story-{i}\">Council announces plan number {i} for the city centre</a></h3><p>A summary of plan {i}, which the council published on Friday, with a detail, another detail, a third one, and a closing remark on the cost.</p></div>");
        }

        grid.Append("</div>");
        var post = $"<div class=\"post-head\"><h1>Harbour bridge reopens after repairs</h1></div><div id=\"story\"><p>{Paragraph1}</p><p><a href=\"https://council.example/report\">The council's statement</a></p></div>";
        var result = Parse(Page(post, afterArticle: grid.ToString()));
        Assert.Equal(ParseFailure.None, result.Failure);
        var text = result.Article!.Body.Text;
        Assert.Contains(Paragraph1, text, StringComparison.Ordinal);
        Assert.DoesNotContain("plan number", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<html><body></body></html>")]
    [InlineData("<html><body><h1>Page not found</h1><p>Sorry, nothing here.</p></body></html>")]
    [InlineData("<html><body><nav><a href='/a'>A</a> <a href='/b'>B</a></nav></body></html>")]
    public void Empty_and_error_pages_have_an_empty_body(string html)
    {
        var result = Parse(html);
        Assert.True(result.Article is null || result.Article.Body.IsEmpty);
    }

    [Fact]
    public void A_comment_thread_longer_than_the_article_is_left_out()
    {
        var article = $"<article><div class=\"text\"><p>{Paragraph1}</p><p>{Paragraph2}</p><p>{Paragraph3}</p></div></article>";
        var body = Parse(Page(article, afterArticle: LongComments)).Article!.Body;
        Assert.Equal([Paragraph1, Paragraph2, Paragraph3], body.Blocks.Select(b => b.Text).ToArray());
    }

    [Fact]
    public void Works_in_other_scripts()
    {
        const string ja1 = "港の橋は月曜日の朝、主ケーブルの緊急修理のために技術者が閉鎖してから三週間ぶりに、通行が再開されたと市議会が発表した。";
        const string ja2 = "閉鎖期間中に混雑したフェリーを利用していた通勤者は、この知らせを歓迎したが、市はもっと早く知らせるべきだったと話す人もいた。";
        const string ar = "أعيد فتح جسر الميناء أمام حركة المرور صباح الاثنين، بعد ثلاثة أسابيع من إغلاقه لإجراء إصلاحات عاجلة، وفق ما أعلن مجلس المدينة.";
        var article = $"<article><div class=\"honbun\"><p>{ja1}</p><p>{ja2}</p><p>{ar}</p></div></article>";
        var body = Parse(Page(article)).Article!.Body;
        Assert.Equal([ja1, ja2, ar], body.Blocks.Select(b => b.Text).ToArray());
    }

    [Fact]
    public void Declared_article_body_wins_when_the_page_shows_only_a_teaser()
    {
        var declared = string.Join("\\n", Paragraph1, Paragraph2, Paragraph3, Paragraph4);
        var head = $"<script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"Harbour bridge reopens after repairs\",\"articleBody\":\"{declared}\"}}</script>";
        var article = $"<article><div class=\"text\"><p>{Paragraph1}</p></div></article>";
        var body = Parse(Page(article, head)).Article!.Body;
        Assert.Equal([Paragraph1, Paragraph2, Paragraph3, Paragraph4], body.Blocks.Select(b => b.Text).ToArray());
    }

    [Fact]
    public void Recall_fallback_recovers_an_article_whose_container_has_a_misleading_class()
    {
        // "ad" names an ad slot, and the container holds less than the large-block share of the page's text (the
        // long comment thread is most of it), so the first pass leaves it out; the fallback lifts weak words.
        var article = $"<div class=\"ad-wrap\"><p>{Paragraph1}</p><p>{Paragraph2}</p><p>{Paragraph3}</p></div>";
        var body = Parse(Page(article, afterArticle: LongComments)).Article!.Body;
        Assert.Equal([Paragraph1, Paragraph2, Paragraph3], body.Blocks.Select(b => b.Text).ToArray());
    }

    [Fact]
    public void Deeply_nested_pages_do_not_overflow_the_stack()
    {
        const int depth = 20_000;
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, "<div>", depth);
        html.Append("<p>").Append(Paragraph1).Append("</p><p>").Append(Paragraph2).Append("</p>");
        html.Insert(html.Length, "</div>", depth);
        html.Append("</body></html>");
        var result = Parse(html.ToString());
        Assert.NotNull(result);
        if (result.Article is { } article && !article.Body.IsEmpty)
        {
            Assert.Contains(Paragraph2, article.Body.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_layout_table_with_the_article_in_a_cell_gives_paragraphs_and_data_cells_keep_their_words_apart()
    {
        var layout = Parse($"""
            <html><head><title>Harbour bridge reopens</title></head><body><table><tr>
            <td class="menu"><a href="/">Home</a><br><a href="/news">News</a></td>
            <td><b>Harbour bridge reopens</b><br><br>{Paragraph1}<br><br>{Paragraph2}<br><br>{Paragraph3}</td></tr></table></body></html>
            """);
        Assert.True(layout.Success, layout.Reason);
        Assert.DoesNotContain(layout.Article.Body.Blocks, b => b.Kind == BlockKind.Table);
        Assert.Contains(layout.Article.Body.Blocks, b => b.Kind == BlockKind.Paragraph && b.Text == Paragraph2);

        var data = Parse(Page($"""
            <article><h1>Harbour bridge reopens after repairs</h1><p>{Paragraph1}</p><p>{Paragraph2}</p>
            <table><tr><th>Cable</th><th>State</th></tr><tr><td>North<br>east</td><td>Replaced</td></tr></table><p>{Paragraph3}</p></article>
            """));
        var table = Assert.Single(data.Article!.Body.Blocks, b => b.Kind == BlockKind.Table);
        Assert.Equal(["North east", "Replaced"], table.Rows![1]);
    }

    [Theory]
    [InlineData("<figure class=\"wp-block-table\"><table><tr><th>Cable</th><th>State</th></tr><tr><td>North</td><td>Replaced</td></tr></table><figcaption class=\"wp-element-caption\">Cables and their state</figcaption></figure>")]
    [InlineData("<table class=\"wikitable\"><caption>Cables and their state</caption><tr><th>Cable</th><th>State</th></tr><tr><td>North</td><td>Replaced</td></tr></table>")]
    [InlineData("<table class=\"docutils\"><caption>Cables and their state</caption><tr><th><p>Cable</p></th><th><p>State</p></th></tr><tr><td><p>North</p></td><td><p>Replaced</p></td></tr></table>")]
    public void A_table_keeps_its_caption_and_cells_of_one_paragraph_are_cells(string table)
    {
        var result = Parse(Page($"""
            <article><h1>Harbour bridge reopens after repairs</h1><p>{Paragraph1}</p><p>{Paragraph2}</p>{table}<p>{Paragraph3}</p></article>
            """));
        var block = Assert.Single(result.Article!.Body.Blocks, b => b.Kind == BlockKind.Table);
        Assert.Equal(["North", "Replaced"], block.Rows[1]);
        Assert.Equal("Cables and their state", block.Caption);
        Assert.DoesNotContain("Cables and their state", result.Article.Body.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<figure class=\"wp-block-table\">{0}</figure>")]
    [InlineData("<figure class=\"table\">{0}<figcaption>Cables and their state</figcaption></figure>")]
    public void A_table_wrapped_in_a_figure_is_a_table_of_the_body(string wrapper)
    {
        const string Table = "<table><tr><th>Cable</th><th>State</th></tr><tr><td>North</td><td>Replaced</td></tr></table>";
        var result = Parse(Page($"""
            <article><h1>Harbour bridge reopens after repairs</h1><p>{Paragraph1}</p><p>{Paragraph2}</p>
            {string.Format(System.Globalization.CultureInfo.InvariantCulture, wrapper, Table)}<p>{Paragraph3}</p></article>
            """));
        var table = Assert.Single(result.Article!.Body.Blocks, b => b.Kind == BlockKind.Table);
        Assert.Equal(["North", "Replaced"], table.Rows![1]);
    }

    [Fact]
    public void A_sign_up_box_with_hashed_class_names_leaves_the_body_with_its_pitch()
    {
        var result = Parse(Page($"""
            <main class="css-1x9k2m"><h1 class="css-7b8c9d">Harbour bridge reopens after repairs</h1><div class="css-a1b2c3">
            <div class="css-0d1e2f"><p>{Paragraph1}</p></div><div class="css-0d1e2f"><p>{Paragraph2}</p></div>
            <div class="css-5c6d7e"><p class="css-3a4b5c">Get the Morning Briefing delivered to your inbox every weekday before 7am.</p>
              <form class="css-6d7e8f"><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
            <div class="css-0d1e2f"><p>{Paragraph3}</p></div></div></main>
            """));
        var body = result.Article!.Body.Text;
        Assert.DoesNotContain("Morning Briefing", body, StringComparison.Ordinal);
        Assert.Contains(Paragraph3, body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cell_beside_the_article_s_cell_in_a_layout_table_is_another_column()
    {
        var result = Parse($"""
            <html><head><title>Harbour bridge reopens</title></head><body><table><tr>
            <td><b>NEWS</b><br><a href="/news/">Latest News</a><br><a href="/letters/">Letters</a></td>
            <td><b>Harbour bridge reopens</b><br><br><p>{Paragraph1}</p><p>{Paragraph2}</p><p>{Paragraph3}</p></td>
            <td><b>WEATHER</b><br>Today: sunny intervals, 19C<br><br><b>ADVERTISEMENT</b><br>Harbour Motors - MOTs while you wait. Call 01234 567890.</td>
            </tr></table></body></html>
            """);
        Assert.True(result.Success, result.Reason);
        Assert.Contains(Paragraph3, result.Article.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("WEATHER", result.Article.Body.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div id=\"cookieconsent\" class=\"cc-window cc-banner\" role=\"dialog\">")]
    [InlineData("<div class=\"x7k2 q9\" role=\"dialog\" aria-modal=\"true\">")]
    public void A_consent_dialog_longer_than_a_short_news_item_is_not_its_body(string dialog)
    {
        const string News = "From 6 April the weekly market is back on Church Square. Every Saturday from 8 to 1, twelve traders sell fruit, vegetables, cheese and bread from the region.";
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Weekly market returns - Town of Rothenbach</title></head><body>
            {dialog}<div><p>We use cookies on our website. Some of them are essential, while others help us to improve this website and your experience. If you are under 16 and wish to give consent to optional services, you must ask your legal guardians for permission.</p>
            <p>Essential: essential cookies enable basic functions and are necessary for the proper functioning of the website. External media: content from video platforms and social media platforms is blocked by default.</p><button>Accept all</button></div></div>
            <main><h1>Weekly market returns to Church Square</h1><p>{News}</p></main></body></html>
            """;
        var result = new ArticleParser().Parse(html, new Uri("https://town.example/news/weekly-market"));

        Assert.True(result.Success, result.Reason);
        Assert.Equal([News], result.Article!.Body.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("<div id=\"cookieconsent\" class=\"cc-window cc-banner\" role=\"dialog\"><div class=\"cc-inner\">")]
    [InlineData("<div class=\"x7k2 q9\"><div class=\"z81\">")]
    public void A_consent_banner_longer_than_a_short_news_item_is_left_out_by_its_name_or_by_what_it_says(string banner)
    {
        // The banner holds most of the page's text, so its role alone does not leave it out: its name does, or (named
        // with hashed classes) its text about cookies around its buttons.
        string[] news =
        [
            "From 6 April the weekly market is back on Church Square. Every Saturday from 8 to 1 twelve traders sell fruit and vegetables and bread from the region.",
            "The idea came from the citizens' budget, where it won more than 400 votes.",
        ];
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Weekly market returns - Town of Rothenbach</title></head><body>
            {banner}<h2>Privacy settings</h2>
            <p>We use cookies on our website. Some of them are essential, while others help us to improve this website, our services and your experience, as described below. If you are under 16 and wish to give consent to optional services, you must ask your legal guardians for permission. You can revoke or change your selection at any time later.</p>
            <p>We use cookies and other technologies on our website. Some of them are essential, while others help us to improve this website and your experience. Personal data may be processed, for example IP addresses, for personalized ads, content, ad and content measurement.</p>
            <p>Essential: essential cookies enable basic functions and are necessary for the proper functioning of the website. External media: content from video platforms and social media platforms is blocked by default. If external media cookies are accepted, access to this content no longer requires manual consent.</p>
            <button>Accept all</button> <button>Save</button></div></div>
            <div class="wrapper"><header><nav><a href="/town">Town hall</a> <a href="/leisure">Leisure</a></nav></header>
            <main><div class="news-detail"><h1>Weekly market returns to Church Square</h1><p>{news[0]}</p><p>{news[1]}</p></div></main>
            <footer><p>Town of Rothenbach, Town Hall Square 2</p></footer></div></body></html>
            """;
        var result = new ArticleParser().Parse(html, new Uri("https://town.example/news/weekly-market"));

        Assert.True(result.Success, result.Reason);
        Assert.Equal(news, result.Article!.Body.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("<div id=\"qc-cmp2-container\" class=\"qc-cmp2-container\"><div class=\"qc-cmp2-summary-section\">")]
    [InlineData("<div class=\"x7k2 q9\"><div class=\"z81\">")]
    public void A_consent_dialog_that_says_cookies_once_and_consent_once_is_no_body_beside_a_one_paragraph_brief(string dialog)
    {
        const string Brief = "Un incendio declarado la pasada madrugada en una nave industrial del polígono obligó a cortar durante tres horas la carretera de acceso, sin heridos.";
        var html = $"""
            <!doctype html><html lang="es"><head><meta charset="utf-8"><title>Incendio en una nave</title></head><body>
            {dialog}<h2>Valoramos tu privacidad</h2>
            <p>Nosotros y nuestros 842 socios almacenamos o accedemos a información en un dispositivo, como cookies, y tratamos datos personales, como identificadores únicos e información estándar enviada por un dispositivo.</p>
            <p>Con tu permiso, nosotros y nuestros socios podemos utilizar datos de localización geográfica precisa e identificación mediante las características de dispositivos.</p>
            <p>Ten en cuenta que algún tratamiento de tus datos personales puede no requerir tu consentimiento, pero tienes derecho a rechazar dicho tratamiento.</p>
            <button>ACEPTO</button></div></div>
            <div class="contenido"><h1>Incendio en una nave</h1><div class="cuerpo"><p>{Brief}</p></div></div></body></html>
            """;
        var result = new ArticleParser().Parse(html, new Uri("https://diario.example/noticias/incendio"));

        Assert.True(result.Success, result.Reason);
        Assert.Equal([Brief], result.Article!.Body.Blocks.Select(b => b.Text));
    }

    private static readonly string[] FaqAnswers =
    [
        "Bins are emptied every second Tuesday; in weeks with a public holiday the collection moves to the Wednesday after it.",
        "Bulky waste is collected twice a year on request: fill in the form at the town hall at least two weeks before the date.",
        "Garden waste can be brought to the depot on Mill Road from March to November, on Saturdays between nine and one o'clock.",
    ];

    /// <summary>An FAQ page whose answers carry <paramref name="hiding"/>, with <paramref name="intro"/> under its headline; asserts every answer is in the body.</summary>
    private static void AssertAnswersKept(string hiding, string intro)
    {
        var panels = string.Concat(FaqAnswers.Select((a, k) => $"<h3><button>Question {k + 1}</button></h3><div {hiding}><p>{a}</p></div>"));
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Waste collection: questions and answers</title></head><body>
            <nav><a href="/">Home</a> <a href="/services">Services</a></nav>
            <main><h1>Waste collection: questions and answers</h1>{intro}{panels}</main>
            <footer><a href="/imprint">Imprint</a></footer></body></html>
            """;
        var result = new ArticleParser().Parse(html, new Uri("https://town.example/services/waste"));

        Assert.True(result.Success, result.Reason);
        Assert.All(FaqAnswers, a => Assert.Contains(a, result.Article!.Body.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("style=\"display:none\"")]
    [InlineData("hidden")]
    [InlineData("aria-hidden=\"true\"")]
    public void A_page_that_hides_nearly_all_its_text_until_clicked_keeps_it_as_the_body(string hiding)
    {
        // An FAQ whose answers open on a click: the closed answers are the page's content.
        AssertAnswersKept(hiding, string.Empty);
    }

    [Fact]
    public void A_carousels_slides_hidden_for_screen_readers_but_the_one_shown_stay_in_the_body()
    {
        // A slideshow whose captions are the story: the carousel marks every slide but the one in view aria-hidden.
        static string Slide(int n, string state, string title, string caption) =>
            $"""<div class="slick-slide{state}" aria-hidden="{(state.Length > 0 ? "false" : "true")}"><img src="/s{n}.jpg" alt=""><div class="slide-dek"><h2>{title}</h2><p>{caption}</p></div></div>""";
        var result = Parse(Page($"""
            <main><h1>Old harbour cranes, then and now</h1><div class="slick-slider"><div class="slick-track">
            {Slide(0, " slick-active", "The coal crane", Paragraph1)}{Slide(1, string.Empty, "The grain crane", Paragraph2)}{Slide(2, string.Empty, "The timber crane", Paragraph3)}
            </div></div><div aria-hidden="true" class="slide-count">1 / 3</div></main>
            """));

        Assert.Equal(["The coal crane", Paragraph1, "The grain crane", Paragraph2, "The timber crane", Paragraph3], result.Article!.Body.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("<div class=\"q1\" data-what=\"info\">Schließen [X]</div>")]
    [InlineData("<button class=\"q1\" aria-label=\"Close\">×</button>")]
    public void A_layer_that_opens_with_its_own_close_control_is_no_body_beside_text_written_with_line_breaks(string close)
    {
        const string Text = "Die Region Rioja liegt im Norden Spaniens am Mittellauf des Ebro und misst ungefähr 120 mal 40 Kilometer.<br><br>"
            + "Die Bestimmungen erlauben vier rote und drei weiße Rebsorten, darunter Tempranillo, Garnacha, Graciano und Mazuelo.<br><br>"
            + "Für die Qualitätsstufen der Weine gelten Mindestlagerzeiten im Fass und in der Flasche, die der Kontrollrat überwacht.";
        var html = $"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Rioja - Weinland</title></head><body>
            <div id="vkinfo">{close}<h3>Versandkosten und Lieferung</h3>
            <p>Unsere Lieferungen kommen per Paketdienst zu Ihnen. Sofern nicht anders abgesprochen, erfolgt die Lieferung frei Haus ab einem Warenwert von 60 Euro, darunter berechnen wir Versandkosten in Höhe von 8 Euro.</p>
            <p>Wir behalten uns das Recht auf Teillieferungen vor. Die Lieferzeit beträgt in der Regel zwei bis vier Werktage, bei Lieferungen ins Ausland auch länger.</p></div>
            <div class="inhalt"><h1>Rioja</h1><div class="text">{Text}</div></div></body></html>
            """;
        var result = new ArticleParser().Parse(html);

        Assert.True(result.Success, result.Reason);
        Assert.Contains("Tempranillo", result.Article!.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Versandkosten", result.Article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_paragraph_product_description_beats_a_longer_review_platforms_widget()
    {
        const string Description = "A brisk, malty second-flush Assam from the Halmari estate, blended with a touch of Kenyan tea for extra colour when you add milk. Brew with freshly boiled water for four minutes.";
        var reviews = string.Concat(Enumerable.Range(1, 3).Select(k =>
            $"<div class=\"jdgm-rev\"><b class=\"jdgm-rev__title\">Review {k}</b><div class=\"jdgm-rev__body\"><p>I drink four or five mugs of this every day and it never gets boring, review number {k}. It stands up to a proper splash of milk and has a lovely malty sweetness.</p></div></div>"));
        var html = $"""
            <html lang="en"><head><title>Assam Breakfast Loose Leaf Tea</title></head><body>
            <main><section class="product"><h1>Assam Breakfast Loose Leaf Tea</h1><div class="price">£8.50</div>
            <div class="product__description rte"><p>{Description}</p></div></section>
            <div id="judgeme_product_reviews" class="jdgm-widget jdgm-review-widget"><h2>Customer Reviews</h2>{reviews}</div></main></body></html>
            """;
        var result = new ArticleParser().Parse(html);

        Assert.True(result.Success, result.Reason);
        Assert.Equal([Description], result.Article!.Body.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Panels_hidden_until_found_are_text_the_page_shows()
    {
        // hidden="until-found" closes an accordion panel whose text the browser's find in page opens: it is not hidden
        // text (the introduction keeps the hidden share under the FAQ rule's, so this is the attribute's own rule).
        AssertAnswersKept("hidden=\"until-found\"", "<p>The town collects household waste, bulky waste and garden waste; these are the questions residents ask most often, with the answers of the waste office.</p>");
    }

    [Theory]
    [InlineData("comentarios", "comentario")]
    [InlineData("yorumlar", "yorum")]
    [InlineData("commentaires", "commentaire")]
    public void Reader_comments_named_in_the_sites_language_do_not_replace_a_short_article(string list, string item)
    {
        string[] story =
        [
            "The covered market of Santa Luzia reopened on Saturday with a metal roof, public toilets and a space for family farmers.",
            "During the seven months of works the traders used the car park of the sports hall, which drew complaints from residents.",
            "The town hall said the market will open on Wednesdays and Saturdays from six in the morning until one in the afternoon.",
        ];
        var comments = string.Concat(Enumerable.Range(1, 6).Select(k =>
            $"<div class=\"{item}\"><p class=\"autor\">Reader {k}</p><p>I have been buying vegetables at this market for {k + 10} years and I am glad the roof is finally there, because in the rainy season it was impossible to shop, the stalls were flooded and the farmers lost a lot of their produce every single week.</p></div>"));
        var html = $"""
            <!doctype html><html lang="pt"><head><meta charset="utf-8"><title>Market reopens with a new roof</title></head><body>
            <main><div class="nota"><h1>Market reopens with a new roof</h1><div class="texto">{string.Concat(story.Select(p => $"<p>{p}</p>"))}</div></div>
            <section class="{list}"><h3>Leave a comment</h3>{comments}</section></main></body></html>
            """;
        var result = new ArticleParser().Parse(html, new Uri("https://folha.example/cidade/market-reopens"));

        Assert.True(result.Success, result.Reason);
        Assert.Equal(story, result.Article!.Body.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("<strong>READ ALSO: <a href=\"/local/power-cuts-in-five-districts\">Power cuts planned in five districts of the town</a></strong>")]
    [InlineData("<b>Lee también: <a href=\"/local/power-cuts-in-five-districts\">Cortes de luz programados en cinco barrios</a></b>")]
    public void A_reading_line_between_line_breaks_is_not_a_paragraph_of_the_article(string line)
    {
        string[] paragraphs =
        [
            "The mayor signed the decree on Monday that opens the public tender for the rural water main, which has been awaited for years.",
            "According to the works department, the pipe will run for forty-two kilometres and serve more than three thousand households.",
            "The bids will be opened on 14 March, and the council expects the works to start before the end of the year.",
        ];
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tender for the rural water main</title></head><body>
            <div class="nota"><h1>Tender for the rural water main</h1><div class="cuerpo-nota">{paragraphs[0]}<br><br>{paragraphs[1]}<br><br>{line}<br><br>{paragraphs[2]}</div></div></body></html>
            """;
        var result = new ArticleParser().Parse(html, new Uri("https://daily.example/local/water-main-tender"));

        Assert.True(result.Success, result.Reason);
        Assert.Equal(paragraphs, result.Article!.Body.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_page_whose_content_is_a_list_of_links_under_its_headline_keeps_the_list_as_the_last_resort()
    {
        // A projects page: a short introduction and the projects, each a link to its own page; nothing else to read.
        string[] projects =
        [
            "Water quality report after a six-week public consultation",
            "Historical field maps archive opened at the request of residents",
            "Reading room opening hours extended for evening visitors",
            "Register of protected trees in the district updated this autumn",
            "Study on solar panels on school roofs across the county",
            "Timetable for the autumn examinations published for all schools",
        ];
        var items = string.Concat(projects.Select((p, k) => $"<li><a href=\"/projects/{k}\">{p}</a></li>"));
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Funded projects 2024</title></head><body>
            <main><h1>Funded projects 2024</h1><p>The foundation funds these projects this year, chosen by an external panel.</p><ul>{items}</ul></main></body></html>
            """;
        var result = new ArticleParser().Parse(html, new Uri("https://foundation.example/projects"));

        Assert.True(result.Success, result.Reason);
        Assert.Equal(BodyPath.LinkLists, result.Article!.Body.Path);
        Assert.All(projects, p => Assert.Contains(p, result.Article.Body.Text, StringComparison.Ordinal));
    }
}
