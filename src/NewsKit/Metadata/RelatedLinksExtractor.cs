using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;
using NewsKit.Timestamps;

namespace NewsKit.Metadata;

/// <summary>
/// Finds titled blocks of links to other articles ("MORE ON THEME", "Related", "Most read", in several languages;
/// see <see cref="MetadataRules.RelatedHeadings"/>) and blocks marked as related by their class, reads their links
/// in page order without duplicates, with the time shown beside each link, and claims the blocks, share bars and
/// "follow us" boxes as not body. Navigation, headers and footers are never read as related blocks.
/// </summary>
internal static class RelatedLinksExtractor
{
    private const int MaxHeadingLength = 60;
    private const int MaxClimb = 5;
    private const int MinLinks = 2;
    private const int MaxShareBoxText = 200;

    private static readonly MarkerSet ShareMarkers = new(MetadataRules.ShareMarkers);

    private static readonly MarkerSet DateMarkers = new("date", "time");

    private static readonly MarkerSet RelatedClassMarkers = new(["related", "recommended", "more-stories", "more-from", "most-read", "mostread", "read-more", "readmore", "also-read", "more-on"]);

    public static IReadOnlyList<RelatedLink> Extract(ExtractionContext context)
    {
        var body = context.Document.Body;
        if (body is null)
        {
            return [];
        }

        ClaimShareBoxes(context, body);
        var titles = new Dictionary<IElement, string?>(256, ReferenceEqualityComparer.Instance);
        var blocks = FindBlocks(context, body, titles);
        var order = context.DocumentOrder;
        var links = new List<RelatedLink>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pageKey = context.PageUrl is null ? null : Key(context.PageUrl);
        foreach (var (container, heading, section) in blocks.OrderBy(b => order.GetValueOrDefault(b.Container)))
        {
            context.ThrowIfCancelled();
            var part = heading is null ? null : BlockPart(context, container, heading);
            var found = ReadLinks(context, container, heading, section, titles, part);
            if (part is not null && found.Count < MinLinks)
            {
                // The links are elsewhere in the container (a list before its heading): the block is the container.
                part = null;
                found = ReadLinks(context, container, heading, section, titles, null);
            }

            if (found.Count < MinLinks)
            {
                continue;
            }

            if (part is null)
            {
                context.NotBody.Add(container);
            }
            else
            {
                context.NotBody.UnionWith(part);
            }

            foreach (var link in found)
            {
                var key = Key(link.Url);
                if (key != pageKey && seen.Add(key))
                {
                    links.Add(link);
                }
            }
        }

        return links;
    }

    private static string Key(Uri url) => url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path | UriComponents.Query, UriFormat.UriEscaped).TrimEnd('/');

    /// <summary>Headed blocks first, then class-marked blocks that no headed block covers; inner blocks win over wrappers.</summary>
    private static List<(IElement Container, IElement? Heading, string? Section)> FindBlocks(ExtractionContext context, IElement body, Dictionary<IElement, string?> titles)
    {
        var blocks = new List<(IElement Container, IElement? Heading, string? Section)>();
        foreach (var textNode in context.BodyTextNodes)
        {
            if (textNode.ParentElement is not { } element || textNode.Data.Length > MaxHeadingLength * 4)
            {
                continue;
            }

            if (!MayOpenRelatedHeading(textNode.Data))
            {
                continue;
            }

            var own = PageInspector.Collapse(textNode.Data);
            if (own.Length is < 3 or > MaxHeadingLength || !IsRelatedHeading(own))
            {
                continue;
            }

            var text = PageInspector.Text(element, MaxHeadingLength);
            while (element.ParentElement is { } up && up.TagName != "BODY" && PageInspector.Text(up, text.Length) == text)
            {
                element = up;
            }

            if (text.Length > MaxHeadingLength || (element.TagName == "A" && element.ParentElement is { } parent && parent.Children.Length > 1))
            {
                continue;
            }

            if (element.Closest(Selectors.Of("nav, header[class*=site], footer, [role=navigation]")) is not null && element.Closest(Selectors.Of("article")) is null)
            {
                continue;
            }

            if (ContainerOf(context, element, titles) is { } container && !HasBlock(blocks, container))
            {
                blocks.Add((container, element, text.TrimEnd(':', '.', ' ')));
            }
        }

        var elements = context.Elements;
        var (first, end) = context.Inside(body);
        for (var i = first; i < end; i++)
        {
            var element = elements[i];
            if (element.LocalName is not ("aside" or "section" or "div" or "ul" or "ol"))
            {
                continue;
            }

            if (!PageInspector.HasMarker(element, RelatedClassMarkers) || element.Closest(Selectors.Of("nav, footer")) is not null)
            {
                continue;
            }

            if (Overlaps(blocks, element))
            {
                continue;
            }

            if (CountArticleLinks(context, element, null, titles) >= MinLinks && !ContainsHeadline(element))
            {
                var heading = element.QuerySelector(Selectors.Of("h2, h3, h4, h5, h6"));
                blocks.Add((element, heading, heading is null ? null : PageInspector.Text(heading)));
            }
        }

        return blocks.Where(b => !blocks.Any(other => other.Container != b.Container && b.Container.Contains(other.Container))).ToList();
    }

    /// <summary>
    /// A cheap test before <see cref="IsRelatedHeading"/>: whether the text's first letter (after the punctuation that
    /// test trims) is the first letter of some related-reading phrase. Most text nodes of a page fail it.
    /// </summary>
    private static bool MayOpenRelatedHeading(string text) => Opens(text, HeadingSkip, HeadingOpenings);

    private const string HeadingTrimChars = " :.»›>→|-—\"";

    /// <summary>
    /// Whether the first two characters, lower-cased, of the text as the heading test sees it (whitespace collapsed as
    /// <see cref="PageInspector.Collapse"/> does, leading characters of <paramref name="skip"/> removed) are the first
    /// two characters of one of the phrases. A text can start with a phrase only then; most text nodes fail at once.
    /// </summary>
    private static bool Opens(string text, System.Buffers.SearchValues<char> skip, Openings openings)
    {
        // One vectorized search past the leading spaces and punctuation (most text nodes of a page are only spaces).
        var i = text.AsSpan().IndexOfAnyExcept(skip);
        if (i < 0 || i + 1 >= text.Length || !openings.MayStartWith(text[i]))
        {
            return false;
        }

        var first = char.ToLowerInvariant(text[i]);
        var second = PageInspector.IsCollapsedSpace(text[i + 1]) ? ' ' : char.ToLowerInvariant(text[i + 1]);
        return openings.Contains(first, second);
    }

    /// <summary>
    /// The first two characters of each phrase of a list (as one number each), and every character whose lower case is
    /// the first character of one: a text whose first character is not one of those cannot open a phrase, and is
    /// turned away without lower-casing it (outside ASCII, lower-casing a character is a call into ICU).
    /// </summary>
    private sealed class Openings
    {
        private readonly HashSet<int> pairs;
        private readonly System.Buffers.SearchValues<char> starts;

        public Openings(IEnumerable<string> phrases)
        {
            var openers = phrases.Where(p => p.Length >= 2).ToList();
            pairs = [.. openers.Select(p => Pair(p[0], p[1]))];
            var firsts = openers.Select(p => p[0]).ToHashSet();
            starts = System.Buffers.SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => firsts.Contains(char.ToLowerInvariant(c)))]);
        }

        public bool MayStartWith(char c) => starts.Contains(c);

        public bool Contains(char first, char second) => pairs.Contains(Pair(first, second));

        private static int Pair(char first, char second) => (first << 16) | second;
    }

    /// <summary>Every character <see cref="PageInspector.Collapse"/> treats as a space: whitespace, zero-width space, soft hyphen.</summary>
    private static readonly string CollapsedSpaces = new([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(PageInspector.IsCollapsedSpace)]);

    private static readonly System.Buffers.SearchValues<char> HeadingSkip = System.Buffers.SearchValues.Create(CollapsedSpaces + HeadingTrimChars);

    private static readonly System.Buffers.SearchValues<char> FollowSkip = System.Buffers.SearchValues.Create(CollapsedSpaces);

    /// <summary>How related-reading headings open.</summary>
    private static readonly Openings HeadingOpenings = new(MetadataRules.RelatedHeadings);

    /// <summary>How "follow us" phrases open.</summary>
    private static readonly Openings FollowOpenings = new(MetadataRules.FollowWords);


    private static bool HasBlock(List<(IElement Container, IElement? Heading, string? Section)> blocks, IElement container)
    {
        foreach (var block in blocks)
        {
            if (block.Container == container)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(List<(IElement Container, IElement? Heading, string? Section)> blocks, IElement element)
    {
        foreach (var block in blocks)
        {
            if (block.Container.Contains(element) || element.Contains(block.Container))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRelatedHeading(string text)
    {
        var lower = text.ToLowerInvariant().Trim(HeadingTrimChars);
        foreach (var phrase in MetadataRules.RelatedHeadings)
        {
            if (lower.StartsWith(phrase, StringComparison.Ordinal))
            {
                var rest = lower.Length - phrase.Length;
                return rest <= 40;
            }
        }

        return false;
    }

    /// <summary>The nearest ancestor of a heading (up to <see cref="MaxClimb"/> levels) that holds at least two article links and not the article's own headline.</summary>
    private static IElement? ContainerOf(ExtractionContext context, IElement heading, Dictionary<IElement, string?> titles)
    {
        var current = heading.ParentElement;
        for (var level = 0; current is not null && level < MaxClimb && current.TagName != "BODY"; level++, current = current.ParentElement)
        {
            if (ContainsHeadline(current))
            {
                return null;
            }

            if (CountArticleLinks(context, current, heading, titles) >= MinLinks)
            {
                return current;
            }
        }

        return null;
    }

    private static bool ContainsHeadline(IElement element) => element.QuerySelector(Selectors.Of("h1")) is not null || element.QuerySelector(Selectors.Of("[itemprop=articleBody]")) is not null;

    private static int CountArticleLinks(ExtractionContext context, IElement container, IElement? heading, Dictionary<IElement, string?> titles)
    {
        var count = 0;
        foreach (var anchor in context.DescendantsOf(container).Where(IsLink))
        {
            if ((heading is null || !heading.Contains(anchor)) && CachedTitleOf(context, anchor, titles) is not null)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary><see cref="TitleOf"/>, read once per anchor: the climb from a heading counts the same links at every level.</summary>
    private static string? CachedTitleOf(ExtractionContext context, IElement anchor, Dictionary<IElement, string?> titles)
    {
        if (!titles.TryGetValue(anchor, out var title))
        {
            title = TitleOf(context, anchor);
            titles[anchor] = title;
        }

        return title;
    }

    /// <summary>
    /// The children of a headed block's container that are the block, when the container also holds running text
    /// (a "Don't miss" box set among the article's paragraphs): the child holding the heading and the children after
    /// it, up to the first paragraph of running text. Null when no child outside that run is running text, or when the
    /// heading's own child is running text: then the block is the whole container, as before this rule.
    /// </summary>
    private static List<IElement>? BlockPart(ExtractionContext context, IElement container, IElement heading)
    {
        var children = container.Children;
        var branch = -1;
        for (var i = 0; i < children.Length; i++)
        {
            if (context.IsAncestorOrSelf(children[i], heading))
            {
                branch = i;
                break;
            }
        }

        // A heading inside running text ("More information: G. Petit et al., ...") is a lead-in, not a box's title.
        if (branch < 0 || IsRunningText(children[branch]))
        {
            return null;
        }

        var end = branch + 1;
        while (end < children.Length && !IsRunningText(children[end]))
        {
            end++;
        }

        var outside = false;
        for (var i = 0; i < children.Length && !outside; i++)
        {
            outside = (i < branch || i >= end) && IsRunningText(children[i]);
        }

        if (!outside)
        {
            return null;
        }

        var part = new List<IElement>(end - branch);
        for (var i = branch; i < end; i++)
        {
            part.Add(children[i]);
        }

        return part;
    }

    /// <summary>A paragraph of running text: at least <see cref="MinRunningText"/> characters, less than half of them in links.</summary>
    private static bool IsRunningText(IElement element)
    {
        var text = PageInspector.Text(element, MinRunningText * 4);
        if (text.Length < MinRunningText)
        {
            return false;
        }

        var linked = 0;
        foreach (var anchor in element.QuerySelectorAll(Selectors.Of("a")))
        {
            linked += PageInspector.Text(anchor, text.Length).Length;
        }

        return linked * 2 < text.Length;
    }

    private const int MinRunningText = 80;

    private static List<RelatedLink> ReadLinks(ExtractionContext context, IElement container, IElement? heading, string? section, Dictionary<IElement, string?> titles, List<IElement>? part)
    {
        var anchors = context.DescendantsOf(container).Where(IsLink)
            .Where(a => heading is null || (!heading.Contains(a) && a != heading))
            .Where(a => part is null || part.Exists(p => p == a || p.Contains(a)))
            .Select(a => (Anchor: a, Title: CachedTitleOf(context, a, titles), Url: context.ResolveUrl(a.GetAttribute("href"))))
            .Where(x => x.Title is not null && x.Url is not null)
            .Select(x => (x.Anchor, Title: x.Title!, Url: x.Url!, Key: Key(x.Url!)))
            .ToList();

        var links = new List<RelatedLink>();
        var urls = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (anchor, title, url, key) in anchors)
        {
            if (!urls.Add(key))
            {
                continue;
            }

            var others = new List<IElement>(anchors.Count);
            foreach (var other in anchors)
            {
                if (other.Key != key)
                {
                    others.Add(other.Anchor);
                }
            }

            var item = ItemOf(anchor, container, others);
            links.Add(new RelatedLink(title, url) { Published = TimeBeside(context, item, anchor), Section = section });
        }

        return links;
    }

    /// <summary>The link's title: a heading or title element inside it, else its text; null when it is not an article title.</summary>
    private static string? TitleOf(ExtractionContext context, IElement anchor)
    {
        var href = anchor.GetAttribute("href") ?? string.Empty;
        if (href.StartsWith('#') || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || IsShareHref(href))
        {
            return null;
        }

        var url = context.ResolveUrl(href);
        if (url is null || url.AbsolutePath.Length <= 1 || InNavigation(anchor))
        {
            return null;
        }

        if (string.Equals(anchor.GetAttribute("rel"), "tag", StringComparison.OrdinalIgnoreCase) || PageInspector.HasMarker(anchor, ShareMarkers))
        {
            return null;
        }

        var titled = context.DescendantsOf(anchor).FirstOrDefault(TitleMarkup.Matches);
        var title = TextTools.CleanTitle(PageInspector.RawText(titled ?? anchor));
        if (title.Length == 0)
        {
            title = TextTools.CleanTitle(anchor.GetAttribute("title") ?? anchor.GetAttribute("aria-label"));
        }

        var lower = title.ToLowerInvariant();
        var isCjk = title.Any(c => c >= '\u3040' && c <= '\u9fff');
        var longEnough = isCjk ? title.Length >= 6 : title.Length >= 12 && TextTools.WordCount(title) >= 2;
        if (!longEnough || IsNonTitle(lower))
        {
            return null;
        }

        return title;
    }

    /// <summary>The largest ancestor of the link inside the container that holds no other article link: the link's card or list item.</summary>
    private static readonly char[] LinkTextTrimChars = ['.', '…', '»', '›', ' ', '>'];

    /// <summary>Whether the lower-cased link text is a label ("read more", "next") rather than a title.</summary>
    private static bool IsNonTitle(string lower)
    {
        var trimmed = lower.TrimEnd(LinkTextTrimChars);
        foreach (var text in MetadataRules.NonTitleLinkTexts)
        {
            if (lower == text || trimmed == text)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The selector <c>a[href]</c>.</summary>
    private static bool IsLink(IElement element) => element.LocalName == "a" && Attributes.Of(element, "href") is not null;

    /// <summary>The selector <c>h2, h3, h4, h5, h6, [class*=title], [class*=headline]</c>: a link's title element.</summary>
    private static readonly SimpleSelector TitleMarkup = SimpleSelector.Parse("h2, h3, h4, h5, h6, [class*=title], [class*=headline]");

    private static bool IsShareHref(string href)
    {
        foreach (var fragment in MetadataRules.ShareHostFragments)
        {
            if (href.Contains(fragment, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the element is inside <c>nav</c> or an element with <c>role=navigation</c> (the selector <c>nav, [role=navigation]</c>).</summary>
    private static bool InNavigation(IElement element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (current.LocalName == "nav" || Attributes.Of(current, "role") == "navigation")
            {
                return true;
            }
        }

        return false;
    }

    private static IElement ItemOf(IElement anchor, IElement container, List<IElement> others)
    {
        var item = anchor;
        while (item.ParentElement is { } parent && parent != container && !others.Any(parent.Contains))
        {
            item = parent;
        }

        return item;
    }

    /// <summary>The time shown in the link's item: a time element or a date-classed element, its text first, else its datetime.</summary>
    private static Timestamp? TimeBeside(ExtractionContext context, IElement item, IElement anchor)
    {
        var candidates = new List<IElement>();
        if (item.Matches(Selectors.Of("time")) || PageInspector.HasMarker(item, DateMarkers))
        {
            candidates.Add(item);
        }

        candidates.AddRange(item.QuerySelectorAll(Selectors.Of("time, [class*=date], [class*=time], [class*=Date], [class*=Time]")));
        foreach (var element in candidates)
        {
            if (element == anchor && element.TagName != "TIME")
            {
                continue;
            }

            var text = PageInspector.Text(element);
            if (text.Length is > 0 and <= 100 && context.NormalizeTimestamp(text, TimestampSource.VisibleText, searchWithinText: true) is { } shown)
            {
                return shown;
            }

            if (element.GetAttribute("datetime") is { } datetime && context.NormalizeTimestamp(datetime, TimestampSource.TimeElement) is { } machine)
            {
                return machine;
            }
        }

        return null;
    }

    /// <summary>Claims share bars and "follow us" boxes as not body: short blocks marked share/social/follow, or opening with "Follow us".</summary>
    private static bool OpensWithFollowWords(string text)
    {
        var lower = PageInspector.Collapse(text).ToLowerInvariant();
        foreach (var words in MetadataRules.FollowWords)
        {
            if (lower.StartsWith(words, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }


    private static void ClaimShareBoxes(ExtractionContext context, IElement body)
    {
        var elements = context.Elements;
        var (first, end) = context.Inside(body);
        for (var i = first; i < end; i++)
        {
            var element = elements[i];
            if (element.LocalName is not ("div" or "ul" or "section" or "aside" or "p" or "span" or "nav"))
            {
                continue;
            }

            if (!PageInspector.HasMarker(element, ShareMarkers) || element.Closest(Selectors.Of("[itemprop=articleBody]")) is not null)
            {
                continue;
            }

            var text = PageInspector.Text(element, MaxShareBoxText);
            if (text.Length <= MaxShareBoxText && element.QuerySelector(Selectors.Of("p, h1, h2, h3")) is null
                && (element.QuerySelector(Selectors.Of("a, button")) is not null || text.Length <= 40))
            {
                context.NotBody.Add(element);
            }
        }

        foreach (var textNode in context.BodyTextNodes)
        {
            if (textNode.ParentElement is not { } element || textNode.Data.Length > MaxShareBoxText)
            {
                continue;
            }

            if (!Opens(textNode.Data, FollowSkip, FollowOpenings))
            {
                continue;
            }

            if (!OpensWithFollowWords(textNode.Data))
            {
                continue;
            }

            while (element.TagName is "SPAN" or "STRONG" or "B" or "EM" or "SMALL" && element.ParentElement is { } up)
            {
                element = up;
            }

            if (element.TagName != "BODY" && PageInspector.Text(element, MaxShareBoxText).Length <= MaxShareBoxText && element.Closest(Selectors.Of("[itemprop=articleBody]")) is null)
            {
                context.NotBody.Add(element);
            }
        }
    }
}
