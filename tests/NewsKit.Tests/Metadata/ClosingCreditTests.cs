using NewsKit.Models;

namespace NewsKit.Tests.Metadata;

/// <summary>A credit line below the article names its author when no byline stands by the headline. Pages written for these tests.</summary>
public sealed class ClosingCreditTests
{
    private const string Text =
        "<p>The harbour board voted on Tuesday to close the old ferry pier for good. The service ran for ninety years and carried generations of commuters to the city.</p>"
        + "<p>Repairs would have cost more than a new pier. The ferries have used the north quay since the spring storms and the board said that will not change.</p>";

    private static IReadOnlyList<Author> Authors(string after) => new ArticleParser().Parse($"""
        <html lang="de"><head><title>Fähranleger wird geschlossen</title></head><body>
        <article><h1>Fähranleger wird geschlossen</h1>{Text}{after}</article></body></html>
        """).Article!.Authors;

    [Theory]
    [InlineData("<p>(wird fortgesetzt)<br><strong>Text:</strong> Klausmartin Friedrich</p><p><strong>Fotos:</strong> Helmut Elstrodt</p>")]
    [InlineData("<div><b>Von:</b><br><br> Götz Warnke</div>")]
    [InlineData("<p>Autorin: Erika Muster</p>")]
    [InlineData("<p>Text und Interview: Erika Muster</p>")]
    [InlineData("<p><strong>Texto y fotos:</strong> Erika Muster</p>")]
    [InlineData("<p><em>Texte : Erika Muster, photos : Helmut Elstrodt</em></p>")]
    [InlineData("<p><em>Tekst: Erika Muster, foto's: Helmut Elstrodt</em></p>")]
    public void A_credit_line_below_the_article_names_its_author(string after)
    {
        var author = Assert.Single(Authors(after));
        Assert.Equal(AuthorKind.Person, author.Kind);
        Assert.Contains(author.Name, new[] { "Klausmartin Friedrich", "Götz Warnke", "Erika Muster" });
    }

    [Theory]
    [InlineData("<p class=\"signatur\"><em>Katrin Hoffmann, Leipzig</em></p>", "Katrin Hoffmann")]
    [InlineData("<p>Sue Ashworth<br>Parish Clerk</p>", "Sue Ashworth")]
    [InlineData("<p><strong>Marie Lefèvre</strong>, présidente de l’association</p>", "Marie Lefèvre")]
    [InlineData("<p class=\"signature\">Marie Lefèvre</p>", "Marie Lefèvre")]
    [InlineData("<p class=\"contenido firma\">CAMILO RESTREPO VÉLEZ<br>Corresponsal de EL TIEMPO<br>Medellín</p>", "Camilo Restrepo Vélez")]
    [InlineData("<p>Sue Ashworth<br>Parish Clerk<br>Little Snoring</p>", "Sue Ashworth")]
    public void A_signature_below_the_text_names_its_author(string after, string name)
    {
        var author = Assert.Single(Authors(after));
        Assert.Equal(AuthorKind.Person, author.Kind);
        Assert.Equal(name, author.Name);
    }

    [Theory]
    [InlineData("<footer><p>Copyright © 1998-2026 Example.net - Tous droits réservés</p></footer>")]
    [InlineData("<div id=\"footer\"><p>© 2026 Example Media. All rights reserved.</p></div>")]
    public void A_signature_closing_a_page_without_an_article_element_is_read_before_the_pages_footer(string footer)
    {
        // No article element: the page's last paragraph is its footer's, not the article's.
        var authors = new ArticleParser().Parse($"""
            <html lang="fr"><head><title>Le quai ferme</title></head><body>
            <div id="article"><h1>Le quai ferme</h1><div id="articleText">{Text}<p><b>Armelle N'Guessan</b></p></div></div>{footer}</body></html>
            """).Article!.Authors;
        Assert.Equal(["Armelle N'Guessan"], authors.Select(a => a.Name));
    }

    [Theory]
    [InlineData("<p>Berlin, Germany</p>")]
    [InlineData("<p>New York, USA</p>")]
    [InlineData("<p>Weitere Informationen<br>Rathaus Nord</p>")]
    [InlineData("<p>Das Rathaus bleibt am Montag geschlossen, teilte die Stadt mit.</p>")]
    public void A_last_line_that_names_no_one_signs_nothing(string after)
    {
        Assert.Empty(Authors(after));
    }

    [Theory]
    [InlineData("<div class=\"reviews\"><div itemprop=\"review\" itemscope itemtype=\"http://schema.org/Review\"><strong>Von:</strong> <span>Andreas R.</span> <strong>Am:</strong> <span>29.12.2014</span></div></div>")]
    [InlineData("<div class=\"comments\"><p>Text: Anna Berg</p><p>Text: Tom Weber</p></div>")]
    [InlineData("<p>Von Montag an fahren die Fähren vom Nordkai.</p>")]
    [InlineData("<p>Fotos: Erika Muster</p>")]
    [InlineData("<p>Fazit und Ausblick: Erika Muster bleibt</p>")]
    public void A_review_two_signatures_a_picture_credit_or_a_sentence_name_no_author(string after)
    {
        Assert.Empty(Authors(after));
    }

    [Theory]
    [InlineData("<p><strong>Marina Beispiel</strong></p>", "Marina Beispiel")]
    [InlineData("<p><em>Jan Muster</em></p>", "Jan Muster")]
    [InlineData("<p>Marina Beispiel</p>", null)]
    [InlineData("<p><strong>Weitere Informationen</strong> finden Sie hier.</p>", null)]
    [InlineData("<p><strong>Mehr zum Thema Hafen</strong></p>", null)]
    public void A_name_alone_in_bold_or_italics_closing_the_article_signs_it(string after, string? author)
    {
        var authors = Authors(after);
        Assert.Equal(author is null ? [] : [author], authors.Select(a => a.Name));
    }

    [Theory]
    [InlineData("<p>(Reporting by Anna Koval in Kyiv and David Shore in London; Editing by Richard Vale)</p>", new[] { "Anna Koval", "David Shore" })]
    [InlineData("<p>Reporting by Yuki Tanaka; Writing by Brian Moss; Editing by Clara Fitch</p>", new[] { "Yuki Tanaka", "Brian Moss" })]
    [InlineData("<p>(Reporte de Carmen Ruiz; Editado en español por Pablo Gil)</p>", new[] { "Carmen Ruiz" })]
    [InlineData("<p>— Margaret Ellison</p>", new[] { "Margaret Ellison" })]
    [InlineData("<p>– Daniel Okafor, Staff Writer</p>", new[] { "Daniel Okafor" })]
    [InlineData("<p>This article was written by Lena Marsh, a freelance journalist based in Leeds.</p>", new[] { "Lena Marsh" })]
    [InlineData("<p>This story was reported by Eleanor Voss and Raj Patel as part of a series on coastal towns.</p>", new[] { "Eleanor Voss", "Raj Patel" })]
    [InlineData("<p><strong>Julien Moreau</strong> (avec AFP)</p>", new[] { "Julien Moreau" })]
    [InlineData("<p><em>Priya Raman is a health reporter for the Harbour Courier.</em></p>", new[] { "Priya Raman" })]
    public void A_sign_off_in_the_articles_last_paragraphs_names_its_writers(string after, string[] names)
    {
        var authors = Authors(after);
        Assert.Equal(names, authors.Select(a => a.Name));
        Assert.All(authors, a => Assert.Equal(AuthorKind.Person, a.Kind));
    }

    [Theory]
    [InlineData("<p>– Anzeige – Dieser Beitrag entstand mit freundlicher Unterstützung</p>")]
    [InlineData("<p>— and that was the end of the old pier</p>")]
    [InlineData("<p>Priya Raman is a health reporter who lived by the old pier for years, and she said it would be missed.</p>")]
    [InlineData("<p>(Editing by Richard Vale)</p>")]
    public void A_dash_line_that_is_no_name_a_bio_in_running_text_or_an_editors_credit_name_no_author(string after)
    {
        Assert.Empty(Authors(after));
    }
}
