using AngleSharp.Dom;
using NewsKit.Pipeline;
using NewsKit.Timestamps;

namespace NewsKit.Metadata;

/// <summary>
/// A date written after the headline ("Haushalt beschlossen (12.03.2024)", "Haushalt beschlossen | 12.03.2024"), or set
/// in an element of its own at either end of the headline's element ("&lt;h1&gt;&lt;span class="date"&gt;12.03.2024&lt;/span&gt;
/// Haushalt beschlossen&lt;/h1&gt;"): the page's date, shown in its dateline, not part of the headline.
/// </summary>
internal static class HeadlineDates
{
    /// <summary>Separators before a date at the end of a headline.</summary>
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " · "];

    /// <summary>The longest text (in characters) of an element at the headline's end read as a date.</summary>
    private const int MaxDateElementChars = 59;

    /// <summary>The fewest words a headline keeps once its date is cut off.</summary>
    private const int MinWordsLeft = 2;

    /// <summary>
    /// The headline without the text of a child element at either end of its element (<paramref name="element"/>, when the
    /// headline was read from one) that is a date of day precision or finer on its own, when at least
    /// <see cref="MinWordsLeft"/> words are left and no declared title (<paramref name="declared"/>) holds the date; the
    /// headline itself otherwise.
    /// </summary>
    public static string? WithoutDateElement(string? headline, IElement? element, PageDates dates, IEnumerable<string?> declared)
    {
        if (headline is not { Length: > 0 } || element is null)
        {
            return headline;
        }

        foreach (var end in (ReadOnlySpan<IElement?>)[EdgeChild(element, first: true), EdgeChild(element, first: false)])
        {
            if (end is null || ElementText.RawText(end).Trim() is not { Length: > 0 and <= MaxDateElementChars } date)
            {
                continue;
            }

            var rest = headline.StartsWith(date, StringComparison.Ordinal) ? headline[date.Length..]
                : headline.EndsWith(date, StringComparison.Ordinal) ? headline[..^date.Length]
                : null;
            rest = rest?.TrimAny([' ', '|', '-', '–', '—', '·', ':', ',']);
            if (rest is not null && TextTools.WordCount(rest) >= MinWordsLeft
                && dates.Normalize(date, TimestampSource.VisibleText) is { Precision: >= TimestampPrecision.Day }
                && !declared.Any(title => title is not null && title.Contains(date, StringComparison.Ordinal)))
            {
                return rest;
            }
        }

        return headline;
    }

    /// <summary>The element's first (or last) child element when no text but white space stands before (or after) it; null otherwise.</summary>
    private static IElement? EdgeChild(IElement element, bool first)
    {
        for (var node = first ? element.FirstChild : element.LastChild; node is not null; node = first ? node.NextSibling : node.PreviousSibling)
        {
            if (node is IElement child)
            {
                return child;
            }

            if (node is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The headline without a date that ends it after a separator or in parentheses; the headline itself otherwise, and
    /// when a declared title (<paramref name="declared"/>: JSON-LD headline, og:title) ends with the same date: the
    /// date is then the headline's own ("Weekly Open Thread — March 14, 2025").
    /// </summary>
    public static string? WithoutTrailingDate(string? headline, PageDates dates, IEnumerable<string?> declared)
    {
        if (headline is not { Length: > 0 } || !char.IsAsciiDigit(headline.TrimEndAny([')', ' '])[^1]))
        {
            return headline;
        }

        var cut = -1;
        string? tail = null;
        if (headline.EndsWith(')') && headline.LastIndexOf(" (", StringComparison.Ordinal) is var open and > 0)
        {
            (cut, tail) = (open, headline[(open + 2)..^1]);
        }
        else
        {
            foreach (var separator in Separators)
            {
                var at = headline.LastIndexOf(separator, StringComparison.Ordinal);
                if (at > cut)
                {
                    (cut, tail) = (at, headline[(at + separator.Length)..]);
                }
            }
        }

        // "Wochenbericht 14. - 20. Januar 2022": a range of days, whose first day ends the rest, is part of the headline.
        if (cut <= 0 || tail is null || TextTools.WordCount(headline[..cut]) < MinWordsLeft || char.IsAsciiDigit(headline[..cut].TrimEnd('.')[^1])
            || dates.Normalize(tail.Trim(), TimestampSource.VisibleText) is not { Precision: >= TimestampPrecision.Day })
        {
            return headline;
        }

        var date = tail.Trim();
        return declared.Any(title => title is not null && TextTools.CleanTitle(title).EndsWith(date, StringComparison.Ordinal)) ? headline : headline[..cut].TrimEnd();
    }
}
