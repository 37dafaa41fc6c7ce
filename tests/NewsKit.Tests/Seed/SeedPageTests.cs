using System.Text.Json;
using NewsKit.Models;
using NewsKit.Timestamps;
using NodaTime;
using NodaTime.Text;

namespace NewsKit.Tests.Seed;

/// <summary>
/// The two seed pages (the same article rendered with metadata, and as bare visible text) against the
/// shared expected.json: every field the foundation promises.
/// </summary>
public sealed class SeedPageTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Seed");
    private static readonly JsonElement Expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "expected.json"))).RootElement;
    private static readonly Uri PageUrl = new(Expected.GetProperty("page_url").GetString()!);

    public static TheoryData<string> Pages => new() { "seed-rendered.html", "seed-bare.html" };

    private static Article Parse(string file)
    {
        var result = new ArticleParser().Parse(File.ReadAllText(Path.Combine(Folder, file)), PageUrl);
        Assert.True(result.Success, result.Reason);
        return result.Article;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Headline_and_standfirst(string file)
    {
        var article = Parse(file);
        Assert.Equal(Expected.GetProperty("headline").GetString(), article.Headline);
        Assert.Equal(Expected.GetProperty("standfirst").GetString(), article.Standfirst);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Published_instant(string file)
    {
        var published = Parse(file).Dateline.Published;
        Assert.NotNull(published);
        Assert.Equal(TimestampKind.Instant, published.Kind);
        Assert.Equal(InstantPattern.General.Parse(Expected.GetProperty("dateline").GetProperty("published_instant").GetString()!).Value, published.Instant);
    }

    [Fact]
    public void Bare_page_keeps_the_offset_shown_in_the_visible_dateline()
    {
        var published = Parse("seed-bare.html").Dateline.Published;
        var dateline = Expected.GetProperty("dateline");
        Assert.NotNull(published);
        Assert.Equal(dateline.GetProperty("published_text").GetString(), published.Text);
        Assert.Equal(TimestampSource.VisibleText, published.Source);
        Assert.Equal(OffsetPattern.GeneralInvariant.Parse(dateline.GetProperty("published_offset").GetString()!).Value, published.Offset);
        Assert.Equal(new LocalDateTime(2025, 7, 18, 8, 52, 7), published.Local);
        Assert.Equal(TimestampPrecision.Second, published.Precision);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Body_is_the_five_paragraphs_and_nothing_else(string file)
    {
        var body = Parse(file).Body;
        var expected = Expected.GetProperty("body_paragraphs").EnumerateArray().Select(p => p.GetString()!).ToArray();
        Assert.Equal(expected, body.Blocks.Select(b => b.Text).ToArray());
        Assert.All(body.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
        Assert.Equal(string.Join("\n\n", expected), body.Text);
        foreach (var banned in Expected.GetProperty("body_must_not_contain").EnumerateArray())
        {
            Assert.DoesNotContain(banned.GetString()!, body.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Related_links_in_page_order_with_times(string file)
    {
        var links = Parse(file).RelatedLinks;
        var expected = Expected.GetProperty("related_links").EnumerateArray().ToArray();
        Assert.Equal(20, expected.Length);
        Assert.Equal(expected.Length, links.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].GetProperty("title").GetString(), links[i].Title);
            Assert.Equal(new Uri(expected[i].GetProperty("url").GetString()!), links[i].Url);
            Assert.NotNull(links[i].Published);
            Assert.Equal(expected[i].GetProperty("published_text").GetString(), links[i].Published!.Text);
            Assert.Equal(InstantPattern.General.Parse(expected[i].GetProperty("published_instant").GetString()!).Value, links[i].Published!.Instant);
            Assert.DoesNotContain("**", links[i].Title, StringComparison.Ordinal);
        }
    }

    /// <summary>Without the caller's URL, the rendered page's relative links resolve against its canonical link.</summary>
    [Fact]
    public void Related_links_resolve_against_the_canonical_link_when_no_url_is_given()
    {
        var result = new ArticleParser().Parse(File.ReadAllText(Path.Combine(Folder, "seed-rendered.html")));
        Assert.True(result.Success, result.Reason);
        var expected = Expected.GetProperty("related_links").EnumerateArray().Select(link => new Uri(link.GetProperty("url").GetString()!)).ToArray();
        Assert.Equal(expected, result.Article.RelatedLinks.Select(link => link.Url).ToArray());
        Assert.Null(result.Article.Url);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Copyright_is_split_into_its_parts(string file)
    {
        var copyright = Parse(file).Copyright;
        var expected = Expected.GetProperty("copyright");
        Assert.NotNull(copyright);
        Assert.Equal(expected.GetProperty("text").GetString(), copyright.Text);
        Assert.Equal(expected.GetProperty("holder").GetString(), copyright.Holder);
        Assert.Equal(expected.GetProperty("year_from").GetInt32(), copyright.YearFrom);
        Assert.Equal(expected.GetProperty("year_to").GetInt32(), copyright.YearTo);
        Assert.Equal(expected.GetProperty("statement").GetString(), copyright.Statement);
    }

    [Fact]
    public void Rendered_page_canonical_url()
    {
        Assert.Equal(new Uri(Expected.GetProperty("canonical_url_rendered").GetString()!), Parse("seed-rendered.html").CanonicalUrl);
    }
}
