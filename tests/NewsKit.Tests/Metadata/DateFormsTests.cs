using NewsKit.Models;
using NewsKit.Timestamps;
using NodaTime;
using NodaTime.Testing;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// Publication dates declared in less common forms (meta names, ISO 8601's basic date, a video's upload date), a date
/// line set in <c>&lt;font&gt;</c>, and the day-month order an English page's own dates show. Pages written for these tests.
/// </summary>
public sealed class DateFormsTests
{
    private const string Paragraph = "The council met on Tuesday to discuss plans for a new footbridge across the river, and the engineers agreed to look again at the design.";

    /// <summary>A clock far from every date on the test pages: a year taken from it would show.</summary>
    private static readonly ArticleParser Parser = new(new ArticleParserOptions { Clock = new FakeClock(Instant.FromUtc(2026, 12, 4, 12, 0)) });

    private static Timestamp? Published(string head, string body, string language = "en") => Parser.Parse($"""
        <!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>Council backs new footbridge</title>{head}</head><body>
        <h1>Council backs new footbridge</h1>{body}</body></html>
        """, new Uri("https://news.example/local/footbridge")).Article?.Dateline.Published;

    [Theory]
    [InlineData("<meta name=\"pubdate\" content=\"20170504\">")]
    [InlineData("<meta name=\"pdate\" content=\"20170504\">")]
    [InlineData("<meta name=\"OriginalPublicationDate\" content=\"2017/05/04 08:00:00\">")]
    [InlineData("<meta name=\"published_date\" content=\"2017-05-04\">")]
    [InlineData("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"VideoObject\",\"name\":\"Footbridge\",\"uploadDate\":\"2017-05-04\"}</script>")]
    public void A_publication_date_declared_in_a_less_common_form_is_read(string head)
    {
        var published = Assert.IsType<Timestamp>(Published(head, $"<p>{Paragraph}</p><p>{Paragraph}</p>"));
        Assert.Equal(new LocalDate(2017, 5, 4), published.Date);
    }

    [Fact]
    public void Eight_digits_in_the_text_are_no_date()
    {
        Assert.Null(Published(string.Empty, $"<p>Case 20170504</p><p>{Paragraph}</p><p>{Paragraph}</p>"));
    }

    [Fact]
    public void A_declared_publication_beats_a_videos_upload_date()
    {
        var head = "<meta property=\"article:published_time\" content=\"2017-05-04T10:00:00Z\">"
            + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"VideoObject\",\"name\":\"Footbridge\",\"uploadDate\":\"2017-03-01\"}</script>";
        var published = Assert.IsType<Timestamp>(Published(head, $"<p>{Paragraph}</p><p>{Paragraph}</p>"));
        Assert.Equal(new LocalDate(2017, 5, 4), published.Date);
    }

    [Fact]
    public void A_date_line_set_in_a_font_element_under_the_headline_is_the_publication_date()
    {
        var published = Assert.IsType<Timestamp>(Published(string.Empty, $"<font size=\"1\">August 17, 2003</font><p>{Paragraph}</p><p>{Paragraph}</p>"));
        Assert.Equal(new LocalDate(2003, 8, 17), published.Date);
    }

    [Theory]
    [InlineData("en", "<p>Mike wrote on 28/05/2019: nice.</p>", 5, 3)]
    [InlineData("en", "", 3, 5)]
    [InlineData("en-GB", "<p>Mike wrote on 05/28/2019: nice.</p>", 3, 5)]
    [InlineData("en-GB", "", 5, 3)]
    [InlineData("en", "<p>On 28/05/2019 and on 05/28/2019.</p>", 3, 5)]
    public void An_english_pages_own_unambiguous_dates_decide_the_day_month_order(string language, string evidence, int month, int day)
    {
        var published = Assert.IsType<Timestamp>(Published(string.Empty, $"<p class=\"meta\">Posted 03/05/2019</p><p>{Paragraph}</p><p>{Paragraph}</p>{evidence}", language));
        Assert.Equal(new LocalDate(2019, month, day), published.Date);
    }

    [Theory]
    [InlineData("<p>Come and see it at our open day on Sunday 12th April.</p>", 5, 3)]
    [InlineData("<p>The show runs from 12 April to 3rd of May.</p>", 5, 3)]
    [InlineData("<p>Come and see it at our open day on Sunday, April 12.</p>", 3, 5)]
    [InlineData("<p>Open day: 12 April. Closing day: April 30.</p>", 3, 5)]
    [InlineData("<p>Open day: 12 April.</p><p>Booked on 05/28/2019.</p>", 3, 5)]
    public void Without_unambiguous_numeric_dates_an_english_page_orders_day_and_month_as_it_writes_dates_in_words(string evidence, int month, int day)
    {
        // A bare "en" reads "03/05/2019" month first unless the page's own dates say otherwise; words that disagree decide nothing.
        var published = Assert.IsType<Timestamp>(Published(string.Empty, $"<p class=\"meta\">Posted 03/05/2019</p><p>{Paragraph}</p><p>{Paragraph}</p>{evidence}", "en"));
        Assert.Equal(new LocalDate(2019, month, day), published.Date);
    }
}
