using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>
/// The page's elements flattened in document order (pre-order), with per-element text statistics, taken from the
/// extraction context's element index (one iterative walk of the DOM, shared with the metadata stages). Every later
/// step works on these arrays: subtree sums are one backward pass
/// (children come after their parent), inherited flags one forward pass. Nothing here recurses.
/// </summary>
internal sealed class PageMap
{
    private PageMap(List<IElement> elements, List<int> parents, List<string> tags, List<(IText Text, int Parent)> textNodes, int capacity)
    {
        Elements = elements;
        TextNodes = textNodes;
        Parents = parents;
        Tags = tags;
        OwnChars = new List<int>(capacity);
        OwnCommas = new List<int>(capacity);
    }

    /// <summary>The elements in document order.</summary>
    public List<IElement> Elements { get; }

    /// <summary>Every text node of the document in order, with the index of its parent element in <see cref="Elements"/> (the context's own list).</summary>
    public List<(IText Text, int Parent)> TextNodes { get; }

    /// <summary>Index of each element's parent element; -1 for the root.</summary>
    public List<int> Parents { get; }

    /// <summary>Each element's local name, lower case.</summary>
    public List<string> Tags { get; }

    /// <summary>Non-blank characters of each element's own text nodes.</summary>
    public List<int> OwnChars { get; }

    /// <summary>Commas (any script) in each element's own text nodes.</summary>
    public List<int> OwnCommas { get; }

    /// <summary>One past the index of each element's last descendant: the subtree of i is [i, End[i]).</summary>
    public int[] End { get; private set; } = [];

    public int Count => Elements.Count;

    /// <summary>
    /// The map of the whole document, from the element index the extraction context built in its one walk of the
    /// tree: the same elements in document order, their parents, tags, and the text of their own text children.
    /// </summary>
    public static PageMap FromIndex(ExtractionContext context)
    {
        // The element, parent and name lists are the context's own (read-only from here on): no copy.
        var elements = context.Index.ElementList;
        var parents = context.Index.ParentList;
        var count = elements.Count;
        var chars = new int[count];
        var commas = new int[count];
        foreach (var (text, parent) in context.Index.TextNodeList)
        {
            chars[parent] += TextCounts.NonBlank(text.Data, out var textCommas);
            commas[parent] += textCommas;
        }

        var map = new PageMap(elements, parents, context.Index.NameList, context.Index.TextNodeList, Math.Max(16, count));
        for (var i = 0; i < count; i++)
        {
            map.OwnChars.Add(chars[i]);
            map.OwnCommas.Add(commas[i]);
        }

        map.End = new int[count];
        for (var i = count - 1; i >= 0; i--)
        {
            if (map.End[i] == 0)
            {
                map.End[i] = i + 1;
            }

            var p = map.Parents[i];
            if (p >= 0 && map.End[p] < map.End[i])
            {
                map.End[p] = map.End[i];
            }
        }

        return map;
    }
}
