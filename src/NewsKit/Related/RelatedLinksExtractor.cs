using AngleSharp.Dom;
using NewsKit.Metadata;
using NewsKit.Models;
using NewsKit.Pipeline;
using NewsKit.Timestamps;

namespace NewsKit.Related;

/// <summary>
/// The related-links stage: the boxes of links to other stories (<see cref="StoryBoxFinder"/>, which judges links by
/// their targets and texts, not by a heading phrase), read in page order without duplicates, each link with its title,
/// the time shown in its item, the box's heading and its kind; the boxes, share bars and "follow us" boxes are claimed as
/// not body (a box that holds running text, a teaser line set among the article's paragraphs, gives only its items).
/// </summary>
internal static class RelatedLinksExtractor
{
    private const int MaxShareBoxText = 200;

    private static readonly MarkerSet ShareMarkers = new(StoryLinkRules.ShareMarkers);

    private static readonly MarkerSet DateMarkers = new(StoryLinkRules.TimeWords);

    private static readonly MarkerSet PreviousNextMarkers = new(StoryLinkRules.PreviousNextWords);

    /// <summary>
    /// The related-links stage: the page's links to other stories, in boxes found by evidence, and the elements it claimed
    /// as page furniture (the boxes, or their items among the article's paragraphs, and share and follow bars).
    /// </summary>
    /// <param name="context">The parse's context.</param>
    /// <param name="headline">The headline element, which no box may hold; null when unknown.</param>
    /// <param name="dates">The page's timestamp reader, for the time beside each link and the dates in teaser titles.</param>
    public static RelatedLinksFindings Extract(ExtractionContext context, IElement? headline, PageDates dates)
    {
        var body = context.Document.Body;
        if (body is null)
        {
            return new RelatedLinksFindings([], ElementClaims.None);
        }

        var claims = new ElementClaims.Builder();
        ClaimShareBoxes(context, body, claims);
        var links = new List<RelatedLink>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var box in StoryBoxFinder.Find(context, dates, headline))
        {
            context.ThrowIfCancelled();
            var section = box.Heading is null ? null : ElementText.Text(box.Heading).Trim().TrimEndAny([':', '.', ' ']).TrimStart(SectionDecoration);
            var kind = KindOf(box, section);
            var items = new List<IElement>();
            foreach (var group in box.Links.GroupBy(l => l.Key, StringComparer.Ordinal))
            {
                var first = group.First();
                if (first.Hub)
                {
                    // A collection page's link: the box is furniture, the link is no related story.
                    items.Add(ItemOf(first.Anchor, box.Container, box.Links, group.Key));
                    continue;
                }

                var item = ItemOf(first.Anchor, box.Container, box.Links, group.Key);
                var title = group.Select(l => l.Title).FirstOrDefault(t => t is not null) ?? ItemHeading(context, dates, item);
                if (title is null)
                {
                    continue;
                }

                items.Add(item);
                if (seen.Add(group.Key))
                {
                    links.Add(new RelatedLink(title, first.Url) { Published = TimeBeside(context, dates, item, first.Anchor), Section = section, Kind = kind });
                }
            }

            Claim(box, items, claims);
        }

        return new RelatedLinksFindings(links, claims.Build());
    }

    /// <summary>The box's kind: from its heading's phrase; a box of previous/next links by their relation or names; a single "Read also" line is related.</summary>
    private static RelatedLinkKind KindOf(StoryBoxFinder.StoryBox box, string? section)
    {
        var kind = StoryTitles.KindOf(section);
        if (kind != RelatedLinkKind.Unknown)
        {
            return kind;
        }

        if (box.Links.All(l => Attributes.Of(l.Anchor, "rel") is "prev" or "next") || PageRegions.HasMarker(box.Container, PreviousNextMarkers))
        {
            return RelatedLinkKind.PreviousNext;
        }

        return box.Standalone ? RelatedLinkKind.Related : RelatedLinkKind.Unknown;
    }

    /// <summary>
    /// A teaser's visible headline when its link has no text (an image link, a link laid over the whole card): the first
    /// heading in the item, read as a link's title is (its kicker part left out: "<c>&lt;span class="kicker"&gt;Study&lt;/span&gt;&lt;span
    /// class="headline"&gt;Seagrass may ...</c>").
    /// </summary>
    private static string? ItemHeading(ExtractionContext context, PageDates dates, IElement item) =>
        item.QuerySelector(Selectors.Of("h2, h3, h4, h5, h6")) is { } heading ? StoryTitles.Of(context, dates, heading) : null;

    /// <summary>
    /// Claims the box as not body, or only its items when it also holds running text (a teaser line among the article's
    /// paragraphs); a box whose items hold <see cref="MinDigestItemText"/> or more unlinked characters each, on average, is
    /// not claimed unless its heading names its kind ("More stories").
    /// </summary>
    private static void Claim(StoryBoxFinder.StoryBox box, List<IElement> items, ElementClaims.Builder claims)
    {
        // A list whose items say much more than their links (a digest whose every item is a linked headline and a
        // paragraph) may be the article itself: the body stage judges it, the links are still reported.
        // A heading that names the box's kind ("More stories", "Related") says it is not the article.
        var linked = box.Links.Sum(l => ElementText.TextLength(l.Anchor));
        var said = items.Sum(ElementText.TextLength);
        var named = box.Heading is not null && StoryTitles.KindOf(ElementText.Text(box.Heading, 80)) != RelatedLinkKind.Unknown;
        if (items.Count > 0 && said - linked >= MinDigestItemText * items.Count && !named)
        {
            return;
        }

        var holdsText = false;
        foreach (var child in box.Container.Children)
        {
            if (!items.Any(child.Contains) && IsRunningText(child))
            {
                holdsText = true;
                break;
            }
        }

        // The box's unlinked text outside its items: a container that holds the article (or much else) gives only its items.
        var unlinked = ElementText.TextLength(box.Container) - said - (box.Heading is null ? 0 : ElementText.TextLength(box.Heading));
        if (holdsText || unlinked > MaxUnclaimedText)
        {
            // Among the article's paragraphs, a heading is the box's only when it says so ("DON'T MISS"): a plain
            // heading before a link is the article's own subheading.
            claims.AddRange(items);
            if (named && box.Heading is { } heading)
            {
                claims.Add(heading);
            }
        }
        else
        {
            claims.Add(box.Container);
            if (box.Heading is not null)
            {
                claims.Add(box.Heading);
            }
        }
    }

    /// <summary>
    /// Whether the first two characters, lower-cased, of the text as the heading test sees it (whitespace collapsed as
    /// <see cref="ElementText.Collapse"/> does, leading characters of <paramref name="skip"/> removed) are the first
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

        var first = TextCase.Lower(text[i]);
        var second = ElementText.IsCollapsedSpace(text[i + 1]) ? ' ' : TextCase.Lower(text[i + 1]);
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
            starts = System.Buffers.SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => firsts.Contains(TextCase.Lower(c)))]);
        }

        public bool MayStartWith(char c) => starts.Contains(c);

        public bool Contains(char first, char second) => pairs.Contains(Pair(first, second));

        private static int Pair(char first, char second) => (first << 16) | second;
    }

    /// <summary>Every character <see cref="ElementText.Collapse"/> treats as a space: whitespace, zero-width space, soft hyphen.</summary>
    private static readonly string CollapsedSpaces = new([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(ElementText.IsCollapsedSpace)]);

    private static readonly System.Buffers.SearchValues<char> FollowSkip = System.Buffers.SearchValues.Create(CollapsedSpaces);

    /// <summary>Decoration that opens a box's heading ("// Most read", "» Latest"), left out of its section name.</summary>
    private static readonly char[] SectionDecoration = ['/', '»', '›', '>', '|', '-', '–', '—', '·', '•', '#', ' ', '\u00A0'];

    /// <summary>How "follow us" phrases open.</summary>
    private static readonly Openings FollowOpenings = new(StoryLinkRules.FollowWords);


    /// <summary>A paragraph of running text: at least <see cref="MinRunningText"/> characters, less than half of them in links.</summary>
    private static bool IsRunningText(IElement element)
    {
        var text = ElementText.Text(element, MinRunningText * 4);
        if (text.Length < MinRunningText)
        {
            return false;
        }

        var linked = 0;
        foreach (var anchor in element.QuerySelectorAll(Selectors.Of("a")))
        {
            linked += ElementText.Text(anchor, text.Length).Length;
        }

        return linked * 2 < text.Length;
    }

    private const int MinRunningText = 80;

    /// <summary>Items with this many unlinked characters each, on average, are paragraphs with a linked headline (a digest), not teasers.</summary>
    private const int MinDigestItemText = 100;

    /// <summary>A box whose element holds more than this many characters outside its items and heading is not claimed whole.</summary>
    private const int MaxUnclaimedText = 300;

    private static IElement ItemOf(IElement anchor, IElement container, List<StoryBoxFinder.StoryLink> links, string key)
    {
        var item = anchor;
        var limit = ElementText.TextLength(anchor) + MaxItemExtra;
        while (item.ParentElement is { } parent && parent != container && !HoldsOther(parent, links, key) && ElementText.TextLength(parent, limit) <= limit)
        {
            item = parent;
        }

        return item;
    }

    /// <summary>Whether the element holds a link of the box to another story than <paramref name="key"/>.</summary>
    private static bool HoldsOther(IElement element, List<StoryBoxFinder.StoryLink> links, string key)
    {
        foreach (var link in links)
        {
            if (link.Key != key && element.Contains(link.Anchor))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A link's item (its teaser card) holds at most this many characters besides the link's text: a kicker, a date, a summary.</summary>
    private const int MaxItemExtra = 400;

    /// <summary>The time of the link's item: a time element or a date-classed element, its text unless its datetime is more precise (a shown date is never completed with the clock's year).</summary>
    private static Timestamp? TimeBeside(ExtractionContext context, PageDates dates, IElement item, IElement anchor)
    {
        var candidates = new List<IElement>();
        if (item.Matches(Selectors.Of("time")) || PageRegions.HasMarker(item, DateMarkers))
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

            // What the item shows, unless the machine-readable time says more (a year or a time of day the text leaves
            // out); a date shown without its year is never completed from the clock.
            var machine = element.GetAttribute("datetime") is { } datetime ? dates.Normalize(datetime, TimestampSource.TimeElement) : null;
            var text = ElementText.Text(element);
            var shown = text.Length is > 0 and <= 100 ? dates.Normalize(text, TimestampSource.VisibleText, searchWithinText: true) : null;
            if (shown is not null && !shown.Assumptions.HasFlag(TimestampAssumptions.YearInferred) && (machine is null || shown.Precision >= machine.Precision))
            {
                return shown;
            }

            if (machine is not null)
            {
                return machine;
            }
        }

        // A date in an element without date markup ("<span>10. Mai 2024</span>", "<small>10 mai 2024</small>"): a short
        // element of no children whose whole text is a date with its year.
        foreach (var element in context.Index.DescendantsOf(item))
        {
            if (element == anchor || element.LocalName is not ("span" or "small" or "em" or "i" or "p" or "div") || element.ChildElementCount > 0
                || ElementText.TextLength(element, MaxLeafDateChars) > MaxLeafDateChars)
            {
                continue;
            }

            var text = ElementText.Text(element, MaxLeafDateChars);
            if (text.Length is >= 6 and <= MaxLeafDateChars && text.AsSpan().ContainsAnyInRange('0', '9')
                && dates.Normalize(text, TimestampSource.VisibleText) is { } leaf && !leaf.Assumptions.HasFlag(TimestampAssumptions.YearInferred)
                && leaf.Precision >= TimestampPrecision.Day)
            {
                return leaf;
            }
        }

        return null;
    }

    /// <summary>The longest text read as a teaser's date without date markup.</summary>
    private const int MaxLeafDateChars = 40;

    /// <summary>Claims share bars and "follow us" boxes as not body: short blocks marked share/social/follow, or opening with "Follow us".</summary>
    private static bool OpensWithFollowWords(string text) =>
        TextTools.StartsWithAny(ElementText.Collapse(text).LowerInvariant(), StoryLinkRules.FollowWords);


    private static void ClaimShareBoxes(ExtractionContext context, IElement body, ElementClaims.Builder claims)
    {
        var elements = context.Index.ElementList;
        var names = context.Index.NameList;
        var (first, end) = context.Index.Inside(body);
        for (var i = first; i < end; i++)
        {
            if (names[i] is not ("div" or "ul" or "section" or "aside" or "p" or "span" or "nav"))
            {
                continue;
            }

            var element = elements[i];

            if (!PageRegions.HasMarker(element, ShareMarkers) || element.Closest(Selectors.Of("[itemprop=articleBody]")) is not null)
            {
                continue;
            }

            var text = ElementText.Text(element, MaxShareBoxText);
            if (text.Length <= MaxShareBoxText && element.QuerySelector(Selectors.Of("p, h1, h2, h3")) is null
                && (element.QuerySelector(Selectors.Of("a, button")) is not null || text.Length <= 40))
            {
                claims.Add(element);
            }
        }

        foreach (var textNode in context.Index.BodyTextNodes)
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

            if (element.TagName != "BODY" && ElementText.Text(element, MaxShareBoxText).Length <= MaxShareBoxText && element.Closest(Selectors.Of("[itemprop=articleBody]")) is null)
            {
                claims.Add(element);
            }
        }
    }
}

/// <summary>What the related-links stage found: the links, in page order, and the elements it claimed as page furniture.</summary>
internal sealed record RelatedLinksFindings(IReadOnlyList<RelatedLink> Links, ElementClaims Claimed);
