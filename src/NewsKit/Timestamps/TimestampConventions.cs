namespace NewsKit.Timestamps;

/// <summary>
/// The conventions every reader of timestamps applies alike, in one place so that the readers and
/// <see cref="TimestampNormalizer"/> use them without calling each other: the century of a two-digit year, the
/// order of day and month in an ambiguous numeric date, and the text a timestamp keeps.
/// </summary>
internal static class TimestampConventions
{
    /// <summary>Two-digit years below this are in the 2000s, the others in the 1900s (the RFC 2822 rule).</summary>
    public const int TwoDigitYearPivot = 50;

    /// <summary>Maps a two-digit year with the pivot <see cref="TwoDigitYearPivot"/>: 00-49 are 2000-2049, 50-99 are 1950-1999.</summary>
    /// <param name="year">The year as written, 0-99.</param>
    /// <returns>The full year.</returns>
    public static int ExpandTwoDigitYear(int year) => year < TwoDigitYearPivot ? 2000 + year : 1900 + year;

    /// <summary>
    /// The text a timestamp keeps as written: the text as given, or its trimmed <paramref name="span"/> when the text
    /// was searched (<see cref="TimestampContext.SearchWithinText"/>) and had space around it.
    /// </summary>
    /// <param name="text">The text as given.</param>
    /// <param name="span">The text without leading and trailing white space.</param>
    /// <param name="context">The context of the text.</param>
    /// <returns>The text to keep.</returns>
    public static string ResultText(string text, ReadOnlySpan<char> span, TimestampContext context) =>
        context.SearchWithinText && span.Length != text.Length ? span.ToString() : text;

    /// <summary>
    /// Whether a numeric date whose first two parts could both be the month ("07/08/2025") is read day first: as
    /// <see cref="TimestampContext.DayMonthOrder"/> says, else as the short date pattern of the context's first culture,
    /// else (no culture) day first.
    /// </summary>
    /// <param name="context">The context of the text.</param>
    /// <returns>True for day first, false for month first.</returns>
    public static bool DayFirst(TimestampContext context)
    {
        switch (context.DayMonthOrder)
        {
            case DayMonthOrder.DayFirst:
                return true;
            case DayMonthOrder.MonthFirst:
                return false;
            default:
                if (context.Cultures.Count == 0)
                {
                    return true;
                }

                var pattern = context.Cultures[0].DateTimeFormat.ShortDatePattern;
                if (pattern.StartsWith('y') && context.Cultures[0].Name != "en-CA")
                {
                    // A culture that writes its own dates year first (en-ZA "2019/03/05", fr-CA, sv, hu) reads a date
                    // written with the year last day first ("05/03/2019" in Johannesburg); English Canada writes both orders.
                    return true;
                }

                var d = pattern.IndexOf('d', StringComparison.Ordinal);
                var m = pattern.IndexOf('M', StringComparison.Ordinal);
                return d < 0 || m < 0 || d < m;
        }
    }
}
