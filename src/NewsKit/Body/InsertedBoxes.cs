using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>
/// Small boxes a site sets between the article's paragraphs that are none of its text, whatever their names: a box that
/// ends with a call to action of its own ("<c>&lt;p&gt;Techcrunch event&lt;/p&gt;&lt;h4&gt;Join 10k+ tech leaders at
/// Disrupt&lt;/h4&gt;&lt;a&gt;REGISTER NOW&lt;/a&gt;</c>", a share's price with "Zur Aktie", a course list with "Weitere
/// IT-Trainings"), and a box that opens with an ad's label ("<c>&lt;span&gt;Anzeige&lt;/span&gt;&lt;div&gt;Jetzt bei ...</c>").
/// Weighed like a consent banner: left out unless it holds the page's text. A box with a paragraph of running text, or
/// holding the headline, is not one; nor is one outside a run of the article's paragraphs.
/// </summary>
internal static class InsertedBoxes
{
    /// <summary>The longest text (in characters) of an inserted box.</summary>
    private const int MaxChars = 300;

    /// <summary>The longest paragraph (in characters) such a box may hold: a longer one is running text.</summary>
    private const int MaxParagraphChars = 160;

    /// <summary>The longest text (in characters) of a call-to-action link.</summary>
    private const int MaxActionChars = 30;

    /// <summary>The shortest paragraph (in characters) of the article's text around a box.</summary>
    private const int MinProseChars = 80;

    /// <summary>The fewest paragraphs of running text beside a box that make it one set into the article.</summary>
    private const int MinProseSiblings = 2;

    /// <summary>The inserted boxes, marked per element; null when the page has none.</summary>
    /// <param name="map">The page's element map.</param>
    /// <param name="rawChars">Each element's text length.</param>
    public static bool[]? Find(PageMap map, int[] rawChars)
    {
        bool[]? found = null;
        // Counted once for the page, when the first candidate needs it: a box's siblings are never read again for each
        // candidate (a page of many small boxes in one parent would make that quadratic).
        Prose? prose = null;
        for (var i = 1; i < map.Count; i++)
        {
            var holder = map.Parents[i];
            int start;
            if (map.Tags[i] == "a" && holder >= 0 && IsActionLink(map, rawChars, i, holder))
            {
                start = holder;
            }
            else if (map.Tags[i] is "div" or "section" or "aside" && rawChars[i] is > 0 and <= MaxChars
                && (OpensWithAdLabel(map.Elements[i]) || OpensWithReadingLabel(map.Elements[i])))
            {
                start = i;
            }
            else
            {
                continue;
            }

            // Up through the wrappers: the box is the largest block that stays small and is set among the article's paragraphs.
            var box = -1;
            for (var a = start; a > 0 && rawChars[a] <= MaxChars && map.Tags[a] is "div" or "section" or "aside" or "span"; a = map.Parents[a])
            {
                box = a;
                if (SetAmongProse(map, prose ??= CountProse(map, rawChars), a))
                {
                    break;
                }
            }

            if (box > 0 && SetAmongProse(map, prose ??= CountProse(map, rawChars), box) && !PlayerBoxes.HoldsParagraph(map, rawChars, box, MaxParagraphChars + 1) && !ConsentBoxes.HoldsHeadline(map, box))
            {
                found ??= new bool[map.Count];
                found[box] = true;
                i = Math.Max(i, map.End[box] - 1);
            }
        }

        return found;
    }

    /// <summary>
    /// Whether the link is a call to action of its own: a short text, the last element of a block that has other elements
    /// before it and no text outside its elements (in a paragraph written as a div, "... the report. <c>&lt;a&gt;Read it
    /// here&lt;/a&gt;</c>", the text beside the link is the holder's own).
    /// </summary>
    private static bool IsActionLink(PageMap map, int[] rawChars, int link, int holder)
    {
        if (rawChars[link] is < 2 or > MaxActionChars || map.Tags[holder] is not ("div" or "section" or "aside")
            || rawChars[holder] > MaxChars)
        {
            return false;
        }

        var element = map.Elements[link];
        var parent = map.Elements[holder];
        if (parent.LastElementChild != element || element.PreviousElementSibling is null)
        {
            return false;
        }

        for (var node = parent.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the block's first element holds only an ad's label ("Anzeige", "Advertisement").</summary>
    private static bool OpensWithAdLabel(IElement block) =>
        LeadLabel(block) is var (_, label) && BlockBuilder.IsAdLabel(label);

    /// <summary>
    /// Whether the block's first element holds only a reading label ("LIRE AUSSI", "Lesen Sie auch", "Read also") and a
    /// link follows it: another story's teaser set into the text ("<c>&lt;div&gt;&lt;span&gt;LIRE AUSSI&lt;/span&gt;&lt;a
    /// href="/zfe"&gt;Zone à faibles émissions ...&lt;/a&gt;&lt;p&gt;(its teaser)&lt;/p&gt;&lt;/div&gt;</c>").
    /// </summary>
    private static bool OpensWithReadingLabel(IElement block) =>
        LeadLabel(block) is var (first, label) && first.LocalName != "a"
        && Related.StoryTitles.IsReadingLabel(ElementText.Collapse(label).Trim().TrimEndAny([':', '：']).Trim().LowerInvariant())
        && block.QuerySelector(Selectors.Of("a[href]")) is not null;

    /// <summary>
    /// The block's first element and its text when it is a short label (at most <see cref="BodyRules.MaxSlotLabelChars"/>
    /// characters) with more of the block after it; null otherwise.
    /// </summary>
    private static (IElement First, string Text)? LeadLabel(IElement block) =>
        block.FirstElementChild is { } first && first.NextElementSibling is not null
        && ElementText.TextLength(first, BodyRules.MaxSlotLabelChars + 1) <= BodyRules.MaxSlotLabelChars
            ? (first, ElementText.Text(first, BodyRules.MaxSlotLabelChars + 1))
            : null;

    /// <summary>
    /// Whether the block's siblings hold at least <see cref="MinProseSiblings"/> paragraphs of running text, or are at
    /// least that many parts of the text (containers that hold such paragraphs, as a story split around its boxes is
    /// written) with one before and one after it, when it says something of its own (a tag bar between the text and a
    /// closing note still ends the article): it stands in the article's text.
    /// </summary>
    private static bool SetAmongProse(PageMap map, Prose prose, int block)
    {
        var parent = map.Parents[block];
        return parent >= 0 && (prose.Paragraphs[parent] - (prose.IsParagraph[block] ? 1 : 0) >= MinProseSiblings
            || (prose.Parts[parent] - (prose.Paragraphs[block] > 0 ? 1 : 0) >= MinProseSiblings && UnlinkedChars(map, block) >= MinPitchChars && IsBetweenParts(map, prose, parent, block)));
    }

    /// <summary>Whether a part of the text (a child of <paramref name="parent"/> that holds a paragraph) stands both before and after the block.</summary>
    private static bool IsBetweenParts(PageMap map, Prose prose, int parent, int block)
    {
        var (before, after) = (false, false);
        for (var s = parent + 1; s < map.End[parent] && !after; s = map.End[s])
        {
            if (s != block && prose.Paragraphs[s] > 0)
            {
                before |= s < block;
                after |= s > block;
            }
        }

        return before && after;
    }

    /// <summary>The fewest characters outside links of a box set between the parts of a story: a pitch of its own, not a tag bar's label ("Topics:").</summary>
    private const int MinPitchChars = 40;

    /// <summary>The characters of the block's text outside its links.</summary>
    private static int UnlinkedChars(PageMap map, int block)
    {
        var chars = 0;
        for (var j = block; j < map.End[block]; j++)
        {
            if (map.Tags[j] == "a")
            {
                j = map.End[j] - 1;
            }
            else
            {
                chars += map.OwnChars[j];
            }
        }

        return chars;
    }

    /// <summary>The paragraphs of running text on a page, counted once for it.</summary>
    /// <param name="IsParagraph">Whether each element is a paragraph of running text: a <c>&lt;p&gt;</c> of <see cref="MinProseChars"/> characters or more, or a div of as much text that holds no block ("<c>&lt;div&gt;&lt;span&gt;The researchers caution ...&lt;/span&gt;&lt;/div&gt;</c>").</param>
    /// <param name="Paragraphs">For each element, how many of its children are such paragraphs.</param>
    /// <param name="Parts">For each element, how many of its children hold such a paragraph of their own (a part of the text).</param>
    private sealed record Prose(bool[] IsParagraph, int[] Paragraphs, int[] Parts);

    /// <summary>Counts the page's paragraphs of running text (see <see cref="Prose"/>).</summary>
    private static Prose CountProse(PageMap map, int[] rawChars)
    {
        var holdsBlock = new bool[map.Count];
        for (var i = 1; i < map.Count; i++)
        {
            if (map.Parents[i] >= 0 && !HtmlTags.Inline.Contains(map.Tags[i]))
            {
                holdsBlock[map.Parents[i]] = true;
            }
        }

        var isParagraph = new bool[map.Count];
        var paragraphs = new int[map.Count];
        for (var i = 1; i < map.Count; i++)
        {
            isParagraph[i] = rawChars[i] >= MinProseChars && (map.Tags[i] == "p" || (map.Tags[i] == "div" && !holdsBlock[i]));
            if (isParagraph[i] && map.Parents[i] >= 0)
            {
                paragraphs[map.Parents[i]]++;
            }
        }

        // Read after all paragraphs are counted: each part once, from its own count.
        var parts = new int[map.Count];
        for (var i = 1; i < map.Count; i++)
        {
            if (map.Parents[i] >= 0 && paragraphs[i] > 0)
            {
                parts[map.Parents[i]]++;
            }
        }

        return new Prose(isParagraph, paragraphs, parts);
    }
}
