using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>What is no part of a headline and what is no headline: permalink marks, a document title's start, the site's logo, a cookie banner, a side menu's heading.</summary>
internal static partial class HeadlineFinder
{
    /// <summary>
    /// The text without a permalink mark that a documentation or blog theme sets at either end of its headings as a link to
    /// the heading itself ("Configuration¶", "# Zählerdaten in Echtzeit", "Ceremony §"): ¶, §, # or 🔗 standing alone.
    /// </summary>
    internal static string WithoutPermalinkMarks(string text)
    {
        var trimmed = text.AsSpan().Trim();
        var changed = true;
        while (changed && trimmed.Length > 1)
        {
            changed = false;
            foreach (var mark in PermalinkMarks)
            {
                if (trimmed.EndsWith(mark, StringComparison.Ordinal) && (mark != "#" || char.IsWhiteSpace(trimmed[^2])))
                {
                    trimmed = trimmed[..^mark.Length].TrimEnd();
                    changed = true;
                }
                else if (trimmed.StartsWith(mark, StringComparison.Ordinal) && trimmed.Length > mark.Length
                    && (mark != "#" || char.IsWhiteSpace(trimmed[mark.Length])))
                {
                    trimmed = trimmed[mark.Length..].TrimStart();
                    changed = true;
                }
            }
        }

        return trimmed.Length == text.Length ? text : trimmed.ToString();
    }

    /// <summary>The marks of <see cref="WithoutPermalinkMarks"/>.</summary>
    private static readonly string[] PermalinkMarks = ["\u00B6", "\u00A7", "#", "\U0001F517"];

    /// <summary>
    /// What a visible title may open with when the document title holds its start (relaxed, at least <see cref="MinTitleStart"/>
    /// characters): the whole title, and its part before the first separator (" - ", " | ", " : ") when the rest is the site's.
    /// </summary>
    private static List<string> TitleStarts(string title)
    {
        var starts = new List<string>(2);
        if (TextTools.Relaxed(title) is { Length: >= MinTitleStart } whole)
        {
            starts.Add(whole);
        }

        foreach (var separator in TitlePartSeparators)
        {
            if (title.IndexOf(separator, StringComparison.Ordinal) is > 0 and var at && TextTools.Relaxed(title[..at]) is { Length: >= MinTitleStart } part)
            {
                starts.Add(part);
                break;
            }
        }

        return starts;
    }

    private static readonly string[] TitlePartSeparators = [" - ", " | ", " : ", " – ", " — "];

    /// <summary>The fewest characters (relaxed) of a document title that a longer visible title may open with.</summary>
    private const int MinTitleStart = 12;

    /// <summary>Whether the element's text is all inside one link to the site's home page ("&lt;h1&gt;&lt;a href="/"&gt;Mairie de Saint-Aubin&lt;/a&gt;&lt;/h1&gt;").</summary>
    private static bool IsHomeLink(ExtractionContext context, IElement heading)
    {
        if (heading.QuerySelectorAll(Selectors.Of("a[href]")) is not [var link] || ElementText.TextLength(link) != ElementText.TextLength(heading))
        {
            return false;
        }

        return LinksHome(context, link);
    }

    /// <summary>
    /// Whether the element lies inside a link to the site's home page: the site's brand ("<c>&lt;a class="brand" href="/"&gt;&lt;span
    /// class="site-title"&gt;Heimatverein Altenburg&lt;/span&gt;&lt;/a&gt;</c>"), never the headline, whatever its class says.
    /// </summary>
    private static bool IsInHomeLink(ExtractionContext context, IElement element) =>
        element.Closest(Selectors.Of("a[href]")) is { } link && LinksHome(context, link);

    /// <summary>Whether the link goes to the page's site's home page ("/", "./", or the page's host with no path or query).</summary>
    private static bool LinksHome(ExtractionContext context, IElement link)
    {
        var href = link.GetAttribute("href")!.Trim();
        return href is "/" or "./" || (context.Links.ResolveUrl(href) is { } target && context.Links.PageUrl is { } page
            && string.Equals(target.Host, page.Host, StringComparison.OrdinalIgnoreCase) && target.AbsolutePath is "/" && target.Query.Length == 0);
    }

    /// <summary>Whether the element lies in a cookie or consent banner (<see cref="ConsentNames"/> on it or one of its nearest ancestors).</summary>
    private static bool IsInConsentBox(IElement element)
    {
        var current = element;
        for (var level = 0; level < MaxConsentLevels && current is not null; level++, current = current.ParentElement)
        {
            if (PageRegions.HasMarker(current, ConsentNames))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many ancestors of a heading are looked at for a consent banner's name.</summary>
    private const int MaxConsentLevels = 6;

    private static readonly MarkerSet ConsentNames = new(MetadataRules.ConsentWords);

    /// <summary>
    /// The one visible element outside the page's chrome, links and other stories whose text is <paramref name="title"/>
    /// (relaxed), the innermost of nested ones; null when there is none, or more than one.
    /// </summary>
    private static IElement? ShownTitle(ExtractionContext context, string title)
    {
        var key = TextTools.Relaxed(title);
        if (key.Length < 8)
        {
            return null;
        }

        IElement? found = null;
        foreach (var element in context.Index.Elements)
        {
            if (element.LocalName is not ("div" or "span" or "p" or "strong" or "b" or "h2" or "h3" or "h4" or "header" or "font" or "td")
                || ElementText.TextLength(element, key.Length * 2 + 16) is var length && (length < key.Length || length > key.Length * 2 + 16)
                || TextTools.Relaxed(ElementText.Text(element, key.Length * 2 + 16)) != key
                || element.Closest(Selectors.Of("a")) is not null || PageRegions.IsHidden(context, element)
                || PageRegions.IsInForeignRegion(context, element) || PageRegions.IsInNavigationOrChrome(context, element))
            {
                continue;
            }

            if (found is not null && !found.Contains(element))
            {
                return null;
            }

            found = element;
        }

        return found;
    }

    /// <summary>
    /// Whether a heading is the label of a list of links (a side menu's "<c>&lt;h3&gt;Department of Computer
    /// Science&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;a&gt;Faculty&lt;/a&gt;...</c>"): the next element after it is a list whose every
    /// item is a link. Such a heading names a section of the site, whatever the document title says.
    /// </summary>
    private static bool HeadsLinkList(IElement heading)
    {
        if (heading.NextElementSibling is not { LocalName: "ul" or "ol" or "nav" or "menu" } list)
        {
            return false;
        }

        var items = 0;
        foreach (var item in list.Children)
        {
            if (item.LocalName == "li")
            {
                var text = ElementText.Text(item, 200).Trim();
                if (text.Length > 0 && !(item.QuerySelector(Selectors.Of("a")) is { } link && ElementText.Text(link, 200).Trim().Length * 2 >= text.Length))
                {
                    return false;
                }

                items++;
            }
        }

        return items >= 2;
    }

    /// <summary>
    /// Names of a site's sections that head a page of them, compared lower-case without closing punctuation: an h1 that
    /// says only this names the section, not the story under it.
    /// </summary>
    private static readonly string[] SectionLabels =
    [
        "news", "latest news", "blog", "our blog", "the blog", "press", "press release", "press releases", "newsroom", "news room", "media",
        "media releases", "updates", "stories", "articles", "magazine", "journal", "events", "insights",
        "aktuelles", "aktuell", "neuigkeiten", "nachrichten", "news & events", "presse", "pressemitteilung", "pressemitteilungen",
        "pressemeldungen", "medienmitteilung", "medienmitteilungen", "mitteilungen", "beiträge", "magazin", "termine", "veranstaltungen",
        "actualités", "actualité", "actus", "communiqué de presse", "communiqués de presse", "presse et médias", "le blog",
        "noticias", "actualidad", "novedades", "sala de prensa", "notas de prensa", "nota de prensa", "prensa",
        "notizie", "news ed eventi", "comunicati stampa", "comunicato stampa", "nieuws", "actueel", "persberichten", "notícias", "novidades",
    ];

    /// <summary>Whether a heading's text is only a section's name (<see cref="SectionLabels"/>).</summary>
    private static bool IsSectionLabel(string text) =>
        text.Length is > 0 and <= 40 && Array.IndexOf(SectionLabels, text.Trim().TrimEndAny([':', '.', '!']).Trim().LowerInvariant()) >= 0;

    /// <summary>
    /// The first of <paramref name="headings"/> after <paramref name="h1"/> in document order that reads as a title of two
    /// words or more and is a story's: inside an article element or item, or stated by a title the page declares besides
    /// its document title; null when there is none.
    /// </summary>
    private static IElement? HeadingAfter(ExtractionContext context, IElement h1, List<IElement> headings, IReadOnlyCollection<string> siteNames, List<(string Text, ValueSource Source)> claims)
    {
        if (!context.Index.DocumentOrder.TryGetValue(h1, out var at))
        {
            return null;
        }

        IElement? first = null;
        var firstAt = int.MaxValue;
        foreach (var heading in headings)
        {
            if (context.Index.DocumentOrder.TryGetValue(heading, out var position) && position > at && position < firstAt
                && IsTitleLike(heading, siteNames) && TextTools.WordCount(ElementText.Text(heading, 200)) >= 2 && !IsSectionLabel(TextTools.CleanTitle(ShownText(heading)))
                && (heading.Closest(Selectors.Of("article, [itemtype*=Article], [itemtype*=Posting]")) is not null
                    || claims.Exists(c => c.Source != ValueSource.TitleElement && TextTools.Agreement(TextTools.CleanTitle(ShownText(heading)), c.Text) >= 2)))
            {
                (first, firstAt) = (heading, position);
            }
        }

        return first;
    }

    /// <summary>Whether a heading holds a part of the document title of two words or more ("L'organo Serassi" of "Parrocchia San Michele - L'organo Serassi"), relaxed.</summary>
    private static bool NamesTitlePart(string heading, string? title)
    {
        if (string.IsNullOrEmpty(title))
        {
            return false;
        }

        var shown = TextTools.Relaxed(heading);
        return TitleSiteNames.SplitTitle(title).Exists(part => TextTools.WordCount(part) >= 2 && TextTools.Relaxed(part) is { Length: > 0 } relaxed
            && shown.Contains(relaxed, StringComparison.Ordinal));
    }
}
