namespace NewsKit.Input;

/// <summary>
/// Follows the HTML standard's tree construction, tag by tag, closely enough to know how deep the real parser's stack
/// of open elements will grow and how many elements it will create: the rules of the "in body" insertion mode, with
/// the table, select and foreign content (SVG, MathML) rules a page meets on the way, applied to a
/// <see cref="TreeBuilderModel"/>. Where a limit would be passed it edits the page instead, into a
/// <see cref="MarkupRewrite"/>:
/// <list type="bullet">
/// <item>a start tag that would open an element deeper than the depth limit is removed with its matching end tags
/// (flattened: its text stays in the ancestor at the limit);</item>
/// <item>a formatting start tag beyond <see cref="MaxOpenFormatting"/> open at once is removed the same way;</item>
/// <item>at the start tag that would create more than the element limit, or the tag past twice that many tags, the
/// rest of the text is cut (<see cref="Stopped"/>).</item>
/// </list>
/// Every rule does a bounded amount of work: walks of the stack stop at the depth limit.
/// </summary>
internal sealed partial class TreeBuilderSimulation
{
    /// <summary>The most formatting elements kept open at once (real pages rarely have more than a handful).</summary>
    public const int MaxOpenFormatting = 32;

    /// <summary>What a cell start tag right in a <c>table</c> opens first.</summary>
    private static readonly TagName[] ImpliedBodyAndRow = [TreeConstructionData.KnownTags["tbody"], TreeConstructionData.KnownTags["tr"]];

    /// <summary>What a <c>tr</c> start tag right in a <c>table</c> opens first.</summary>
    private static readonly TagName[] ImpliedBody = [TreeConstructionData.KnownTags["tbody"]];

    /// <summary>What a cell start tag right in a table section opens first.</summary>
    private static readonly TagName[] ImpliedRow = [TreeConstructionData.KnownTags["tr"]];

    /// <summary>The parser state followed.</summary>
    private readonly TreeBuilderModel model;

    /// <summary>Receives the removals.</summary>
    private readonly MarkupRewrite rewrite;

    /// <summary>The most elements the parser may create.</summary>
    private readonly int maxElements;

    /// <summary>
    /// End tags still to remove per name, because their start tags were removed; they belong to the elements opened
    /// above <see cref="TreeBuilderModel.Watermark"/> and are forgotten once the stack falls below it. Made at the
    /// first removal (most pages have none).
    /// </summary>
    private Dictionary<TagName, int>? dropped;

    /// <summary>The open <c>noscript</c> elements with the place of their start tags (see <see cref="EndNoscript"/>).</summary>
    private List<(OpenElement Element, int Start, int End)>? noscripts;

    /// <summary>The number of <c>noscript</c> elements unwrapped because their content left an element open.</summary>
    public int UnwrappedNoscripts { get; private set; }

    /// <summary>The start and end tags followed so far.</summary>
    private long tags;

    /// <summary>A simulation with the parser's limits.</summary>
    /// <param name="maxDepth">The deepest the tree may be (<see cref="ArticleParserOptions.MaxDepth"/>).</param>
    /// <param name="maxElements">The most elements the parser may create (<see cref="ArticleParserOptions.MaxElements"/>).</param>
    /// <param name="rewrite">Receives the removals and where the text is cut.</param>
    /// <param name="source">The page text, where the attributes of formatting tags are compared.</param>
    public TreeBuilderSimulation(int maxDepth, int maxElements, MarkupRewrite rewrite, ReadOnlyMemory<char> source)
    {
        model = new TreeBuilderModel(source);
        // The tree puts html and body above every open element of the stack.
        MaxOpen = Math.Max(1, maxDepth - 2);
        this.maxElements = maxElements;
        this.rewrite = rewrite;
    }

    /// <summary>The most elements kept open on the model's stack: the depth limit less the html and body elements.</summary>
    public int MaxOpen { get; }

    /// <summary>Whether the current node is SVG or MathML content (where the tokenizer reads CDATA sections and raw text differently).</summary>
    public bool InForeign => model.InForeign;

    /// <summary>Whether the element or tag limit was reached: the text from <see cref="TruncatedAt"/> on is cut and the scan ends.</summary>
    public bool Stopped { get; private set; }

    /// <summary>Where the text is cut, the start of the tag past the limit; -1 when it is not.</summary>
    public int TruncatedAt { get; private set; } = -1;

    /// <summary>The number of elements the parser will create, as counted so far.</summary>
    public int Elements => model.Elements;

    /// <summary>The deepest the stack of open elements grew in the model.</summary>
    public int Deepest => model.Deepest;

    /// <summary>The number of start tags removed at the depth limit.</summary>
    public int Flattened { get; private set; }

    /// <summary>The number of formatting start tags removed beyond <see cref="MaxOpenFormatting"/>.</summary>
    public int DroppedFormatting { get; private set; }

    /// <summary>A run of text: text other than white space makes the parser reopen the formatting elements misnested markup closed.</summary>
    /// <param name="text">The run of text between two tags.</param>
    public void Text(ReadOnlySpan<char> text)
    {
        if (model.InForeign || !model.HasActiveFormatting)
        {
            return;
        }

        if (text.IndexOfAnyExcept(" \t\n\r\f") >= 0)
        {
            model.Reconstruct();
        }
    }

    /// <summary>Follows one start tag.</summary>
    /// <param name="name">The tag's name.</param>
    /// <param name="start">The index of its '&lt;'.</param>
    /// <param name="end">The index after its '&gt;'.</param>
    /// <param name="selfClosing">Whether it ends with "/&gt;" (which only SVG and MathML elements honour).</param>
    /// <param name="attributes">Where its attributes stand in the page text, for formatting elements (trimmed); empty for the others.</param>
    /// <returns>False when the tag was removed (or the text cut before it).</returns>
    public bool StartTag(TagName name, int start, int end, bool selfClosing, TextRange attributes)
    {
        if (model.Elements >= maxElements || ++tags > 2L * maxElements)
        {
            TruncatedAt = start;
            Stopped = true;
            return false;
        }

        if (model.InForeign)
        {
            if (!name.Is(TagKinds.ForeignBreakout))
            {
                model.Elements++;
                if (selfClosing)
                {
                    return true;
                }

                if (model.Count >= MaxOpen)
                {
                    Flatten(name, start, end);
                    return false;
                }

                model.Push(new OpenElement(name) { Foreign = true, Integration = name.Is(TagKinds.IntegrationPoint) });
                return true;
            }

            while (model.InForeign)
            {
                model.PopTop();
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
                model.Elements += model.Nearest(TreeConstructionData.TableOrTemplate, model.Count) >= 0 ? 2 : 0;
                return true;
            }

            if (name.Name == "xmp")
            {
                model.PopTo(model.CloseParagraph(model.Count));
            }

            if (!name.Is(TagKinds.NoReconstruct))
            {
                model.Reconstruct();
            }

            model.Elements++;
            return true;
        }

        var plan = Plan(name);
        if (plan.Ignore)
        {
            return true;
        }

        var formatting = name.Is(TagKinds.Formatting);
        if (formatting && model.OpenFormattingCount() >= MaxOpenFormatting)
        {
            DroppedFormatting++;
            Drop(name, start, end, space: false);
            return false;
        }

        var foreign = name.Name is "svg" or "math";
        var opens = foreign && selfClosing ? 0 : 1;
        if (plan.Limit + plan.Implied.Length + opens > MaxOpen)
        {
            Flatten(name, start, end);
            return false;
        }

        if (name.Name == "a" && model.LastActive(name) is { } previous)
        {
            model.Adoption(name);
            if (previous.Element is { } stillOpen)
            {
                model.RemoveAt(model.LastIndexOf(stillOpen));
            }

            model.RemoveFormatting(previous);
        }

        model.PopTo(Math.Min(plan.Limit, model.Count));
        if (!name.Is(TagKinds.NoReconstruct))
        {
            model.Reconstruct();
        }

        foreach (var implied in plan.Implied)
        {
            model.Elements++;
            model.Push(new OpenElement(implied));
        }

        model.Elements++;
        if (opens == 0)
        {
            return true;
        }

        var element = new OpenElement(name) { Foreign = foreign };
        if (formatting)
        {
            model.AddFormatting(element, attributes);
        }

        model.Push(element);
        if (!foreign && name.Name == "noscript")
        {
            (noscripts ??= []).Add((element, start, end));
        }

        if (!foreign && name.Is(TagKinds.Marker))
        {
            model.AddMarker(name);
        }

        return true;
    }

    /// <summary>Follows one end tag; removes it when its start tag was removed.</summary>
    /// <param name="name">The tag's name.</param>
    /// <param name="start">The index of its '&lt;'.</param>
    /// <param name="end">The index after its '&gt;'.</param>
    public void EndTag(TagName name, int start, int end)
    {
        if (++tags > 2L * maxElements)
        {
            TruncatedAt = start;
            Stopped = true;
            return;
        }

        if (model.Watermark != TreeBuilderModel.NoWatermark && dropped is { Count: > 0 } && dropped.TryGetValue(name, out var count) && count > 0 && !IsOpenAboveWatermark(name))
        {
            dropped[name] = count - 1;
            rewrite.Remove(start, end, name.Is(TagKinds.Special));
            return;
        }

        if (model.InForeign)
        {
            for (var k = model.Count - 1; k >= 0 && model[k].Foreign; k--)
            {
                if (model[k].Tag == name)
                {
                    model.PopTo(k);
                    return;
                }

                if (model[k].Integration)
                {
                    break;
                }
            }
        }

        if (name.Name == "noscript" && EndNoscript(start, end))
        {
            return;
        }

        switch (name.Name)
        {
            case "html" or "body" or "head":
                return;
            case "br":
                model.Reconstruct();
                model.Elements++;
                return;
            case "p":
                var p = model.CloseParagraph(model.Count);
                if (p == model.Count)
                {
                    model.Elements++;
                }
                else
                {
                    model.PopTo(p);
                }

                return;
            case "form":
                var form = model.InScope(name, TagKinds.Scope, model.Count);
                if (form >= 0)
                {
                    model.RemoveAt(form);
                }

                return;
            case "li":
                model.PopToInScope(name, TreeConstructionData.ListItemScope);
                return;
        }

        if (name.Is(TagKinds.Heading))
        {
            for (var k = model.Count - 1; k >= 0; k--)
            {
                if (model[k].Tag.Is(TagKinds.Heading))
                {
                    model.PopTo(k);
                    return;
                }

                if (model[k].Tag.Is(TagKinds.Scope))
                {
                    return;
                }
            }

            return;
        }

        if (name.Is(TagKinds.Formatting))
        {
            model.Adoption(name);
            return;
        }

        if (name.Is(TagKinds.Special))
        {
            var k = name.Name is "table" or "tbody" or "thead" or "tfoot" or "tr" or "td" or "th" or "caption"
                ? model.InScope(name, TagKinds.TableScope, model.Count)
                : model.InScope(name, TagKinds.Scope, model.Count);
            if (k >= 0)
            {
                model.PopTo(k);
            }

            return;
        }

        model.AnyOtherEndTag(name);
    }

    /// <summary>
    /// A <c>noscript</c> whose content leaves an element open (<c>&lt;noscript&gt;&lt;div id="x"&gt;&lt;/noscript&gt;</c>):
    /// a browser running scripts reads that content as text and shows the rest of the page, but a parser that does not
    /// run scripts ignores the end tag (an open <c>div</c> stops it) and puts the whole rest of the page inside the
    /// <c>noscript</c>, where nothing is shown. The <c>noscript</c> start and end tags are then removed: its content
    /// stays, as ordinary content, and the rest of the page is no longer inside it.
    /// </summary>
    /// <returns>Whether the end tag was handled (removed) here.</returns>
    private bool EndNoscript(int start, int end)
    {
        if (noscripts is not { Count: > 0 })
        {
            return false;
        }

        // The innermost open noscript; entries of noscripts already closed are dropped.
        while (noscripts.Count > 0 && model.LastIndexOf(noscripts[^1].Element) < 0)
        {
            noscripts.RemoveAt(noscripts.Count - 1);
        }

        if (noscripts.Count == 0)
        {
            return false;
        }

        var (element, tagStart, tagEnd) = noscripts[^1];
        var at = model.LastIndexOf(element);
        var blocked = false;
        for (var k = model.Count - 1; k > at; k--)
        {
            blocked |= model[k].Tag.Is(TagKinds.Special);
        }

        if (!blocked)
        {
            noscripts.RemoveAt(noscripts.Count - 1);
            return false;
        }

        rewrite.Remove(tagStart, tagEnd, space: true);
        rewrite.Remove(start, end, space: true);
        model.RemoveAt(at);
        model.Elements--;
        noscripts.RemoveAt(noscripts.Count - 1);
        UnwrappedNoscripts++;
        return true;
    }

    /// <summary>Removes a start tag at the depth limit; a special element's tag leaves a space.</summary>
    private void Flatten(TagName name, int start, int end)
    {
        Flattened++;
        Drop(name, start, end, name.Is(TagKinds.Special));
    }

    /// <summary>Removes a start tag and notes that one of its end tags is to be removed too.</summary>
    private void Drop(TagName name, int start, int end, bool space)
    {
        rewrite.Remove(start, end, space);
        dropped ??= [];
        if (model.Watermark == TreeBuilderModel.NoWatermark)
        {
            // The end tags noted before the stack last fell below the watermark belong to elements that are closed.
            dropped.Clear();
            model.Watermark = model.Count;
        }

        dropped[name] = dropped.GetValueOrDefault(name) + 1;
    }
}
