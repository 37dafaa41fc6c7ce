using System.Globalization;
using NewsKit.Models;

namespace NewsKit.Tests.Body;

/// <summary>
/// The article is never lost to a misleading name: class and id words are evidence that a run of prose can outweigh,
/// not a verdict. Pages written for these tests.
/// </summary>
public sealed class ArticleRegionTests
{
    private static readonly Uri PageUrl = new("https://news.example/2026/05/river-festival");

    private static readonly string[] Paragraphs =
    [
        "The river festival returns this weekend after a two-year pause, with boat races, food stalls and a concert on the old quay, the organisers said on Tuesday.",
        "More than forty crews have entered the races, which start at ten in the morning on Saturday and run until the light fades, weather permitting, on both days.",
        "The council closed the quay road for the weekend and asked visitors to come by bus or on foot, because the car parks near the river will be used by the stalls.",
        "Tickets for the concert on Sunday evening sold out within an hour, but the organisers said the music would be heard from the bridges and the river banks for free.",
    ];

    private static ParseResult Parse(string html) => new ArticleParser().Parse(html, PageUrl);

    private static string Page(string body) => $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>River festival returns | The Example Post</title></head>
        <body>
          <nav><a href="/">Home</a> <a href="/city">City</a></nav>
          {{body}}
          <footer><p>© 2026 The Example Post</p></footer>
        </body></html>
        """;

    private static string Prose(string wrap = "p") => string.Concat(Paragraphs.Select(p => $"<{wrap}>{p}</{wrap}>"));

    /// <summary>Asserts that the parse found an article holding every paragraph, and returns it.</summary>
    private static Article WholeArticle(ParseResult result)
    {
        Assert.True(result.Success, result.Reason);
        var article = Assert.IsType<Article>(result.Article);
        foreach (var paragraph in Paragraphs)
        {
            Assert.Contains(paragraph, article.Body.Text, StringComparison.Ordinal);
        }

        return article;
    }

    [Theory]
    [InlineData("l-sidebar-fixed l-article-body-segment")]
    [InlineData("sidebar_content")]
    [InlineData("item-content__row--sidebar")]
    [InlineData("hidden-contents-menu")]
    [InlineData("story-caption-wrap")]
    public void A_boilerplate_word_on_a_layout_wrapper_does_not_remove_the_article(string wrapperClass)
    {
        // The headline sits outside the wrapper (a page header), and a teaser rail beside it has text of its own.
        var teasers = string.Concat(Enumerable.Range(1, 20).Select(i => $"<li><a href=\"/city/2026/05/teaser-headline-number-{i}-of-the-rail\">Teaser headline number {i} of the rail</a> <span>A short summary line under the teaser.</span></li>"));
        var result = Parse(Page($"""
            <header class="page-header"><h1>River festival returns</h1></header>
            <div class="{wrapperClass}">
              <div class="text">{Prose()}</div>
            </div>
            <div class="rail"><h3>Most read</h3><ul>{teasers}</ul></div>
            """));

        var article = WholeArticle(result);
        Assert.DoesNotContain("Teaser headline", article.Body.Text, StringComparison.Ordinal);
        Assert.Equal(BodyPath.Scored, article.Body.Path);
    }

    [Fact]
    public void The_article_wins_over_a_long_comment_when_its_wrapper_carries_taxonomy_words()
    {
        var longComment = string.Concat(Enumerable.Repeat(
            "<p>I have lived by the river for thirty years, and I can tell you that the festival was always the best weekend of the year, with music, boats and friends.</p>", 8));
        var result = Parse(Page($"""
            <h1>River festival returns</h1>
            <div class="post type-post tag-festival tag-river category-city">
              <div class="entry">{Prose()}</div>
            </div>
            <div id="comments" class="comments"><ol class="comment-list"><li class="comment"><div class="comment-body">{longComment}</div></li></ol></div>
            """));

        Assert.DoesNotContain("thirty years", WholeArticle(result).Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_s_one_main_element_holds_the_article_when_a_longer_text_outside_it_scores_near()
    {
        // No headline element and hashed class names: a long privacy notice in a dialog wrapper outside main scores higher.
        var notice = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<p>Clause {i}: this site records some information about its visitors, such as the pages they read, the time of their visit, their browser and the address they came from, and keeps it for a year.</p>"));
        var result = Parse(Page($"""
            <main class="k5zcm4n6"><div class="k50zml78">{Prose()}</div></main>
            <div class="kg1knqf6"><div class="k9l9q5kl">{notice}</div></div>
            """));

        Assert.DoesNotContain("Clause", WholeArticle(result).Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void On_an_endless_scroll_page_the_headline_s_article_wins_over_a_longer_next_story_with_its_own_h1()
    {
        var next = string.Concat(Enumerable.Range(1, 30).Select(i =>
            $"<p>Next story, paragraph {i}: the prosecutor general spoke about cooperation, organised crime, the courts, the budget, the police, the prisons, the victims, the witnesses, and the cases that wait for a judge, for months, for years.</p>"));
        var result = new ArticleParser().Parse($$"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>River festival returns | The Example Post</title>
            <meta property="og:title" content="River festival returns"></head><body><main>
              <div class="scroll"><article class="story"><header><h1>River festival returns</h1></header>{{Prose()}}</article></div>
              <div class="scroll"><article class="story"><header><h1>Prosecutor general visits the capital</h1></header>{{next}}</article></div>
            </main></body></html>
            """, PageUrl);

        Assert.DoesNotContain("Next story", WholeArticle(result).Body.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div class=\"ArticlePage-mainContent\">{0}</div><div class=\"ArticlePage-mainContent ArticlePage-next\">{1}</div>")]
    [InlineData("<div class=\"ArticlePage-mainContent\"><div class=\"ArticlePage-container\">{0}</div><div class=\"ArticlePage-scroll\"><div class=\"ArticlePage-container\">{1}</div></div></div>")]
    [InlineData("<main><div class=\"edition\"><section class=\"story\">{1}</section><section class=\"story\">{0}</section><section class=\"story\">{1}</section></div></main>")]
    public void The_headlines_story_among_blocks_of_stories_without_article_elements_is_the_body(string layout)
    {
        // An endless-scroll page or a print edition that sets each story in a block of one kind (no article elements):
        // the page's own story, named by its title, may be shorter than the next one.
        var next = "<h1>Prosecutor general visits the capital</h1>" + string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<p>Next story, paragraph {i}: the prosecutor general spoke about cooperation, organised crime, the courts, the budget and the police.</p>"));
        var own = $"<h1>River festival returns</h1><p>{Paragraphs[0]}</p><p>{Paragraphs[1]}</p>";
        var result = new ArticleParser().Parse($"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>River festival returns | The Example Post</title></head>
            <body>{string.Format(CultureInfo.InvariantCulture, layout, own, next)}</body></html>
            """, PageUrl);

        Assert.True(result.Success, result.Reason);
        var text = result.Article!.Body.Text;
        Assert.Contains(Paragraphs[1], text, StringComparison.Ordinal);
        Assert.DoesNotContain("Next story", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_heading_of_the_headlines_kind_inside_the_article_is_a_section_not_another_story()
    {
        // A page whose template sets a later section's title in an h1 too: the article stays whole.
        var result = Parse(Page($"""
            <div class="block"><h1>River festival returns</h1><p>{Paragraphs[0]}</p><p>{Paragraphs[1]}</p></div>
            <div class="block"><h2>Getting there</h2><p>{Paragraphs[2]}</p><h1>Tickets</h1><p>{Paragraphs[3]}</p></div>
            """));

        var text = WholeArticle(result).Body.Text;
        Assert.All(Paragraphs, p => Assert.Contains(p, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Forum_posts_signatures_are_no_body_text()
    {
        // A thread whose posts each end with the member's signature (MyBB, vBulletin): the posts are the text.
        var posts = string.Concat(Paragraphs.Select((p, i) =>
            $"<div class=\"post classic\"><div class=\"post_author\"><strong><a href=\"/u/{i}\">member{i}</a></strong></div>"
            + $"<div class=\"post_content\"><div class=\"post_body\">{p}</div><div class=\"signature\">Sent from my rowing boat number {i}, quay club member.</div></div></div>"));
        var result = Parse(Page($"<main><h1>River festival returns</h1><div id=\"posts\">{posts}</div></main>"));

        Assert.True(result.Success, result.Reason);
        Assert.DoesNotContain("rowing boat", result.Article!.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paywall_offer_box_between_the_teaser_and_the_page_end_is_no_body_text()
    {
        // The offer box is named only "paywall" (Dutch and French wording, no "subscribe" or "newsletter" in its class).
        var offers = "<div class=\"paywall\"><div class=\"paywall__box\"><h3>Lees verder met een abonnement</h3>"
            + "<p>Probeer nu een proefabonnement van vier weken voor maar een euro, daarna maandelijks opzegbaar.</p></div></div>"
            + "<div class=\"gr-paywall-offer\"><p>Offre spéciale : 1 € le premier mois, sans engagement, résiliable à tout moment.</p></div>";
        var result = Parse(Page($"<main><h1>River festival returns</h1><div class=\"article-body\">{string.Concat(Paragraphs.Select(p => $"<p>{p}</p>"))}</div>{offers}</main>"));

        Assert.True(result.Success, result.Reason);
        Assert.All(Paragraphs, p => Assert.Contains(p, result.Article!.Body.Text, StringComparison.Ordinal));
        Assert.DoesNotContain("proefabonnement", result.Article!.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Offre spéciale", result.Article!.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paywalled_storys_container_keeps_the_paragraphs_shown_before_its_offer_box()
    {
        // The story's container is named as paywalled and holds the offer box: the box goes, the paragraphs shown stay.
        var result = Parse(Page($"""
            <article><h1>River festival returns</h1><div class="article--content article--paywall"><p>{Paragraphs[0]}</p><p>{Paragraphs[1]}</p>
            <div class="paywall--box"><h3>Read this article with an active subscription</h3><a href="/buy">Buy access</a></div></div></article>
            """));

        Assert.True(result.Success, result.Reason);
        Assert.Equal(Paragraphs.Take(2), result.Article!.Body.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_lead_paragraph_named_as_a_teaser_that_opens_the_text_stays()
    {
        const string Lead = "The river festival is back: after three quiet years the boats return to the harbour this weekend.";
        var result = Parse(Page($"""
            <article><h1>River festival returns</h1><div class="news-content"><p class="news-teaser"><b>{Lead}</b></p>
            <p>{Paragraphs[0]}</p><p>{Paragraphs[1]}</p><p>{Paragraphs[2]}</p></div></article>
            """));

        Assert.True(result.Success, result.Reason);
        Assert.Equal([Lead, .. Paragraphs.Take(3)], result.Article!.Body.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("<h1>River festival returns</h1><div class=\"article__meta\">Tom Reed · 15.03.2024</div>")]
    [InlineData("<div class=\"article__header\"><span class=\"article__overline\">Harbour</span><h1>River festival returns</h1></div><div class=\"article__meta\">Tom Reed</div>")]
    public void The_opening_paragraphs_named_as_a_teaser_under_the_headline_stay_before_the_rest(string header)
    {
        // The story's first part in "article__teaser-text", a "read more" button, then the rest in an unnamed block.
        string[] rest = [.. Paragraphs[2..], .. Paragraphs.Select(p => p.Replace("the", "this", StringComparison.Ordinal)), .. PlainParagraphs];
        var result = Parse(Page($"""
            <div class="article">{header}
            <div class="article__teaser-text"><p>{Paragraphs[0]}</p><p>{Paragraphs[1]}</p></div>
            <div class="read-more"><button type="button">Read more</button></div>
            <div>{string.Concat(rest.Select(p => $"<p>{p}</p>"))}</div></div>
            """));

        Assert.True(result.Success, result.Reason);
        Assert.Equal([Paragraphs[0], Paragraphs[1], .. rest], result.Article!.Body.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Blocks_of_inline_text_without_paragraph_tags_are_paragraphs()
    {
        // An editor's export: each paragraph a div holding a span, no p anywhere.
        var result = Parse(Page($"""
            <main><h1>River festival returns</h1>
              <div class="editor">{string.Concat(Paragraphs.Select(p => $"<div class=\"_1mf\"><span>{p}</span></div><div><span> </span></div>"))}</div>
            </main>
            """));

        Assert.Equal(BodyPath.Scored, WholeArticle(result).Body.Path);
    }

    [Fact]
    public void Ruby_readings_are_not_part_of_the_text()
    {
        var result = Parse(Page($"""
            <article><h1>River festival returns</h1>
              <p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもの<ruby>祭<rt>まつ</rt></ruby>りが<ruby>週末<rt>しゅうまつ</rt></ruby>に<ruby>戻<rt>もど</rt></ruby>ります。</p>
              {Prose()}
            </article>
            """));

        Assert.Contains("子どもの祭りが週末に戻ります。", WholeArticle(result).Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_dominant_run_of_prose_wins_over_a_short_box_that_scores_higher()
    {
        // An old-style page: the story is one block of text broken by br, with no commas; a box beside it holds short
        // comma-rich paragraphs that score more points per paragraph.
        var story = string.Join("<br><br>", Paragraphs.Concat(Paragraphs.Select(p => "Again: " + p)).Select(p => p.Replace(",", string.Empty, StringComparison.Ordinal)));
        var result = Parse(Page($"""
            <h1>River festival returns</h1>
            <div class="row">
              <div class="col-9"><div class="beschreibung">{story}</div></div>
              <div class="col-3"><div class="panel-body">
                <p>Quay Shop, Harbour Street 18, 14109 Riverton, open daily, 9 to 5, closed on holidays, cash, cards.</p>
                <p>Boat Hire, Pier 3, Riverton, booking required, phone, e-mail, or in person, weekends, holidays.</p>
                <p>Tourist Office, Market Square 1, Riverton, maps, tickets, guides, open, Monday, to, Saturday.</p>
              </div></div>
            </div>
            """));

        Assert.True(result.Success, result.Reason);
        var body = Assert.IsType<Article>(result.Article).Body;
        Assert.Contains(Paragraphs[2].Replace(",", string.Empty, StringComparison.Ordinal), body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Boat Hire", body.Text, StringComparison.Ordinal);
        Assert.Equal(BodyPath.Density, body.Path);
    }

    [Theory]
    [InlineData("main tone-comment", "column column--comment")]
    [InlineData("footer-push", "column--footer")]
    [InlineData("related-wrap", "related")]
    public void The_same_boilerplate_word_on_nested_wrappers_counts_once_and_the_article_is_not_lost(string outer, string inner)
    {
        // An opinion page's layout names its story "comment" twice; a one-line teaser beside it (text, no link) must not win.
        var result = Parse(Page($"""
            <h1>River festival returns</h1>
            <div class="{outer}"><div class="{inner}">{string.Concat(Paragraphs.Take(3).Select(p => $"<p>{p}</p>"))}</div></div>
            <div class="more"><h2>More on this story</h2><div>Boat crews ask the council for a second landing stage before next summer's races</div></div>
            """));

        Assert.True(result.Success, result.Reason);
        var body = Assert.IsType<Article>(result.Article).Body;
        Assert.Contains(Paragraphs[0], body.Text, StringComparison.Ordinal);
        Assert.Contains(Paragraphs[2], body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_articles_text_that_a_theme_set_in_a_footer_inside_the_article_is_the_body()
    {
        // "<article><h1>...</h1><footer class="post-full-content"><p>...": a theme's misuse of footer; the newsletter box
        // after the article is short, the article's own footer holds its text.
        var result = Parse(Page($"""
            <article><h1>River festival returns</h1>
            <footer class="post-full-content">{string.Concat(Paragraphs.Take(3).Select(p => $"<p>{p}</p>"))}</footer></article>
            <div class="subscribe-form"><h3>Subscribe to the Post</h3><p>Get the latest stories from the river towns delivered right to your inbox twice a month, free of charge and without ads.</p></div>
            """));

        Assert.True(result.Success, result.Reason);
        var body = Assert.IsType<Article>(result.Article).Body;
        Assert.Contains(Paragraphs[0], body.Text, StringComparison.Ordinal);
        Assert.Contains(Paragraphs[2], body.Text, StringComparison.Ordinal);
        Assert.Equal(BodyPath.PageChrome, body.Path);
    }

    [Fact]
    public void The_declared_body_wins_when_the_scored_container_is_another_story()
    {
        // An endless-scroll page: the page's own story first, a longer one appended below; JSON-LD declares the first.
        var other = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<p>Paragraph {i} of another story about the city budget, which the council debated for hours on Wednesday night, without a vote.</p>"));
        var declared = string.Join("\\n", Paragraphs).Replace("\"", "\\\"", StringComparison.Ordinal);
        var result = Parse(Page($$"""
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"River festival returns","articleBody":"{{declared}}"}</script>
            <div class="scroll"><section class="story"><div class="text">{{Prose()}}</div></section>
            <section class="story"><h2>Council debates the budget</h2><div class="text">{{other}}</div></section></div>
            """));

        var article = WholeArticle(result);
        Assert.DoesNotContain("city budget", article.Body.Text, StringComparison.Ordinal);
        Assert.Equal(BodyPath.Declared, article.Body.Path);
    }

    [Fact]
    public void A_declared_recipe_gives_its_ingredients_and_steps_when_the_visible_body_misses_them()
    {
        // A template that sets the recipe card in asides: the visible body is the short note above it.
        var ingredients = new[] { "500 g flour", "1 packet dry yeast", "250 ml lukewarm milk", "80 g butter", "2 eggs", "100 g sliced almonds" };
        var steps = new[]
        {
            "Mix the flour with the yeast, then knead in the milk, the butter and the eggs until the dough is smooth and elastic.",
            "Leave the dough to rise for an hour in a warm place, then divide it into twelve pieces and set them in a muffin tin.",
            "Spread the almonds over the muffins and bake them for twenty minutes at 180 degrees until they are golden brown.",
        };
        var json = $"{{\"@type\":\"Recipe\",\"name\":\"Almond muffins\",\"recipeIngredient\":[{string.Join(',', ingredients.Select(i => $"\"{i}\""))}],"
            + $"\"recipeInstructions\":[{string.Join(',', steps.Select(t => $"{{\"@type\":\"HowToStep\",\"text\":\"{t}\"}}"))}]}}";
        var rows = string.Concat(ingredients.Select(i => $"<tr><td>{i.Split(' ', 2)[0]}</td><td>{i.Split(' ', 2)[1]}</td></tr>"));
        var modules = string.Concat(steps.Select((t, i) => $"<div class=\"step\"><span>{i + 1}</span><span>{t}</span></div>"));
        var result = Parse(Page($"""
            <script type="application/ld+json">{json}</script>
            <main><h1>Almond muffins</h1><p>Soft yeast muffins with a crunchy almond top, an easy bake for a Sunday afternoon with the family and friends who visit.</p>
            <p>They keep for two days in a tin and freeze well, so a double batch is never wasted in our house.</p>
            <aside class="recipe-ingredients"><table>{rows}</table></aside><aside class="recipe-steps">{modules}</aside></main>
            """));

        Assert.True(result.Success, result.Reason);
        Assert.Equal(BodyPath.Declared, result.Article.Body.Path);
        var body = result.Article.Body.Text;
        Assert.All(ingredients.Concat(steps), line => Assert.Contains(line, body, StringComparison.Ordinal));
    }

    [Fact]
    public void The_next_story_in_a_stream_of_articles_headed_by_an_h2_stays_out_of_the_body()
    {
        var next = new[]
        {
            "Parliament has approved a sweeping reform of the planning system that ministers say will speed up construction across the country.",
            "The bill passed its final reading by a majority of forty-two after a late amendment gave local councils more say over large projects.",
            "Opposition members argued the reform would weaken environmental protections, particularly for ancient woodland and wetlands.",
            "Developers welcomed the changes, saying that planning delays had added months and millions of pounds to their projects.",
        };
        var result = Parse(Page($"""
            <div class="stream"><article><h1>River festival returns</h1>{string.Concat(Paragraphs.Take(2).Select(p => $"<p>{p}</p>"))}</article>
            <article><h2>Planning reform passes final vote in parliament</h2>{string.Concat(next.Select(p => $"<p>{p}</p>"))}</article></div>
            """));

        Assert.True(result.Success, result.Reason);
        Assert.Equal(Paragraphs.Take(2), result.Article.Body.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void The_items_of_a_listicle_set_as_articles_inside_its_own_article_stay_in_the_body()
    {
        var items = string.Concat(Paragraphs.Skip(1).Select((p, i) => $"<article class=\"item\"><h3>Stop {i + 1}</h3><p>{p}</p></article>"));
        var result = Parse(Page($"<article class=\"single\"><h1>River festival returns</h1><p>{Paragraphs[0]}</p>{items}</article>"));

        Assert.True(result.Success, result.Reason);
        Assert.All(Paragraphs, p => Assert.Contains(p, result.Article.Body.Text, StringComparison.Ordinal));
    }

    private const string Lead = "The old quay will be closed to cars from Friday night, and extra buses will run from the station every ten minutes.";

    [Theory]
    [InlineData("<div class=\"article-intro\"><p>{0}</p></div>")]
    [InlineData("<div class=\"teaser-text\"><p>{0}</p></div>")]
    [InlineData("<p>{0}</p>")]
    public void A_lead_paragraph_between_the_headline_and_the_text_opens_the_body(string leadMarkup)
    {
        var result = Parse(Page($"""
            <article>
              <header><h1>River festival returns</h1><span class="date">5 May 2026</span></header>
              {string.Format(System.Globalization.CultureInfo.InvariantCulture, leadMarkup, Lead)}
              <div class="article-text">{Prose()}</div>
            </article>
            """));

        var body = WholeArticle(result).Body;
        Assert.Equal(Lead, body.Blocks[0].Text);
    }

    [Theory]
    [InlineData("<header><h1>River festival returns</h1><p>{0}</p></header>")]
    [InlineData("<h1>River festival returns</h1><p class=\"dek\">{0}</p>")]
    [InlineData("<div class=\"title-block\"><h1>River festival returns</h1><p>{0}</p></div>")]
    public void A_dek_beside_the_headline_is_not_body(string headerMarkup)
    {
        var result = Parse(Page($"""
            <article>
              {string.Format(System.Globalization.CultureInfo.InvariantCulture, headerMarkup, Lead)}
              <div class="article-text">{Prose()}</div>
            </article>
            """));

        Assert.DoesNotContain(Lead, WholeArticle(result).Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Captions_and_key_points_between_the_headline_and_the_text_are_not_a_lead()
    {
        var result = Parse(Page($"""
            <article>
              <h1>River festival returns</h1>
              <figure><img src="/quay.jpg" alt=""><figcaption>Boats on the old quay at the last festival, two years ago, before the pause.</figcaption></figure>
              <div class="image-credit"><p>Crowds on the bridge watched the races from early morning until late in the evening.</p></div>
              <div class="key-points"><ul><li>The festival returns after a two-year pause with races and music.</li><li>The quay road is closed and buses run every ten minutes.</li></ul></div>
              <div class="article-text">{Prose()}</div>
            </article>
            """));

        var body = WholeArticle(result).Body;
        Assert.Equal(Paragraphs[0], body.Blocks.First(b => b.Kind == BlockKind.Paragraph).Text);
        Assert.DoesNotContain("Crowds on the bridge", body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("buses run every ten minutes", body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_whose_text_is_all_inside_noscript_gives_its_article_and_a_pixel_in_noscript_gives_nothing()
    {
        var whole = Parse(Page($"""
            <div id="app"></div>
            <noscript><div class="page"><h1>River festival returns</h1><div class="text">{Prose()}</div></div></noscript>
            """));
        Assert.Equal(BodyPath.Scored, WholeArticle(whole).Body.Path);

        var pixel = Parse(Page($"""
            <article><h1>River festival returns</h1>{Prose()}
            <noscript><p>Please turn on JavaScript in your browser to see the comments and the gallery of this story.</p></noscript></article>
            """));
        Assert.DoesNotContain("JavaScript", WholeArticle(pixel).Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_box_of_the_articles_own_set_into_its_text_as_an_aside_stays_and_a_related_aside_goes()
    {
        var result = Parse(Page($"""
            <article><h1>River festival returns</h1><div class="c1">
            <p>{Paragraphs[0]}</p><p>{Paragraphs[1]}</p>
            <aside class="c2"><h3>What is the regatta?</h3><p>The regatta is a race of rowing boats over two kilometres, held on the river since 1911.</p></aside>
            <p>{Paragraphs[2]}</p>
            <aside class="c3"><h3>Read more</h3><p><a href="/news/1">Bridge closes for repairs</a></p><p><a href="/news/2">New ferry timetable</a></p></aside>
            <p>{Paragraphs[3]}</p></div></article>
            """));

        var body = WholeArticle(result).Body;
        Assert.Contains("held on the river since 1911", body.Text, StringComparison.Ordinal);
        Assert.Contains(body.Blocks, b => b.Kind == BlockKind.Heading && b.Text == "What is the regatta?");
        Assert.DoesNotContain("New ferry timetable", body.Text, StringComparison.Ordinal);
        Assert.Contains(Paragraphs[3], body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_split_into_headed_sections_comes_out_whole_and_ends_at_the_tags()
    {
        // A long first section and five short ones, each its own container: the short ones score too little to join
        // by score alone.
        var first = "<section class=\"chapter\">" + string.Concat(Enumerable.Range(0, 7).Select(i => $"<p>{Paragraphs[i % 4]}</p>")) + "</section>";
        var sections = string.Concat(new[] { "races", "food", "music", "transport", "weather" }.Select((w, i) =>
            $"<section class=\"chapter\"><h2>Part {i}: the {w}</h2><p>Section {i} text: {Paragraphs[i % 4]}</p></section>"));
        var result = Parse(Page($"""
            <article><h1>River festival returns</h1>{first}{sections}
              <div class="tags"><a href="/tag/festival">Festival</a> <a href="/tag/river">River</a></div>
              <section class="chapter"><p>A section after the tags is not the article's: {Paragraphs[1]}</p></section>
            </article>
            """));

        var body = WholeArticle(result).Body;
        for (var i = 0; i < 5; i++)
        {
            Assert.Contains($"Section {i} text:", body.Text, StringComparison.Ordinal);
        }

        Assert.Contains(body.Blocks, b => b.Kind == BlockKind.Heading && b.Text == "Part 4: the weather");
        Assert.DoesNotContain("after the tags", body.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("elementor-section elementor-top-section elementor-element elementor-element-{0}")]
    [InlineData("vc_row wpb_row vc_custom_{0}")]
    public void An_article_split_into_page_builder_sections_numbered_one_by_one_comes_out_whole(string classPattern)
    {
        var ids = new[] { "3f2a1b", "9c8d7e", "5e4f3a", "77ab12" };
        var first = $"<section class=\"{string.Format(CultureInfo.InvariantCulture, classPattern, ids[0])}\"><div><p>{Paragraphs[0]}</p><p>{Paragraphs[1]}</p></div></section>";
        var rest = string.Concat(ids.Skip(1).Select((id, i) =>
            $"<section class=\"{string.Format(CultureInfo.InvariantCulture, classPattern, id)}\"><div><h2>Part {i}</h2><p>Section {i} text: {Paragraphs[(i + 2) % 4]}</p></div></section>"));
        var result = Parse(Page($"""<h1>River festival returns</h1><div class="builder">{first}{rest}</div>"""));

        var body = WholeArticle(result).Body;
        for (var i = 0; i < 3; i++)
        {
            Assert.Contains($"Section {i} text:", body.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Text_utility_classes_name_no_text_container()
    {
        var result = Parse(Page($"""
            <div class="fixed inset-x-0 bottom-0 z-50 bg-gray-900 p-4 text-white"><p class="text-sm">We use cookies to improve your experience on our site and to show you relevant advertising. By continuing you agree to our cookie policy.</p></div>
            <div class="mx-auto max-w-6xl px-4 py-8"><div class="grid grid-cols-1 gap-10 lg:grid-cols-3"><div class="lg:col-span-2">
            <h1 class="mb-4 text-4xl font-bold">River festival returns</h1>
            <div class="max-w-none"><p class="mb-5 text-lg">{Paragraphs[0]}</p><p class="mb-5 text-lg">{Paragraphs[1]}</p><p class="mb-5 md:text-xl">{Paragraphs[2]}</p><p class="mb-5 text-lg">{Paragraphs[3]}</p></div></div>
            <div class="space-y-8"><div class="flex gap-3"><div><a href="/r0" class="font-semibold">Story 0 headline about the county</a><p class="text-sm text-gray-600">A brief summary of this story appears here in the sidebar list.</p></div></div></div>
            </div></div>
            """));

        var body = WholeArticle(result).Body.Text;
        Assert.DoesNotContain("cookies", body, StringComparison.Ordinal);
        Assert.DoesNotContain("sidebar list", body, StringComparison.Ordinal);
        Assert.Contains(Paragraphs[2], body, StringComparison.Ordinal);
    }

    /// <summary>Plain sentences without commas: paragraphs that score little each, as many short reports do.</summary>
    private static readonly string[] PlainParagraphs =
    [
        "The harbour board voted on Tuesday to close the old ferry pier for good. The service ran for ninety years and carried generations of commuters to the city.",
        "Repairs would have cost more than a new pier. The ferries have used the north quay since the spring storms and the board said that will not change.",
        "Residents who signed the petition to keep the pier open will take the matter to the council next month. They have collected more than two thousand names.",
        "The council's transport committee meets on the first Monday of the month. Its chair said the pier could be on the agenda in time for the budget in March.",
        "Shop owners on the south quay fear that fewer people will pass their doors once the ferries stop. Some have asked for help with the rent for a year.",
        "The board will keep the pier's lamps and benches and put them up again on the north quay. A small museum about the ferry service is planned for next summer.",
    ];

    [Theory]
    [InlineData("")]
    [InlineData("<div class=\"ad-slot\">Advertisement</div>")]
    [InlineData("<div class=\"ad\"><span>Anzeige</span><iframe src=\"https://ads.example/slot\"></iframe></div>")]
    public void An_article_split_in_two_halves_alike_comes_out_whole_across_an_ad_slot(string between)
    {
        // Three plain paragraphs on each side: each half scores under the absolute floor a sibling needs, and the ad's
        // label is left out; the second half is as much the article as the first.
        var result = Parse(Page($"""
            <h1>Ferry pier to close</h1>
            <div class="a">{string.Concat(PlainParagraphs[..3].Select(p => $"<p>{p}</p>"))}</div>
            {between}
            <div class="a">{string.Concat(PlainParagraphs[3..].Select(p => $"<p>{p}</p>"))}</div>
            """));

        Assert.True(result.Success, result.Reason);
        var text = result.Article!.Body.Text;
        Assert.All(PlainParagraphs, p => Assert.Contains(p, text, StringComparison.Ordinal));
        Assert.DoesNotContain("Advertisement", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Anzeige", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<amp-ad width=\"300\" height=\"250\" type=\"doubleclick\"><div placeholder>Advertisement loading</div></amp-ad>")]
    [InlineData("<amp-iframe width=\"600\" height=\"340\" src=\"https://video.example/1\"><div placeholder>Video: the mayor opens the site</div></amp-iframe>")]
    public void An_amp_pages_ad_or_frame_between_paragraphs_leaves_no_placeholder_text(string between)
    {
        var result = Parse(Page($"<article><h1>River festival returns</h1><p>{Paragraphs[0]}</p><p>{Paragraphs[1]}</p>{between}<p>{Paragraphs[2]}</p><p>{Paragraphs[3]}</p></article>"));

        Assert.True(result.Success, result.Reason);
        var text = result.Article!.Body.Text;
        Assert.All(Paragraphs, p => Assert.Contains(p, text, StringComparison.Ordinal));
        Assert.DoesNotContain("loading", text, StringComparison.Ordinal);
        Assert.DoesNotContain("mayor", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_tags_between_two_halves_still_ends_the_article()
    {
        var result = Parse(Page($"""
            <h1>Ferry pier to close</h1>
            <div class="a">{string.Concat(PlainParagraphs[..3].Select(p => $"<p>{p}</p>"))}</div>
            <div class="tags">Tags: <a href="/tag/harbour">Harbour</a> <a href="/tag/ferry">Ferry</a></div>
            <div class="a">{string.Concat(PlainParagraphs[3..].Select(p => $"<p>{p}</p>"))}</div>
            """));

        Assert.True(result.Success, result.Reason);
        Assert.Contains(PlainParagraphs[0], result.Article!.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(PlainParagraphs[3], result.Article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layout_tables_cell_of_links_beside_the_article_cell_stays_out()
    {
        var result = Parse($"""
            <!DOCTYPE html><html lang="en"><head><title>River festival returns</title></head><body>
            <table><tr><td colspan="2"><a href="/">Home</a> | <a href="/city">City</a></td></tr>
            <tr><td width="600"><h1>River festival returns</h1>{string.Join("<br><br>", Paragraphs)}</td>
            <td><a href="/2026/05/bridge">Bridge reopens</a><br><a href="/2026/05/market">Market moves</a></td></tr></table>
            </body></html>
            """);

        var text = WholeArticle(result).Body.Text;
        Assert.DoesNotContain("Bridge reopens", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Market moves", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_longer_story_that_opens_with_its_own_linked_title_does_not_take_the_short_articles_place(bool storyAfter)
    {
        var other = "<div class=\"w1\"><h2><a href=\"/2026/05/market-moves-to-the-old-station\">Market moves to the old station</a></h2>"
            + string.Concat(Enumerable.Range(1, 6).Select(i => $"<p>The weekly farmers' market will move to the old railway station in April, traders said, and the council will pay the rent for the first year while the square is rebuilt, part {i}.</p>"))
            + "</div>";
        var article = $"<div class=\"w2\"><h1>River festival returns</h1></div><div class=\"w3\"><p>{Paragraphs[0]}</p><p>{Paragraphs[1]}</p></div>";
        var result = Parse(Page(storyAfter ? article + other : other + article));

        Assert.True(result.Success, result.Reason);
        var text = result.Article!.Body.Text;
        Assert.Contains(Paragraphs[0], text, StringComparison.Ordinal);
        Assert.Contains(Paragraphs[1], text, StringComparison.Ordinal);
        Assert.DoesNotContain("farmers' market", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_declared_body_is_read_once_with_the_metadata_and_survives_an_escaped_lone_surrogate()
    {
        // JSON accepts "\ud800" without its pair, but reading it as a string throws: the one reading of the page's
        // JSON-LD repairs it, and the body stage uses that reading instead of parsing the script again.
        var declared = string.Join("\\n", Paragraphs) + " \\ud800 end.";
        var result = Parse(Page($$"""
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"River festival returns","articleBody":"{{declared}}"}</script>
            <h1>River festival returns</h1><div class="teaser"><p>Short teaser.</p></div>
            """));

        var article = WholeArticle(result);
        Assert.Equal(BodyPath.Declared, article.Body.Path);
        Assert.Contains("\uFFFD end.", article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_body_of_escaped_markup_is_not_taken_as_text()
    {
        var escaped = string.Concat(Paragraphs.Select(p => "&lt;p class=&quot;texto&quot;&gt;" + p + "&lt;/p&gt;"));
        var result = Parse(Page($$"""
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"River festival returns","articleBody":"{{escaped}}"}</script>
            <article><h1>River festival returns</h1>{{Prose()}}</article>
            """));

        var article = WholeArticle(result);
        Assert.Equal(BodyPath.Scored, article.Body.Path);
        Assert.DoesNotContain("&lt;", article.Body.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aside")]
    [InlineData("footer")]
    [InlineData("nav")]
    [InlineData("menu")]
    public void A_page_whose_template_puts_the_whole_article_in_page_chrome_gives_its_article(string tag)
    {
        var result = Parse(Page($"<{tag} class=\"layout\"><h1>River festival returns</h1>{string.Concat(Paragraphs.Select(p => $"<p>{p}</p>"))}</{tag}>"));
        Assert.True(result.Success, result.Reason);
        Assert.Equal(Paragraphs, result.Article.Body.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text));
        Assert.Equal(BodyPath.PageChrome, result.Article.Body.Path);
    }

    [Theory]
    [InlineData("<hr><font face=\"Arial\">{0}</font>")]
    [InlineData("<h2>River festival returns</h2><span class=\"text\">{0}</span>")]
    [InlineData("<font size=\"2\">{0}</font><div></div>")]
    public void Text_in_an_inline_wrapper_beside_other_blocks_is_found_as_the_last_resort(string layout)
    {
        var text = string.Join("<br><br>", Paragraphs);
        var result = Parse(Page($"<div>{string.Format(System.Globalization.CultureInfo.InvariantCulture, layout, text)}</div>"));
        Assert.True(result.Success, result.Reason);
        Assert.Equal(Paragraphs, result.Article.Body.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text));
        Assert.Equal(BodyPath.PageChrome, result.Article.Body.Path);
    }

    [Theory]
    [InlineData("<div class=\"video-container\"><div class=\"vjs-player\"><div class=\"video-title\">Watch: Crews race on the river as the festival opens</div><span class=\"duration\">00:45</span><p>Please use Chrome browser for a more accessible video player</p></div></div>")]
    [InlineData("<div class=\"c-video\"><iframe src=\"https://player.example/embed/123\"></iframe><p>Watch: Crews race on the river as the festival opens</p></div>")]
    [InlineData("<div id=\"media-video-7\"><h3>Crews race on the river as the festival opens</h3><span>2:14</span></div>")]
    [InlineData("<div class=\"EmbedWrapper_embed\" data-component=\"Video\"><div class=\"Video_player\">Loading...</div><p>Watch: Crews race on the river as the festival opens</p><span>Duration: 1 minute 45 seconds</span></div>")]
    [InlineData("<section class=\"c4\"><p>Subscribe to The Example Post for unlimited access to trusted journalism.</p><a href=\"/subscribe\">Subscribe now</a><p>Already a subscriber? <a href=\"/login\">Sign in</a></p></section>")]
    [InlineData("<div class=\"c4\"><h3>Explanatory journalism is a public good</h3><p>Help keep our reporting free for all readers.</p><a href=\"/give\">Contribute</a></div>")]
    [InlineData("<div class=\"c-article-contribute-box\"><h4>Explanatory journalism is a public good</h4><p>We believe that everyone deserves access to information that helps them understand the world they live in. That is why we keep our work free. Support our mission by making a financial contribution today.</p></div>")]
    [InlineData("<div class=\"wp-block-group newspack-republish\"><p>Republish this story for free under a Creative Commons license.</p></div>")]
    [InlineData("<div class=\"paywall-content\" id=\"paywall\"><p>Tämä on tilaajille tarkoitettu artikkeli. Jatka lukemista tilaamalla.</p><p>Kaikki jutut ja digilehti. Tutustumistarjous 1 kk 1 €.</p><a href=\"https://tilaus.example/\">Tilaa nyt</a></div>")]
    [InlineData("<div class=\"article__embed article__embed--areena\"><div class=\"areena-player\" data-id=\"1-7234\"></div><p class=\"areena-player__title\">Katso: Näin festivaali alkoi</p></div>")]
    [InlineData("<div class=\"id-StoryElement-embed id-StoryElement-embed--video\"><div class=\"id-Video\" data-video-id=\"v-7781\"><span class=\"id-Video-label\">Video</span><p class=\"id-Video-title\">Crews race on the river as the festival opens</p></div></div>")]
    [InlineData("<div class=\"sdc-article-video\"><div class=\"sdc-article-video__media\">Video player</div><p class=\"sdc-article-video__note\">Please use Chrome browser for a more accessible video player</p><p>What the festival means for the town</p></div>")]
    public void A_player_paywall_or_appeal_box_set_into_the_text_stays_out_of_the_body(string box)
    {
        // A video player (its title, length and messages), a paywall's teaser or an appeal between two paragraphs of the story.
        var result = Parse(Page($"<article><h1>River festival returns</h1><div class=\"article-body\"><p>{Paragraphs[0]}</p><p>{Paragraphs[1]}</p>{box}<p>{Paragraphs[2]}</p><p>{Paragraphs[3]}</p></div></article>"));
        Assert.True(result.Success, result.Reason);
        Assert.Equal(Paragraphs, result.Article.Body.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("<p>Readers who want the festival programme can <a href=\"/subscribe\">subscribe</a> to the organisers' newsletter, which lists every race.</p>", "lists every race")]
    [InlineData("<div class=\"product-video-info\"><p>Tickets for the boat races cost five pounds.</p></div>", "Tickets for the boat races cost five pounds.")]
    [InlineData("<div class=\"article__embed\"><blockquote class=\"twitter-tweet\"><p>The boats are on the water and the crowds are back on the quay.</p>— Festival (@festival)</blockquote></div>", "the crowds are back on the quay")]
    public void Text_that_only_looks_like_a_paywall_or_a_player_stays(string inserted, string kept)
    {
        // A subscribe link inside a sentence is no paywall's control; a shop's text in a container its theme names after the
        // video slot beside it, with no player and no clip's length, is no player.
        var result = Parse(Page($"<article><h1>River festival returns</h1><div class=\"article-body\"><p>{Paragraphs[0]}</p>{inserted}<p>{Paragraphs[1]}</p></div></article>"));
        Assert.True(result.Success, result.Reason);
        Assert.Contains(kept, result.Article.Body.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div class=\"c-embed\"><p>Ce contenu est bloqué car vous n’avez pas accepté les cookies et autres traceurs. En cliquant sur « J’accepte », les cookies seront déposés et vous pourrez visualiser les contenus.</p><button>J’accepte</button></div>")]
    [InlineData("<div class=\"c7\"><p>This embedded content is blocked because you have not accepted cookies. Accept cookies to view it.</p><button>Accept cookies</button></div>")]
    public void A_blocked_embeds_cookie_placeholder_among_the_paragraphs_leaves_the_body_and_only_it(string placeholder)
    {
        // The placeholder speaks of cookies and holds a button, as a consent banner does; the text around it is the story's.
        var result = Parse(Page($"<article><h1>River festival returns</h1><div class=\"c-body\"><p>{Paragraphs[0]}</p><p>{Paragraphs[1]}</p>{placeholder}<p>{Paragraphs[2]}</p><p>{Paragraphs[3]}</p></div></article>"));
        Assert.True(result.Success, result.Reason);
        Assert.Equal(Paragraphs, result.Article.Body.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void An_aside_beside_the_article_stays_out_of_the_body()
    {
        var aside = "A note on the festival's history: the first races were held in 1952, when the old quay still served the ferries to the islands.";
        var result = Parse(Page($"<article><h1>River festival returns</h1>{string.Concat(Paragraphs.Select(p => $"<p>{p}</p>"))}<aside><p>{aside}</p></aside></article>"));
        Assert.True(result.Success, result.Reason);
        Assert.DoesNotContain("first races", result.Article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraphs_set_in_subheading_tags_are_the_article_and_a_short_subheading_stays_a_heading()
    {
        var result = Parse(Page($"<div class=\"text\"><h1>River festival returns</h1><h3>{Paragraphs[0]} {Paragraphs[1]}</h3><h3>{Paragraphs[1]} {Paragraphs[2]}</h3><h2>Tickets</h2><h3>{Paragraphs[3]} {Paragraphs[0]}</h3></div>"));
        Assert.True(result.Success, result.Reason);
        Assert.Equal([BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Heading, BlockKind.Paragraph], result.Article.Body.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void The_article_element_that_holds_the_headline_wins_over_a_longer_unnamed_block_outside_it()
    {
        // Class names that say nothing (hashed, as CSS-in-JS writes them): only the structure tells the article apart.
        var reply = "I have been going to the festival for thirty years, since my father first took me to see the boat races as a child, and I think this year it will be better than ever, with more crews and more stalls than we have seen for a long time.";
        var result = Parse(Page($"""
            <div class="k2v4t1hx"><article class="krshz03h"><h1>River festival returns</h1>{string.Concat(Paragraphs.Select(p => $"<p>{p}</p>"))}</article>
            <div class="k5rzfw8q"><div class="knhvhpvn"><p>{reply}</p><p>{reply}</p><p>{reply}</p><p>{reply}</p></div></div></div>
            """));
        Assert.True(result.Success, result.Reason);
        Assert.Contains(Paragraphs[0], result.Article.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("thirty years", result.Article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void One_long_item_of_a_list_of_comments_does_not_take_the_place_of_the_article_under_meaningless_names()
    {
        var comment = "I have been going to the festival for thirty years, since my father first took me to see the boat races as a child, and I think this year it will be better than ever.";
        var longComment = string.Concat(Enumerable.Repeat($"<p>{comment}</p>", 6));
        var result = Parse(Page($"""
            <div class="k3h4jc7j"><h1>River festival returns</h1>{string.Concat(Paragraphs.Select(p => $"<p>{p}</p>"))}</div>
            <ol class="k1mqpw1l"><li class="ktlfrsnc"><div class="k4p7ls9r">{longComment}</div></li>
            <li class="ktlfrsnc"><div class="k4p7ls9r"><p>{comment}</p></div></li><li class="ktlfrsnc"><div class="k4p7ls9r"><p>{comment}</p></div></li></ol>
            """));
        Assert.True(result.Success, result.Reason);
        // The article is not lost to the comment; the comments may come along (the scorer joins regions that score close).
        Assert.All(Paragraphs, p => Assert.Contains(p, result.Article.Body.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<div class=\"my-6 overflow-hidden rounded-2xl\"><p>{0}</p></div>")]
    [InlineData("<div class=\"callout hidden-xs\"><p>{0}</p></div>")]
    [InlineData("<div class=\"rounded-2xl border-l-4 p-4\" role=\"note\"><p>{0}</p></div>")]
    public void A_block_inside_the_article_that_clips_its_overflow_hides_at_small_sizes_or_is_a_note_stays(string template)
    {
        const string Inner = "Heads up: the quay road stays closed until Monday morning, and the buses run every ten minutes from the station.";
        var block = string.Format(CultureInfo.InvariantCulture, template, Inner);
        var result = Parse(Page($"""
            <article><h1>River festival returns</h1><div class="prose"><p>{Paragraphs[0]}</p><p>{Paragraphs[1]}</p>{block}<p>{Paragraphs[2]}</p><p>{Paragraphs[3]}</p></div></article>
            """));

        var article = WholeArticle(result);
        Assert.Contains(Inner, article.Body.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<gu-island name=\"EmailSignUpWrapper\"><div class=\"dcr-nl\"><p>Sign up to Down to Earth</p><p>The planet's most important stories, every week.</p><button>Sign up</button></div></gu-island>")]
    [InlineData("<div class=\"x7\"><p>Get the river news in your inbox every Friday morning.</p><input type=\"email\"><input type=\"submit\" value=\"Subscribe\"></div>")]
    public void A_small_box_whose_button_signs_the_reader_up_leaves_the_body_whatever_its_names(string box)
    {
        var result = Parse(Page($"""
            <article><h1>River festival returns</h1><div class="c1"><p>{Paragraphs[0]}</p><p>{Paragraphs[1]}</p>{box}<p>{Paragraphs[2]}</p><p>{Paragraphs[3]}</p></div></article>
            """));

        var article = WholeArticle(result);
        Assert.DoesNotContain("inbox", article.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Down to Earth", article.Body.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Article continues after this advertisement")]
    [InlineData("Sigue leyendo después de la publicidad")]
    [InlineData("The article continues after the ad")]
    [InlineData("Continues below advertisement")]
    public void An_ad_slot_s_label_between_paragraphs_leaves_the_body(string label)
    {
        var result = Parse(Page($"""
            <article><h1>River festival returns</h1><div class="c1"><p>{Paragraphs[0]}</p><p>{Paragraphs[1]}</p><div class="c9"><p class="c8">{label}</p><div style="min-height:250px"></div></div><p>{Paragraphs[2]}</p><p>{Paragraphs[3]}</p></div></article>
            """));

        var article = WholeArticle(result);
        Assert.DoesNotContain(label, article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_photo_essay_s_text_set_in_its_figures_beside_the_pictures_is_the_article()
    {
        var figures = string.Concat(Paragraphs.Select((p, i) => $"<figure><img src=\"/f{i}.jpg\" alt=\"\"><div class=\"caption-wrapper\"><p>{p}</p></div><figcaption>Photograph: Tom Ashby</figcaption></figure>"));
        var result = Parse(Page($"""
            <div class="photo-essay"><h1>River festival returns</h1><p class="byline">Words and photographs by Tom Ashby</p>{figures}</div>
            """));

        WholeArticle(result);
    }

    [Fact]
    public void An_article_set_in_an_open_dialog_is_the_article_and_a_small_open_dialog_is_not()
    {
        var article = WholeArticle(Parse(Page($"""
            <main><p>Loading...</p></main><dialog open class="x1"><article><h1>River festival returns</h1>{Prose()}</article></dialog>
            """)));
        Assert.Equal("River festival returns", article.Headline);

        var withModal = WholeArticle(Parse(Page($"""
            <article><h1>River festival returns</h1>{Prose()}</article><dialog open><p>Get the weekend guide in your inbox every Friday morning.</p></dialog>
            """)));
        Assert.DoesNotContain("weekend guide", withModal.Body.Text, StringComparison.Ordinal);
    }
}
