using NewsKit.Pipeline;
using NewsKit.Timestamps;

namespace NewsKit.Metadata;

/// <summary>
/// A date written after the headline ("Haushalt beschlossen (12.03.2024)", "Haushalt beschlossen | 12.03.2024"): the
/// page's date, shown in its dateline, not part of the headline.
/// </summary>
internal static class HeadlineDates
{
    /// <summary>Separators before a date at the end of a headline.</summary>
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " · "];

    /// <summary>The fewest words a headline keeps once its date is cut off.</summary>
    private const int MinWordsLeft = 2;

    /// <summary>
    /// The headline without a date that ends it after a separator or in parentheses; the headline itself otherwise, and
    /// when a declared title (<paramref name="declared"/>: JSON-LD headline, og:title) ends with the same date: the
    /// date is then the headline's own ("Weekly Open Thread — March 14, 2025").
    /// </summary>
    public static string? WithoutTrailingDate(string? headline, PageDates dates, IEnumerable<string?> declared)
    {
        if (headline is not { Length: > 0 } || !char.IsAsciiDigit(headline.TrimEnd(')', ' ')[^1]))
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
