using AngleSharp.Dom;
using NewsKit.Pipeline;
using NewsKit.Timestamps;

namespace NewsKit.Metadata;

/// <summary>The elements read for the visible date near the headline, and the page parts whose dates are not the article's.</summary>
internal sealed partial class DatelineFinder
{
    /// <summary>
    /// The elements that may hold the dateline, nearest the headline first (see <see cref="Distance"/>; at the same
    /// distance, those after it first): those marked as dates within <see cref="MaxDistance"/>, then those that open
    /// with a date word within <see cref="MaxLabelDistance"/>, visible and outside foreign regions; one pass over that
    /// window of the index.
    /// </summary>
    private List<IElement> Candidates(HeadlineWindow window, IElement? scope, string? description)
    {
        var (anchor, headline) = (window.Anchor, window.Headline);
        var textStart = anchor < 0 ? -1 : FirstRunningText(anchor, window.LastIndex(scope, MaxDistance));
        if (textStart >= 0 && description is { Length: > 0 } && TextTools.Agreement(ElementText.Text(context.Index.Elements[textStart], MaxStandfirstChars), description) >= 2)
        {
            // "<h1>...</h1><p data-testid="article-intro">(the description, or more of it)</p><div>Bijgewerkt op ...</div>
            // <div>woensdag 12 maart 2025</div>": the standfirst is no start of the article's text; the date lines after it
            // are still the header's.
            textStart = FirstRunningText(textStart, window.LastIndex(scope, MaxDistance));
        }

        // Running text in a dense script ("시의회는 도심을 가로지르는 하천을 복원하는 사업 계획을 통과시켰다.") is shorter than in Latin:
        // a shorter paragraph finds the story's block when no paragraph of running text does.
        var unit = StoryUnit(headline, textStart >= 0 || anchor < 0 ? textStart : FirstRunningText(anchor, window.LastIndex(scope, MaxDistance), MinParagraphLength));
        // A headline that is a listing's first teaser: its card is a card like the others, its date the teaser's story's.
        var isListing = IsListing(headline);
        var cardHeadline = isListing ? null : headline;
        return window.Scan(scope, MaxDistance / 2, MaxDistance, (i, element) =>
        {

            var distance = anchor < 0 ? i : i >= anchor ? i - anchor : (anchor - i) * 2;
            var marked = DateLines.DateMarkup.Matches(element) || DateLines.DataDate(element) is not null;
            var inHeader = anchor >= 0 && (i < anchor || textStart < 0 || i < textStart);
            var headerLine = inHeader && distance <= MaxDateLineDistance;
            if (!marked && !(distance <= MaxLabelDistance && LabelTags.Contains(element.LocalName)
                && (DateLines.OpensWithDateWord(element) || IsGenericDateLabel(element) || (headerLine && (DateLines.IsShortDateLine(dates, element) || DateLines.IsBylineWithDateLabel(dates, element)))))
                && !(headerLine && DateHeadingTags.Contains(element.LocalName) && (DateLines.OpensWithDateWord(element) || DateLines.IsShortDateLine(dates, element))))
            {
                return null;
            }

            if (IsScheduleItem(element))
            {
                return null;
            }

            if (element.Closest(Selectors.Of("figure, figcaption")) is { } figure && (headline is null || !figure.Contains(headline)))
            {
                // A picture's caption ("Grúas de la terminal de Guixar, ayer.", "Photo taken on 3 March"): when the picture
                // was taken, not when the story was published.
                return null;
            }

            if (unit is not null && i < anchor && !unit.Contains(element) && !IsHeadingLine(element) && !DateLines.OpensWithDateWord(element)
                && (LinksBetween(i, anchor) >= MinMenuLinks || element.Closest(Selectors.Of("li")) is not null))
            {
                // A date before the block that holds the headline and the text, outside it, with a menu between: the
                // page header's clock ("<div class=top-bar><div class=top-date>Wednesday, 31 December 2025</div></div>
                // <ul class=nav>...</ul><div class=main><h1>..."); or in a list there, an agenda's or a column's item
                // ("<div class=col-md-3><h3>Agenda</h3><ul><li>5 giugno 2023 Open day</li></ul></div><main><h1>...").
                return null;
            }

            // Marked elements before the ones found by their words, at the same distance.
            return distance <= MaxDistance && !PageRegions.IsHidden(context, element) && !PageRegions.IsInForeignRegion(context, element, headline: headline)
                && !(anchor >= 0 && i > anchor && OthersHeadings.IsUnder(context, element, anchor))
                && !StoryCards.IsInCard(context, element, cardHeadline) && !StoryCards.IsInLinkItem(element, cardHeadline) && !(isListing && StoryCards.IsInTeaser(context, element))
                ? (distance, anchor >= 0 && i < anchor, marked ? 0 : 1, i)
                : ((int, bool, int, int)?)null;
        });
    }

    /// <summary>
    /// The smallest element that holds the headline and the first paragraph of running text after it (the story's block),
    /// when it is not the page's body; null otherwise.
    /// </summary>
    private IElement? StoryUnit(IElement? headline, int textStart)
    {
        if (headline is null || textStart < 0)
        {
            return null;
        }

        var text = context.Index.Elements[textStart];
        var unit = headline.ParentElement;
        while (unit is not null && unit.LocalName is not ("body" or "html") && !unit.Contains(text))
        {
            unit = unit.ParentElement;
        }

        return unit is null || unit.LocalName is "body" or "html" ? null : unit;
    }

    /// <summary>
    /// Whether the element is one entry of a schedule: a list item whose date no date word introduces, beside another item
    /// like it ("<c>&lt;li&gt;24.12.2025, 22:00: Christmette&lt;/li&gt;&lt;li&gt;25.12.2025, 10:00: Festgottesdienst&lt;/li&gt;</c>").
    /// Its dates are the events', not the page's; a meta list of labelled dates ("Published: ...", "Updated: ...") still counts.
    /// </summary>
    private bool IsScheduleItem(IElement element)
    {
        if (element.LocalName != "li" || element.ParentElement is not { } list || DateLines.OpensWithDateWord(element))
        {
            return false;
        }

        var seen = 0;
        foreach (var item in list.Children)
        {
            if (!ReferenceEquals(item, element) && item.LocalName == "li" && seen++ < MaxScheduleItemsRead
                && !DateLines.OpensWithDateWord(item)
                && dates.Normalize(ElementText.Text(item, MaxScheduleDateChars), TimestampSource.VisibleText, searchWithinText: true) is { Precision: >= TimestampPrecision.Day })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The characters at the start of a list item read for its date (see <see cref="IsScheduleItem"/>).</summary>
    private const int MaxScheduleDateChars = 40;

    /// <summary>The most sibling items of a list read to tell a schedule (see <see cref="IsScheduleItem"/>).</summary>
    private const int MaxScheduleItemsRead = 8;

    /// <summary>
    /// Headings below the headline's rank that hold a date line in the article's header: diaries and hand-made pages head a
    /// post with its date ("<c>&lt;h3&gt;Sunday, 8 October 2006&lt;/h3&gt;</c>", "<c>&lt;h6&gt;News | 19.04.2023&lt;/h6&gt;</c>").
    /// A subheading in the text is never read for the dateline ("Update vom 3. April 2019" over a later paragraph).
    /// </summary>
    private static readonly HashSet<string> DateHeadingTags = new(StringComparer.Ordinal) { "h2", "h3", "h4", "h5", "h6" };

    /// <summary>The most characters of a first paragraph compared with the page's description (a standfirst is shorter).</summary>
    private const int MaxStandfirstChars = 600;

    /// <summary>The fewest characters of a paragraph in a dense script that finds the story's block (see <see cref="Candidates"/>).</summary>
    private const int MinParagraphLength = 40;

    /// <summary>How many links (<c>a[href]</c>) stand between two indexes of the element index, up to <see cref="MinMenuLinks"/>.</summary>
    private int LinksBetween(int from, int to)
    {
        var (elements, links) = (context.Index.Elements, 0);
        for (var k = from + 1; k < to && links < MinMenuLinks; k++)
        {
            if (elements[k].LocalName == "a" && elements[k].HasAttribute("href"))
            {
                links++;
            }
        }

        return links;
    }

    /// <summary>The fewest links between a date and the headline that make a menu: the date is the page header's.</summary>
    private const int MinMenuLinks = 5;

    /// <summary>Whether the element is a heading or stands in one (a blog's date heading above its post: "<c>&lt;h2 class="date-header"&gt;</c>").</summary>
    private static bool IsHeadingLine(IElement element) =>
        element.Closest(Selectors.Of("h1, h2, h3, h4, h5, h6")) is not null;

    /// <summary>Distance in document order from the headline; elements before it count double (bylines usually follow the headline).</summary>
    private static int Distance(Dictionary<IElement, int> order, int anchor, IElement element)
    {
        if (anchor < 0 || !order.TryGetValue(element, out var position))
        {
            return order.TryGetValue(element, out var p) ? p : int.MaxValue;
        }

        return position >= anchor ? position - anchor : (anchor - position) * 2;
    }
}
