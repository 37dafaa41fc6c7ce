using NewsKit.Metadata;
using NewsKit.Models;

namespace NewsKit.Tests.Metadata;

/// <summary>Byline splitting and cleaning: names kept, contact details and labels left out.</summary>
public sealed class BylineTests
{
    private static readonly string[] SiteNames = ["The Example Times"];

    private static (string[] People, string[] Organizations) Read(string byline)
    {
        var authors = BylineParser.ParseByline(byline, null, SiteNames);
        return (
            authors.Where(a => a.Kind == AuthorKind.Person).Select(a => a.Name).ToArray(),
            authors.Where(a => a.Kind == AuthorKind.Organization).Select(a => a.Name).ToArray());
    }

    [Theory]
    [InlineData("By Jane Doe jane.doe@example.com", new[] { "Jane Doe" })]
    [InlineData("Jane Doe (jane@news.example.org)", new[] { "Jane Doe" })]
    [InlineData("By Jane Doe and John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("By JANE DOE", new[] { "Jane Doe" })]
    [InlineData("By CAOIMHE O'SULLIVAN and RORY MCDONALD", new[] { "Caoimhe O'Sullivan", "Rory McDonald" })]
    [InlineData("By GIULIA D’ALESSANDRO", new[] { "Giulia D’Alessandro" })]
    [InlineData("Par Clément DUFRESNE", new[] { "Clément Dufresne" })]
    [InlineData("By Jean-Luc LE GALL and Henry Ford III", new[] { "Jean-Luc Le Gall", "Henry Ford III" })]
    [InlineData("Von IWB", new[] { "IWB" })]
    [InlineData("By Holly Beispiel, Social Affairs Correspondent", new[] { "Holly Beispiel" })]
    [InlineData("By Bernard Muster, Super City reporter", new[] { "Bernard Muster" })]
    [InlineData("By Rowan ap Gwilym, political reporter", new[] { "Rowan ap Gwilym" })]
    [InlineData("Por Raúl de los Santos y Marta de las Heras", new[] { "Raúl de los Santos", "Marta de las Heras" })]
    [InlineData("By J.O. Doe", new[] { "J.O. Doe" })]
    [InlineData("von Petra Beispiel, Online-Redaktion 26.12.2022 10:33", new[] { "Petra Beispiel" })]
    [InlineData("By J. Doe", new[] { "J. Doe" })]
    [InlineData("Frank Beispiel, Freier Autor, Alle Artikel", new[] { "Frank Beispiel" })]
    [InlineData("Steven Beispiel, Mitglied der Redaktion", new[] { "Steven Beispiel" })]
    [InlineData("Veröffentlicht, Michael Beispiel-Muster", new[] { "Michael Beispiel-Muster" })]
    [InlineData("Jan Beispiel", new[] { "Jan Beispiel" })]
    [InlineData("Autoren Jelko Beispiel und Jutta Muster", new[] { "Jelko Beispiel", "Jutta Muster" })]
    [InlineData("By April Doe and June Roe", new[] { "April Doe", "June Roe" })]
    [InlineData("By Jane Doe Jan 5, 2024", new[] { "Jane Doe" })]
    [InlineData("Jane Doe, May 2024", new[] { "Jane Doe" })]
    [InlineData("Text: Anna Beispiel / Fotos: Tom Muster", new[] { "Anna Beispiel" })]
    [InlineData("Christian Beispiel Illustration von Markus Muster", new[] { "Christian Beispiel" })]
    [InlineData("By Jane Doe Photographs by John Roe", new[] { "Jane Doe" })]
    [InlineData("Eine Analyse von Anna Beispiel", new[] { "Anna Beispiel" })]
    [InlineData("A commentary by Jane Doe", new[] { "Jane Doe" })]
    [InlineData("Dr. Hans-Peter Beispiel", new[] { "Hans-Peter Beispiel" })]
    [InlineData("Von Prof. Dr. Anna Beispiel", new[] { "Anna Beispiel" })]
    [InlineData("Text und Interview: Harald Beispiel", new[] { "Harald Beispiel" })]
    [InlineData("Text & Fotos: Harald Beispiel", new[] { "Harald Beispiel" })]
    [InlineData("Texto y fotos: Juana Ejemplo", new[] { "Juana Ejemplo" })]
    [InlineData("Interview: Harald Beispiel", new[] { "Harald Beispiel" })]
    [InlineData("Posted on March 3, 2024 by Jane Doe", new[] { "Jane Doe" })]
    [InlineData("Published 3 March 2024 By Jane Doe", new[] { "Jane Doe" })]
    [InlineData("Publié le 3 mars 2024 par Marie Dupont", new[] { "Marie Dupont" })]
    [InlineData("BY JANE DOE AND JOHN ROE", new[] { "Jane Doe", "John Roe" })]
    [InlineData("Reporting by Jane Doe; Editing by John Roe", new[] { "Jane Doe" })]
    [InlineData("By Jane Doe For Dailymail.com", new[] { "Jane Doe" })]
    [InlineData("Bericht: Anna Beispiel", new[] { "Anna Beispiel" })]
    [InlineData("Redacción: María Ejemplo", new[] { "María Ejemplo" })]
    [InlineData("记者王敬照", new[] { "王敬照" })]
    [InlineData("本报记者 张三", new[] { "张三" })]
    [InlineData("Inga Beispiel Follow Expertin für Neue Arbeit und Neues Lernen. Schwerpunkte: Home-Office & Meetings", new[] { "Inga Beispiel" })]
    [InlineData("Jane Doe Follow Reporter covering energy and climate", new[] { "Jane Doe" })]
    [InlineData("Marie Dupont Suivre", new[] { "Marie Dupont" })]
    [InlineData("Contributors: Anna Beispiel, Tom Muster, Lea Exemple", new[] { "Anna Beispiel", "Tom Muster", "Lea Exemple" })]
    [InlineData("Opinion: Jane Doe", new[] { "Jane Doe" })]
    [InlineData("Autorzy: Katarzyna Przykład, Tomasz Wzór", new[] { "Katarzyna Przykład", "Tomasz Wzór" })]
    [InlineData("Haber: Ayşe Örnek, Mehmet Misal", new[] { "Ayşe Örnek", "Mehmet Misal" })]
    [InlineData("Von Greta Beispiel, Recherche: Selin Muster", new[] { "Greta Beispiel" })]
    [InlineData("Metin: Ayşe Örnek, Fotoğraf: Mehmet Misal", new[] { "Ayşe Örnek" })]
    [InlineData("✍️ Jane Doe 🌊", new[] { "Jane Doe" })]
    [InlineData("By Marcus Doe, Jr., and Delia Roe", new[] { "Marcus Doe Jr.", "Delia Roe" })]
    [InlineData("김민준 기자", new[] { "김민준" })]
    [InlineData("山田太郎記者", new[] { "山田太郎" })]
    [InlineData("Opinion | Jane Doe", new[] { "Jane Doe" })]
    [InlineData("Opinion by Jane Doe", new[] { "Jane Doe" })]
    [InlineData("Kommentar | Anna Beispiel", new[] { "Anna Beispiel" })]
    [InlineData("Jan Novák a Eva Malá", new[] { "Jan Novák", "Eva Malá" })]
    [InlineData("文・写真：山田太郎", new[] { "山田太郎" })]
    [InlineData("記者　山田太郎", new[] { "山田太郎" })] // the reporter's title before the name
    [InlineData("執筆者：田中 健", new[] { "田中 健" })]
    [InlineData("文・佐藤花子　写真・鈴木一郎", new[] { "佐藤花子" })] // the photographer's credit ends the byline
    [InlineData("文/刘洋 图/赵磊", new[] { "刘洋" })]
    [InlineData("Zusammengestellt von Greta Beispiel", new[] { "Greta Beispiel" })]
    [InlineData("By Jane Doe. Illustration by John Roe", new[] { "Jane Doe" })]
    [InlineData("Illustrations by John Roe. Words by Jane Doe", new[] { "Jane Doe" })]
    [InlineData("By J. R. Doe and Jane Roe", new[] { "J. R. Doe", "Jane Roe" })]
    [InlineData("Von R. R.", new[] { "R. R." })] // initials that are the whole signature
    [InlineData("By Ananya Das", new[] { "Ananya Das" })] // a particle in capitals is a surname
    [InlineData("By Sam Le", new[] { "Sam Le" })]
    [InlineData("BY ANANYA DAS", new[] { "Ananya Das" })]
    [InlineData("By Ananya Das, New Delhi", new[] { "Ananya Das" })] // the place it was written in
    [InlineData("By John Smith, Los Angeles", new[] { "John Smith" })]
    [InlineData("Por Juan Pérez, San José", new[] { "Juan Pérez" })]
    [InlineData("By Jane Doe, John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("By Jane Doe, Santo Domingo", new[] { "Jane Doe" })]
    [InlineData("Door Joost van 't Beispiel", new[] { "Joost van 't Beispiel" })] // the particle with its apostrophe
    [InlineData("By Fatima bint Khalid", new[] { "Fatima bint Khalid" })]
    [InlineData("Ayşe Yılmaz ve Mehmet Öztürk / ANKARA", new[] { "Ayşe Yılmaz", "Mehmet Öztürk" })] // the place in capitals
    [InlineData("Guest column by Amara Beispiel", new[] { "Amara Beispiel" })]
    [InlineData("Review by Amara Beispiel", new[] { "Amara Beispiel" })]
    [InlineData("By JADE ROE Tribune Staff Reporter", new[] { "Jade Roe" })] // the name in capitals ends where the case changes
    [InlineData("By RASHAD DOE Tribune Business Editor", new[] { "Rashad Doe" })]
    [InlineData("RAMÓN PÉREZ REYES, San Francisco de Macorís", new[] { "Ramón Pérez Reyes" })]
    [InlineData("Von Meteorologin Sabine Kühn", new[] { "Sabine Kühn" })]
    [InlineData("e. muster / J. I. da beispiel", new string[0])] // written in lower case: "J. I." is a cut name
    [InlineData("Von Lena Beispiel, mit Material von dpa", new[] { "Lena Beispiel" })]
    public void Keeps_the_names(string byline, string[] people)
    {
        var (found, organizations) = Read(byline);
        Assert.Equal(people, found);
        Assert.Empty(organizations);
    }

    [Theory]
    [InlineData("jane.doe@example.com")]
    [InlineData("mailto:desk@example.com")]
    [InlineData("Von Montag an fahren die Fähren vom Nordkai.")]
    public void An_email_address_alone_or_a_sentence_is_no_author(string byline) =>
        Assert.Empty(BylineParser.ParseByline(byline, null, SiteNames));

    [Theory]
    [InlineData("By Jane Roe Associated Press", "Jane Roe", "Associated Press")]
    [InlineData("By Mia Castellano The Canadian Press", "Mia Castellano", "The Canadian Press")]
    public void An_agency_written_after_the_name_is_the_agency(string byline, string person, string agency)
    {
        var (people, organizations) = Read(byline);
        Assert.Equal([person], people);
        Assert.Equal([agency], organizations);
    }

    [Theory]
    [InlineData("Reuters")]
    [InlineData("dpa")]
    [InlineData("Redaktion")]
    [InlineData("Redacción")]
    [InlineData("La Rédaction")]
    [InlineData("Staff and wire reports")] // one credit, not split at its "and"
    [InlineData("Staff and news service reports")]
    public void A_wire_agency_or_a_newsroom_is_an_organization(string byline)
    {
        Assert.Equal([byline], Read("Von " + byline).Organizations);
        var (people, organizations) = Read(byline);
        Assert.Empty(people);
        Assert.Equal([byline], organizations);
    }

    [Fact]
    public void An_institution_after_a_name_is_an_affiliation_no_author_and_a_long_bio_sentence_is_neither()
    {
        var (people, organizations) = Read("Jane Doe, Staff Attorney, Harbour Racial Justice Program & John Roe");
        Assert.Equal(["Jane Doe", "John Roe"], people);
        Assert.Empty(organizations);

        var (_, alone) = Read("Harbour Racial Justice Program");
        Assert.Equal(["Harbour Racial Justice Program"], alone);

        var (_, fromBio) = Read("Jane Doe, A computer science professor at the University of Portby since 2004");
        Assert.Empty(fromBio);
    }

    [Theory]
    [InlineData("PTI, New Delhi", new string[0])]
    [InlineData("By Jane Doe, Reuters, Kuala Lumpur", new[] { "Jane Doe" })]
    [InlineData("By Jane Doe, John Roe", new[] { "Jane Doe", "John Roe" })]
    public void A_place_after_an_agency_is_no_author_and_a_name_after_a_name_is(string byline, string[] people)
    {
        Assert.Equal(people, Read(byline).People);
    }

    [Fact]
    public void An_outlet_after_a_name_whose_first_word_opens_place_names_is_the_outlet_no_place()
    {
        var (people, organizations) = Read("By Jane Doe, Los Angeles Times");
        Assert.Equal(["Jane Doe"], people);
        Assert.Equal(["Los Angeles Times"], organizations);
    }

    [Theory]
    [InlineData("Marisa Quinlan And Derek Holt, Associated Press", new[] { "Marisa Quinlan", "Derek Holt" })]
    [InlineData("By Mark Feeney Jr.", new[] { "Mark Feeney Jr." })]
    [InlineData("By Mark Feeney Sr. and Ann Lee", new[] { "Mark Feeney Sr.", "Ann Lee" })]
    public void A_title_case_and_parts_names_and_a_generational_suffix_keeps_its_stop(string byline, string[] people)
    {
        Assert.Equal(people, Read(byline).People);
    }

    [Theory]
    [InlineData("Von Redakteurin Lea Kurz", new[] { "Lea Kurz" })]
    [InlineData("By Staff Writer Jane Doe", new[] { "Jane Doe" })]
    [InlineData("Von Online-Redakteurin Lea Kurz", new[] { "Lea Kurz" })]
    [InlineData("Von Rechtsanwältin Lea Sommerfeld", new[] { "Lea Sommerfeld" })]
    [InlineData("Par Avocate Léa Marchand", new[] { "Léa Marchand" })]
    [InlineData("Gastautor: Lisa Ungerer", new[] { "Lisa Ungerer" })]
    [InlineData("Guest author: Lisa Ungerer", new[] { "Lisa Ungerer" })]
    [InlineData("Medically reviewed by Samuel Ortiz, MD — Written by Laura Benning", new[] { "Laura Benning" })]
    [InlineData("Reporting by Hannah Lind; Editing by Paul Ferrante and Rosa Klein", new[] { "Hannah Lind" })]
    [InlineData("By Hannah Lind, edited by Paul Ferrante", new[] { "Hannah Lind" })]
    public void A_role_before_the_name_and_credits_for_other_work_are_no_part_of_the_authors(string byline, string[] people)
    {
        Assert.Equal(people, Read(byline).People);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("By")]
    [InlineData("; ")]
    [InlineData("—")]
    public void A_byline_of_a_character_or_two_gives_no_author_and_no_error(string byline) =>
        Assert.Empty(BylineParser.ParseByline(byline, null, SiteNames));

    [Theory]
    [InlineData("Quelle: dpa")]
    [InlineData("Source: Reuters")]
    public void A_source_label_before_an_agency_is_no_person(string byline)
    {
        Assert.Empty(Read(byline).People);
    }

    [Theory]
    [InlineData("<ul class=\"authors\"><li>Hugo Stein</li><li>Clara Moss</li></ul>")]
    [InlineData("<ul class=\"authors\"><li><a href=\"/a/hugo-stein\">Hugo Stein</a></li><li><a href=\"/a/clara-moss\">Clara Moss</a></li></ul>")]
    [InlineData("<div class=\"byline\">By <ul><li>Hugo Stein</li><li>Clara Moss</li></ul></div>")]
    [InlineData("<div class=\"x7k\"><span class=\"q1\">By</span><span class=\"q2\">Hugo Stein</span><span class=\"q2\">Clara Moss</span><span class=\"q3\">May 12, 2024</span></div>")]
    [InlineData("<div class=\"x7k\">\n <span>By</span><span>Hugo Stein</span><span>Clara Moss</span></div>")]
    public void A_byline_written_as_a_list_names_each_item(string byline)
    {
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tram opens</title></head><body>
            <article><h1>Tram opens</h1>{byline}<p>The tram extension will open in stages next year, starting with the section between the harbour and the campus.</p>
            <p>The second stage follows in the spring, when the depot by the river is finished and the new trams have been tested.</p></article></body></html>
            """;
        var authors = new ArticleParser().Parse(html, new Uri("https://news.example/2024/05/12/tram")).Article!.Authors;
        Assert.Equal(["Hugo Stein", "Clara Moss"], authors.Where(a => a.Kind == AuthorKind.Person).Select(a => a.Name));
    }

    [Theory]
    [InlineData("By Megan Cole - ", "Megan Cole")]
    [InlineData("Interview by Susan Clarke. This interview has been edited for length.", "Susan Clarke")]
    [InlineData("By Marcus Doe Jr. and Ann Lee", "Marcus Doe Jr.")]
    public void A_byline_ends_before_a_trailing_dash_or_the_sentence_after_it(string byline, string first)
    {
        Assert.Equal(first, Read(byline).People[0]);
    }

    [Theory]
    [InlineData("<div class=\"byline\">Edited by <a href=\"/author/owen-price/\">Owen Price</a></div>")]
    [InlineData("<div class=\"byline\">Photos by <a href=\"/author/owen-price/\">Owen Price</a></div>")]
    [InlineData("<p class=\"byline\">Translated by <a rel=\"author\" href=\"/author/owen-price/\">Owen Price</a></p>")]
    public void A_linked_name_credited_for_other_work_than_the_writing_is_no_author(string line)
    {
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tram opens</title></head><body>
            <article><h1>Tram opens</h1>{line}<p>The tram extension will open in stages next year, starting with the section between the harbour and the campus.</p>
            <p>The second stage follows in the spring, when the depot by the river is finished and the new trams have been tested.</p></article></body></html>
            """;
        Assert.Empty(new ArticleParser().Parse(html, new Uri("https://news.example/2024/05/12/tram")).Article!.Authors);
    }

    [Theory]
    [InlineData("it", "Davide Zanon · 26 novembre 2025, 18:05", "Davide Zanon")]
    [InlineData("pl", "Katarzyna Zielińska, 30 grudnia 2025", "Katarzyna Zielińska")]
    [InlineData("it", "Cronaca Locale · 26 novembre 2025, 18:05", null)]
    public void A_signature_line_of_a_name_that_opens_with_a_given_name_and_a_date_names_the_author(string language, string line, string? author)
    {
        var html = $"""
            <!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>Sciopero dei trasporti</title></head><body>
            <main><h1>Sciopero dei trasporti venerdì</h1><p class="firma">{line}</p>
            <p>Venerdì 28 novembre sarà una giornata difficile per chi si sposta in Veneto con i mezzi pubblici, per uno sciopero generale di 24 ore.</p>
            <p>A Venezia Actv ha comunicato che saranno garantite le corse nelle fasce di garanzia dalle 6 alle 9 e dalle 18 alle 21.</p></main></body></html>
            """;
        var authors = new ArticleParser().Parse(html, new Uri("https://news.example/2025/11/26/sciopero")).Article!.Authors.Select(a => a.Name);
        Assert.Equal(author is null ? [] : [author], authors);
    }

    [Fact]
    public void A_reviewer_s_group_in_the_same_byline_box_as_the_writer_s_is_no_author()
    {
        var html = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tram opens</title></head><body>
            <article><h1>Tram opens</h1><div class="mntl-bylines"><div class="mntl-bylines__group--author"><span>By</span> <a class="mntl-attribution__item-name" href="/rachel-ng">Rachel Ng</a></div><div class="mntl-bylines__group--reviewer"><span>Reviewed by</span> <a class="mntl-attribution__item-name" href="/corinne-abbott">Corinne Abbott</a></div></div>
            <p>The tram extension will open in stages next year, starting with the section between the harbour and the campus.</p>
            <p>The second stage follows in the spring, when the depot by the river is finished and the new trams have been tested.</p></article></body></html>
            """;
        Assert.Equal(["Rachel Ng"], new ArticleParser().Parse(html, new Uri("https://news.example/2024/05/12/tram")).Article!.Authors.Select(a => a.Name));
    }

    [Fact]
    public void A_byline_word_in_an_element_of_its_own_before_one_name_gives_that_name_and_stays_out_of_the_body()
    {
        var html = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tram opens</title></head><body>
            <div class="a1"><h1 class="a2">Tram opens</h1><div class="a3"><span class="a4">By</span><span class="a5">Hugo Stein</span></div>
            <p>The tram extension will open in stages next year, starting with the section between the harbour and the campus.</p>
            <p>The second stage follows in the spring, when the depot by the river is finished and the new trams have been tested.</p></div></body></html>
            """;
        var article = new ArticleParser().Parse(html, new Uri("https://news.example/2024/05/12/tram")).Article!;
        Assert.Equal("Hugo Stein", Assert.Single(article.Authors).Name);
        Assert.DoesNotContain("Stein", article.Body.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div class=\"a3\"><span>Bystander</span><span>Hugo Stein</span></div>")]
    [InlineData("<div class=\"a3\"><span>By</span><span>the river</span></div>")]
    public void An_element_that_only_starts_like_a_byline_word_or_a_word_before_lower_case_names_no_one(string line)
    {
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tram opens</title></head><body>
            <div class="a1"><h1 class="a2">Tram opens</h1>{line}
            <p>The tram extension will open in stages next year, starting with the section between the harbour and the campus.</p>
            <p>The second stage follows in the spring, when the depot by the river is finished and the new trams have been tested.</p></div></body></html>
            """;
        Assert.Empty(new ArticleParser().Parse(html, new Uri("https://news.example/2024/05/12/tram")).Article!.Authors);
    }

    private static IReadOnlyList<Author> PageAuthors(string byline, string language = "de") => new ArticleParser().Parse($"""
        <!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>Bahn streicht Züge</title></head><body>
        <article><h1>Bahn streicht Züge</h1><p class="byline">{byline}</p><p>Der Stadtrat hat beschlossen, die Sanierung des alten Hallenbads im kommenden Frühjahr zu beginnen.</p>
        <p>Die Arbeiten sollen zwei Jahre dauern, in dieser Zeit bleibt das Bad geschlossen und die Schulen nutzen das Bad der Nachbarstadt.</p></article></body></html>
        """, new Uri("https://news.example/2024/05/12/bahn")).Article!.Authors;

    [Theory]
    [InlineData("Von dpa", "dpa")]
    [InlineData("Von Reuters", "Reuters")]
    [InlineData("Von Redaktion", "Redaktion")]
    [InlineData("Von Redaktion Gelbe Liste Stand: 12.03.2021", "Redaktion Gelbe Liste")]
    [InlineData("By Bernama", "Bernama")]
    [InlineData("NAN", "NAN")]
    [InlineData("ANI", "ANI")]
    [InlineData("Von APA", "APA")]
    public void A_byline_that_names_only_an_agency_or_the_newsroom_gives_it_as_the_author(string byline, string organization)
    {
        var authors = PageAuthors(byline);
        Assert.Equal([organization], authors.Select(a => a.Name));
        Assert.Equal(AuthorKind.Organization, authors[0].Kind);
    }

    [Theory]
    [InlineData("Von Admin")]
    [InlineData("Von Webmaster")]
    [InlineData("By admin")]
    [InlineData("<span class=\"screen-reader-text\">Post author:</span><a href=\"/author/x/\" rel=\"author\">admin</a>")]
    public void A_byline_that_names_only_an_account_gives_no_author(string byline)
    {
        Assert.Empty(PageAuthors(byline));
    }

    [Theory]
    [InlineData("de", "<div class=\"field field--name-field-autor\"><div class=\"field__item\">Jana Roth, Redakteurin</div></div>", "Jana Roth")]
    [InlineData("es", "<div class=\"field--name-field-autor\"><div class=\"field__label\">Autor</div><div class=\"field__item\">Lucía Navarro</div></div>", "Lucía Navarro")]
    [InlineData("fr", "<span class=\"auteur\">Claire Dubois</span>", "Claire Dubois")]
    public void A_byline_named_in_the_page_s_language_names_the_author(string language, string byline, string name)
    {
        var html = $"""
            <!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>Hallenbad</title></head><body>
            <article><h1>Sanierung des Hallenbads beginnt</h1>{byline}<p>Der Stadtrat hat beschlossen, die Sanierung des alten Hallenbads im kommenden Frühjahr zu beginnen.</p>
            <p>Die Arbeiten sollen zwei Jahre dauern, in dieser Zeit bleibt das Bad geschlossen und die Schulen nutzen das Bad der Nachbarstadt.</p></article></body></html>
            """;
        var authors = new ArticleParser().Parse(html, new Uri("https://news.example/2024/05/12/bad")).Article!.Authors;
        Assert.Equal([name], authors.Select(a => a.Name));
    }

    [Fact]
    public void A_credit_label_that_says_what_it_credits_is_no_part_of_the_name() =>
        Assert.Equal(["Jane Doe"], PageAuthors("<span class=\"screen-reader-text\">Post author:</span><a href=\"/author/jane/\" rel=\"author\">Jane Doe</a>", "en").Select(a => a.Name));

    [Fact]
    public void A_generic_account_that_json_ld_and_the_byline_agree_on_is_no_author()
    {
        var authors = new ArticleParser().Parse("""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Month-End Close in Three Days</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Month-End Close in Three Days","author":{"@type":"Person","name":"admin"}}</script></head><body>
            <article><h1>Month-End Close in Three Days</h1><p class="byline">By admin</p><p>Most small finance teams take seven to ten business days to close the books at the end of the month.</p>
            <p>Reconcile bank and card accounts weekly instead of monthly, and the month-end reconciliation is only a last check.</p></article></body></html>
            """, new Uri("https://books.example/blog/close")).Article!.Authors;
        Assert.Empty(authors);
    }

    [Fact]
    public void Joomlas_default_account_name_is_no_author()
    {
        var authors = new ArticleParser().Parse("""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Neue Öffnungszeiten</title></head><body>
            <div class="item-page"><h2 itemprop="headline">Neue Öffnungszeiten</h2><dl class="article-info"><dd class="createdby" itemprop="author">
            <span itemprop="name">Super User</span></dd></dl><div itemprop="articleBody"><p>Ab dem ersten Januar ist unser Büro montags bis freitags von acht bis sechzehn Uhr für Sie erreichbar.</p>
            <p>Termine außerhalb dieser Zeiten vereinbaren Sie bitte telefonisch oder über das Kontaktformular auf dieser Seite.</p></div></div></body></html>
            """, new Uri("https://verein.example/aktuelles/oeffnungszeiten")).Article!.Authors;
        Assert.Empty(authors);
    }

    [Theory]
    [InlineData("/penulis/hafiz-yusof")]
    [InlineData("/wartawan/hafiz-yusof")]
    [InlineData("/tac-gia/hafiz-yusof")]
    public void A_lone_link_to_an_author_page_under_a_local_word_is_the_byline(string path)
    {
        // A React site's hashed classes name nothing; the link's address says it leads to the writer's page.
        var authors = new ArticleParser().Parse($"""
            <!doctype html><html lang="ms"><head><meta charset="utf-8"><title>Mahkamah tolak permohonan</title></head><body>
            <div class="sc-9xq2a1-1 dEfPlm"><h1 class="sc-9xq2a1-3 cXmNbz">Mahkamah tolak permohonan</h1>
            <div class="sc-9xq2a1-4 gHuTkP"><a href="{path}" class="sc-9xq2a1-5 lZaVnS">Hafiz Yusof</a></div>
            <div class="sc-qr8tk1-0 kQpLmZ"><p>Mahkamah Sesyen Shah Alam hari ini menolak permohonan seorang bekas exco untuk menangguhkan perbicaraan kes rasuah.</p>
            <p>Perbicaraan ditetapkan bermula pada 18 Januari tahun depan dengan 14 saksi pendakwaan dijangka dipanggil memberi keterangan.</p></div></div></body></html>
            """, new Uri("https://berita.example/berita/mahkamah")).Article!.Authors;
        Assert.Equal(["Hafiz Yusof"], authors.Select(a => a.Name));
    }

    [Theory]
    [InlineData("sv", "Anna Svensson Publicerad 2025-11-05")]
    [InlineData("nl", "Anna Svensson Gepubliceerd 5 november 2025")]
    [InlineData("cs", "Anna Svensson Publikováno 5. listopadu 2025")]
    [InlineData("fi", "Anna Svensson Julkaistu 5.11.2025")]
    public void A_date_label_between_the_name_and_its_date_is_no_part_of_the_name(string language, string byline) =>
        Assert.Equal(["Anna Svensson"], PageAuthors(byline, language).Select(a => a.Name));

    [Fact]
    public void A_line_that_opens_with_a_time_element_then_names_the_author_is_a_byline()
    {
        // Contao's news reader: "<p class=info><time>...</time> von NAME</p>", a class that names no byline.
        var authors = new ArticleParser().Parse("""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Ehrenamtspreis verliehen</title></head><body>
            <div class="mod_newsreader"><div class="layout_full"><h1>Ehrenamtspreis verliehen</h1><p class="info"><time datetime="2023-11-27T19:30:00+01:00">27.11.2023</time> von Sabine Krämer</p>
            <div class="ce_text"><p>Der Stadtrat hat beschlossen, die Sanierung des alten Hallenbads im kommenden Frühjahr zu beginnen.</p>
            <p>Die Arbeiten sollen zwei Jahre dauern, in dieser Zeit bleibt das Bad geschlossen und die Schulen nutzen das Bad der Nachbarstadt.</p></div></div></div></body></html>
            """, new Uri("https://verein.example/news/ehrenamtspreis")).Article!.Authors;
        Assert.Equal(["Sabine Krämer"], authors.Select(a => a.Name));
    }

    [Theory]
    [InlineData("Bundesministerium für Wirtschaft und Klimaschutz")]
    [InlineData("Department of Health and Human Services")]
    [InlineData("Ministry of Agriculture and Rural Development")]
    [InlineData("Ministerie van Infrastructuur en Waterstaat")]
    public void An_institutions_name_joined_with_and_is_one_organization(string byline)
    {
        var (people, organizations) = Read(byline);
        Assert.Empty(people);
        Assert.Equal([byline], organizations);
    }

    [Theory]
    [InlineData("By Dr Ines Beispiel, Senior Objects Conservator")]
    [InlineData("By Ines Beispiel, Head of Collections Care")]
    [InlineData("Ines Beispiel, Chief Curator")]
    public void After_a_name_a_part_that_opens_with_a_rank_is_the_names_title(string byline)
    {
        var (people, _) = Read(byline);
        Assert.Equal(["Ines Beispiel"], people);
    }

    [Theory]
    [InlineData("By Office of Communications")]
    [InlineData("Par Service communication")]
    [InlineData("par Équipe Marketing")]
    public void An_offices_or_a_teams_byline_names_no_person(string byline)
    {
        var (people, organizations) = Read(byline);
        Assert.Empty(people);
        Assert.Single(organizations);
    }

    [Theory]
    [InlineData("Web Desk")]
    [InlineData("National Geographic")]
    [InlineData("Reuters")]
    public void Beside_the_people_the_byline_shows_a_declared_agency_desk_or_outlet_is_no_author(string declared)
    {
        var authors = new ArticleParser().Parse($$"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge reopens</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bridge reopens","author":[{"@type":"Person","name":"Kara Singh"},{"@type":"Organization","name":"{{declared}}"}]}</script></head><body>
            <article><h1>Bridge reopens</h1><p class="byline">By Kara Singh</p><p>The council voted on Tuesday to reopen the harbour bridge next month, after engineers finished the repairs.</p>
            <p>Commuters who had spent the closure on crowded ferries welcomed the news, although several said they had been warned too late.</p></article></body></html>
            """, new Uri("https://news.example/bridge")).Article!.Authors;
        Assert.Equal(["Kara Singh"], authors.Select(a => a.Name));
    }

    [Theory]
    [InlineData("<a href=\"/autores/marta-saiz/\">Marta Saiz</a></div><div>Lunes, 14 de julio de 2025, 13:20", "es")]
    [InlineData("by <a href=\"/authors/nell-whitcombe\">Nell Whitcombe</a> <span>Jan 28, 2025</span>", "en")]
    [InlineData("<a href=\"/autoren/nell-whitcombe\">Nell Whitcombe</a>", "de")]
    public void A_bare_link_to_an_author_page_under_a_plural_segment_names_the_author(string byline, string language)
    {
        // Hashed names: only the link's address says it is the author's page (/autores/, /authors/, /autoren/).
        var authors = new ArticleParser().Parse($"""
            <!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>Bahn streicht Züge</title></head><body>
            <div class="j1"><h1 class="j2">Bahn streicht Züge</h1><div class="j3"><div class="j4">{byline}</div></div>
            <div class="j5"><p>Der Stadtrat hat beschlossen, die Sanierung des alten Hallenbads im kommenden Frühjahr zu beginnen.</p>
            <p>Die Arbeiten sollen zwei Jahre dauern, in dieser Zeit bleibt das Bad geschlossen und die Schulen nutzen das Bad der Nachbarstadt.</p></div></div></body></html>
            """, new Uri("https://news.example/2024/05/12/bahn")).Article!.Authors;
        Assert.Single(authors);
        Assert.Contains(authors[0].Name, new[] { "Marta Saiz", "Nell Whitcombe" });
    }

    [Fact]
    public void A_name_the_byline_shows_keeps_the_declared_persons_author_page()
    {
        var author = Assert.Single(new ArticleParser().Parse("""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Bahn streicht Züge</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bahn streicht Züge","author":{"@type":"Person","name":"Isabell Angele","url":"https://news.example/team/isabell/"}}</script></head><body>
            <article><h1>Bahn streicht Züge</h1><p class="byline">Von Isabell Angele</p><p>Der Stadtrat hat beschlossen, die Sanierung des alten Hallenbads im kommenden Frühjahr zu beginnen.</p>
            <p>Die Arbeiten sollen zwei Jahre dauern, in dieser Zeit bleibt das Bad geschlossen und die Schulen nutzen das Bad der Nachbarstadt.</p></article></body></html>
            """, new Uri("https://news.example/2024/05/12/bahn")).Article!.Authors);
        Assert.Equal("Isabell Angele", author.Name);
        Assert.Equal(new Uri("https://news.example/team/isabell/"), author.Url);
    }

    [Theory]
    [InlineData("Posted by Yusuf Demirci on 19 August 2025 &middot; <a href=\"/tags/c/\">c</a>", "Yusuf Demirci")]
    [InlineData("Posted by Kaito Ishikawa on 19 August 2025 &middot; <a href=\"/tags/ai/\">ai</a>", "Kaito Ishikawa")]
    [InlineData("Posted by Yusuf Demirci &middot; <a href=\"/tags/linux/\">linux</a>", "Yusuf Demirci")]
    public void A_tag_link_on_the_byline_line_takes_no_letters_from_the_name(string line, string name)
    {
        var authors = new ArticleParser().Parse($"""
            <html><head><title>Fuzzing</title></head><body><h1>Fuzzing our PDF parser found 23 bugs</h1>
            <p>{line}</p>
            <p>Our document viewer still contains a PDF parser that was written in C in 2010. It has been reviewed many times, it has a test suite of about 4,000 files, and it had never been fuzzed.</p><p>It was not fine. Between Friday evening and Monday morning, libFuzzer running on 64 cores produced 311 crashing inputs.</p></body></html>
            """).Article!.Authors;
        Assert.Equal(name, Assert.Single(authors).Name);
    }

    [Theory]
    [InlineData("By Sofia Lindgren, Senior Researcher, and Kaspars Ozoliņš, Research Assistant")]
    [InlineData("By Sofia Lindgren, Associate Fellow, and Kaspars Ozoliņš, Junior Policy Analyst")]
    public void Job_titles_after_each_name_are_no_authors(string byline)
    {
        Assert.Equal(["Sofia Lindgren", "Kaspars Ozoliņš"], Read(byline).People);
    }
}
