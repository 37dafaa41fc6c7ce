using NewsKit.Models;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// A story that only a source line below it credits ("Quelle: dpa/AFP") has the agencies as its organization authors; a
/// wire dateline ("Berlin (dpa) - ...") gives the dateline's place and agency, and no author. Pages written for these tests.
/// </summary>
public sealed class AgencyCreditTests
{
    private const string Text = "Die Stadt hat am Dienstag beschlossen, die Brücke über den Fluss im kommenden Monat wieder für den Verkehr zu öffnen, nachdem die Reparaturen an den Seilen abgeschlossen sind.";

    private static Article Parse(string body) => new ArticleParser().Parse($"""
        <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Brücke öffnet wieder</title></head><body>
        <article><h1>Brücke öffnet wieder</h1>{body}</article></body></html>
        """, new Uri("https://zeitung.example/lokal/bruecke")).Article!;

    [Theory]
    [InlineData("<p><em>Quelle: dpa/AFP</em></p>", new[] { "dpa", "AFP" })]
    [InlineData("<p>Quelle: kathpress</p>", new[] { "kathpress" })]
    [InlineData("<p class=\"source\">Source : Reuters</p>", new[] { "Reuters" })]
    public void A_source_line_that_names_only_agencies_gives_them_as_organization_authors(string line, string[] agencies)
    {
        var authors = Parse($"<p>{Text}</p><p>{Text}</p>{line}").Authors;
        Assert.Equal(agencies, authors.Select(a => a.Name));
        Assert.All(authors, a => Assert.Equal(AuthorKind.Organization, a.Kind));
    }

    [Theory]
    [InlineData("<p>Quelle: Wikipedia</p>")] // not an agency
    [InlineData("<p>Quelle: dpa</p><p>Quelle: AFP</p>")] // two different source lines: a list of sources
    public void Other_source_lines_give_no_author(string lines) =>
        Assert.Empty(Parse($"<p>{Text}</p><p>{Text}</p>{lines}").Authors);

    [Fact]
    public void A_byline_wins_over_the_source_line() =>
        Assert.Equal(["Anna Beispiel"], Parse($"<p class=\"byline\">Von Anna Beispiel</p><p>{Text}</p><p>{Text}</p><p>Quelle: dpa</p>").Authors.Select(a => a.Name));

    [Fact]
    public void A_wire_dateline_gives_the_place_and_agency_and_no_author()
    {
        var article = Parse($"<p>Frankfurt/Main (dpa) - {Text}</p><p>{Text}</p>");
        Assert.Equal("dpa", article.Dateline.Agency);
        Assert.Equal("Frankfurt/Main", article.Dateline.Place);
        Assert.Empty(article.Authors);
    }

    [Theory]
    [InlineData("Madrid, 3 mar (EFE).-", "Madrid", "EFE")]
    [InlineData("MADRID, 4 (EUROPA PRESS) -", "MADRID", "EUROPA PRESS")]
    [InlineData("WASHINGTON, Jan. 5 (Reuters) -", "WASHINGTON", "Reuters")]
    [InlineData("Kassel (dpa/lhe) –", "Kassel", "dpa")]
    public void A_wire_dateline_with_the_day_gives_the_place_and_agency(string dateline, string place, string agency)
    {
        var article = Parse($"<p>{dateline} {Text}</p><p>{Text}</p>");
        Assert.Equal(agency, article.Dateline.Agency);
        Assert.Equal(place, article.Dateline.Place);
    }
}
