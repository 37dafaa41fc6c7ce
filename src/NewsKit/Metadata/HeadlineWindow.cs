using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>
/// The stretch of the page around the headline where an article's byline and dateline stand: the headline's place in
/// the element index (its anchor), the article element that holds it, and one scan of the index around the anchor that
/// the byline and dateline finders share, each with its own distances and its own test of an element.
/// </summary>
internal sealed class HeadlineWindow
{
    private readonly ExtractionContext context;

    /// <summary>The window around <paramref name="headline"/> (null when the headline came from metadata only: the window is then the start of the page).</summary>
    public HeadlineWindow(ExtractionContext context, IElement? headline)
    {
        this.context = context;
        Headline = headline;
        Anchor = headline is not null && context.Index.DocumentOrder.TryGetValue(headline, out var at) ? at : -1;
        ArticleRoot = ArticleRootOf(headline);
    }

    /// <summary>The headline element; null when unknown.</summary>
    public IElement? Headline { get; }

    /// <summary>The headline's index in the element index; -1 when unknown.</summary>
    public int Anchor { get; }

    /// <summary>The article element (article, main, an Article item) that holds the headline; null when none.</summary>
    public IElement? ArticleRoot { get; }

    /// <summary>The article element (article, main, an Article item) around <paramref name="headline"/>.</summary>
    public static IElement? ArticleRootOf(IElement? headline) =>
        headline?.Closest(Selectors.Of("article, [itemtype*=Article], [itemtype*=BlogPosting], main, [role=main], [itemprop=mainEntity]"));

    /// <summary>
    /// The elements inside <paramref name="scope"/> (the whole page when null) from <paramref name="before"/> elements
    /// before the anchor to <paramref name="after"/> after it (the first <paramref name="after"/> + 1 elements without an
    /// anchor) that <paramref name="judge"/> takes, ordered by the key it gives them; one pass over that window of the index.
    /// </summary>
    /// <param name="scope">The element whose descendants are read; null for the whole page.</param>
    /// <param name="before">How many elements before the anchor are read.</param>
    /// <param name="after">How many elements after the anchor are read.</param>
    /// <param name="judge">Given an element's index and the element, its sort key, or null to leave it out. Keys must differ (include the index).</param>
    public List<IElement> Scan<TKey>(IElement? scope, int before, int after, Func<int, IElement, TKey?> judge)
        where TKey : struct, IComparable<TKey>
    {
        var elements = context.Index.Elements;
        var (from, to) = Window(scope, before, after);
        var found = new List<(TKey Key, IElement Element)>();
        for (var i = from; i <= to; i++)
        {
            if (judge(i, elements[i]) is { } key)
            {
                found.Add((key, elements[i]));
            }
        }

        found.Sort(static (a, b) => a.Key.CompareTo(b.Key));
        return found.ConvertAll(static x => x.Element);
    }

    /// <summary>The first and last index read: <paramref name="before"/> and <paramref name="after"/> the anchor (from the page's start without one), inside <paramref name="scope"/>.</summary>
    private (int From, int To) Window(IElement? scope, int before, int after)
    {
        var (first, end) = context.Index.Inside(scope);
        return (Math.Max(first, Anchor < 0 ? 0 : Anchor - before), Math.Min(end - 1, Anchor < 0 ? after : Anchor + after));
    }

    /// <summary>
    /// What <see cref="Scan"/> gives for a judge whose key opens with the element's distance from the anchor (the
    /// element's index less the anchor's, either way; the index itself without an anchor), produced nearest first and
    /// judged only as they are asked for: a reader that stops at the first element it can use leaves the rest of the
    /// window unjudged. The order is <see cref="Scan"/>'s: by distance, and at one distance (an element before the anchor
    /// and one after it) by the judge's key.
    /// </summary>
    /// <param name="scope">The element whose descendants are read; null for the whole page.</param>
    /// <param name="before">How many elements before the anchor are read.</param>
    /// <param name="after">How many elements after the anchor are read.</param>
    /// <param name="judge">As for <see cref="Scan"/>; its key must open with the distance.</param>
    public IEnumerable<IElement> ScanNearestFirst<TKey>(IElement? scope, int before, int after, Func<int, IElement, TKey?> judge)
        where TKey : struct, IComparable<TKey>
    {
        var elements = context.Index.Elements;
        var (from, to) = Window(scope, before, after);
        if (Anchor < 0)
        {
            // Without an anchor the distance is the index: the window in page order.
            for (var i = from; i <= to; i++)
            {
                if (judge(i, elements[i]) is not null)
                {
                    yield return elements[i];
                }
            }

            yield break;
        }

        var farthest = Math.Max(Anchor - from, to - Anchor);
        for (var distance = 0; distance <= farthest; distance++)
        {
            var (earlier, later) = (Anchor - distance, Anchor + distance);
            var earlierKey = earlier >= from && earlier <= to ? judge(earlier, elements[earlier]) : null;
            var laterKey = distance > 0 && later >= from && later <= to ? judge(later, elements[later]) : null;
            if (earlierKey is { } e && laterKey is { } l && l.CompareTo(e) < 0)
            {
                yield return elements[later];
                yield return elements[earlier];
                continue;
            }

            if (earlierKey is not null)
            {
                yield return elements[earlier];
            }

            if (laterKey is not null)
            {
                yield return elements[later];
            }
        }
    }

    /// <summary>The last index <see cref="Scan"/> reads with <paramref name="after"/> and <paramref name="scope"/>.</summary>
    public int LastIndex(IElement? scope, int after) => Math.Min(context.Index.Inside(scope).End - 1, Anchor < 0 ? after : Anchor + after);
}
