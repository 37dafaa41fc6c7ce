using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Related;

/// <summary>Where a box of story links has its heading: the heading-like line that opens it or stands just before it.</summary>
internal static class StoryBoxHeadings
{
    /// <summary>
    /// The box's heading: the line just before the box's first item, when heading-like; else the first heading-like element
    /// inside the box before its first link; else the heading-like element just before the box (or before the element
    /// the box opens), two levels up at most. A heading never holds one of the box's links.
    /// </summary>
    public static IElement? Of(ExtractionContext context, StoryBoxFinder.StoryBox box)
    {
        var order = context.Index.DocumentOrder;
        var first = box.Links.Min(l => order.GetValueOrDefault(l.Anchor));

        // A box set among other blocks (links between the article's paragraphs): a heading inside the item's wrapper before
        // the link ("Mehr zum Thema" over one teaser), else the line just before its first item.
        var firstLink = box.Links.MinBy(l => order.GetValueOrDefault(l.Anchor))!.Anchor;
        var top = firstLink;
        while (top.ParentElement is { } parent && parent != box.Container)
        {
            top = parent;
        }

        var firstIndex = order.GetValueOrDefault(firstLink);
        foreach (var e in context.Index.DescendantsOf(top))
        {
            if (order.GetValueOrDefault(e) >= firstIndex)
            {
                break;
            }

            if (IsHeadingLike(e) && !box.Links.Any(l => e.Contains(l.Anchor)))
            {
                return e;
            }
        }

        for (var previous = top.PreviousElementSibling; previous is not null; previous = previous.PreviousElementSibling)
        {
            if (ElementText.TextLength(previous, 0) == 0)
            {
                continue;
            }

            if (IsHeadingLike(previous) && !box.Links.Any(l => previous.Contains(l.Anchor)))
            {
                return previous;
            }

            break;
        }

        foreach (var e in context.Index.DescendantsOf(box.Container))
        {
            if (order.GetValueOrDefault(e) >= first)
            {
                break;
            }

            // A bold line of the box's own that opens it ("<strong>MORE HARBOUR CITY FC</strong>" over its list) names it too.
            if ((IsHeadingLike(e) || (e.ParentElement == box.Container && IsBoldLabel(e))) && !box.Links.Any(l => e.Contains(l.Anchor)))
            {
                return e;
            }
        }

        var current = box.Container;
        for (var level = 0; level < 3 && current is not null; level++, current = current.ParentElement)
        {
            var previous = current.PreviousElementSibling;
            if (previous is not null)
            {
                if (IsHeadingLike(previous) || (level == 0 && IsBoldLabel(previous)))
                {
                    return previous;
                }

                return null;
            }
        }

        return null;
    }

    /// <summary>A short line set in bold and nothing else, without links: a box's label when it opens the box or stands just before it.</summary>
    private static bool IsBoldLabel(IElement element) =>
        ElementText.TextLength(element, 60) is > 1 and <= 60 && element.QuerySelector(Selectors.Of("a")) is null && IsBoldLine(element);

    /// <summary>Whether the element is a line set in bold and nothing else ("<c>&lt;strong&gt;MORE HARBOUR CITY FC&lt;/strong&gt;</c>", or a paragraph holding only that).</summary>
    private static bool IsBoldLine(IElement element)
    {
        var bold = element;
        while (bold.LocalName is not ("strong" or "b") && bold.Children.Length == 1 && bold.ChildNodes.All(n => n is IElement || string.IsNullOrWhiteSpace(n.TextContent)))
        {
            bold = bold.Children[0];
        }

        return bold.LocalName is "strong" or "b";
    }

    /// <summary>A heading tag, a short element named as a title or heading, or a short line without links that opens with a related-reading phrase ("You may also like...", "DON'T MISS").</summary>
    private static bool IsHeadingLike(IElement element)
    {
        var length = ElementText.TextLength(element, 80);
        if (length is <= 1 or > 80)
        {
            return false;
        }

        return element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" || HeadingNames.Matches(element)
            || (length <= 60 && element.QuerySelector(Selectors.Of("a")) is null && StoryTitles.OpensWithRelatedPhrase(ElementText.Text(element)));
    }

    private static readonly SimpleSelector HeadingNames = SimpleSelector.Parse(StoryLinkRules.BoxHeadingSelector);
}
