using System.Text;
using AngleSharp.Dom;

namespace NewsKit.Pipeline;

/// <summary>
/// Reads the text of DOM nodes for every stage: joined as <c>TextContent</c> gives it, collapsed, spaced between elements,
/// or only counted, without AngleSharp's shared, locked builder and without recursion; bounded variants stop early.
/// </summary>
internal static class ElementText
{
    /// <summary>The node's text (its <c>TextContent</c>) with runs of whitespace collapsed to one space, trimmed.</summary>
    public static string Text(INode node) => Text(node, int.MaxValue);

    /// <summary>
    /// <see cref="Text(INode)"/> cut short: reading stops once the collapsed text is longer than
    /// <paramref name="maxLength"/>, so the result has at most <paramref name="maxLength"/> + 1 characters and equals
    /// the start of the whole text. Use it for length tests on elements that may hold a whole page.
    /// </summary>
    public static string Text(INode node, int maxLength)
    {
        // An element is told by its class first (every element the parser builds is an Element): a cheaper test than
        // the interfaces', which scan the many interfaces an element type has.
        IElement? element = node as Element;
        if (element is null)
        {
            if (node is IText text)
            {
                return Collapse(text.Data);
            }

            element = node as IElement;
            if (element is null)
            {
                return Collapse(node.TextContent);
            }
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

        if (ElementIndex.Current is { } index && index.TryGetTextRun(element, out var start, out var end))
        {
            return index.TextLength(start, end, int.MaxValue);
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
        if (ElementIndex.Current is { } index && index.TryGetTextRun(element, out var start, out var end))
        {
            return index.TextLength(start, end, max);
        }

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

    /// <summary>The text with runs of whitespace collapsed to one space, trimmed; soft hyphens and zero-width characters (<see cref="IsInvisible"/>) removed.</summary>
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

    /// <summary>Whether the character shows as nothing, or as a space: whitespace, or one of <see cref="IsInvisible"/>.</summary>
    public static bool IsCollapsedSpace(char c) => char.IsWhiteSpace(c) || IsInvisible(c);

    /// <summary>
    /// Whether the character is never shown inside a line: a soft hyphen (a hyphenation hint: "die&#xAD;sem" reads
    /// "diesem"), a zero-width space, a word joiner or a zero-width no-break space. Text read from the page leaves them
    /// out, so that words match as they read.
    /// </summary>
    public static bool IsInvisible(char c) => c is '\u00ad' or '\u200b' or '\u2060' or '\ufeff';

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
    /// <c>TextContent</c>. The sink is a struct passed by reference: no allocation per walk. An element of the page
    /// being parsed is read from its run of the element index's text nodes (<see cref="ElementIndex.TryGetTextRun"/>),
    /// the same nodes in the same order, without walking the tree.
    /// </summary>
    private static void WalkTexts<TSink>(IElement root, ref TSink sink)
        where TSink : struct, ITextSink
    {
        if (ElementIndex.Current is { } index && index.TryGetTextRun(root, out var start, out var end))
        {
            var texts = index.TextNodeList;
            var elements = index.ElementList;
            for (var k = start; k < end && !sink.IsFull; k++)
            {
                var (text, holder) = texts[k];
                sink.Take(text, elements[holder]);
            }

            return;
        }

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

    /// <summary>
    /// The length of the element's text as it shows (<see cref="Text(INode, int)"/>: runs of white space as one, none at
    /// either end) when it is at most <paramref name="max"/>; some length over <paramref name="max"/> otherwise; counted
    /// without building the text.
    /// </summary>
    public static int ShownLength(IElement element, int max)
    {
        var length = new ShownLengthSink { Max = max };
        WalkTexts(element, ref length);
        return length.Length;
    }

    /// <summary>Counts the characters of the text nodes as they show: a run of white space as one, none before the first character or after the last.</summary>
    private struct ShownLengthSink() : ITextSink
    {
        private bool pendingSpace;

        public int Length { get; private set; }

        public int Max { get; init; } = int.MaxValue;

        public readonly bool IsFull => Length > Max;

        public void Take(IText text, INode parent)
        {
            foreach (var c in text.Data)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = Length > 0;
                }
                else
                {
                    Length += pendingSpace ? 2 : 1;
                    pendingSpace = false;
                }
            }
        }
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
            else if (ShowsText(parent))
            {
                Append(node.Data);
                space = text.Length > 0;
            }
        }

        /// <summary>Whether the parent's text is read as spaced text: an element other than script, style, noscript and template (the element's own class read first, as in <see cref="Text(INode, int)"/>).</summary>
        private static bool ShowsText(INode parent) => parent switch
        {
            Element built => built.TagName is not ("SCRIPT" or "STYLE" or "NOSCRIPT" or "TEMPLATE"),
            IElement element => element.TagName is not ("SCRIPT" or "STYLE" or "NOSCRIPT" or "TEMPLATE"),
            _ => false,
        };

        public void Append(string value)
        {
            // A run of characters shown as they are goes in with one append; a space or an invisible character ends it.
            var rest = value.AsSpan();
            while (rest.Length > 0)
            {
                var run = 0;
                while (run < rest.Length && IsShownAsIs(rest[run]))
                {
                    run++;
                }

                if (run > 0)
                {
                    if (space)
                    {
                        text.Append(' ');
                        space = false;
                        if (text.Length > maxLength)
                        {
                            return;
                        }
                    }

                    // Up to one character past the limit, as a character-by-character append would stop.
                    var room = maxLength - text.Length;
                    if (run > room)
                    {
                        text.Append(rest[..(Math.Max(room, 0) + 1)]);
                        return;
                    }

                    text.Append(rest[..run]);
                    rest = rest[run..];
                    if (rest.Length == 0)
                    {
                        return;
                    }
                }

                if (!IsInvisible(rest[0]))
                {
                    space = text.Length > 0;
                }

                rest = rest[1..];
            }
        }

        /// <summary>Whether the character is taken as it is: neither white space nor <see cref="IsInvisible"/>.</summary>
        private static bool IsShownAsIs(char c) => (c > ' ' && c < '\u007f') || !(char.IsWhiteSpace(c) || IsInvisible(c));

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

    /// <summary>
    /// The text of the element's subtree with <paramref name="breakMark"/> for each <c>&lt;br&gt;</c> (a preformatted block's
    /// lines, highlighted code's <c>&lt;span class="token-line"&gt;...&lt;/span&gt;&lt;br&gt;</c>: each break a new line, as the page
    /// shows it) and, unless <paramref name="blockMark"/> is null, that mark before each block inside it (a space between a
    /// table cell's parts, a comma between a byline's name and the role under it), and before each inline element
    /// <paramref name="marked"/> accepts;
    /// script and style text left out; read until it is longer than <paramref name="maxLength"/>. Not collapsed. (A
    /// byline's lines read so too, each break a comma.)
    /// </summary>
    public static string TextWithMarks(IElement root, string breakMark, string? blockMark, int maxLength = int.MaxValue, Func<IElement, bool>? marked = null)
    {
        var text = new StringBuilder();
        var stack = new Stack<INode>();
        for (var child = root.LastChild; child is not null; child = child.PreviousSibling)
        {
            stack.Push(child);
        }

        while (stack.Count > 0 && text.Length <= maxLength)
        {
            switch (stack.Pop())
            {
                case IText node:
                    text.Append(node.Data);
                    break;
                case IElement { LocalName: "br" }:
                    text.Append(breakMark);
                    break;
                case IElement { LocalName: "script" or "style" or "template" }:
                    break;
                case IElement element:
                    if (blockMark is not null && (!HtmlTags.Inline.Contains(element.LocalName) || marked?.Invoke(element) == true) && text.Length > 0 && !EndsWith(text, blockMark))
                    {
                        text.Append(blockMark);
                    }

                    for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        stack.Push(child);
                    }

                    break;
            }
        }

        return text.ToString();

        static bool EndsWith(StringBuilder text, string mark)
        {
            if (text.Length < mark.Length)
            {
                return false;
            }

            for (var k = 0; k < mark.Length; k++)
            {
                if (text[text.Length - mark.Length + k] != mark[k])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
