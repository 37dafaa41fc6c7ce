using AngleSharp.Dom;

namespace NewsKit.Pipeline;

/// <summary>
/// The page's elements and text nodes in document order, each with its parent's index, built in one walk of the tree on
/// first use and shared by every stage: the subtree of an element is one run of the index, so descendants, element lists
/// by name or itemprop and ancestor tests are read from it instead of walking the DOM again. One instance per parse; its
/// collections are reused by the thread's next parse after <see cref="Dispose"/>.
/// </summary>
internal sealed partial class ElementIndex : IDisposable
{
    private readonly IDocument document;
    private readonly CancellationToken cancellationToken;

    /// <summary>The collections of the index, taken from this thread's spares; given back on <see cref="Dispose"/>.</summary>
    private IndexBuffers? buffers;

    /// <summary>Creates the index of <paramref name="document"/>; it is built on first use, checking <paramref name="cancellationToken"/> as it goes.</summary>
    public ElementIndex(IDocument document, CancellationToken cancellationToken)
    {
        this.document = document;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>Every element's index in document order (the index into <see cref="Elements"/>), built once on first use and shared by the stages.</summary>
    public Dictionary<IElement, int> DocumentOrder
    {
        get
        {
            IndexElements();
            return documentOrder!;
        }
    }

    /// <summary>Every element of the document in document order, built once on first use.</summary>
    public IReadOnlyList<IElement> Elements
    {
        get
        {
            IndexElements();
            return elements!;
        }
    }

    private Dictionary<IElement, int>? documentOrder;
    private List<IElement>? elements;

    /// <summary>
    /// The run of <see cref="Elements"/> that lies inside <paramref name="scope"/> (its descendants, not itself), as a
    /// start index and an end index (exclusive); the whole index when it is null, an empty run when it is not in the document.
    /// </summary>
    public (int Start, int End) Inside(IElement? scope)
    {
        if (scope is null)
        {
            return (0, Elements.Count);
        }

        return DocumentOrder.TryGetValue(scope, out var at) ? (at + 1, SubtreeEnd(at)) : (0, 0);
    }

    /// <summary>Whether <paramref name="element"/> is <paramref name="descendant"/> or one of its ancestors (<c>element.Contains(descendant)</c>).</summary>
    public bool IsAncestorOrSelf(IElement element, IElement descendant)
    {
        if (ancestorsOf != descendant)
        {
            ancestorsOf = descendant;
            ancestors.Clear();
            for (var current = descendant; current is not null; current = current.ParentElement)
            {
                ancestors.Add(current);
            }
        }

        return ancestors.Contains(element);
    }

    private readonly HashSet<IElement> ancestors = new(ReferenceEqualityComparer.Instance);
    private IElement? ancestorsOf;

    /// <summary>The text nodes under <c>body</c>, in document order, taken once from the element index (several stages scan them).</summary>
    public IReadOnlyList<IText> BodyTextNodes => bodyTextNodes ??= TextNodesUnder(document.Body);

    private List<IText>? bodyTextNodes;

    private List<IText> TextNodesUnder(IElement? root)
    {
        if (root is null || !DocumentOrder.TryGetValue(root, out var at))
        {
            return [];
        }

        // In document order the text nodes of a subtree are one run of the list, recorded by the index's walk.
        var (start, end) = (firstText![at], textRunEnd![at]);
        var texts = new List<IText>(end - start);
        for (var k = start; k < end; k++)
        {
            texts.Add(textNodes![k].Item1);
        }

        return texts;
    }

    /// <summary>
    /// The descendants of <paramref name="root"/> in document order, read from the element index: a subtree is one run
    /// of the index, from just after the root to the first element that follows the root's subtree.
    /// </summary>
    public IEnumerable<IElement> DescendantsOf(IElement root)
    {
        var all = Elements;
        if (!DocumentOrder.TryGetValue(root, out var start))
        {
            yield break;
        }

        var end = SubtreeEnd(start);
        for (var i = start + 1; i < end; i++)
        {
            yield return all[i];
        }
    }

    /// <summary>
    /// The index just past the subtree of the element at <paramref name="start"/>. In document order a subtree is one
    /// run of the index, which goes on while each element's parent lies inside it (at or after the root).
    /// </summary>
    private int SubtreeEnd(int start)
    {
        var parentIndices = ParentIndices;
        var end = start + 1;
        while (end < parentIndices.Count && parentIndices[end] >= start)
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// The elements with the given local name (lower case, as the parser gives HTML names), in document order: what
    /// the type selector <paramref name="localName"/> matches in the whole document, from one pass over the index.
    /// </summary>
    public IReadOnlyList<IElement> ElementsNamed(string localName)
    {
        // The names the stages ask for are listed together in one scan of the index; any other name gets a scan of
        // its own. Both are remembered.
        if (byName is null)
        {
            byName = new Dictionary<string, List<IElement>>(StringComparer.Ordinal);
            foreach (var name in CommonNames)
            {
                byName[name] = [];
            }

            var all = ElementList;
            var allNames = names!;
            for (var i = 0; i < all.Count; i++)
            {
                if (byName.TryGetValue(allNames[i], out var common))
                {
                    common.Add(all[i]);
                }
            }
        }

        if (!byName.TryGetValue(localName, out var named))
        {
            named = [];
            var all = ElementList;
            var allNames = names!;
            for (var i = 0; i < all.Count; i++)
            {
                if (allNames[i] == localName)
                {
                    named.Add(all[i]);
                }
            }

            byName[localName] = named;
        }

        return named;
    }

    /// <summary>The names the stages ask for, listed in the first scan.</summary>
    private static readonly string[] CommonNames = ["meta", "link", "script", "title", "base", "h1", "p", "a"];

    /// <summary>The first element with the given local name in document order, or null.</summary>
    public IElement? FirstNamed(string localName) => ElementsNamed(localName) is { Count: > 0 } named ? named[0] : null;

    private Dictionary<string, List<IElement>>? byName;

    /// <summary>Whether <paramref name="scope"/> is a proper ancestor of <paramref name="element"/> (a walk up, not down).</summary>
    public static bool IsInside(IElement element, IElement scope)
    {
        for (var current = element.ParentElement; current is not null; current = current.ParentElement)
        {
            if (current == scope)
            {
                return true;
            }
        }

        return false;
    }

    private void IndexElements()
    {
        if (elements is not null)
        {
            return;
        }

        // One walk of the tree, in document order (pre-order), without recursion: every element with the index of its
        // parent element, and every text node with the index of its parent. The body stage builds its map from this
        // and the metadata stages read their windows and lists from it, so the DOM is walked once for all of them.
        buffers = IndexBuffers.Take();
        var list = buffers.Elements;
        var nameList = buffers.Names;
        var parentList = buffers.Parents;
        var texts = buffers.Texts;
        var firstTexts = buffers.FirstTexts;
        var textRunEnds = buffers.TextRunEnds;
        var ruby = false;
        if (document.DocumentElement is { } rootElement)
        {
            list.Add(rootElement);
            nameList.Add(rootElement.LocalName);
            parentList.Add(-1);
            firstTexts.Add(0);
            textRunEnds.Add(0);
            var stack = buffers.Stack;
            var children = rootElement.ChildNodes;
            var next = 0;
            var parent = 0;
            while (true)
            {
                if (next >= children.Length)
                {
                    // The text nodes of the element's subtree are all listed now: its run of them ends here.
                    textRunEnds[parent] = texts.Count;
                    if (stack.Count == 0)
                    {
                        break;
                    }

                    (children, next, parent) = stack.Pop();
                    continue;
                }

                var child = children[next++];

                // Every element the parser builds is an Element: that class test, and its name read without the
                // interface, cost less than the interface's; other nodes are tested as before.
                var built = child as Element;
                IElement? element = built;
                if (element is null)
                {
                    if (child is IText text)
                    {
                        texts.Add((text, parent));
                        continue;
                    }

                    element = child as IElement;
                }

                if (element is not null)
                {
                    if ((list.Count & 0xFFF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    var index = list.Count;
                    var name = built is not null ? built.LocalName : element.LocalName;
                    list.Add(element);
                    nameList.Add(name);
                    parentList.Add(parent);
                    firstTexts.Add(texts.Count);
                    textRunEnds.Add(texts.Count);
                    ruby = ruby || name is "rt" or "rp";
                    if (built?.HasChildNodes ?? element.HasChildNodes)
                    {
                        stack.Push((children, next, parent));
                        children = element.ChildNodes;
                        next = 0;
                        parent = index;
                    }
                }
            }
        }

        var order = buffers.Order;
        order.EnsureCapacity(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            order[list[i]] = i;
        }

        elements = list;
        names = nameList;
        parents = parentList;
        textNodes = texts;
        firstText = firstTexts;
        textRunEnd = textRunEnds;
        hasRubyAnnotation = ruby;
        documentOrder = order;
    }

    /// <summary>For each element of <see cref="Elements"/>, the index of its parent element there (-1 for the root).</summary>
    public IReadOnlyList<int> ParentIndices
    {
        get
        {
            IndexElements();
            return parents!;
        }
    }

    /// <summary>Every text node under the root element in document order, with the index of its parent element in <see cref="Elements"/>.</summary>
    public IReadOnlyList<(IText Text, int Parent)> TextNodes
    {
        get
        {
            IndexElements();
            return textNodes!;
        }
    }

    private List<int>? parents;
    private List<(IText, int)>? textNodes;

    /// <summary>
    /// Each element's local name (as <c>LocalName</c> gives it), by its index in <see cref="Elements"/>: read once in the
    /// index's walk, for the stages' scans by name and the body map, which share the list and never change it.
    /// </summary>
    internal List<string> NameList
    {
        get
        {
            IndexElements();
            return names!;
        }
    }

    private List<string>? names;

    /// <summary><see cref="Elements"/> as the list itself, for the body map, which shares it and never changes it.</summary>
    internal List<IElement> ElementList
    {
        get
        {
            IndexElements();
            return elements!;
        }
    }

    /// <summary><see cref="TextNodes"/> as the list itself, for the body map, which reads it without an enumerator object and never changes it.</summary>
    internal List<(IText Text, int Parent)> TextNodeList
    {
        get
        {
            IndexElements();
            return textNodes!;
        }
    }

    /// <summary><see cref="ParentIndices"/> as the list itself, for the body map, which shares it and never changes it.</summary>
    internal List<int> ParentList
    {
        get
        {
            IndexElements();
            return parents!;
        }
    }

    /// <summary>
    /// Gives the index's collections back to this thread, emptied, for the next parse; the context must not be used
    /// after it. Nothing the parse returns refers to them.
    /// </summary>
    public void Dispose()
    {
        if (buffers is not null)
        {
            IndexBuffers.Give(buffers);
            buffers = null;
            elements = null;
            names = null;
            parents = null;
            textNodes = null;
            firstText = null;
            textRunEnd = null;
            textEnds = null;
            documentOrder = null;
        }
    }

    /// <summary>
    /// The element index's collections, kept per thread between parses (a page's index is tens to hundreds of
    /// kilobytes; reusing them keeps it off the heap). Collections grown past <see cref="MaxKeptElements"/> are dropped
    /// instead of kept, so one huge page does not hold memory for the life of the thread.
    /// </summary>
    private sealed class IndexBuffers
    {
        private const int MaxKeptElements = 1 << 15;

        [ThreadStatic]
        private static IndexBuffers? spare;

        public List<IElement> Elements { get; } = new(1024);

        public List<string> Names { get; } = new(1024);

        public List<int> Parents { get; } = new(1024);

        public List<(IText, int)> Texts { get; } = new(1024);

        /// <summary>Per element, the index in <see cref="Texts"/> of the first text node of its subtree (or of the first after it).</summary>
        public List<int> FirstTexts { get; } = new(1024);

        /// <summary>Per element, one past the index in <see cref="Texts"/> of the last text node of its subtree.</summary>
        public List<int> TextRunEnds { get; } = new(1024);

        /// <summary>Per text node, the end of the text of the document up to it and its own, in characters (made on first use).</summary>
        public List<int> TextEnds { get; } = new(1024);

        public Dictionary<IElement, int> Order { get; } = new(1024, ReferenceEqualityComparer.Instance);

        public Stack<(INodeList Children, int Next, int Parent)> Stack { get; } = new(64);

        public static IndexBuffers Take()
        {
            var taken = spare ?? new IndexBuffers();
            spare = null;
            return taken;
        }

        public static void Give(IndexBuffers buffers)
        {
            if (buffers.Elements.Count > MaxKeptElements || buffers.Texts.Count > 2 * MaxKeptElements)
            {
                return;
            }

            buffers.Elements.Clear();
            buffers.Names.Clear();
            buffers.Parents.Clear();
            buffers.Texts.Clear();
            buffers.FirstTexts.Clear();
            buffers.TextRunEnds.Clear();
            buffers.TextEnds.Clear();
            buffers.Order.Clear();
            buffers.Stack.Clear();
            spare = buffers;
        }
    }
}
