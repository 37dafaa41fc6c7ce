using NewsKit.Models;
using NewsKit.Timestamps;
using NodaTime;
using NodaTime.Testing;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// The publication date comes from the page's own evidence: a date line in the article's header, a year from the
/// page (never from the clock), and the day the page shows its readers. Pages written for these tests.
/// </summary>
public sealed class DatelineEvidenceTests
{
    private const string Paragraph = "The council voted on Tuesday to reopen the harbour bridge next month, after engineers finished the repairs to its cables and deck.";

    /// <summary>A clock far from every date on the test pages: a year taken from it would show.</summary>
    private static readonly ArticleParser Parser = new(new ArticleParserOptions { Clock = new FakeClock(Instant.FromUtc(2026, 12, 4, 12, 0)) });

    private static ParseResult Parse(string header, string head = "", string? url = null, string afterFirst = "", string title = "Brücke öffnet wieder") => Parser.Parse($"""
        <!doctype html><html lang="de"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>
        <article><h1>Brücke öffnet wieder</h1>{header}<p>{Paragraph}</p>{afterFirst}<p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
        """, url is null ? null : new Uri(url));

    [Theory]
    [InlineData("<p>22. Januar 2014</p>")]
    [InlineData("<div class=\"x\"><span>Pressemitteilung vom 22.01.2014</span></div>")]
    public void A_short_date_line_in_the_article_header_is_the_publication_date(string header)
    {
        var published = Assert.IsType<Timestamp>(Parse(header).Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2014, 1, 22), published.Date);
        Assert.Equal(TimestampSource.VisibleText, published.Source);
    }

    [Fact]
    public void A_shown_time_that_gives_another_offset_than_the_declared_one_does_not_move_the_value()
    {
        // Declared 00:15 at +02:00; the page shows "12:15" (a 12-hour clock whose marker was not read): the declared
        // offset stays; the shown time only says the same day.
        var head = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Brücke öffnet wieder","datePublished":"2014-01-22T00:15:00+02:00"}</script>""";
        var published = Parse("<p class=\"date\">22.01.2014 12:15</p>", head).Article!.Dateline.Published;
        Assert.Equal(Offset.FromHours(2), published?.Offset);
        Assert.Equal(new LocalDateTime(2014, 1, 22, 0, 15), published?.Local);
    }

    [Fact]
    public void A_date_line_after_the_standfirst_that_repeats_the_description_is_the_publication_date()
    {
        // The standfirst (the page's description and more) stands between the headline and the header's date lines.
        const string Intro = "Die Brücke über den Hafen ist repariert. Ab dem kommenden Monat dürfen wieder Autos und Busse darüber fahren.";
        var header = $"""
            <p data-testid="article-intro">{Intro} Radfahrer müssen noch warten.</p>
            <div data-testid="article-meta"><div>Bijgewerkt op donderdag 23 januari 2014 om 09.12 uur</div>
            <div><a href="/auteur/lien-vermeire">Lien Vermeire</a></div><div>woensdag 22 januari 2014 om 03.00 uur</div></div>
            """;
        var dateline = Parse(header, head: $"""<meta name="description" content="{Intro}">""").Article!.Dateline;
        Assert.Equal(new LocalDate(2014, 1, 22), dateline.Published?.Date);
        Assert.Equal(new LocalDateTime(2014, 1, 22, 3, 0), dateline.Published?.Local);
        Assert.Equal(new LocalDate(2014, 1, 23), dateline.Modified?.Date);
    }

    [Theory]
    [InlineData("Aangepast")]
    [InlineData("Gewijzigd")]
    [InlineData("Geüpdatet")]
    public void A_dutch_update_label_before_a_time_element_gives_the_modified_time(string label)
    {
        var header = $"""
            <p class="time"><time datetime="2014-01-22T12:32:11+0000">22 januari 2014, 13:32</time></p>
            <p class="time-updated">{label} <time datetime="2014-01-22T13:05:40+0000">22 januari 2014, 14:05</time></p>
            """;
        var dateline = Parse(header).Article!.Dateline;
        Assert.Equal(Instant.FromUtc(2014, 1, 22, 12, 32, 11), dateline.Published?.Instant);
        Assert.Equal(Instant.FromUtc(2014, 1, 22, 13, 5, 40), dateline.Modified?.Instant);
    }

    [Theory]
    [InlineData("<div id=\"news_info\">von <a href=\"/autor/fabian-koch/\">Fabian Koch</a> – Mittwoch, 22.01.2014, 10:12 Uhr <a href=\"#comments\">45 Kommentare</a></div>")]
    [InlineData("<div id=\"news_info\">von <a href=\"/autor/fabian-koch/\">Fabian Koch</a> – Mittwoch, 22.01.2014, 10:12 Uhr 45 Kommentare</div>")]
    public void A_byline_with_its_date_is_read_before_a_count_of_comments(string header)
    {
        var published = Assert.IsType<Timestamp>(Parse(header).Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2014, 1, 22), published.Date);
    }

    [Theory]
    [InlineData("<div class=\"box\"><span class=\"label\">Erschienen am:</span><h2 class=\"value\">22.01.2014</h2><strong>Herausgeber:</strong> Stadtrat</div>")]
    [InlineData("<dl><dt>Published</dt><dd>22 January 2014</dd></dl>")]
    public void A_date_label_and_its_value_in_two_elements_give_the_publication_date(string header)
    {
        var published = Assert.IsType<Timestamp>(Parse(header).Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2014, 1, 22), published.Date);
        Assert.Equal(TimestampSource.VisibleText, published.Source);
    }

    [Fact]
    public void The_only_date_on_the_page_is_its_publication_date_when_only_a_class_word_calls_it_an_update()
    {
        var dateline = Parse("<div class=\"date-update-wrapper\"><p>22.01.2014</p></div>").Article?.Dateline;
        var published = Assert.IsType<Timestamp>(dateline?.Published);
        Assert.Equal(new LocalDate(2014, 1, 22), published.Date);
        Assert.Null(dateline?.Modified);
    }

    [Theory]
    [InlineData("<p class=\"date\">22 Jan 2014 08:52AM (Updated: 23 Jan 2014 10:15AM)</p>")]
    [InlineData("<p class=\"date\">22.01.2014 | aktualisiert 23.01.2014</p>")]
    [InlineData("<p class=\"date\">Publié le 22 janvier 2014 à 10h05, mis à jour le 23 janvier 2014 à 08h12</p>")]
    [InlineData("<p class=\"date\">Published 22 January 2014, updated 23 January 2014</p>")]
    [InlineData("<p class=\"date\">Actualisé le 23 janvier 2014 à 10h12 - Publié le 22 janvier 2014 à 14h05</p>")]
    [InlineData("<p class=\"date\">Màj le 23 janvier 2014 à 10h12 - Publié le 22 janvier 2014 à 14h05</p>")]
    public void A_date_line_that_names_the_update_after_the_publication_gives_both(string header)
    {
        var dateline = Parse(header).Article!.Dateline;
        Assert.Equal(new LocalDate(2014, 1, 22), Assert.IsType<Timestamp>(dateline.Published).Date);
        Assert.Equal(new LocalDate(2014, 1, 23), Assert.IsType<Timestamp>(dateline.Modified).Date);
    }

    [Fact]
    public void A_relative_date_in_a_pictures_caption_is_no_publication_date_and_the_address_states_the_day()
    {
        // "gestern" in a caption is when the picture was taken, read against the clock; the address says the day.
        var published = Parse("<figure class=\"multimedia-item\"><img src=\"a.jpg\" alt=\"\"><figcaption>Die Brücke, gestern.</figcaption></figure>", url: "https://news.example/2014/01/22/bruecke.html").Article!.Dateline.Published;
        Assert.Equal(new LocalDate(2014, 1, 22), Assert.IsType<Timestamp>(published).Date);
        Assert.Equal(TimestampSource.Url, published.Source);
    }

    [Fact]
    public void A_relative_date_the_page_shows_gives_way_to_the_day_its_address_states()
    {
        // "vor 3 Stunden" is read against the clock (2026-12-04); the address says 2014-01-22, whenever the page is read.
        var result = Parse("<p class=\"date\">vor 3 Stunden</p>", url: "https://news.example/2014/01/22/bruecke.html");
        Assert.Equal(new LocalDate(2014, 1, 22), Assert.IsType<Timestamp>(result.Article!.Dateline.Published).Date);
        Assert.Contains(result.Warnings, w => w.Kind == WarningKind.SourceConflict);
    }

    [Fact]
    public void A_date_element_whose_own_text_opens_with_an_update_word_is_the_update_whatever_its_class_says()
    {
        // El Mundo's markup: the time's class calls it the publish date, its label says "Actualizado".
        var head = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Brücke öffnet wieder","datePublished":"2014-01-22T20:12:00Z","dateModified":"2014-01-23T15:37:32Z"}</script>""";
        var header = "<div class=\"article__publishdate\"><time datetime=\"2014-01-23T15:37:32Z\" class=\"article__publishdate\"><span class=\"article__publishdate-label\">Aktualisiert</span> Donnerstag, 23. Januar 2014 - 16:37</time></div>";
        var dateline = Parse(header, head).Article!.Dateline;
        Assert.Equal(new LocalDate(2014, 1, 22), Assert.IsType<Timestamp>(dateline.Published).Date);
        Assert.Equal(new LocalDate(2014, 1, 23), Assert.IsType<Timestamp>(dateline.Modified).Date);
    }

    [Fact]
    public void A_date_the_page_calls_an_update_in_words_stays_the_modification_date()
    {
        var result = Parse("<div class=\"date-update-wrapper\"><p>Aktualisiert: 22.01.2014</p></div>");
        var dateline = result.Article?.Dateline;
        Assert.Equal(new LocalDate(2014, 1, 22), Assert.IsType<Timestamp>(dateline?.Modified).Date);

        // The page's only date: it stands for the publication too, said in a warning.
        Assert.Equal(dateline?.Modified, dateline?.Published);
        Assert.Contains(result.Warnings, w => w.Kind == WarningKind.UpdateAsPublication);
    }

    [Theory]
    [InlineData("", "22.01.2014 | Brücke öffnet wieder")]
    [InlineData("<meta property=\"og:title\" content=\"22.01.2014 - Brücke öffnet wieder\">", "Brücke öffnet wieder")]
    [InlineData("<meta name=\"description\" content=\"Die Brücke öffnet wieder (Meldung vom 22. Januar 2014)\">", "Brücke öffnet wieder")]
    public void Without_another_date_a_date_that_opens_the_title_or_ends_the_description_is_the_publication_date(string head, string title)
    {
        var published = Assert.IsType<Timestamp>(Parse(string.Empty, head: head, title: title).Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2014, 1, 22), published.Date);
        Assert.Equal(TimestampSource.Meta, published.Source);
    }

    [Theory]
    [InlineData("<p><a href=\"https://www.stadt.example/verkehr/bruecke/\" rel=\"bookmark\">Brücke öffnet wieder</a> wurde am <nobr>22. Januar 2014</nobr> um <nobr>10:15</nobr> Uhr gepostet und unter <a href=\"/verkehr/\">Verkehr</a> abgelegt.</p>")]
    [InlineData("<ul><li><a href=\"/verkehr/bruecke\"><div>22.01.2014</div><h2>Brücke öffnet wieder</h2></a></li><li><a href=\"/verkehr/tunnel\"><div>20.01.2014</div><h2>Tunnel gesperrt</h2></a></li></ul>")]
    public void Without_another_date_the_date_beside_a_link_to_the_page_itself_is_the_publication_date(string aside)
    {
        var published = Assert.IsType<Timestamp>(ParseWithAside(aside).Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2014, 1, 22), published.Date);
        Assert.Equal(TimestampSource.VisibleText, published.Source);
    }

    [Theory]
    [InlineData("<ul><li><a href=\"/verkehr/bruecke\" class=\"cur\">Bericht 22. Januar</a></li><li><a href=\"/verkehr/tunnel\">Bericht 15. Januar 2014</a></li></ul>")]
    [InlineData("<ol><li><cite>Anna</cite> <a href=\"https://stadt.example/verkehr/bruecke#comment-3\">22.01.2014</a><p>Endlich!</p></li></ol>")]
    public void Another_pages_link_text_and_a_comment_permalink_give_no_date(string aside)
    {
        Assert.Null(ParseWithAside(aside).Article?.Dateline.Published);
    }

    /// <summary>A page in <paramref name="language"/> whose article opens with <paramref name="lines"/> under its headline, then two paragraphs.</summary>
    private static ParseResult ParseLines(string language, string headline, string lines, string? title = null) => Parser.Parse($"""
        <!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>{title ?? headline}</title></head><body>
        <article><h1>{headline}</h1>{lines}<p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
        """);

    private static ParseResult ParseWithAside(string aside) => Parser.Parse($"""
        <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Brücke öffnet wieder</title></head><body>
        <article><h1>Brücke öffnet wieder</h1><p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p></article>
        <aside>{aside}</aside></body></html>
        """, new Uri("https://stadt.example/verkehr/bruecke"));

    [Theory]
    [InlineData("", "Brücke öffnet am 22.01.2014 wieder")]
    [InlineData("<meta name=\"description\" content=\"Am 22. Januar 2014 öffnet die Brücke wieder, sagt die Stadt.\">", "Brücke öffnet wieder")]
    [InlineData("", "22. Januar | Brücke öffnet wieder")]
    public void A_date_inside_the_title_or_description_or_without_a_year_is_not_the_publication_date(string head, string title)
    {
        Assert.Null(Parse(string.Empty, head: head, title: title).Article?.Dateline.Published);
    }

    [Theory]
    [InlineData("Marktbericht vom 22.01.2014", "Marktbericht", 2014, 1, 22)]
    [InlineData("PTA Newsletter – 22 January 2014", "PTA Newsletter", 2014, 1, 22)]
    [InlineData("Marktbericht", "Marktbericht - 22. Januar 2014 | Stadt", 0, 0, 0)]
    [InlineData("Marktbericht", "Marktbericht - 22. Januar 2014", 2014, 1, 22)]
    [InlineData("Wochenbericht 14. - 20. Januar 2014", "Wochenbericht", 0, 0, 0)]
    [InlineData("Konzert am 22. Januar 2014", "Konzert", 0, 0, 0)]
    public void Without_another_date_a_date_set_apart_at_the_end_of_the_headline_or_the_title_is_the_issues_date(string headline, string title, int year, int month, int day)
    {
        var published = Parser.Parse($"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>{title}</title></head><body>
            <article><h1>{headline}</h1><p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
            """).Article?.Dateline.Published;
        Assert.Equal(year == 0 ? null : new LocalDate(year, month, day), published?.Date);
    }

    [Theory]
    [InlineData("Die Brücke öffnet wieder | 22.01.2014", 2014)]
    [InlineData("Anna Muster ist am 22. Januar 2014 gestorben. Sie wurde 90 Jahre alt und lebte am Hafen bis zum 22.01.2014", 0)]
    public void A_description_ending_in_a_date_set_apart_dates_the_page_one_ending_a_sentence_does_not(string description, int year)
    {
        var published = Parse(string.Empty, head: $"<meta name=\"description\" content=\"{description}\">").Article?.Dateline.Published;
        Assert.Equal(year == 0 ? null : new LocalDate(year, 1, 22), published?.Date);
    }

    [Theory]
    [InlineData("https://stadt.example/news/2014/bruecke-oeffnet", 2014)]
    [InlineData("https://stadt.example/news/bruecke-oeffnet", 0)]
    public void A_year_the_address_names_alone_completes_a_date_shown_without_one(string url, int year)
    {
        var published = Parse("<div class=\"post-date\"><span class=\"month\">JAN</span> <span class=\"day\">22</span></div>", url: url).Article?.Dateline.Published;
        Assert.Equal(year == 0 ? null : new LocalDate(year, 1, 22), published?.Date);
    }

    [Theory]
    [InlineData("<div class=\"news-single\"><h1>Brücke öffnet wieder</h1><div class=\"footer\"><p><span class=\"news-list-date\"><time>22.01.2014, 14:30 Uhr</time></span><span itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\"> Von <span itemprop=\"name\">Anna Muster</span></span></p></div>{0}</div>")]
    [InlineData("<div class=\"post\"><h1 class=\"post-title\">Brücke öffnet wieder</h1><div class=\"post-body\">{0}</div><div class=\"post-footer\">Eingestellt von <span itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\"><span itemprop=\"name\">Anna Muster</span></span> am <span class=\"post-timestamp\">22. Januar 2014</span></div></div>")]
    public void A_date_in_the_articles_own_footer_beside_its_authors_item_is_the_publication_date(string template)
    {
        var body = $"<p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p>";
        var result = Parser.Parse($"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Brücke öffnet wieder</title></head><body>
            {string.Format(System.Globalization.CultureInfo.InvariantCulture, template, body)}</body></html>
            """);
        Assert.Equal(new LocalDate(2014, 1, 22), Assert.IsType<Timestamp>(result.Article?.Dateline.Published).Date);
    }

    [Fact]
    public void A_date_in_the_articles_own_footer_beside_a_comments_item_is_not_the_publication_date()
    {
        var result = Parser.Parse($"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Brücke öffnet wieder</title></head><body>
            <div class="news-single"><h1>Brücke öffnet wieder</h1><p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p>
            <div class="footer"><div itemscope itemtype="http://schema.org/Comment"><span>22.01.2014</span> Tolle Nachricht!</div></div></div></body></html>
            """);
        Assert.Null(result.Article?.Dateline.Published);
    }

    [Fact]
    public void A_date_in_a_short_line_is_read_however_much_white_space_the_template_indents_it_with()
    {
        var indent = "\n" + new string(' ', 120);
        var published = Assert.IsType<Timestamp>(Parse($"<div class=\"box\">{indent}<span>22. Januar 2014</span>{indent}<ul>{indent}<li><a href=\"/print/1\">Drucken</a></li>{indent}</ul>{indent}</div>").Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2014, 1, 22), published.Date);
    }

    [Theory]
    [InlineData("NEW YORK, Jan. 22, 2014 /PRNewswire/ -- ", 2014, 1, 22)]
    [InlineData("Berlin, 22. Januar 2014 – ", 2014, 1, 22)]
    [InlineData("Berlin/Brunsbüttel, 22. Januar 2014 – ", 2014, 1, 22)]
    [InlineData("Washington, D.C., March 3, 2015 — ", 2015, 3, 3)]
    [InlineData("Frankfurt am Main, 02.04.2013. ", 2013, 4, 2)]
    public void A_press_release_dateline_that_names_its_place_before_the_date_gives_the_publication_date(string dateline, int year, int month, int day)
    {
        var result = Parser.Parse($"""
            <!doctype html><html><head><title>Brücke öffnet wieder</title></head><body>
            <article><h1>Brücke öffnet wieder</h1><p>{dateline}{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
            """);
        var published = Assert.IsType<Timestamp>(result.Article?.Dateline.Published);
        Assert.Equal(new LocalDate(year, month, day), published.Date);
        Assert.Equal(TimestampSource.VisibleText, published.Source);
    }

    [Theory]
    [InlineData("Berlin, Hamburg und München melden 2014 mehr Besucher: ")]
    [InlineData("Meanwhile, 22 people ")]
    public void A_paragraph_that_opens_with_a_place_and_no_date_gives_no_publication_date(string opening)
    {
        var result = Parser.Parse($"""
            <!doctype html><html><head><title>Brücke öffnet wieder</title></head><body>
            <article><h1>Brücke öffnet wieder</h1><p>{opening}{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
            """);
        Assert.Null(result.Article?.Dateline.Published);
    }

    [Fact]
    public void A_shown_date_days_after_the_declared_publication_and_modification_is_not_the_publication()
    {
        const string Declared = """<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Brücke öffnet wieder", "datePublished": "2020-09-21T15:18:01+00:00", "dateModified": "2020-10-20T14:04:48+00:00"}</script>""";
        var published = Assert.IsType<Timestamp>(Parse("<p class=\"date\">22. Juni 2022</p>", head: Declared).Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2020, 9, 21), published.Date);
        Assert.Equal(TimestampSource.JsonLd, published.Source);
    }

    [Fact]
    public void A_date_line_inside_the_article_text_is_an_event_not_the_publication()
    {
        Assert.Null(Parse(string.Empty, afterFirst: "<p><strong>Termin: 28.02.2014, 18:30 Uhr</strong></p>").Article?.Dateline.Published);
    }

    [Fact]
    public void A_date_without_a_year_takes_it_from_the_page_url_not_from_the_clock()
    {
        var published = Assert.IsType<Timestamp>(Parse("<p class=\"date\">Samstag, 17. Mai</p>", url: "https://news.example/2014/05/17/bruecke").Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2014, 5, 17), published.Date);
        Assert.True(published.Assumptions.HasFlag(TimestampAssumptions.YearInferred));
    }

    [Fact]
    public void A_date_without_a_year_on_a_page_without_other_dates_gives_no_date_and_says_why()
    {
        var result = Parse("<p class=\"date\">17. Mai</p>");
        Assert.Null(result.Article?.Dateline.Published);
        Assert.Contains(result.Warnings, w => w.Kind == WarningKind.RejectedTimestamp);
    }

    [Fact]
    public void The_date_is_the_day_the_page_shows_when_the_declared_time_is_written_in_UTC()
    {
        // Local midnight in Berlin, declared in UTC: the page shows 7 November, UTC says 6 November.
        var published = Assert.IsType<Timestamp>(Parse("<p class=\"date\">07.11.2022</p>",
            head: "<meta property=\"article:published_time\" content=\"2022-11-06T23:00:00.000Z\">").Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2022, 11, 7), published.Date);
        Assert.Equal(Instant.FromUtc(2022, 11, 6, 23, 0), published.Instant);
        Assert.Null(published.Offset);
    }

    [Theory]
    [InlineData("<p class=\"byline\">Posted at <abbr class=\"published\" title=\"2014-01-22T21:11:00+02:00\">21:11</abbr></p>")]
    [InlineData("<span property=\"schema:dateCreated\" content=\"2014-01-22T21:11:00+02:00\"></span>")]
    public void Dates_written_for_machines_in_abbr_titles_and_RDFa_are_read(string header)
    {
        var published = Assert.IsType<Timestamp>(Parse(header).Article?.Dateline.Published);
        Assert.Equal(Instant.FromUtc(2014, 1, 22, 19, 11), published.Instant);
    }

    [Theory]
    [InlineData("<p class=\"caption\">\n          01. November 2021          |\n          Naturschutz, BUND\n        </p>", 2021, 11, 1)]
    [InlineData("<p class=\"subline\"> <br class=\"mobile-only\"> 1. Februar 2022 , Daniel Dillenburg </p>", 2022, 2, 1)]
    public void A_date_line_is_measured_as_it_shows_white_space_collapsed_and_line_breaks_aside(string header, int year, int month, int day)
    {
        var published = Assert.IsType<Timestamp>(Parse(header).Article?.Dateline.Published);
        Assert.Equal(new LocalDate(year, month, day), published.Date);
        Assert.Equal(TimestampSource.VisibleText, published.Source);
    }

    [Theory]
    [InlineData("<footer class=\"entry-footer\">Posted by Jana at <abbr class=\"published\" title=\"2014-01-22T21:11:00+02:00\">21:11</abbr></footer>", "hentry")]
    [InlineData("<footer class=\"node__meta\"><span class=\"created\">22.01.14</span><span property=\"schema:dateCreated\" content=\"2014-01-22T21:11:00+02:00\"></span></footer>", "node")]
    public void Dates_declared_in_the_entrys_own_footer_are_read_when_nothing_else_is_declared(string footer, string entryClass)
    {
        var result = Parser.Parse($"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Brücke öffnet wieder</title></head><body>
            <article class="{entryClass}"><h1>Brücke öffnet wieder</h1><p>{Paragraph}</p><p>{Paragraph}</p>{footer}</article>
            <aside class="sidebar"><span property="schema:dateCreated" content="2013-05-05T10:00:00+02:00"></span></aside></body></html>
            """);
        var published = Assert.IsType<Timestamp>(result.Article?.Dateline.Published);
        Assert.Equal(Instant.FromUtc(2014, 1, 22, 19, 11), published.Instant);
        Assert.Equal(TimestampSource.Microdata, published.Source);
    }

    [Fact]
    public void The_only_microformat_entry_is_the_pages_wherever_its_template_puts_it_but_one_of_several_in_a_widget_is_not()
    {
        static string Page(string entries) => $"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Tach auch | Mein Blog</title><meta property="og:title" content="Tach auch"></head><body>
            <h1 class="blog-title">Mein Blog</h1><div class="main"><div class="widget Blog">{entries}</div></div></body></html>
            """;
        static string Entry(string title, string time) => $"""
            <div class="post hentry"><h3 class="post-title">{title}</h3><div class="post-body"><p>{Paragraph}</p><p>{Paragraph}</p></div>
            <div class="post-footer">Posted at <abbr class="published" title="{time}">21:11</abbr></div></div>
            """;

        var single = Parser.Parse(Page(Entry("Tach auch", "2020-04-28T21:11:00+02:00")));
        Assert.Equal(new LocalDate(2020, 4, 28), Assert.IsType<Timestamp>(single.Article?.Dateline.Published).Date);

        var several = Parser.Parse(Page(Entry("Erster Eintrag", "2020-04-27T10:00:00+02:00") + Entry("Zweiter Eintrag", "2020-04-28T21:11:00+02:00")));
        Assert.Null(several.Article?.Dateline.Published);
    }

    [Fact]
    public void A_microdata_date_after_an_item_that_closed_early_is_the_pages_and_one_in_a_sidebar_is_not()
    {
        var result = Parser.Parse($"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Brücke öffnet wieder</title></head><body>
            <aside class="sidebar"><div itemprop="datePublished" datetime="2013-05-05">5. Mai 2013</div></aside>
            <section itemscope itemtype="http://schema.org/Article"><h1 itemprop="headline">Brücke öffnet wieder</h1></section>
            <section><div class="hl" itemprop="datePublished" datetime="2014-01-22">22. Januar 2014</div><p>{Paragraph}</p><p>{Paragraph}</p></section>
            </body></html>
            """);
        var published = Assert.IsType<Timestamp>(result.Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2014, 1, 22), published.Date);
        Assert.Equal(TimestampSource.Microdata, published.Source);
    }

    [Theory]
    [InlineData("https://news.example/meldungen/29-10-2021", 2021, 10, 29)]
    [InlineData("https://news.example/presse/detail/~02-01-2022-bruecke-oeffnet-wieder", 2022, 1, 2)]
    public void A_date_written_day_first_in_the_url_is_the_last_resort_read_in_the_pages_order(string url, int year, int month, int day)
    {
        const string German = "Der Gemeinderat hat am Dienstag beschlossen, die Hafenbrücke im nächsten Monat wieder zu öffnen, nachdem die Ingenieure die Reparaturen an den Seilen abgeschlossen haben.";
        var result = Parser.Parse($"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Brücke öffnet wieder</title></head><body>
            <article><h1>Brücke öffnet wieder</h1><p>{German}</p><p>{German}</p></article></body></html>
            """, new Uri(url));
        Assert.Equal("de", result.Article?.Language);
        var published = Assert.IsType<Timestamp>(result.Article?.Dateline.Published);
        Assert.Equal(new LocalDate(year, month, day), published.Date);
        Assert.Equal(TimestampSource.Url, published.Source);
        Assert.Equal(TimestampPrecision.Day, published.Precision);
    }

    [Fact]
    public void A_date_that_opens_the_first_paragraph_after_the_standfirst_is_the_publication_date()
    {
        const string standfirst = "Die Stadt öffnet die Hafenbrücke wieder, nach drei Wochen Reparatur an den Seilen und am Belag der Fahrbahn.";
        var result = Parser.Parse($"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Brücke öffnet wieder</title>
            <meta name="description" content="{standfirst}"></head><body>
            <article><h1>Brücke öffnet wieder</h1><p>{standfirst}</p><p><strong>27.1.2022</strong> {Paragraph}</p><p>{Paragraph}</p></article></body></html>
            """);
        Assert.Equal(new LocalDate(2022, 1, 27), Assert.IsType<Timestamp>(result.Article?.Dateline.Published).Date);
    }

    [Fact]
    public void A_date_that_opens_the_first_paragraph_after_the_headlines_header_is_the_publication_date()
    {
        // The intro in the headline's <header> differs from the description: the header still holds no article text.
        const string intro = "Die Stadt öffnet die Hafenbrücke wieder, nach drei Wochen Reparatur an den Seilen und am Belag der Fahrbahn.";
        var result = Parser.Parse($"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Brücke öffnet wieder</title>
            <meta name="description" content="Alles zur Hafenbrücke: Sperrungen, Umleitungen, Termine."></head><body>
            <main><header><h1>Brücke öffnet wieder</h1><p>{intro}</p></header>
            <article><h2>Nach der Reparatur</h2><p><strong>27.1.2022</strong> {Paragraph}</p><p>{Paragraph}</p></article></main></body></html>
            """);
        var published = Assert.IsType<Timestamp>(result.Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2022, 1, 27), published.Date);
        Assert.Equal(TimestampSource.VisibleText, published.Source);
    }

    [Theory]
    [InlineData("fr", "Paris, le 3 février 2021 – Le groupe a inauguré mercredi sa nouvelle usine dans la région lyonnaise. Le site emploiera plus de 300 personnes.")]
    [InlineData("en", "WASHINGTON (Feb. 3, 2021) — The agency today announced $20 million in new community grants for rural broadband projects across 12 states.")]
    [InlineData("de", "Musterstadt, 03.02.2021 – Der Stadtrat hat den Haushalt beschlossen.")]
    [InlineData("de", "Frankfurt, den 3. Februar 2021 – Der Stadtrat hat am Abend den Haushalt für das kommende Jahr mit großer Mehrheit beschlossen.")]
    [InlineData("en", "SAN FRANCISCO--(BUSINESS WIRE)--Feb. 3, 2021-- The company today announced a new program of community grants for rural broadband projects.")]
    [InlineData("en", "SPRINGFIELD, IL -- February 3, 2021 -- The cooperative today announced the opening of its new storage terminal in Decatur, the largest in its history.")]
    [InlineData("en", "Springfield, Illinois (February 3, 2021) – The cooperative today announced the opening of its new storage terminal in Decatur, the largest in its history.")]
    [InlineData("de", "BERLIN – 3. Februar 2021 – Die Genossenschaft hat am Mittwoch ihr neues Lager in Spandau eröffnet, das größte in ihrer Geschichte.")]
    public void A_press_release_dateline_with_le_in_parentheses_or_in_a_one_sentence_lead_gives_the_publication_date(string language, string lead)
    {
        var result = ParseLines(language, "Mitteilung", $"<p>{lead}</p>");
        var published = Assert.IsType<Timestamp>(result.Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2021, 2, 3), published.Date);
        Assert.Equal(TimestampSource.VisibleText, published.Source);
    }

    [Theory]
    [InlineData("de", "Letzte Aktualisierung: 14.11.2024")]
    [InlineData("de", "Letzte Änderung: 14.11.2024")]
    [InlineData("de", "Zuletzt bearbeitet am 14.11.2024")]
    [InlineData("fr", "Dernière mise à jour : 14 novembre 2024")]
    [InlineData("it", "Ultimo aggiornamento: 14 novembre 2024")]
    [InlineData("es", "Última actualización: 14 de noviembre de 2024")]
    [InlineData("nl", "Laatst gewijzigd op 14 november 2024")]
    [InlineData("pt", "Última atualização: 14 de novembro de 2024")]
    public void A_last_modified_line_under_the_headline_is_the_update_and_as_the_pages_only_date_stands_for_the_publication(string language, string line)
    {
        var result = ParseLines(language, "Kfz-Zulassung", $"<p>{line}</p>");
        Assert.Equal(new LocalDate(2024, 11, 14), Assert.IsType<Timestamp>(result.Article?.Dateline.Modified).Date);
        Assert.Equal(result.Article!.Dateline.Modified, result.Article.Dateline.Published);
        Assert.Contains(result.Warnings, w => w.Kind == WarningKind.UpdateAsPublication);
    }

    [Theory]
    [InlineData("de", "Termin: 15.03.2021, 19 Uhr", "Veröffentlicht am 03.02.2021")]
    [InlineData("de", "Anmeldeschluss: 15.03.2021", "03.02.2021")]
    [InlineData("en", "When: March 15, 2021, 7 pm", "Published February 3, 2021")]
    [InlineData("en", "Deadline: March 15, 2021", "February 3, 2021")]
    public void An_event_or_deadline_date_above_the_publication_date_is_not_the_publication_date(string language, string eventLine, string publishedLine)
    {
        var result = ParseLines(language, "Vortrag im Rathaus", $"<p>{eventLine}</p><p>{publishedLine}</p>", title: "Vortrag");
        Assert.Equal(new LocalDate(2021, 2, 3), Assert.IsType<Timestamp>(result.Article?.Dateline.Published).Date);
    }

    [Theory]
    [InlineData("pl", "<p><strong>Data publikacji:</strong> 03.02.2021 r.</p>")]
    [InlineData("en", "<p><span>Published:</span> 3 February 2021</p>")]
    [InlineData("de", "<p><b>Veröffentlicht am</b> 03.02.2021</p>")]
    [InlineData("de", "<table><tr><th>Datum:</th><td>03.02.2021</td></tr><tr><th>Kategorie:</th><td>Bildung</td></tr></table>")]
    [InlineData("en", "<dl><dt>Date</dt><dd>3 February 2021</dd><dt>Category</dt><dd>Schools</dd></dl>")]
    [InlineData("es", "<p><strong>Fecha:</strong> 3 de febrero de 2021</p>")]
    public void A_label_set_apart_from_its_date_after_the_text_gives_the_date(string language, string line)
    {
        var result = Parser.Parse($"""
            <!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>Satzung</title></head><body>
            <main><article><h1>Satzung</h1><div class="text"><p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p></div>
            <div class="details"><p><strong>Autor:</strong> Biuro Promocji</p>{line}</div></article></main></body></html>
            """);
        Assert.Equal(new LocalDate(2021, 2, 3), Assert.IsType<Timestamp>(result.Article?.Dateline.Published).Date);
    }

    [Theory]
    [InlineData("<table><tr><th>Datum:</th><td>03.02.2021</td></tr><tr><th>Uhrzeit:</th><td>19:00 Uhr</td></tr><tr><th>Ort:</th><td>Rathaus</td></tr></table>")]
    [InlineData("<dl><dt>Date</dt><dd>3 February 2021</dd><dt>Time:</dt><dd>7 pm</dd><dt>Venue</dt><dd>Town hall</dd></dl>")]
    public void A_date_label_in_an_events_details_after_the_text_gives_no_date(string details)
    {
        var result = Parser.Parse($"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Satzung</title></head><body>
            <main><article><h1>Satzung</h1><div class="text"><p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p></div>
            <div class="details">{details}</div></article></main></body></html>
            """);
        Assert.Null(result.Article?.Dateline.Published);
    }

    [Fact]
    public void A_date_on_a_line_of_its_own_above_a_long_category_line_gives_the_date()
    {
        var result = ParseLines("de", "Satzung", "<div class=\"c1\">03.02.2021 09:45<br>Kategorie: Veranstaltungen und Feste</div>");
        Assert.Equal(new LocalDate(2021, 2, 3), Assert.IsType<Timestamp>(result.Article?.Dateline.Published).Date);
    }

    [Theory]
    [InlineData("pt", "<p class=\"text-muted\"><i class=\"far fa-calendar\"></i> Publicado em 23/02/2021 &nbsp;·&nbsp; <i class=\"far fa-folder\"></i> Dicas &nbsp;·&nbsp; <i class=\"far fa-clock\"></i> 4 min de leitura</p>", 23)]
    [InlineData("en", "<p><span class=\"icon icon-calendar\"></span> <svg><use href=\"#cal\"></use></svg> Published February 3, 2021 · Tips and tricks for the garden</p>", 3)]
    public void A_labelled_date_line_that_opens_with_icons_gives_the_date(string language, string line, int day)
    {
        var result = ParseLines(language, "Satzung", line);
        Assert.Equal(new LocalDate(2021, 2, day), Assert.IsType<Timestamp>(result.Article?.Dateline.Published).Date);
    }

    [Theory]
    [InlineData("de", "Erstellt am 03.02.2021 | Aktualisiert am 10.02.2021")]
    [InlineData("de", "03.02.2021 | Aktualisiert: 10.02.2021")]
    [InlineData("de", "Aktualisiert am 10.02.2021 | Erstellt am 03.02.2021")]
    [InlineData("en", "Updated Feb 10, 2021 | Published Feb 3, 2021")]
    [InlineData("fr", "3 février 2021 · Mis à jour le 10 février 2021")]
    [InlineData("tr", "Yayınlanma Tarihi: 03.02.2021 | Güncelleme Tarihi: 10.02.2021")]
    [InlineData("ro", "Actualizat: 10.02.2021 | Publicat: 03.02.2021")]
    [InlineData("hu", "Közzétéve: 2021. február 3. | Frissítve: 2021. február 10.")]
    [InlineData("id", "Diterbitkan 3 Februari 2021 | Diperbarui 10 Februari 2021")]
    [InlineData("en", "Last updated 10 February 2021 | Published 3 February 2021")]
    [InlineData("en", "Last updated 10 February 2021 | First published 3 February 2021")]
    [InlineData("pl", "Aktualizacja: 10.02.2021, Publikacja: 03.02.2021")]
    [InlineData("pl", "Data aktualizacji: 10.02.2021 Data publikacji: 03.02.2021")]
    public void One_line_with_the_publication_and_the_update_gives_both_in_either_order(string language, string line)
    {
        var result = ParseLines(language, "Satzung", $"<p>{line}</p>");
        Assert.Equal(new LocalDate(2021, 2, 3), Assert.IsType<Timestamp>(result.Article?.Dateline.Published).Date);
        Assert.Equal(new LocalDate(2021, 2, 10), Assert.IsType<Timestamp>(result.Article?.Dateline.Modified).Date);
    }

    [Theory]
    [InlineData("en", "By Mike Brown — Published Feb 3, 2021", "Mike Brown")]
    [InlineData("en", "By Mike Brown, published Feb 3, 2021", "Mike Brown")]
    [InlineData("de", "Von Anna Berg | Veröffentlicht am 03.02.2021", "Anna Berg")]
    [InlineData("fr", "Par Marie Dupont — Publié le 3 février 2021", "Marie Dupont")]
    public void A_byline_line_that_names_its_date_after_a_publishing_word_gives_the_author_and_the_date(string language, string line, string author)
    {
        var result = ParseLines(language, "Budget", $"<p>{line}</p>");
        Assert.Equal(new LocalDate(2021, 2, 3), Assert.IsType<Timestamp>(result.Article?.Dateline.Published).Date);
        Assert.Equal([author], result.Article!.Authors.Select(a => a.Name));
    }

    [Theory]
    [InlineData("de", "<table><tr><td>Datum:</td><td>03.02.2021</td></tr></table>")]
    [InlineData("es", "<span class=\"fecha\">3 de febrero de 2021</span>")]
    [InlineData("de", "<small>03.02.2021</small>")]
    public void A_date_in_a_table_cell_or_a_loose_inline_element_under_the_headline_is_the_publication_date(string language, string dateMarkup)
    {
        var result = ParseLines(language, "Obras en la plaza", dateMarkup, title: "Obras");
        Assert.Equal(new LocalDate(2021, 2, 3), Assert.IsType<Timestamp>(result.Article?.Dateline.Published).Date);
    }

    [Theory]
    [InlineData("<footer class=\"site-footer\"><p>This page was last updated on 12 March 2024.</p><ul><li><a href=\"/imprint\">Imprint</a></li></ul></footer>")]
    [InlineData("<footer><p class=\"lastmod\">Letzte Aktualisierung: 12.03.2024</p></footer>")]
    [InlineData("<div id=\"footer\" role=\"contentinfo\"><ul><li id=\"footer-info-lastmod\">Diese Seite wurde zuletzt am 12. März 2024 um 13:22 Uhr geändert.</li></ul></div>")]
    [InlineData("<div id=\"footer\"><p class=\"stand\">Stand: 12.03.2024</p></div>")]
    [InlineData("<div class=\"footer\"><table><tr><td>Last modified: 12 March 2024</td></tr></table><p>Impressum</p></div>")]
    [InlineData("<div id=\"footer\">&copy; Verein 2006&ndash;2024 | Letzte Aktualisierung dieser Seite: 12.03.2024</div>")]
    public void A_last_modified_line_in_the_footer_is_the_update_and_stands_for_the_publication_only_as_the_pages_one_date(string footer)
    {
        var result = Parser.Parse($"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Satzung</title></head><body>
            <article><h1>Satzung</h1><p>{Paragraph}</p><p>{Paragraph}</p></article>{footer}</body></html>
            """);
        Assert.Equal(new LocalDate(2024, 3, 12), Assert.IsType<Timestamp>(result.Article?.Dateline.Modified).Date);
        Assert.Equal(result.Article!.Dateline.Modified, result.Article.Dateline.Published);
        Assert.Contains(result.Warnings, w => w.Kind == WarningKind.UpdateAsPublication);

        var dated = Parser.Parse($"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Satzung</title></head><body>
            <article><h1>Satzung</h1><p>03.02.2021</p><p>{Paragraph}</p><p>{Paragraph}</p></article>{footer}</body></html>
            """);
        Assert.Equal(new LocalDate(2021, 2, 3), dated.Article?.Dateline.Published?.Date);
        Assert.Equal(new LocalDate(2024, 3, 12), dated.Article?.Dateline.Modified?.Date);
    }

    [Theory]
    [InlineData("nb", "<span>Publisert 5. november 2024 kl. 10.05</span> <span>Sist endret 6. november 2024 kl. 12.40</span>")]
    [InlineData("nn", "<span>Publisert 5. november 2024 kl. 10.05</span> <span>Sist endra 6. november 2024 kl. 12.40</span>")]
    [InlineData("cs", "<div class=\"created\">5. listopadu 2024, 14:32</div><div class=\"changed\">Upraveno: 6. 11. 2024 9:10</div>")]
    public void An_update_label_in_norwegian_or_czech_dates_the_update(string language, string lines)
    {
        var result = Parser.Parse($"""
            <!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>Bygdekvinnelaget</title></head><body>
            <article><h1>Bygdekvinnelaget fyller 75 år</h1><div class="meta">{lines}</div>
            <p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
            """);
        Assert.Equal(new LocalDate(2024, 11, 5), result.Article?.Dateline.Published?.Date);
        Assert.Equal(new LocalDate(2024, 11, 6), result.Article?.Dateline.Modified?.Date);
    }

    [Fact]
    public void A_korean_registration_label_dates_the_publication_beside_the_update()
    {
        var result = Parser.Parse("""
            <html lang="ko"><head><meta charset="utf-8"></head><body><h3 class="ArticleTopInfo_title">지하철 요금 인상</h3><ul><li><span>등록</span> 2026-03-04 15:05</li><li><span>수정</span> 2026-03-05 09:10</li></ul><div class="article-text"><p>서울시는 4일 이런 내용의 대중교통 요금 조정안을 발표했다. 시는 지난해 지하철 운영기관의 당기순손실이 7천억원을 넘어서는 등 적자가 계속 쌓이고 있어 요금 인상이 불가피하다고 설명했다.</p><p>다만 시내버스 요금은 이번에 올리지 않기로 했다. 시는 버스와 지하철 요금을 한꺼번에 올리면 시민 부담이 지나치게 커진다고 판단했다고 밝혔다.</p></div></body></html>
            """);
        Assert.Equal(new LocalDateTime(2026, 3, 4, 15, 5), result.Article?.Dateline.Published?.Local);
        Assert.Equal(new LocalDateTime(2026, 3, 5, 9, 10), result.Article?.Dateline.Modified?.Local);
    }

    [Fact]
    public void A_day_and_month_shown_with_a_time_take_the_year_of_the_declared_date_and_give_its_offset()
    {
        var result = Parser.Parse($$"""
            <!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Kaupunkipyörät</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Kaupunkipyöräkausi jatkuu","datePublished":"2025-11-26T05:00:00.000Z"}</script></head><body>
            <article><h1>Kaupunkipyöräkausi jatkuu</h1><div class="article-timestamps"><span class="timestamp">Julkaistu 26.11. 7:00</span></div>
            <p>{{Paragraph}}</p><p>{{Paragraph}}</p></article></body></html>
            """);
        var published = Assert.IsType<Timestamp>(result.Article?.Dateline.Published);
        Assert.Equal(new LocalDateTime(2025, 11, 26, 7, 0), published.Local);
        Assert.Equal(Offset.FromHours(2), published.Offset);
    }

    [Theory]
    [InlineData("Erstellt: 05.11.2024, 09:10 Uhr &middot; Stand: 06.11.2024, 16:42 Uhr")]
    [InlineData("Veröffentlicht am 05.11.2024 | Stand: 06.11.2024")]
    public void A_status_label_after_the_publication_on_its_line_dates_the_update(string line)
    {
        var result = Parser.Parse($"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Feuerwehrhaus</title></head><body>
            <article><h1>Feuerwehrhaus wird neu gebaut</h1><div class="meta"><span class="author">Von Jana Beispiel</span> <span class="dates">{line}</span></div>
            <p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
            """);
        Assert.Equal(new LocalDate(2024, 11, 5), result.Article?.Dateline.Published?.Date);
        Assert.Equal(new LocalDate(2024, 11, 6), result.Article?.Dateline.Modified?.Date);
    }

    [Fact]
    public void A_date_that_opens_the_first_paragraph_is_the_publication_date()
    {
        var result = Parser.Parse($"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Brücke öffnet wieder</title></head><body>
            <article><h1>Brücke öffnet wieder</h1><p>Von Jana Beispiel</p><p>27.1.2022 - {Paragraph}</p><p>{Paragraph}</p></article></body></html>
            """);
        Assert.Equal(new LocalDate(2022, 1, 27), Assert.IsType<Timestamp>(result.Article?.Dateline.Published).Date);
    }
    private const string Cards = """
        <div><h2>Meistgelesen</h2>
        <div class="item"><span class="timestamp">01.02.2022</span><a href="/a"><h3>Der Hafen bekommt einen neuen Kran für Container</h3></a></div>
        <div class="item"><span class="timestamp">02.02.2022</span><a href="/b"><h3>Neue Buslinie verbindet die Altstadt mit dem Bahnhof</h3></a></div>
        <div class="item"><span class="timestamp">01.02.2022</span><a href="/c"><h3>Schwimmbad öffnet nach der Sanierung im Frühjahr</h3></a></div></div>
        """;

    [Fact]
    public void A_date_in_a_list_of_story_cards_is_not_the_articles_whatever_the_cards_class_words()
    {
        var declared = Parser.Parse($"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Brücke öffnet wieder</title>
            <meta property="article:published_time" content="2022-02-04T09:30:00+01:00"></head><body>
            <div class="content"><h1>Brücke öffnet wieder</h1><p>{Paragraph}</p>{Cards}</div></body></html>
            """);
        var published = Assert.IsType<Timestamp>(declared.Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2022, 2, 4), published.Date);
        Assert.Equal(TimestampSource.Meta, published.Source);

        // Nothing declared: the cards' dates are still not the article's; the URL's is.
        var undeclared = Parser.Parse($"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Brücke öffnet wieder</title></head><body>
            <div class="content"><h1>Brücke öffnet wieder</h1><p>{Paragraph}</p>{Cards}</div></body></html>
            """, new Uri("https://zeitung.example/2022/02/04/bruecke/"));
        Assert.Equal(TimestampSource.Url, Assert.IsType<Timestamp>(undeclared.Article?.Dateline.Published).Source);
    }

    [Fact]
    public void A_teaser_that_opens_with_its_date_is_not_the_articles_first_paragraph()
    {
        const string card = """
            <li class=""><div class="text"><a href="/tour-{0}" title="Touren planen mit Karte und Portalen"></a><div class="title">Touren planen mit Karte und Portalen</div>
            <p><span class="date">06.03.2016</span> Werden Sie Ihr eigener Führer und lernen Sie, wie Sie Touren planen und sicher nachfahren, mit Karten und Portalen im Netz.</p></div></li>
            """;
        var result = Parser.Parse($"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Brücke öffnet wieder</title>
            <meta property="article:published_time" content="2022-01-26T12:00:00Z"></head><body>
            <div class="content"><h1>Brücke öffnet wieder</h1><div>Die Stadt öffnet die Brücke.</div>
            <ul class="teasers">{card.Replace("{0}", "1", StringComparison.Ordinal)}{card.Replace("{0}", "2", StringComparison.Ordinal)}{card.Replace("{0}", "3", StringComparison.Ordinal)}</ul></div></body></html>
            """);
        Assert.Equal(new LocalDate(2022, 1, 26), Assert.IsType<Timestamp>(result.Article?.Dateline.Published).Date);
    }

    [Fact]
    public void A_date_in_the_articles_own_meta_list_is_read_though_its_items_are_alike()
    {
        var result = Parse("""
            <ul class="post-meta"><li>22.01.2014</li><li><a href="/autor/jana">Jana Beispiel</a></li><li><a href="/stadt">Stadt</a></li><li><a href="#comments">3 Kommentare</a></li></ul>
            """);
        var published = Assert.IsType<Timestamp>(result.Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2014, 1, 22), published.Date);
        Assert.Equal(TimestampSource.VisibleText, published.Source);
    }
    [Theory]
    [InlineData("instagram-media")]
    [InlineData("tiktok-embed")]
    public void The_time_of_an_embedded_social_post_is_the_posts_not_the_articles(string embed)
    {
        var result = Parse("", url: "https://zeitung.example/2021/11/06/bruecke/", afterFirst: $"""
            <blockquote class="{embed}"><p><a href="https://social.example/p/1">Ein Beitrag von Jana Beispiel</a></p>
            <p>Gepostet <time datetime="2021-11-03T18:00:00+00:00">3. November 2021</time></p></blockquote>
            """);
        var published = Assert.IsType<Timestamp>(result.Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2021, 11, 6), published.Date);
        Assert.Equal(TimestampSource.Url, published.Source);
    }
    [Theory]
    [InlineData("<div class=\"headline__footer\"><div class=\"byline\">Von Jana Beispiel</div><div class=\"timestamp\">Veröffentlicht 22.01.2014, 08:30 Uhr</div></div>", "")]
    [InlineData("", "<footer class=\"entry-footer\"><span class=\"byline\">Von <span class=\"author vcard\"><a class=\"url fn n\" href=\"/autor/jana/\">Jana Beispiel</a></span></span> <span class=\"posted-on\"><time class=\"entry-date published\" datetime=\"2014-01-22T08:30:00+01:00\">22. Januar 2014</time></span></footer>")]
    public void The_footer_of_the_article_that_holds_the_headline_is_the_articles_own(string header, string footer)
    {
        var article = Parser.Parse($"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Brücke öffnet wieder</title></head><body>
            <main><article><h1>Brücke öffnet wieder</h1>{header}<p>{Paragraph}</p><p>{Paragraph}</p>{footer}</article></main>
            <footer><p>Am 23.01.2014 von Max Muster aktualisiert</p></footer></body></html>
            """).Article;
        Assert.Equal(new LocalDate(2014, 1, 22), Assert.IsType<Timestamp>(article?.Dateline.Published).Date);
        Assert.Equal("Jana Beispiel", Assert.Single(article!.Authors).Name);
    }
    [Theory]
    [InlineData("<p class=\"date\">22.01.2014, 14:05</p><p class=\"date\">Aktualizacja: 23.01.2014, 09:10</p>")]
    [InlineData("<p class=\"date\">22 januari 2014</p><p class=\"date\">Uppdaterad 23 januari 2014</p>")]
    [InlineData("<p class=\"date\">22.01.2014</p><p class=\"date\">Zuletzt geändert am 23.01.2014</p>")]
    [InlineData("<span class=\"posted-on\"><time class=\"entry-date published\" datetime=\"2014-01-22T08:00:00+01:00\">22. Januar 2014</time><time class=\"updated\" datetime=\"2014-01-23T12:30:00+01:00\">23. Januar 2014</time></span>")]
    [InlineData("<div class=\"entry-meta\"><span class=\"updated-on\"><span class=\"meta-label\">Mis à jour le</span> <time class=\"entry-date published updated\" datetime=\"2014-01-23T12:30:00+01:00\">23 janvier 2014</time></span> <span class=\"posted-on\"><span class=\"meta-label\">Publié le</span> <time class=\"entry-date published\" datetime=\"2014-01-22T08:00:00+01:00\">22 janvier 2014</time></span></div>")]
    public void An_update_line_or_an_updated_time_beside_the_published_one_is_the_update(string header)
    {
        var dateline = Parse(header).Article!.Dateline;
        Assert.Equal(new LocalDate(2014, 1, 22), Assert.IsType<Timestamp>(dateline.Published).Date);
        Assert.Equal(new LocalDate(2014, 1, 23), Assert.IsType<Timestamp>(dateline.Modified).Date);
    }
    [Theory]
    [InlineData("MusicEvent", "2022-06-20T19:30:00+02:00", null)]
    [InlineData("MusicEvent", "2022-07-01T19:30:00+02:00", "2022-06-20")]
    public void A_date_in_the_address_that_is_the_declared_events_start_is_no_publication(string type, string start, string? expected)
    {
        var head = $$"""<script type="application/ld+json">{"@context": "https://schema.org", "@type": "{{type}}", "name": "Brahms und Dvořák", "startDate": "{{start}}"}</script>""";
        var published = Parse(string.Empty, head, "https://konzerthaus.example/programm/2022-06-20-brahms-dvorak").Article!.Dateline.Published;
        Assert.Equal(expected, published?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_shown_date_beside_an_updated_span_the_theme_hides_is_the_publication()
    {
        var published = Parse("""
            <div class="post-meta-info"><span class="updated rich-snippet-hidden">2014-01-23T12:30:00+01:00</span><span>22. Januar 2014</span><span class="sep">|</span></div>
            """).Article!.Dateline.Published;
        Assert.Equal(new LocalDate(2014, 1, 22), Assert.IsType<Timestamp>(published).Date);
    }
    [Fact]
    public void A_date_in_the_headline_is_the_storys_subject_not_its_dateline()
    {
        var published = Parser.Parse($"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Ergebnisse vom 19.5.2014</title></head><body>
            <article><div class="post-meta-wrapper"><h1>Ergebnisse: Hafenlauf, 19.5.2014</h1>
            <p class="post-meta">von <a href="/author/jana/" rel="author">Jana Beispiel</a> | <span class="published">20. Mai 2014</span></p></div>
            <p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
            """).Article?.Dateline.Published;
        Assert.Equal(new LocalDate(2014, 5, 20), Assert.IsType<Timestamp>(published).Date);
    }

    [Theory]
    [InlineData("<p>Received 3 January 2014</p><p>Accepted 12 January 2014</p><p>Published 22 January 2014</p>")]
    [InlineData("<p>Received 3 Jan 2014; Accepted 12 Jan 2014; Published 22 January 2014</p>")]
    [InlineData("<ul><li>Received: <time datetime=\"2014-01-03\">03 January 2014</time></li><li>Published: <time datetime=\"2014-01-22\">22 January 2014</time></li></ul>")]
    [InlineData("<ul><li><p>Received<span>: </span><span><time datetime=\"2014-01-03\">03 January 2014</time></span></p></li><li><p>Published<span>: </span><span><time datetime=\"2014-01-22\">22 January 2014</time></span></p></li></ul>")]
    [InlineData("<dl><dt>Received</dt><dd>3 January 2014</dd><dt>Published</dt><dd>22 January 2014</dd></dl>")]
    public void A_manuscripts_history_gives_the_date_labelled_published_not_the_received_one(string header)
    {
        var published = Assert.IsType<Timestamp>(Parse(header).Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2014, 1, 22), published.Date);
    }

    [Fact]
    public void A_weekday_written_settles_the_order_of_an_ambiguous_numeric_date()
    {
        // A page that writes the day first (en-GB) shows Drupal's default "Tue, 03/05/2019": March 5 is a Tuesday, May 3 a Friday.
        var html = $"""
            <!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Bridge reopens</title></head><body>
            <article><h1>Bridge reopens</h1><div class="submitted">Submitted by Karen Whitfield on Tue, 03/05/2019 - 10:12</div>
            <p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
            """;
        var published = Assert.IsType<Timestamp>(Parser.Parse(html).Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2019, 3, 5), published.Date);
        Assert.True(published.Assumptions.HasFlag(TimestampAssumptions.DayMonthOrder));
    }

    [Theory]
    [InlineData("<p>Wien, am 18. Jänner 2022 – Die Stadt hat beschlossen, die Brücke über den Kanal im Frühjahr zu sanieren.</p>", 2022, 1, 18)]
    [InlineData("<p>Madrid, el 8 de febrero de 2022.- El ayuntamiento ha decidido reabrir el puente del puerto el mes que viene.</p>", 2022, 2, 8)]
    public void A_dateline_with_a_word_between_the_place_and_the_day_dates_the_story(string lead, int year, int month, int day)
    {
        var published = Assert.IsType<Timestamp>(Parse(lead).Article?.Dateline.Published);
        Assert.Equal(new LocalDate(year, month, day), published.Date);
    }

    [Fact]
    public void A_date_the_page_calls_its_publication_beats_a_templates_older_page_level_declaration()
    {
        const string Graph = """<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2018-09-12T10:00:00+00:00","dateModified":"2018-09-12T10:00:00+00:00"}]}</script>""";
        var published = Assert.IsType<Timestamp>(Parse("<div class=\"entry-meta\"><span>Veröffentlicht am 04.07.2022</span></div>", Graph).Article?.Dateline.Published);
        Assert.Equal(new LocalDate(2022, 7, 4), published.Date);
    }

    [Fact]
    public void An_italian_inserted_on_line_after_the_article_dates_it()
    {
        var article = Parser.Parse($"""
            <!doctype html><html lang="it"><head><meta charset="utf-8"><title>Il ponte riapre</title></head><body>
            <article><h1>Il ponte riapre</h1><p>{Paragraph}</p><p>{Paragraph}</p><p class="x1">Inserito il 10 maggio 2022</p></article></body></html>
            """).Article!;
        Assert.Equal(new LocalDate(2022, 5, 10), Assert.IsType<Timestamp>(article.Dateline.Published).Date);
    }

    [Fact]
    public void A_products_availability_date_is_no_publication_date()
    {
        Assert.Null(Parse("<p class=\"stock\">Lieferbar ab 15.01.2023</p>").Article?.Dateline.Published);
    }

    [Fact]
    public void A_drupal_nodes_submitted_line_dates_it_when_the_page_title_stands_outside_the_node()
    {
        var article = Parser.Parse($"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Jahreshauptversammlung</title></head><body><main>
            <div class="block-page-title"><h1 class="page-title">Jahreshauptversammlung</h1></div>
            <div class="block-content"><article class="node"><footer class="node__meta"><div class="node__submitted">Verfasst von <span>schriftfuehrer</span> am <span>Mi, 12.01.2022 - 14:05</span></div></footer>
            <div class="node__content"><p>{Paragraph}</p><p>{Paragraph}</p></div></article></div></main></body></html>
            """).Article!;
        Assert.Equal(new LocalDate(2022, 1, 12), Assert.IsType<Timestamp>(article.Dateline.Published).Date);
    }

    [Fact]
    public void A_page_that_declares_only_its_update_gives_that_date_for_the_publication_with_a_warning()
    {
        var result = Parse(string.Empty, "<meta property=\"og:updated_time\" content=\"2023-03-02T09:15:00+01:00\">");
        var article = result.Article!;
        Assert.Equal(new LocalDate(2023, 3, 2), article.Dateline.Published?.Date);
        Assert.Equal(article.Dateline.Modified, article.Dateline.Published);
        Assert.Equal(ValueSource.OpenGraph, article.Sources[ArticleField.Published]);
        Assert.Contains(result.Warnings, w => w.Kind == WarningKind.UpdateAsPublication);
    }

    [Fact]
    public void A_page_with_its_publication_date_gives_no_update_warning()
    {
        var result = Parse("<p>22. Januar 2014</p>", "<meta property=\"og:updated_time\" content=\"2023-03-02T09:15:00+01:00\">");
        Assert.Equal(new LocalDate(2014, 1, 22), result.Article!.Dateline.Published?.Date);
        Assert.DoesNotContain(result.Warnings, w => w.Kind == WarningKind.UpdateAsPublication);
    }

    [Theory]
    [InlineData("en_GB", "https://news.example/park-budget", 3, 4)]
    [InlineData("en_US", "https://news.example/park-budget", 4, 3)]
    [InlineData("en_US", "https://news.example.co.uk/park-budget", 3, 4)]
    public void An_english_pages_declared_locale_sets_the_day_month_order_where_its_host_does_not(string locale, string url, int month, int day)
    {
        var article = Parser.Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour bridge</title><meta property="og:locale" content="{locale}"></head><body>
            <article><h1>Harbour bridge</h1><p class="date">04/03/2019</p><p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
            """, new Uri(url)).Article!;
        Assert.Equal(new LocalDate(2019, month, day), article.Dateline.Published?.Date);
    }

    [Theory]
    [InlineData("This page was last edited on 12 March 2024, at 10:02.", 2024, 3, 12)]
    [InlineData("Site last updated: 2 January 2025", 0, 0, 0)]
    public void A_footer_line_that_dates_the_page_dates_it_and_one_that_dates_the_site_does_not(string line, int year, int month, int day)
    {
        var article = Parser.Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour bridge</title></head><body>
            <article><h1>Harbour bridge</h1><p>{Paragraph}</p><p>{Paragraph}</p></article><footer><p>{line}</p></footer></body></html>
            """).Article!;
        Assert.Equal(year == 0 ? null : new LocalDate(year, month, day), article.Dateline.Published?.Date);
    }

    [Theory]
    [InlineData("pl", "<table class=\"metryczka\"><tr><th>Wytworzył:</th><td>Anna Kowalska</td></tr><tr><th>Data publikacji:</th><td>18.05.2021</td></tr></table>")]
    [InlineData("en", "<dl class=\"meta\"><dt>Date published</dt><dd>18 May 2021</dd></dl>")]
    public void A_publication_label_in_a_header_cell_or_a_definitions_term_dates_the_page(string language, string record)
    {
        var article = Parser.Parse($"""
            <!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>Harbour bridge</title></head><body>
            <article><h1>Harbour bridge</h1><p>{Paragraph}</p><p>{Paragraph}</p>{record}</article></body></html>
            """).Article!;
        Assert.Equal(new LocalDate(2021, 5, 18), article.Dateline.Published?.Date);
    }

    [Fact]
    public void An_update_at_the_publications_moment_in_utc_is_on_the_day_the_page_shows_as_the_publication_is()
    {
        // Yoast's JSON-LD gives both in UTC; the theme shows the readers' day, the 1st; one moment is not two days.
        var head = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Brücke öffnet wieder","datePublished":"2021-09-30T22:05:00+00:00","dateModified":"2021-09-30T22:05:00+00:00"}</script>""";
        var dateline = Parse("<time>1. Oktober 2021</time>", head).Article!.Dateline;
        Assert.Equal(new LocalDate(2021, 10, 1), dateline.Published?.Date);
        Assert.Equal(new LocalDate(2021, 10, 1), dateline.Modified?.Date);
        Assert.Equal(dateline.Published?.Instant, dateline.Modified?.Instant);
    }

    [Fact]
    public void A_utc_publication_put_on_the_shown_day_takes_the_offset_a_time_element_gives_for_that_moment()
    {
        var head = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Brücke öffnet wieder","datePublished":"2021-09-30T22:05:00+00:00","dateModified":"2021-09-30T22:05:00+00:00"}</script>""";
        var published = Parse("<time datetime=\"2021-10-01T00:05:00+02:00\">1. Oktober 2021</time>", head).Article!.Dateline.Published;
        Assert.Equal(new LocalDateTime(2021, 10, 1, 0, 5), published?.Local);
        Assert.Equal(Offset.FromHours(2), published?.Offset);
        Assert.Equal("2021-09-30T22:05:00+00:00", published?.Text);
    }

    [Fact]
    public void A_note_of_first_publication_at_the_storys_foot_dates_a_page_that_shows_no_other_date()
    {
        var published = Parser.Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>How a county jail ran out of beds</title></head><body>
            <article><h1>How a county jail ran out of beds</h1><p class="byline">by Teresa McBride</p><div class="body"><p>{Paragraph}</p><p>{Paragraph}</p></div>
            <p class="pubnote"><em>This story was first published at 5:10 a.m. on Jan. 9, 2018.</em></p></article>
            <aside class="related"><p>Originally published on March 3, 2017: the county's first jail audit.</p></aside></body></html>
            """, new Uri("https://newsroom.example/jail-beds")).Article!.Dateline.Published;
        Assert.Equal(new LocalDateTime(2018, 1, 9, 5, 10), published?.Local);
        Assert.Equal(TimestampSource.VisibleText, published?.Source);
    }
}
