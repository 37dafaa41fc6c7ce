using System.Text;
using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>Small, bounded helpers over the DOM that every metadata stage shares: meta tags, visible text, page regions.</summary>
internal static class PageInspector
{
    /// <summary>The selector <c>link[rel=image_src]</c>.</summary>
    public static readonly SimpleSelector ImageLink = SimpleSelector.Parse("link[rel=image_src]");

    /// <summary>The selector <c>a[rel~=license], link[rel~=license]</c>.</summary>
    public static readonly SimpleSelector LicenseLink = SimpleSelector.Parse("a[rel~=license], link[rel~=license]");

    private static readonly string[] MetaKeyAttributes = ["property", "name", "itemprop", "http-equiv"];

    /// <summary>Every meta tag's key (name, property, itemprop or http-equiv, lower case) and content, in page order.</summary>
    public static List<(string Key, string Content, IElement Element)> MetaTags(ExtractionContext context)
    {
        var list = new List<(string, string, IElement)>();

        // RDFa on other elements ("<span property="schema:dateCreated" content="...">") states values for machines too.
        foreach (var element in context.Elements)
        {
            if (element.LocalName != "meta" && Attributes.Of(element, "property") is { Length: > 0 } property
                && Attributes.Of(element, "content") is { Length: > 0 } value)
            {
                list.Add((property.Trim().ToLowerInvariant(), value.Trim(), element));
            }
        }

        foreach (var meta in context.ElementsNamed("meta"))
        {
            var content = meta.GetAttribute("content") ?? meta.GetAttribute("value");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var attribute in MetaKeyAttributes)
            {
                if (meta.GetAttribute(attribute) is { Length: > 0 } key)
                {
                    list.Add((key.Trim().ToLowerInvariant(), content.Trim(), meta));
                }
            }
        }

        return list;
    }

    /// <summary>The first meta content for any of <paramref name="names"/>, the earlier name winning.</summary>
    public static (string Name, string Content, IElement Element)? FirstMeta(List<(string Key, string Content, IElement Element)> metas, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            foreach (var meta in metas)
            {
                if (string.Equals(meta.Key, name, StringComparison.OrdinalIgnoreCase))
                {
                    return (name, meta.Content, meta.Element);
                }
            }
        }

        return null;
    }

    /// <summary>The node's text (its <c>TextContent</c>) with runs of whitespace collapsed to one space, trimmed.</summary>
    public static string Text(INode node) => Text(node, int.MaxValue);

    /// <summary>
    /// <see cref="Text(INode)"/> cut short: reading stops once the collapsed text is longer than
    /// <paramref name="maxLength"/>, so the result has at most <paramref name="maxLength"/> + 1 characters and equals
    /// the start of the whole text. Use it for length tests on elements that may hold a whole page.
    /// </summary>
    public static string Text(INode node, int maxLength)
    {
        if (node is IText text)
        {
            return Collapse(text.Data);
        }

        if (node is not IElement element)
        {
            return Collapse(node.TextContent);
        }

        var collapser = new Collapser(maxLength);
        WalkTexts(element, ref collapser);
        return collapser.ToString();
    }

    /// <summary>
    /// The node's <c>TextContent</c> (its text nodes' data, joined), built without AngleSharp's shared, locked builder
    /// pool; an element whose only child is a text node gives that node's data.
    /// </summary>
    public static string RawText(INode node)
    {
        switch (node)
        {
            case IText text:
                return text.Data;
            case IElement element:
                var children = element.ChildNodes;
                if (children.Length == 0)
                {
                    return string.Empty;
                }

                if (children.Length == 1 && children[0] is IText only)
                {
                    return only.Data;
                }

                var joiner = new Joiner(Collapser.Rent(256));
                WalkTexts(element, ref joiner);
                return joiner.ToString();
            default:
                return node.TextContent ?? string.Empty;
        }
    }

    /// <summary>The length of the node's <c>TextContent</c>, counted without building it.</summary>
    public static int TextLength(INode node)
    {
        if (node is not IElement element)
        {
            return node.TextContent?.Length ?? 0;
        }

        var length = new LengthSink();
        WalkTexts(element, ref length);
        return length.Length;
    }

    /// <summary>
    /// <see cref="TextLength(INode)"/> when it is at most <paramref name="max"/>; some length over <paramref name="max"/>
    /// otherwise, found without reading the rest (for tests against a bound on elements that may hold a whole page).
    /// </summary>
    public static int TextLength(IElement element, int max)
    {
        var length = new LengthSink { Max = max };
        WalkTexts(element, ref length);
        return length.Length;
    }

    /// <summary>
    /// The element's text with a space between the texts of different elements ("<span>Jane Doe</span><span>Reuters</span>"
    /// gives "Jane Doe Reuters"), script and style text left out, whitespace collapsed.
    /// </summary>
    public static string SpacedText(IElement element) => SpacedText(element, int.MaxValue);

    /// <summary><see cref="SpacedText(IElement)"/> cut short after <paramref name="maxLength"/> + 1 characters.</summary>
    public static string SpacedText(IElement element, int maxLength)
    {
        var collapser = new Collapser(maxLength) { Spaced = true };
        WalkTexts(element, ref collapser);
        return collapser.ToString();
    }

    /// <summary>The text with runs of whitespace, zero-width spaces and soft hyphens collapsed to one space, trimmed.</summary>
    public static string Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var collapser = new Collapser(int.MaxValue, text.Length);
        collapser.Append(text);
        return collapser.ToString();
    }

    [ThreadStatic]
    private static Stack<(INodeList Children, int Next)>? walkStack;

    /// <summary>Whether <see cref="Collapse"/> treats the character as a space: whitespace, zero-width space, soft hyphen.</summary>
    public static bool IsCollapsedSpace(char c) => char.IsWhiteSpace(c) || c is '\u200b' or '\u00ad';

    /// <summary>Takes the text nodes of a walk, in document order, until it is full.</summary>
    private interface ITextSink
    {
        bool IsFull { get; }

        void Take(IText text, INode parent);
    }

    /// <summary>A ruby annotation (<c>rt</c>, the reading printed above the base text) or its fallback parenthesis (<c>rp</c>): not part of the text read.</summary>
    public static bool IsRubyAnnotation(IElement element) => element.LocalName is "rt" or "rp";

    /// <summary>
    /// Hands the text nodes under <paramref name="root"/> to <paramref name="sink"/> in document order, without
    /// recursion (the depth of a page is bounded only by the options) and without the iterator and string copies of
    /// <c>TextContent</c>. The sink is a struct passed by reference: no allocation per walk.
    /// </summary>
    private static void WalkTexts<TSink>(IElement root, ref TSink sink)
        where TSink : struct, ITextSink
    {
        var stack = walkStack ??= new Stack<(INodeList, int)>();
        stack.Clear();
        var children = root.ChildNodes;
        var next = 0;
        var parent = (INode)root;
        while (!sink.IsFull)
        {
            if (next >= children.Length)
            {
                if (stack.Count == 0)
                {
                    break;
                }

                (children, next) = stack.Pop();
                parent = children[next - 1].Parent!;
                continue;
            }

            var child = children[next++];
            if (child is IText text)
            {
                sink.Take(text, parent);
            }
            else if (child is IElement element && child.HasChildNodes && !IsRubyAnnotation(element))
            {
                stack.Push((children, next));
                children = child.ChildNodes;
                next = 0;
                parent = child;
            }
        }

        stack.Clear();
    }

    /// <summary>Joins the text nodes' data as it is (<c>TextContent</c>).</summary>
    private readonly struct Joiner(StringBuilder text) : ITextSink
    {
        public bool IsFull => false;

        public void Take(IText node, INode parent) => text.Append(node.Data);

        public override string ToString() => Collapser.Return(text);
    }

    /// <summary>Counts the characters of the text nodes.</summary>
    private struct LengthSink() : ITextSink
    {
        public int Length { get; private set; }

        /// <summary>The length past which counting may stop.</summary>
        public int Max { get; init; } = int.MaxValue;

        public readonly bool IsFull => Length > Max;

        public void Take(IText text, INode parent) => Length += text.Data.Length;
    }

    /// <summary>
    /// Builds text with runs of whitespace (and zero-width or soft-hyphen characters) collapsed to one space, no
    /// space at either end; stops taking characters once it holds more than its limit.
    /// </summary>
    private struct Collapser(int maxLength, int capacity = 64) : ITextSink
    {
        /// <summary>One builder per thread, reused: the stages collapse thousands of short texts per page.</summary>
        [ThreadStatic]
        private static StringBuilder? spare;

        private readonly StringBuilder text = Rent(Math.Min(capacity, maxLength == int.MaxValue ? capacity : maxLength + 1));
        private bool space;

        /// <summary>A space between the texts of different text nodes, and no script or style text (see <see cref="SpacedText(IElement)"/>).</summary>
        public bool Spaced { get; init; }

        public readonly bool IsFull => text.Length > maxLength;

        public void Take(IText node, INode parent)
        {
            if (!Spaced)
            {
                Append(node.Data);
            }
            else if (parent is IElement { TagName: not ("SCRIPT" or "STYLE" or "NOSCRIPT" or "TEMPLATE") })
            {
                Append(node.Data);
                space = text.Length > 0;
            }
        }

        public void Append(string value)
        {
            foreach (var c in value)
            {
                if (IsCollapsedSpace(c))
                {
                    space = text.Length > 0;
                    continue;
                }

                if (space)
                {
                    text.Append(' ');
                    space = false;
                    if (text.Length > maxLength)
                    {
                        return;
                    }
                }

                text.Append(c);
                if (text.Length > maxLength)
                {
                    return;
                }
            }
        }

        public override readonly string ToString() => Return(text);

        /// <summary>The builder's text; the builder goes back to be reused when it is not too large.</summary>
        public static string Return(StringBuilder text)
        {
            var result = text.ToString();
            if (text.Capacity <= 8192)
            {
                spare = text;
            }

            return result;
        }

        public static StringBuilder Rent(int capacity)
        {
            if (spare is { } builder)
            {
                spare = null;
                return builder.Clear();
            }

            return new StringBuilder(capacity);
        }
    }

    public static bool IsInForeignRegion(ExtractionContext context, IElement element, IElement? stopAt = null, IElement? headline = null)
    {
        for (var current = element; current is not null && current != stopAt && current.TagName is not ("BODY" or "HTML"); current = current.ParentElement)
        {
            if (headline is not null && context.IsAncestorOrSelf(current, headline))
            {
                // A wrapper around the article's own headline is never someone else's region, whatever its class says.
                return false;
            }

            if (HasForeignMark(context, current))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the element itself is an aside, nav or footer, or is marked as one by its class, id or role; judged once per page.</summary>
    private static bool HasForeignMark(ExtractionContext context, IElement element)
    {
        if (!context.ForeignMarks.TryGetValue(element, out var marked))
        {
            marked = IsForeignMarked(element);
            context.ForeignMarks[element] = marked;
        }

        return marked;
    }

    private static bool IsForeignMarked(IElement element) =>
        MetadataRules.ForeignRegionTags.Contains(element.TagName, StringComparer.OrdinalIgnoreCase)
        || HasMarker(element, ForeignRegionMarkers);

    private static readonly MarkerSet ForeignRegionMarkers = new(MetadataRules.ForeignRegionMarkers);

    /// <summary>Whether the element's class, id or role contains one of <paramref name="markers"/> (ignoring case).</summary>
    public static bool HasMarker(IElement element, MarkerSet markers)
    {
        // One pass over the element's attributes (most have none or one) instead of three lookups by name.
        var attributes = element.Attributes;
        for (var k = 0; k < attributes.Length; k++)
        {
            if (attributes[k] is { Name: "class" or "id" or "role" } attribute && HasMarker(attribute.Value, markers))
            {
                return true;
            }
        }

        return false;
    }

    // Each of class, id and role is searched on its own: a word never spans two of them.
    private static bool HasMarker(string? names, MarkerSet markers)
    {
        if (string.IsNullOrEmpty(names) || !markers.MayOccurIn(names))
        {
            return false;
        }

        foreach (var marker in markers.Markers)
        {
            if (ContainsToken(names, marker))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWord(string names, int end)
    {
        if (end < names.Length && names[end] is 's' or 'S')
        {
            end++;
        }

        return end >= names.Length || !char.IsLetter(names[end]) || (char.IsUpper(names[end]) && char.IsLower(names[end - 1]));
    }

    /// <summary>
    /// Whether <paramref name="names"/> contains <paramref name="marker"/> as a whole word part: "related__list",
    /// "post-related" and "relatedLinks" contain "related"; "unrelated" and "navy" do not.
    /// </summary>
    private static bool ContainsToken(string? names, string marker)
    {
        if (string.IsNullOrEmpty(names))
        {
            return false;
        }

        var index = 0;
        while ((index = names.IndexOf(marker, index, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var before = index == 0 ? ' ' : names[index - 1];
            var startsWord = !char.IsLetter(before) || (char.IsUpper(names[index]) && char.IsLower(before));
            if (startsWord && EndsWord(names, index + marker.Length) && !IsNegated(names, index))
            {
                return true;
            }

            index += marker.Length;
        }

        return false;
    }

    /// <summary>Whether the marker at <paramref name="index"/> is a negated state flag ("no-promo", "has-sidebar", "without-related").</summary>
    private static bool IsNegated(string names, int index)
    {
        foreach (var flag in NegatingFlags)
        {
            if (index >= flag.Length && string.Compare(names, index - flag.Length, flag, 0, flag.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (index == flag.Length || !char.IsLetter(names[index - flag.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] NegatingFlags = ["no-", "no_", "has-", "has_", "with-", "without-", "hide-", "show-"];

    /// <summary>Whether the element is inside a head, script, style, template or hidden element.</summary>
    public static bool IsHidden(ExtractionContext context, IElement element) => Inherited(context.Hidden, element, HidesItself);

    /// <summary>Whether the element is a nav, footer or header or lies inside one (the selector <c>nav, footer, header</c> on it or an ancestor).</summary>
    public static bool IsInNavigationOrChrome(ExtractionContext context, IElement element) =>
        Inherited(context.InChrome, element, static e => e.LocalName is "nav" or "footer" or "header");

    /// <summary>
    /// A flag an element has when it or an ancestor has it (own(e) or flag(parent)), remembered per page: each element
    /// is judged once, however many candidates below it are asked about.
    /// </summary>
    private static bool Inherited(Dictionary<IElement, bool> memory, IElement element, Func<IElement, bool> own)
    {
        if (memory.TryGetValue(element, out var flag))
        {
            return flag;
        }

        var pending = inheritedPending ??= [];
        pending.Clear();
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (memory.TryGetValue(current, out var known))
            {
                flag = known;
                break;
            }

            pending.Add(current);
        }

        for (var i = pending.Count - 1; i >= 0; i--)
        {
            flag = flag || own(pending[i]);
            memory[pending[i]] = flag;
        }

        return flag;
    }

    /// <summary>The ancestors <see cref="Inherited"/> has yet to judge (one list per thread, reused; the walk never nests).</summary>
    [ThreadStatic]
    private static List<IElement>? inheritedPending;

    /// <summary>Elements a browser never shows as text (head, scripts, styles, templates, noscript), and those the page hides by the library's one rule (<see cref="HiddenElements"/>).</summary>
    private static bool HidesItself(IElement element)
    {
        if (element.TagName is "HEAD" or "SCRIPT" or "STYLE" or "TEMPLATE" or "NOSCRIPT")
        {
            return true;
        }

        return HiddenElements.HidesItself(element);
    }
}
