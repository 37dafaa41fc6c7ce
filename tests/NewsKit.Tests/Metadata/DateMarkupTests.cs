using NewsKit.Models;
using NewsKit.Timestamps;
using NodaTime;
using NodaTime.Testing;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// Publication dates that only markup or the address gives: the element's data attributes a script writes the date
/// from, PRISM's meta name, an English month abbreviation in the URL; and the shown date that agrees with the declared
/// one. Pages written for these tests.
/// </summary>
public sealed class DateMarkupTests
{
    private const string Text = """
        <p>The river council met on Tuesday to discuss the new flood barriers, which have been delayed for two years because of funding disputes.</p>
        <p>Residents said they were frustrated by the pace of work and asked for a clear timetable before the next winter storms arrive.</p>
        """;

    private static readonly ArticleParser Parser = new(new ArticleParserOptions { Clock = new FakeClock(Instant.FromUtc(2026, 12, 4, 12, 0)) });

    private static Timestamp? Published(string article, string head = "", string url = "https://news.example/local/flood-barriers") => Parser.Parse($"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Flood barriers delayed</title>{head}</head><body>
        <article><h1>Flood barriers delayed</h1>{article}{Text}</article>
        <aside class="more"><h2>More stories</h2><ul><li><a href="/fair">Fair board elects new chair</a> <span data-date="2019-03-01">1 Mar</span></li></ul></aside></body></html>
        """, new Uri(url)).Article?.Dateline.Published;

    [Theory]
    [InlineData("<span class=\"timestamp-js\" data-timestamp=\"1551780000\"></span>", "2019-03-05T10:00:00Z")] // epoch seconds
    [InlineData("<span data-timestamp=\"1551780000000\"></span>", "2019-03-05T10:00:00Z")] // epoch milliseconds
    [InlineData("<span data-date=\"2019-03-05T10:00:00Z\"></span>", "2019-03-05T10:00:00Z")]
    [InlineData("<div data-published=\"2019-03-05T10:00:00Z\"></div>", "2019-03-05T10:00:00Z")]
    [InlineData("<span class=\"when\" data-published-at=\"2019-03-05T03:00:00-07:00\">Mar 5</span>", "2019-03-05T10:00:00Z")]
    public void A_date_in_a_data_attribute_of_the_article_header_is_read_as_markup(string header, string instant)
    {
        var published = Assert.IsType<Timestamp>(Published(header));
        Assert.Equal(NodaTime.Text.InstantPattern.General.Parse(instant).Value, published.Instant);
        Assert.Equal(TimestampSource.Microdata, published.Source);
    }

    [Fact]
    public void A_data_attribute_of_another_story_gives_no_date() =>
        Assert.Null(Published(string.Empty));

    [Fact]
    public void Prisms_publication_date_is_read() =>
        Assert.Equal(new LocalDate(2019, 3, 5), Assert.IsType<Timestamp>(Published(string.Empty, """<meta name="prism.publicationDate" content="2019-03-05">""")).Date);

    [Theory]
    [InlineData("https://news.example/world/2019/mar/05/flood-barriers")]
    [InlineData("https://news.example/world/2019/Mar/5")]
    [InlineData("https://news.example/archives/2019_03_05.html")]
    [InlineData("https://news.example/2019/0305/")]
    [InlineData("https://news.example/2019.03.05/flood-barriers")]
    [InlineData("https://news.example/2019/03/05.html")]
    public void An_english_month_abbreviation_or_another_year_first_form_in_the_address_gives_the_day(string url)
    {
        var published = Assert.IsType<Timestamp>(Published(string.Empty, url: url));
        Assert.Equal(new LocalDate(2019, 3, 5), published.Date);
        Assert.Equal(TimestampSource.Url, published.Source);
    }

    [Fact]
    public void The_shown_date_that_agrees_with_the_declared_publication_wins_over_a_nearer_creation_date()
    {
        // Joomla's article info: the creation date first, the publication date the markup declares after it.
        var published = Assert.IsType<Timestamp>(Published("""
            <dl class="article-info"><dd class="create"><time datetime="2019-03-01T12:00:00+00:00" itemprop="dateCreated">Created: 01 March 2019</time></dd>
            <dd class="published"><time datetime="2019-03-05T06:00:00+00:00" itemprop="datePublished">Published: 05 March 2019</time></dd></dl>
            """));
        Assert.Equal(new LocalDate(2019, 3, 5), published.Date);
    }
}
