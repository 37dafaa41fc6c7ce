using AngleSharp.Dom;
using NewsKit.Pipeline;
using NewsKit.Models;

namespace NewsKit.Metadata;

/// <summary>
/// Chooses the headline by agreement between sources. Order:
/// <list type="number">
/// <item>the visible h1 that agrees best with the metadata titles (JSON-LD headline, og:title, twitter:title, &lt;title&gt;);</item>
/// <item>else another visible title element (h2, h3, itemprop=headline, a "title" class) that clearly agrees;</item>
/// <item>else the h1 inside the article when there is one;</item>
/// <item>else the visible element marked itemprop=headline;</item>
/// <item>else the page's one h1 outside its chrome and other stories' regions, which readers see as the title;</item>
/// <item>else, when only &lt;title&gt; declares a title and the page has no h1, its first h2 of two words or more outside
/// chrome and cookie banners, not the site's tagline after its logo;</item>
/// <item>else a visible title element that &lt;title&gt; (or its part before the site's) holds the start of;</item>
/// <item>else the metadata titles, site name stripped: JSON-LD, OpenGraph, Twitter, then &lt;title&gt;;</item>
/// <item>else the first visible h1.</item>
/// </list>
/// An h1 that only links to the site's home page is its logo, never the headline; a permalink mark at either end of the
/// heading ("¶", "#") is no part of it.
/// </summary>
internal static partial class HeadlineFinder
{
    internal readonly record struct Found(string? Text, ValueSource Source, IElement? Element, IReadOnlyList<(string Text, ValueSource Source)> Claims);

    /// <summary><see cref="MetadataRules.HeadlineSelector"/>, matched by hand over the element index.</summary>
    private static readonly SimpleSelector HeadlineMarkup = SimpleSelector.Parse(MetadataRules.HeadlineSelector);

    public static Found Find(ExtractionContext context, JsonLdGraph graph, List<(string Key, string Content, IElement Element)> metas, IReadOnlyCollection<string> siteNames)
    {
        var found = FindHeading(context, graph, metas, siteNames);

        // An h1 that names the page's section ("News", "Aktuelles", "Blog") over the story: the story's heading after it.
        if (found.Element is { LocalName: "h1" } h1 && IsSectionLabel(TextTools.CleanTitle(ShownText(h1)))
            && found.Claims.ToList() is var claims && HeadingAfter(context, h1, OtherHeadings(context), siteNames, claims) is { } story)
        {
            return new Found(HeadlineText(story, claims), ValueSource.VisibleText, story, found.Claims);
        }

        return found;
    }

    private static Found FindHeading(ExtractionContext context, JsonLdGraph graph, List<(string Key, string Content, IElement Element)> metas, IReadOnlyCollection<string> siteNames)
    {
        var article = graph.Article;
        var document = context.Document;
        var claims = new List<(string Text, ValueSource Source)>();
        void Claim(string? raw, ValueSource source, bool aggressive)
        {
            var clean = TextTools.CleanTitle(raw);
            if (clean.Length > 0)
            {
                claims.Add((TextTools.CleanTitle(TitleSiteNames.StripSiteName(clean, siteNames, aggressive)), source));
            }
        }

        Claim(article?.Text("headline") ?? (article is not null && article.HasArticleType() ? article.Text("name") : null), ValueSource.JsonLd, false);
        Claim(MetaTags.First(metas, ["og:title"])?.Content, ValueSource.OpenGraph, false);
        Claim(MetaTags.First(metas, ["twitter:title"])?.Content, ValueSource.TwitterCard, false);
        // Google Scholar's title of a paper or a report (a draft's page whose document title opens with its file name).
        Claim(MetaTags.First(metas, ["citation_title"])?.Content, ValueSource.Meta, false);
        Claim(context.Index.FirstNamed("title") is { } titleElement ? ElementText.RawText(titleElement) : null, ValueSource.TitleElement, true);

        // What else the page states as a title, for agreement only (never chosen, no conflict warnings): a second og:title
        // a plugin added, the headline (or a page's or article's name) of another JSON-LD node: the article's own when the
        // graph's article node is an embedded video.
        var stated = new List<(string Text, ValueSource Source)>(claims);
        if (article?.Text("alternativeHeadline") is { } alternative && TextTools.CleanTitle(alternative) is { Length: > 0 } alternativeTitle && !stated.Exists(c => c.Text == alternativeTitle))
        {
            // The article's other declared headline: the shown one, where the search headline differs from it.
            stated.Add((alternativeTitle, ValueSource.JsonLd));
        }

        foreach (var (key, content, _) in metas)
        {
            if (key == "og:title" && TextTools.CleanTitle(content) is { Length: > 0 } ogTitle && !stated.Exists(c => c.Text == ogTitle))
            {
                stated.Add((ogTitle, ValueSource.OpenGraph));
            }
        }

        foreach (var node in graph.Nodes)
        {
            var declared = node.Text("headline") ?? (node.HasAnyType(MetadataRules.PageTypes) || node.HasArticleType() ? node.Text("name") : null);
            // A node listed under another thing (a live blog's updates, a list's items) states another item's headline.
            if (node != article && !node.IsForeign && declared is not null && TextTools.CleanTitle(declared) is { Length: > 0 } nodeHeadline && !stated.Exists(c => c.Text == nodeHeadline))
            {
                stated.Add((nodeHeadline, ValueSource.JsonLd));
            }
        }

        // An h1 that only links to the site's home page is its logo; one written for screen readers only ("<h1
        // class="hide-accessible">Sala de prensa</h1>", "<h1 class="sr-only">Site</h1>") names the site or the section.
        var h1s = context.Index.ElementsNamed("h1").Where(h => !PageRegions.IsHidden(context, h) && !IsHomeLink(context, h) && !IsUnshown(h)).ToList();
        List<IElement> Others() => OtherHeadings(context);
        if (Best(context, h1s, stated, 1, siteNames) is ({ } h1, var h1Score))
        {
            // An h1 that only shares words with the title gives way to a heading that states it exactly, and an h1 that
            // names the title's trailing part (the section: "Muffin Rezepte" in "Muffin Grundrezept : Muffin Rezepte") to
            // the heading that names its leading part.
            // An h1 that is one part of the document title (a blog's or forum's name in "Notes From The Allotment Shed: Leeks"),
            // and no more than the title states, gives way to a heading that states exactly another part (the post's title).
            var leading = LeadingPartBefore(h1, claims);
            var h1Title = TextTools.CleanTitle(ShownText(h1));

            var otherParts = leading is not null ? [leading]
                : h1Score >= 2 && !claims.Exists(c => c.Source != ValueSource.TitleElement && TextTools.Agreement(h1Title, c.Text) == 3)
                ? OtherTitleParts(h1, context.Title)
                : null;
            // A heading right above the h1 that names the title's leading part is the h1's kicker ("<h2>BAG zur
            // Arbeitszeiterfassung</h2><h1>Vertrauensarbeitszeit am Ende?</h1>" under "BAG zur Arbeitszeiterfassung:
            // Vertrauensarbeitszeit am Ende?"), not the post's title under a section's h1.
            if (otherParts is not null && PartHeading(context, h1, otherParts, siteNames) is { } post && !(leading is not null && IsRightAbove(post, h1)))
            {
                return new Found(HeadlineText(post, claims), ValueSource.VisibleText, post, claims);
            }

            if (h1Score < 2 || leading is not null)
            {
                var (better, betterScore) = Best(context, Others(), stated, 2, siteNames);
                if (better is not null && ((betterScore == 3 && h1Score < 2) || (leading is not null && TextTools.Relaxed(ElementText.RawText(better)) == leading && !IsRightAbove(better, h1))))
                {
                    return new Found(HeadlineText(better, claims), ValueSource.VisibleText, better, claims);
                }
            }

            return new Found(HeadlineText(h1, claims), ValueSource.VisibleText, h1, claims);
        }

        var (other, _) = Best(context, Others(), stated, 2, siteNames);
        if (other is not null)
        {
            return new Found(HeadlineText(other, claims), ValueSource.VisibleText, other, claims);
        }

        var inArticle = h1s.FirstOrDefault(h => h.Closest(Selectors.Of("article, [itemprop=articleBody], [itemtype*=Article]")) is not null
            && !PageRegions.IsInForeignRegion(context, h) && IsTitleLike(h, siteNames));
        if (inArticle is not null)
        {
            return new Found(HeadlineText(inArticle, claims), ValueSource.VisibleText, inArticle, claims);
        }

        // A visible element the page marks as the headline in microdata (itemprop=headline), when no title agrees with any
        // heading: the page's own statement, over a document title that may name only the site.
        if (context.Index.Elements.FirstOrDefault(e => string.Equals(e.GetAttribute("itemprop"), "headline", StringComparison.OrdinalIgnoreCase)
            && e.LocalName is not ("meta" or "link") && ElementText.TextLength(e, 400) is > 8 and < 400 && IsTitleLike(e, siteNames)
            && !PageRegions.IsHidden(context, e) && !PageRegions.IsInForeignRegion(context, e)) is { } marked)
        {
            return new Found(HeadlineText(marked, claims), ValueSource.Microdata, marked, claims);
        }

        // The page shows one heading of the first rank outside its chrome and other stories, and no metadata title agrees
        // with it (a search-engine or social line: "Autofinanzierung – Autokredit oder doch besser Leasing?"): what
        // readers see as the title is that heading.
        var titleOnly = claims.Count > 0 && claims.TrueForAll(c => c.Source == ValueSource.TitleElement);
        var shownH1s = h1s.Where(h => IsTitleLike(h, siteNames) && !PageRegions.IsInForeignRegion(context, h) && !PageRegions.IsInNavigationOrChrome(context, h)).Take(2).ToList();
        if (shownH1s.Count == 1)
        {
            return new Found(HeadlineText(shownH1s[0], claims), ValueSource.VisibleText, shownH1s[0], claims);
        }

        // Only the document title, and no h1 at all: the first heading of the second rank outside the page's chrome.
        // A one-word h2 is a section's label ("Latest", "Aktuelles"); a cookie banner's h2 is no story's, nor the site's
        // tagline after its logo, nor a box of other stories' or the comments' ("More stories", "Comments (3)").
        if (titleOnly && h1s.Count == 0 && context.Index.ElementsNamed("h2").FirstOrDefault(h => IsTitleLike(h, siteNames)
            && !PageRegions.IsHidden(context, h) && !PageRegions.IsInForeignRegion(context, h) && !PageRegions.IsInNavigationOrChrome(context, h)
            && !NamesTitleSection(h, context.Title) && ElementText.Text(h, 200) is var h2Text && TextTools.WordCount(h2Text) >= 2 && !IsInConsentBox(h)
            && !Body.ArticleEnd.IsRelatedOrEndHeading(h2Text)
            && !(h.PreviousElementSibling is { } logo && IsHomeLink(context, logo))) is { } h2)
        {
            // The title shown as an element of its own before that h2 ("<p class="titre">", a styled line) is the headline,
            // and the h2 the article's first subheading, when the h2 shares nothing with the document title (an h2 that names
            // a part of it is the page's title under the site's masthead: "Parrocchia San Michele - L'organo Serassi").
            var headlineElement = !NamesTitlePart(ElementText.Text(h2, 200), context.Title)
                && ShownTitle(context, claims[0].Text) is { } shownFirst && !shownFirst.Contains(h2) && Precedes(context, shownFirst, h2) ? shownFirst : h2;
            return new Found(HeadlineText(headlineElement, claims), ValueSource.VisibleText, headlineElement, claims);
        }

        // Only the document title, or none, and no heading states the headline: the line set apart by its look before the
        // article's text (pages made before headings were the rule: "<font size=5><b>").
        var emphasized = claims.TrueForAll(c => c.Source == ValueSource.TitleElement) ? EmphasizedTitle(context, siteNames) : null;
        if (emphasized is not null && (claims.Count == 0 || claims.Exists(c => TextTools.Agreement(TextTools.CleanTitle(ShownText(emphasized)), c.Text) >= 2)))
        {
            return new Found(HeadlineText(emphasized, claims), ValueSource.VisibleText, emphasized, claims);
        }

        if (claims.Count > 0)
        {
            var chosen = claims[0];
            // A document title that holds only the start of a visible title ("2025 Season Recap - League" above "2025 Season
            // Recap: Mudcats Take the Title in Extra Innings"): the visible title is the whole headline.
            if (chosen.Source == ValueSource.TitleElement && TitleStarts(chosen.Text) is { Count: > 0 } starts
                && Others().FirstOrDefault(e => TextTools.Relaxed(ElementText.Text(e, 400)) is var shown
                    && starts.Exists(start => shown.Length > start.Length && shown.StartsWith(start, StringComparison.Ordinal)) && IsTitleLike(e, siteNames)) is { } whole)
            {
                return new Found(HeadlineText(whole, claims), ValueSource.VisibleText, whole, claims);
            }

            // A title no heading states, shown as the page's one element of that text (a styled div of a front-end whose
            // class names say nothing): that element is the headline, where the article's other lines are read around.
            // A shown title before the line set apart above the article's text is the site's name over the page (its masthead).
            if (ShownTitle(context, chosen.Text) is { } shownTitle && !(emphasized is not null && Precedes(context, shownTitle, emphasized)))
            {
                return new Found(HeadlineText(shownTitle, claims), ValueSource.VisibleText, shownTitle, claims);
            }

            if (emphasized is not null)
            {
                // A document title no line of the page states (the site's name alone): the headline is the line readers see.
                return new Found(HeadlineText(emphasized, claims), ValueSource.VisibleText, emphasized, claims);
            }

            return new Found(chosen.Text, chosen.Source, null, claims);
        }

        var first = h1s.FirstOrDefault(h => IsTitleLike(h, siteNames));
        return first is null ? new Found(null, ValueSource.VisibleText, null, claims) : new Found(HeadlineText(first, claims), ValueSource.VisibleText, first, claims);
    }

    /// <summary>The page's headings and title-like elements other than h1s, visible, outside other stories, consent boxes and link lists.</summary>
    private static List<IElement> OtherHeadings(ExtractionContext context) => context.Index.Elements.Where(HeadlineMarkup.Matches)
        .Where(e => e.TagName != "H1" && ElementText.TextLength(e, 400) is > 8 and < 400 && !PageRegions.IsHidden(context, e) && !PageRegions.IsInForeignRegion(context, e)
            && !IsInConsentBox(e) && !HeadsLinkList(e) && !IsInHomeLink(context, e))
        .ToList();

    /// <summary>
    /// Whether a heading names a part of the document title after its first ("Local News" in "Pier to close - Local News -
    /// Harbour Times"): the section's heading over the page, not the story's.
    /// </summary>
    private static bool NamesTitleSection(IElement heading, string? documentTitle)
    {
        if (string.IsNullOrEmpty(documentTitle))
        {
            return false;
        }

        var text = TextTools.Relaxed(ElementText.RawText(heading));
        foreach (var separator in MetadataRules.TitleSeparators)
        {
            var parts = documentTitle.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1 && parts.Skip(1).Any(p => TextTools.Relaxed(p) == text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The visible title element after <paramref name="h1"/> and outside its parent (the post's own title, not a heading
    /// beside the h1 such as its section's), not an h1 nor a site name, whose text is the longest of
    /// <paramref name="parts"/> (relaxed), the first of equals; null when none is.
    /// </summary>
    private static IElement? PartHeading(ExtractionContext context, IElement h1, List<string> parts, IReadOnlyCollection<string> siteNames)
    {
        IElement? best = null;
        var bestLength = 0;
        var order = context.Index.DocumentOrder;
        var after = order.TryGetValue(h1, out var at) ? at : int.MaxValue;
        foreach (var element in context.Index.Elements)
        {
            if (element.LocalName == "h1" || !HeadlineMarkup.Matches(element) || ElementText.TextLength(element, 400) is < 3 or >= 400
                || !order.TryGetValue(element, out var position) || position <= after)
            {
                continue;
            }

            var text = TextTools.Relaxed(ShownText(element));
            if (text.Length > bestLength && parts.Contains(text) && element.ParentElement != h1.ParentElement
                && IsTitleLike(element, siteNames) && !siteNames.Any(n => TextTools.Relaxed(n) == text)
                && !PageRegions.IsHidden(context, element) && !PageRegions.IsInForeignRegion(context, element))
            {
                (best, bestLength) = (element, text.Length);
            }
        }

        return best;
    }

    /// <summary>
    /// When <paramref name="h1"/>'s text is the first or the last part of a document title written in several parts
    /// ("Notes From The Allotment Shed: Leeks"), the part at the other end (relaxed); null otherwise.
    /// </summary>
    private static List<string>? OtherTitleParts(IElement h1, string? documentTitle)
    {
        if (string.IsNullOrWhiteSpace(documentTitle))
        {
            return null;
        }

        var h1Text = TextTools.Relaxed(ShownText(h1));
        foreach (var separator in MetadataRules.TitleSeparators.Append(": "))
        {
            var parts = documentTitle.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(TextTools.Relaxed).ToList();
            if (parts.Count >= 2 && h1Text.Length > 0 && (parts[0] == h1Text || parts[^1] == h1Text))
            {
                // The other end: a part between them names a section ("Headline | Editorial | Site").
                return [parts[0] == h1Text ? parts[^1] : parts[0]];
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="heading"/> is one of the two elements just before <paramref name="h1"/>, its siblings.</summary>
    private static bool IsRightAbove(IElement heading, IElement h1) =>
        h1.PreviousElementSibling is { } before && (before == heading || before.PreviousElementSibling == heading);

    /// <summary>
    /// The leading part of a title written "leading part, separator, trailing part" whose trailing part is
    /// <paramref name="h1"/>'s text (relaxed); null when no title is so written.
    /// </summary>
    private static string? LeadingPartBefore(IElement h1, List<(string Text, ValueSource Source)> claims)
    {
        var h1Text = TextTools.Relaxed(ElementText.RawText(h1));
        foreach (var (title, _) in claims)
        {
            foreach (var separator in MetadataRules.TitleSeparators)
            {
                var at = title.IndexOf(separator, StringComparison.Ordinal);
                if (at > 0 && TextTools.Relaxed(title[(at + separator.Length)..]) == h1Text)
                {
                    return TextTools.Relaxed(title[..at]);
                }
            }
        }

        return null;
    }

    /// <summary>The element whose text agrees best (at least <paramref name="minimum"/>) with any claim, and how well (<see cref="TextTools.Agreement"/>); earlier wins ties.</summary>
    private static (IElement? Element, int Score) Best(ExtractionContext context, List<IElement> elements, List<(string Text, ValueSource Source)> claims, int minimum, IReadOnlyCollection<string> siteNames)
    {
        IElement? best = null;
        var bestScore = minimum - 1;
        foreach (var element in elements)
        {
            var text = TextTools.CleanTitle(ShownText(element));
            if (!IsTitleLike(element, siteNames) || text.Length > 400)
            {
                continue;
            }

            var score = 0;
            foreach (var claim in claims)
            {
                score = Math.Max(score, TextTools.Agreement(text, claim.Text));
            }

            if (PageRegions.IsInForeignRegion(context, element))
            {
                score--;
            }

            // A heading named as the line above the headline ("strapline", "kicker") agrees with the title in part, as
            // the headline does: it is taken only when it agrees fully and nothing else does.
            if (PageRegions.HasMarker(element, AboveHeadlineNames))
            {
                score -= 2;
            }

            if (score > bestScore)
            {
                best = element;
                bestScore = score;
            }
        }

        return (best, bestScore);
    }

    /// <summary>
    /// The headline element's text without a kicker (overline) or subtitle set inside it: when the element is made of
    /// several parts (its children), the part that a metadata title states exactly wins; else the parts named as a
    /// kicker or subtitle (<see cref="MetadataRules.KickerWords"/>) are dropped, with the separators left at the ends.
    /// Hidden parts (a ": " for screen readers) are not text. The whole text otherwise.
    /// </summary>
    private static string HeadlineText(IElement element, List<(string Text, ValueSource Source)> claims) =>
        WithoutUpdateMarker(WithoutLabels(WithoutPermalinkMarks(PartsText(element, claims)), claims));

    private static string PartsText(IElement element, List<(string Text, ValueSource Source)> claims)
    {
        var whole = WithoutBadge(element, TextTools.CleanTitle(ShownText(element)));
        var parts = new List<(string Text, bool Marked)>();
        foreach (var child in element.ChildNodes)
        {
            switch (child)
            {
                case IText text when TextTools.Relaxed(text.Data).Length > 0:
                    parts.Add((text.Data, false));
                    break;
                case IElement hidden when IsUnshown(hidden):
                    // "<span>Corona-Pandemie</span><span class="hidden">:</span> <span>Länder einigen sich...</span>": the part
                    // before a separator only screen readers hear is the kicker.
                    if (parts.Count > 0 && ElementText.RawText(hidden).Trim() is ":" or "-" or "–" or "|")
                    {
                        parts[^1] = parts[^1] with { Marked = true };
                    }

                    break;
                case IElement part when TextTools.Relaxed(ElementText.RawText(part)).Length > 0:
                    // "<h1><small>Hochwasser</small> Pegel steigt</h1>": a small part before the rest is its kicker.
                    parts.Add((ShownText(part), PageRegions.HasMarker(part, KickerNames) || (part.LocalName == "small" && parts.Count == 0)
                        || (parts.Count == 0 && HoldsUnshownSeparator(part))));
                    break;
            }
        }

        if (parts.Count < 2)
        {
            return whole;
        }

        // Parts not named as a kicker first: a roofline the og:title repeats is still not the headline.
        foreach (var (text, _) in parts.OrderBy(p => p.Marked))
        {
            var clean = TextTools.CleanTitle(text);
            if (claims.Any(c => TextTools.Agreement(clean, c.Text) == 3))
            {
                return clean;
            }
        }

        if (parts.Count == 2 && !parts.Any(p => p.Marked) && KickerStatedBefore(whole, parts[0].Text, parts[1].Text, claims) is { } title)
        {
            // "<h1><span class="mb-1 block">Warnstreik bei der Bahn</span><span class="block">Diese Verbindungen ...</span></h1>"
            // with the og:title "Warnstreik bei der Bahn: Diese Verbindungen ...": the metadata title writes the first part
            // as the kicker it is, before a separator.
            return title;
        }

        if (!parts.Any(p => p.Marked) || parts.All(p => p.Marked))
        {
            return whole;
        }

        var rest = TextTools.CleanTitle(string.Join(' ', parts.Where(p => !p.Marked).Select(p => p.Text))).Trim(HeadlineSeparators);
        return rest.Length > 0 ? rest : whole;
    }

    private static readonly char[] HeadlineSeparators = [' ', ':', '|', '-', '–', '—', '·', '/'];

    /// <summary>
    /// The heading's text without the badge its first child shows before it: a mark of symbols alone (<see cref="BadgeMarks"/>:
    /// "<c>&lt;span class="premium-badge"&gt;+&lt;/span&gt;Budget : ...</c>", a subscribers' article's plus).
    /// </summary>
    private static string WithoutBadge(IElement heading, string whole)
    {
        var first = heading.FirstChild;
        while (first is IText { Data: var blank } && string.IsNullOrWhiteSpace(blank))
        {
            first = first.NextSibling;
        }

        return first is IElement badge && ElementText.RawText(badge).Trim() is { Length: > 0 and <= 2 } mark && mark.All(BadgeMarks.Contains)
            && whole.StartsWith(mark, StringComparison.Ordinal) && whole[mark.Length..].TrimStart() is { Length: > 0 } rest ? rest : whole;
    }

    /// <summary>Symbols a badge before a headline is made of (a plus for subscribers, a star, a dot, a play sign).</summary>
    private static readonly HashSet<char> BadgeMarks = ['+', '★', '☆', '●', '•', '■', '▶', '►', '◆', '⊕', '*'];

    /// <summary>
    /// The second part of a two-part heading when a metadata title states the first as its kicker: the first part, a
    /// separator (":", "|", a dash), then the second part, and the heading does not show that whole title itself (its
    /// text with the separator: "<c>&lt;span class="date"&gt;March 12, 2024&lt;/span&gt;: a day to remember</c>"); null otherwise.
    /// </summary>
    private static string? KickerStatedBefore(string whole, string first, string second, List<(string Text, ValueSource Source)> claims)
    {
        var (kicker, title) = (TextTools.CleanTitle(first), TextTools.CleanTitle(second));
        if (kicker.Length == 0 || title.Length == 0)
        {
            return null;
        }

        var shown = whole.AsSpan().Trim();
        if (shown.StartsWith(kicker, StringComparison.OrdinalIgnoreCase) && shown[kicker.Length..].TrimStart() is { Length: > 0 } after && after[0] is ':' or '|' or '-' or '–' or '—')
        {
            // The heading shows the separator itself: the whole line is the title.
            return null;
        }

        foreach (var (claim, _) in claims)
        {
            var stated = claim.AsSpan().Trim();
            if (stated.StartsWith(kicker, StringComparison.OrdinalIgnoreCase) && stated[kicker.Length..].TrimStart() is { Length: > 1 } rest
                && rest[0] is ':' or '|' or '-' or '–' or '—' && TextTools.Agreement(rest[1..].Trim().ToString(), title) == 3)
            {
                return title;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a first part of a heading holds text only screen readers hear that ends with a separator ("<span><span
    /// class="hidden">Deutsche Bahn:</span>Deutsche Bahn</span><span>Pünktlichkeit ...</span>"): the part is a kicker.
    /// </summary>
    private static bool HoldsUnshownSeparator(IElement part)
    {
        foreach (var child in part.Children)
        {
            if (IsUnshown(child) && ElementText.RawText(child).TrimEnd() is { Length: > 0 } heard && heard[^1] is ':' or '|' or '–' or '—')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Class or id words of a kicker or subtitle inside a headline element.</summary>
    private static readonly MarkerSet KickerNames = new(MetadataRules.KickerWords);

    private static readonly MarkerSet AboveHeadlineNames = new(MetadataRules.AboveHeadlineWords);

    private static bool IsTitleLike(IElement element, IReadOnlyCollection<string> siteNames)
    {
        var text = TextTools.CleanTitle(ElementText.RawText(element));
        return text.Length >= 2 && !TitleSiteNames.IsSiteName(text, siteNames);
    }
}
