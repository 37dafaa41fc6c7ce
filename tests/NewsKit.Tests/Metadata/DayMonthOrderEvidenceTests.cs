using NewsKit.Timestamps;
using NodaTime;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// A numeric date the page shows that reads both ways ("04/03/2025", "03.04.25" on a site that writes the month first) is
/// read in the order its declared date says, not in the order the page's language or its stops assume. Pages written for
/// these tests.
/// </summary>
public sealed class DayMonthOrderEvidenceTests
{
    private const string Paragraph = "<p>The regulator granted the permit on Tuesday after a review of more than two years, clearing the way for construction to begin on the coast.</p>";

    private static Timestamp? Published(string shown, string declared) => new ArticleParser().Parse($$"""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Poland grants permit for first nuclear plant</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Poland grants permit for first nuclear plant","datePublished":"{{declared}}"}</script></head>
        <body><article><h1>Poland grants permit for first nuclear plant</h1><div class="publication-date">Published on {{shown}}</div>{{Paragraph}}{{Paragraph}}{{Paragraph}}</article></body></html>
        """).Article?.Dateline.Published;

    [Theory]
    [InlineData("<time datetime=\"2025-03-04T11:10:37+01:00\">04/03/2025 - 11:10 GMT+1</time>", "2025-03-04T11:10:37+01:00")]
    [InlineData("04/03/2025", "2025-03-04T11:10:37+01:00")]
    [InlineData("04/03/2025", "2025-03-04")]
    [InlineData("03.04.25", "2025-03-04T09:14:00-04:00")]
    public void The_declared_date_says_which_order_a_shown_date_that_reads_both_ways_is_written_in(string shown, string declared)
    {
        var published = Assert.IsType<Timestamp>(Published(shown, declared));
        Assert.Equal(new LocalDate(2025, 3, 4), published.Date);
    }

    [Fact]
    public void A_shown_date_that_reads_one_way_only_keeps_its_own_day()
    {
        var published = Assert.IsType<Timestamp>(Published("03/14/2025", "2025-03-04"));
        Assert.Equal(new LocalDate(2025, 3, 14), published.Date);
    }
}
