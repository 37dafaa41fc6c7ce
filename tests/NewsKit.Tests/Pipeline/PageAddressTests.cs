namespace NewsKit.Tests.Pipeline;

/// <summary>
/// What relative links resolve against: the caller's URL (with the page's base element applied), else the address
/// the page gives itself (its canonical link, else its og:url) when that is absolute http(s); else nothing.
/// </summary>
public sealed class PageAddressTests
{
    private const string Paragraph = "<p>A paragraph of the article that runs long enough to be body text, with more words in it than a caption.</p>";

    private static Uri? LeadImage(string head, Uri? url = null, string image = "/images/lead.jpg")
    {
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Headline of the story</title>
            <meta property="og:image" content="{image}">{head}</head>
            <body><article><h1>Headline of the story</h1>{Paragraph}{Paragraph}{Paragraph}</article></body></html>
            """;
        return new ArticleParser().Parse(html, url).Article!.LeadImage;
    }

    [Fact]
    public void Without_a_url_links_resolve_against_the_canonical_link() =>
        Assert.Equal(new Uri("https://news.example/images/lead.jpg"), LeadImage("""<link rel="canonical" href="https://news.example/world/story">"""));

    [Fact]
    public void Without_a_url_or_canonical_link_links_resolve_against_og_url() =>
        Assert.Equal(new Uri("https://news.example/images/lead.jpg"), LeadImage("""<meta property="og:url" content="https://news.example/world/story">"""));

    [Fact]
    public void The_callers_url_comes_before_the_pages_own_address() =>
        Assert.Equal(
            new Uri("https://mirror.example/images/lead.jpg"),
            LeadImage("""<link rel="canonical" href="https://news.example/world/story">""", new Uri("https://mirror.example/copy/story")));

    [Fact]
    public void A_relative_base_element_applies_to_the_pages_own_address() =>
        Assert.Equal(
            new Uri("https://news.example/static/images/lead.jpg"),
            LeadImage("""<base href="/static/"><link rel="canonical" href="https://news.example/world/story">""", image: "images/lead.jpg"));

    [Theory]
    [InlineData("""<link rel="canonical" href="/world/story">""")]
    [InlineData("""<meta property="og:url" content="ftp://news.example/world/story">""")]
    [InlineData("")]
    public void Without_an_absolute_address_a_relative_link_stays_unresolved(string head) =>
        Assert.Null(LeadImage(head));
}
