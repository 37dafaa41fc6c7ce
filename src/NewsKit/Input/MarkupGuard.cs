using System.Globalization;
using System.Text;

namespace NewsKit.Input;

/// <summary>
/// A linear pre-scan of the page text, run before AngleSharp builds the tree. It tokenizes the text cheaply and
/// follows the HTML standard's stack of open elements and list of active formatting elements closely enough to
/// know how deep the real parser's stack will grow, then rewrites the text where a limit is reached:
/// <list type="bullet">
/// <item>start tags that would open an element deeper than <see cref="ArticleParserOptions.MaxDepth"/> are
/// removed with their matching end tags, so their text stays in the ancestor at the limit (flattened, not lost);</item>
/// <item>formatting elements (<c>b</c>, <c>i</c>, <c>font</c>, <c>a</c>...) left open beyond
/// <see cref="MaxOpenFormatting"/> at once are removed the same way, since the parser reopens every one of them
/// after each misnested block;</item>
/// <item>the text is cut before the start tag that would create more than
/// <see cref="ArticleParserOptions.MaxElements"/> elements, or before the tag past twice that many tags
/// (end tags that close nothing cost the parser a walk of its stack too);</item>
/// <item>a run of text longer than <see cref="MaxTextRun"/> characters between two tags is cut at that length;</item>
/// <item>every <c>base</c> element after the first one with an <c>href</c> is removed: it has no effect, and each
/// costs AngleSharp a pass over the whole document (found by fuzzing: 3,000 of them took minutes);</item>
/// <item>the text of <c>script</c> and <c>style</c> elements is removed, except JSON data blocks (JSON-LD, also without its type): nothing
/// reads code or style sheets, and they are about half the characters of a typical news page, which the parser would
/// otherwise tokenize and copy into text nodes, and every later read of a container's text would walk.</item>
/// </list>
/// Without this, AngleSharp's work per token grows with the depth of its stack: 100,000 nested <c>div</c>
/// elements or 33,000 unclosed <c>&lt;span&gt;&lt;b&gt;&lt;i&gt;</c> runs take minutes. The scan itself does a
/// bounded amount of work per tag (walks stop at the depth limit), allocates one small object per open element,
/// and returns the input unchanged when no limit is reached and there is no code to remove.
/// </summary>
internal sealed class MarkupGuard
{
    /// <summary>The most formatting elements kept open at once (real pages rarely have more than a handful).</summary>
    public const int MaxOpenFormatting = 32;

    /// <summary>
    /// The longest run of text kept between two tags, in characters (1 Mi). A longer run is cut there: the
    /// extraction stages copy text several times, and a 20 MB text node cost 900 MB of memory.
    /// </summary>
    public const int MaxTextRun = 1024 * 1024;

    private const int Unset = int.MaxValue;

    private readonly ReadOnlyMemory<char> source;
    private readonly int maxOpen;
    private readonly int maxElements;
    private readonly CancellationToken cancellationToken;
    private readonly List<Open> stack = [];
    private readonly List<Formatting> active = [];
    private readonly Dictionary<string, Tag> otherTags = new(StringComparer.Ordinal);
    private int[] openCounts = new int[KnownTags.Count];
    private readonly Dictionary<Tag, int> dropped = [];
    private readonly List<(int Start, int End, bool Space)> removals = [];
    private int droppedOwner = Unset;
    private int elements;
    private long tags;
    private int flattened;
    private int droppedFormatting;
    private int deepest;
    private int truncatedAt = -1;
    private bool stopped;
    private bool baseUrlSeen;
    private int cutTextRuns;

    private MarkupGuard(ReadOnlyMemory<char> source, int maxDepth, int maxElements, CancellationToken cancellationToken)
    {
        this.source = source;

        // The tree puts html and body above every open element of the stack.
        maxOpen = Math.Max(1, maxDepth - 2);
        this.maxElements = maxElements;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>What the scan found and the text to parse.</summary>
    /// <param name="Source">The input.</param>
    /// <param name="Rewritten">The text to parse when something was removed, in a buffer rented from
    /// <see cref="TextBuffer.Rent"/> that the caller gives back; null when the input itself is to be parsed.</param>
    /// <param name="Length">The length of the text to parse.</param>
    /// <param name="Elements">The number of elements the parser will create, as counted by the scan.</param>
    /// <param name="DeepestStack">The deepest the stack of open elements grew in the scan's model.</param>
    /// <param name="Warnings">One <see cref="WarningKind.LimitReached"/> warning per limit reached.</param>
    internal readonly record struct Result(ReadOnlyMemory<char> Source, char[]? Rewritten, int Length, int Elements, int DeepestStack, IReadOnlyList<ParseWarning> Warnings)
    {
        /// <summary>The text to parse as a string: the input itself when nothing was removed, else a copy of <see cref="Rewritten"/>.</summary>
        public string Html => Rewritten is null ? Source.ToString() : new string(Rewritten, 0, Length);
    }

    /// <summary>Scans <paramref name="html"/> and rewrites it where a limit is reached.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled during the scan.</exception>
    public static Result Apply(ReadOnlyMemory<char> html, int maxDepth, int maxElements, CancellationToken cancellationToken)
    {
        var guard = new MarkupGuard(html, maxDepth, maxElements, cancellationToken);
        guard.Scan();
        return guard.Finish();
    }

    private bool InForeign => stack.Count > 0 && stack[^1].Foreign && !stack[^1].Integration;

    private void Scan()
    {
        var html = source.Span;
        var n = html.Length;
        var i = 0;
        var steps = 0;
        while (i < n && !stopped)
        {
            if ((++steps & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var lt = IndexOf(html, '<', i);
            if (lt < 0)
            {
                Text(i, n);
                break;
            }

            if (lt > i)
            {
                Text(i, lt);
            }

            i = lt + 1 < n ? Markup(lt) : n;
        }
    }

    /// <summary>Reads the markup that starts with the '&lt;' at <paramref name="lt"/>; returns where scanning goes on.</summary>
    private int Markup(int lt)
    {
        var html = source.Span;
        var n = html.Length;
        var c = html[lt + 1];
        if (c == '!')
        {
            if (html[lt..].StartsWith("<!--"))
            {
                if (lt + 4 < n && html[lt + 4] == '>')
                {
                    return lt + 5;
                }

                if (lt + 5 < n && html[lt + 4] == '-' && html[lt + 5] == '>')
                {
                    return lt + 6;
                }

                return After(IndexOf(html, "-->", lt + 4), 3);
            }

            if (InForeign && html[lt..].StartsWith("<![CDATA["))
            {
                return After(IndexOf(html, "]]>", lt + 9), 3);
            }

            return After(IndexOf(html, '>', lt + 2), 1);
        }

        if (c == '?')
        {
            return After(IndexOf(html, '>', lt + 2), 1);
        }

        if (c == '/')
        {
            if (lt + 2 >= n)
            {
                return n;
            }

            if (html[lt + 2] == '>')
            {
                return lt + 3;
            }

            if (!char.IsAsciiLetter(html[lt + 2]))
            {
                return After(IndexOf(html, '>', lt + 2), 1);
            }

            var nameEnd = NameEnd(lt + 2);
            var (end, _) = TagEnd(nameEnd);
            if (end < 0)
            {
                return n;
            }

            EndTag(TagOf(lt + 2, nameEnd), lt, end);
            return end;
        }

        if (!char.IsAsciiLetter(c))
        {
            Text(lt, lt + 1);
            return lt + 1;
        }

        var startNameEnd = NameEnd(lt + 1);
        var (tagEnd, selfClosing) = TagEnd(startNameEnd);
        if (tagEnd < 0)
        {
            return n;
        }

        var name = TagOf(lt + 1, startNameEnd);
        if (name.Name == "base" && !InForeign)
        {
            // Only the first base element with an href sets the document's base URL, and AngleSharp does work
            // proportional to the whole document for every base element it inserts: drop the others.
            if (baseUrlSeen)
            {
                removals.Add((lt, tagEnd, false));
                return tagEnd;
            }

            baseUrlSeen = html.Slice(startNameEnd, tagEnd - startNameEnd).Contains("href", StringComparison.OrdinalIgnoreCase);
        }

        var html5 = !InForeign || name.Is(TagKinds.ForeignBreakout);
        var attributes = name.Is(TagKinds.Formatting)
            ? string.GetHashCode(html.Slice(startNameEnd, tagEnd - startNameEnd).Trim(" \t\n\r\f/>"), StringComparison.Ordinal)
            : 0;
        var kept = StartTag(name, lt, tagEnd, selfClosing, attributes);
        if (stopped)
        {
            return n;
        }

        if (html5 && kept && name.Name == "plaintext")
        {
            stopped = true;
            return n;
        }

        if (!html5 || !name.Is(TagKinds.RawText))
        {
            return tagEnd;
        }

        var after = RawTextEnd(name, tagEnd, out var closing);
        if (kept && name.Name is "script" or "style" && closing > tagEnd
            && !html.Slice(startNameEnd, tagEnd - startNameEnd).Contains("json", StringComparison.OrdinalIgnoreCase)
            && !(name.Name == "script" && IsUntypedJsonLd(html.Slice(tagEnd, closing - tagEnd))))
        {
            // Code and style sheets: nothing reads them, and they are half the text of a typical page. JSON data
            // blocks (JSON-LD) are kept, with or without their type.
            removals.Add((tagEnd, closing, false));
        }

        return after;
    }

    /// <summary>Whether a script's text is a JSON-LD object written without its type: it opens with an object or array and names its context early on.</summary>
    private static bool IsUntypedJsonLd(ReadOnlySpan<char> content)
    {
        var start = content.TrimStart();
        return start.Length > 0 && start[0] is '{' or '[' && start[..Math.Min(start.Length, 512)].Contains("@context", StringComparison.Ordinal);
    }

    private int After(int index, int length) => index < 0 ? source.Length : index + length;

    private int NameEnd(int start)
    {
        var html = source.Span;
        var j = start;
        while (j < html.Length && !IsSpace(html[j]) && html[j] != '/' && html[j] != '>')
        {
            j++;
        }

        return j;
    }

    /// <summary>The tag of a name: one shared object per known lower-case name, one per scan for any other name.</summary>
    private Tag TagOf(int start, int end)
    {
        var html = source.Span;
        var span = html.Slice(start, end - start);
#if NET9_0_OR_GREATER
        if (KnownTagLookup.TryGetValue(span, out var known))
        {
            return known;
        }
#endif
        var name = span.ToString().ToLowerInvariant();
        if (KnownTags.TryGetValue(name, out var tag) || otherTags.TryGetValue(name, out tag))
        {
            return tag;
        }

        tag = new Tag(name, TreeConstructionData.KindsOf(name), KnownTags.Count + otherTags.Count);
        otherTags.Add(name, tag);
        return tag;
    }

    /// <summary>Every name of the tree construction categories and the most common other tags, each with its categories.</summary>
    private static readonly Dictionary<string, Tag> KnownTags = TreeConstructionData.Names
        .Concat([
            "a", "abbr", "b", "cite", "em", "i", "label", "option", "path", "picture", "small", "span", "strong", "sub",
            "sup", "svg", "time", "u", "video", "g", "use", "circle", "rect", "polygon", "defs", "symbol", "font", "mark",
            "q", "s", "math", "ruby", "var", "optgroup", "audio", "canvas",
        ])
        .Distinct(StringComparer.Ordinal)
        .Select((name, id) => new Tag(name, TreeConstructionData.KindsOf(name), id))
        .ToDictionary(tag => tag.Name, StringComparer.Ordinal);

#if NET9_0_OR_GREATER
    private static readonly Dictionary<string, Tag>.AlternateLookup<ReadOnlySpan<char>> KnownTagLookup = KnownTags.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    private static readonly Tag[] ImpliedBodyAndRow = [KnownTags["tbody"], KnownTags["tr"]];
    private static readonly Tag[] ImpliedBody = [KnownTags["tbody"]];
    private static readonly Tag[] ImpliedRow = [KnownTags["tr"]];
    private static readonly Tag Paragraph = KnownTags["p"];

    /// <summary>Skips the attributes of a tag the way the tokenizer does; returns the index after '&gt;', or -1 at the end of the text.</summary>
    private (int End, bool SelfClosing) TagEnd(int start)
    {
        var html = source.Span;
        var n = html.Length;
        var j = start;
        var selfClosing = false;
        while (j < n)
        {
            var c = html[j];
            if (c == '>')
            {
                return (j + 1, selfClosing);
            }

            if (c == '/')
            {
                selfClosing = j + 1 < n && html[j + 1] == '>';
                j++;
                continue;
            }

            selfClosing = false;
            if (IsSpace(c))
            {
                j++;
                continue;
            }

            j++;
            while (j < n && !IsSpace(html[j]) && html[j] is not '/' and not '>' and not '=')
            {
                j++;
            }

            var k = j;
            while (k < n && IsSpace(html[k]))
            {
                k++;
            }

            if (k >= n || html[k] != '=')
            {
                j = k;
                continue;
            }

            k++;
            while (k < n && IsSpace(html[k]))
            {
                k++;
            }

            if (k < n && html[k] is '"' or '\'')
            {
                var close = IndexOf(html, html[k], k + 1);
                if (close < 0)
                {
                    return (-1, false);
                }

                j = close + 1;
            }
            else
            {
                while (k < n && !IsSpace(html[k]) && html[k] != '>')
                {
                    k++;
                }

                j = k;
            }
        }

        return (-1, false);
    }

    /// <summary>Finds the end of a raw text element's content: after its end tag, or the end of the text.</summary>
    private int RawTextEnd(Tag name, int from, out int closing)
    {
        var html = source.Span;
        var n = html.Length;
        var k = from;
        while (true)
        {
            var lt = IndexOf(html, "</", k);
            if (lt < 0)
            {
                closing = n;
                return n;
            }

            var nameEnd = lt + 2 + name.Name.Length;
            if (nameEnd <= n
                && html.Slice(lt + 2, name.Name.Length).Equals(name.Name, StringComparison.OrdinalIgnoreCase)
                && (nameEnd == n || IsSpace(html[nameEnd]) || html[nameEnd] is '/' or '>'))
            {
                var (end, _) = TagEnd(nameEnd);
                closing = lt;
                return end < 0 ? n : end;
            }

            k = lt + 2;
        }
    }

    /// <summary>The index of <paramref name="value"/> in <paramref name="text"/> at or after <paramref name="start"/>, or -1.</summary>
    private static int IndexOf(ReadOnlySpan<char> text, char value, int start)
    {
        var at = text[start..].IndexOf(value);
        return at < 0 ? -1 : start + at;
    }

    /// <summary>The index of <paramref name="value"/> in <paramref name="text"/> at or after <paramref name="start"/>, or -1.</summary>
    private static int IndexOf(ReadOnlySpan<char> text, string value, int start)
    {
        var at = text[start..].IndexOf(value, StringComparison.Ordinal);
        return at < 0 ? -1 : start + at;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private void Text(int start, int end)
    {
        var html = source.Span;
        if (end - start > MaxTextRun)
        {
            removals.Add((start + MaxTextRun, end, false));
            cutTextRuns++;
        }

        if (InForeign || active.Count == 0)
        {
            return;
        }

        if (html.Slice(start, end - start).IndexOfAnyExcept(" \t\n\r\f") >= 0)
        {
            Reconstruct();
        }
    }

    /// <summary>Follows one start tag; returns false when it was dropped.</summary>
    private bool StartTag(Tag name, int start, int end, bool selfClosing, int attributes)
    {
        if (elements >= maxElements || ++tags > 2L * maxElements)
        {
            truncatedAt = start;
            stopped = true;
            return false;
        }

        if (InForeign)
        {
            if (!name.Is(TagKinds.ForeignBreakout))
            {
                elements++;
                if (selfClosing)
                {
                    return true;
                }

                if (stack.Count >= maxOpen)
                {
                    Flatten(name, start, end);
                    return false;
                }

                Push(new Open(name) { Foreign = true, Integration = name.Is(TagKinds.IntegrationPoint) });
                return true;
            }

            while (InForeign)
            {
                PopTop();
            }
        }

        if (name.Is(TagKinds.Ignored))
        {
            return true;
        }

        // Raw text elements are opened and closed at once: the scan skips their content with their end tag.
        if (name.Is(TagKinds.Void) || name.Is(TagKinds.RawText))
        {
            if (name.Name == "col")
            {
                elements += Nearest(["table", "template"], stack.Count) >= 0 ? 2 : 0;
                return true;
            }

            if (name.Name == "xmp")
            {
                PopTo(CloseParagraph(stack.Count));
            }

            if (!name.Is(TagKinds.NoReconstruct))
            {
                Reconstruct();
            }

            elements++;
            return true;
        }

        var plan = Plan(name);
        if (plan.Ignore)
        {
            return true;
        }

        var formatting = name.Is(TagKinds.Formatting);
        if (formatting && OpenFormattingCount() >= MaxOpenFormatting)
        {
            droppedFormatting++;
            Drop(name, start, end, space: false);
            return false;
        }

        var foreign = name.Name is "svg" or "math";
        var opens = foreign && selfClosing ? 0 : 1;
        if (plan.Limit + plan.Implied.Length + opens > maxOpen)
        {
            Flatten(name, start, end);
            return false;
        }

        if (name.Name == "a" && LastActive(name) is { } previous)
        {
            Adoption(name);
            if (previous.Element is { } stillOpen)
            {
                RemoveAt(stack.LastIndexOf(stillOpen));
            }

            RemoveFormatting(previous);
        }

        PopTo(Math.Min(plan.Limit, stack.Count));
        if (!name.Is(TagKinds.NoReconstruct))
        {
            Reconstruct();
        }

        foreach (var implied in plan.Implied)
        {
            elements++;
            Push(new Open(implied));
        }

        elements++;
        if (opens == 0)
        {
            return true;
        }

        var element = new Open(name) { Foreign = foreign };
        if (formatting)
        {
            AddFormatting(element, attributes);
        }

        Push(element);
        if (!foreign && name.Is(TagKinds.Marker))
        {
            active.Add(new Formatting(name, 0) { IsMarker = true });
        }

        return true;
    }

    private readonly record struct StartPlan(int Limit, Tag[] Implied, bool Ignore);

    /// <summary>Works out, without changing the model, how many open elements a start tag closes first and which it implies.</summary>
    private StartPlan Plan(Tag name)
    {
        var limit = stack.Count;
        Tag[] implied = [];
        switch (name.Name)
        {
            case "td" or "th" or "tr" or "tbody" or "thead" or "tfoot" or "caption" or "colgroup":
                return TablePlan(name);
            case "table":
                limit = CloseParagraph(limit);
                var context = Nearest(["table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "template"], limit);
                if (context >= 0 && stack[context].Name is "table" or "tbody" or "thead" or "tfoot" or "tr")
                {
                    limit = Math.Max(0, Nearest(["table"], context + 1));
                }

                return new StartPlan(limit, implied, false);
            case "li" or "dd" or "dt":
                for (var k = limit - 1; k >= 0; k--)
                {
                    var open = stack[k].Tag;
                    if (open == name || (name.Name != "li" && open.Name is "dd" or "dt"))
                    {
                        limit = k;
                        break;
                    }

                    if (open.Is(TagKinds.Special) && open.Name is not "address" and not "div" and not "p")
                    {
                        break;
                    }
                }

                return new StartPlan(CloseParagraph(limit), implied, false);
            case "option":
                return new StartPlan(limit > 0 && stack[limit - 1].Name == "option" ? limit - 1 : limit, implied, false);
            case "optgroup":
                if (limit > 0 && stack[limit - 1].Name == "option")
                {
                    limit--;
                }

                return new StartPlan(limit > 0 && stack[limit - 1].Name == "optgroup" ? limit - 1 : limit, implied, false);
            case "button":
                var button = InScope(name, TagKinds.Scope, limit);
                return new StartPlan(button >= 0 ? button : limit, implied, false);
        }

        if (name.Is(TagKinds.ClosesParagraph))
        {
            limit = CloseParagraph(limit);
            if (name.Is(TagKinds.Heading) && limit > 0 && stack[limit - 1].Tag.Is(TagKinds.Heading))
            {
                limit--;
            }
        }

        return new StartPlan(limit, implied, false);
    }

    private StartPlan TablePlan(Tag name)
    {
        string[] contexts = ["td", "th", "tr", "tbody", "thead", "tfoot", "table", "caption", "template"];
        var limit = stack.Count;
        while (true)
        {
            var k = Nearest(contexts, limit);
            if (k < 0 || stack[k].Name == "template")
            {
                return new StartPlan(limit, [], Ignore: true);
            }

            var at = stack[k].Name;
            var closes = at is "td" or "th" or "caption"
                || (at == "tr" && name.Name is not "td" and not "th")
                || (stack[k].Tag.Is(TagKinds.TableSection) && name.Name is "tbody" or "thead" or "tfoot" or "caption" or "colgroup");
            if (closes)
            {
                limit = k;
                continue;
            }

            limit = k + 1;
            var implied = (at, name.Name) switch
            {
                ("table", "td" or "th") => ImpliedBodyAndRow,
                ("table", "tr") => ImpliedBody,
                ("tbody" or "thead" or "tfoot", "td" or "th") => ImpliedRow,
                _ => [],
            };
            return new StartPlan(limit, implied, Ignore: name.Name == "colgroup");
        }
    }

    private int CloseParagraph(int limit)
    {
        if (!IsOpen(Paragraph))
        {
            return limit;
        }

        for (var k = limit - 1; k >= 0; k--)
        {
            var open = stack[k];
            if (open.Name == "p" && !open.Foreign)
            {
                return k;
            }

            if (open.Name == "button" || open.Tag.Is(TagKinds.Scope))
            {
                return limit;
            }
        }

        return limit;
    }

    private int Nearest(string[] names, int limit)
    {
        for (var k = limit - 1; k >= 0; k--)
        {
            if (!stack[k].Foreign && Array.IndexOf(names, stack[k].Name) >= 0)
            {
                return k;
            }
        }

        return -1;
    }

    private void EndTag(Tag name, int start, int end)
    {
        if (++tags > 2L * maxElements)
        {
            truncatedAt = start;
            stopped = true;
            return;
        }

        if (dropped.Count > 0 && dropped.TryGetValue(name, out var count) && count > 0 && !IsOpenAboveOwner(name))
        {
            dropped[name] = count - 1;
            removals.Add((start, end, name.Is(TagKinds.Special)));
            return;
        }

        if (InForeign)
        {
            for (var k = stack.Count - 1; k >= 0 && stack[k].Foreign; k--)
            {
                if (stack[k].Tag == name)
                {
                    PopTo(k);
                    return;
                }

                if (stack[k].Integration)
                {
                    break;
                }
            }
        }

        switch (name.Name)
        {
            case "html" or "body" or "head":
                return;
            case "br":
                Reconstruct();
                elements++;
                return;
            case "p":
                var p = CloseParagraph(stack.Count);
                if (p == stack.Count)
                {
                    elements++;
                }
                else
                {
                    PopTo(p);
                }

                return;
            case "form":
                var form = InScope(name, TagKinds.Scope, stack.Count);
                if (form >= 0)
                {
                    RemoveAt(form);
                }

                return;
            case "li":
                PopToInScope(name, ["ol", "ul"]);
                return;
        }

        if (name.Is(TagKinds.Heading))
        {
            for (var k = stack.Count - 1; k >= 0; k--)
            {
                if (stack[k].Tag.Is(TagKinds.Heading))
                {
                    PopTo(k);
                    return;
                }

                if (stack[k].Tag.Is(TagKinds.Scope))
                {
                    return;
                }
            }

            return;
        }

        if (name.Is(TagKinds.Formatting))
        {
            Adoption(name);
            return;
        }

        if (name.Is(TagKinds.Special))
        {
            var k = name.Name is "table" or "tbody" or "thead" or "tfoot" or "tr" or "td" or "th" or "caption"
                ? InScope(name, TagKinds.TableScope, stack.Count)
                : InScope(name, TagKinds.Scope, stack.Count);
            if (k >= 0)
            {
                PopTo(k);
            }

            return;
        }

        AnyOtherEndTag(name);
    }

    private bool IsOpenAboveOwner(Tag name)
    {
        for (var k = stack.Count - 1; k >= droppedOwner && k >= 0; k--)
        {
            if (stack[k].Tag == name)
            {
                return true;
            }
        }

        return false;
    }

    private void PopToInScope(Tag name, string[] barriers)
    {
        if (!IsOpen(name))
        {
            return;
        }

        for (var k = stack.Count - 1; k >= 0; k--)
        {
            var open = stack[k].Tag;
            if (open == name)
            {
                PopTo(k);
                return;
            }

            if (open.Is(TagKinds.Scope) || Array.IndexOf(barriers, open.Name) >= 0)
            {
                return;
            }
        }
    }

    private int InScope(Tag name, TagKinds barriers, int limit)
    {
        if (!IsOpen(name))
        {
            return -1;
        }

        for (var k = limit - 1; k >= 0; k--)
        {
            var open = stack[k].Tag;
            if (open == name)
            {
                return k;
            }

            if (open.Is(barriers))
            {
                return -1;
            }
        }

        return -1;
    }

    private void AnyOtherEndTag(Tag name)
    {
        if (!IsOpen(name))
        {
            return;
        }

        for (var k = stack.Count - 1; k >= 0; k--)
        {
            if (stack[k].Tag == name)
            {
                PopTo(k);
                return;
            }

            if (stack[k].Tag.Is(TagKinds.Special))
            {
                return;
            }
        }
    }

    /// <summary>The adoption agency algorithm, one round: what it does to the depth of the stack.</summary>
    private void Adoption(Tag name)
    {
        var entry = LastActive(name);
        if (entry is null)
        {
            AnyOtherEndTag(name);
            return;
        }

        if (entry.Element is null)
        {
            RemoveFormatting(entry);
            return;
        }

        var k = stack.LastIndexOf(entry.Element);
        for (var j = stack.Count - 1; j > k; j--)
        {
            if (stack[j].Tag.Is(TagKinds.Scope))
            {
                return;
            }
        }

        var furthest = -1;
        for (var j = k + 1; j < stack.Count; j++)
        {
            if (stack[j].Tag.Is(TagKinds.Special))
            {
                furthest = j;
                break;
            }
        }

        if (furthest < 0)
        {
            PopTo(k);
            RemoveFormatting(entry);
            return;
        }

        // The formatting element leaves the stack; elements between it and the furthest block that are not
        // formatting elements leave too, the others are replaced by copies; a copy of the formatting element
        // opens right after the furthest block.
        var above = stack.GetRange(k + 1, stack.Count - k - 1);
        PopTo(k, markClosed: false);
        entry.Element = null;
        var copy = new Open(name) { Formatting = entry };
        entry.Element = copy;
        elements++;
        for (var j = 0; j < above.Count; j++)
        {
            var open = above[j];
            if (j < furthest - k - 1 && open.Formatting is null)
            {
                continue;
            }

            Push(open);
            if (j == furthest - k - 1)
            {
                Push(copy);
            }
        }
    }

    private Formatting? LastActive(Tag name)
    {
        for (var j = active.Count - 1; j >= 0 && !active[j].IsMarker; j--)
        {
            if (active[j].Tag == name)
            {
                return active[j];
            }
        }

        return null;
    }

    private int OpenFormattingCount()
    {
        var count = 0;
        for (var j = active.Count - 1; j >= 0 && !active[j].IsMarker; j--)
        {
            count++;
        }

        return count;
    }

    private void AddFormatting(Open element, int attributes)
    {
        // Noah's Ark clause: at most three identical entries after the last marker.
        var same = 0;
        var earliest = -1;
        for (var j = active.Count - 1; j >= 0 && !active[j].IsMarker; j--)
        {
            if (active[j].Tag == element.Tag && active[j].Attributes == attributes)
            {
                same++;
                earliest = j;
            }
        }

        if (same >= 3)
        {
            active.RemoveAt(earliest);
        }

        var entry = new Formatting(element.Tag, attributes) { Element = element };
        element.Formatting = entry;
        active.Add(entry);
    }

    private void RemoveFormatting(Formatting entry)
    {
        var j = active.LastIndexOf(entry);
        if (j >= 0)
        {
            active.RemoveAt(j);
        }
    }

    /// <summary>Reopens the formatting elements that misnested markup closed, as the parser does before text and inline tags.</summary>
    private void Reconstruct()
    {
        if (active.Count == 0 || active[^1].IsMarker || active[^1].Element is not null)
        {
            return;
        }

        var first = active.Count - 1;
        while (first > 0 && !active[first - 1].IsMarker && active[first - 1].Element is null)
        {
            first--;
        }

        for (var j = first; j < active.Count; j++)
        {
            var entry = active[j];
            var element = new Open(entry.Tag) { Formatting = entry };
            entry.Element = element;
            elements++;
            Push(element);
        }
    }

    private void Push(Open element)
    {
        stack.Add(element);
        if (element.Tag.Id >= openCounts.Length)
        {
            Array.Resize(ref openCounts, Math.Max(openCounts.Length * 2, element.Tag.Id + 1));
        }

        openCounts[element.Tag.Id]++;
        deepest = Math.Max(deepest, stack.Count);
    }

    private void PopTo(int index, bool markClosed = true)
    {
        while (stack.Count > index)
        {
            var top = stack[^1];
            stack.RemoveAt(stack.Count - 1);
            Closed(top, markClosed);
        }
    }

    private void PopTop() => PopTo(Math.Max(0, stack.Count - 1));

    private void RemoveAt(int index)
    {
        var element = stack[index];
        stack.RemoveAt(index);
        Closed(element, markClosed: true);
    }

    private void Closed(Open element, bool markClosed)
    {
        openCounts[element.Tag.Id]--;
        if (markClosed && element.Formatting is { } entry && ReferenceEquals(entry.Element, element))
        {
            entry.Element = null;
        }

        if (!element.Foreign && markClosed && element.Tag.Is(TagKinds.Marker))
        {
            while (active.Count > 0)
            {
                var last = active[^1];
                active.RemoveAt(active.Count - 1);
                if (last.IsMarker)
                {
                    break;
                }
            }
        }

        if (stack.Count < droppedOwner)
        {
            dropped.Clear();
            droppedOwner = Unset;
        }
    }

    private bool IsOpen(Tag name) => name.Id < openCounts.Length && openCounts[name.Id] > 0;

    private void Flatten(Tag name, int start, int end)
    {
        flattened++;
        Drop(name, start, end, name.Is(TagKinds.Special));
    }

    private void Drop(Tag name, int start, int end, bool space)
    {
        removals.Add((start, end, space));
        if (droppedOwner == Unset)
        {
            droppedOwner = stack.Count;
        }

        dropped[name] = dropped.GetValueOrDefault(name) + 1;
    }

    private Result Finish()
    {
        var html = source.Span;
        var warnings = new List<ParseWarning>();
        if (flattened > 0)
        {
            warnings.Add(Warning($"{flattened:N0} elements nested deeper than the {maxOpen + 2:N0}-level depth limit were flattened into their ancestor; their text is kept"));
        }

        if (droppedFormatting > 0)
        {
            warnings.Add(Warning($"{droppedFormatting:N0} formatting tags beyond {MaxOpenFormatting} left open at once were dropped; their text is kept"));
        }

        if (cutTextRuns > 0)
        {
            warnings.Add(Warning($"{cutTextRuns:N0} runs of text longer than {MaxTextRun:N0} characters were cut at that length"));
        }

        if (truncatedAt >= 0)
        {
            warnings.Add(Warning($"the page has more than {maxElements:N0} elements (or twice as many tags); the rest of it, from character {truncatedAt:N0}, was dropped"));
        }

        if (removals.Count == 0 && truncatedAt < 0)
        {
            return new Result(source, null, html.Length, elements, deepest, warnings);
        }

        // The kept runs copied once into a pooled buffer (no large string per page); the caller returns it.
        var end = truncatedAt < 0 ? html.Length : truncatedAt;
        var length = 0;
        var position = 0;
        foreach (var (start, stop, space) in removals)
        {
            length += start - position + (space ? 1 : 0);
            position = stop;
        }

        length += end - position;
        var buffer = TextBuffer.Rent(length);
        var target = buffer.AsSpan();
        position = 0;
        var written = 0;
        foreach (var (start, stop, space) in removals)
        {
            html.Slice(position, start - position).CopyTo(target[written..]);
            written += start - position;
            if (space)
            {
                target[written++] = ' ';
            }

            position = stop;
        }

        html.Slice(position, end - position).CopyTo(target[written..]);
        return new Result(source, buffer, length, elements, deepest, warnings);
    }

    private static ParseWarning Warning(FormattableString message) =>
        new(WarningKind.LimitReached, message.ToString(CultureInfo.InvariantCulture));

    /// <summary>A tag name with its tree construction categories; <see cref="Id"/> indexes the count of open elements.</summary>
    private sealed class Tag(string name, TagKinds kinds, int id)
    {
        public string Name { get; } = name;

        public int Id { get; } = id;

        public bool Is(TagKinds kind) => (kinds & kind) != 0;
    }

    /// <summary>An element on the model's stack of open elements.</summary>
    private sealed class Open(Tag tag)
    {
        public Tag Tag { get; } = tag;

        public string Name => Tag.Name;

        public bool Foreign { get; init; }

        public bool Integration { get; init; }

        public Formatting? Formatting { get; set; }
    }

    /// <summary>An entry of the model's list of active formatting elements (or a marker).</summary>
    private sealed class Formatting(Tag tag, int attributes)
    {
        public Tag Tag { get; } = tag;

        public int Attributes { get; } = attributes;

        public bool IsMarker { get; init; }

        /// <summary>The open element of this entry; null once it was closed by misnested markup.</summary>
        public Open? Element { get; set; }
    }
}
