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

    [Theory]
    [InlineData("""<div class="paywall-bar"><p>You have read your last free article.</p><a href="/subscribe">Subscribe now</a></div>""")]
    [InlineData("""<div class="newsletter-signup"><p>Get the morning briefing in your inbox.</p><form><input type="email"><button>Sign up</button></form></div>""")]
    public void A_short_box_left_out_between_chunks_built_alike_does_not_end_the_article(string box)
    {
        // A magazine CMS splits the story into chunks of one class and puts a paywall bar or a sign-up box between them.
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bypass opening delayed again</title></head><body>
            <main><article><header><h1>Bypass opening delayed again</h1></header><div class="chunks">
            <div class="body body__container"><div class="inner">{string.Concat(Before.Select(p => $"<p>{p}</p>"))}</div></div>
            {box}
            <div class="body body__container"><div class="inner"><h2>Weekend work</h2>{string.Concat(After.Select(p => $"<p>{p}</p>"))}</div></div>
            </div></article></main></body></html>
            """;
        var body = new ArticleParser().Parse(html, new Uri("https://news.example/2024/01/20/bypass")).Article!.Body.Text;

        Assert.All(Before.Concat(After), p => Assert.Contains(p, body, StringComparison.Ordinal));
        Assert.Contains("Weekend work", body, StringComparison.Ordinal);
        Assert.DoesNotContain("inbox", body, StringComparison.Ordinal);
        Assert.DoesNotContain("free article", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_of_a_page_each_in_an_article_element_come_out_whole()
    {
        // A municipal template: the headline outside any article element, each headed section of the page in an article of
        // its own ("it-page-section"), an in-page menu to them beside.
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bypass opening delayed again</title></head><body>
            <main><div class="container"><h1>Bypass opening delayed again</h1></div><div class="container"><div class="row">
            <aside class="col-lg-4"><ul><li><a href="#delay">Delay</a></li><li><a href="#next">What comes next</a></li></ul></aside>
            <section class="col-lg-8"><article class="it-page-section"><h4 id="delay">Delay</h4><div class="richtext">{string.Concat(Before.Select(p => $"<p>{p}</p>"))}<p>{Before[0]}</p></div></article>
            <article class="it-page-section mt-5"><h4 id="next">What comes next</h4><div class="richtext">{string.Concat(After.Select(p => $"<p>{p}</p>"))}</div></article>
            </section></div></div></main></body></html>
            """;

        var body = new ArticleParser().Parse(html).Article!.Body.Text;
        Assert.Contains(Before[1], body, StringComparison.Ordinal);
        Assert.Contains("What comes next", body, StringComparison.Ordinal);
        Assert.Contains(After[1], body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_paragraph_before_a_paywall_named_as_its_teaser_stays()
    {
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bypass opening delayed again</title></head><body>
            <article><h1>Bypass opening delayed again</h1><div class="article-body">
            {string.Concat(Before.Select(p => $"<p class=\"x1\">{p}</p>"))}
            <p class="x1 article-body__paywall-teaser">{After[0]}</p>
            <div class="article-body__paywall"><p>This is an exclusive article for subscribers.</p><a href="/plus">Try it now</a></div>
            </div></article></body></html>
            """;
        var body = new ArticleParser().Parse(html, new Uri("https://news.example/2024/01/20/bypass")).Article!.Body.Text;

        Assert.All(Before.Append(After[0]), p => Assert.Contains(p, body, StringComparison.Ordinal));
        Assert.DoesNotContain("exclusive article", body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_next_story_of_an_endless_page_after_a_box_does_not_join()
    {
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bypass opening delayed again</title></head><body>
            <main><h1>Bypass opening delayed again</h1><div class="chunks">
            <div class="body body__container">{string.Concat(Before.Select(p => $"<p>{p}</p>"))}</div>
            <div class="newsletter-signup"><p>Get the morning briefing in your inbox.</p><form><input type="email"><button>Sign up</button></form></div>
            <div class="body body__container"><h1>Library extends its opening hours</h1>{string.Concat(After.Select(p => $"<p>{p}</p>"))}</div>
            </div></main></body></html>
            """;
        var body = new ArticleParser().Parse(html, new Uri("https://news.example/2024/01/20/bypass")).Article!.Body.Text;

        Assert.All(Before, p => Assert.Contains(p, body, StringComparison.Ordinal));
        Assert.All(After, p => Assert.DoesNotContain(p, body, StringComparison.Ordinal));
    }

    [Fact]
    public void A_story_in_rows_of_a_layout_table_with_cells_of_one_class_comes_out_whole()
    {
        // Old CMS: each part of the story in a row of its own ("<td class="text">"), a picture's row between them, a box of
        // other stories in rows of another class after them.
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bypass opening delayed again</title></head><body>
            <table><tr><td class="title"><h1>Bypass opening delayed again</h1></td></tr>
            <tr><td class="text">{string.Concat(Before.Select(p => $"<p>{p}</p>"))}</td></tr>
            <tr><td align="center"><img src="/bypass.jpg" alt=""></td></tr>
            <tr><td class="text">{string.Concat(After.Select(p => $"<p>{p}</p>"))}</td></tr>
            <tr><td class="boxhead">More news</td></tr><tr><td class="boxtext">New bus timetable from Monday for the whole county.</td></tr></table>
            </body></html>
            """;
        var body = new ArticleParser().Parse(html, new Uri("https://news.example/2024/01/20/bypass")).Article!.Body.Text;

        Assert.All(Before.Concat(After), p => Assert.Contains(p, body, StringComparison.Ordinal));
        Assert.DoesNotContain("New bus timetable", body, StringComparison.Ordinal);
    }

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

    [Fact]
    public void Content_frames_of_different_types_after_the_articles_frame_are_more_of_it_with_their_heading_frames()
    {
        // A CMS writes each content element as a frame: the news element with the headline and teaser, a text-with-picture
        // frame, a header frame with a subheading alone, and a text frame. The frames share a class, not their type.
        var html = $"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Bypass opening delayed again | Example</title></head><body>
            <header><nav><ul><li><a href="/news">News</a></li><li><a href="/about">About</a></li></ul></nav></header>
            <main>
            <div id="c512" class="frame frame-default frame-type-news_newsdetail"><div class="article"><time datetime="2023-04-27">27.04.2023</time><h1>Bypass opening delayed again</h1>
            <div class="teaser-text"><p>The bypass will not open before March, the transport authority said on Monday.</p></div></div></div>
            <div id="c513" class="frame frame-default frame-type-textpic"><div class="textpic"><div class="textpic-item textpic-text"><p>{Before[0]}</p><p>{Before[1]}</p></div></div></div>
            <div id="c514" class="frame frame-default frame-type-header"><h2>What comes next</h2></div>
            <div id="c515" class="frame frame-default frame-type-text"><p>{After[0]}</p><p>{After[1]}</p></div>
            </main><footer><a href="/imprint">Imprint</a></footer></body></html>
            """;
        var blocks = new ArticleParser().Parse(html, new Uri("https://news.example/news/detail/bypass")).Article!.Body.Blocks;
        Assert.Equal([.. Before, "What comes next", .. After], blocks.Select(b => b.Text).Where(t => !t.StartsWith("The bypass will", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_subheading_in_a_block_editors_header_block_stays_in_the_body()
    {
        // Each block of the story in a wrapper of its own; the word "header" names a subheading's block, not page furniture.
        static string Block(string kind, string content) => $"""<div class="block {kind}" data-type="{kind}"><div class="block-wrapper"><div class="block-content">{content}</div></div></div>""";
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bypass opening delayed again</title></head><body>
            <header class="header"><a href="/">Ledger</a> <a href="/news">News</a></header>
            <main><div class="article"><div class="block headerblock" data-type="article_header"><div class="block-wrapper"><div class="block-content"><h1>Bypass opening delayed again</h1></div><div class="pubdate">27 April 2023 11:52</div></div></div>
            {Block("text", $"<p>{Before[0]}</p>")}{Block("header", "<h2>What comes next</h2>")}{Block("text", $"<p>{After[0]}</p>")}{Block("header", "<h2>What the minister says</h2>")}{Block("text", $"<p>{After[1]}</p>")}
            </div></main><footer>© 2023 Ledger</footer></body></html>
            """;
        var blocks = new ArticleParser().Parse(html, new Uri("https://news.example/news/bypass")).Article!.Body.Blocks;
        Assert.Equal([Before[0], "What comes next", After[0], "What the minister says", After[1]], blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_story_written_with_line_breaks_keeps_the_text_boxes_of_the_column_beside_it_out()
    {
        // A small paper's page without p elements: the story's paragraphs are runs parted by two line breaks, and the
        // right column holds short boxes of text, no links. The runs score as paragraphs of the story's own block.
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bypass opening delayed again - Ledger</title></head><body>
            <div id="container"><div id="leftcol"><div class="storyhead">Bypass opening delayed again</div>
            <div class="storytext">{string.Join("<br />\n<br />\n", Before.Concat(After))}<br /></div></div>
            <div id="rightcol"><div class="box"><div class="boxhead">Weather</div><div class="boxitem">Today: Showers likely, high 61. Tonight: Low 44.</div></div>
            <div class="box"><div class="boxhead">Church Directory</div><div class="boxitem">Find worship times for 42 churches across Clinton County.</div></div></div>
            </div></body></html>
            """;
        var body = new ArticleParser().Parse(html, new Uri("https://news.example/2024/01/20/bypass")).Article!.Body.Text;
        Assert.Contains(Before[0], body, StringComparison.Ordinal);
        Assert.Contains(After[1], body, StringComparison.Ordinal);
        Assert.DoesNotContain("Showers likely", body, StringComparison.Ordinal);
        Assert.DoesNotContain("worship times", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layout_tables_menu_cell_written_with_line_breaks_stays_out_beside_a_story_in_a_font_element()
    {
        // A hand-made page of the 1990s: the menu cell and the story's cell both set their lines with br elements inside
        // font elements; the story's cell holds the longer runs and is the article alone.
        var html = $"""
            <HTML><HEAD><TITLE>Bypass opening delayed again</TITLE></HEAD><BODY><TABLE WIDTH="760"><TR>
            <TD WIDTH="150"><FONT SIZE="2"><B>MENU</B><BR><BR><A HREF="index.html">Home</A><BR><A HREF="roster.html">Engine Roster</A><BR><BR>
            <FONT SIZE="1">This site is always under construction!</FONT><BR><BR><FONT SIZE="1">Member of the Lowbridge WebRing</FONT></FONT></TD>
            <TD WIDTH="600"><FONT SIZE="5"><B>Bypass opening delayed again</B></FONT><BR><FONT SIZE="2"><I>by Harold Beispiel, Society Historian</I></FONT><BR><HR SIZE=1>
            <FONT SIZE="3">The old bridge at the end of Main Street was built by the railroad in the summer of 1889.
            <BR><BR>For almost sixty years it carried the busiest road in Lowbridge. Four coaches a day crossed it in 1910.
            <BR><BR><FONT SIZE="4"><B>Decline and Rescue</B></FONT><BR>Traffic moved to the bypass in 1952. Residents bought the bridge for one dollar.
            <BR><BR>Today the bridge is open to walkers every Sunday afternoon from May through October.</FONT></TD></TR></TABLE></BODY></HTML>
            """;
        var body = new ArticleParser().Parse(html, new Uri("https://members.example/~lowbridge/bypass.html")).Article!.Body.Text;
        Assert.Contains("The old bridge at the end of Main Street", body, StringComparison.Ordinal);
        Assert.Contains("open to walkers every Sunday", body, StringComparison.Ordinal);
        Assert.DoesNotContain("under construction", body, StringComparison.Ordinal);
        Assert.DoesNotContain("WebRing", body, StringComparison.Ordinal);
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

    private static readonly string[] Posts =
    [
        "Since the spring my dinghy's tiller creaks every time I luff up. The rudder blade is tight and I have already tightened the fittings. Any idea where else to look?",
        "We had the same on our boat: it was the bolt between the tiller and the rudder head. It was completely dry and had light grooves. A little spray and it has been quiet since.",
        "Check the pintles too. On older boats the bushings wear out and the whole rudder moves a millimetre, which is enough for a loud creak under load.",
        "Thanks to both of you, it was the bolt. Cleaned, greased and the creak is gone. I will look at the bushings over the winter anyway.",
    ];

    [Theory]
    [InlineData("post bg2", "post bg1")]
    [InlineData("row1", "row2")]
    [InlineData("post odd", "post even")]
    public void A_threads_posts_in_rows_that_alternate_their_class_all_stay(string first, string second)
    {
        // Two posts, each a run of text with line breaks in nested wrappers, as forum software writes them.
        var html = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>Pinne knarzt beim Anluven – Ursache? - Jollenforum.de</title></head><body>
            <div><div><h1>Jollenforum.de</h1></div>
            <div>
            <div class="post bg2"><div><div><div class="content">Moin zusammen,<br><br>seit dem Frühjahr knarzt bei meiner Pirat die Pinne jedes Mal, wenn ich anluve. Das Ruderblatt sitzt fest, die Beschläge habe ich schon nachgezogen.<br>Hat jemand eine Idee, wo ich noch suchen könnte? Das Geräusch kommt eindeutig vom Ruderkopf.</div></div></div></div>
            <div class="post bg1"><div><div><div class="content">Hallo Klaus,<br>bei uns war es damals der Bolzen zwischen Pinne und Ruderkopf. Der war an einer Stelle komplett trocken und hatte leichte Riefen. Ein bisschen Teflonspray und seitdem ist Ruhe.</div></div></div></div>
            </div></div></body></html>
            """.Replace("post bg2", first, StringComparison.Ordinal).Replace("post bg1", second, StringComparison.Ordinal);
        var result = new ArticleParser().Parse(html, new Uri("https://forum.example/t/812"));

        Assert.True(result.Success, result.Reason);
        Assert.Contains("seit dem Frühjahr knarzt", result.Article!.Body.Text, StringComparison.Ordinal);
        Assert.Contains("bei uns war es damals der Bolzen", result.Article!.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Posts_headed_by_a_link_to_their_own_anchor_are_the_thread_not_a_list_of_teasers()
    {
        var posts = string.Concat(Posts.Select((p, i) =>
            $"<div id=\"p{i}\" class=\"post\"><h3><a href=\"#p{i}\">Re: Tiller creaks when luffing</a></h3><p class=\"author\">by <strong>sailor{i}</strong></p><div class=\"content\">{p}</div></div><hr>"));
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tiller creaks when luffing - Dinghy forum</title></head><body>
            <div id="page-body"><h2 class="topic-title"><a href="./viewtopic.php?t=812">Tiller creaks when luffing</a></h2>{posts}</div></body></html>
            """;
        var result = new ArticleParser().Parse(html, new Uri("https://forum.example/viewtopic.php?t=812"));

        Assert.True(result.Success, result.Reason);
        Assert.All(Posts, p => Assert.Contains(p, result.Article!.Body.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Headed_sections_side_by_side_in_the_body_each_with_a_grid_of_text_cells_come_out_whole()
    {
        // No wrapper holds the sections: an "about" page of a site builder, one section per heading, its text in cells.
        string[] cells =
        [
            "The workshop was founded in 1987 by two carpenters who wanted to repair old boats instead of building new ones for the marina.",
            "Today twelve people work here, and every winter we take in about thirty wooden boats from the lakes of the region for repairs.",
            "We use larch and oak from forests within fifty kilometres, and we dry the wood ourselves in the old barn behind the workshop.",
            "Glues and paints are chosen for their low solvent content, and offcuts heat the workshop during the cold months of the year.",
            "Each spring we offer a course for owners who want to look after their own boats, with four evenings and a weekend on the water.",
            "The course is limited to eight people, and the fee includes the materials, the tools on loan and a lunch on both days of the weekend.",
        ];
        static string Section(string heading, string a, string b) =>
            $"<div class=\"section\"><h2>{heading}</h2><div class=\"grid\"><div class=\"grid-cell\"><p>{a}</p></div><div class=\"grid-cell\"><p>{b}</p></div></div></div>";
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>About us - Lakeside Boat Workshop</title></head><body>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></nav>
            <div class="hero"><h1>About us</h1></div>
            {Section("Our story", cells[0], cells[1])}{Section("Materials", cells[2], cells[3])}{Section("Courses", cells[4], cells[5])}
            <footer><p>Lakeside Boat Workshop, Harbour Lane 4</p></footer>
            </body></html>
            """;
        var body = new ArticleParser().Parse(html, new Uri("https://boats.example/about")).Article!.Body.Text;

        Assert.All(cells, p => Assert.Contains(p, body, StringComparison.Ordinal));
        Assert.DoesNotContain("Harbour Lane", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_fields_of_a_cms_whose_labels_it_hides_come_out_beside_a_two_column_block()
    {
        // Drupal's paragraphs: every text field says "field--label-hidden" (its label is hidden, not its text); a
        // two-column block without that class stands among them.
        string[] sections =
        [
            "The society was founded in 1952 by eleven farmers who wanted to keep the old orchards of the valley alive after the war.",
            "In the seventies the members planted more than four hundred young trees of old varieties along the roads of the district.",
            "Today the society looks after nine orchards, presses its own juice every autumn and teaches pruning to school classes.",
        ];
        string[] columns =
        [
            "Our press runs from September to November.",
            "Members bring their apples on Saturdays.",
        ];
        static string Text(string heading, string p) =>
            $"<div class=\"paragraph paragraph--type--text\"><div class=\"field field--name-field-text field--label-hidden\"><h2>{heading}</h2><p>{p}</p></div></div>";
        var twoColumns = $"<div class=\"paragraph paragraph--type--two-columns\"><div class=\"layout layout--twocol\"><div class=\"layout__region--first\"><div class=\"field\"><p>{columns[0]}</p></div></div><div class=\"layout__region--second\"><div class=\"field\"><p>{columns[1]}</p></div></div></div></div>";
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our history</title></head><body>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul></nav>
            <main><article class="node"><h1>Our history</h1><div class="node__content"><div class="field field--name-field-paragraphs">
            {Text("Beginnings", sections[0])}{Text("Planting", sections[1])}{twoColumns}{Text("Today", sections[2])}
            </div></div></article></main><footer><p>Valley Orchard Society, Mill Lane 3</p></footer></body></html>
            """;
        var body = new ArticleParser().Parse(html, new Uri("https://orchards.example/about/history")).Article!.Body.Text;

        Assert.All(sections, p => Assert.Contains(p, body, StringComparison.Ordinal));
    }

    private static readonly string[] Third =
    [
        "Shopkeepers on the high street will be offered rate relief for the months of the delay, the council confirmed in a statement on Tuesday.",
        "The authority expects to publish a revised timetable for the final surfacing work and the opening ceremony by the end of next month.",
    ];

    [Fact]
    public void Three_content_elements_each_a_heading_and_its_text_in_wrappers_come_out_whole_with_their_headings()
    {
        // A CMS's content elements: each a frame holding a header with its subheading and a div with the text; the
        // subheadings' class says "header". No section is the article alone, and no paragraph comes out twice.
        static string Frame(string heading, IEnumerable<string> paragraphs) =>
            $"<div class=\"frame frame-type-text\"><div class=\"frame-inner\"><header class=\"frame-header\"><h2 class=\"element-header\">{heading}</h2></header>"
            + $"<div class=\"ce-bodytext\">{string.Concat(paragraphs.Select(p => $"<p>{p}</p>"))}</div></div></div>";
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bypass opening delayed again</title></head><body>
            <main><h1>Bypass opening delayed again</h1>{Frame("The delay", Before)}{Frame("What the authority says", After)}{Frame("Help for shops", Third)}</main>
            </body></html>
            """;
        var body = new ArticleParser().Parse(html, new Uri("https://news.example/2024/01/20/bypass")).Article!.Body;

        Assert.All(Before.Concat(After).Concat(Third), p => Assert.Single(body.Blocks, b => b.Text == p));
        Assert.All(new[] { "The delay", "What the authority says", "Help for shops" }, h => Assert.Contains(body.Blocks, b => b.Kind == NewsKit.Models.BlockKind.Heading && b.Text == h));
    }

    [Fact]
    public void A_sections_paragraph_is_not_written_twice_when_its_section_joins_the_article()
    {
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>About the society</title></head><body>
            <main><div><header><h1>Who we are</h1></header><p>{Before[0]}</p></div><div><header><h2>Membership</h2></header><p>{After[0]}</p></div></main>
            </body></html>
            """;
        var body = new ArticleParser().Parse(html, new Uri("https://society.example/about")).Article!.Body;

        Assert.Single(body.Blocks, b => b.Text == After[0]);
        Assert.Contains(body.Blocks, b => b.Kind == NewsKit.Models.BlockKind.Heading && b.Text == "Membership");
    }

    [Fact]
    public void Sections_of_a_story_split_at_a_section_break_come_out_whole()
    {
        // A publishing platform's story: sibling sections, the first holding the headline, its button bar and the opening.
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bypass opening delayed again</title></head><body>
            <article><div><div><section><div><div></div><div><div><div><h1>Bypass opening delayed again</h1></div><div><button>1.2K</button><button>Share</button></div></div>
            {string.Concat(Before.Concat(After).Select(p => $"<p>{p}</p>"))}<h2>What the authority says</h2>{string.Concat(Before.Concat(After).Select(p => $"<p>{p} More.</p>"))}</div></div></section>
            <section><div><div><h2>Help for shops</h2>{string.Concat(Third.Select(p => $"<p>{p}</p>"))}</div></div></section></div></div>
            <div><a href="/tag/roads">Roads</a> <a href="/tag/town">Town</a></div></article>
            </body></html>
            """;
        var body = new ArticleParser().Parse(html, new Uri("https://blog.example/bypass-delayed")).Article!.Body.Text;

        Assert.All(Before.Concat(After).Concat(Third), p => Assert.Contains(p, body, StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_builders_heading_and_text_blocks_come_out_whole()
    {
        // Elementor calls every block a widget: "elementor-widget elementor-widget-heading", "...-text-editor".
        static string Widget(string kind, string inner) =>
            $"<div class=\"elementor-element elementor-widget elementor-widget-{kind}\"><div class=\"elementor-widget-container\">{inner}</div></div>";
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bypass opening delayed again</title></head><body>
            <div class="elementor"><h1>Bypass opening delayed again</h1>
            {Widget("text-editor", $"<p>{Before[0]}</p>")}{Widget("heading", "<h2>The delay</h2>")}{Widget("text-editor", string.Concat(Before.Skip(1).Concat(After).Select(p => $"<p>{p}</p>")))}
            {Widget("heading", "<h2>Help for shops</h2>")}{Widget("text-editor", $"<p>{Third[0]}</p>")}</div>
            <div class="elementor-widget elementor-widget-share-buttons"><a href="/share">Share on Facebook</a></div>
            </body></html>
            """;
        var body = new ArticleParser().Parse(html, new Uri("https://builder.example/bypass")).Article!.Body;

        Assert.All(Before.Concat(After).Append(Third[0]), p => Assert.Contains(p, body.Text, StringComparison.Ordinal));
        Assert.Contains(body.Blocks, b => b.Kind == NewsKit.Models.BlockKind.Heading && b.Text == "Help for shops");
        Assert.DoesNotContain("Share on Facebook", body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_of_the_same_kind_that_hold_lists_join_the_sections_text()
    {
        // A job ad: "Your tasks" and "Your profile" are lists, "We offer" is the only paragraph.
        var html = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Electronics technician</title></head><body>
            <nav><a href="/">Home</a> <a href="/jobs">Jobs</a></nav>
            <main class="job"><h1>Electronics technician</h1>
            <div class="job__section"><h2>Your tasks</h2><ul><li>Maintaining and repairing our thermoforming lines and conveyor belts</li><li>Finding faults in programmable controllers</li></ul></div>
            <div class="job__section"><h2>Your profile</h2><ul><li>A completed apprenticeship as an electronics technician</li><li>Willingness to work in three shifts</li></ul></div>
            <div class="job__section"><h2>We offer</h2><p>Pay under the chemical industry's collective agreement, thirty days of leave, a company bicycle and a pension with a fifty per cent contribution.</p></div>
            <div class="job__section"><h2>Related jobs</h2><ul><li><a href="/jobs/1">Mechatronics technician in the night shift</a></li><li><a href="/jobs/2">Electrician for building services</a></li></ul></div>
            </main></body></html>
            """;
        var body = new ArticleParser().Parse(html, new Uri("https://jobs.example/electronics-technician")).Article!.Body.Text;

        Assert.Contains("thermoforming lines", body, StringComparison.Ordinal);
        Assert.Contains("three shifts", body, StringComparison.Ordinal);
        Assert.Contains("thirty days of leave", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Mechatronics technician", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_built_like_the_articles_that_opens_with_an_author_box_heading_ends_it()
    {
        // Every block of the page shares one class; the story's block is followed by the tags, then the author box with
        // the bio and the readers' responses.
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bypass opening delayed again</title></head><body><div id="root">
            <div class="l"><article><h1>Bypass opening delayed again</h1>{string.Concat(Before.Concat(After).Select(p => $"<p>{p}</p>"))}</article></div>
            <div class="l"><a href="/tagged/roads">Roads</a> <a href="/tagged/lowbridge">Lowbridge</a></div>
            <div class="l"><h2><span>Written by Dana Whitcomb</span></h2><p>Freelance reporter covering transport and planning in the northern towns.</p>
            <h2>Responses (12)</h2><div><p>Ayu Lestari</p><p>Aug 15, 2024</p><p>Thank you for writing this, my commute has doubled since the works began last year.</p></div></div>
            </div></body></html>
            """;
        var body = new ArticleParser().Parse(html, new Uri("https://news.example/bypass-7c2b19d4e0f1")).Article!.Body.Text;

        Assert.All(Before.Concat(After), p => Assert.Contains(p, body, StringComparison.Ordinal));
        Assert.DoesNotContain("Freelance reporter", body, StringComparison.Ordinal);
        Assert.DoesNotContain("commute has doubled", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_set_one_paragraph_to_a_block_keeps_the_blocks_before_the_one_that_holds_the_most()
    {
        // One paragraph per text block; the last block holds the line-ups, three short lines, and scores highest alone.
        var body = new ArticleParser().Parse("""
            <html lang="en"><head><title>Ravensholt 3-1 Tarnford</title></head><body>
            <article>
            <h1>Ravensholt Women 3-1 Tarnford Women</h1>
            <div data-component="text-block"><p>Ravensholt moved five points clear at the top of the Women's Championship with a convincing victory over second-placed Tarnford.</p></div>
            <div data-component="text-block"><p>Chioma Okonjo gave the hosts an early lead, sweeping a first-time finish into the bottom corner after Ciara Byrne's cut-back.</p></div>
            <div data-component="text-block"><p>Megan Halloran doubled the lead ten minutes after the restart with a looping header from a corner before Matsuda replied from the spot.</p></div>
            <div data-component="text-block"><h2>Line-ups</h2><p>Ravensholt: Lund, Pearce, Asante, Kerr, Doyle, Halloran, Finch, Wade, Byrne, Okonjo, Lister.</p><p>Tarnford: Varga, Hale, Tully, Coombes, Osei, Matsuda, Price, Lamb, Yates, Reid, Fenton.</p><p>Referee: Kate Ambler.</p></div>
            </article></body></html>
            """).Article!.Body;
        Assert.StartsWith("Ravensholt moved five points clear", body.Text, StringComparison.Ordinal);
        Assert.Contains("Megan Halloran doubled the lead", body.Text, StringComparison.Ordinal);
        Assert.EndsWith("Referee: Kate Ambler.", body.Text, StringComparison.Ordinal);
    }
}
