using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>
/// Sections of other people's text after the article, told by their heading whatever class names (none, "kmt-item",
/// "commentlist") their template gives them: the readers' comments ("Comments (2)", "Leave a reply") and other stories
/// ("Related posts"). Their dates and names are theirs, not the article's.
/// </summary>
internal static class OthersHeadings
{
    /// <summary>How many ancestors of an element <see cref="IsUnder"/> climbs.</summary>
    private const int MaxLevels = 6;

    /// <summary>How many earlier siblings at each level <see cref="IsUnder"/> reads.</summary>
    private const int MaxSiblings = 12;

    /// <summary>The longest heading (in characters) read as a comment or related section's.</summary>
    private const int MaxHeadingChars = 60;

    /// <summary>The most elements of a short sibling <see cref="HoldsHeading"/> reads.</summary>
    private const int MaxHeadingElements = 32;

    /// <summary>Whether the element is an h2 to h6 or holds one among its first <see cref="MaxHeadingElements"/> elements.</summary>
    private static bool HoldsHeading(IElement element) => Subtree.HasElementNamed(element, ["h2", "h3", "h4", "h5", "h6"], withRoot: true, max: MaxHeadingElements);

    /// <summary>
    /// Whether the element stands after the headline (the element at <paramref name="anchor"/> in document order) under a
    /// heading of comments or other stories, set before it or before one of its nearest <see cref="MaxLevels"/> ancestors,
    /// after the headline.
    /// </summary>
    public static bool IsUnder(ExtractionContext context, IElement element, int anchor)
    {
        var order = context.Index.DocumentOrder;
        var current = element;
        for (var level = 0; level < MaxLevels && current is not null && current.LocalName is not ("body" or "html"); level++, current = current.ParentElement)
        {
            var read = 0;
            for (var sibling = current.PreviousElementSibling; sibling is not null && read < MaxSiblings; sibling = sibling.PreviousElementSibling, read++)
            {
                if (order.GetValueOrDefault(sibling, -1) <= anchor)
                {
                    return false;
                }

                // A heading first (found without allocating), then the text's length: most siblings hold none.
                if (HoldsHeading(sibling) && ElementText.TextLength(sibling, MaxHeadingChars + 1) is > 0 and <= MaxHeadingChars
                    && Body.ArticleEnd.IsRelatedOrEndHeading(ElementText.Text(sibling, MaxHeadingChars + 1)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
