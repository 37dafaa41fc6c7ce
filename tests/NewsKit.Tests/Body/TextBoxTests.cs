namespace NewsKit.Tests.Body;

/// <summary>
/// A box of facts set into the story between its paragraphs stays in the body, though its class or role calls it a
/// sidebar; a box of links there, and a layout's sidebar column, stay out. Pages written for these tests.
/// </summary>
public sealed class TextBoxTests
{
    private const string Paragraph = "The river had been rising for three days when the first families left the valley, carrying what they could on their backs and in borrowed trucks.";

    private static string Body(string box) => new ArticleParser().Parse($"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Valley That Drowned</title></head><body>
        <article><h1>The Valley That Drowned</h1><div class="entry-content"><p>{Paragraph}</p><p>{Paragraph}</p>{box}<p>{Paragraph}</p><p>{Paragraph}</p></div></article>
        <aside class="sidebar"><h3>Most read</h3><p>Our newsletter brings the week's best stories to your inbox every Friday morning.</p></aside></body></html>
        """, new Uri("https://mag.example/valley")).Article!.Body.Text;

    [Theory]
    [InlineData("<div class=\"wp-block-group is-style-sidebar\"><h3>By the numbers</h3><ul><li>1.2 million cubic meters of water entered the town</li><li>14 days passed before the roads reopened</li></ul></div>", "14 days passed")]
    [InlineData("<div class=\"pp-sidebar\" role=\"complementary\"><h4>What is a levee?</h4><ul><li>An embankment built along a river to hold back floods.</li></ul></div>", "An embankment built")]
    [InlineData("<div class=\"sidebar sidebar--timeline\"><h4>Timeline</h4><ul><li><strong>1952:</strong> The levee is built.</li><li><strong>2019:</strong> Engineers warn it is too low.</li></ul></div>", "The levee is built")]
    public void A_box_of_facts_between_the_storys_paragraphs_stays(string box, string fact)
    {
        var body = Body(box);
        Assert.Contains(fact, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Our newsletter", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_box_of_links_between_the_storys_paragraphs_stays_out()
    {
        var body = Body("<div class=\"sidebar-box\"><h4>More on floods</h4><ul><li><a href=\"/a\">How levees fail and what towns can do about it</a></li></ul></div>");
        Assert.DoesNotContain("How levees fail", body, StringComparison.Ordinal);
    }
}
