using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Related;

/// <summary>Where a box of story links has its heading: the heading-like line that opens it or stands just before it.</summary>
internal static class StoryBoxHeadings
{
    /// <summary>
    /// The box's heading: its tab's label when it is one of several tab panels (<see cref="TabLabel"/>); else the line just
    /// before the box's first item, when heading-like; else the first heading-like element
    /// inside the box before its first link; else the heading-like element just before the box (or before the element
    /// the box opens), two levels up at most. A heading never holds one of the box's links.
    /// </summary>
    public static IElement? Of(ExtractionContext context, StoryBoxFinder.StoryBox box)
    {
        // The box's own container, or the panel it fills alone (a list inside "tab-pane").
        if (TabLabel(box.Container) is { } tab
            || (box.Container.ParentElement is { ChildElementCount: 1 } panel && TabLabel(panel) is { } outer && (tab = outer) is not null))
        {
            return tab;
        }

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

    /// <summary>
    /// The label of a tab panel ("Most Read" | "Most Shared" over two lists): the box is one of two to
    /// <see cref="MaxTabs"/> sibling elements of the same tag and first class, and the element just before the first of them
    /// holds as many short labels without links (a tab bar); the label at the box's place is its heading. Null otherwise.
    /// </summary>
    private static IElement? TabLabel(IElement container)
    {
        if (container.ParentElement is not { } parent || FirstClass(container).IsEmpty)
        {
            return null;
        }

        var panels = parent.Children.Where(c => c.LocalName == container.LocalName && FirstClass(c).SequenceEqual(FirstClass(container))).ToList();
        if (panels.Count is < 2 or > MaxTabs || panels[0].PreviousElementSibling is not { } bar)
        {
            return null;
        }

        var labels = bar.Children.Where(c => c.LocalName is not ("input" or "script" or "style")).ToList();
        return labels.Count == panels.Count
            && labels.TrueForAll(l => ElementText.TextLength(l, MaxTabLabel) is > 1 and <= MaxTabLabel && l.QuerySelector(Selectors.Of("a[href]")) is null && l.GetAttribute("href") is null)
            ? labels[panels.IndexOf(container)]
            : null;
    }

    /// <summary>The first word of the element's class attribute; empty when it has none.</summary>
    private static ReadOnlySpan<char> FirstClass(IElement element)
    {
        var names = (element.GetAttribute("class") ?? string.Empty).AsSpan().TrimStart();
        var space = names.IndexOfAny(' ', '\t', '\n');
        return space < 0 ? names : names[..space];
    }

    /// <summary>The most tab panels one tab bar heads.</summary>
    private const int MaxTabs = 6;

    /// <summary>The longest tab label (in characters, raw).</summary>
    private const int MaxTabLabel = 60;

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
