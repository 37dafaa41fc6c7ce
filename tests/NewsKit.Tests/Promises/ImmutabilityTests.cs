using System.Collections;
using System.Globalization;
using NewsKit.Models;
using NewsKit.Timestamps;

namespace NewsKit.Tests.Promises;

/// <summary>The models are immutable in fact, not only in their declared types, and compare by value.</summary>
public sealed class ImmutabilityTests
{
    private static readonly byte[] Seed = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Seed", "seed-rendered.html"));

    private static Article ParseSeed()
    {
        var result = ArticleParser.Default.Parse(Seed, new Uri("https://www.newsroom.example/world/story"));
        Assert.True(result.Success, result.ToString());
        return result.Article;
    }

    [Fact]
    public void Two_parses_of_the_same_page_are_equal_with_equal_hash_codes()
    {
        var first = ParseSeed();
        var second = ParseSeed();

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(first.Body.GetHashCode(), second.Body.GetHashCode());
    }

    [Fact]
    public void Articles_that_differ_in_a_list_item_are_not_equal()
    {
        var article = ParseSeed();

        Assert.NotEqual(article, article with { Tags = [.. article.Tags, "extra"] });
        Assert.NotEqual(article, article with { Authors = [new Author("Someone Else")] });
        Assert.NotEqual(article, article with { Sources = new Dictionary<ArticleField, ValueSource> { [ArticleField.Headline] = ValueSource.Meta } });
    }

    [Fact]
    public void Blocks_compare_by_value_rows_and_items_included()
    {
        BodyBlock Table() => new(BlockKind.Table, "a\tb") { Rows = [new List<string> { "a", "b" }, new[] { "c", "d" }] };
        BodyBlock List() => new(BlockKind.List, "x\ny") { Items = new List<string> { "x", "y" } };

        Assert.Equal(Table(), Table());
        Assert.Equal(Table().GetHashCode(), Table().GetHashCode());
        Assert.Equal(List(), List());
        Assert.Equal(new ArticleBody([Table(), List()]), new ArticleBody(new List<BodyBlock> { Table(), List() }));
        Assert.NotEqual(Table(), Table() with { Rows = [["a", "b"]] });
    }

    [Fact]
    public void No_cast_can_change_a_parsed_article()
    {
        var article = ParseSeed();
        Assert.NotEmpty(article.RelatedLinks);
        Assert.NotEmpty(article.Sources);

        AssertReadOnly(article.Authors);
        AssertReadOnly(article.RelatedLinks);
        AssertReadOnly(article.Tags);
        AssertReadOnly(article.Body.Blocks);
        Assert.IsNotType<List<RelatedLink>>(article.RelatedLinks);
        Assert.IsNotType<RelatedLink[]>(article.RelatedLinks);
        Assert.True(((ICollection<KeyValuePair<ArticleField, ValueSource>>)article.Sources).IsReadOnly);
        Assert.Throws<NotSupportedException>(() => ((IDictionary<ArticleField, ValueSource>)article.Sources)[ArticleField.Headline] = ValueSource.Meta);
        Assert.Throws<NotSupportedException>(() => ((IDictionary)article.Sources).Clear());
        Assert.IsNotType<Dictionary<ArticleField, ValueSource>>(article.Sources);
    }

    [Fact]
    public void Lists_given_to_the_models_are_copied()
    {
        var tags = new List<string> { "a" };
        var items = new List<string> { "x" };
        var row = new List<string> { "c" };
        var blocks = new List<BodyBlock> { new(BlockKind.Paragraph, "p") };
        var sources = new Dictionary<ArticleField, ValueSource> { [ArticleField.Tags] = ValueSource.Meta };
        var article = new Article { Tags = tags, Sources = sources, Body = new ArticleBody(blocks) };
        var block = new BodyBlock(BlockKind.List, "x") { Items = items, Rows = [row] };
        var result = ArticleParser.Default.Parse("<html><body><p>text</p></body></html>");

        tags.Add("b");
        items.Add("y");
        row.Add("d");
        blocks.Add(new BodyBlock(BlockKind.Paragraph, "q"));
        sources[ArticleField.Headline] = ValueSource.Meta;

        Assert.Equal(["a"], article.Tags);
        Assert.Single(article.Sources);
        Assert.Single(article.Body.Blocks);
        Assert.Equal(["x"], block.Items);
        Assert.Equal(["c"], block.Rows[0]);
        AssertReadOnly(block.Rows);
        AssertReadOnly(block.Rows[0]);
        AssertReadOnly(result.Warnings);
    }

    [Fact]
    public void Options_and_contexts_copy_the_callers_cultures()
    {
        var cultures = new List<CultureInfo> { CultureInfo.GetCultureInfo("de-DE") };
        var options = new ArticleParserOptions { Cultures = cultures };
        var context = new TimestampContext { Cultures = cultures };

        cultures.Add(CultureInfo.GetCultureInfo("fr-FR"));

        Assert.Single(options.Cultures);
        Assert.Single(context.Cultures);
        AssertReadOnly(options.Cultures);
        Assert.Equal(options, new ArticleParserOptions { Cultures = [CultureInfo.GetCultureInfo("de-DE")] });
        Assert.Throws<ArgumentNullException>(() => new ArticleParserOptions { Cultures = [null!] });
    }

    [Fact]
    public void Null_lists_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new Article { Tags = null! });
        Assert.Throws<ArgumentNullException>(() => new Article { Sources = null! });
        Assert.Throws<ArgumentNullException>(() => new BodyBlock(BlockKind.List, "x") { Items = null! });
    }

    private static void AssertReadOnly<T>(IReadOnlyList<T> list)
    {
        var asList = Assert.IsAssignableFrom<IList<T>>(list);
        Assert.True(asList.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => asList.Add(default!));
        Assert.Throws<NotSupportedException>(() => asList.Clear());
        if (list.Count > 0)
        {
            Assert.Throws<NotSupportedException>(() => asList[0] = default!);
        }

        Assert.IsNotType<List<T>>(list);
        Assert.IsNotType<T[]>(list);
    }
}
