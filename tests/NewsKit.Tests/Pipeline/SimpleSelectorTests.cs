using AngleSharp.Css.Dom;
using AngleSharp.Html.Parser;
using NewsKit.Metadata;
using NewsKit.Pipeline;

namespace NewsKit.Tests.Pipeline;

/// <summary>
/// The hand-written selector matcher must agree with AngleSharp's CSS matching on every element: it replaces
/// AngleSharp only for speed, on the selector lists the metadata stage scans with.
/// </summary>
public sealed class SimpleSelectorTests
{
    // Every way an element can nearly match: case variants of tags, classes and values, words inside longer words,
    // several classes, empty and missing attributes, attributes on the wrong tag.
    private const string Page = """
        <html><head><meta itemprop="datePublished" content="2025-01-01"></head><body>
        <TIME datetime="2025-01-02">Jan 2</TIME><time>t</time>
        <span class="date">a</span><span class="Date">b</span><span class="DATE">c</span><span class="update-date x">d</span>
        <span class="">e</span><span>f</span><span class="dat">g</span><span class="mandate">h</span>
        <div class="post-meta Byline">i</div><div class="by-line">j</div><div class="author-name">k</div><div class="AUTHOR">l</div>
        <div id="date-line">m</div><div id="Time">n</div><div id="author">o</div><div ID="byline">p</div>
        <p itemprop="datePublished">q</p><p itemprop="datepublished">r</p><p itemprop="dateModified dateCreated">s</p>
        <a rel="author" href="/a">t</a><a rel="Author" href="/b">u</a><a rel="nofollow author" href="/c">v</a>
        <a href="/author/jane">w</a><a href="/AUTHOR/jo">x</a><a href="/people/kim">y</a><span href="/author/z">z</span>
        <h1>h</h1><H2 class="title">t</H2><dt>d</dt><div class="headline-big">hb</div><div class="sub-title">st</div>
        <svg><title>x</title><g class="date"></g></svg>
        <p class="info-box lead">p</p><span class="timestamp">ts</span><span class="writer contributor">wc</span>
        <a rel="License" href="/cc">cc</a><a rel="licensed" href="/x">x</a><link rel="canonical" href="/c"><link rel="CANONICAL stylesheet" href="/d"><link rel="Image_Src" href="/i.png">
        <a href="/t"><span class="story-title">t</span><h3>h</h3></a><div class="Headline">H</div>
        </body></html>
        """;

    public static TheoryData<string> SelectorLists => new()
    {
        MetadataRules.DateSelector,
        MetadataRules.BylineSelector,
        MetadataRules.BylineNameSelector,
        MetadataRules.HeadlineSelector,
        MetadataRules.StandfirstSelector,
        "h2, h3, h4, h5, h6, [class*=title], [class*=headline]",
        "link[rel=canonical]",
        "link[rel=image_src]",
        "a[rel~=license], link[rel~=license]",
    };

    [Theory]
    [MemberData(nameof(SelectorLists))]
    public void Agrees_with_AngleSharp_on_every_element(string selectorList)
    {
        using var document = new HtmlParser().ParseDocument(Page);
        var css = Selectors.Of(selectorList);
        var simple = SimpleSelector.Parse(selectorList);
        var matched = 0;
        foreach (var element in document.All)
        {
            var expected = css.Match(element);
            Assert.True(expected == simple.Matches(element), $"<{element.LocalName} class=\"{element.GetAttribute("class")}\" id=\"{element.Id}\">: AngleSharp says {expected}");
            matched += expected ? 1 : 0;
        }

        Assert.True(matched > 0, "the page exercises the selector list");
    }

    [Theory]
    [InlineData(".updated")]
    [InlineData("div > p")]
    [InlineData("a:hover")]
    [InlineData("[class]")]
    [InlineData("[class^=x]")]
    [InlineData("[class*='']")]
    public void Refuses_forms_it_does_not_implement(string selector) =>
        Assert.Throws<ArgumentException>(() => SimpleSelector.Parse(selector));
}
