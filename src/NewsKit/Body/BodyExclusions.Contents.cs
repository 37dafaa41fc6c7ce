using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>Blocks left out, or kept, by what the page holds rather than by their names: sign-up boxes around an e-mail field, a page that hides nearly all its text until clicked, a section's own header.</summary>
internal sealed partial class BodyExclusions
{
    /// <summary>
    /// A sign-up box, however its classes are named: the largest container of at most <see cref="MaxSignUpChars"/>
    /// characters around an e-mail field, outside the dominant run's chain ("Get the Morning Briefing in your inbox"
    /// beside its form). The form alone is left out already; its pitch goes with it.
    /// </summary>
    private void MarkSignUpBoxes(int[] rawChars, bool[] protectedChain)
    {
        for (var input = 0; input < map.Count; input++)
        {
            if (map.Tags[input] != "input" || !string.Equals(map.Elements[input].GetAttribute("type"), "email", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var box = -1;
            var levels = 0;
            for (var a = map.Parents[input]; a >= 0 && levels++ < MaxSignUpLevels && !protectedChain[a] && rawChars[a] <= MaxSignUpChars && map.Tags[a] is not ("article" or "main" or "body" or "html"); a = map.Parents[a])
            {
                box = a;
            }

            if (box >= 0)
            {
                Excluded[box] = true;
            }
        }
    }

    /// <summary>The most levels above an e-mail field a sign-up box is looked for (a hostile page nests empty blocks without end).</summary>
    private const int MaxSignUpLevels = 12;

    /// <summary>The most characters of a sign-up box around an e-mail field (its pitch, a privacy line, the button).</summary>
    private const int MaxSignUpChars = 300;

    /// <summary>
    /// Whether the page's hidden elements together hold at least <see cref="BodyRules.HiddenContentShare"/> of its unlinked
    /// text: the page shows its content only on demand (an FAQ's closed answers, tabs), and hiding is then no evidence
    /// against a block.
    /// </summary>
    private bool HiddenHoldsMostProse(int n, int[] rawChars, int[] rawLinkChars)
    {
        var hidden = 0;
        for (var i = 0; i < n; i++)
        {
            if (HiddenElements.HidesItself(map.Elements[i]))
            {
                hidden += rawChars[i] - rawLinkChars[i];
                i = map.End[i] - 1;
            }
        }

        return hidden > 0 && hidden >= BodyRules.HiddenContentShare * Math.Max(rawChars[0] - rawLinkChars[0], 1);
    }

    /// <summary>
    /// Whether the element is a subheading without links (<c>h2</c>-<c>h6</c>, or a <c>header</c> of them) that its
    /// class or id calls a header ("element-header", "frame-header"): the word names it a heading, not page furniture,
    /// unless its text names related reading or ends the article ("Mehr zum Thema", "Comments").
    /// </summary>
    private bool IsPlainHeading(int i, Marks marks) =>
        ((marks.ClassName ?? string.Empty).Contains("header", StringComparison.OrdinalIgnoreCase) || (marks.Id ?? string.Empty).Contains("header", StringComparison.OrdinalIgnoreCase))
        && IsSubheading(map.Elements[i])
        && !ArticleEnd.IsRelatedOrEndHeading(ElementText.Text(map.Elements[i], MaxHeadingChars));

    /// <summary>The longest heading text read for <see cref="IsPlainHeading"/>.</summary>
    private const int MaxHeadingChars = 200;

    /// <summary>
    /// Whether the element is a subheading without links: <c>h2</c>-<c>h6</c>, a <c>header</c> of them (<see cref="IsHeadingsOnly"/>),
    /// or a <c>div</c> around one of those and nothing else, through at most <see cref="MaxHeadingWrappers"/> such
    /// <c>div</c>s (TYPO3's <c>&lt;div class="frame frame-type-header"&gt;&lt;header&gt;&lt;h2&gt;</c>, a block editor's
    /// <c>&lt;div class="block header"&gt;&lt;div class="block-wrapper"&gt;&lt;div class="block-content"&gt;&lt;h2&gt;</c>).
    /// </summary>
    internal static bool IsSubheading(IElement element)
    {
        for (var level = 0; element.LocalName == "div"; level++)
        {
            if (level == MaxHeadingWrappers || element.ChildElementCount != 1 || HasOwnText(element))
            {
                return false;
            }

            element = element.FirstElementChild!;
        }

        return element.LocalName is "h2" or "h3" or "h4" or "h5" or "h6" ? element.QuerySelector(Selectors.Of("a")) is null : IsHeadingsOnly(element);
    }

    /// <summary>The most <c>div</c> elements read around a subheading by <see cref="IsSubheading"/>.</summary>
    private const int MaxHeadingWrappers = 3;

    private static bool HasOwnText(IElement element)
    {
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the element is a <c>header</c> that holds only subheadings (<c>h2</c>-<c>h6</c>) without links.</summary>
    internal static bool IsHeadingsOnly(IElement element)
    {
        if (element.LocalName != "header" || element.ChildElementCount == 0)
        {
            return false;
        }

        foreach (var child in element.Children)
        {
            if (child.LocalName is not ("h2" or "h3" or "h4" or "h5" or "h6") || child.QuerySelector(Selectors.Of("a")) is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a <c>header</c> element holds only a subheading without links (<c>&lt;section&gt;&lt;header&gt;&lt;h2&gt;</c>, as
    /// HTML5 CMSs head each section of an article, or as the first child of a content element's <c>div</c>:
    /// <c>&lt;div class="frame"&gt;&lt;header&gt;&lt;h2&gt;</c>): the section's title, not the page's or a teaser's header.
    /// </summary>
    private bool IsSectionHeading(int i)
    {
        var element = map.Elements[i];
        return map.Parents[i] >= 0 && (map.Tags[map.Parents[i]] is "section" or "article" || (map.Tags[map.Parents[i]] == "div" && element.PreviousElementSibling is null))
            && IsHeadingsOnly(element);
    }

    private bool IsHardDropped(string tag) => BodyRules.DroppedTags.Contains(tag) && tag is not "form" and not "header" && !(chromeFallback && BodyRules.ChromeTags.Contains(tag));

    /// <summary>
    /// <see cref="IsHardDropped(string)"/> for the element at <paramref name="i"/>: a dialog the page shows open
    /// (<c>&lt;dialog open&gt;</c>) is weighed as a block with the dialog role is (left out unless it holds most of the
    /// page's text: an article set in an overlay), not dropped as a closed one is.
    /// </summary>
    private bool IsHardDropped(int i) => IsHardDropped(map.Tags[i]) && !IsOpenDialog(i) && !IsBoxInProse(i) && !IsHeadingButton(i);

    /// <summary>
    /// Whether the element is a button that is a heading's whole text: an accordion's question ("<c>&lt;h2
    /// class="accordion-header"&gt;&lt;button&gt;Was kostet ein Anschluss?&lt;/button&gt;&lt;/h2&gt;</c>"), the heading of
    /// the answer under it, not a control.
    /// </summary>
    private bool IsHeadingButton(int i) =>
        map.Tags[i] == "button" && map.Parents[i] is var parent and >= 0 && map.Tags[parent] is "h2" or "h3" or "h4" or "h5" or "h6" or "dt"
        && map.Elements[parent].ChildElementCount == 1;

    /// <summary>The longest text (in characters) of an aside read as a box of the article's own (<see cref="IsBoxInProse"/>).</summary>
    private const int MaxProseBoxChars = 2000;

    /// <summary>The largest share of an aside's text in links for it to be a box of the article's own (a list of related links is none).</summary>
    private const double MaxBoxLinkShare = 0.3;

    /// <summary>The shortest paragraph (in characters) beside an aside that makes it one set into the article's text.</summary>
    private const int MinBoxNeighbourChars = 80;

    /// <summary>
    /// Whether the <c>aside</c> at <paramref name="i"/> is a box of the article's own set into its text ("Key facts",
    /// "What is a tardigrade?"): a paragraph of running text right before it and the text going on after it (a paragraph or
    /// a subheading), a subheading of its own that names no related reading and text under it, few links. It is weighed as
    /// any block is, not dropped as page chrome.
    /// </summary>
    private bool IsBoxInProse(int i)
    {
        if (map.Tags[i] != "aside" || chromeFallback)
        {
            return false;
        }

        var aside = map.Elements[i];
        // Set into the text: running text before it, and the text going on after it.
        if (!IsRunningParagraph(aside.PreviousElementSibling) || aside.NextElementSibling is not { LocalName: "p" or "h2" or "h3" or "h4" } next
            || (next.LocalName == "p" && !IsRunningParagraph(next))
            || ElementText.TextLength(aside, MaxProseBoxChars + 1) is var chars && chars > MaxProseBoxChars
            || aside.QuerySelector(Selectors.Of("h2, h3, h4, h5, h6")) is not { } heading
            || ElementText.TextLength(heading) * 2 > chars || aside.QuerySelector(Selectors.Of("p, ul, ol, table, dl")) is null
            || ArticleEnd.IsRelatedOrEndHeading(ElementText.Text(heading, MaxProseBoxChars)))
        {
            return false;
        }

        var links = 0;
        foreach (var link in aside.QuerySelectorAll(Selectors.Of("a")))
        {
            links += ElementText.TextLength(link, MaxProseBoxChars);
        }

        return links < MaxBoxLinkShare * chars;
    }

    /// <summary>Whether the element is a paragraph of running text (a <c>p</c> of <see cref="MinBoxNeighbourChars"/> characters or more).</summary>
    private static bool IsRunningParagraph(IElement? element) =>
        element is { LocalName: "p" } && ElementText.TextLength(element, MinBoxNeighbourChars) >= MinBoxNeighbourChars;

    /// <summary>Whether the element at <paramref name="i"/> is a <c>dialog</c> with the <c>open</c> attribute.</summary>
    private bool IsOpenDialog(int i) => map.Tags[i] == "dialog" && map.Elements[i].HasAttribute("open");

    /// <summary>
    /// Whether a block named as a sidebar or a complementary region is a box set into the story's text: a heading and its
    /// list or paragraphs, without links, at most <see cref="MaxTextBoxChars"/> characters, between a paragraph of prose
    /// before it and the text going on after it (a paragraph or a subheading): "<c>&lt;p&gt;...&lt;/p&gt;&lt;div class="pp-sidebar"
    /// role="complementary"&gt;&lt;h4&gt;What Is Arsenic?&lt;/h4&gt;&lt;ul&gt;...&lt;/ul&gt;&lt;/div&gt;&lt;p&gt;...</c>". A layout's
    /// sidebar column never stands between two paragraphs of the story.
    /// </summary>
    private bool IsBoxInText(int i, int rawChars)
    {
        var box = map.Elements[i];
        return rawChars <= MaxTextBoxChars && map.Tags[i] is "div" or "section" or "aside"
            && box.PreviousElementSibling is { LocalName: "p" } before && ElementText.TextLength(before, MinProseBeforeBox) >= MinProseBeforeBox
            && box.NextElementSibling is { LocalName: "p" or "h2" or "h3" or "h4" }
            && box.QuerySelector(Selectors.Of("h2, h3, h4, h5, h6")) is not null && box.QuerySelector(Selectors.Of("a[href], iframe, form, img")) is null;
    }

    /// <summary>
    /// Whether a paragraph named as a dateline is the story's first paragraph, which opens with the dateline: a press
    /// release's "<c>&lt;p class="dateline"&gt;BOISE, ID, March 5, 2026 /&lt;a&gt;NewsWire&lt;/a&gt;/ -- Harbor &amp; Pine Dental Group ... has
    /// opened its sixth clinic ...&lt;/p&gt;</c>": a sentence of running text longer than a date line, the first element of its
    /// block, followed by a paragraph of prose.
    /// </summary>
    private bool IsDatelineLead(int i)
    {
        var lead = map.Elements[i];
        return map.Tags[i] == "p" && OpensProse(lead)
            && ElementText.TextLength(lead, BodyRules.MaxLeadChars + 1) is >= MinDatelineLeadChars and <= BodyRules.MaxLeadChars
            && LeadParagraphs.EndsSentence(lead);
    }

    /// <summary>Whether a paragraph is the first element of its block and a paragraph of prose (<see cref="MinProseBeforeBox"/> characters or more) follows it.</summary>
    private static bool OpensProse(IElement lead) =>
        lead.PreviousElementSibling is null
        && lead.NextElementSibling is { LocalName: "p" } next && ElementText.TextLength(next, MinProseBeforeBox) >= MinProseBeforeBox;

    /// <summary>The shortest paragraph named as a dateline read as the story's first paragraph (a date line is far shorter).</summary>
    private const int MinDatelineLeadChars = 150;

    /// <summary>
    /// Whether a paragraph named as a teaser is the lead that opens the story's text: a <c>&lt;p&gt;</c> that ends a sentence,
    /// the first element of its block, followed by a paragraph of prose ("<c>&lt;div class="news-content"&gt;&lt;p
    /// class="news-teaser"&gt;&lt;b&gt;Der Rekordtransfer ist perfekt: ...&lt;/b&gt;&lt;/p&gt;&lt;p&gt;...</c>"). A teaser of
    /// another story is a link or sits among other teasers, not before the text.
    /// </summary>
    private bool IsLeadInText(int i)
    {
        var lead = map.Elements[i];
        if (lead.QuerySelector(Selectors.Of("a[href]")) is not null)
        {
            return false;
        }

        if (map.Tags[i] == "p")
        {
            // Also the last paragraph shown before a paywall, named as its teaser, after the story's paragraphs ("<c>&lt;p&gt;...&lt;/p&gt;
            // &lt;p class="sz-article-body__paywall-teaser"&gt;Im Landratsamt ...&lt;/p&gt;&lt;div class="paywall"&gt;</c>").
            var opens = OpensProse(lead);
            var continues = lead.PreviousElementSibling is { LocalName: "p" } previous && ElementText.TextLength(previous, MinProseBeforeBox) >= MinProseBeforeBox
                && lead.NextElementSibling is { } box && PageRegions.HasMarker(box, DismissableBoxes.PaywallMarkers);
            return (opens || continues)
                && ElementText.TextLength(lead, BodyRules.MaxLeadChars + 1) is >= BodyRules.MinLeadChars and <= BodyRules.MaxLeadChars
                && LeadParagraphs.EndsSentence(lead);
        }

        // "<h1>...</h1><div class="article__meta">...</div><div class="article__teaser-text"><p>...</p><p>...</p></div><div
        // class="read-more"><button>Weiterlesen</button></div><div><p>...": the story's opening paragraphs under its headline,
        // named as its teaser, before the rest of its text (the h1 may stand in a header block of its own).
        return map.Tags[i] is "div" or "section" && lead.ChildElementCount is > 0 and <= BodyRules.MaxLeadParagraphs
            && lead.Children.All(c => c.LocalName == "p" && LeadParagraphs.EndsSentence(c))
            && ElementText.TextLength(lead, 2 * BodyRules.MaxLeadChars + 1) is >= BodyRules.MinLeadChars and <= 2 * BodyRules.MaxLeadChars
            && SiblingWithin(lead, before: true, e => e.LocalName == "h1" || e.QuerySelector(Selectors.Of("h1")) is not null)
            && SiblingWithin(lead, before: false, HoldsProse);
    }

    /// <summary>Whether one of the <see cref="MaxLeadSiblingSteps"/> siblings before (or after) an element matches.</summary>
    private static bool SiblingWithin(IElement element, bool before, Func<IElement, bool> matches)
    {
        var sibling = before ? element.PreviousElementSibling : element.NextElementSibling;
        for (var step = 0; step < MaxLeadSiblingSteps && sibling is not null; step++)
        {
            if (matches(sibling))
            {
                return true;
            }

            sibling = before ? sibling.PreviousElementSibling : sibling.NextElementSibling;
        }

        return false;
    }

    /// <summary>Whether an element is or holds a paragraph of prose (<see cref="MinProseBeforeBox"/> characters or more).</summary>
    private static bool HoldsProse(IElement element) =>
        (element.LocalName == "p" ? element : element.QuerySelector(Selectors.Of("p"))) is { } paragraph && ElementText.TextLength(paragraph, MinProseBeforeBox) >= MinProseBeforeBox;

    /// <summary>How many siblings away from a teaser-named lead block its headline and the text after it are looked for.</summary>
    private const int MaxLeadSiblingSteps = 3;

    /// <summary>The longest box set into the text (see <see cref="IsBoxInText"/>), in characters.</summary>
    private const int MaxTextBoxChars = 2000;

    /// <summary>The shortest paragraph before a box set into the text (see <see cref="IsBoxInText"/>).</summary>
    private const int MinProseBeforeBox = 80;
}
