using AngleSharp.Dom;
using NewsKit.Metadata;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Related;

/// <summary>
/// Finds the boxes of links to other stories by evidence, not by a heading phrase. A link is a story link when:
/// <list type="number">
/// <item>its target is a page of the same site that looks like a story (<see cref="StoryUrls.StoryEvidence"/>: a slug of four or more
/// words, an id or a date in its path, or a slug of two or three words in a box whose heading names its kind; not a tag, topic, category or author hub, a search, account, shop, print or legal page, a
/// file), and not the page itself; or a page of another site with strong story evidence (a long slug, an id or a date),
/// which counts only in a box of its own: all of one site, outside the headline's article, mostly link text; a link the
/// site disowns (<c>rel</c> nofollow, sponsored, ugc) or to a platform is none: a sister site's box, not sources, shops or
/// adverts;</item>
/// <item>its text reads like a headline (several words, not a label such as "Read more"), or it has no text (an image
/// link, titled by its teaser);</item>
/// <item>it is not an inline link of running text (a block whose own words come before the link, with more text around
/// it), unless the line opens with a related-reading phrase ("Read also: ...").</item>
/// </list>
/// A box is the nearest element around a story link that holds links to at least two different stories and does not
/// hold the article's headline (any h1 when the headline element is not known); boxes nested a few levels inside another box join it. A single story link is a box
/// only when its line opens with a related-reading phrase. Each box gets its heading (the heading-like element that
/// opens it or stands just before it) and a <see cref="RelatedLinkKind"/> from the heading's phrase.
/// </summary>
internal static partial class StoryBoxFinder
{
    /// <summary>A story link found on the page.</summary>
    internal sealed record StoryLink(IElement Anchor, Uri Url, string Key, string? Title, bool Weak)
    {
        /// <summary>Whether the link goes to a collection page (a topic, special or location hub) or promotes a subscription or magazine issue: it forms boxes, which are page furniture, but is no related link.</summary>
        public bool Hub { get; init; }

        /// <summary>Whether the link goes to another site (a sister site's story): it counts only in a box of such links to one site (see <see cref="Find"/>).</summary>
        public bool Foreign { get; init; }
    }

    /// <summary>A box of story links: its element, its heading and its links in page order.</summary>
    internal sealed record StoryBox(IElement Container, IElement? Heading, List<StoryLink> Links)
    {
        /// <summary>Whether the box is a single "Read also: ..." line.</summary>
        public bool Standalone { get; init; }
    }

    /// <summary>A box without a heading that names it is a menu when its titles have fewer words than this, on average.</summary>
    private const double MinAverageTitleWords = 4;

    /// <summary>A box of another site's stories is mostly their links' text: at least this share of its text (a list of links inside the article's text is the article's).</summary>
    private const double MinForeignLinkShare = 0.5;

    /// <summary>How far above a link its box may be.</summary>
    private const int MaxBoxClimb = 12;

    /// <summary>How far above a box another box may be that it joins.</summary>
    private const int MaxJoinClimb = 3;

    public static List<StoryBox> Find(ExtractionContext context, PageDates dates, IElement? headline)
    {
        var body = context.Document.Body;
        if (body is null)
        {
            return [];
        }

        var page = ThisPage.Of(context.Links.PageAddress);
        var anchors = context.Index.ElementsNamed("a");
        var links = new List<StoryLink>(anchors.Count);
        // Links are told apart by reference: each anchor gives one link, and the record's value hash (its address, key and
        // title strings) costs more than the sets need.
        var standalone = new HashSet<StoryLink>(ReferenceEqualityComparer.Instance);
        var siteKeys = new List<string>(anchors.Count);
        foreach (var anchor in anchors)
        {
            if (Read(context, dates, anchor, page, siteKeys) is not { } link)
            {
                continue;
            }

            switch (StoryLines.LineOf(anchor))
            {
                case StoryLines.LineKind.RunningText:
                    continue;
                case StoryLines.LineKind.ReadAlso:
                    standalone.Add(link);
                    break;
            }

            links.Add(link);
        }

        if (links.Count == 0)
        {
            return [];
        }

        MarkParentsAsHubs(links, siteKeys);
        var found = FormBoxes(context, links.FindAll(l => !l.Foreign), standalone, headline);

        // A column of the page's footer lists the site's own pages ("How we correct our mistakes" under "About us"), unless
        // its heading names a kind of story box ("Latest news").
        found.RemoveAll(box => box.Container.Closest(FooterElement) is not null
            && (box.Heading is null || StoryTitles.KindOf(ElementText.Text(box.Heading, 80)) == Models.RelatedLinkKind.Unknown));

        // Another site's stories count only as a box of their own, all of one site (a sister site's "Our network"), formed
        // apart from the site's own boxes and outside them: links to other sites beside the site's own, or to several
        // sites, are sources and shops, not related stories.
        var article = HeadlineWindow.ArticleRootOf(headline);
        foreach (var box in FormBoxes(context, links.FindAll(l => l.Foreign), standalone, headline))
        {
            if (!box.Standalone && box.Links.Select(l => Sites.Of(l.Url)).Distinct().Count() == 1 && !SponsoredTeasers.IsShopBox(box.Links.ConvertAll(l => l.Title))
                && (article is null || !article.Contains(box.Container))
                && box.Links.Sum(l => ElementText.TextLength(l.Anchor)) >= MinForeignLinkShare * ElementText.TextLength(box.Container)
                && !found.Exists(own => own.Container.Contains(box.Container) || box.Container.Contains(own.Container)))
            {
                found.Add(box);
            }
        }

        var order = context.Index.DocumentOrder;
        return found.OrderBy(b => order.GetValueOrDefault(b.Container)).ToList();
    }

    private static readonly AngleSharp.Css.Dom.ISelector FooterElement = Selectors.Of("footer");

    /// <summary>Whether a link says the site does not vouch for it (<c>rel</c> nofollow, sponsored or ugc): an affiliate shop link, an advert, a reader's link.</summary>
    private static bool IsUnendorsed(IElement anchor) => HasRelToken(anchor, UnendorsedRels);

    /// <summary>The <c>rel</c> tokens of a link the site does not vouch for.</summary>
    private static readonly string[] UnendorsedRels = ["nofollow", "sponsored", "ugc"];

    /// <summary>The <c>rel</c> token of a link paid for.</summary>
    private static readonly string[] SponsoredRels = ["sponsored"];

    /// <summary>Whether one of the link's <c>rel</c> tokens (space-separated, any case) is one of <paramref name="tokens"/>.</summary>
    private static bool HasRelToken(IElement anchor, string[] tokens)
    {
        var rel = Attributes.Of(anchor, "rel").AsSpan();
        while (rel.Length > 0)
        {
            var space = rel.IndexOf(' ');
            var token = space < 0 ? rel : rel[..space];
            foreach (var wanted in tokens)
            {
                if (token.Equals(wanted, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            rel = space < 0 ? [] : rel[(space + 1)..];
        }

        return false;
    }

    /// <summary>
    /// Whether the link goes to a platform, shop or reference site (<see cref="StoryLinkRules.PlatformSites"/>): its site,
    /// built once, looked up in the set (<see cref="Sites.IsOf"/> with each site of the set tells the same, reading the
    /// host once per site).
    /// </summary>
    private static bool IsPlatform(Uri url) => Sites.Of(url) is { } site && StoryLinkRules.PlatformSites.Contains(site);

    /// <summary>The boxes the given story links form (see the class summary), in no particular order.</summary>
    private static List<StoryBox> FormBoxes(ExtractionContext context, List<StoryLink> links, HashSet<StoryLink> standalone, IElement? headline)
    {
        // Which different stories each element around a link holds.
        var stories = new Dictionary<IElement, StoryCount>(links.Count * 3, ReferenceEqualityComparer.Instance);
        foreach (var link in links)
        {
            var level = 0;
            for (var e = link.Anchor.ParentElement; e is not null && e.LocalName is not ("body" or "html") && level < MaxBoxClimb; e = e.ParentElement, level++)
            {
                ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(stories, e, out _);
                count = count.With(link.Key);
            }
        }

        var boxOf = new Dictionary<StoryLink, IElement>(ReferenceEqualityComparer.Instance);
        foreach (var link in links)
        {
            var level = 0;
            for (var e = link.Anchor.ParentElement; e is not null && e.LocalName is not ("body" or "html") && level < MaxBoxClimb; e = e.ParentElement, level++)
            {
                if (headline is not null ? context.Index.IsAncestorOrSelf(e, headline) : HoldsHeading(context, e))
                {
                    break;
                }

                if (stories[e].Count >= 2)
                {
                    boxOf[link] = e;
                    break;
                }
            }

            if (!boxOf.ContainsKey(link) && standalone.Contains(link) && link.Anchor.ParentElement is { } line)
            {
                boxOf[link] = StoryLines.BlockOf(link.Anchor) ?? line;
            }

            if (!boxOf.ContainsKey(link) && SingleLinkBox(context, link, headline) is { } single)
            {
                boxOf[link] = single;
            }
        }

        // A box a few levels inside another that holds only two stories (one teaser of a list linking a second story) joins the outer box.
        var containers = boxOf.Values.ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var link in boxOf.Keys.ToList())
        {
            var box = boxOf[link];
            if (stories.TryGetValue(box, out var inner) && inner.Count > 2)
            {
                // A list of its own (three stories or more) stays a box; only a teaser holding two joins.
                continue;
            }

            var level = 0;
            for (var e = box.ParentElement; e is not null && level < MaxJoinClimb; e = e.ParentElement, level++)
            {
                if (containers.Contains(e))
                {
                    boxOf[link] = e;
                    break;
                }
            }
        }

        var boxes = new Dictionary<IElement, StoryBox>(ReferenceEqualityComparer.Instance);
        foreach (var link in links)
        {
            if (!boxOf.TryGetValue(link, out var container))
            {
                continue;
            }

            if (!boxes.TryGetValue(container, out var box))
            {
                boxes[container] = box = new StoryBox(container, null, []);
            }

            box.Links.Add(link);
        }

        // Links with short slugs count only in a box whose heading names what it is ("Related", "Most read"); so does a
        // box whose titles are short (a menu of section names, even when their addresses carry ids).
        var found = new List<StoryBox>();
        foreach (var box in boxes.Values)
        {
            var headed = box with { Heading = StoryBoxHeadings.Of(context, box), Standalone = box.Links.All(standalone.Contains) };
            var named = StoryTitles.KindOf(headed.Heading is null ? null : ElementText.Text(headed.Heading)) != RelatedLinkKind.Unknown;
            if (!named && !headed.Standalone)
            {
                headed.Links.RemoveAll(l => l.Weak);
                var titled = headed.Links.Where(l => l.Title is not null).ToList();
                if ((titled.Count > 0 && titled.Average(l => TextTools.WordCount(l.Title!)) < MinAverageTitleWords) || IsMenu(headed))
                {
                    headed.Links.Clear();
                }
            }

            if (headed.Links.Count > 0 && (named || !InComments(headed.Container)))
            {
                found.Add(headed);
            }
        }

        return found;
    }

    /// <summary>How many different stories an element holds, counted up to three (all that the box rules ask).</summary>
    private readonly record struct StoryCount(string? First, string? Second, int Count)
    {
        public StoryCount With(string key) =>
            Count >= 3 || key == First || key == Second ? this
            : First is null ? new StoryCount(key, null, 1)
            : Second is null ? new StoryCount(First, key, 2)
            : this with { Count = 3 };
    }

    /// <summary>Without a known headline element, a box may not hold a page heading (an h1) either.</summary>
    private static bool HoldsHeading(ExtractionContext context, IElement element)
    {
        foreach (var h1 in context.Index.ElementsNamed("h1"))
        {
            if (element.Contains(h1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A link whose address is the folder of at least <see cref="MinChildLinks"/> other addresses the page links to
    /// (<c>/economy-business</c> beside <c>/economy-business/why-rates-rise</c> and more) goes to a section, not a story:
    /// it becomes a <see cref="StoryLink.Hub"/> link.
    /// </summary>
    private static void MarkParentsAsHubs(List<StoryLink> links, List<string> siteKeys)
    {
        siteKeys.Sort(StringComparer.Ordinal);
        for (var i = 0; i < links.Count; i++)
        {
            var link = links[i];
            if (link.Hub)
            {
                continue;
            }

            // The keys that start with the link's key and a slash sort together (the same key repeated side by side),
            // from the first one at or after it.
            var children = 0;
            var key = link.Key;
            for (var k = FirstUnder(siteKeys, key); k < siteKeys.Count && IsUnder(siteKeys[k], key) && children < MinChildLinks; k++)
            {
                if ((k == 0 || siteKeys[k] != siteKeys[k - 1]) && IsChildPage(siteKeys[k].AsSpan(key.Length + 1)))
                {
                    children++;
                }
            }

            if (children >= MinChildLinks)
            {
                links[i] = link with { Hub = true };
            }
        }
    }

    /// <summary>Whether <paramref name="other"/> starts with <paramref name="key"/> and a slash.</summary>
    private static bool IsUnder(string other, string key) =>
        other.Length > key.Length && other[key.Length] == '/' && other.StartsWith(key, StringComparison.Ordinal);

    /// <summary>
    /// The index of the first of the keys (sorted by ordinal order) that is not before <paramref name="key"/> followed by a slash:
    /// a binary search that compares with that text without building it.
    /// </summary>
    private static int FirstUnder(List<string> sortedKeys, string key)
    {
        var (low, high) = (0, sortedKeys.Count);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (CompareWithFolder(sortedKeys[middle], key) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The ordinal order of <paramref name="other"/> against <paramref name="key"/> followed by a slash, as <see cref="string.CompareOrdinal(string, string)"/> gives it (only its sign).</summary>
    private static int CompareWithFolder(string other, string key)
    {
        var shared = Math.Min(other.Length, key.Length);
        var order = other.AsSpan(0, shared).SequenceCompareTo(key.AsSpan(0, shared));
        if (order != 0)
        {
            return order;
        }

        if (other.Length <= key.Length)
        {
            // The key itself, or a start of it: shorter than the key and its slash.
            return -1;
        }

        return other[key.Length] != '/' ? other[key.Length].CompareTo('/') : other.Length == key.Length + 1 ? 0 : 1;
    }

    /// <summary>
    /// Whether what follows a link's address in another one names another page under it ("why-rates-rise"), not a part or
    /// a form of the same page: its next page ("2"), feed, print or AMP version, comments (<see cref="StoryLinkRules.PagePartSegments"/>).
    /// </summary>
    private static bool IsChildPage(ReadOnlySpan<char> rest)
    {
        var end = rest.IndexOfAny('/', '?', '#');
        var segment = end < 0 ? rest : rest[..end];
        return segment.Length > 0 && StoryUrls.HasLetter(segment) && !StoryLinkRules.IsPagePartSegment(segment);
    }

    /// <summary>How many different addresses under a link's own make it a section's link (see <see cref="MarkParentsAsHubs"/>).</summary>
    private const int MinChildLinks = 2;

    /// <summary>The page's own addresses, worked out once for all its links: its site, its <see cref="StoryUrls.Key"/>, its <see cref="StoryUrls.PathKey"/>, its path, and its host without "www." when its address has no query (null otherwise).</summary>
    private sealed record ThisPage(string? Site, string? Key, string? PathKey, string? Path, string? SameHost)
    {
        public static ThisPage Of(Uri? page) => page is null
            ? new ThisPage(null, null, null, null, null)
            : new ThisPage(Sites.Of(page), StoryUrls.Key(page), StoryUrls.PathKey(page), page.AbsolutePath.TrimEnd('/'),
                page.Query.Length > 1 ? null : StoryUrls.WithoutWww(page.Host));
    }

    /// <summary>The link as a story link, or null when its target or its text says it is not one; the key of every link to the site goes to <paramref name="siteKeys"/>.</summary>
    private static StoryLink? Read(ExtractionContext context, PageDates dates, IElement anchor, ThisPage page, List<string> siteKeys)
    {
        var href = Attributes.Of(anchor, "href");
        if (string.IsNullOrWhiteSpace(href) || href.StartsWith('#') || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var url = context.Links.ResolveUrl(href);
        if (url is null || (href.Contains('#', StringComparison.Ordinal) && StoryUrls.IsCommentLink(url)))
        {
            return null;
        }

        // Another site's link is read on only when its address is strong story evidence, tested cheapest first (most such
        // links are adverts, shares and platforms), before any text is built.
        var foreign = page.Site is not null && !Sites.IsOf(url, page.Site);
        if (foreign && (url.Scheme is not ("http" or "https") || IsUnendorsed(anchor) || IsPlatform(url)))
        {
            return null;
        }

        // A link of the site's own marked as paid for (rel="sponsored": a partner's story, a shop's offer) is an advert.
        if (!foreign && HasRelToken(anchor, SponsoredRels))
        {
            return null;
        }

        var evidence = StoryUrls.StoryEvidence(url);
        if (foreign && evidence != StoryUrls.Evidence.Strong)
        {
            return null;
        }

        var key = StoryUrls.Key(url);
        if (!foreign)
        {
            siteKeys.Add(key);
        }

        // The page itself, also with a query that names no other story ("?view=mail", "?print=1", "?page=2"), over http or
        // without "www.", or with tracking parameters only ("?utm_campaign=may2024").
        var self = key == page.Key || (page.PathKey is not null && StoryUrls.IsSamePageWithQuery(key, page.PathKey)) || StoryUrls.QueryNamesPage(url, page.Path)
            || (page.SameHost is not null && (StoryUrls.IsSamePage(url, page.SameHost, page.Path!) || StoryUrls.IsAbovePage(url, page.SameHost, page.Path!)));
        if (self || evidence == StoryUrls.Evidence.None || string.Equals(Attributes.Of(anchor, "rel"), "tag", StringComparison.OrdinalIgnoreCase)
            || PageRegions.IsHidden(context, anchor))
        {
            return null;
        }

        // A link with words that are no headline ("Mindfulness", "click here") is no story link; an image link (no
        // text) is, and takes its title from its teaser.
        var title = StoryTitles.Of(context, dates, anchor);
        if ((title is null && ElementText.TextLength(anchor, 0) > 0) || SponsoredTeasers.IsSponsored(anchor))
        {
            return null;
        }

        // A promotion (a magazine issue, a subscription) stands in its box as a story would, but is none.
        return new StoryLink(anchor, url, key, title, evidence == StoryUrls.Evidence.Weak)
        {
            Hub = evidence == StoryUrls.Evidence.Hub || StoryTitles.IsPromotion(title),
            Foreign = foreign,
        };
    }

    /// <summary>Class and id words of a comment section and its entries ("comments", "comment-list", "commentlist", "pingback"; a plural is matched too).</summary>
    private static readonly MarkerSet CommentMarkers = new("comment", "commentlist", "pingback", "trackback");

    /// <summary>
    /// Whether the box stands in the comment section: readers' links and pingbacks of other posts are no related stories
    /// (asked of boxes whose heading names no kind: a "most commented" widget is one).
    /// </summary>
    private static bool InComments(IElement container) => MarkedFrom(container, null, CommentMarkers);

    /// <summary>Whether the element or an ancestor below <paramref name="stop"/> (the body when null) has one of the class, id or role words.</summary>
    private static bool MarkedFrom(IElement element, IElement? stop, MarkerSet markers)
    {
        for (var e = element; e is not null && e != stop && e.LocalName is not ("body" or "html"); e = e.ParentElement)
        {
            if (PageRegions.HasMarker(e, markers))
            {
                return true;
            }
        }

        return false;
    }
}
