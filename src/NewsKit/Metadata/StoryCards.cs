using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>
/// Story cards found by their shape, whatever their class words say: an element with at least two alike siblings (same
/// tag, same class attribute, each with a link) that names a story by a linked title (a link of several words, or its
/// title attribute) or a heading. A date inside one is that story's ("Meistgelesen", a teaser list below the article),
/// not the article's.
/// </summary>
internal static class StoryCards
{
    /// <summary>How many ancestors of a date element are tried as the card (the date, its line, the card's text block, the card).</summary>
    private const int MaxLevels = 5;

    /// <summary>The most text a card holds (topline, title, teaser); an element with more is a story, not a card.</summary>
    private const int MaxCardText = 1000;

    /// <summary>The fewest words of a link that names a story.</summary>
    private const int MinTitleWords = 4;

    /// <summary>The fewest characters of a heading that names a story.</summary>
    private const int MinHeadingLength = 16;

    /// <summary>The most siblings looked at for alike ones.</summary>
    private const int MaxSiblings = 64;

    /// <summary>Whether <paramref name="element"/> lies in a story card that does not hold the article's headline.</summary>
    public static bool IsInCard(ExtractionContext context, IElement element, IElement? headline)
    {
        var current = element;
        for (var level = 0; level < MaxLevels && current.ParentElement is { } parent && current.TagName is not ("BODY" or "HTML"); level++, current = parent)
        {
            if ((headline is not null && context.Index.IsAncestorOrSelf(current, headline)) || ElementText.TextLength(current) > MaxCardText)
            {
                return false;
            }

            if (HasAlikeSiblings(current) && NamesAStory(current, headline))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the headline found is a teaser's title: a heading whose text is a link to another page, as are at least
    /// <see cref="MinOtherTeasers"/> other headings of its tag (a listing page's "<c>&lt;h1&gt;Notícias&lt;/h1&gt;...&lt;h2&gt;&lt;a
    /// href=/noticias/x&gt;...&lt;/a&gt;&lt;/h2&gt;...&lt;h2&gt;&lt;a href=/noticias/y&gt;</c>"). Its card's date is that story's.
    /// </summary>
    public static bool IsTeaserTitle(ExtractionContext context, IElement? headline)
    {
        if (headline is null || context.Links.PageAddress is not { } page || !LinksElsewhere(context, headline, page))
        {
            return false;
        }

        var others = 0;
        foreach (var heading in context.Index.ElementsNamed(headline.LocalName))
        {
            if (heading != headline && LinksElsewhere(context, heading, page) && ++others >= MinOtherTeasers)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// On a listing page (<see cref="IsTeaserTitle"/>): whether <paramref name="element"/> lies in a teaser, a block of at
    /// most <see cref="MaxCardText"/> characters within <see cref="MaxLevels"/> levels that holds a heading linking to
    /// another page. Its date is that story's.
    /// </summary>
    public static bool IsInTeaser(ExtractionContext context, IElement element)
    {
        if (context.Links.PageAddress is not { } page)
        {
            return false;
        }

        var current = element;
        for (var level = 0; level < MaxLevels && current is not null && current.TagName is not ("BODY" or "HTML"); level++, current = current.ParentElement)
        {
            if (ElementText.TextLength(current, MaxCardText + 1) > MaxCardText)
            {
                return false;
            }

            foreach (var heading in current.QuerySelectorAll(Selectors.Of("h1, h2, h3, h4")))
            {
                if (LinksElsewhere(context, heading, page))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The fewest other linked headings of the headline's tag that make the page a listing.</summary>
    private const int MinOtherTeasers = 2;

    /// <summary>Whether most of the element's text is one link to another page than <paramref name="page"/> (its path, trailing slash and query aside).</summary>
    private static bool LinksElsewhere(ExtractionContext context, IElement element, Uri page)
    {
        if ((element.Closest(Selectors.Of("a[href]")) ?? element.QuerySelector(Selectors.Of("a[href]"))) is not { } link
            || ElementText.TextLength(link) * 2 < ElementText.TextLength(element)
            || context.Links.ResolveUrl(link.GetAttribute("href")) is not { } target)
        {
            return false;
        }

        return !string.Equals(target.Host, page.Host, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(target.AbsolutePath.TrimEnd('/'), page.AbsolutePath.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether <paramref name="element"/> lies in a short list item or table row (at most <see cref="MaxItemText"/>
    /// characters, within <see cref="MaxItemLevels"/> levels) that names another story by a link of at least
    /// <see cref="MinTitleWords"/> words beside it ("<c>&lt;li&gt;&lt;a href=/x&gt;Fair board elects chair&lt;/a&gt; &lt;span
    /// class=date&gt;March 1, 2019&lt;/span&gt;&lt;/li&gt;</c>"), alone or among few; or in a link that holds a heading (a card
    /// made of one link): that story's date, not the article's.
    /// </summary>
    public static bool IsInLinkItem(IElement element, IElement? headline)
    {
        if (element.Closest(Selectors.Of("a[href]")) is { } card && card.QuerySelector(Selectors.Of("h2, h3, h4, h5, h6")) is not null
            && !(headline is not null && card.Contains(headline)))
        {
            // "<a class=card href=/news/n0/><span class=card__date>Aug 15, 2023</span><h3>Accruals explained</h3></a>": a
            // link that holds a heading is a card for the story it links to.
            return true;
        }

        var item = element;
        for (var level = 0; level < MaxItemLevels && item is not null && item.LocalName is not ("li" or "tr"); level++)
        {
            item = item.ParentElement;
        }

        if (item is null || item.LocalName is not ("li" or "tr") || (headline is not null && item.Contains(headline))
            || ElementText.TextLength(item, MaxItemText + 1) > MaxItemText)
        {
            return false;
        }

        foreach (var link in item.QuerySelectorAll(Selectors.Of("a[href]")))
        {
            if (!link.Contains(element) && !element.Contains(link) && TextTools.WordCount(ElementText.Text(link, 200)) >= MinTitleWords)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many levels above a date element its list item or row is looked for.</summary>
    private const int MaxItemLevels = 3;

    /// <summary>The most text of a list item or row that names a story (a title and its date); more is a post or a story.</summary>
    private const int MaxItemText = 300;

    /// <summary>Whether at least two siblings have the card's tag and class attribute and a link.</summary>
    private static bool HasAlikeSiblings(IElement card)
    {
        var classes = card.GetAttribute("class") ?? string.Empty;
        var (alike, seen) = (0, 0);
        for (var sibling = card.ParentElement!.FirstElementChild; sibling is not null && seen < MaxSiblings; sibling = sibling.NextElementSibling, seen++)
        {
            if (sibling != card && sibling.TagName == card.TagName && string.Equals(sibling.GetAttribute("class") ?? string.Empty, classes, StringComparison.Ordinal)
                && sibling.QuerySelector(Selectors.Of("a[href]")) is not null && ++alike == 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the card names a story by a linked title or a heading; a heading outside links that agrees with the
    /// article's headline (<see cref="TextTools.Agreement"/>: "Re: Rough idle after plug change" under "Thread: Rough idle
    /// after plug change") names the article itself: the card is a post of the same thread.
    /// </summary>
    private static bool NamesAStory(IElement card, IElement? headline)
    {
        foreach (var link in card.QuerySelectorAll(Selectors.Of("a[href]")))
        {
            if (TextTools.WordCount(ElementText.Text(link, 200)) >= MinTitleWords || TextTools.WordCount(link.GetAttribute("title") ?? string.Empty) >= MinTitleWords)
            {
                return true;
            }
        }

        return card.QuerySelector(Selectors.Of("h2, h3, h4")) is { } heading && ElementText.TextLength(heading) >= MinHeadingLength
            && !(headline is not null && heading.QuerySelector(Selectors.Of("a[href]")) is null && heading.Closest(Selectors.Of("a[href]")) is null
                && TextTools.Agreement(ElementText.Text(heading, 300), ElementText.Text(headline, 300)) >= 1);
    }
}
