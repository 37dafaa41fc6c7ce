namespace NewsKit.Input;

/// <summary>
/// The part of the HTML parser's state that <see cref="TreeBuilderSimulation"/> follows: the stack of open elements
/// and the list of active formatting elements, with the standard's algorithms over them ("has an element in scope",
/// the adoption agency algorithm, reconstructing the active formatting elements) and the count of elements the
/// parser will have created. Only what changes the depth of the stack and the number of elements is modelled: no
/// attributes, no text, no tree.
/// </summary>
internal sealed class TreeBuilderModel(ReadOnlyMemory<char> source)
{
    /// <summary>The value of <see cref="Watermark"/> when no depth is watched.</summary>
    public const int NoWatermark = int.MaxValue;

    /// <summary>The <c>p</c> element, which many start tags close.</summary>
    private static readonly TagName Paragraph = TreeConstructionData.KnownTags["p"];

    /// <summary>The stack of open elements, the bottom first (html and body are not on it).</summary>
    private readonly List<OpenElement> stack = [];

    /// <summary>The list of active formatting elements and markers, the oldest first.</summary>
    private readonly List<FormattingEntry> active = [];

    /// <summary>The number of open elements per <see cref="TagName.Id"/>, so that "is an element open" is no walk.</summary>
    private int[] openCounts = new int[TreeConstructionData.KnownTags.Count];

    /// <summary>The number of elements on the stack.</summary>
    public int Count => stack.Count;

    /// <summary>The element at <paramref name="index"/> of the stack, 0 being the bottom.</summary>
    /// <param name="index">The position on the stack.</param>
    public OpenElement this[int index] => stack[index];

    /// <summary>Whether the current node is SVG or MathML content that is not an HTML integration point.</summary>
    public bool InForeign => stack.Count > 0 && stack[^1].Foreign && !stack[^1].Integration;

    /// <summary>Whether the list of active formatting elements holds any entry (a marker included).</summary>
    public bool HasActiveFormatting => active.Count > 0;

    /// <summary>The deepest the stack has been.</summary>
    public int Deepest { get; private set; }

    /// <summary>The number of elements the parser has created so far, as counted by the simulation and by this model.</summary>
    public int Elements { get; set; }

    /// <summary>
    /// A depth the simulation watches (the depth at which it began dropping tags): set back to <see cref="NoWatermark"/>
    /// as soon as an element leaves a stack that has then fewer elements than it.
    /// </summary>
    public int Watermark { get; set; } = NoWatermark;

    /// <summary>Whether an element named <paramref name="name"/> is anywhere on the stack (a count per name, no walk).</summary>
    /// <param name="name">The name.</param>
    /// <returns>True when one is open.</returns>
    public bool IsOpen(TagName name) => name.Id < openCounts.Length && openCounts[name.Id] > 0;

    /// <summary>The position of <paramref name="element"/> on the stack, searched from the top; -1 when it is not there.</summary>
    /// <param name="element">The element.</param>
    /// <returns>Its position, or -1.</returns>
    public int LastIndexOf(OpenElement element) => stack.LastIndexOf(element);

    /// <summary>Puts <paramref name="element"/> on top of the stack.</summary>
    /// <param name="element">The element opened.</param>
    public void Push(OpenElement element)
    {
        stack.Add(element);
        if (element.Tag.Id >= openCounts.Length)
        {
            Array.Resize(ref openCounts, Math.Max(openCounts.Length * 2, element.Tag.Id + 1));
        }

        openCounts[element.Tag.Id]++;
        Deepest = Math.Max(Deepest, stack.Count);
    }

    /// <summary>Pops elements until the stack holds <paramref name="index"/> of them.</summary>
    /// <param name="index">The number of elements left.</param>
    /// <param name="markClosed">Whether the popped elements are closed (false while the adoption agency moves them).</param>
    public void PopTo(int index, bool markClosed = true)
    {
        while (stack.Count > index)
        {
            var top = stack[^1];
            stack.RemoveAt(stack.Count - 1);
            Closed(top, markClosed);
        }
    }

    /// <summary>Pops the current node, if any.</summary>
    public void PopTop() => PopTo(Math.Max(0, stack.Count - 1));

    /// <summary>Takes the element at <paramref name="index"/> out of the stack, leaving the ones above it.</summary>
    /// <param name="index">Its position on the stack.</param>
    public void RemoveAt(int index)
    {
        var element = stack[index];
        stack.RemoveAt(index);
        Closed(element, markClosed: true);
    }

    /// <summary>
    /// Where a start tag that closes an open <c>p</c> cuts the stack: at the <c>p</c> when one is in button scope below
    /// <paramref name="limit"/>, else <paramref name="limit"/>.
    /// </summary>
    /// <param name="limit">The number of elements considered, from the bottom.</param>
    /// <returns>The number of elements left after the paragraph is closed.</returns>
    public int CloseParagraph(int limit)
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

    /// <summary>The position of the topmost HTML element below <paramref name="limit"/> named one of <paramref name="names"/>, or -1.</summary>
    /// <param name="names">The names looked for (a list of <see cref="TreeConstructionData"/>).</param>
    /// <param name="limit">The number of elements considered, from the bottom.</param>
    /// <returns>Its position, or -1.</returns>
    public int Nearest(string[] names, int limit)
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

    /// <summary>"Has an element in scope": the position of the topmost <paramref name="name"/> below <paramref name="limit"/> with no barrier above it, or -1.</summary>
    /// <param name="name">The element looked for.</param>
    /// <param name="barriers">The categories that end the search (<see cref="TagKinds.Scope"/>, <see cref="TagKinds.TableScope"/>).</param>
    /// <param name="limit">The number of elements considered, from the bottom.</param>
    /// <returns>Its position, or -1.</returns>
    public int InScope(TagName name, TagKinds barriers, int limit)
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

    /// <summary>Pops up to and including the topmost <paramref name="name"/> when it is in scope, with <paramref name="barriers"/> also ending the search.</summary>
    /// <param name="name">The element closed.</param>
    /// <param name="barriers">Names that bound the scope besides <see cref="TagKinds.Scope"/> (<see cref="TreeConstructionData.ListItemScope"/>).</param>
    public void PopToInScope(TagName name, string[] barriers)
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

    /// <summary>The standard's "any other end tag": pops up to the topmost <paramref name="name"/> unless a special element comes first.</summary>
    /// <param name="name">The end tag's name.</param>
    public void AnyOtherEndTag(TagName name)
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
    /// <param name="name">The formatting element's name (an end tag, or an <c>a</c> start tag inside an open <c>a</c>).</param>
    public void Adoption(TagName name)
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
        var copy = new OpenElement(name) { Formatting = entry };
        entry.Element = copy;
        Elements++;
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

    /// <summary>The last entry named <paramref name="name"/> in the list of active formatting elements after the last marker, or null.</summary>
    /// <param name="name">The formatting element's name.</param>
    /// <returns>The entry, or null.</returns>
    public FormattingEntry? LastActive(TagName name)
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

    /// <summary>The number of entries of the list of active formatting elements after the last marker.</summary>
    /// <returns>The count.</returns>
    public int OpenFormattingCount()
    {
        var count = 0;
        for (var j = active.Count - 1; j >= 0 && !active[j].IsMarker; j--)
        {
            count++;
        }

        return count;
    }

    /// <summary>Adds an entry for <paramref name="element"/> to the list of active formatting elements.</summary>
    /// <param name="element">The formatting element just opened.</param>
    /// <param name="attributes">Where its attributes stand in the page text: entries with the same name and attributes are "identical".</param>
    public void AddFormatting(OpenElement element, TextRange attributes)
    {
        // Noah's Ark clause: at most three identical entries after the last marker.
        var same = 0;
        var earliest = -1;
        for (var j = active.Count - 1; j >= 0 && !active[j].IsMarker; j--)
        {
            if (active[j].Tag == element.Tag && SameText(active[j].Attributes, attributes))
            {
                same++;
                earliest = j;
            }
        }

        if (same >= 3)
        {
            active.RemoveAt(earliest);
        }

        var entry = new FormattingEntry(element.Tag, attributes) { Element = element };
        element.Formatting = entry;
        active.Add(entry);
    }

    /// <summary>Adds a marker to the list of active formatting elements (an element of <see cref="TreeConstructionData.Markers"/> opened).</summary>
    /// <param name="name">The name of the element that put it there.</param>
    public void AddMarker(TagName name) => active.Add(new FormattingEntry(name, default) { IsMarker = true });

    /// <summary>Whether two ranges of the page text hold the same characters.</summary>
    private bool SameText(TextRange first, TextRange second) =>
        first.Length == second.Length && source.Span.Slice(first.Start, first.Length).SequenceEqual(source.Span.Slice(second.Start, second.Length));

    /// <summary>Removes <paramref name="entry"/> from the list of active formatting elements, if it is there.</summary>
    /// <param name="entry">The entry.</param>
    public void RemoveFormatting(FormattingEntry entry)
    {
        var j = active.LastIndexOf(entry);
        if (j >= 0)
        {
            active.RemoveAt(j);
        }
    }

    /// <summary>Reopens the formatting elements that misnested markup closed, as the parser does before text and inline tags.</summary>
    public void Reconstruct()
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
            var element = new OpenElement(entry.Tag) { Formatting = entry };
            entry.Element = element;
            Elements++;
            Push(element);
        }
    }

    /// <summary>Bookkeeping for an element that left the stack: counts, its formatting entry, markers, the watermark.</summary>
    private void Closed(OpenElement element, bool markClosed)
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

        if (stack.Count < Watermark)
        {
            Watermark = NoWatermark;
        }
    }
}

/// <summary>An element on the model's stack of open elements.</summary>
/// <param name="tag">Its name.</param>
internal sealed class OpenElement(TagName tag)
{
    /// <summary>Its name with its categories.</summary>
    public TagName Tag { get; } = tag;

    /// <summary>Its lower-case name.</summary>
    public string Name => Tag.Name;

    /// <summary>Whether it is SVG or MathML content.</summary>
    public bool Foreign { get; init; }

    /// <summary>Whether it is an SVG or MathML element whose content is HTML again (<see cref="TreeConstructionData.IntegrationPoints"/>).</summary>
    public bool Integration { get; init; }

    /// <summary>Its entry in the list of active formatting elements; null when it is not a formatting element.</summary>
    public FormattingEntry? Formatting { get; set; }
}

/// <summary>An entry of the model's list of active formatting elements (or a marker).</summary>
/// <param name="tag">The formatting element's name (for a marker, the element that put it there).</param>
/// <param name="attributes">Where the element's attributes stand in the page text.</param>
internal sealed class FormattingEntry(TagName tag, TextRange attributes)
{
    /// <summary>The formatting element's name.</summary>
    public TagName Tag { get; } = tag;

    /// <summary>Where its attributes stand in the page text: entries with the same name and the same attribute text are "identical" for the Noah's Ark clause.</summary>
    public TextRange Attributes { get; } = attributes;

    /// <summary>Whether this is a marker (cells, captions, objects and templates put one) rather than an element.</summary>
    public bool IsMarker { get; init; }

    /// <summary>The open element of this entry; null once it was closed by misnested markup.</summary>
    public OpenElement? Element { get; set; }
}

/// <summary>A range of the page text: where a start tag's attributes stand.</summary>
/// <param name="Start">The index of its first character.</param>
/// <param name="Length">Its length.</param>
internal readonly record struct TextRange(int Start, int Length);
