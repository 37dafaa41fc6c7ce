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
        var (dayFirstWritten, monthFirstWritten) = (0, 0);
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
            var (dayBeforeMonth, monthBeforeDay) = CountWritten(text.Data);
            (dayFirstWritten, monthFirstWritten) = (dayFirstWritten + dayBeforeMonth, monthFirstWritten + monthBeforeDay);
            read += text.Data.Length;
            if (read >= MaxTextLength)
            {
                break;
            }
        }

        if (dayFirstSeen == 0 && monthFirstSeen == 0)
        {
            // No numeric date that reads one way only: the order the page writes its dates in words ("Sunday 12th April",
            // British; "Sunday, April 12", American) is its convention.
            (dayFirstSeen, monthFirstSeen) = (dayFirstWritten, monthFirstWritten);
        }

        return monthFirst && dayFirstSeen > 0 && monthFirstSeen == 0 ? DayFirst
            : !monthFirst && monthFirstSeen > 0 && dayFirstSeen == 0 ? MonthFirst
            : null;
    }

    /// <summary>English month names and their abbreviations ("Sept" too), as dates are written in words.</summary>
    private static readonly string[] MonthWords =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ];

    /// <summary>
    /// Counts the dates written with an English month name after the day ("12 April", "12th of April") and those with the
    /// day after the name ("April 12", "Apr. 12th,"); a capital month name only (not the verb "may"), a day of 1 to 31.
    /// </summary>
    internal static (int DayFirst, int MonthFirst) CountWritten(string text)
    {
        var (dayFirst, monthFirst) = (0, 0);
        var span = text.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            if (!char.IsAsciiLetterUpper(span[i]) || (i > 0 && char.IsLetter(span[i - 1])))
            {
                continue;
            }

            var end = i;
            while (end < span.Length && char.IsAsciiLetter(span[end]))
            {
                end++;
            }

            if (!IsMonthWord(span[i..end]))
            {
                i = end - 1;
                continue;
            }

            if (DayBefore(span[..i]))
            {
                dayFirst++;
            }
            else if (DayAfter(span[(end < span.Length && span[end] == '.' ? end + 1 : end)..]))
            {
                monthFirst++;
            }

            i = end - 1;
        }

        return (dayFirst, monthFirst);
    }

    /// <summary>Whether a word is one of <see cref="MonthWords"/>, as written (capital first).</summary>
    private static bool IsMonthWord(ReadOnlySpan<char> word)
    {
        foreach (var month in MonthWords)
        {
            if (word.SequenceEqual(month))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text before a month name ends with a day: "12 ", "12th ", "12th of ".</summary>
    private static bool DayBefore(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd(' ');
        if (before.EndsWith(" of", StringComparison.Ordinal))
        {
            before = before[..^3].TrimEnd(' ');
        }

        if (before.Length >= 2 && before[^2..] is "st" or "nd" or "rd" or "th")
        {
            before = before[..^2];
        }

        var digits = 0;
        while (digits < before.Length && digits < 3 && char.IsAsciiDigit(before[^(digits + 1)]))
        {
            digits++;
        }

        return digits is 1 or 2 && (digits == before.Length || !char.IsLetterOrDigit(before[^(digits + 1)]))
            && int.Parse(before[^digits..], CultureInfo.InvariantCulture) is >= 1 and <= 31 && before[..^digits].TrimEnd(' ') is not [.., ':'];
    }

    /// <summary>Whether the text after a month name opens with a day: " 12", " 12th", " 12," (not a year or a time).</summary>
    private static bool DayAfter(ReadOnlySpan<char> after)
    {
        if (after.Length < 2 || after[0] != ' ')
        {
            return false;
        }

        after = after[1..];
        var digits = 0;
        while (digits < after.Length && digits < 3 && char.IsAsciiDigit(after[digits]))
        {
            digits++;
        }

        var rest = after[digits..];
        return digits is 1 or 2 && int.Parse(after[..digits], CultureInfo.InvariantCulture) is >= 1 and <= 31
            && (rest.IsEmpty || rest[0] is ' ' or ',' || rest.StartsWith("st", StringComparison.Ordinal) || rest.StartsWith("nd", StringComparison.Ordinal)
                || rest.StartsWith("rd", StringComparison.Ordinal) || rest.StartsWith("th", StringComparison.Ordinal));
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
