namespace NewsKit.Tests.Metadata;

/// <summary>
/// Page-level metadata besides dates and authors: a canonical link to the site's home page is no article's address, a
/// JSON-LD image given by reference is the image it names, a hashtag's sign is no part of a tag. Pages written for these
/// tests.
/// </summary>
public sealed class PageMetadataTests
{
    private const string Paragraph = "The council voted on Tuesday to close the Mill Street baths for two years while the pool hall and its roof are rebuilt.";

    private static Models.Article Parse(string head, string afterBody = "", string? url = "https://news.example/local/mill-street-baths-12345") => new ArticleParser().Parse($"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mill Street baths to close</title>{head}</head><body>
        <article><h1>Mill Street baths to close</h1><p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p>{afterBody}</article></body></html>
        """, url is null ? null : new Uri(url)).Article!;

    [Fact]
    public void A_canonical_link_to_the_home_page_gives_way_to_the_articles_own_address()
    {
        var article = Parse("""<link rel="canonical" href="https://news.example/"><meta property="og:url" content="https://news.example/local/mill-street-baths-12345">""");
        Assert.Equal("https://news.example/local/mill-street-baths-12345", article.CanonicalUrl?.ToString());
    }

    [Fact]
    public void The_home_pages_own_canonical_link_stays()
    {
        var article = Parse("""<link rel="canonical" href="https://news.example/">""", url: "https://news.example/");
        Assert.Equal("https://news.example/", article.CanonicalUrl?.ToString());
    }

    [Fact]
    public void A_json_ld_image_given_by_reference_is_the_image_object_it_names()
    {
        var article = Parse("""
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Mill Street baths to close","image":{"@id":"https://news.example/local/mill-street-baths-12345#primaryimage"}},{"@type":"ImageObject","@id":"https://news.example/local/mill-street-baths-12345#primaryimage","url":"https://news.example/uploads/baths.jpg"}]}</script>
            """);
        Assert.Equal("https://news.example/uploads/baths.jpg", article.LeadImage?.ToString());
    }

    [Fact]
    public void A_hashtags_sign_is_no_part_of_the_tag()
    {
        var article = Parse(string.Empty, """<div class="entry-tags"><a href="/tag/leisure/" rel="tag">#Leisure</a> <a href="/tag/swimming/" rel="tag">#Swimming</a></div>""");
        Assert.Equal(["Leisure", "Swimming"], article.Tags);
    }

    [Fact]
    public void A_shown_list_of_links_to_the_sites_tag_pages_gives_the_tags_without_rel_tag()
    {
        var article = Parse(string.Empty, """<div class="meta-tags">Schlagwörter: <a href="/schlagwort/baeder/">Bäder</a>, <a href="https://news.example/schlagwort/stadtrat">"Stadtrat"</a>, <a href="/local/">Local</a>, <a href="https://other.example/tag/x/">Other</a></div>""");
        Assert.Equal(["Bäder", "Stadtrat"], article.Tags);
    }
}
