using NewsKit.Models;
using NewsKit.Timestamps;
using NodaTime;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// Comments and other stories after the article, told by their heading ("Comments (2)", "Related posts") whatever their
/// class names: their dates and names are not the article's. Pages written for these tests.
/// </summary>
public sealed class OthersHeadingsTests
{
    private const string Text = "<p>After almost a year of building work and countless volunteer hours, the new outdoor climbing wall at our clubhouse is finished and open to all members.</p>"
        + "<p>The wall is fourteen metres high and offers twenty-two routes from grade three to nine, with a separate bouldering area beside it.</p>";

    private static Article Parse(string byline, string after) => new ArticleParser().Parse($"""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Our new climbing wall is finished</title></head>
        <body><main><div class="item-page"><h1>Our new climbing wall is finished</h1>{byline}<div class="text">{Text}</div>{after}</div></main></body></html>
        """, new Uri("https://club.example/hall/new-wall")).Article!;

    private const string Comments = "<div class=\"komento\"><h3>Comments (2)</h3>"
        + "<div class=\"kmt-item\"><span class=\"kmt-author\">Tobias Reiner</span> <time datetime=\"2024-05-21T20:14\">21.05.2024 20:14</time><div>Looks great!</div></div>"
        + "<div class=\"kmt-item\"><span class=\"kmt-author\">Andrea Stolz</span> <time datetime=\"2024-05-22T09:02\">22.05.2024 09:02</time><div>Any courses?</div></div></div>";

    private const string Related = "<div class=\"jeg_postblock\"><h3>Related Posts</h3>"
        + "<article class=\"jeg_post\"><h4><a href=\"/hall/old-wall\">The old wall comes down</a></h4><div class=\"jeg_meta_date\">May 28, 2024</div></article></div>";

    [Fact]
    public void A_comment_s_time_and_name_under_a_comments_heading_are_not_the_article_s()
    {
        var article = Parse("<p class=\"byline\">Posted on May 3, 2024</p>", Comments);
        Assert.Equal(new LocalDate(2024, 5, 3), Assert.IsType<Timestamp>(article.Dateline.Published).Date);
        Assert.Empty(article.Authors);
    }

    private const string MoreGuides = "<h2>Weitere Ratgeber</h2>"
        + "<article><h3><a href=\"/hall/flat-roof\">Checking the flat roof after winter</a></h3><span class=\"elementor-post-date\">14. März 2023</span></article>";

    [Theory]
    [InlineData(Comments)]
    [InlineData(Related)]
    [InlineData(MoreGuides)]
    public void A_page_that_states_no_date_takes_none_from_its_comments_or_related_stories(string after)
    {
        var article = Parse(string.Empty, after);
        Assert.Null(article.Dateline.Published);
        Assert.Empty(article.Authors);
    }
}
