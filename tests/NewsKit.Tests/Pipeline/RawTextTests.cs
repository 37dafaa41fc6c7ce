using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsKit.Pipeline;
using NewsKit.Metadata;

namespace NewsKit.Tests.Pipeline;

/// <summary>
/// <see cref="ElementText.RawText"/> stands in for AngleSharp's <c>TextContent</c> in the stages, so it must give the
/// same string for every element of real pages (mixed children, nested inline markup, scripts, empty elements).
/// </summary>
public sealed class RawTextTests
{
    public static TheoryData<string> Pages => new(
        [
            .. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal),
            .. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seed"), "*.html").Order(StringComparer.Ordinal),
        ]);

    [Theory]
    [MemberData(nameof(Pages))]
    public void Equals_TextContent_for_every_element(string path)
    {
        using var document = new HtmlParser().ParseDocument(File.ReadAllText(path));
        var elements = document.All.ToList();
        Assert.NotEmpty(elements);
        foreach (var element in elements)
        {
            Assert.Equal(element.TextContent, ElementText.RawText(element));
        }
    }

    [Theory]
    [InlineData("<p></p>", "")]
    [InlineData("<p>one</p>", "one")]
    [InlineData("<p>a<b>b<i>c</i></b>d<!-- no -->e</p>", "abcde")]
    [InlineData("<p><script>x()</script> y </p>", "x() y ")]
    public void Joins_the_text_nodes_in_order(string html, string expected)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var paragraph = document.QuerySelector("p")!;
        Assert.Equal(expected, ElementText.RawText(paragraph));
        Assert.Equal(paragraph.TextContent, ElementText.RawText(paragraph));
    }
}
