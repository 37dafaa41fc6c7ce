using NewsKit.Models;
using NewsKit.Timestamps;
using NodaTime;
using NodaTime.Testing;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// Date lines whose name or section is set in a link or in bold, dates written as one token of a URL, labels of dates
/// that are not the page's, and a shown day that is the declared update's. Pages written for these tests.
/// </summary>
public sealed class DateLinePhraseTests
{
    private const string Dutch = "Vanaf maandag wordt de Dorpsstraat opnieuw bestraat. De werkzaamheden duren naar verwachting zes weken en worden in drie fasen uitgevoerd.";

    private const string Paragraph = "The council met on Tuesday to discuss plans for a new footbridge across the river, and the engineers agreed to look again at the design.";

    /// <summary>A clock far from every date on the test pages: a year taken from it would show.</summary>
    private static readonly ArticleParser Parser = new(new ArticleParserOptions { Clock = new FakeClock(Instant.FromUtc(2026, 12, 4, 12, 0)) });

    private static Timestamp? Published(string header, string head = "", string url = "https://news.example/local/footbridge") => Parser.Parse($"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council backs new footbridge</title>{head}</head><body>
        <article><h1>Council backs new footbridge</h1>{header}<p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
        """, new Uri(url)).Article?.Dateline.Published;

    [Theory]
    [InlineData("<p>By <a href=\"/staff/jane\">Jane</a> | March 5, 2016</p>", 5)]
    [InlineData("<p>By <a href=\"/staff/jane\">Jane Smith</a> | March 5, 2016</p>", 5)]
    [InlineData("<p>By <strong>Jane Smith</strong> | March 5, 2016</p>", 5)]
    [InlineData("<p><a href=\"/culture/\">Culture</a> &middot; March 5, 2016</p>", 5)]
    [InlineData("<p>by <strong>oldrider</strong> &raquo; Tue Mar 12, 2013 8:41 pm</p>", 12)]
    [InlineData("<p><a href=\"#p1\"><span>Post</span></a><span>by <strong><a href=\"/u/5\">r23</a></strong> &raquo; </span>Tue Mar 12, 2013 8:41 pm</p>", 12)]
    [InlineData("<div class=\"normal\"><a name=\"post887301\"><img class=\"inlineimg\" src=\"images/statusicon/post_old.gif\" alt=\"Old\"></a>12.03.2013, 20:41</div>", 12)]
    public void A_date_line_with_a_name_in_a_link_or_in_bold_gives_the_publication_date(string line, int day)
    {
        var published = Assert.IsType<Timestamp>(Published(line));
        Assert.Equal(day, published.Date.Day);
        Assert.Equal(TimestampSource.VisibleText, published.Source);
    }

    [Theory]
    [InlineData("<div class=\"fecha\"><span>05</span> <span>Mar</span> <span>2016</span></div>")]
    [InlineData("<div class=\"news-datum\"><span>05.</span> <span>März</span> <span>2016</span></div>")]
    [InlineData("<div class=\"article-date\" data-date=\"2016-03-05\"></div>")]
    [InlineData("<span class=\"post-date\" data-datetime=\"2016-03-05T09:30:00+01:00\"></span>")]
    public void A_date_badge_named_in_the_sites_language_or_a_date_in_a_data_attribute_gives_the_publication_date(string badge)
    {
        var published = Assert.IsType<Timestamp>(Published(badge));
        Assert.Equal(new LocalDate(2016, 3, 5), published.Date);
    }

    [Theory]
    [InlineData("<p>Eingestellt: 05.03.2016</p>")]
    [InlineData("<p>Online seit: 05.03.2016</p>")]
    [InlineData("<p>Beitrag vom 05.03.2016</p>")]
    public void A_date_line_labelled_as_a_posting_after_the_text_gives_the_publication_date(string line)
    {
        var published = Assert.IsType<Timestamp>(Parser.Parse($"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Neue Brücke über die Mühlbach</title></head><body>
            <article><h1>Neue Brücke über die Mühlbach</h1><p>{Paragraph}</p><p>{Paragraph}</p>{line}</article></body></html>
            """, new Uri("https://gemeinde.example/aktuelles/bruecke")).Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2016, 3, 5), published.Date);
    }

    [Fact]
    public void A_job_postings_date_posted_is_its_publication_date()
    {
        var head = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\",\"title\":\"Bridge engineer\",\"datePosted\":\"2016-03-05\",\"validThrough\":\"2016-04-30\"}</script>";
        var published = Assert.IsType<Timestamp>(Published(string.Empty, head));
        Assert.Equal(new LocalDate(2016, 3, 5), published.Date);
        Assert.Equal(TimestampSource.JsonLd, published.Source);
    }

    [Fact]
    public void A_byline_date_before_a_widget_beside_the_text_and_comments_gives_the_publication_date()
    {
        // The line ends where the rating widget's block starts; the text and the comments in divs beside the byline
        // (with links and numbers) are no list of dated links.
        var comment = $"<div class=\"comment\"><a href=\"/users/12\">reader12</a> wrote on 3 Jan 2017: {Paragraph} See <a href=\"/plans/7\">plan 7</a>.</div>";
        var published = Assert.IsType<Timestamp>(Parser.Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council backs new footbridge</title></head><body>
            <div class="article"><h1>Council backs new footbridge</h1>
            <div class="author"><a href="/authors/jane-smith/">Jane Smith</a>, 21 Jan. 2015
            <div class="rating"><form><select name="rate"><option>Helpful</option><option>Not helpful</option></select><input type="submit" value="Rate"></form></div></div>
            <div class="text"><p>{Paragraph} See <a href="/plans/7">plan 7</a>.</p><p>{Paragraph}</p></div>
            <div class="comments">{comment}{comment}</div></div></body></html>
            """, new Uri("https://news.example/local/footbridge")).Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2015, 1, 21), published.Date);
        Assert.Equal(TimestampSource.VisibleText, published.Source);
    }

    [Theory]
    [InlineData("<p class=\"byline\">by Kai &middot; <span class=\"timeago\" title=\"2016-03-05 10:21\">9 years ago</span></p>")]
    [InlineData("<p class=\"byline\">von Kai &middot; <span class=\"timeago\" title=\"05.03.2016 10:21\">vor 9 Jahren</span></p>")]
    public void A_relative_date_gives_the_whole_date_its_tooltip_holds(string line)
    {
        var published = Assert.IsType<Timestamp>(Published(line));
        Assert.Equal(new LocalDate(2016, 3, 5), published.Date);
        Assert.False(published.Assumptions.HasFlag(TimestampAssumptions.RelativeToClock));
    }

    [Theory]
    [InlineData("It is currently Wed Dec 02, 2026 11:42 pm")]
    [InlineData("Aktuelle Zeit: Mi 2. Dez 2026, 23:42")]
    [InlineData("The time now is 11:42 PM, 12-02-2026")]
    public void A_boards_clock_is_no_date_of_the_page(string clock) =>
        Assert.Null(Published($"<p class=\"right time\">{clock}</p>"));

    [Fact]
    public void A_customer_reviews_date_is_no_date_of_the_page()
    {
        var reviews = "<div id=\"reviews\"><ol><li class=\"review\"><p><strong>Dana</strong> &ndash; <time class=\"review__published-date\" datetime=\"2024-11-02T10:11:00+00:00\">2 November 2024</time></p><p>Works as described.</p></li></ol></div>";
        Assert.Null(Published(reviews));
    }

    [Theory]
    [InlineData("en", "This entry was posted on Saturday, March 5th, 2016 at 10:21 am and is filed under Walks. You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback from your own site.")]
    [InlineData("de", "Dieser Beitrag wurde am Samstag, 5. März 2016 um 10:21 veröffentlicht und ist unter Wanderungen abgelegt. Du kannst Antworten auf diesen Beitrag über den RSS 2.0 Feed verfolgen.")]
    public void A_posts_closing_sentence_that_says_when_it_was_posted_gives_the_publication_date(string language, string sentence)
    {
        var published = Assert.IsType<Timestamp>(Parser.Parse($"""
            <!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>The old lighthouse path</title></head><body>
            <article class="post"><h1>The old lighthouse path</h1><div class="entry"><p>{Paragraph}</p><p>{Paragraph}</p></div>
            <p class="postmetadata">{sentence}</p></article></body></html>
            """, new Uri("https://walks.example/lighthouse-path")).Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2016, 3, 5), published.Date);
    }

    [Fact]
    public void Parselys_json_page_tag_gives_its_pub_date()
    {
        var head = "<meta name=\"parsely-page\" content='{\"title\":\"Council backs new footbridge\",\"pub_date\":\"2016-03-05T10:21:00Z\",\"section\":\"Local\"}'>";
        var published = Assert.IsType<Timestamp>(Published(string.Empty, head));
        Assert.Equal(Instant.FromUtc(2016, 3, 5, 10, 21), published.Instant);
        Assert.Equal(TimestampSource.Meta, published.Source);
        Assert.Equal("2016-03-05T10:21:00Z", published.Text);
    }

    [Theory]
    [InlineData("{\"pub_date\": 20160305}")]
    [InlineData("{\"pub_date\": \"2016-03-05T10:21:00Z\"")]
    [InlineData("not json")]
    public void A_parsely_page_tag_without_a_date_string_gives_none(string content) =>
        Assert.Null(Published(string.Empty, $"<meta name=\"parsely-page\" content='{content}'>"));

    [Theory]
    [InlineData("de", "Dienstag, 1. März 2016")]
    [InlineData("en", "Tuesday, March 1, 2016")]
    public void A_date_heading_just_before_the_posts_item_gives_the_publication_date(string language, string heading)
    {
        var published = Assert.IsType<Timestamp>(Parser.Parse($"""
            <!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>The old lighthouse path | Walks</title></head><body>
            <div class="date-outer"><h2 class="date-header"><span>{heading}</span></h2>
            <div class="post hentry" itemscope itemtype="http://schema.org/BlogPosting"><h3 class="post-title" itemprop="name">The old lighthouse path</h3>
            <div class="post-body" itemprop="articleBody"><p>{Paragraph}</p><p>{Paragraph}</p></div></div></div></body></html>
            """, new Uri("https://walks.example/lighthouse-path")).Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2016, 3, 1), published.Date);
    }

    [Fact]
    public void A_teasers_date_before_the_article_element_with_text_between_is_no_date_of_the_article()
    {
        Assert.Null(Parser.Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>The old lighthouse path</title></head><body>
            <div class="teaser"><span>1 March 2016</span><p>{Paragraph}</p></div>
            <article><h1>The old lighthouse path</h1><p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
            """, new Uri("https://walks.example/lighthouse-path")).Article?.Dateline.Published);
    }

    [Fact]
    public void A_nodes_meta_footer_under_the_pages_headline_gives_the_date_and_the_author()
    {
        // Drupal: the page's h1 in main, the node's article after it with its footer of meta first.
        var article = Parser.Parse($"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Neue Bücher für die Schulbibliothek</title></head><body><main>
            <h1 class="page-title">Neue Bücher für die Schulbibliothek</h1>
            <article class="node"><footer class="node__meta"><div class="node__submitted">Verfasst von <span>Hanna Beispiel</span> am <span>Di, 01.03.2016 - 10:21</span></div></footer>
            <div class="node__content"><p>{Paragraph}</p><p>{Paragraph}</p></div></article></main>
            <footer class="site-footer"><p>Stand: 02.12.2026</p></footer></body></html>
            """, new Uri("https://schule.example/aktuelles/buecher")).Article!;
        Assert.Equal(new LocalDate(2016, 3, 1), Assert.IsType<Timestamp>(article.Dateline.Published).Date);
        Assert.Equal(["Hanna Beispiel"], article.Authors.Select(a => a.Name));
    }

    [Fact]
    public void A_news_items_footer_div_beside_its_headline_gives_the_date()
    {
        var published = Assert.IsType<Timestamp>(Parser.Parse($"""
            <!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Werkzaamheden aan de Dorpsstraat</title></head><body>
            <div class="news news-single"><div class="article"><div class="header"><h1>Werkzaamheden aan de Dorpsstraat</h1></div>
            <div class="footer"><p><span class="news-list-date">01-03-2016</span></p></div>
            <div class="news-text-wrap"><p>{Dutch}</p><p>{Dutch}</p></div></div></div></body></html>
            """, new Uri("https://gemeente.example/nieuws/dorpsstraat")).Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2016, 3, 1), published.Date);
    }

    [Fact]
    public void A_site_footer_beside_the_page_wrapper_gives_no_date()
    {
        Assert.Null(Parser.Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>The old lighthouse path</title></head><body><div id="page">
            <h1>The old lighthouse path</h1><p>{Paragraph}</p><p>{Paragraph}</p>
            <footer id="colophon"><p>Site updated 1 March 2016</p><p>Powered by a blog engine</p></footer></div></body></html>
            """, new Uri("https://walks.example/lighthouse-path")).Article?.Dateline.Published);
    }

    [Theory]
    [InlineData("de", "Eingetragen von Susanne Beispielfrau am 01.03.2016")]
    [InlineData("de", "Geschrieben von Alexandra am 01.03.2016 um 10:21 Uhr")]
    [InlineData("it", "Messaggio da Luca_F &raquo; mar 1 mar 2016, 10:21")]
    public void A_byline_that_ends_with_its_date_gives_the_date_however_long_the_name(string language, string line)
    {
        var published = Assert.IsType<Timestamp>(Parser.Parse($"""
            <!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>Kinderturnabzeichen erfolgreich abgelegt</title></head><body>
            <main><h1>Kinderturnabzeichen erfolgreich abgelegt</h1><div class="submitted">{line}</div><p>{Paragraph}</p><p>{Paragraph}</p></main></body></html>
            """, new Uri("https://verein.example/news/turnabzeichen")).Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2016, 3, 1), published.Date);
    }

    [Theory]
    [InlineData("https://www.parish.org.uk/news/harvest", 2016, 3, 5)]
    [InlineData("https://www.club.com.au/news/harvest", 2016, 3, 5)]
    [InlineData("https://www.parish.org/news/harvest", 2016, 5, 3)]
    [InlineData("https://www.dailynews.com.pk/news/harvest", 2016, 3, 5)]
    [InlineData("https://www.citypress.com.gh/news/harvest", 2016, 3, 5)]
    [InlineData("https://www.island.com.ph/news/harvest", 2016, 5, 3)]
    [InlineData("https://www.township.co.za/news/harvest", 2016, 3, 5)]
    public void An_english_page_without_a_country_reads_numeric_dates_in_the_order_of_its_hosts_country(string url, int year, int month, int day)
    {
        var published = Assert.IsType<Timestamp>(Published("<p class=\"news-date\">Posted 05/03/2016</p>", url: url));
        Assert.Equal(new LocalDate(year, month, day), published.Date);
    }

    [Theory]
    [InlineData("<div class=\"tribute-dates\"><span>14 August 1938</span> &ndash; <span>2 January 2016</span></div>")]
    [InlineData("<p>14 August 1938 &ndash; 2 January 2016</p>")]
    [InlineData("<p>From 1 March 2016 to 5 March 2016</p>")]
    [InlineData("<div class=\"event-meta\"><p><strong>Date:</strong> Saturday 5 March 2016</p><p><strong>Time:</strong> 10am &ndash; 1pm</p></div>")]
    public void A_span_of_days_or_an_events_details_give_no_date_of_the_page(string line) =>
        Assert.Null(Published(line));

    [Fact]
    public void Posted_and_updated_labels_before_time_elements_without_a_datetime_name_their_dates()
    {
        var article = Parser.Parse($"""
            <!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>County fair returns</title></head><body>
            <article><h1>County fair returns</h1><p>Posted: <time datetime="">Mar 5, 2016 / 05:47 PM CST</time></p>
            <p>Updated: <time datetime="">Mar 6, 2016 / 08:12 AM CST</time></p><p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
            """, new Uri("https://tv.example/news/county-fair")).Article!;
        Assert.Equal(new LocalDate(2016, 3, 5), Assert.IsType<Timestamp>(article.Dateline.Published).Date);
        Assert.Equal(new LocalDate(2016, 3, 6), Assert.IsType<Timestamp>(article.Dateline.Modified).Date);
    }

    [Fact]
    public void A_phrase_with_digits_is_not_read_into_a_date_line()
    {
        // The digits belong to the link ("Route 66"); the line is no short date line of the article.
        Assert.Null(Published("<p><a href=\"/tags/route-66\">Route 66</a> | March 5</p>"));
    }

    [Theory]
    [InlineData("https://news.example/20190305/footbridge")]
    [InlineData("https://radio.example/meldung_20190305_1244.htm")]
    [InlineData("https://news.example/local/footbridge-20190305.html")]
    [InlineData("https://news.example/local/20190305-footbridge-plans")]
    [InlineData("https://news.example/local/footbridge-plans-2019-03-05.html")]
    [InlineData("https://news.example/story.php?id=4&date=2019-03-05")]
    public void A_date_written_as_one_token_of_the_url_is_the_publication_date_when_the_page_shows_none(string url)
    {
        var published = Assert.IsType<Timestamp>(Published(string.Empty, url: url));
        Assert.Equal(new LocalDate(2019, 3, 5), published.Date);
        Assert.Equal(TimestampSource.Url, published.Source);
    }

    [Theory]
    [InlineData("https://news.example/20191305/footbridge")]
    [InlineData("https://news.example/local/footbridge-120190305.html")]
    [InlineData("https://news.example/20390305/footbridge")]
    public void A_number_that_is_no_date_or_a_date_after_the_clock_in_the_url_gives_none(string url)
    {
        Assert.Null(Published(string.Empty, url: url));
    }

    [Theory]
    [InlineData("<p>Get it by Sunday, December 6, 2026</p>")]
    [InlineData("<p>December 6, 2026</p>")]
    public void A_day_after_the_clocks_next_day_is_no_publication_date(string line)
    {
        // The clock stands at 4 December, noon UTC: no page anywhere shows a day after 5 December yet (a delivery date).
        Assert.Null(Published(line));
    }

    [Fact]
    public void The_clocks_next_day_is_a_publication_date_a_page_ahead_of_utc_can_show()
    {
        var published = Assert.IsType<Timestamp>(Published("<p>December 5, 2026</p>"));
        Assert.Equal(new LocalDate(2026, 12, 5), published.Date);
    }

    [Theory]
    [InlineData("<p><span class=\"relative-date\" title=\"Mar 19, 2024 2:05 pm\">Mar '24</span></p>")]
    [InlineData("<p>Posted 18 May</p>")]
    public void A_shown_day_without_its_year_does_not_replace_a_declared_date_it_does_not_fit(string line)
    {
        // Discourse's "Mar '24" (March 2024) is read as 24 March; a yearless day borrows its year, the declared date states it.
        var found = Assert.IsType<Timestamp>(Published(line, "<meta property=\"article:published_time\" content=\"2024-03-19T14:05:00+00:00\">"));
        Assert.Equal(new LocalDate(2024, 3, 19), found.Date);
    }

    [Fact]
    public void A_shown_month_does_not_replace_the_declared_day_in_that_month()
    {
        // A theme that sets the parts of its date in spans of their own ("2025" "Nov" "23"), read as a month alone.
        var line = "<ul class=\"article-head\"><li class=\"publish\"><span class=\"year\">2025</span><span class=\"month\">Nov</span></li></ul>";
        var found = Assert.IsType<Timestamp>(Published(line, "<meta property=\"article:published_time\" content=\"2025-11-23T09:30:00+08:00\">"));
        Assert.Equal(new LocalDate(2025, 11, 23), found.Date);
    }

    [Theory]
    [InlineData("<p>Registered: 18.09.2008, 05:56</p>")]
    [InlineData("<dl><dd><strong>Registriert:</strong> 18.09.2008, 05:56</dd></dl>")]
    [InlineData("<p>Member since 18 September 2008</p>")]
    [InlineData("<div class=\"smallfont\"><div>Join Date: Mar 2004</div><div>Posts: 1,203</div></div>")]
    [InlineData("<div class=\"smallfont\"><div>Fecha de Ingreso: mar 2004</div><div>Mensajes: 1.203</div></div>")]
    public void A_members_registration_date_is_not_the_publication_date(string line)
    {
        Assert.Null(Published(line));
    }

    [Theory]
    [InlineData("2016-03-01T10:00:00+01:00", "2016-03-05T09:00:00+01:00", 1)]
    [InlineData("2016-03-04T23:00:00Z", "2016-03-05T12:00:00Z", 5)]
    public void A_shown_day_without_a_time_that_is_the_declared_updates_day_is_the_update(string published, string modified, int day)
    {
        // A theme that shows the post's last change as its only date: the declared publication stands, unless it may be
        // the shown day in the page's own time zone (a UTC time an hour before midnight).
        var head = $"<meta property=\"article:published_time\" content=\"{published}\"><meta property=\"article:modified_time\" content=\"{modified}\">";
        var found = Assert.IsType<Timestamp>(Published("<p>By Jane Smith - March 5, 2016</p>", head));
        Assert.Equal(day, found.Date.Day);
    }

    [Fact]
    public void A_list_of_dated_links_under_the_headline_gives_no_publication_date()
    {
        // A sitemap or an archive: each line a link to another page and its date.
        var list = "<ul><li><a href=\"/a\">Bridge vote delayed</a> – 2019-03-05</li><li><a href=\"/b\">Clinic opens</a> – 2021-06-02</li>"
            + "<li><a href=\"/c\">Library hours</a> – 2024-11-15</li></ul>";
        Assert.Null(Published(list));
    }

    [Theory]
    [InlineData("<div itemscope itemtype=\"https://schema.org/Review\"><meta itemprop=\"datePublished\" content=\"2023-02-11\">Comfortable boots.</div>")]
    [InlineData("<div itemscope itemtype=\"https://schema.org/Product\"><div itemprop=\"review\" itemscope itemtype=\"https://schema.org/Review\"><meta itemprop=\"datePublished\" content=\"2023-02-11\">Comfortable.</div></div>")]
    [InlineData("<div itemscope itemtype=\"https://schema.org/Event\"><meta itemprop=\"datePublished\" content=\"2023-02-11\">Open day.</div>")]
    public void The_date_of_a_review_or_another_item_below_the_article_is_not_its_publication_date(string item)
    {
        Assert.Null(Parser.Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Trail walking boots</title></head><body>
            <div><h1>Trail walking boots</h1><p>{Paragraph}</p><p>{Paragraph}</p>{item}</div></body></html>
            """, new Uri("https://shop.example/boots")).Article?.Dateline.Published);
    }

    [Fact]
    public void A_publication_date_a_template_wrote_into_the_authors_person_item_is_the_articles()
    {
        var published = Assert.IsType<Timestamp>(Parser.Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council backs new footbridge</title></head><body>
            <article itemprop="mainEntity" itemscope itemtype="http://schema.org/Article"><h1 itemprop="headline">Council backs new footbridge</h1>
            <div itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Jane Smith</span><meta itemprop="datePublished" content="2019-11-18T17:01:27Z"></div>
            <p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
            """, new Uri("https://news.example/local/footbridge")).Article?.Dateline.Published);
        Assert.Equal(Instant.FromUtc(2019, 11, 18, 17, 1, 27), published.Instant);
    }

    [Fact]
    public void A_byline_after_an_icons_screen_reader_label_gives_the_first_posts_date()
    {
        // phpBB's prosilver: every post's author line opens with a permalink icon labelled for screen readers only.
        static string Post(int n, string title, string user, string date, string text) => $"""
            <div id="p{n}" class="post"><div class="postbody"><h3><a href="#p{n}">{title}</a></h3><p class="author"><a href="./viewtopic.php?p={n}#p{n}" title="Post"><i class="icon fa-file"></i><span class="sr-only">Post</span></a>
            <span class="responsive-hide">by <strong><a href="./memberlist.php?u={n}" class="username">{user}</a></strong> &raquo; </span>{date} </p><div class="content">{text}</div></div></div>
            """;
        var published = Assert.IsType<Timestamp>(Parser.Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>New footbridge plans - Riverside Board</title></head><body>
            <div id="page-body"><h2 class="topic-title">New footbridge plans</h2>
            {Post(1, "New footbridge plans", "orionfan", "Tue Mar 05, 2019 10:21 am", Paragraph)}
            {Post(2, "Re: New footbridge plans", "dave", "Sat Mar 09, 2019 1:47 pm", Paragraph + " " + Paragraph)}
            </div></body></html>
            """, new Uri("https://board.example/viewtopic.php?t=77")).Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2019, 3, 5), published.Date);
    }

    [Fact]
    public void Posts_of_the_thread_are_no_story_cards_the_first_posts_date_is_the_threads()
    {
        // vBulletin: alike post containers, each with a user link and a heading; the heading repeats the thread's title,
        // so the posts name the article, not other stories. The longest post (the third) is no nearer to the title.
        static string Post(int n, string title, string date, string text) => $"""
            <li class="postbitlegacy postcontainer" id="post_{n}"><div class="posthead"><span class="postdate"><span class="date">{date}</span></span>
            <a href="showthread.php?p={n}#post{n}" class="postcounter">#{n}</a></div><div class="userinfo"><a class="username" href="member.php?u={n}">user{n}</a></div>
            <div class="postbody"><h2 class="title icon">{title}</h2><blockquote class="postcontent">{text}</blockquote></div></li>
            """;
        var published = Assert.IsType<Timestamp>(Parser.Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>New footbridge plans - Riverside Forum</title></head><body>
            <div id="pagetitle"><h1>Thread: <span class="threadtitle"><a href="showthread.php?t=4411">New footbridge plans</a></span></h1></div>
            <ol id="posts" class="posts">{Post(1, "New footbridge plans", "03-05-2019", Paragraph)}{Post(2, "Re: New footbridge plans", "03-06-2019", Paragraph)}
            {Post(3, "Re: New footbridge plans", "03-18-2019", string.Join(" ", Enumerable.Repeat(Paragraph, 5)))}</ol></body></html>
            """, new Uri("https://forum.example/showthread.php?t=4411")).Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2019, 3, 5), published.Date);
    }

    [Theory]
    [InlineData("en", "Written July 9, 2020 by Mette")]
    [InlineData("da", "Skrevet den 9. juli 2020 af Mette")]
    [InlineData("de", "Geschrieben am 9. Juli 2020 von Mette")]
    [InlineData("fr", "Écrit le 9 juillet 2020 par Mette")]
    [InlineData("nl", "Geplaatst op 9 juli 2020 door Mette")]
    public void A_signature_line_after_the_text_that_says_when_it_was_written_gives_the_date(string language, string line)
    {
        var published = Assert.IsType<Timestamp>(Parser.Parse($"""
            <!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>Summer top in cotton</title></head><body>
            <article><h1>Summer top in cotton</h1><p>{Paragraph}</p><p>{Paragraph}</p><p>{line}</p></article></body></html>
            """, new Uri("https://blog.example/summer-top")).Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2020, 7, 9), published.Date);
    }

    [Theory]
    [InlineData("(PresseBox) (Erfurt, 17.10.2023) Die Preise für Weizen- und Roggenmehl sind im dritten Quartal nahezu unverändert geblieben.")]
    [InlineData("(Erfurt, 17.10.2023) Die Preise für Weizen- und Roggenmehl sind im dritten Quartal nahezu unverändert geblieben.")]
    [InlineData("Erfurt, (17.10.2023). Die Preise für Weizen- und Roggenmehl sind im dritten Quartal nahezu unverändert geblieben.")]
    public void A_press_releases_dateline_in_parentheses_gives_the_date(string lead)
    {
        var published = Assert.IsType<Timestamp>(Parser.Parse($"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Mehlpreise</title></head><body>
            <div class="pm-detail"><h1>Mehlpreise bleiben stabil</h1><div class="pm-text"><p>{lead}</p><p>{Paragraph}</p><p>{Paragraph}</p></div></div></body></html>
            """, new Uri("https://presse.example/mehlpreise")).Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2023, 10, 17), published.Date);
    }
}
