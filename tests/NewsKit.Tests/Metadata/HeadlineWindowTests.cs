using AngleSharp.Html.Parser;
using NewsKit.Metadata;
using NewsKit.Pipeline;
using NewsKit.Tests.Pipeline;
using NewsKit.Timestamps;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// <see cref="HeadlineWindow.ScanNearestFirst"/> (the byline finder reads its candidates with it, nearest first, and stops
/// at the first byline) gives what <see cref="HeadlineWindow.Scan"/> gives, in the same order, for a key that opens
/// with the distance from the headline: on real pages, around each of their headings, within the page and within an
/// element, and without a headline.
/// </summary>
public sealed class HeadlineWindowTests
{
    [Theory]
    [MemberData(nameof(RawTextTests.Pages), MemberType = typeof(RawTextTests))]
    public void Gives_the_scan_in_its_order(string path)
    {
        using var document = new HtmlParser().ParseDocument(File.ReadAllText(path));
        using var context = new ExtractionContext(document, null, ArticleParserOptions.Default, TimestampNormalizer.Default, CancellationToken.None);
        var headlines = document.QuerySelectorAll("h1, h2").Take(4).Cast<AngleSharp.Dom.IElement?>().Append(null);
        foreach (var headline in headlines)
        {
            var window = new HeadlineWindow(context, headline);
            foreach (var scope in new[] { null, window.ArticleRoot, document.Body })
            {
                // Every third element taken, marked ones (with a class) before the others at one distance.
                (int, int, int)? Judge(int i, AngleSharp.Dom.IElement element) =>
                    i % 3 == 0 ? (window.Anchor < 0 ? i : Math.Abs(i - window.Anchor), element.HasAttribute("class") ? 0 : 1, i) : null;

                Assert.Equal(window.Scan(scope, 40, 60, Judge), window.ScanNearestFirst(scope, 40, 60, Judge).ToList());
            }
        }
    }
}
