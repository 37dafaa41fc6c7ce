using NewsKit.Models;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// A personal site's owner is the author of its pages when no person is named: the address spells the name that the
/// site name, the title or the copyright line gives. Pages written for these tests.
/// </summary>
public sealed class SiteOwnerTests
{
    private const string Text =
        "<p>Zeit ist kein Ding, das man besitzt. Sie ist eine Ordnung, in der wir handeln, planen und uns erinnern, und jede Epoche hat sie anders gedacht.</p>"
        + "<p>Wer über Zeitkompetenz spricht, meint deshalb mehr als gute Terminplanung: Es geht um die Fähigkeit, Eigenzeiten und fremde Takte zu unterscheiden.</p>";

    private static Article Parse(string url, string head, string body = "", string footer = "") => new ArticleParser().Parse($"""
        <html lang="de"><head><meta charset="utf-8"><title>Zeitphilosophie</title>{head}</head><body>
        <header><a href="/">Start</a></header><article><h1>Zeitphilosophie</h1>{body}{Text}</article><footer>{footer}</footer></body></html>
        """, new Uri(url)).Article!;

    [Theory]
    [InlineData("https://www.alexander-beispiel.net/zeit/zeitphilosophie/", "<meta property=\"og:site_name\" content=\"Dr. Alexander Beispiel\">", "", "Alexander Beispiel")]
    [InlineData("https://wolfgangmusterfrau.de/2017/06/07/zeit/", "<meta property=\"og:site_name\" content=\"Wolfgang Musterfrau\">", "", "Wolfgang Musterfrau")]
    [InlineData("https://juergen-mueller-blog.de/zeit/", "", "<p>© 2019 Jürgen Müller Blog</p>", null)]
    [InlineData("https://juergenmueller.de/zeit/", "", "<p>© 2019 Jürgen Müller</p>", "Jürgen Müller")]
    [InlineData("https://sabine.beispielfrau.example/zeit/", "<meta property=\"og:site_name\" content=\"Sabine Beispielfrau\">", "", null)]
    [InlineData("https://sabinebeispielfrau.wordpress.com/2009/12/23/zeit/", "<meta property=\"og:site_name\" content=\"Sabine Beispielfrau\">", "", "Sabine Beispielfrau")]
    public void The_person_the_address_spells_writes_a_personal_sites_pages(string url, string head, string footer, string? owner)
    {
        var article = Parse(url, head, footer: footer);
        if (owner is null)
        {
            Assert.DoesNotContain(article.Authors, a => a.Kind == AuthorKind.Person);
            return;
        }

        var author = Assert.Single(article.Authors);
        Assert.Equal(owner, author.Name);
        Assert.Equal(AuthorKind.Person, author.Kind);
    }

    [Theory]
    [InlineData("https://www.presse-beispielstadt.de/region/zeit/", "Presse Beispielstadt")]
    [InlineData("https://www.miamibeispiel.example/zeit/", "Miami Beispiel")]
    [InlineData("https://www.rezeptevonmutti.example/zeit/", "Rezepte von Mutti")]
    public void An_outlet_named_like_its_address_is_no_person(string url, string siteName)
    {
        var article = Parse(url, $"<meta property=\"og:site_name\" content=\"{siteName}\">");
        Assert.DoesNotContain(article.Authors, a => a.Kind == AuthorKind.Person);
    }

    [Fact]
    public void A_byline_that_names_a_person_wins_over_the_sites_owner()
    {
        var article = Parse("https://www.alexander-beispiel.net/zeit/", "<meta property=\"og:site_name\" content=\"Alexander Beispiel\">", "<p class=\"byline\">Von Maria Gastautorin</p>");
        Assert.Equal("Maria Gastautorin", Assert.Single(article.Authors).Name);
    }

    [Fact]
    public void A_declared_organization_with_the_owners_name_is_the_owner()
    {
        var article = Parse(
            "https://wolfgangbeispiel.eu/abgebrochene-forschung/",
            """<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Zeitphilosophie","author":{"@type":"Organization","name":"Wolfgang Beispiel"}}</script>""");
        var author = Assert.Single(article.Authors);
        Assert.Equal("Wolfgang Beispiel", author.Name);
        Assert.Equal(AuthorKind.Person, author.Kind);
        Assert.Equal(ValueSource.JsonLd, article.Sources[ArticleField.Authors]);
    }
}
