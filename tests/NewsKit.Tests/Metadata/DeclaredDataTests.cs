using NewsKit.Models;
using NewsKit.Timestamps;
using NodaTime;

namespace NewsKit.Tests.Metadata;

/// <summary>Declared data the page writes for machines is read wherever the page writes it. Pages written for these tests.</summary>
public sealed class DeclaredDataTests
{
    private const string Paragraph = "The council voted on Tuesday to reopen the harbour bridge next month, after engineers finished the repairs to its cables.";

    private static Article Parse(string head, string body = "") => new ArticleParser().Parse($"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge reopens</title>{head}</head><body>
        <article><h1>Bridge reopens</h1>{body}<p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
        """).Article!;

    [Theory]
    [InlineData("<script>")]
    [InlineData("<script type=\"\">")]
    public void JSON_LD_in_a_script_without_its_type_is_read(string open)
    {
        var article = Parse(open + """{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bridge reopens", "datePublished": "2022-01-28T06:00:00+01:00"}</script>""");
        var published = Assert.IsType<Timestamp>(article.Dateline.Published);
        Assert.Equal(new LocalDate(2022, 1, 28), published.Date);
        Assert.Equal(TimestampSource.JsonLd, published.Source);
    }

    [Fact]
    public void The_characters_replaced_in_JSON_LD_that_fails_to_parse_are_the_control_characters()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.Equal(char.IsControl(c), NewsKit.Metadata.JsonLdGraph.ControlCharacters.Contains(c));
        }
    }

    [Fact]
    public void JSON_LD_with_a_raw_line_break_inside_a_string_is_read()
    {
        var article = Parse("<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"Bridge\nreopens\", \"datePublished\": \"2022-01-28T06:00:00+01:00\"}</script>");
        Assert.Equal(new LocalDate(2022, 1, 28), Assert.IsType<Timestamp>(article.Dateline.Published).Date);
    }

    [Fact]
    public void A_script_of_code_that_mentions_a_context_is_not_read_as_data()
    {
        var article = Parse("""<script>var config = {"@context": "x", "datePublished": "2022-01-28"}; start(config);</script>""");
        Assert.Null(article.Dateline.Published);
    }

    [Theory]
    [InlineData("\"https://www.example.com/authors/jane-doe\"")]
    [InlineData("{\"@type\": \"Person\", \"name\": \"https://www.example.com/authors/jane-doe\"}")]
    public void A_declared_author_that_is_a_web_address_names_no_one(string author)
    {
        var article = Parse("<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"Bridge reopens\", \"author\": " + author + "}</script>");
        Assert.Empty(article.Authors);
    }

    [Fact]
    public void An_author_typed_person_and_organization_is_the_person_the_site_stands_for()
    {
        var graph = """
            <meta property="og:site_name" content="Anna Berg"><script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
              {"@type": "Article", "@id": "https://anna-berg.example/bridge/#article", "headline": "Bridge reopens", "author": {"@id": "https://anna-berg.example/#/schema/person/1"}, "publisher": {"@id": "https://anna-berg.example/#/schema/person/1"}},
              {"@type": ["Person", "Organization"], "@id": "https://anna-berg.example/#/schema/person/1", "name": "Anna Berg"}]}</script>
            """;
        var author = Assert.Single(Parse(graph, "<p class=\"byline\">Anna Berg</p>").Authors);
        Assert.Equal(new Author("Anna Berg", AuthorKind.Person), author with { Url = null });

        var outlet = Assert.Single(Parse("""<meta property="og:site_name" content="Harbour Post"><script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bridge reopens", "author": {"@type": "Person", "name": "Harbour Post"}}</script>""").Authors);
        Assert.Equal(AuthorKind.Organization, outlet.Kind);
    }

    [Fact]
    public void The_article_item_s_microdata_author_in_the_post_footer_is_the_author_and_a_comment_s_is_not()
    {
        static Article Post(string footer) => new ArticleParser().Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge reopens</title></head><body>
            <div class="post hentry" itemscope itemtype="http://schema.org/BlogPosting">
            <h3 class="post-title" itemprop="name">Bridge reopens</h3>
            <div class="post-body" itemprop="articleBody"><p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p></div>
            <div class="post-footer">{footer}</div></div></body></html>
            """).Article!;

        var article = Post("""<span class="post-author vcard">Posted by <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Elena Beispiel</span></span></span>""");
        Assert.Equal(new Author("Elena Beispiel", AuthorKind.Person), Assert.Single(article.Authors) with { Url = null });
        Assert.Equal(ValueSource.Microdata, article.Sources[ArticleField.Authors]);

        var comment = Post("""<div itemprop="comment" itemscope itemtype="http://schema.org/Comment"><span itemprop="author">Tom Muster</span>: Great news!</div>""");
        Assert.Empty(comment.Authors);
    }
}
