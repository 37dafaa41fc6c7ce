namespace NewsKit.Tests.Metadata;

/// <summary>The site name: og:site_name, unless it is only a slug of the publisher's name the page also declares. Pages written for these tests.</summary>
public sealed class SiteNameTests
{
    [Theory]
    [InlineData("exampletimes", "The Example Times", "The Example Times")]
    [InlineData("Example Times", "The Example Times Company", "Example Times")]
    [InlineData("exampletimes", "Other Media Group", "exampletimes")]
    public void A_site_name_written_as_a_slug_gives_way_to_the_publishers_name_when_it_spells_the_same(string ogSiteName, string publisher, string expected)
    {
        const string paragraph = "The council voted on Tuesday to reopen the harbour bridge next month, after engineers finished the repairs to its cables and its deck.";
        var html = "<!doctype html><html lang=\"en\"><head><title>Bridge reopens</title>"
            + $"<meta property=\"og:site_name\" content=\"{ogSiteName}\">"
            + $"<script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Bridge reopens\",\"publisher\":{{\"@type\":\"Organization\",\"name\":\"{publisher}\"}}}}</script></head>"
            + $"<body><article><h1>Bridge reopens</h1><p>{paragraph}</p><p>{paragraph}</p></article></body></html>";
        Assert.Equal(expected, new ArticleParser().Parse(html).Article?.SiteName);
    }
}
