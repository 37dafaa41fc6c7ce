using NewsKit.Timestamps;
using NodaTime;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// A byline whose class is written in camel case ("documentByLine", Plone's) holds the page's dates, the publication's
/// and the update's, under labels in the page's language; a CMS's "submitted by" line in the page's language names
/// the publication. Pages written for these tests.
/// </summary>
public sealed class BylineDateLabelTests
{
    private const string Text = "<div class=\"contenu\"><p>Des travaux de remplacement de la conduite d'eau potable débutent lundi rue des Écoles, entre la place de l'Église et le groupe scolaire.</p>"
        + "<p>La circulation sera alternée par feux tricolores de 8 h à 17 h, et le stationnement sera interdit au droit du chantier pendant toute la durée des travaux.</p></div>";

    [Theory]
    [InlineData("fr", "<div class=\"documentByLine\"><span>Publié le</span> 12/08/2023 <span>Modifié le</span> 14/08/2023</div>")]
    [InlineData("pt-br", "<div class=\"documentByLine\" id=\"plone-document-byline\"><span class=\"documentAuthor\">por <a href=\"/author/ascom\">Maria Souza</a></span> <span class=\"documentPublished\"><span>publicado:</span> 12/08/2023 10h15,</span> <span class=\"documentModified\"><span>última modificação:</span> 14/08/2023 16h48</span></div>")]
    public void A_camel_case_byline_gives_the_publication_and_the_update(string language, string byline)
    {
        var dateline = new ArticleParser().Parse($"""
            <!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>Travaux rue des Écoles</title></head>
            <body><header><a href="/">Mairie</a></header><main><h1>Travaux rue des Écoles : circulation alternée</h1>{byline}{Text}</main></body></html>
            """).Article!.Dateline;
        Assert.Equal(new LocalDate(2023, 8, 12), Assert.IsType<Timestamp>(dateline.Published).Date);
        Assert.Equal(new LocalDate(2023, 8, 14), Assert.IsType<Timestamp>(dateline.Modified).Date);
    }

    [Theory]
    [InlineData("es", "Enviado por <span class=\"username\">admin</span> el Lun, 14/08/2023 - 10:05")]
    [InlineData("fr", "Soumis par <span class=\"username\">admin</span> le lun, 14/08/2023 - 10:05")]
    [InlineData("it", "Inviato da <span class=\"username\">admin</span> il Lun, 14/08/2023 - 10:05")]
    public void A_translated_submitted_line_gives_the_publication(string language, string line)
    {
        var dateline = new ArticleParser().Parse($"""
            <!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>Travaux rue des Écoles</title></head>
            <body><main><article><header><h1>Travaux rue des Écoles : circulation alternée</h1><p class="submitted">{line}</p></header>{Text}</article></main></body></html>
            """).Article!.Dateline;
        Assert.Equal(new LocalDate(2023, 8, 14), Assert.IsType<Timestamp>(dateline.Published).Date);
    }
}
