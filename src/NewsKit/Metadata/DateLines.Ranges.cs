using NewsKit.Pipeline;
using NewsKit.Timestamps;

namespace NewsKit.Metadata;

/// <summary>A span of days on a line ("14 August 1938 – 2 January 2020", "Du 5 au 7 juillet 2024"): an event's or a life's dates, not a page's.</summary>
internal static partial class DateLines
{
    /// <summary>
    /// Whether the text is a span of two whole dates joined by a dash or a word ("14 August 1938 – 2 January 2020",
    /// "vom 03.02.2021 bis 05.02.2021"): a life's or an event's days, not a publication.
    /// </summary>
    internal static bool IsDateRange(PageDates dates, string text)
    {
        if (dates.Normalize(text, TimestampSource.VisibleText, searchWithinText: true) is not { Precision: >= TimestampPrecision.Day } first
            || text.IndexOf(first.Text, StringComparison.Ordinal) is not (>= 0 and var at))
        {
            return false;
        }

        if (OpensWithDayOfRange(text.AsSpan(0, at)))
        {
            // "Du 5 au 7 juillet 2024", "5–7 July 2024", "5. bis 7. Juli 2024": the first day shares the second's month and year.
            return true;
        }

        var rest = text[(at + first.Text.Length)..].TrimStart();
        var joined = rest.Length > 0 && rest[0] is '–' or '—' or '-' ? rest[1..].TrimStart() : string.Empty;
        foreach (var word in RangeWords)
        {
            if (joined.Length == 0 && rest.Length > word.Length && StartsWithLower(rest, word) && char.IsWhiteSpace(rest[word.Length]))
            {
                joined = rest[word.Length..].TrimStart();
            }
        }

        // Two ends of one day are one date written in two calendars ("21 ربيع الأول 1448هـ - 3 سبتمبر 2026م"), no span.
        return joined.Length > 0 && dates.Normalize(joined, TimestampSource.VisibleText, searchWithinText: true) is { Precision: >= TimestampPrecision.Day } second
            && joined.StartsWith(second.Text, StringComparison.Ordinal) && second.Date != first.Date;
    }

    /// <summary>
    /// Whether the text before a date ends with a day and the word or dash of a span ("Du 5 au ", "5–", "5. bis "): the
    /// span's first day, written without the month and year it shares with the date after it.
    /// </summary>
    private static bool OpensWithDayOfRange(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd();
        if (before.Length > 0 && before[^1] is '–' or '—' or '-')
        {
            before = before[..^1].TrimEnd();
        }
        else
        {
            var matched = false;
            foreach (var word in RangeWords)
            {
                if (before.Length > word.Length && before.EndsWith(word, StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(before[^(word.Length + 1)]))
                {
                    before = before[..^word.Length].TrimEnd();
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                return false;
            }
        }

        before = before.TrimEnd('.');
        var digits = 0;
        while (digits < before.Length && char.IsAsciiDigit(before[^(digits + 1)]))
        {
            digits++;
        }

        if (digits is not (1 or 2))
        {
            return false;
        }

        // The day opens the text, a part of it after a separator, or follows a span's opening word ("Du 5", "from 5"):
        // "Page 2 of 5 — 18 July 2025" is no span, nor a time's minutes ("13:52-13 مارس 2025").
        var lead = before[..^digits];
        if (lead.Length > 0 && !char.IsWhiteSpace(lead[^1]) && lead[^1] is not ('(' or '·' or '|'))
        {
            return false;
        }

        lead = lead.TrimEnd();
        if (lead.Length == 0 || lead[^1] is '·' or '|' or ',' or ':' or '(' or '•')
        {
            return true;
        }

        foreach (var opening in RangeOpenings)
        {
            if (lead.EndsWith(opening, StringComparison.OrdinalIgnoreCase) && (lead.Length == opening.Length || !char.IsLetter(lead[^(opening.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that open a span of days ("Du 5 au 7 juillet", "from 5 to 7 July"), lower case.</summary>
    private static readonly string[] RangeOpenings = ["du", "from", "vom", "von", "del", "dal", "van", "de", "desde", "dai"];

    /// <summary>Words between the two days of a span, lower case.</summary>
    private static readonly string[] RangeWords = ["to", "until", "bis", "au", "al", "hasta", "tot"];
}
