using NewsKit.Models;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// A byline written as a list of contributors, each with a role: the writers are the authors; a photographer, whether the
/// role stands after the name ("Fotograf") or a label before it ("Kuvat"), is not. An agency named by a link to its
/// author page is an organization, not a person.
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
}
