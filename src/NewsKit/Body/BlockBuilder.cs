using System.Text;
using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>
/// Turns the chosen containers into ordered blocks in one iterative walk of their subtrees. Text flows into
/// the current block until a block-level element starts or ends; headings, list items, quotes, preformatted
/// text, data tables and figures become blocks of their kind. Excluded elements are skipped with their
/// subtree, and so are link lists (lists and blocks whose text is mostly links) inside the body.
/// </summary>
internal sealed partial class BlockBuilder
{
    private readonly PageMap map;
    private readonly ContentFinder finder;
    private readonly ExtractionContext context;
    private readonly List<Segment> segments = [];
    private readonly StringBuilder buffer = new();
    private readonly List<int> headings = [];
    private readonly List<int> lists = [];
    private readonly List<int> quotes = [];
    private readonly List<BodyBlock> figures = [];
    private bool pendingSpace;

    /// <summary>Whether the walk met the end of the article (<see cref="IsOtherStorysHeading"/>): nothing after it is read.</summary>
    private bool ended;

    /// <summary>The most elements a story's title heading holds (a link, a span or two); a bigger heading is not read as one.</summary>
    private const int MaxStoryHeadingElements = 16;

    /// <summary>How many of <see cref="segments"/> <see cref="writtenChars"/> counts.</summary>
    private int countedSegments;

    /// <summary>The characters of the first <see cref="countedSegments"/> segments.</summary>
    private int writtenChars;

    /// <summary>The characters of the segments written so far, counted once each (a page of many headings stays linear).</summary>
    private int WrittenChars()
    {
        for (; countedSegments < segments.Count; countedSegments++)
        {
            writtenChars += segments[countedSegments].Text.Length;
        }

        return writtenChars;
    }

    private BlockBuilder(PageMap map, ContentFinder finder, ExtractionContext context, bool keepLinkLists)
    {
        this.map = map;
        this.finder = finder;
        this.context = context;
        this.keepLinkLists = keepLinkLists;
    }

    /// <summary>Whether lists and lines of links are written as blocks (the <see cref="BodyPath.LinkLists"/> path) instead of left out.</summary>
    private readonly bool keepLinkLists;

    /// <summary>
    /// Writes the blocks of the roots, in order; <paramref name="prefaceBlocks"/> says how many of them come from roots
    /// before the best container; <paramref name="keepLinkLists"/> writes lists of links too.
    /// </summary>
    public static List<BodyBlock> Build(PageMap map, ContentFinder finder, IReadOnlyList<int> roots, int top, ExtractionContext context, out int prefaceBlocks, bool keepLinkLists = false)
    {
        var builder = new BlockBuilder(map, finder, context, keepLinkLists);
        var preface = 0;
        foreach (var root in roots)
        {
            if (builder.ended)
            {
                break;
            }

            builder.Walk(root);
            if (root < top)
            {
                preface = builder.segments.Count;
            }
        }

        var blocks = builder.Group(preface, out prefaceBlocks);
        return blocks;
    }

    private void Walk(int root)
    {
        var stack = new Stack<Frame>();
        stack.Push(new Frame(map.Elements[root], root, false));
        var next = root;
        var steps = 0;
        while (stack.Count > 0)
        {
            if (++steps % 4096 == 0)
            {
                context.ThrowIfCancelled();
            }

            var frame = stack.Pop();
            if (frame.Exit)
            {
                Leave(frame.Index);
                continue;
            }

            if (frame.Node is IText text)
            {
                Append(text.Data);
                continue;
            }

            if (frame.Node is not IElement)
            {
                continue;
            }

            var index = next;
            next = map.End[index];
            if (finder.Excluded[index] || (!keepLinkLists && (IsLinkList(index) || IsReadingLine(index))))
            {
                continue;
            }

            next = index + 1;
            var tag = map.Tags[index];
            if (tag == "a" && headings.Count > 0 && IsHeadingAnchor(map.Elements[index]))
            {
                next = map.End[index];
                continue;
            }

            if (HtmlTags.Inline.Contains(tag))
            {
                if (tag == "br" && quotes.Count == 0 && headings.Count == 0 && lists.Count == 0 && EndsWithLineBreak(buffer))
                {
                    // A blank line ("<br><br>") parts paragraphs, as pages without <p> write them.
                    Flush();
                }
                else if (tag == "br")
                {
                    buffer.Append('\n');
                    pendingSpace = false;
                }

                PushChildren(stack, frame.Node, index, exit: false);
                continue;
            }

            Flush();
            switch (tag)
            {
                case "pre":
                    AddPreformatted(index);
                    next = map.End[index];
                    continue;
                case "figure" when !HoldsTextBlocks(index):
                    AddFigure(index);
                    next = map.End[index];
                    continue;
                case "figcaption" when segments.Count > 0 && segments[^1].Block is { Kind: BlockKind.Figure, Caption: null } figureBefore
                    && map.Elements[index].PreviousElementSibling is { LocalName: "figure" }:
                    // "<figure><img></figure><figcaption><p>...</p></figcaption>": a caption written after its figure is the
                    // figure's, not body text.
                    segments[^1] = segments[^1] with { Block = figureBefore with { Caption = CaptionText(map.Elements[index]) } };
                    next = map.End[index];
                    continue;
                case "div" or "li" or "section" or "p" when CaptionedImage(index) is { } figure:
                    segments.Add(new Segment(SegmentKind.Block, string.Empty, -1, 0, false, figure));
                    next = map.End[index];
                    continue;
                case "table" when IsDataTable(index):
                    AddTable(index);
                    next = map.End[index];
                    continue;
                case "h2" or "h3" or "h4" or "h5" or "h6" when IsOtherStorysHeading(index):
                    ended = true;
                    return;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6" when !BodyExclusions.IsProseHeading(tag, finder.InlineChars[index]):
                    headings.Add(index);
                    break;
                case "ul" or "ol":
                    lists.Add(index);
                    break;
                case "blockquote":
                    quotes.Add(index);
                    break;
            }

            PushChildren(stack, frame.Node, index, exit: true);
        }
    }

    /// <summary>Marks of a heading's permalink ("<c>&lt;a class="anchor" href="#the-symptom"&gt;#&lt;/a&gt;</c>", Sphinx's "¶").</summary>
    private static readonly string[] AnchorMarks = ["#", "¶", "§", "🔗", "🔗\uFE0E", "🔗\uFE0F", "⚓", "link"];

    /// <summary>Whether the link is a heading's permalink: it points into the page and shows only a mark (<see cref="AnchorMarks"/>) or nothing.</summary>
    private static bool IsHeadingAnchor(IElement link) =>
        link.GetAttribute("href") is { Length: > 0 } href && href[0] == '#'
        && (link.TextContent.Trim() is var shown && (shown.Length == 0 || Array.IndexOf(AnchorMarks, shown) >= 0));

    private static void PushChildren(Stack<Frame> stack, INode node, int index, bool exit)
    {
        if (exit)
        {
            stack.Push(new Frame(node, index, true));
        }

        var children = node.ChildNodes;
        for (var c = children.Length - 1; c >= 0; c--)
        {
            var child = children[c];
            if (child is IText or IElement)
            {
                stack.Push(new Frame(child, -1, false));
            }
        }
    }

    private void Leave(int index)
    {
        Flush();
        var tag = map.Tags[index];
        var stack = tag switch
        {
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => headings,
            "ul" or "ol" => lists,
            "blockquote" => quotes,
            _ => null,
        };
        if (stack is { Count: > 0 } && stack[^1] == index)
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }

    private bool IsLinkList(int index)
    {
        var tag = map.Tags[index];
        if (tag is not ("ul" or "ol" or "div" or "section" or "p" or "dl" or "table" or "td"))
        {
            return false;
        }

        var chars = finder.Chars[index];
        if (chars == 0 || finder.LinkDensity(index) < BodyRules.LinkListDensity)
        {
            return false;
        }

        // A paragraph with a long unlinked sentence is prose even when links (or link pop-ups) outweigh it; a
        // short link line is a teaser for another page of the same site ("Related: ...", "READ MORE"), while
        // a line or list of links to other sites (sources, shops) is part of the article, unless they are
        // social networks ("Follow us on ...") outside a quoted post.
        return tag switch
        {
            "p" => chars - finder.LinkChars[index] < BodyRules.LinkParagraphMaxProse && LinksStayOnSite(index),
            "ul" or "ol" => LinksStayOnSite(index),
            _ => true,
        };
    }

    /// <summary>
    /// Whether a subheading is another story's title, which ends the article: its whole text is one link to another
    /// page of the site (not the page itself, not a fragment), and the body already holds at least
    /// <see cref="BodyRules.MinBodyChars"/> characters before it. A teaser of the next story set out in the article's own
    /// container ("&lt;h2&gt;&lt;a href=/market-moves&gt;Market moves&lt;/a&gt;&lt;/h2&gt;&lt;p&gt;...") reads like a section otherwise.
    /// </summary>
    private bool IsOtherStorysHeading(int index)
    {
        var chars = finder.InlineChars[index];
        if (chars == 0 || finder.InlineLinkChars[index] < chars || map.End[index] - index > MaxStoryHeadingElements
            || WrittenChars() + buffer.Length < BodyRules.MinBodyChars)
        {
            return false;
        }

        if (!OnlyOne(index, "a", out var link))
        {
            return false;
        }

        var href = link?.GetAttribute("href");
        if (href is null || href.Contains('#', StringComparison.Ordinal) || context.Links.ResolveUrl(href) is not { } target || context.Links.PageAddress is not { } page)
        {
            return false;
        }

        return Sites.Of(target) == Sites.Of(page) && Related.StoryUrls.PathKey(target) != Related.StoryUrls.PathKey(page)
            && Related.StoryUrls.StoryEvidence(target) == Related.StoryUrls.Evidence.Strong;
    }

    /// <summary>Whether every link in the block points to the page's own site (relative, or a host of the same site) or, outside quotes, to a social network.</summary>
    private bool LinksStayOnSite(int index)
    {
        var site = Sites.Of(context.Links.PageUrl);
        for (var i = index; i < map.End[index]; i++)
        {
            if (map.Tags[i] != "a" || finder.Excluded[i])
            {
                continue;
            }

            var href = map.Elements[i].GetAttribute("href");
            if (string.IsNullOrWhiteSpace(href) || href.StartsWith('#'))
            {
                continue;
            }

            var target = context.Links.ResolveUrl(href);
            var targetSite = Sites.Of(target);
            if (target is null || (site is not null && targetSite != site && (quotes.Count > 0 || !BodyRules.SocialSites.Contains(targetSite!))))
            {
                return false;
            }
        }

        return true;
    }

    private void Append(string text)
    {
        foreach (var c in text)
        {
            if (ElementText.IsInvisible(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = buffer.Length > 0 && buffer[^1] != '\n';
                continue;
            }

            if (pendingSpace)
            {
                buffer.Append(' ');
                pendingSpace = false;
            }

            buffer.Append(c);
        }
    }

    /// <summary>Whether the text ends with a line break followed by nothing but whitespace.</summary>
    private static bool EndsWithLineBreak(StringBuilder text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return false;
    }

    private void Flush()
    {
        pendingSpace = false;
        var text = WithoutTrailingAgencyCredit(Clean(buffer));
        buffer.Clear();
        if (text.Length == 0 || IsAdLabel(text) || IsCreditLine(text))
        {
            return;
        }

        var kind = quotes.Count > 0 ? SegmentKind.Quote
            : headings.Count > 0 ? SegmentKind.Heading
            : lists.Count > 0 ? SegmentKind.ListItem
            : SegmentKind.Paragraph;
        var owner = kind switch
        {
            SegmentKind.Quote => quotes[0],
            SegmentKind.Heading => headings[^1],
            SegmentKind.ListItem => lists[0],
            _ => -1,
        };
        var level = kind == SegmentKind.Heading ? map.Tags[owner][1] - '0' : 0;
        var ordered = kind == SegmentKind.ListItem && map.Tags[owner] == "ol";
        segments.Add(new Segment(kind, text, owner, level, ordered, null));
    }

    /// <summary>
    /// A short line with a copyright sign is a photo credit or a rights notice, not article text. A sign right
    /// after a letter is not one: it is mojibake ("Ã©" is "é" decoded with the wrong code page).
    /// </summary>
    private static bool IsCreditLine(string text)
    {
        if (text.Length > BodyRules.CreditLineMaxChars)
        {
            return false;
        }

        for (var i = text.IndexOf('©', StringComparison.Ordinal); i >= 0; i = text.IndexOf('©', i + 1))
        {
            if (i == 0 || !char.IsLetter(text[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest agency's copyright tag cut from the end of a paragraph ("(©NTB)", "(© dpa-infocom)").</summary>
    private const int MaxAgencyCreditChars = 30;

    /// <summary>
    /// The paragraph without the agency's copyright tag a wire story ends with ("..., sier hun. (©NTB)"): the sentence is
    /// article text, the tag is not, and left on it made the whole paragraph a credit line (<see cref="IsCreditLine"/>).
    /// </summary>
    private static string WithoutTrailingAgencyCredit(string text)
    {
        if (!text.EndsWith(')') || text.LastIndexOf("(©", StringComparison.Ordinal) is var open && open < 0
            || text.Length - open > MaxAgencyCreditChars || open == 0)
        {
            return text;
        }

        var before = text.AsSpan(0, open).TrimEnd();
        return before.Length > 0 && before[^1] is '.' or '!' or '?' or '"' or '”' or '»' && before.IndexOf(' ') > 0 ? before.ToString() : text;
    }

    private static readonly char[] AdLabelTrim = [' ', '-', '–', '—', ':', '.', '|', '·', '(', ')', '[', ']'];

    /// <summary>The longest ad slot's label read (in characters): "el artículo continúa después de la publicidad".</summary>
    private const int MaxAdLabelChars = 60;

    /// <summary>Whether a block's whole text is an ad slot's label (<see cref="BodyRules.AdLabels"/>), punctuation around it aside.</summary>
    internal static bool IsAdLabel(string text) =>
        text.Length <= MaxAdLabelChars && BodyRules.AdLabels.Contains(text.Trim(AdLabelTrim).LowerInvariant());

    private static string Clean(StringBuilder sb)
    {
        var lines = sb.ToString().Split('\n');
        var kept = new List<string>(lines.Length);
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                kept.Add(trimmed);
            }
        }

        return string.Join('\n', kept);
    }

    private List<BodyBlock> Group(int prefaceSegments, out int prefaceBlocks)
    {
        var blocks = new List<BodyBlock>();
        var i = 0;
        prefaceBlocks = 0;
        while (i < segments.Count)
        {
            if (i < prefaceSegments)
            {
                prefaceBlocks = blocks.Count + 1;
            }

            var s = segments[i];
            switch (s.Kind)
            {
                case SegmentKind.Block:
                    blocks.Add(s.Block!);
                    i++;
                    break;
                case SegmentKind.Heading:
                    blocks.Add(new BodyBlock(BlockKind.Heading, s.Text.Replace('\n', ' ')) { Level = s.Level });
                    i++;
                    break;
                case SegmentKind.ListItem or SegmentKind.Quote:
                    var items = new List<string>();
                    var j = i;
                    while (j < segments.Count && segments[j].Kind == s.Kind && segments[j].Owner == s.Owner)
                    {
                        items.Add(segments[j].Text);
                        j++;
                    }

                    var text = string.Join('\n', items);
                    blocks.Add(s.Kind == SegmentKind.Quote
                        ? new BodyBlock(BlockKind.Quote, text)
                        : new BodyBlock(BlockKind.List, text) { Items = items, IsOrdered = s.Ordered });
                    i = j;
                    break;
                default:
                    blocks.Add(new BodyBlock(BlockKind.Paragraph, s.Text));
                    i++;
                    break;
            }
        }

        return blocks;
    }

    private enum SegmentKind
    {
        Paragraph,
        Heading,
        ListItem,
        Quote,
        Block,
    }

    private readonly record struct Segment(SegmentKind Kind, string Text, int Owner, int Level, bool Ordered, BodyBlock? Block);

    private readonly record struct Frame(INode Node, int Index, bool Exit);
}
