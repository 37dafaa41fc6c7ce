namespace NewsKit.Tests.Metadata;

/// <summary>
/// The headline in an article's own header (a header element inside the article or the main element is no page banner),
/// and a date set in an element of its own at either end of the headline's element, which is the dateline's, not the
/// headline's. Pages written for these tests.
/// </summary>
public sealed class ArticleHeaderHeadlineTests
{
    private const string Text = "<div class=\"entry-content\"><p>The town council voted six to one on Tuesday night to approve a new pedestrian footbridge across the Mill River, ending a debate that has lasted nearly a decade.</p>"
        + "<p>The bridge will link Riverside Park with the new housing estate on the eastern bank and is expected to cost around 2.4 million dollars, most of it covered by a state grant.</p></div>";

    private const string Banner = "<header class=\"site-header\"><div class=\"logo\"><a href=\"/\">Riverside Gazette</a></div><nav><a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav></header>";

    private static string? Headline(string body, string head = "") => new ArticleParser().Parse($"""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Riverside Gazette</title>{head}</head><body>{Banner}{body}</body></html>
        """, new Uri("https://www.riverside.example/2024/03/footbridge")).Article?.Headline;

    [Theory]
    [InlineData("<main><article><header class=\"entry-header\"><h2 class=\"entry-title\">Council approves new footbridge over the Mill River</h2></header>" + Text + "</article></main>")]
    [InlineData("<article class=\"post\"><header><h2>Council approves new footbridge over the Mill River</h2><p class=\"meta\">Posted by Karen Lowell</p></header>" + Text + "</article>")]
    public void A_heading_in_the_article_s_own_header_is_the_headline_over_a_title_that_names_only_the_site(string body)
    {
        Assert.Equal("Council approves new footbridge over the Mill River", Headline(body));
    }

    [Fact]
    public void A_heading_right_above_the_h1_that_names_the_titles_leading_part_is_its_kicker()
    {
        var headline = new ArticleParser().Parse($$"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ten years of debate on the Mill River: Council approves footbridge - Riverside Gazette</title>
            <meta property="og:title" content="Ten years of debate on the Mill River: Council approves footbridge">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ten years of debate on the Mill River: Council approves footbridge"}</script>
            </head><body>{{Banner}}<article><div class="meta-top"><span class="section">Local</span> <span class="date">14.06.2023</span></div>
            <h2 class="article-subline">Ten years of debate on the Mill River</h2><h1 class="article-title">Council approves footbridge</h1><div class="author-line">by Karen Lowell</div>{{Text}}</article></body></html>
            """, new Uri("https://www.riverside.example/2024/03/footbridge")).Article?.Headline;
        Assert.Equal("Council approves footbridge", headline);
    }

    [Fact]
    public void A_heading_in_the_page_s_banner_is_not_the_headline()
    {
        var body = "<header class=\"top\"><h2>Your town, your news</h2></header><div class=\"story\">" + Text + "</div>";
        Assert.NotEqual("Your town, your news", Headline(body));
    }

    [Theory]
    [InlineData("<h1><span class=\"date\">12.03.2024</span> Council approves new footbridge over the Mill River</h1>")]
    [InlineData("<h1>Council approves new footbridge over the Mill River <time datetime=\"2024-03-12\">March 12, 2024</time></h1>")]
    public void A_date_in_an_element_of_its_own_at_either_end_of_the_headline_is_left_out(string heading)
    {
        Assert.Equal("Council approves new footbridge over the Mill River", Headline("<article>" + heading + Text + "</article>"));
    }

    [Theory]
    [InlineData("<h1><span>2024</span> in review: the year the footbridge was approved</h1>", "2024 in review: the year the footbridge was approved")]
    [InlineData("<h1><span class=\"date\">March 12, 2024</span>: a day to remember</h1>", "March 12, 2024: a day to remember")]
    public void A_year_alone_or_a_date_a_declared_title_states_stays(string heading, string expected)
    {
        Assert.Equal(expected, Headline("<article>" + heading + Text + "</article>", $"<meta property=\"og:title\" content=\"{expected}\">"));
    }

    [Fact]
    public void A_page_a_script_hid_from_screen_readers_behind_an_open_dialog_keeps_its_headline_byline_and_date()
    {
        var article = new ArticleParser().Parse($"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Riverside Gazette</title></head>
            <body class="modal-is-open"><div id="page" aria-hidden="true">{Banner}<article><h1>Council approves new footbridge over the Mill River</h1>
            <div class="story-meta">By Karen Lowell &middot; March 12, 2024</div>{Text}</article></div>
            <div class="modal" role="dialog"><h2>Get our best stories every Friday</h2><p>Sign up for the newsletter.</p></div></body></html>
            """).Article!;
        Assert.Equal("Council approves new footbridge over the Mill River", article.Headline);
        Assert.Equal(["Karen Lowell"], article.Authors.Select(a => a.Name));
        Assert.Equal(new NodaTime.LocalDate(2024, 3, 12), article.Dateline.Published?.Date);
    }
}
