namespace NewsKit.Tests.Metadata;

/// <summary>
/// An h1 that names the site's section ("News", "Aktuelles", "Blog") over the story: the headline is the story's heading
/// under it, when that heading stands in the story's article element or a declared title states it. Pages written for these tests.
/// </summary>
public sealed class SectionHeadingTests
{
    private const string Text = "<p>The regional council confirmed on Monday that the work will start in spring and should be completed within eighteen months, according to the published schedule.</p>"
        + "<p>Residents will be able to comment on the plans at two public meetings in January, and the full documents are available at the town hall.</p>";

    private static string? Headline(string title, string body, string head = "") => new ArticleParser().Parse($"""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>{body}</body></html>
        """, new Uri("https://www.example.org/news/river-network")).Article?.Headline;

    [Theory]
    [InlineData("News | Northfield University", "<h1 class=\"page-title\">News</h1><article><h2>Researchers map ancient river network</h2>" + Text + "</article>")]
    [InlineData("Aktuelles - Gemeinde Nordfeld", "<main><h1>Aktuelles</h1><article><h3>Researchers map ancient river network</h3>" + Text + "</article></main>")]
    [InlineData("Blog | Quarry Labs", "<article><h1>Blog</h1><h2>Researchers map ancient river network</h2>" + Text + "</article>")]
    public void A_section_s_name_over_the_story_gives_way_to_the_story_s_heading(string title, string body)
    {
        Assert.Equal("Researchers map ancient river network", Headline(title, body));
    }

    [Fact]
    public void A_declared_title_confirms_a_story_heading_outside_an_article_element()
    {
        var body = "<h1>Newsroom</h1><div class=\"entry\"><h2>Researchers map ancient river network</h2>" + Text + "</div>";
        Assert.Equal("Researchers map ancient river network", Headline("Newsroom | Northfield", body, "<meta property=\"og:title\" content=\"Researchers map ancient river network\">"));
    }

    [Fact]
    public void A_section_s_name_stays_when_no_story_heading_follows_it()
    {
        Assert.Equal("News", Headline("News | Northfield University", "<h1>News</h1><div class=\"intro\"><h2>Contact our press office</h2>" + Text + "</div>"));
    }
}
