namespace NewsKit.Tests.Promises;

/// <summary>Any <see cref="Uri"/> the caller gives is accepted: relative ones and odd schemes never throw.</summary>
public sealed class PageUrlTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seed", "seed-bare.html"));

    public static TheoryData<string, UriKind> Urls => new()
    {
        { "/a/b", UriKind.Relative },
        { "story.html", UriKind.Relative },
        { "", UriKind.Relative },
        { "mailto:desk@news.example", UriKind.Absolute },
        { "urn:isbn:0451450523", UriKind.Absolute },
        { "file:///tmp/story.html", UriKind.Absolute },
        { "ftp://news.example/story", UriKind.Absolute },
        { "data:text/html,hello", UriKind.Absolute },
        { "http://[::1]:8080/story", UriKind.Absolute },
        { "http://192.168.0.1/story", UriKind.Absolute },
    };

    [Theory]
    [MemberData(nameof(Urls))]
    public void Parse_accepts_any_uri(string text, UriKind kind)
    {
        var url = new Uri(text, kind);

        var result = ArticleParser.Default.Parse(Page, url);

        Assert.True(result.Success, result.ToString());
        Assert.Equal(url, result.Article.Url);
    }

    [Fact]
    public void A_relative_url_resolves_nothing_against_itself()
    {
        const string html = """
            <html><head><title>T</title></head><body><article><h1>Headline here</h1>
            <p>This is the first paragraph of the story, long enough to count as running text for the body.</p>
            <p>This is the second paragraph of the story, also long enough to count as running text here.</p>
            <figure><img src="pic.jpg"><figcaption>A caption</figcaption></figure>
            </article></body></html>
            """;

        var result = ArticleParser.Default.Parse(html, new Uri("/world/story", UriKind.Relative));

        Assert.True(result.Success, result.ToString());
        Assert.All(result.Article.Body.Blocks, b => Assert.True(b.ImageUrl is null || b.ImageUrl.IsAbsoluteUri));
    }
}
