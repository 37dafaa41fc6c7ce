using NewsKit.Models;
using NewsKit.Timestamps;
using NodaTime;
using NodaTime.Testing;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// Dates on a page that are not its publication: an event's span of days by the headline, the teasers of a listing page
/// whose first teaser was taken for the headline, and a change history's dates beside the date the page calls its
/// publication; and a press release's dateline under a deck, which is. Pages written for these tests.
/// </summary>
public sealed class DateTrapsTests
{
    private const string Paragraph = "The festival returns to the town square for three evenings of free concerts, with local producers selling wine, cheese and pottery under the arcades.";

    /// <summary>A clock far from every date on the test pages.</summary>
    private static readonly ArticleParser Parser = new(new ArticleParserOptions { Clock = new FakeClock(Instant.FromUtc(2026, 12, 4, 12, 0)) });

    [Theory]
    [InlineData("fr", "12e édition · Du 5 au 7 juillet 2024")]
    [InlineData("en", "5–7 July 2024")]
    [InlineData("de", "Vom 5. bis 7. Juli 2024")]
    public void An_events_span_of_days_by_the_headline_is_no_publication_date(string language, string line)
    {
        var result = Parser.Parse($"""
            <!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>Town festival 2024</title></head><body>
            <main><article><p class="kicker">{line}</p><h1>Town festival 2024: three evenings of music</h1>
            <p>{Paragraph}</p><p>{Paragraph}</p></article></main></body></html>
            """, new Uri("https://festival.example/edition-2024/"));
        Assert.Null(result.Article!.Dateline.Published);
    }

    [Theory]
    [InlineData("ar", "<span class=\"publish-label\">نُشر:</span> <span class=\"publish-date\">13:52-13 مارس 2025 م ـ 13 رَمضان 1446 هـ</span>")]
    [InlineData("en", "<span class=\"publish-date\">Published: 13:52-13 March 2025</span>")]
    public void A_time_before_a_dash_and_the_date_is_no_span_of_days(string language, string line)
    {
        // The minutes before the dash ("13:52-13 March") are no first day of a span.
        var result = Parser.Parse($"""
            <!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>Town festival 2024</title></head><body>
            <main><article><h1>Town festival 2024: three evenings of music</h1><div class="meta">{line}</div>
            <p>{Paragraph}</p><p>{Paragraph}</p></article></main></body></html>
            """, new Uri("https://festival.example/edition-2025/"));
        Assert.Equal(new LocalDate(2025, 3, 13), Assert.IsType<Timestamp>(result.Article!.Dateline.Published).Date);
    }

    [Fact]
    public void A_listing_pages_first_teaser_taken_for_the_headline_gives_no_date()
    {
        var teasers = string.Concat(new[] { ("square", "2024-11-27", "Work on the town square starts in January"), ("fair", "2024-11-20", "Wine fair breaks its record for visitors"), ("bins", "2024-11-14", "Thirty new recycling points for the villages") }
            .Select(t => $"<article class=\"item\"><h2><a href=\"/news/{t.Item1}\">{t.Item3}</a></h2><time datetime=\"{t.Item2}T10:30:00+00:00\">{t.Item2}</time><p>{Paragraph}</p></article>"));
        var result = Parser.Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>News - Town council</title><meta property="og:type" content="website"></head><body>
            <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
            <main><h1>News</h1>{teasers}<nav class="pagination"><a href="/news?start=5">Next</a></nav></main></body></html>
            """, new Uri("https://council.example/news"));
        Assert.Null(result.Article?.Dateline.Published);
    }

    [Theory]
    [InlineData("<div class=\"items-leading\"><div class=\"leading-0\" itemprop=\"blogPost\" itemscope itemtype=\"https://schema.org/BlogPosting\">{0}</div></div><div class=\"items-row\"><div class=\"span6\"><div class=\"item column-1\" itemprop=\"blogPost\" itemscope itemtype=\"https://schema.org/BlogPosting\">{1}</div></div><div class=\"span6\"><div class=\"item column-2\" itemprop=\"blogPost\" itemscope itemtype=\"https://schema.org/BlogPosting\">{2}</div></div></div>")]
    [InlineData("<article class=\"post hentry\" itemscope itemtype=\"https://schema.org/CreativeWork\">{0}</article><article class=\"post hentry\" itemscope>{1}</article><article class=\"post hentry\" itemscope>{2}</article>")]
    public void A_listing_whose_teasers_declare_their_stories_dates_gives_no_date(string layout)
    {
        // Joomla's blog layout (the leading item alone in its row) and a WordPress archive (hAtom "entry-date published").
        static string Teaser(string slug, string date, string title) =>
            $"<h2 class=\"entry-title\" itemprop=\"headline\"><a href=\"/news/{slug}\">{title}</a></h2><time class=\"entry-date published\" datetime=\"{date}T10:30:00+00:00\" itemprop=\"datePublished\">{date}</time><p>{Paragraph}</p>";
        var teasers = string.Format(System.Globalization.CultureInfo.InvariantCulture, layout,
            Teaser("square", "2024-11-27", "Work on the town square starts in January"), Teaser("fair", "2024-11-20", "Wine fair breaks its record for visitors"), Teaser("bins", "2024-11-14", "Thirty new recycling points for the villages"));
        var result = Parser.Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Month: March 2024 - Town council</title></head><body>
            <main><header><h1 class="page-title">Month: <span>November 2024</span></h1></header>{teasers}</main></body></html>
            """, new Uri("https://council.example/2024/11/"));
        Assert.Null(result.Article?.Dateline.Published);
    }

    [Fact]
    public void An_article_whose_headline_links_to_its_own_address_keeps_its_date()
    {
        // "<h1><a href=permalink>": the headline names the page itself, beside linked teasers of other stories.
        var related = string.Concat(new[] { "a", "b", "c" }.Select(x => $"<div class=\"rel\"><h2><a href=\"/news/{x}\">Another story about the town {x}</a></h2></div>"));
        var result = Parser.Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Festival returns</title></head><body>
            <main><article><h2 class="entry-title"><a href="https://festival.example/news/festival-returns/">Festival returns to the town square</a></h2>
            <time class="entry-date published" datetime="2024-06-02T10:30:00+00:00">2 June 2024</time><p>{Paragraph}</p><p>{Paragraph}</p></article>{related}</main></body></html>
            """, new Uri("https://festival.example/news/festival-returns"));
        Assert.Equal(new LocalDate(2024, 6, 2), Assert.IsType<Timestamp>(result.Article!.Dateline.Published).Date);
    }

    [Fact]
    public void A_press_releases_dateline_after_a_deck_in_emphasis_is_the_publication_date()
    {
        var result = Parser.Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Helioform raises $60 million</title></head><body>
            <main><article><h1>Helioform Raises $60 Million Series B to Scale Iron-Air Storage</h1>
            <p class="subhead"><em>Funding will expand the company's Pittsburgh factory and support first 100-hour projects with three utilities</em></p>
            <div class="body"><p><strong>PITTSBURGH, March 5, 2024 /PRNewswire/ --</strong> Helioform, a developer of long-duration iron-air batteries, today announced it has raised $60 million in Series B funding.</p>
            <p>{Paragraph}</p></div></article></main></body></html>
            """, new Uri("https://www.helioform.example/newsroom/press-releases/series-b"));
        Assert.Equal(new LocalDate(2024, 3, 5), Assert.IsType<Timestamp>(result.Article!.Dateline.Published).Date);
    }

    [Fact]
    public void A_press_releases_dateline_after_a_deck_that_ends_no_sentence_is_the_publication_date()
    {
        var result = Parser.Parse($"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Nordlicht erweitert Produktion</title></head><body>
            <main><div class="c1"><p>Pressemitteilung</p></div><h1>Nordlicht Energie erweitert Batteriespeicher-Produktion in Brandenburg</h1>
            <div class="c2"><p>Investition von 120 Millionen Euro · 350 neue Arbeitsplätze in Schwarzheide · Produktionsstart für Ende 2024 geplant</p></div>
            <div class="c3"><p><strong>Berlin, 4. Juli 2023 –</strong> Die Nordlicht Energie GmbH baut ihre Fertigung von stationären Batteriespeichern deutlich aus.</p>
            <p>{Paragraph}</p><p>{Paragraph}</p></div></main></body></html>
            """, new Uri("https://www.nordlicht.example/de/presse/erweiterung.html"));
        Assert.Equal(new LocalDate(2023, 7, 4), Assert.IsType<Timestamp>(result.Article!.Dateline.Published).Date);
    }

    [Fact]
    public void The_date_the_page_calls_its_publication_beats_a_change_historys_time_element()
    {
        var result = Parser.Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Septic tanks: new rules - GOV.EXAMPLE</title></head><body>
            <main><h1>Septic tanks and small sewage treatment plants: new rules for discharges</h1>
            <dl class="metadata"><dt>From:</dt><dd>Environment Agency</dd><dt>Published</dt><dd>12 January 2022</dd><dt>Last updated</dt><dd>5 March 2024</dd></dl>
            <div class="body"><p>{Paragraph}</p><p>{Paragraph}</p></div>
            <div class="published-dates"><h2>Published 12 January 2022<br>Last updated 5 March 2024</h2><ol>
            <li><time datetime="2024-03-05T14:22:17.000+00:00">5 March 2024</time> Added a link to the updated guidance.</li>
            <li><time datetime="2022-01-12T09:30:00.000+00:00">12 January 2022</time> First published.</li></ol></div>
            </main></body></html>
            """, new Uri("https://www.gov.example/news/septic-tanks"));
        var dateline = result.Article!.Dateline;
        Assert.Equal(new LocalDate(2022, 1, 12), Assert.IsType<Timestamp>(dateline.Published).Date);
        Assert.Equal(new LocalDate(2024, 3, 5), Assert.IsType<Timestamp>(dateline.Modified).Date);
    }
}
