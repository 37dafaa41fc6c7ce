namespace NewsKit.Tests.Metadata;

/// <summary>
/// A name in a picture's caption or credit is the photographer's or the picture agency's, not the writer's, whatever
/// element holds the caption; a template's block named "caption" that holds the headline is the header's. Pages written
/// for these tests.
/// </summary>
public sealed class PictureCreditTests
{
    private const string Text =
        "<p>El ayuntamiento ha decidido reabrir el puente del puerto el mes que viene, después de tres meses de obras en los cables que lo sostienen.</p>"
        + "<p>Los vecinos del barrio alto celebran la noticia: desde el otoño tenían que dar un rodeo de veinte minutos para llegar al mercado.</p>";

    private static IReadOnlyList<string> Authors(string header) => new ArticleParser().Parse($"""
        <html lang="es"><head><title>El puente del puerto reabre en abril</title></head><body>
        <article>{header}<div class="cuerpo">{Text}</div></article></body></html>
        """).Article!.Authors.Select(a => a.Name).ToList();

    [Theory]
    [InlineData("<p class=\"imgCaption\">Una grúa junto al puente. <span class=\"autorFoto\">Marta Ruiz Sanz</span></p>")]
    [InlineData("<div class=\"bildunterschrift\"><p>Die Brücke im Winter.</p><p class=\"author\">Marta Ruiz Sanz</p></div>")]
    [InlineData("<div class=\"media\"><img src=\"/p.jpg\" alt=\"\"><span class=\"photo-credit\">Por Marta Ruiz Sanz</span></div>")]
    public void A_name_in_a_pictures_caption_or_credit_is_no_author(string caption) =>
        Assert.Empty(Authors($"<h1>El puente del puerto reabre en abril</h1>{caption}"));

    [Fact]
    public void A_block_named_caption_that_holds_the_headline_keeps_its_byline() =>
        Assert.Equal(["Marta Ruiz Sanz"], Authors(
            "<div class=\"caption\"><h1>El puente del puerto reabre en abril</h1><ul class=\"author\"><li>Marta Ruiz Sanz</li></ul></div>"));
}
