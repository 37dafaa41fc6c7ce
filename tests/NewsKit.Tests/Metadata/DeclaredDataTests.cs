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
    public void An_author_named_beside_its_reference_takes_the_type_of_the_node_it_refers_to()
    {
        // Yoast writes the author as a name and an @id; the node of that id says the site stands for a person.
        var graph = """
            <meta property="og:site_name" content="Anna"><script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
              {"@type": "Article", "@id": "https://anna.example/bridge/#article", "headline": "Bridge reopens", "author": {"name": "Anna", "@id": "https://anna.example/#/schema/person/1"}},
              {"@type": ["Person", "Organization"], "@id": "https://anna.example/#/schema/person/1", "name": "Anna"}]}</script>
            """;
        var author = Assert.Single(Parse(graph, "<p>Written by Anna</p>").Authors);
        Assert.Equal(("Anna", AuthorKind.Person), (author.Name, author.Kind));
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
        // The post's footer is the article's own (its author item is the article's): its "Posted by" line is the byline shown.
        Assert.Equal(ValueSource.VisibleText, article.Sources[ArticleField.Authors]);

        var comment = Post("""<div itemprop="comment" itemscope itemtype="http://schema.org/Comment"><span itemprop="author">Tom Muster</span>: Great news!</div>""");
        Assert.Empty(comment.Authors);
    }

    [Theory]
    [InlineData("<div class=\"Byline-module__authorNames\"></div>", "Dana Ofori-Atta")]
    [InlineData("<div class=\"byline\"><span class=\"author-name\">\n</span></div>", "Dana Ofori-Atta")]
    [InlineData("<div class=\"meta\"></div>", null)]
    [InlineData("", null)]
    public void A_declared_author_the_page_does_not_show_counts_only_beside_an_empty_byline_slot(string slot, string? expected)
    {
        // A page whose script writes the byline into an empty slot by the headline shows its declared author once it runs;
        // without such a slot, an unshown declared name is the account that uploaded the story.
        const string author = """<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bridge reopens", "author": [{"@type": "Person", "name": "Dana Ofori-Atta", "url": "https://news.example/authors/dofori-atta"}]}</script>""";
        var article = Parse(author, slot);
        Assert.Equal(expected is null ? [] : [expected], article.Authors.Select(a => a.Name).ToArray());
    }

    [Fact]
    public void Every_author_card_of_a_row_built_alike_is_read_with_the_first()
    {
        // A documentation site's blog: each author's microdata card in a column of its own, the row under the headline.
        static string Card(string name, string role) =>
            $"""<div class="col authorCol"><div class="avatar"><div class="avatar__intro" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="avatar__name"><a href="https://code.example/{name[..4]}" itemprop="url"><span itemprop="name">{name}</span></a></div><small class="avatar__subtitle" itemprop="description">{role}</small></div></div></div>""";
        var article = Parse(string.Empty, $"""<div class="row">{Card("Kaisa Beispiel", "Core maintainer")}{Card("Magnus Muster", "Storage lead")}</div>""");
        Assert.Equal(["Kaisa Beispiel", "Magnus Muster"], article.Authors.Select(a => a.Name).ToArray());
    }

    [Theory]
    [InlineData("sc-author-role")]
    [InlineData("author__jobTitle")]
    [InlineData("author-designation")]
    public void The_title_beside_an_authors_name_in_an_element_named_as_a_role_is_no_author(string roleClass)
    {
        var article = Parse(string.Empty, $"""<div class="sc-author"><a class="sc-author-name" href="/author/ann-beispiel">Ann Beispiel</a><span class="{roleClass}">Social Affairs Correspondent</span></div>""");
        Assert.Equal(["Ann Beispiel"], article.Authors.Select(a => a.Name).ToArray());
    }

    [Theory]
    [InlineData("""<div data-testid="byline-contributors"><div><span>Aoife Ní Bheachain</span><div><span>Ireland correspondent</span></div></div></div>""", "Aoife Ní Bheachain")]
    [InlineData("""<div class="byline-block"><div><span>By Ann Beispiel</span><div>Vale Scotland environment and energy correspondent</div></div></div>""", "Ann Beispiel")]
    [InlineData("""<div data-component="Byline"><p>By <a href="/news/huong-tran/4411">Hương Trần</a></p><p>Vale News</p></div>""", "Hương Trần")]
    public void A_role_or_outlet_in_a_block_under_the_name_is_not_read_as_words_of_the_name(string byline, string expected)
    {
        var article = Parse(string.Empty, byline);
        Assert.Equal([expected], article.Authors.Where(a => a.Kind == AuthorKind.Person).Select(a => a.Name).ToArray());
    }

    [Fact]
    public void A_role_in_an_element_named_as_one_beside_the_name_is_not_read_as_words_of_the_name()
    {
        var article = Parse(string.Empty, """<div class="byline"><span class="byline-contributor">By Emma Beispiel</span><span class="byline-role">Vale football writer at the stadium</span></div>""");
        Assert.Equal(["Emma Beispiel"], article.Authors.Where(a => a.Kind == AuthorKind.Person).Select(a => a.Name).ToArray());
    }

    [Theory]
    [InlineData("Text: Marlene Beispiel, Fotos und Videos: Lukas Muster", new[] { "Marlene Beispiel", "Lukas Muster" }, new[] { "Marlene Beispiel", "Lukas Muster" })]
    [InlineData("By Ann Beispiel Jr.", new[] { "Ann Beispiel" }, new[] { "Ann Beispiel Jr." })]
    [InlineData("By Ann Beispiel and Tom Muster", new[] { "Ann Beispiel" }, new[] { "Ann Beispiel", "Tom Muster" })]
    public void A_shown_name_that_holds_a_declared_persons_name_and_more_words_is_the_declared_name(string byline, string[] declared, string[] expected)
    {
        var people = string.Join(", ", declared.Select(d => $$"""{"@type": "Person", "name": "{{d}}"}"""));
        var article = Parse($$"""<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bridge reopens", "author": [{{people}}]}</script>""",
            $"""<p class="byline">{byline}</p>""");
        Assert.Equal(expected, article.Authors.Where(a => a.Kind == AuthorKind.Person).Select(a => a.Name).ToArray());
    }

    [Theory]
    [InlineData("Photographs")]
    [InlineData("Fotos:")]
    public void A_photographers_credit_beside_the_writers_byline_names_no_author(string label)
    {
        var article = Parse(string.Empty, $"""<div class="story__meta"><span class="story__byline">Words <a href="/contributors/sofia-beispiel">Sofia Beispiel</a></span> <span class="story__byline">{label} <a href="/contributors/rui-muster">Rui Muster</a></span></div>""");
        Assert.Equal(["Sofia Beispiel"], article.Authors.Select(a => a.Name).ToArray());
    }

    [Fact]
    public void Scholar_citation_authors_written_surname_first_are_one_person_each()
    {
        var article = Parse("""<meta name="citation_author" content="Achterberg, Helen"><meta name="citation_author" content="Feld, Marcus J.">""",
            "<p class=\"authors\">Helen Achterberg and Marcus J. Feld</p>");
        Assert.Equal(["Helen Achterberg", "Marcus J. Feld"], article.Authors.Where(a => a.Kind == AuthorKind.Person).Select(a => a.Name).ToArray());
    }

    [Fact]
    public void A_single_word_after_an_outlet_in_the_author_meta_is_its_town_not_a_person()
    {
        var article = Parse("""<meta name="author" content="Vale Courier Media, Lowbridge, Germany">""", "<p class=\"dateline\">Lowbridge</p>");
        Assert.DoesNotContain(article.Authors, a => a.Kind == AuthorKind.Person);
    }

    [Theory]
    [InlineData("<figure><img src=\"/bridge.jpg\" alt=\"\"><figcaption>The bridge at dawn <span class=\"figure__author\">Tom Muster</span></figcaption></figure>")]
    [InlineData("<figure><div class=\"video\"></div><p class=\"mediaBox__copyright text__byline\">Bild © Tom Muster</p></figure>")]
    public void A_credit_in_a_pictures_figure_is_no_byline(string figure)
    {
        var article = Parse("""<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bridge reopens", "author": {"@type": "Person", "name": "Dana Beispiel"}}</script>""",
            figure + """<p class="byline">By <a href="/author/dana-beispiel">Dana Beispiel</a></p>""");
        Assert.Equal(["Dana Beispiel"], article.Authors.Select(a => a.Name).ToArray());
    }

    [Fact]
    public void HTML_entities_in_JSON_LD_strings_are_decoded()
    {
        var article = Parse("""<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bridge reopens", "keywords": "Roads &amp; Bridges, Council", "publisher": {"@type": "Organization", "name": "The Vale &amp; Dale Courier"}}</script>""");
        Assert.Equal(["Roads & Bridges", "Council"], article.Tags);
        Assert.Equal("The Vale & Dale Courier", article.SiteName);
    }

    [Theory]
    [InlineData("https://news.example/2023/10/bridge-reopens", "")]
    [InlineData(null, "")]
    [InlineData(null, "<link rel=\"canonical\" href=\"https://news.example/2023/10/bridge-reopens\">")]
    public void A_teaser_modules_article_written_before_the_pages_own_gives_none_of_its_values(string? url, string canonical)
    {
        var html = $$"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge reopens</title>{{canonical}}
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Car park charges to rise", "datePublished": "2023-09-12T07:00:00-05:00", "keywords": "Parking", "url": "https://news.example/2023/09/car-park"}</script>
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bridge reopens", "datePublished": "2023-10-04T08:15:00-05:00", "keywords": "Bridges", "mainEntityOfPage": "https://news.example/2023/10/bridge-reopens"}</script>
            </head><body><article><h1>Bridge reopens</h1><p>{{Paragraph}}</p><p>{{Paragraph}}</p><p>{{Paragraph}}</p></article></body></html>
            """;
        var article = new ArticleParser().Parse(html, url is null ? null : new Uri(url)).Article!;
        Assert.Equal(new LocalDate(2023, 10, 4), article.Dateline.Published!.Date);
        Assert.Equal(["Bridges"], article.Tags);
    }

    [Theory]
    [InlineData("<div vocab=\"http://schema.org/\" typeof=\"NewsArticle\">", "<span property=\"author\" typeof=\"Person\"><span property=\"name\">Jonas Keller</span></span>")]
    [InlineData("<div typeof=\"schema:NewsArticle\">", "<span property=\"schema:author\" typeof=\"schema:Person\"><span property=\"schema:name\">Birgit Leitner</span></span>")]
    public void An_RDFa_author_of_the_article_item_is_read(string open, string author)
    {
        var article = new ArticleParser().Parse($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge reopens</title></head><body>
            {open}<h1 property="headline">Bridge reopens</h1><p class="meta">{author} · 4 October 2023</p><p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p></div></body></html>
            """).Article!;
        Assert.Equal(author.Contains("Jonas", StringComparison.Ordinal) ? "Jonas Keller" : "Birgit Leitner", Assert.Single(article.Authors).Name);
    }

    [Fact]
    public void Parse_ly_page_tags_are_read()
    {
        var article = Parse("""<meta name="parsely-page" content='{"title": "Bridge reopens", "pub_date": "2023-10-04T08:15:00Z", "tags": ["Bridges", "Council"]}'>""");
        Assert.Equal(["Bridges", "Council"], article.Tags);
    }

    [Theory]
    [InlineData("<p class=\"tags-links\">Tags: <a href=\"/tag/bridges/\" rel=\"tag\">Bridges</a>, <a href=\"/tag/council/\" rel=\"tag\">Council</a></p><p>Filed under <a href=\"/category/news/\" rel=\"category tag\">News</a></p>", new[] { "Bridges", "Council" })]
    [InlineData("<p>Filed under <a href=\"/category/news/\" rel=\"category tag\">News</a></p>", new string[0])]
    public void The_tag_links_of_the_articles_own_element_are_its_tags_when_nothing_declares_any(string links, string[] tags)
    {
        Assert.Equal(tags, Parse(string.Empty, links).Tags);
        var cloud = string.Concat(Enumerable.Range(1, 40).Select(i => $"<a href=\"/tag/t{i}/\" rel=\"tag\">Topic {i}</a> "));
        Assert.Empty(Parse(string.Empty, "<div class=\"cloud\">" + cloud + "</div>").Tags);
    }
}
