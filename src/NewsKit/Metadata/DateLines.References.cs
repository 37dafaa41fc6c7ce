using System.Text.RegularExpressions;

namespace NewsKit.Metadata;

/// <summary>
/// What stands beside a date in a date line without being its label: the reference number of a press release or a notice,
/// and the first day of a range that the date ends ("14. - 20. Januar 2022": a period, no point in time); and a line
/// named as the byline, whose date needs no label.
/// </summary>
internal static partial class DateLines
{
    /// <summary>
    /// A numbered reference with a year ("Nr. 045/2021", "No. 14/2022", "Az. 12-2023", "Pressemitteilung 12/2024"): a label
    /// word (a number's, or a press release's own name), an optional dot, and a number joined to another by a slash or a dash.
    /// </summary>
    private static readonly Regex ReferenceNumber = new(
        @"\b(?:nr|no|nº|n°|num|núm|nummer|number|ref|az|pm|pressemitteilung|pressemeldung|presseinformation|medienmitteilung|medieninformation|mitteilung|release|communiqué|comunicado|comunicato|persbericht|komunikat)\.?\s?\d{1,5}[/-]\d{2,4}\b",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// The length of the first reference number in <paramref name="line"/> ("Pressemitteilung Nr. 045/2021 vom 18. März
    /// 2021", "Press Release No. 14/2022 – 9 May 2022"); 0 when it has none. A date line does not count it against its label.
    /// </summary>
    internal static int ReferenceNumberLength(string line) =>
        ReferenceNumber.Match(line) is { Success: true } match ? match.Length : 0;

    /// <summary>
    /// Whether the date <paramref name="found"/> in <paramref name="line"/> ends a range of days: a dash before it, and a
    /// day of one or two digits before the dash ("Wochenbericht 14. - 20. Januar 2022", "12.–14. März").
    /// </summary>
    internal static bool EndsDayRange(ReadOnlySpan<char> line, string found)
    {
        var at = line.IndexOf(found.AsSpan(), StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }

        var before = line[..at].TrimEnd();
        if (before.IsEmpty || before[^1] is not ('-' or '\u2013' or '\u2014'))
        {
            return false;
        }

        // The range's first day: one or two digits of their own ("14.", "5"), not the end of a number or a reference ("Nr. 14/2022 –").
        before = before[..^1].TrimEnd().TrimEnd('.');
        var digits = 0;
        while (digits < before.Length && char.IsAsciiDigit(before[before.Length - 1 - digits]))
        {
            digits++;
        }

        return digits is 1 or 2 && (digits == before.Length || before[before.Length - 1 - digits] is ' ' or '(' or ',');
    }

    /// <summary>Whether the element's class names it the byline ("author", "byline", as a word of a class: "post-author").</summary>
    internal static bool IsNamedByline(AngleSharp.Dom.IElement element)
    {
        foreach (var name in element.ClassList)
        {
            foreach (var word in name.Split(ClassWordBreaks, StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Equals("author", StringComparison.OrdinalIgnoreCase) || word.Equals("byline", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly char[] ClassWordBreaks = ['-', '_'];
}
