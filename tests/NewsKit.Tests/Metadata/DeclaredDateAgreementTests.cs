using NewsKit.Models;
using NodaTime;
using NodaTime.Testing;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// Two independent sources that agree on the publication day (the declared date and a date element in the article's
/// own byline) outweigh one shown day of another item; a shown day stays the publication where the page calls it so.
/// A publisher's own article type ("ListArticle") is read as the article. Pages written for these tests.
/// </summary>
public sealed class DeclaredDateAgreementTests
{
    private const string Paragraph = "The city council voted on Tuesday to approve a new budget that raises property taxes by three percent to pay for road repairs.";

    private static readonly ArticleParser Parser = new(new ArticleParserOptions { Clock = new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0)) });

    private static LocalDate? PublishedDay(string byline, string after) => Parser.Parse($$"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council approves budget</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves budget","datePublished":"2024-11-21T17:02:44Z"}</script></head>
        <body><article><h1>Council approves budget</h1>{{byline}}
        <div class="article-content"><section class="article-body"><p>{{Paragraph}}</p><p>{{Paragraph}}</p><p>{{Paragraph}}</p></section>{{after}}</div>
        </article></body></html>
        """).Article?.Dateline.Published?.Date;

    [Fact]
    public void A_video_box_date_under_the_story_does_not_beat_the_declared_date_that_the_byline_time_repeats()
    {
        var day = PublishedDay(
            "<div class=\"byline\">Story by Lena Okafor • <time datetime=\"2024-11-21T17:02:44.000Z\">1mo</time></div>",
            "<div class=\"video-player\"><div class=\"vp-title\">Markets wrap: stocks mixed</div><div class=\"vp-date\">11/20/2024</div></div>");
        Assert.Equal(new LocalDate(2024, 11, 21), day);
    }

    [Fact]
    public void A_shown_day_the_page_calls_its_publication_still_wins()
    {
        var day = PublishedDay(
            "<div class=\"byline\">Story by Lena Okafor • <time datetime=\"2024-11-21T17:02:44.000Z\">1mo</time></div><p class=\"date\">Published 11/18/2024</p>",
            string.Empty);
        Assert.Equal(new LocalDate(2024, 11, 18), day);
    }

    [Fact]
    public void A_shown_day_wins_over_a_declared_date_that_nothing_on_the_page_repeats()
    {
        var day = PublishedDay("<div class=\"byline\">Story by Lena Okafor</div><div class=\"date\">11/18/2024</div>", string.Empty);
        Assert.Equal(new LocalDate(2024, 11, 18), day);
    }

    [Theory]
    [InlineData("ListArticle")]
    [InlineData("ProductReviewArticle")]
    public void A_publishers_own_article_type_is_read_as_the_article(string type)
    {
        var article = Parser.Parse($$"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>The six best hiking boots</title>
            <meta name="parsely-pub-date" content="2025-05-12T10:14:22-04:00">
            <script type="application/ld+json">{"@context":"http://schema.org","@type":["{{type}}"],"headline":"The six best hiking boots","datePublished":"2022-04-07T09:00:00.000-04:00","dateModified":"2025-05-12T10:14:22.163-04:00"}</script></head>
            <body><article><h1>The six best hiking boots</h1><p>{{Paragraph}}</p><p>{{Paragraph}}</p><p>{{Paragraph}}</p></article></body></html>
            """).Article!;
        Assert.Equal(new LocalDate(2022, 4, 7), article.Dateline.Published?.Date);
        Assert.Equal(new LocalDate(2025, 5, 12), article.Dateline.Modified?.Date);
    }

    [Theory]
    [InlineData("<div class=\"meta\"><abbr class=\"dtstart published\" title=\"2025-07-12\">12 July 2025</abbr></div>")]
    [InlineData("<div class=\"date-info\"><time datetime=\"2025-07-12\">Sat 12 July 2025</time></div>")]
    public void An_events_start_on_an_event_page_is_not_its_publication(string when)
    {
        var article = Parser.Parse($$$"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Jazz night in the cloister</title>
            <script type="application/ld+json">{"@context":"http://schema.org","@type":"Event","name":"Jazz night in the cloister","startDate":"2025-07-12T20:30:00+02:00","location":{"@type":"Place","name":"Cloister"}}</script></head>
            <body><main><h1>Jazz night in the cloister</h1>{{{when}}}<p>{{{Paragraph}}}</p><p>{{{Paragraph}}}</p><p>{{{Paragraph}}}</p></main></body></html>
            """).Article!;
        Assert.Null(article.Dateline.Published);
    }
}
