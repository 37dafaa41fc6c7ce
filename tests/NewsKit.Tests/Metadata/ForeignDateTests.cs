using NewsKit.Models;
using NewsKit.Timestamps;
using NodaTime;
using NodaTime.Testing;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// Dates that are not the article's: a date beside a link that names another story, in a list item or a short line (that
/// story's date), whether the list stands before the article, after it, or on a page without an article element; and the
/// page header's clock, with the menu between it and the story. Pages written for these tests.
/// </summary>
public sealed class ForeignDateTests
{
    private const string Text = """
        <p>The river council met on Tuesday to discuss the new flood barriers, which have been delayed for two years because of funding disputes.</p>
        <p>Residents said they were frustrated by the pace of work and asked for a clear timetable before the next winter storms arrive.</p>
        <p>The council promised a report by the end of the month, with costs and a schedule for each of the five sections of the barrier.</p>
        """;

    private const string OtherStories = """
        <div id="left"><ul><li><a href="/fair-board">Fair board elects new chair</a> <span class="date">March 1, 2019</span></li>
        <li><a href="/route-9">Road work on Route 9 begins</a> <span class="date">Feb. 27, 2019</span></li></ul></div>
        """;

    private static readonly ArticleParser Parser = new(new ArticleParserOptions { Clock = new FakeClock(Instant.FromUtc(2026, 12, 4, 12, 0)) });

    private static Timestamp? Published(string body, string head = "") => Parser.Parse($"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Flood barriers delayed</title>{head}</head><body>{body}</body></html>
        """, new Uri("https://news.example/local/flood-barriers")).Article?.Dateline.Published;

    [Fact]
    public void A_list_of_other_stories_before_the_article_is_no_date_heading()
    {
        var published = Assert.IsType<Timestamp>(Published($"{OtherStories}<article><h1>Flood barriers delayed</h1>{Text}</article>", """<meta name="date" content="2019-03-05">"""));
        Assert.Equal(new LocalDate(2019, 3, 5), published.Date);
    }

    [Fact]
    public void A_list_of_other_stories_before_the_headline_does_not_beat_the_declared_time()
    {
        var published = Assert.IsType<Timestamp>(Published($"""
            {OtherStories}<div id="story"><h1>Flood barriers delayed</h1><div class="storyinfo">By Staff Writer <time pubdate datetime="2019-03-05T10:00:00-05:00"></time></div>{Text}</div>
            """));
        Assert.Equal(new LocalDate(2019, 3, 5), published.Date);
    }

    [Fact]
    public void A_page_whose_only_dates_are_other_stories_has_no_publication_date() =>
        Assert.Null(Published($"""<div class="main"><h1>Flood barriers delayed</h1>{Text}</div><div class="wrap">{OtherStories}</div>"""));

    [Fact]
    public void A_date_heading_before_the_post_still_gives_the_date()
    {
        // Blogger: the day's heading stands before the post's item, in the column that also holds the post's links.
        var published = Assert.IsType<Timestamp>(Published($"""
            <div class="date-outer"><h2 class="date-header"><span>Tuesday, March 5, 2019</span></h2><div class="date-posts"><div class="post-outer">
            <div class="post hentry"><h3 class="post-title"><a href="/2019/03/flood-barriers.html">Flood barriers delayed</a></h3>{Text}</div></div></div></div>
            """));
        Assert.Equal(new LocalDate(2019, 3, 5), published.Date);
    }

    private const string Menu = """
        <div class="nav"><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li>
        <li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li><li><a href="/world">World</a></li></ul></div>
        """;

    [Theory]
    [InlineData("<div class=\"top-bar\"><div class=\"top-date\">Wednesday, 31 December 2025</div></div>")]
    [InlineData("<div class=\"top-bar\"><div>2025년 12월 31일 수요일</div></div>")]
    public void The_page_headers_clock_before_the_menu_is_no_publication_date(string clock) =>
        Assert.Null(Published($"""{clock}{Menu}<div class="main"><div class="article-box"><h1>Flood barriers delayed</h1><div class="content">{Text}</div></div></div>"""));

    [Fact]
    public void The_clock_yields_to_the_date_of_a_dense_script_story()
    {
        // Korean running text is shorter than Latin: its paragraphs still make the story's block, whose own date wins.
        var published = Assert.IsType<Timestamp>(Published($"""
            <div class="top-bar"><div>2025년 12월 31일 수요일</div></div>{Menu}<div class="main"><h1>도서관 야간 개방 확대</h1><div class="info">2019년 3월 5일</div>
            <p>시의회는 도심을 가로지르는 하천을 복원하는 사업 계획을 통과시켰다. 사업은 내년 봄 착공해 약 3년간 진행될 예정이다.</p>
            <p>시장은 하천 복원을 통해 시민들에게 쉼터를 제공하고 도심의 열섬 현상도 완화할 수 있을 것이라고 말했다.</p></div>
            """));
        Assert.Equal(new LocalDate(2019, 3, 5), published.Date);
    }

    [Fact]
    public void A_banner_date_just_before_the_story_block_is_its_date()
    {
        // The story's banner (kicker and date) stands outside the block with the headline and the text, with no menu between.
        var published = Assert.IsType<Timestamp>(Published($"""
            {Menu}<main><div class="news-banner"><span>Press release | River Council</span><time datetime="2019-03-05 12:22">05.03.2019 12:22</time></div>
            <section class="news-main"><h1>Flood barriers delayed</h1>{Text}</section></main>
            """));
        Assert.Equal(new LocalDate(2019, 3, 5), published.Date);
    }

    [Theory]
    [InlineData("jp-relatedposts")]
    [InlineData("yarpp-related")]
    [InlineData("relatedarticles")]
    public void A_related_posts_box_inside_the_text_gives_no_date(string box)
    {
        var published = Assert.IsType<Timestamp>(Published($"""
            <article><h1>Flood barriers delayed</h1><div class="entry-content">{Text}
            <div class="{box}"><h3>Similar posts</h3><div class="{box}-post"><h4><a href="/lofoten">Winter on the islands</a></h4><p class="{box}-post-date">March 3, 2023</p></div></div></div></article>
            """, """<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Flood barriers delayed","datePublished":"2022-09-15T10:00:00+02:00"}</script>"""));
        Assert.Equal(new LocalDate(2022, 9, 15), published.Date);
    }

    [Fact]
    public void A_card_made_of_one_link_with_a_heading_gives_its_storys_date_not_the_articles()
    {
        var published = Assert.IsType<Timestamp>(Published($"""
            <main><section class="news-detail"><h1>Flood barriers delayed</h1>{Text}</section>
            <section class="news-more"><h2>More news</h2><a class="card" href="/news/n0/"><span class="card__date">Aug 15, 2023</span><h3>Fair board</h3></a>
            <a class="card" href="/news/n1/"><span class="card__date">Jul 2, 2023</span><h3>Route 9</h3></a></section></main>
            """, """<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Flood barriers delayed","datePublished":"2023-08-29T10:00:00Z"}</script>"""));
        Assert.Equal(new LocalDate(2023, 8, 29), published.Date);
    }

    [Fact]
    public void A_date_linked_to_the_posts_archive_day_is_still_the_posts()
    {
        // WordPress: "Posted on <a href=/2023/08/29/><time>August 29, 2023</time></a>", a link without a heading.
        var published = Assert.IsType<Timestamp>(Published($"""
            <article><h1>Flood barriers delayed</h1><div class="entry-meta">Posted on <a href="/2023/08/29/"><span class="entry-date">August 29, 2023</span></a></div>{Text}</article>
            """));
        Assert.Equal(new LocalDate(2023, 8, 29), published.Date);
    }
}
