using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsKit.Pipeline;
using NewsKit.Timestamps;

namespace NewsKit.Tests.Pipeline;

/// <summary>
/// During a parse, <see cref="ElementText"/> reads an element's text from its run of the element index's text nodes
/// (<see cref="ElementIndex.TryGetTextRun"/>) instead of walking the tree: every reading gives what the walk gives, for
/// every element of real pages, with and without a bound; a page with a ruby annotation is walked as before, and so is
/// an element before the index is built.
/// </summary>
public sealed class TextRunTests
{
    [Theory]
    [MemberData(nameof(RawTextTests.Pages), MemberType = typeof(RawTextTests))]
    public void Reads_every_element_as_the_walk_does(string path) => AssertSameReadings(File.ReadAllText(path));

    [Theory]
    [InlineData("<p>漢<rt>kan</rt>字<rp>(</rp><b>ji</b> <i>  x </i></p><div> a <span>b</span>\n\tc </div>")]
    [InlineData("<div><p>one</p> <p>two <a href=x>three</a></p>tail</div><script>var s;</script><p></p>")]
    public void Reads_small_pages_as_the_walk_does(string html) => AssertSameReadings(html);

    [Fact]
    public void Uses_the_run_only_for_elements_of_the_page_being_parsed_and_only_during_its_parse()
    {
        using var document = new HtmlParser().ParseDocument("<div><p>one</p><p>two</p></div>");
        using var other = new HtmlParser().ParseDocument("<p>other</p>");
        var div = document.QuerySelector("div")!;
        using (var context = Context(document))
        {
            Assert.False(context.Index.TryGetTextRun(div, out _, out _));
            Assert.NotEmpty(context.Index.Elements);
            Assert.True(context.Index.TryGetTextRun(div, out var start, out var end));
            Assert.Equal(2, end - start);
            Assert.False(context.Index.TryGetTextRun(other.QuerySelector("p")!, out _, out _));
            Assert.Same(context.Index, ElementIndex.Current);
        }

        Assert.Null(ElementIndex.Current);
    }

    private static void AssertSameReadings(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var elements = document.All.ToList();
        var walked = elements.Select(Readings).ToList();
        using var context = Context(document);
        Assert.NotEmpty(context.Index.Elements);
        for (var i = 0; i < elements.Count; i++)
        {
            Assert.Equal(walked[i], Readings(elements[i]));
        }
    }

    private static ExtractionContext Context(IDocument document) =>
        new(document, null, ArticleParserOptions.Default, TimestampNormalizer.Default, CancellationToken.None);

    private static string Readings(IElement element) => string.Join(
        "\u0001",
        ElementText.Text(element),
        ElementText.Text(element, 12),
        ElementText.RawText(element),
        ElementText.SpacedText(element),
        ElementText.SpacedText(element, 7),
        ElementText.TextLength(element),
        ElementText.TextLength(element, 0),
        ElementText.TextLength(element, 15),
        ElementText.ShownLength(element, 9));
}
