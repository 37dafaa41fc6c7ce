using System.Globalization;
using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>
/// The day-month order of numeric dates from the page's own evidence: an English page whose language reads "03/05/2019"
/// month first but which writes "28/05/2019" elsewhere (and no date that only reads month first) writes its dates day
/// first, and the other way round. Only English has both orders among its cultures; other languages keep theirs.
/// </summary>
internal static class DateOrderEvidence
{
    /// <summary>The most characters of the page's text looked at for numeric dates.</summary>
    private const int MaxTextLength = 60_000;

    private static readonly CultureInfo DayFirst = CultureInfo.GetCultureInfo("en-GB");

    private static readonly CultureInfo MonthFirst = CultureInfo.GetCultureInfo("en-US");

    /// <summary>
    /// The English culture of the other day-month order when the page's unambiguous numeric dates all say so and
    /// <paramref name="culture"/> reads the other way; null otherwise (and for other languages). Read only when the page
    /// has a date whose order had to be assumed.
    /// </summary>
    public static CultureInfo? OtherOrder(ExtractionContext context, CultureInfo? culture)
    {
        if (culture is null || culture.TwoLetterISOLanguageName != "en" || context.Document.Body is not { } body)
        {
            return null;
        }

        var monthFirst = culture.DateTimeFormat.ShortDatePattern.StartsWith('M');
        var (dayFirstSeen, monthFirstSeen) = (0, 0);
        var read = 0;
        // The text nodes one by one (a numeric date sits in one), not the page's text built as one string.
        foreach (var node in body.GetDescendants())
        {
            if (node is not IText text || text.ParentElement?.LocalName is "script" or "style")
            {
                continue;
            }

            var (dayFirst, monthFirstOnly) = Count(text.Data);
            (dayFirstSeen, monthFirstSeen) = (dayFirstSeen + dayFirst, monthFirstSeen + monthFirstOnly);
            read += text.Data.Length;
            if (read >= MaxTextLength)
            {
                break;
            }
        }

        return monthFirst && dayFirstSeen > 0 && monthFirstSeen == 0 ? DayFirst
            : !monthFirst && monthFirstSeen > 0 && dayFirstSeen == 0 ? MonthFirst
            : null;
    }

    /// <summary>
    /// Counts the numeric dates ("28/05/2019", "05.28.2019", "28-05-19") that can only be read day first and those that can
    /// only be read month first.
    /// </summary>
    internal static (int DayFirst, int MonthFirst) Count(string text)
    {
        var (dayFirst, monthFirst) = (0, 0);
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] is '/' or '.' or '-')))
            {
                continue;
            }

            var at = i;
            if (Number(text, ref at, 2) is not { } first || at >= text.Length || text[at] is not ('/' or '.' or '-') || at + 1 >= text.Length)
            {
                continue;
            }

            var separator = text[at++];
            if (Number(text, ref at, 2) is not { } second || at >= text.Length || text[at] != separator)
            {
                continue;
            }

            at++;
            var yearStart = at;
            if (Number(text, ref at, 4) is null || (at - yearStart) is not (2 or 4) || (at < text.Length && (char.IsAsciiDigit(text[at]) || text[at] == separator)))
            {
                continue;
            }

            if (first is > 12 and <= 31 && second is >= 1 and <= 12)
            {
                dayFirst++;
            }
            else if (second is > 12 and <= 31 && first is >= 1 and <= 12)
            {
                monthFirst++;
            }

            i = at - 1;
        }

        return (dayFirst, monthFirst);
    }

    /// <summary>The number of at most <paramref name="maxDigits"/> digits at <paramref name="at"/>, moving past it; null when there is none or it runs longer.</summary>
    private static int? Number(string text, ref int at, int maxDigits)
    {
        var value = 0;
        var start = at;
        while (at < text.Length && char.IsAsciiDigit(text[at]))
        {
            if (at - start == maxDigits)
            {
                return null;
            }

            value = (value * 10) + (text[at++] - '0');
        }

        return at == start ? null : value;
    }
}
