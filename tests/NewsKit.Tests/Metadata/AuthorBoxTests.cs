using NewsKit.Models;

namespace NewsKit.Tests.Metadata;

/// <summary>An author box ("About the author" and a bio) names the author of a page with no byline. Pages written for these tests.</summary>
public sealed class AuthorBoxTests
{
    private const string Text =
        "<p>The harbour board voted on Tuesday to close the old ferry pier for good. The service ran for ninety years and carried generations of commuters to the city.</p>"
        + "<p>Repairs would have cost more than a new pier. The ferries have used the north quay since the spring storms and the board said that will not change.</p>";

    private static IReadOnlyList<Author> Authors(string language, string inside, string after = "") => new ArticleParser().Parse($"""
        <html lang="{language}"><head><title>Ferry pier to close for good</title></head><body>
        <article><h1>Ferry pier to close for good</h1>{Text}{inside}</article>{after}</body></html>
        """).Article!.Authors;

    [Theory]
    [InlineData("en", "<div class=\"author-box\"><h4>About the author</h4><p>Samuel Reyes is a personal finance writer based in Austin.</p></div>", "Samuel Reyes")]
    [InlineData("en", "<div class=\"author-box\"><h4>About the author</h4><h5>Samuel Reyes</h5><p>He writes about personal finance.</p></div>", "Samuel Reyes")]
    [InlineData("de", "<div class=\"author-box\"><h4>Über den Autor</h4><p>Friederike von Arnim ist Volkswirtin und schreibt über Geldpolitik.</p></div>", "Friederike von Arnim")]
    [InlineData("es", "<div class=\"author-box\"><h4>Sobre el autor</h4><p>Inés Calvo es economista y colaboradora habitual de este medio.</p></div>", "Inés Calvo")]
    [InlineData("fr", "<section><div class=\"title\"><h3>À propos de l'auteur</h3></div><p>Antoine Girard, maître de conférences en économie.</p></section>", "Antoine Girard")]
    [InlineData("en", "<div class=\"author-box\"><h3>About the author</h3><div class=\"avatar\"><img src=\"/a.jpg\" alt=\"\"></div><p>Samuel Reyes is a personal finance writer based in Austin.</p></div>", "Samuel Reyes")]
    [InlineData("en", "<div class=\"author-box\"><h3>About the author</h3><div><h4>Samuel Reyes</h4><p>She writes about personal finance.</p></div></div>", "Samuel Reyes")]
    [InlineData("it", "<div class=\"author-box\"><h4>L’autore</h4><p><strong>Stefano Marchetti</strong> scrive di economia e finanza personale.</p></div>", "Stefano Marchetti")]
    public void An_author_box_in_or_after_the_article_names_its_author(string language, string box, string name)
    {
        foreach (var authors in new[] { Authors(language, box), Authors(language, string.Empty, box) })
        {
            var author = Assert.Single(authors);
            Assert.Equal(AuthorKind.Person, author.Kind);
            Assert.Equal(name, author.Name);
        }
    }

    [Fact]
    public void Author_cards_linked_to_their_pages_name_their_authors_without_their_bios()
    {
        // Each card links to the author's page; its first line is the name, the next the bio ("... and has strong opinions"
        // split at its "and" gave an organization "Priya Raman Priya leads the platform team").
        const string Cards = "<div><h3>Written by</h3><div><a href=\"/blog/authors/priya-raman\"><div><p>Priya Raman</p><p>Priya leads the platform team and has strong opinions about query plans.</p></div></a>"
            + "<a href=\"/blog/authors/daniel-okafor\"><div><p>Daniel Okafor</p><p>Daniel keeps our databases fast, boring and backed up.</p></div></a></div></div>";
        Assert.Equal(["Priya Raman", "Daniel Okafor"], Authors("en", Cards).Select(a => a.Name));
    }

    [Theory]
    [InlineData("<div><h4>About the author</h4><p>Samuel Reyes writes about money.</p></div><div><h4>About the author</h4><p>Maria Lopez writes about travel.</p></div>")]
    [InlineData("<div><h4>About the author</h4><p>the writer lives in Austin and writes about money.</p></div>")]
    [InlineData("<div><h4>About the author</h4></div>")]
    public void Boxes_naming_different_people_or_no_name_give_no_author(string after)
    {
        Assert.Empty(Authors("en", string.Empty, after));
    }

    [Theory]
    [InlineData("Carol covers village government and schools for the Gazette. Reach her at the newsroom.")]
    [InlineData("She covers village government and schools for the Gazette. Reach her at the newsroom.")]
    public void A_byline_box_with_the_name_as_its_heading_over_the_bio_names_the_author_alone(string bio)
    {
        var box = $"<div class=\"tnt-byline-bio\"><h5>Carol Jennings</h5><p>{bio}</p></div>";
        var authors = new ArticleParser().Parse($"""
            <html lang="en"><head><title>Ferry pier to close for good</title></head><body>
            <article><h1>Ferry pier to close for good</h1>{box}{Text}</article></body></html>
            """).Article!.Authors;
        Assert.Equal("Carol Jennings", Assert.Single(authors).Name);
    }

    [Fact]
    public void An_author_link_in_a_box_after_the_article_without_a_heading_names_the_author()
    {
        var authors = new ArticleParser().Parse("""
            <html><head><title>Rewiring</title></head><body><article class="entry"><h1 class="entry-title">Rewiring a 1970s caravan on a weekend budget</h1>
            <div class="entry-meta"><time class="entry-date published" datetime="2025-04-09T17:20:05+00:00">9th April 2025</time></div>
            <div class="entry-content"><p>When we bought our 1974 Sprite Alpine, the electrics consisted of a single ceiling light, a mains socket that had been added by someone with more enthusiasm than knowledge.</p><p>A quick but important note: I am not an electrician, and the mains side of a caravan must be installed or checked by someone who is qualified.</p></div></article>
            <div class="entry-author"><div class="entry-author-profile author-profile vcard"><b class="entry-author-name author-name fn"><a href="https://littletinbox.example/author/pieter/" rel="author">Pieter de Waal</a></b><div class="entry-author-description author-bio"><p>Pieter restores vintage caravans with his wife Saskia in a shed in North Yorkshire.</p></div></div></div>
            </body></html>
            """).Article!.Authors;
        Assert.Equal("Pieter de Waal", Assert.Single(authors).Name);
    }

    [Fact]
    public void Author_links_to_different_people_outside_a_byline_name_nobody()
    {
        var authors = Authors("en", string.Empty, """
            <div class="team"><div class="card"><b><a rel="author" href="/author/pieter/">Pieter de Waal</a></b></div><div class="card"><b><a rel="author" href="/author/saskia/">Saskia de Waal</a></b></div></div>
            """);
        Assert.Empty(authors);
    }

    [Fact]
    public void Author_links_each_in_a_card_of_its_own_name_every_author()
    {
        var authors = new ArticleParser().Parse("""
            <html><head><title>Migrating cron jobs</title></head><body><article><h1>Migrating 14,000 cron jobs to a workflow engine</h1>
            <div>
              <div><div><a href="/authors/ada-oyelaran">Ada Oyelaran</a></div></div>
              <div><div><a href="/authors/matteo-ferrante">Matteo Ferrante</a></div></div>
              <div><div><a href="/authors/sun-hee-park">Sun-hee Park</a></div></div>
            </div>
            <div><p>Two years ago, Corvid ran a little over 14,000 scheduled jobs through plain cron on a fleet of 40 job boxes. Some of them sent invoices. Some of them rebuilt search indexes.</p><p>This post is about moving all of that onto a workflow engine, which took eleven months rather than the four we planned. Most of the extra time was not spent writing code.</p></div></article></body></html>
            """).Article!.Authors;
        Assert.Equal(["Ada Oyelaran", "Matteo Ferrante", "Sun-hee Park"], authors.Select(a => a.Name));
    }
}
