namespace NewsKit.Tests.Promises;

/// <summary>Strings in JSON-LD that made the parse throw, found by <see cref="NeverThrowsPropertyTests"/>.</summary>
public sealed class JsonLdBodyTests
{
    [Theory]
    [InlineData("x \\ud800 y")]
    [InlineData("x \\udc00 y")]
    [InlineData("\\ud800")]
    [InlineData("x \\ud800\\ud800 y \\udfff")]
    public void An_escaped_lone_surrogate_in_articleBody_does_not_throw(string escaped)
    {
        var html = $$"""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"A story","articleBody":"{{escaped}}"}</script></head>
            <body><article><h1>A story</h1><p>The first paragraph of the story is long enough to be running text for the body.</p>
            <p>The second paragraph of the story is long enough to be running text for the body too.</p></article></body></html>
            """;

        var result = ArticleParser.Default.Parse(html);

        Assert.True(result.Success, result.ToString());
    }

    [Theory]
    [InlineData("jane@")]
    [InlineData("By Jane Doe jane@")]
    [InlineData("@")]
    [InlineData("a@b")]
    public void An_author_name_ending_in_an_at_sign_does_not_throw(string name)
    {
        var html = $$$"""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"A story","author":{"@type":"Person","name":"{{{name}}}"}}</script></head>
            <body><article><h1>A story</h1><p>The first paragraph of the story is long enough to be running text for the body.</p>
            <p>The second paragraph of the story is long enough to be running text for the body too.</p></article></body></html>
            """;

        var result = ArticleParser.Default.Parse(html);

        Assert.True(result.Success, result.ToString());
    }
}
