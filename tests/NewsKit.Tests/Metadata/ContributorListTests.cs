using NewsKit.Models;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// A byline written as a list of contributors, each with a role: the writers are the authors; a photographer, whether the
/// role stands after the name ("Fotograf") or a label before it ("Kuvat"), is not. An agency named by a link to its
/// author page is an organization, not a person. A byline region's own title, role lines and affiliations name nobody;
/// the "and" Arabic and Hebrew join to the next name parts two names.
/// </summary>
public sealed class ContributorListTests
{
    private const string Story = """
        <div class="article-body">
        <p>The ferry made its last crossing of the sound on Wednesday morning, forty-one years after its first one, with a full deck of cars and a few regular passengers.</p>
        <p>From Thursday the island is reached by the new bridge, which the road authority opened after four years of building and two winters of delays.</p>
        <p>The captain said he would miss the early mornings most, when the water is still and the gulls follow the ship out of the harbour.</p>
        </div>
        """;

    private static string Page(string language, string byline) =>
        $"""
        <!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>The last ferry</title></head><body>
        <article><h1>The last ferry</h1>{byline}{Story}</article></body></html>
        """;

    private static Author[] Authors(string html) => [.. new ArticleParser().Parse(html).Article!.Authors];

    [Theory]
    [InlineData("nb", "Journalist", "Fotograf")]
    [InlineData("sv", "Reporter", "Fotograf")]
    [InlineData("fi", "toimittaja", "kuvaaja")]
    [InlineData("en", "Reporter", "Photographer")]
    public void A_contributor_whose_role_after_the_name_is_photographer_is_no_author(string language, string writer, string photographer)
    {
        var html = Page(language, $"""
            <div class="author-list">
             <div class="author"><a class="author__name" href="/ingrid-hauge">Ingrid Hauge</a><span class="author__role">{writer}</span></div>
             <div class="author"><a class="author__name" href="/tor-kvamme">Tor Kvamme</a><span class="author__role">{writer}</span></div>
             <div class="author"><span class="author__name">Marit Fossheim</span><span class="author__role">{photographer}</span></div>
            </div>
            """);
        Assert.Equal(["Ingrid Hauge", "Tor Kvamme"], Authors(html).Select(a => a.Name));
    }

    [Theory]
    [InlineData("fi", "Teksti", "Kuvat")]
    [InlineData("de", "Text", "Fotos")]
    [InlineData("en", "Words", "Photographs")]
    public void A_contributor_labelled_as_photographer_before_the_name_is_no_author(string language, string words, string pictures)
    {
        var html = Page(language, $"""
            <div class="article-byline">
             <div class="byline-item"><span class="byline-role">{words}</span> <a class="byline-name" href="/haku/saska-saarikoski">Saska Saarikoski</a></div>
             <div class="byline-item"><span class="byline-role">{pictures}</span> <span class="byline-name">Meeri Utti</span></div>
            </div>
            """);
        Assert.Equal(["Saska Saarikoski"], Authors(html).Select(a => a.Name));
    }

    [Fact]
    public void A_name_whose_item_says_more_than_a_photographer_label_stays_an_author()
    {
        var html = Page("en", """
            <div class="author-list">
             <div class="author"><span class="author__name">Marit Fossheim</span><span class="author__role">Photographer and reporter</span></div>
            </div>
            """);
        Assert.Equal(["Marit Fossheim"], Authors(html).Select(a => a.Name));
    }

    [Fact]
    public void An_agency_named_by_a_link_to_its_author_page_is_an_organization()
    {
        var html = Page("pt", """<div class="meta-author"><span class="meta-text">por</span> <a href="/author/lusa/">Lusa</a></div>""");
        Assert.DoesNotContain(Authors(html), a => a.Kind == AuthorKind.Person);
    }

    [Fact]
    public void A_byline_regions_title_and_its_role_line_name_nobody()
    {
        // A broadcaster's template: a heading a screen reader reads names the region; "Author," and "Role," label the lines.
        var html = Page("en", """
            <section role="region" aria-labelledby="article-byline" data-e2e="byline"><h2 id="article-byline" class="x1a3w">Article information</h2>
            <ul role="list"><li><span class="x1a3w">Author, </span><span>Maryam Afshar</span></li>
            <li><span class="x1a3w">Role, </span><span>Persian Service</span></li></ul></section>
            """);
        Assert.Equal(["Maryam Afshar"], Authors(html).Select(a => a.Name));
    }

    [Theory]
    [InlineData("en", "by Eleanor Pike, University of Exeter", "Eleanor Pike")]
    [InlineData("de", "Von Jana Beispiel, Universität Leipzig", "Jana Beispiel")]
    [InlineData("de", "Ein Bericht von Friederike Wolff", "Friederike Wolff")]
    [InlineData("ur", "رپورٹ: ثنا بتول", "ثنا بتول")]
    public void An_institution_after_a_name_and_a_lead_in_phrase_are_no_authors(string language, string line, string author)
    {
        var html = Page(language, $"""<p class="article-byline">{line}</p>""");
        Assert.Equal([author], Authors(html).Select(a => a.Name));
    }

    [Theory]
    [InlineData("ar", "كتب أحمد عبد الرحمن ومحمد سالم", new[] { "أحمد عبد الرحمن", "محمد سالم" })]
    [InlineData("ar", "كتب أحمد عبد الرحمن ووليد سالم", new[] { "أحمد عبد الرحمن", "وليد سالم" })]
    [InlineData("he", "מאת רונית בר ודני כהן", new[] { "רונית בר", "דני כהן" })]
    public void The_and_joined_to_the_next_name_parts_two_names(string language, string line, string[] authors)
    {
        var html = Page(language, $"""<p class="article-byline">{line}</p>""");
        Assert.Equal(authors, Authors(html).Where(a => a.Kind == AuthorKind.Person).Select(a => a.Name));
    }

    [Fact]
    public void A_name_that_begins_with_the_letter_of_and_is_one_name()
    {
        var html = Page("ar", """<p class="article-byline">كتب وليد عبد الرحمن</p>""");
        Assert.Equal(["وليد عبد الرحمن"], Authors(html).Select(a => a.Name));
    }

    [Fact]
    public void A_lead_in_phrase_in_its_own_span_is_no_author()
    {
        var html = Page("de", """
            <div class="authors"><span class="authors__intro">Ein Bericht von</span> <span class="authors__name"><a href="/author/friederike-wolff/" rel="author">Friederike Wolff</a></span>
            <span class="authors__intro">veröffentlicht am</span> <time datetime="2025-12-02 12:01">2. Dezember 2025, 12:01 Uhr</time></div>
            """);
        Assert.Equal(["Friederike Wolff"], Authors(html).Select(a => a.Name));
    }
}
