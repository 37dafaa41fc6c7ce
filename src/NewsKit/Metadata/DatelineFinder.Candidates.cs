using AngleSharp.Dom;
using NewsKit.Pipeline;

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
    private List<IElement> Candidates(HeadlineWindow window, IElement? scope)
    {
        var (anchor, headline) = (window.Anchor, window.Headline);
        var textStart = anchor < 0 ? -1 : FirstRunningText(anchor, window.LastIndex(scope, MaxDistance));
        // Running text in a dense script ("시의회는 도심을 가로지르는 하천을 복원하는 사업 계획을 통과시켰다.") is shorter than in Latin:
        // a shorter paragraph finds the story's block when no paragraph of running text does.
        var unit = StoryUnit(headline, textStart >= 0 || anchor < 0 ? textStart : FirstRunningText(anchor, window.LastIndex(scope, MaxDistance), MinParagraphLength));
        return window.Scan(scope, MaxDistance / 2, MaxDistance, (i, element) =>
        {

            var distance = anchor < 0 ? i : i >= anchor ? i - anchor : (anchor - i) * 2;
            var marked = DateLines.DateMarkup.Matches(element) || DateLines.DataDate(element) is not null;
            var inHeader = anchor >= 0 && (i < anchor || textStart < 0 || i < textStart);
            if (!marked && !(distance <= MaxLabelDistance && LabelTags.Contains(element.LocalName)
                && (DateLines.OpensWithDateWord(element)
                    || (inHeader && distance <= MaxDateLineDistance && (DateLines.IsShortDateLine(dates, element) || DateLines.IsBylineWithDateLabel(dates, element))))))
            {
                return null;
            }

            if (unit is not null && i < anchor && !unit.Contains(element) && LinksBetween(i, anchor) >= MinMenuLinks
                && !IsHeadingLine(element) && !DateLines.OpensWithDateWord(element))
            {
                // A date before the block that holds the headline and the text, outside it, with a menu between: the
                // page header's clock ("<div class=top-bar><div class=top-date>Wednesday, 31 December 2025</div></div>
                // <ul class=nav>...</ul><div class=main><h1>...").
                return null;
            }

            // Marked elements before the ones found by their words, at the same distance.
            return distance <= MaxDistance && !PageRegions.IsHidden(context, element) && !PageRegions.IsInForeignRegion(context, element, headline: headline)
                && !StoryCards.IsInCard(context, element, headline) && !StoryCards.IsInLinkItem(element, headline)
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
