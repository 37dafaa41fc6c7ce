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

    [Fact]
    public void A_first_publication_after_the_update_line_is_the_publication()
    {
        var dateline = new ArticleParser().Parse($"""
            <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Brücke öffnet wieder</title></head>
            <body><main><article><h1>Brücke öffnet wieder</h1><div><span>Aktualisiert am 05.02.2025, 14:20 Uhr</span> <span>Erstveröffentlichung: 03.02.2025, 18:05 Uhr</span></div>{Text}</article></main></body></html>
            """).Article!.Dateline;
        Assert.Equal(new LocalDateTime(2025, 2, 3, 18, 5), Assert.IsType<Timestamp>(dateline.Published).Local);
        Assert.Equal(new LocalDateTime(2025, 2, 5, 14, 20), Assert.IsType<Timestamp>(dateline.Modified).Local);
    }

    [Fact]
    public void An_entered_on_line_names_its_author()
    {
        var article = new ArticleParser().Parse($"""
            <html><head><meta charset="utf-8"><title>Neuheit</title></head><body><h1>Neuheit: Baureihe 50</h1><font size="1">Eingestellt am 27.08.2026 von Rainer Posselt</font><br><br><font size="2">{Text}</font></body></html>
            """).Article!;
        Assert.Equal(["Rainer Posselt"], article.Authors.Select(a => a.Name));
        Assert.Equal(new LocalDate(2026, 8, 27), article.Dateline.Published?.Date);
    }
}
