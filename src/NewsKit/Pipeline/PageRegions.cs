using AngleSharp.Dom;

namespace NewsKit.Pipeline;

/// <summary>
/// Where an element stands on the page, judged once per page and remembered in the context: hidden (head, scripts,
/// templates, the page's hiding rule), inside the page's chrome (nav, footer, header), inside a region that belongs to
/// something else (an aside, a related box, a comment section), or marked by a word in its class, id or role.
/// </summary>
internal static class PageRegions
{
    public static bool IsInForeignRegion(ExtractionContext context, IElement element, IElement? stopAt = null, IElement? headline = null)
    {
        for (var current = element; current is not null && current != stopAt && current.TagName is not ("BODY" or "HTML"); current = current.ParentElement)
        {
            if (headline is not null && context.Index.IsAncestorOrSelf(current, headline))
            {
                // A wrapper around the article's own headline is never someone else's region, whatever its class says.
                return false;
            }

            // A part of the meta line marked as it is ("<span class="art_header_footer_author">" in the header's footer) is the line's.
            if (HasForeignMark(context, current) && !(headline is not null && (IsArticleFooter(context, current, headline) || IsMetaLineUnderHeadline(context, current, headline)
                || (current.ParentElement is { } line && IsMetaLineUnderHeadline(context, line, headline)))))
            {
                return true;
            }

            if (current.LocalName == "main" || string.Equals(current.GetAttribute("role"), "main", StringComparison.OrdinalIgnoreCase))
            {
                // The page's main region: the wrappers around it are its layout ("wy-nav-content", a theme's content column
                // beside its navigation), not a region of its own.
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a region marked only as a footer is the footer of the article element that holds the headline (WordPress's
    /// <c>entry-footer</c> with the byline and date, a <c>headline__footer</c> under the headline): the article's own.
    /// </summary>
    private static bool IsArticleFooter(ExtractionContext context, IElement element, IElement headline) =>
        (element.TagName == "FOOTER" || HasMarker(element, FooterMarkers)) && element.TagName is not ("ASIDE" or "NAV")
        && !HasMarker(element, NonFooterMarkers)
        && ((element.ParentElement?.Closest(Selectors.Of("article")) is { } article && context.Index.IsAncestorOrSelf(article, headline))
            || IsMetaFooterBesideHeadline(context, element, headline));

    /// <summary>
    /// Whether an <c>aside</c>, a block marked as a footer or one marked as a byline, right after the headline (or after a
    /// short header that holds it) and not marked as a sidebar, is the article's meta line: at most
    /// <see cref="MaxMetaFooterChars"/> characters and <see cref="MaxMetaAsideLinks"/> links ("<c>&lt;h1&gt;...&lt;/h1&gt;&lt;aside
    /// class="meta"&gt;&lt;a rel="author"&gt;Sarah Thompson&lt;/a&gt; Health correspondent ... Tue 11 Apr 2023&lt;/aside&gt;</c>",
    /// the header's footer "<c>art_header_footer</c>" under "<c>art_header_title</c>", a "<c>bylineComments</c>" wrapper).
    /// </summary>
    private static bool IsMetaLineUnderHeadline(ExtractionContext context, IElement element, IElement headline) =>
        (element.TagName == "ASIDE" || HasMarker(element, FooterMarkers) || HasMarker(element, BylineMarkers))
        && element.PreviousElementSibling is { } before && context.Index.IsAncestorOrSelf(before, headline)
        && (before == headline || ElementText.TextLength(before, MaxMetaFooterChars + 1) <= MaxMetaFooterChars) && !HasMarker(element, SidebarMarkers)
        && ElementText.TextLength(element, MaxMetaFooterChars + 1) <= MaxMetaFooterChars
        && MetaLineLinks(element) <= MaxMetaAsideLinks;

    /// <summary>
    /// The links of a meta line that lead to pages (its authors', its section's), its share buttons aside: a share bar
    /// in the header's footer ("Facebook", "X", "WhatsApp" beside the author's link) adds none.
    /// </summary>
    private static int MetaLineLinks(IElement element)
    {
        var count = 0;
        foreach (var link in element.QuerySelectorAll(Selectors.Of("a[href]")))
        {
            var href = link.GetAttribute("href") ?? string.Empty;
            if (!ShareLinkMarks.Any(m => href.Contains(m, StringComparison.OrdinalIgnoreCase)))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>What the address of a share button holds: a sharing endpoint or an app's scheme.</summary>
    private static readonly string[] ShareLinkMarks = ["share", "intent/tweet", "whatsapp:", "mailto:", "sms:", "fb-messenger:", "t.me/", "telegram.me/", "wa.me/", "api.whatsapp.com"];

    /// <summary>Class and id words of a byline (see <see cref="IsMetaLineUnderHeadline"/>).</summary>
    private static readonly MarkerSet BylineMarkers = new(["byline", "author", "meta", "dateline"]);

    /// <summary>Class and id words of a sidebar: an <c>aside</c> so marked is the page's column, not the article's meta line.</summary>
    private static readonly MarkerSet SidebarMarkers = new(["sidebar"]);

    /// <summary>The most links an article's meta line set in an <c>aside</c> holds (its authors' pages).</summary>
    private const int MaxMetaAsideLinks = 3;

    /// <summary>
    /// Whether a short footer (at most <see cref="MaxMetaFooterChars"/> characters) sits in the article's own container up to
    /// three levels below the element that holds the headline, an article-like element: Drupal's
    /// <c>&lt;footer class="node__meta"&gt;</c> in the node's <c>article</c> under the page's <c>h1</c> in <c>main</c> (with a
    /// block's <c>div</c> around each), TYPO3
    /// news' <c>&lt;div class="footer"&gt;</c> with the date beside the headline's <c>div.header</c>; or a footer of an
    /// <c>article</c> in such a container when the headline stands outside every article (Drupal's title block above the node).
    /// </summary>
    private static bool IsMetaFooterBesideHeadline(ExtractionContext context, IElement element, IElement headline)
    {
        var ancestor = element.ParentElement;
        for (var level = 0; level < 3 && ancestor is not null && ancestor.TagName is not ("BODY" or "HTML"); level++, ancestor = ancestor.ParentElement)
        {
            if (context.Index.IsAncestorOrSelf(ancestor, headline))
            {
                // Not one that holds items of its own (a comment, a rating): their names and dates are theirs. The author's
                // item (TYPO3's "<span itemprop=author itemscope itemtype=.../Person>") is the article's.
                // A headline set over the node's article from outside it (Drupal's page title block) heads that article too.
                return (ancestor.TagName is "ARTICLE" or "MAIN" or "SECTION" || HasMarker(ancestor, ArticleContainerMarkers)
                        || (element.ParentElement?.Closest(Selectors.Of("article")) is not null && headline.Closest(Selectors.Of("article")) is null))
                    && ElementText.TextLength(element, MaxMetaFooterChars + 1) <= MaxMetaFooterChars
                    && element.QuerySelector(Selectors.Of("[itemscope]:not([itemtype*=Person]):not([itemtype*=Organization])")) is null;
            }
        }

        return false;
    }

    /// <summary>The longest footer (in characters) read as the article's date or byline line beside its headline.</summary>
    private const int MaxMetaFooterChars = 300;

    private static readonly MarkerSet FooterMarkers = new(["footer"]);

    /// <summary>Class or id words of an article's own container.</summary>
    private static readonly MarkerSet ArticleContainerMarkers = new(["article", "post", "node", "news", "entry", "story"]);

    private static readonly MarkerSet NonFooterMarkers = new(RegionRules.ForeignRegionMarkers.Where(m => m != "footer").ToArray());

    /// <summary>Whether the element itself is an aside, nav or footer, or is marked as one by its class, id or role; judged once per page.</summary>
    private static bool HasForeignMark(ExtractionContext context, IElement element)
    {
        var memory = context.Regions.ForeignMarks;
        var at = memory.PositionOf(element);
        bool marked;
        if (at < 0)
        {
            if (!memory.TryGetOther(element, out marked))
            {
                marked = IsForeignMarked(element) && !IsLayoutWrapper(context, element);
                memory.SetOther(element, marked);
            }
        }
        else if (!memory.TryGet(at, out marked))
        {
            marked = IsForeignMarked(element) && !IsLayoutWrapper(context, element);
            memory.Set(at, marked);
        }

        return marked;
    }

    /// <summary>
    /// Whether the element, named only by a layout word (a menu, a sidebar: "row-column-menu-left",
    /// "layout-sidebar-left"), holds most of the page's text (<see cref="MinLayoutWrapperShare"/>): a wrapper of the page's
    /// columns, the article's among them, not a menu. Words of other stories and readers' posts (related, comments,
    /// reviews) mark a region whatever its size.
    /// </summary>
    private static bool IsLayoutWrapper(ExtractionContext context, IElement element)
    {
        if (RegionRules.ForeignRegionTags.Contains(element.TagName, StringComparer.OrdinalIgnoreCase) || HasMarker(element, NonLayoutMarkers)
            || context.Document.Body is not { } body)
        {
            return false;
        }

        var page = ElementText.TextLength(body);
        return page > 0 && ElementText.TextLength(element, page) >= MinLayoutWrapperShare * page;
    }

    /// <summary>The least share of the page's text a wrapper named by a layout word holds to be no menu or sidebar.</summary>
    private const double MinLayoutWrapperShare = 0.6;

    /// <summary>Layout words among <see cref="RegionRules.ForeignRegionMarkers"/>: a page's columns are named with them.</summary>
    private static readonly string[] LayoutMarkers = ["sidebar", "menu", "nav", "navigation", "navbar"];

    private static readonly MarkerSet NonLayoutMarkers = new(RegionRules.ForeignRegionMarkers.Where(m => !LayoutMarkers.Contains(m)).ToArray());

    private static bool IsForeignMarked(IElement element) =>
        RegionRules.ForeignRegionTags.Contains(element.TagName, StringComparer.OrdinalIgnoreCase)
        || (HasMarker(element, ForeignRegionMarkers) && !IsBloggerPosts(element));

    /// <summary>
    /// Blogger's gadget of the blog's posts (<c>class="widget Blog"</c>) on a post's page, where it holds the one post:
    /// Blogger calls every gadget a widget, the posts as well as the sidebar's (<c>widget PopularPosts</c>, <c>widget
    /// Label</c>). On the blog's front page it holds several, none of them the page's. A theme without <c>hentry</c> marks each
    /// post <c>post</c>.
    /// </summary>
    private static bool IsBloggerPosts(IElement element) =>
        element.GetAttribute("class") is { } names && IsWidgetBlog(names)
        && element.QuerySelectorAll(Selectors.Of(".hentry")).Length is var entries
        && (entries == 1 || (entries == 0 && element.QuerySelectorAll(Selectors.Of(".post")).Length == 1));

    /// <summary>Whether the class names are Blogger's "widget Blog", in either order, and nothing else (read without a token list).</summary>
    private static bool IsWidgetBlog(string names)
    {
        var trimmed = names.AsSpan().Trim();
        var space = trimmed.IndexOfAny(HtmlTags.WhiteSpace);
        if (space < 0)
        {
            return false;
        }

        var first = trimmed[..space];
        var second = trimmed[(space + 1)..].Trim();
        return second.IndexOfAny(HtmlTags.WhiteSpace) < 0
            && ((first.SequenceEqual("widget") && second.SequenceEqual("Blog")) || (first.SequenceEqual("Blog") && second.SequenceEqual("widget")));
    }

    private static readonly MarkerSet ForeignRegionMarkers = new(RegionRules.ForeignRegionMarkers);

    /// <summary>Whether the element's class, id or role contains one of <paramref name="markers"/> (ignoring case).</summary>
    public static bool HasMarker(IElement element, MarkerSet markers)
    {
        // One pass over the element's attributes (most have none or one) instead of three lookups by name.
        var attributes = element.Attributes;
        for (var k = 0; k < attributes.Length; k++)
        {
            if (attributes[k] is { Name: "class" or "id" or "role" } attribute && HasMarker(attribute.Value, markers)
                && !(attribute.Name == "id" && IsHeadingSlug(element, attribute.Value)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an id is its element's heading written as a slug (<c>&lt;section id="social-login-tokens"&gt;&lt;h2&gt;Social login
    /// tokens</c>, as documentation generators and Markdown renderers write them): the words are the author's, no template's.
    /// The letters and digits of both are compared, case ignored.
    /// </summary>
    public static bool IsHeadingSlug(IElement element, string id)
    {
        if (id.Length < 3 || id.Length > MaxSlugLength)
        {
            return false;
        }

        var heading = IsHeading(element) ? element : element.FirstElementChild is { } first && IsHeading(first) ? first : null;
        if (heading is null)
        {
            return false;
        }

        var text = heading.TextContent;
        if (SlugMatches(id, 0, text, wholeText: true))
        {
            return true;
        }

        // "<h3 id="nav_wiederherstellen">Wiederherstellen und testen</h3>": a table of contents' prefix, then the heading's
        // first words.
        var separator = id.AsSpan(0, Math.Min(id.Length, MaxSlugPrefixLength + 1)).IndexOfAny('_', '-');
        return separator > 0 && SlugMatches(id, separator + 1, text, wholeText: false);
    }

    /// <summary>The longest prefix (in characters) before a heading's slug in its id ("nav_", "toc-", "section-").</summary>
    private const int MaxSlugPrefixLength = 8;

    /// <summary>
    /// Whether the id from <paramref name="start"/> spells the heading's <paramref name="text"/> (letters and digits, case
    /// ignored, at least three), whole or, without <paramref name="wholeText"/>, its first words.
    /// </summary>
    private static bool SlugMatches(string id, int start, string text, bool wholeText)
    {
        var (i, j, letters) = (start, 0, 0);
        while (true)
        {
            while (i < id.Length && !char.IsLetterOrDigit(id[i]))
            {
                i++;
            }

            while (j < text.Length && !char.IsLetterOrDigit(text[j]))
            {
                j++;
            }

            if (i == id.Length || j == text.Length)
            {
                return i == id.Length && letters >= 3 && (j == text.Length || (!wholeText && !char.IsLetterOrDigit(text[j - 1]) && letters >= 6));
            }

            if (char.ToLowerInvariant(id[i]) != char.ToLowerInvariant(text[j]))
            {
                return false;
            }

            (i, j, letters) = (i + 1, j + 1, letters + 1);
        }
    }

    private static bool IsHeading(IElement element) => element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>The longest id read as a heading's slug.</summary>
    private const int MaxSlugLength = 120;

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
            if (startsWord && EndsWord(names, index + marker.Length) && !IsNegated(names, index) && !IsBuilderWrapper(names, index, marker)
                && !GeneratedNames.IsInHash(names, index))
            {
                return true;
            }

            index += marker.Length;
        }

        return false;
    }

    /// <summary>
    /// Whether the marker at <paramref name="index"/> is part of a page builder's name for its wrappers
    /// (<see cref="RegionRules.BuilderWrappers"/>: Elementor wraps the title, the post info and the text alike in
    /// "elementor-widget"), which marks no region of its own.
    /// </summary>
    private static bool IsBuilderWrapper(string names, int index, string marker)
    {
        foreach (var (prefix, word) in RegionRules.BuilderWrappers)
        {
            if (string.Equals(marker, word, StringComparison.OrdinalIgnoreCase) && index >= prefix.Length
                && string.Compare(names, index - prefix.Length, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the marker at <paramref name="index"/> is a negated state flag ("no-promo", "has-sidebar", "without-related").</summary>
    private static bool IsNegated(string names, int index)
    {
        foreach (var flag in RegionRules.NegatingFlags)
        {
            if (index >= flag.Length && string.Compare(names, index - flag.Length, flag, 0, flag.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (index == flag.Length || !char.IsLetter(names[index - flag.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the element is inside a head, script, style, template or hidden element.</summary>
    public static bool IsHidden(ExtractionContext context, IElement element) => Inherited(context.Regions.Hidden, element, HidesItself);

    /// <summary>
    /// Whether the element is a nav, or the page's header or footer, or lies inside one. A header or footer inside an
    /// article or the main element is that article's own (its headline and byline, its tags), not the page's banner or
    /// footer: HTML gives such an element no banner or content-info role.
    /// </summary>
    public static bool IsInNavigationOrChrome(ExtractionContext context, IElement element) =>
        Inherited(context.Regions.InChrome, element, static e => e.LocalName is "nav" || (e.LocalName is "footer" or "header" && !IsInArticleOrMain(e)));

    /// <summary>How many ancestors <see cref="IsInArticleOrMain"/> looks at: a hostile page nests headers without end.</summary>
    private const int MaxSectioningDepth = 64;

    /// <summary>Whether an article or main element is among the element's nearest <see cref="MaxSectioningDepth"/> ancestors.</summary>
    private static bool IsInArticleOrMain(IElement element)
    {
        var parent = element.ParentElement;
        for (var depth = 0; parent is not null && depth < MaxSectioningDepth; depth++, parent = parent.ParentElement)
        {
            if (parent.LocalName is "article" or "main")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A flag an element has when it or an ancestor has it (own(e) or flag(parent)), remembered per page: each element
    /// is judged once, however many candidates below it are asked about.
    /// </summary>
    private static bool Inherited(RegionMemory.Flags memory, IElement element, Func<IElement, bool> own)
    {
        var at = memory.PositionOf(element);
        if (at < 0)
        {
            // Not in the index (never in practice): judged up its ancestors, remembered by reference.
            if (!memory.TryGetOther(element, out var other))
            {
                other = own(element) || (element.ParentElement is { } parent && Inherited(memory, parent, own));
                memory.SetOther(element, other);
            }

            return other;
        }

        // Up to the element itself or the nearest ancestor already judged, then down again: each element is judged once.
        var pending = inheritedPending ??= [];
        pending.Clear();
        var flag = false;
        for (var i = at; i >= 0 && !memory.TryGet(i, out flag); i = memory.ParentOf(i))
        {
            pending.Add(i);
        }

        for (var k = pending.Count - 1; k >= 0; k--)
        {
            flag = flag || own(memory.At(pending[k]));
            memory.Set(pending[k], flag);
        }

        return flag;
    }

    /// <summary>The ancestors <see cref="Inherited"/> has yet to judge (one list per thread, reused; the walk never nests).</summary>
    [ThreadStatic]
    private static List<int>? inheritedPending;

    /// <summary>Elements a browser never shows as text (head, scripts, styles, templates, noscript), and those the page hides by the library's one rule (<see cref="HiddenElements"/>).</summary>
    private static bool HidesItself(IElement element)
    {
        if (element.TagName is "HEAD" or "SCRIPT" or "STYLE" or "TEMPLATE" or "NOSCRIPT")
        {
            return true;
        }

        return HiddenElements.HidesItself(element) && !IsPageBehindDialog(element);
    }

    /// <summary>
    /// Whether an element is hidden only by <c>aria-hidden="true"</c> and holds an h1: the page's wrapper that a script marked
    /// while a dialog was open over it (<c>&lt;div id="page" aria-hidden="true"&gt;</c> in a page saved so), which readers
    /// still see, headline and all. An icon or a decorative copy marked so holds no h1.
    /// </summary>
    private static bool IsPageBehindDialog(IElement element)
    {
        var ariaHidden = false;
        foreach (var attribute in element.Attributes)
        {
            if (attribute.Name == "aria-hidden")
            {
                ariaHidden = HiddenElements.Hides(attribute.Name, attribute.Value);
            }
            else if (HiddenElements.Hides(attribute.Name, attribute.Value))
            {
                return false;
            }
        }

        return ariaHidden && HoldsHeadingOne(element);
    }

    /// <summary>
    /// Whether an h1 stands inside the element, told from the parse's element index (each h1's place against the element's
    /// run: no walk of a subtree that may be the whole page, for each of a hostile page's nested elements); walked, a
    /// bounded number of elements, outside a parse.
    /// </summary>
    private static bool HoldsHeadingOne(IElement element)
    {
        if (ElementIndex.Current is not { } index)
        {
            return Subtree.HasElementNamed(element, ["h1"], max: MaxWalkedWithoutIndex);
        }

        // The first h1s only: a page's headline is among them, and a hostile page's thousands are not read for each element.
        var (start, end) = index.Inside(element);
        var headings = index.ElementsNamed("h1");
        for (var k = 0; k < headings.Count && k < MaxHeadingsRead; k++)
        {
            if (index.DocumentOrder.TryGetValue(headings[k], out var at) && at >= start && at < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most h1 elements <see cref="HoldsHeadingOne"/> reads.</summary>
    private const int MaxHeadingsRead = 16;

    /// <summary>The most elements <see cref="HoldsHeadingOne"/> walks when no element index is at hand.</summary>
    private const int MaxWalkedWithoutIndex = 2000;
}
