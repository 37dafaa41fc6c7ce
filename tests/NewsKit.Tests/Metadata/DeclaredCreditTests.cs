using NewsKit.Models;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// A structured-data author list that adds names to the visible byline counts only for the names the page does not credit
/// for other work: a translator ("Aus dem Ukrainischen von ...") or photographer ("Foto: ...") the JSON-LD lists beside
/// the writer is no author; a co-author the byline's markup cut off still is. Pages written for these tests.
/// </summary>
public sealed class DeclaredCreditTests
{
    private const string Paragraph = "Um halb vier in der Nacht heulen die Sirenen, und die Stadt dreht sich im Bett auf die andere Seite. Man steht nicht mehr auf.";

    private static IReadOnlyList<string> Authors(string header) => new ArticleParser().Parse($$"""
        <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Die Stadt nach dem Alarm</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Die Stadt nach dem Alarm","author":[{"@type":"Person","name":"Olga Beispiel"},{"@type":"Person","name":"Jan Muster"}]}</script></head>
        <body><article><h1>Die Stadt nach dem Alarm</h1>{{header}}<p>{{Paragraph}}</p><p>{{Paragraph}}</p><p>{{Paragraph}}</p></article></body></html>
        """).Article!.Authors.Select(a => a.Name).ToList();

    [Theory]
    [InlineData("<p class=\"author\">Von <a href=\"/autor/olga-beispiel\">Olga Beispiel</a></p><p class=\"translator\">Aus dem Ukrainischen von Jan Muster</p>")]
    [InlineData("<p class=\"author\">Von <a href=\"/autor/olga-beispiel\">Olga Beispiel</a></p><p class=\"credit\">Foto: Jan Muster</p>")]
    [InlineData("<p class=\"teaser\">Eine Schriftstellerin über Müdigkeit, Brot und Beharrlichkeit.</p><div class=\"authors\"><p>Von <a href=\"/autor/olga-beispiel\">Olga Beispiel</a></p><p>Aus dem Ukrainischen von Jan Muster</p></div>")]
    public void A_declared_name_the_page_credits_for_other_work_is_no_author(string header)
    {
        Assert.Equal(["Olga Beispiel"], Authors(header));
    }

    [Fact]
    public void A_declared_co_author_the_byline_does_not_show_is_still_an_author()
    {
        Assert.Equal(["Olga Beispiel", "Jan Muster"], Authors("<p class=\"author\">Von <a href=\"/autor/olga-beispiel\">Olga Beispiel</a></p>"));
    }
}
