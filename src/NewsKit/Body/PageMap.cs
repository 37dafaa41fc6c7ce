using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>
/// The page's elements flattened in document order (pre-order), with per-element text statistics, built in
/// one iterative walk of the DOM. Every later step works on these arrays: subtree sums are one backward pass
/// (children come after their parent), inherited flags one forward pass. Nothing here recurses.
/// </summary>
internal sealed class PageMap
{
    private PageMap(int capacity)
    {
        Elements = new List<IElement>(capacity);
        Parents = new List<int>(capacity);
        Tags = new List<string>(capacity);
        OwnChars = new List<int>(capacity);
        OwnCommas = new List<int>(capacity);
    }

    /// <summary>The elements in document order.</summary>
    public List<IElement> Elements { get; }

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

    /// <summary>Flattens the document's element tree.</summary>
    public static PageMap Build(IElement root, ExtractionContext context)
    {
        // The map holds every element under the root: the element index gives the count for the whole document.
        var map = new PageMap(root == context.Document.DocumentElement ? Math.Max(16, context.Elements.Count) : 2048);
        var stack = new Stack<(INode Node, int Parent)>();
        stack.Push((root, -1));
        var processed = 0;
        while (stack.Count > 0)
        {
            var (node, parent) = stack.Pop();
            if (node is not IElement element)
            {
                continue;
            }

            if (++processed % 4096 == 0)
            {
                context.ThrowIfCancelled();
            }

            var index = map.Elements.Count;
            map.Elements.Add(element);
            map.Parents.Add(parent);
            map.Tags.Add(element.LocalName);
            var chars = 0;
            var commas = 0;
            var children = element.ChildNodes;
            for (var c = children.Length - 1; c >= 0; c--)
            {
                var child = children[c];
                if (child is IText text)
                {
                    CountText(text.Data, ref chars, ref commas);
                }
                else if (child is IElement)
                {
                    stack.Push((child, index));
                }
            }

            map.OwnChars.Add(chars);
            map.OwnCommas.Add(commas);
        }

        map.End = new int[map.Count];
        for (var i = map.Count - 1; i >= 0; i--)
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

    private static void CountText(string text, ref int chars, ref int commas)
    {
        var span = text.AsSpan();
        if (span.Length >= 256 && System.Text.Ascii.IsValid(span))
        {
            // Long ASCII runs (inline scripts and styles, mostly): vectorized counts give the same numbers, since in
            // ASCII the whitespace is space and \t..\r, and the only comma is ','.
            chars += span.Length - span.Count(' ') - span.Count('\t') - span.Count('\n') - span.Count('\v') - span.Count('\f') - span.Count('\r');
            commas += span.Count(',');
            return;
        }

        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                chars++;
                if (BodyRules.IsComma(c))
                {
                    commas++;
                }
            }
        }
    }
}
