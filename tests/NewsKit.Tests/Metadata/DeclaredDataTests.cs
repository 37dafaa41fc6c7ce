using NewsKit.Models;
using NewsKit.Timestamps;
using NodaTime;

namespace NewsKit.Tests.Metadata;

/// <summary>Declared data the page writes for machines is read wherever the page writes it. Pages written for these tests.</summary>
public sealed class DeclaredDataTests
{
    private const string Paragraph = "The council voted on Tuesday to reopen the harbour bridge next month, after engineers finished the repairs to its cables.";

    private static Article Parse(string head, string body = "") => new ArticleParser().Parse($"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge reopens</title>{head}</head><body>
        <article><h1>Bridge reopens</h1>{body}<p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
        """).Article!;

    [Theory]
    [InlineData("<script>")]
    [InlineData("<script type=\"\">")]
    public void JSON_LD_in_a_script_without_its_type_is_read(string open)
    {
        var article = Parse(open + """{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bridge reopens", "datePublished": "2022-01-28T06:00:00+01:00"}</script>""");
        var published = Assert.IsType<Timestamp>(article.Dateline.Published);
        Assert.Equal(new LocalDate(2022, 1, 28), published.Date);
        Assert.Equal(TimestampSource.JsonLd, published.Source);
    }

    [Fact]
    public void A_script_of_code_that_mentions_a_context_is_not_read_as_data()
    {
        var article = Parse("""<script>var config = {"@context": "x", "datePublished": "2022-01-28"}; start(config);</script>""");
        Assert.Null(article.Dateline.Published);
    }
}
