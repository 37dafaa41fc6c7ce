namespace NewsKit.Tests.Metadata;

/// <summary>
/// The site name: og:site_name, unless it is only a slug of the publisher's name the page also declares; without a
/// declaration, the document title's segment that the page's address names. Pages written for these tests.
/// </summary>
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

    [Fact]
    public void Without_a_declared_name_the_title_segment_the_address_names_is_the_site_and_leaves_the_headline()
    {
        const string paragraph = "La campagne de pêche à la coquille a rouvert samedi en baie de Saint-Brieuc, l'un des principaux gisements du pays.";
        var html = "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>La pêche à la coquille rouvre – Le Courrier du Port – Économie</title>"
            + "<meta property=\"og:title\" content=\"La pêche à la coquille rouvre - Le Courrier du Port\"></head>"
            + $"<body><div class=\"article\"><p class=\"titre\">La pêche à la coquille rouvre</p><div class=\"corps\"><p>{paragraph}</p><p>{paragraph}</p></div></div></body></html>";
        var article = new ArticleParser().Parse(html, new Uri("https://www.courrierduport.example/economie/coquille-1")).Article!;
        Assert.Equal("Le Courrier du Port", article.SiteName);
        Assert.Equal("La pêche à la coquille rouvre", article.Headline);
    }

    [Theory]
    [InlineData("Stichting Schone Kust | Nieuws | Vrijwilligers ruimen afval op", "Stichting Schone Kust")]
    [InlineData("Vrijwilligers ruimen afval op | Nieuws | Stichting Schone Kust", "Stichting Schone Kust")]
    public void A_title_with_a_section_beside_the_site_gives_the_outermost_segment_as_the_site(string title, string expected)
    {
        const string paragraph = "De najaarsschoonmaak vond dit jaar plaats op zesenveertig locaties, van Cadzand tot Hoek van Holland, met gemeenten en scholen.";
        var html = $"<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>{title}</title></head>"
            + $"<body><h1>Vrijwilligers ruimen afval op</h1><p>{paragraph}</p><p>{paragraph}</p></body></html>";
        Assert.Equal(expected, new ArticleParser().Parse(html, new Uri("https://www.kustschoon.example/nieuws/afval")).Article?.SiteName);
    }
}
