using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>
/// The page structure around the chosen container. Wrappers: page builders and CMS fields nest each text module in
/// blocks that hold nothing else, so the article's parts are siblings only a few levels up; when nothing stands beside
/// the chosen container, the siblings of its outermost wrapper are read as its own (<see cref="WithSiblings"/>), and a
/// sibling after it that wraps one paragraph as that paragraph. A layout table's text column without the narrow one
/// beside it. Other stories' articles and lists of teasers beside the headline's article, which are never more of it.
/// </summary>
internal sealed partial class ContentFinder
{
    /// <summary>
    /// The outermost block around <paramref name="top"/> that holds no text of its own beside it (its other children hold
    /// none, or only the section's heading: <paramref name="headed"/> says so), up to the page's sectioning elements: an
    /// <c>article</c>, <c>main</c> or table cell stays the boundary, and a <c>section</c> is reached (not passed) only
    /// inside an <c>article</c> (a story split into sections at section breaks; sections outside one may be stories).
    /// </summary>
    private int LiftThroughWrappers(int top, int headline, out bool headed)
    {
        var lifted = top;
        headed = false;
        // All the text, excluded parts included: a wrapper whose other child was left out (a standfirst) is no wrapper.
        // A wrapper's text is the container's, so it is counted once.
        var chars = AllChars(top);
        while (map.Parents[lifted] is var parent and >= 0 && !Excluded[parent]
            && (map.Tags[parent] is not ("body" or "html" or "article" or "main" or "td" or "th" or "li" or "form") || IsSectionArticle(parent, headline))
            && (map.Tags[parent] != "section" || InArticleElement(parent))
            && (map.Tags[lifted] is not ("article" or "main" or "td" or "th" or "li" or "section") || IsOnlyCell(lifted)))
        {
            var all = AllChars(parent);
            if (all != chars && !(all == chars + HeadingChars(parent, lifted) && (headed = true)))
            {
                break;
            }

            (lifted, chars) = (parent, all);
        }

        return lifted;
    }

    /// <summary>
    /// Whether an <c>article</c> element is one headed section of the page rather than a story: the headline stands in no
    /// <c>article</c>, the element opens with a heading that links nowhere, and an <c>article</c> of the same first class
    /// stands beside it (Bootstrap Italia's "<c>&lt;article class="it-page-section"&gt;&lt;h4 id="tariffe"&gt;Tariffe&lt;/h4&gt;...</c>",
    /// one per section of a municipal page).
    /// </summary>
    private bool IsSectionArticle(int article, int headline)
    {
        if (map.Tags[article] != "article" || headline < 0 || NearestAncestor(headline, "article") >= 0
            || map.Elements[article].FirstElementChild is not { LocalName: "h2" or "h3" or "h4" or "h5" or "h6" } heading
            || heading.QuerySelector(Selectors.Of("a[href]")) is not null
            || FirstClass(map.Elements[article]) is not { Length: > 0 } kind)
        {
            return false;
        }

        var element = map.Elements[article];
        return element.NextElementSibling is { LocalName: "article" } next && FirstClass(next) == kind
            || element.PreviousElementSibling is { LocalName: "article" } previous && FirstClass(previous) == kind;

        static string? FirstClass(IElement e) => e.ClassList.Length > 0 ? e.ClassList[0] : null;
    }

    /// <summary>
    /// Whether a table cell is the only cell of its row and a row near it holds one cell of the same class: the row is
    /// then a wrapper, and the rows beside it go on with the story ("<c>&lt;tr&gt;&lt;td class="text"&gt;...&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;
    /// &lt;td class="text"&gt;...</c>"). The cells of a row side by side are a layout's columns, and a row of another kind
    /// (a box of other stories) is no part of the story.
    /// </summary>
    private bool IsOnlyCell(int cell)
    {
        if (map.Tags[cell] is not ("td" or "th") || map.Parents[cell] is not (var row and >= 0) || map.Tags[row] != "tr"
            || map.Elements[row].ChildElementCount != 1 || Attributes.Of(map.Elements[cell], "class") is not { Length: > 0 } cellClass)
        {
            return false;
        }

        // Within two rows: a row with a picture or an advertisement may stand between the story's rows.
        var rowElement = map.Elements[row];
        return IsRowOfCell(rowElement.PreviousElementSibling, cellClass) || IsRowOfCell(rowElement.NextElementSibling, cellClass)
            || IsRowOfCell(rowElement.PreviousElementSibling?.PreviousElementSibling, cellClass) || IsRowOfCell(rowElement.NextElementSibling?.NextElementSibling, cellClass);
    }

    /// <summary>Whether an element is a table row of one cell whose class is <paramref name="cellClass"/>.</summary>
    private static bool IsRowOfCell(IElement? row, string cellClass) =>
        row is { LocalName: "tr", ChildElementCount: 1, FirstElementChild: { } cell } && string.Equals(Attributes.Of(cell, "class"), cellClass, StringComparison.Ordinal);

    /// <summary>Whether an <c>article</c> element holds the element (its sections are the story's parts, not stories of their own).</summary>
    private bool InArticleElement(int i)
    {
        for (var a = map.Parents[i]; a >= 0; a = map.Parents[a])
        {
            if (map.Tags[a] == "article")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The characters of the children of <paramref name="parent"/> other than <paramref name="child"/> when all those that
    /// hold text are headings (<c>h1</c>-<c>h6</c>, or a <c>header</c> of headings without links, as <see
    /// cref="BodyExclusions"/> reads a section's heading: "<c>&lt;div class="frame-inner"&gt;&lt;header&gt;&lt;h2&gt;...&lt;/h2&gt;&lt;/header&gt;&lt;div
    /// class="ce-bodytext"&gt;</c>"); -1 when another child holds text, or none is a heading.
    /// </summary>
    private int HeadingChars(int parent, int child)
    {
        var sum = 0;
        for (var s = parent + 1; s < map.End[parent]; s = map.End[s])
        {
            if (s == child || AllChars(s) is not (> 0 and var chars))
            {
                continue;
            }

            if (!IsHeadingBlock(s))
            {
                return -1;
            }

            sum += chars;
        }

        return sum > 0 ? sum : -1;
    }

    private bool IsHeadingBlock(int i) =>
        map.Tags[i] == "h1" ? map.Elements[i].QuerySelector(Selectors.Of("a")) is null : BodyExclusions.IsSubheading(map.Elements[i]);

    /// <summary>
    /// The cell that holds nearly all the text of a chosen table or row (a layout table's content column beside a narrow
    /// one with a teaser or the weather): the cells score their row, but the other columns are no part of the article.
    /// </summary>
    private int DominantCell(int top)
    {
        if (map.Tags[top] is not ("table" or "tbody" or "tr") || Chars[top] == 0)
        {
            return top;
        }

        for (var i = top + 1; i < map.End[top]; i++)
        {
            switch (map.Tags[i])
            {
                case "tbody" or "thead" or "tfoot" or "tr":
                    continue;
                case "td" or "th" when !Excluded[i] && Chars[i] >= BodyRules.DominantCellShare * Chars[top]:
                    return i;
                default:
                    // Only the table's own cells: a cell's content (a nested table) is not looked into.
                    i = map.End[i] - 1;
                    continue;
            }
        }

        return top;
    }

    /// <summary>Whether <paramref name="container"/> holds an <c>article</c> other than <paramref name="own"/> (not around it or in it) that opens with a heading of its own and holds prose.</summary>
    private bool HoldsOtherHeadedArticle(int container, int own)
    {
        for (var i = container + 1; i < map.End[container]; i++)
        {
            if (map.Tags[i] != "article" || i == own || IsAncestor(i, own) || IsAncestor(own, i) || Excluded[i] || Mass[i] <= 0)
            {
                continue;
            }

            for (var j = i + 1; j < map.End[i] && j <= i + MaxHeadingOffset; j++)
            {
                if (map.Tags[j] is "h1" or "h2" or "h3")
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>How many elements into an article its opening heading is looked for.</summary>
    private const int MaxHeadingOffset = 6;

    /// <summary>
    /// Whether a container is a list of teasers: two or more of its headings are links (each a story's title over its
    /// summary), and they are most of its headings. Outside the headline's article, such a container is never preferred
    /// to it, however long its summaries.
    /// </summary>
    private bool HeadsTeasers(int container)
    {
        var headings = 0;
        var linked = 0;
        for (var i = container; i < map.End[container]; i++)
        {
            if (map.Tags[i] is "h2" or "h3" or "h4" && Chars[i] > 0)
            {
                headings++;
                // A heading set inside its link has no link text of its own.
                linked += (LinkChars[i] >= BodyRules.LinkedHeadingShare * Chars[i] || NearestAncestor(i, "a", container) >= 0) && !LinksWithinPage(i) ? 1 : 0;
            }
        }

        return linked >= 2 && linked * 2 >= headings;
    }

    /// <summary>Whether a child of <paramref name="container"/> beside <paramref name="own"/> (not around it) is a list of teasers.</summary>
    private bool HoldsTeasersBeside(int container, int own)
    {
        for (var child = container + 1; child < map.End[container]; child = map.End[child])
        {
            if (child != own && !IsAncestor(child, own) && !Excluded[child] && HeadsTeasers(child))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The non-blank characters in the element's subtree, parts left out included.</summary>
    private int AllChars(int i)
    {
        var sum = 0;
        for (var j = i; j < map.End[i]; j++)
        {
            sum += map.OwnChars[j];
        }

        return sum;
    }

    /// <summary>The paragraph (<c>p</c>) that <paramref name="block"/> is or only wraps (each level one child with all the text); -1 when none.</summary>
    private int WrappedParagraph(int block)
    {
        var i = block;
        for (var level = 0; level < BodyRules.MaxWrapperDepth && map.Tags[i] != "p"; level++)
        {
            var only = -1;
            for (var child = i + 1; child < map.End[i]; child = map.End[child])
            {
                if (Chars[child] > 0)
                {
                    if (only >= 0)
                    {
                        return -1;
                    }

                    only = child;
                }
            }

            if (only < 0 || Chars[only] != Chars[i])
            {
                return -1;
            }

            i = only;
        }

        return map.Tags[i] == "p" && !Excluded[i] ? i : -1;
    }

    /// <summary>
    /// Class words of the modules a CMS sets into an article's text (a newsletter sign-up, related reading, an ad, a shop box); tags,
    /// share bars, author boxes and comments end it.
    /// </summary>
    private static readonly MarkerSet InsertedModules = new(
        "newsletter", "signup", "sign-up", "subscribe", "subscription", "paywall", "related", "recommended", "recommendation", "outbrain",
        "taboola", "promo", "teaser", "advert", "advertisement", "ad-slot", "ad-container", "sponsored", "read-more", "readmore",
        "ecommerce", "affiliate", "shop", "product");

    /// <summary>
    /// Whether a sibling after <paramref name="block"/> has the chosen container's tag and class and holds text that is not
    /// links, and no headline of its own (the next story of an endless page opens with one): the article goes on after the
    /// block.
    /// </summary>
    private bool ReopensAfter(int top, string? topClass, int block, int end)
    {
        if (string.IsNullOrEmpty(topClass))
        {
            return false;
        }

        for (var s = map.End[block]; s < end; s = map.End[s])
        {
            if (map.Tags[s] == map.Tags[top] && !Excluded[s] && map.Elements[s].GetAttribute("class") == topClass
                && Mass[s] > 0 && LinkDensity(s) < BodyRules.MaxReopenedLinkDensity)
            {
                return !ConsentBoxes.HoldsHeadline(map, s);
            }
        }

        return false;
    }

    /// <summary>
    /// Leaves out a list of other stories' teasers that closes a container of the body ("Up next" under a video, a grid of
    /// linked headlines or title links at the end of the article element): a block that lists teasers (<see cref="ListsTeasers"/>),
    /// with no prose of the container after it and at least <see cref="BodyRules.MinBodyChars"/> characters of other text
    /// before it. A buying guide whose linked product headings are the article has no such text before them, or prose after.
    /// </summary>
    public void LeaveOutClosingTeasers(List<int> roots)
    {
        foreach (var root in roots)
        {
            LeaveOutClosingTeasers(root, root, 0);
        }
    }

    /// <summary>
    /// Looks for the closing teaser block among the blocks of <paramref name="container"/> down to
    /// <see cref="MaxTeaserBlockDepth"/> levels below <paramref name="root"/> (each level's subtrees read once, so the work
    /// stays linear however deep the page nests); true once one is left out.
    /// </summary>
    private bool LeaveOutClosingTeasers(int root, int container, int depth)
    {
        for (var i = container + 1; i < map.End[container]; i = map.End[i])
        {
            if (Excluded[i] || Chars[i] == 0)
            {
                continue;
            }

            if (map.Tags[i] is "div" or "section" or "ul" or "ol" or "aside" && ListsTeasers(i)
                && ProseBefore(root, i) >= BodyRules.MinBodyChars && !HasProseAfter(root, i))
            {
                Excluded[i] = true;
                return true;
            }

            if (depth + 1 < MaxTeaserBlockDepth && LeaveOutClosingTeasers(root, i, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many levels below a body container a closing teaser block is looked for.</summary>
    private const int MaxTeaserBlockDepth = 3;

    /// <summary>The characters of the container's text before element <paramref name="i"/> (its own subtree left out).</summary>
    private int ProseBefore(int root, int i)
    {
        var chars = 0;
        for (var j = root; j < i; j++)
        {
            chars += Excluded[j] ? 0 : map.OwnChars[j];
        }

        return chars;
    }

    /// <summary>Whether the container holds unlinked text after element <paramref name="i"/>'s subtree.</summary>
    private bool HasProseAfter(int root, int i)
    {
        for (var j = map.End[i]; j < map.End[root]; j++)
        {
            if (Excluded[j])
            {
                j = map.End[j] - 1;
                continue;
            }

            if (map.OwnChars[j] > 0 && NearestAncestor(j, "a", root) < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a heading's link points into the page itself (<c>&lt;h3&gt;&lt;a href="#p3101"&gt;</c>, a forum post's
    /// permalink anchor): such a heading titles a part of this page, not a teaser for another.
    /// </summary>
    private bool LinksWithinPage(int heading)
    {
        var element = map.Elements[heading];
        var link = element.Closest(Selectors.Of("a[href]")) ?? element.QuerySelector(Selectors.Of("a[href]"));
        return link?.GetAttribute("href") is { } href && href.StartsWith('#');
    }
}
