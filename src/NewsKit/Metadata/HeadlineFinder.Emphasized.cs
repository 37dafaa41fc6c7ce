using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>
/// The headline of a page that marks it by its look alone, as pages made before headings were the rule do:
/// <c>&lt;font size=5&gt;&lt;b&gt;</c>, <c>&lt;b&gt;</c>, a "titular" span, a table cell of class "contentheading", a bold or
/// large inline style.
/// </summary>
internal static partial class HeadlineFinder
{
    /// <summary>A text node this long (in characters) is running text: a paragraph of the article.</summary>
    private const int MinRunningTextNode = 150;

    /// <summary>An element this long (in characters) before the article's text is a paragraph, not a title or a date line.</summary>
    private const int MinParagraphLength = 80;

    /// <summary>How many elements before the article's text are read for its title.</summary>
    private const int MaxTitleLookBack = 400;

    /// <summary>
    /// The line set apart by its look (<see cref="IsEmphasized"/>) that stands last before the first paragraph of the page's
    /// longest text, within the same stretch of the page: read backwards from that text, paragraphs of the article and
    /// short lines (a date, a byline) are passed, an earlier paragraph makes the line found so far a subheading, and a
    /// link, the page's navigation or running text outside what holds both the line and the article's text ends the
    /// stretch (the masthead, the menu and a sidebar lie beyond it). Null when no such line is
    /// found, or the page has no running text outside its links.
    /// </summary>
    private static IElement? EmphasizedTitle(ExtractionContext context, IReadOnlyCollection<string> siteNames)
    {
        if (LongestText(context) is not { } node || node.ParentElement is not { } text || !context.Index.DocumentOrder.TryGetValue(text, out var start))
        {
            return null;
        }

        // Read from the element just before the text node: its parent may hold the title too ("<td><b>Title</b><br>Text").
        if (node.PreviousElementSibling is { } before && context.Index.Inside(before).End is var after and > 0)
        {
            start = after;
        }

        var elements = context.Index.Elements;
        var cell = text.Closest(Selectors.Of("td, th"));
        IElement? candidate = null;
        for (var i = start - 1; i >= 0 && i >= start - MaxTitleLookBack; i--)
        {
            var element = elements[i];
            if (element.Contains(text) || (candidate is not null && element.Contains(candidate) && !IsSameLine(element, candidate)))
            {
                // An ancestor of the text, or a wrapper of the line found and more: their own parts were met already.
                continue;
            }

            if (string.IsNullOrWhiteSpace(ElementText.Text(element, 40)) || PageRegions.IsHidden(context, element))
            {
                // No text: an icon's link, a spacer, a line break.
                continue;
            }

            if (element.LocalName == "a" && !IsLineLink(element) && !IsBylineLink(element)
                || PageRegions.IsInNavigationOrChrome(context, element) || PageRegions.IsInForeignRegion(context, element))
            {
                break;
            }

            if (candidate is not null && element.Contains(candidate))
            {
                // "<font size=5><b>Headline</b></font>": the outermost element of the same line.
                candidate = element;
                continue;
            }

            // Measured on the text as read (white space collapsed): table cells of older markup are indented with tabs.
            var length = ElementText.Text(element, MinParagraphLength + 1).Trim().Length;
            if (length > MinParagraphLength)
            {
                if ((candidate is not null && !CommonAncestor(candidate, text).Contains(element)) || (cell is not null && !cell.Contains(element) && !IsRowAbove(element, cell)))
                {
                    // Running text outside what holds the line found and the article's text, or outside the article's
                    // cell of a layout table (a sidebar's column or box): the stretch ends.
                    break;
                }

                // Running text before the line found, beside it: that line was a subheading of the article.
                candidate = null;
                continue;
            }

            if (candidate is null && length >= 8 && IsEmphasized(element) && IsOwnLine(element) && IsTitleLine(element, siteNames))
            {
                candidate = element;
            }
        }

        return candidate;
    }

    /// <summary>The page's longest visible text node outside links, when one is running text.</summary>
    private static IText? LongestText(ExtractionContext context)
    {
        IText? best = null;
        var bestLength = MinRunningTextNode - 1;
        foreach (var node in context.Index.BodyTextNodes)
        {
            var (length, dense) = (node.Data.Length, 0);
            if (length <= bestLength && length * TextCounts.CjkWeight > bestLength)
            {
                // Text in a dense script says as much in fewer characters ("　みなと市議会は１２日の臨時会で、..."): each counts double.
                dense = node.Data.Count(TextCounts.IsCjk) * (TextCounts.CjkWeight - 1);
                length += dense;
            }

            if (length <= bestLength || node.ParentElement is not { } parent || TextTools.Relaxed(node.Data).Length + dense <= bestLength * 2 / 3
                || parent.Closest(Selectors.Of("a")) is not null || PageRegions.IsHidden(context, parent)
                || PageRegions.IsInNavigationOrChrome(context, parent) || PageRegions.IsInForeignRegion(context, parent))
            {
                continue;
            }

            (best, bestLength) = (node, length);
        }

        return best;
    }

    /// <summary>Whether <paramref name="outer"/> holds <paramref name="inner"/> and no other text.</summary>
    private static bool IsSameLine(IElement outer, IElement inner) =>
        ElementText.TextLength(outer, 400) == ElementText.TextLength(inner, 400);

    /// <summary>
    /// Whether <paramref name="element"/> stands in a row of its own above the article's <paramref name="cell"/> in the
    /// same table ("<c>&lt;tr&gt;&lt;td class="bajada"&gt;</c>" between the title's row and the text's): the title's deck,
    /// not a sidebar's column beside the article.
    /// </summary>
    private static bool IsRowAbove(IElement element, IElement cell) =>
        (element.LocalName == "tr" ? element : element.Closest(Selectors.Of("td, th"))?.ParentElement) is { LocalName: "tr" } row && row.Children.Length == 1
        && cell.ParentElement is { LocalName: "tr" } textRow && !ReferenceEquals(row, textRow) && ReferenceEquals(row.ParentElement, textRow.ParentElement);

    /// <summary>A link that is the whole of its line's text inside an emphasized line ("<c>&lt;b&gt;&lt;a href=...&gt;Title&lt;/a&gt;&lt;/b&gt;</c>") is the title's permalink, no menu.</summary>
    private static bool IsLineLink(IElement link) =>
        link.ParentElement is { } parent && IsEmphasized(parent) && IsSameLine(parent, link) && IsOwnLine(parent);

    /// <summary>
    /// Whether an element is set apart by its look: bold or big type (<c>b</c>, <c>strong</c>, <c>big</c>, a heading,
    /// <c>&lt;font size=4&gt;</c> and larger), a title's class or id word ("titular", "contentheading", "MsoTitle"), or an
    /// inline style of bold or large type. (Style sheets are not read: a class such as Dreamweaver's "Estilo1" says nothing.)
    /// </summary>
    private static bool IsEmphasized(IElement element)
    {
        switch (element.LocalName)
        {
            case "b" or "strong" or "big" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                return true;
            case "font" when element.GetAttribute("size") is { } size:
                var digits = size.Trim().TrimStart('+');
                return int.TryParse(digits, out var value) && (size.TrimStart().StartsWith('+') ? value >= 1 : value >= 4);
        }

        if (HasTitleWord(element.GetAttribute("class")) || HasTitleWord(element.GetAttribute("id")))
        {
            return true;
        }

        return element.GetAttribute("style") is { Length: > 0 } style && IsStrongStyle(style);
    }

    /// <summary>Whether a class or id value has a title's word in one of its tokens, not a subtitle's.</summary>
    private static bool HasTitleWord(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        foreach (var token in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var lower = token.LowerInvariant();
            // A subtitle's ("subtitle", "Untertitel", "sottotitolo", "sous-titre").
            if (lower.StartsWith("sub", StringComparison.Ordinal) || lower.StartsWith("sotto", StringComparison.Ordinal) || lower.StartsWith("sous", StringComparison.Ordinal)
                || lower.Contains("untertitel", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var word in TitleClassWords)
            {
                if (lower.Contains(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Class and id words of a title in the markup of older sites, in several languages.</summary>
    private static readonly string[] TitleClassWords = ["title", "titular", "titulo", "título", "titre", "titel", "titolo", "headline", "heading", "ueberschrift", "überschrift"];

    /// <summary>Whether an inline style sets bold type or type of 16 pixels (12 points) or more.</summary>
    private static bool IsStrongStyle(string style)
    {
        foreach (var declaration in style.LowerInvariant().Split(';'))
        {
            var colon = declaration.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var property = declaration[..colon].Trim();
            var value = declaration[(colon + 1)..].Trim();
            if (property == "font-weight" && (value.StartsWith("bold", StringComparison.Ordinal) || value is "700" or "800" or "900"))
            {
                return true;
            }

            if (property == "font-size" && (value is "large" or "x-large" or "xx-large" or "larger" || LargeSize(value)))
            {
                return true;
            }
        }

        return false;

        static bool LargeSize(string value)
        {
            var unit = value.EndsWith("px", StringComparison.Ordinal) ? 16.0 : value.EndsWith("pt", StringComparison.Ordinal) ? 12.0 : 0;
            return unit > 0 && double.TryParse(value[..^2], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var size) && size >= unit;
        }
    }

    /// <summary>
    /// Whether an element is a line of its own: nothing but white space, line breaks and blocks beside it, up through the
    /// inline elements that wrap it alone (a bold word inside a sentence is none).
    /// </summary>
    private static bool IsOwnLine(IElement element)
    {
        var current = element;
        for (var level = 0; level < 4; level++)
        {
            if (!IsLineEdge(current.PreviousSibling, backwards: true) || !IsLineEdge(current.NextSibling, backwards: false))
            {
                return false;
            }

            if (current.PreviousSibling is not null && current.NextSibling is not null
                || current.ParentElement is not { } parent || !HtmlTags.Inline.Contains(parent.LocalName))
            {
                return true;
            }

            current = parent;
        }

        return true;
    }

    /// <summary>Whether the node beside a line (skipping white space) ends it: none, a line break, a rule or a block.</summary>
    private static bool IsLineEdge(INode? node, bool backwards)
    {
        while (node is IText text && string.IsNullOrWhiteSpace(text.Data))
        {
            node = backwards ? node.PreviousSibling : node.NextSibling;
        }

        return node switch
        {
            null => true,
            IElement element => element.LocalName is "br" or "hr" || !HtmlTags.Inline.Contains(element.LocalName),
            IComment => true,
            _ => false,
        };
    }

    /// <summary>Whether a line's text reads as a title: 2 to 25 words, few digits (no date), no label's colon at its end, not the site's name.</summary>
    private static bool IsTitleLine(IElement element, IReadOnlyCollection<string> siteNames)
    {
        var text = TextTools.CleanTitle(ElementText.Text(element, 400));
        // A title in a dense script ("市議会、新図書館建設案を可決") writes no spaces between its words: its characters count.
        var dense = text.Count(TextCounts.IsCjk) >= 6;
        if (text.Length is < 6 or > 200 || (!dense && text.Length < 8) || text.EndsWith(':') || (!dense && TextTools.WordCount(text) is < 2 or > 25))
        {
            return false;
        }

        var digits = 0;
        foreach (var c in text)
        {
            digits += char.IsDigit(c) ? 1 : 0;
        }

        return digits * 4 < text.Length && !IsBylineLine(text) && IsTitleLike(element, siteNames);
    }

    /// <summary>
    /// Whether a link is the name in a byline under the title ("<c>By &lt;A HREF="mailto:droth@..."&gt;Daniel Roth&lt;/A&gt;,
    /// TechWire Daily</c>"): a mail link, or a link in a short line that opens with a byline word; no menu.
    /// </summary>
    private static bool IsBylineLink(IElement link) =>
        (link.GetAttribute("href") is { } href && href.TrimStart().StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        || (link.ParentElement is { } parent && ElementText.TextLength(parent, 2 * MinParagraphLength) <= 2 * MinParagraphLength
            && BylineParser.OpensWithPrefix(ElementText.Text(parent, 2 * MinParagraphLength)));

    /// <summary>
    /// Whether a line is a byline in bold ("<c>&lt;B&gt;By Karen Whitfield&lt;/B&gt;</c>"): a byline word, then at most
    /// four words that all open with a capital (a title such as "Von der Leyen warnt ..." has lower-case words).
    /// </summary>
    private static bool IsBylineLine(string text)
    {
        if (!BylineParser.OpensWithPrefix(text))
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 5 && words.Skip(1).All(w => w.Length > 0 && !char.IsLower(w[0]));
    }

    /// <summary>Whether <paramref name="first"/> comes before <paramref name="second"/> in the document, and does not hold it.</summary>
    private static bool Precedes(ExtractionContext context, IElement first, IElement second) =>
        context.Index.DocumentOrder.TryGetValue(first, out var a) && context.Index.DocumentOrder.TryGetValue(second, out var b) && a < b && !first.Contains(second);

    /// <summary>The nearest element that holds both <paramref name="a"/> and <paramref name="b"/>.</summary>
    private static IElement CommonAncestor(IElement a, IElement b)
    {
        var ancestor = a;
        while (!ancestor.Contains(b) && ancestor.ParentElement is { } parent)
        {
            ancestor = parent;
        }

        return ancestor;
    }
}
