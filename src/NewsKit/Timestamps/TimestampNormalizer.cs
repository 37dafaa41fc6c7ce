using System.Globalization;

namespace NewsKit.Timestamps;

/// <summary>
/// Turns the date and time text that news pages carry into <see cref="Timestamp"/> values.
/// Reusable and thread-safe; never throws for any text (only <see cref="ArgumentNullException"/> for null).
/// </summary>
/// <remarks>
/// <para>Formats read:</para>
/// <list type="bullet">
/// <item>ISO 8601 / RFC 3339: <c>2025-07-18T05:52:07Z</c>, <c>+03:00</c>, <c>+0300</c>, <c>+03</c>, fractions up to
/// 9 digits, a space for <c>T</c>, date only, year-month, basic form <c>20250718T055207Z</c>, week dates
/// <c>2025-W29-5</c>, ordinal dates <c>2025-199</c>.</item>
/// <item>JavaScript <c>Date.toString()</c> (<c>Fri Jul 18 2025 08:52:07 GMT+0300 (any zone name)</c>), <c>toUTCString()</c>,
/// <c>toISOString()</c>; RFC 1123, 822, 2822 and 850 dates, asctime; numeric offsets, GMT, UT, UTC and Z.</item>
/// <item>Textual dates in English and in every language of <see cref="TimestampWords.Cultures"/> (month and weekday names,
/// genitive forms included, from .NET's culture data; full names only for <see cref="TimestampWords.FullNameCultures"/>): "Jul. 18, 2025", "18th July 2025", "Sept. 3" (year from the
/// reference instant), "July 18, 2025 at 5:34 p.m. ET", "18. Juli 2025, 08:52 Uhr", "18 июля 2025 г.", "18 de julio de
/// 2025"; 12-hour clocks (am, pm, a.m., p.m., noon, midnight) and 24-hour clocks; byline prefixes ("Published",
/// "Updated:", "Posted on", "Last modified"). CJK dates: <c>2025年7月18日 09:30</c>, <c>2025년 7월 18일 오후 3:30</c>.</item>
/// <item>Zone abbreviations from the table in <see cref="TimestampWords.Zones"/> (written in capitals); a generic one
/// (ET, PT, CT, MT) follows its IANA zone's daylight-saving rules on the date written. IANA names ("Europe/Berlin").</item>
/// <item>Numeric dates: <c>dd.MM.yyyy</c> (always day first), <c>dd/MM/yyyy</c> or <c>MM/dd/yyyy</c> by
/// <see cref="TimestampContext.DayMonthOrder"/> (unambiguous when a part is over 12), <c>yyyy/MM/dd</c>, <c>yyyy-MM-dd</c>.
/// Two-digit years use the RFC 2822 pivot: 00-49 are 2000-2049, 50-99 are 1950-1999.</item>
/// <item>Relative forms against <see cref="TimestampContext.ReferenceInstant"/> (rejected without one): "just now",
/// "5 mins ago", "an hour ago", "yesterday at 5:30 PM", "vor 2 Stunden", "2 часа назад", "il y a 3 heures", "hace 2 horas".
/// Units up to hours give an instant (precision of the unit); days and weeks a date; months and years a month or year.</item>
/// <item>Unix epoch seconds (9-10 digits, optional fraction) or milliseconds (12-13 digits), only when
/// <see cref="TimestampContext.AllowUnixEpoch"/> is set.</item>
/// </list>
/// <para>A local time in a zone is resolved as NodaTime's lenient resolver does: an ambiguous time (a fall-back hour)
/// takes the earlier offset, a skipped time (a spring-forward gap) moves forward by the length of the gap; the result
/// carries <see cref="TimestampAssumptions.AmbiguousLocalTime"/> or <see cref="TimestampAssumptions.SkippedLocalTime"/>.</para>
/// <para>Rejected, with a reason: empty text, impossible dates and times (February 30, month 13, 25:00, a weekday that
/// does not match), texts that are not dates, and (unless <see cref="TimestampContext.SearchWithinText"/>) texts where
/// the date is only part of a longer sentence. With <see cref="TimestampContext.SearchWithinText"/>, the most complete
/// timestamp of the text is returned (the first of equally complete ones) and its <see cref="Timestamp.Text"/> is the
/// part that was read.</para>
/// <para>The work is linear in the length of the text: a hand-written tokenizer and a single pass with fixed look-ahead,
/// no regular expressions. ISO 8601, the RFC 1123 / JavaScript shapes and Unix times have their own character-level
/// fast paths (<see cref="IsoTimestampParser"/>, <see cref="RfcTimestampParser"/>, <see cref="EpochTimestampParser"/>);
/// what they do not take, the general reader reads (<see cref="TimestampReader"/>: <see cref="RelativeTimestampReader"/>,
/// then <see cref="AbsoluteTimestampReader"/>), on the whole text or on the runs <see cref="TimestampSearch"/> finds in it.</para>
/// </remarks>
public sealed class TimestampNormalizer
{
    /// <summary>The longest text read as a whole (without <see cref="TimestampContext.SearchWithinText"/>).</summary>
    public const int MaxTextLength = 256;

    /// <summary>Two-digit years below this are in the 2000s, the others in the 1900s (the RFC 2822 rule).</summary>
    public const int TwoDigitYearPivot = TimestampConventions.TwoDigitYearPivot;

    /// <summary>The most tokens in a text read as a whole.</summary>
    private const int MaxTokens = 48;

    /// <summary>A normalizer with the default settings.</summary>
    public static TimestampNormalizer Default { get; } = new();

    /// <summary>Normalizes one text.</summary>
    /// <param name="text">The text, as found on the page.</param>
    /// <param name="context">What may be assumed; null for <see cref="TimestampContext.Default"/>.</param>
    /// <returns>The timestamp, or the reason the text is not one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "An instance API, so that a configured normalizer can be injected and shared.")]
    public TimestampParseResult Normalize(string text, TimestampContext? context = null) => Normalize(text, context, out _);

    /// <summary>As <see cref="Normalize(string, TimestampContext?)"/>, also counting the work done (for the linear-time tests).</summary>
    internal static TimestampParseResult Normalize(string text, TimestampContext? context, out long steps)
    {
        ArgumentNullException.ThrowIfNull(text);
        context ??= TimestampContext.Default;
        steps = 0;
        var span = text.AsSpan().Trim();
        if (span.Length == 0)
        {
            return TimestampFields.Fail(TimestampFailure.Empty, "empty text");
        }

        if (span.Length <= MaxTextLength && TimestampTokenizer.DigitValue(span[0]) >= 0)
        {
            steps += span.Length;
            if (EpochTimestampParser.IsEpochShape(span))
            {
                if (context.AllowUnixEpoch)
                {
                    return EpochTimestampParser.Parse(text, span, context);
                }

                if (!span.Contains('.') && !context.SearchWithinText)
                {
                    return TimestampFields.Fail(TimestampFailure.NoDate, "a bare number is not a date (Unix times are read only with AllowUnixEpoch)");
                }
            }

            var fields = TimestampFields.Empty;
            switch (IsoTimestampParser.Parse(span, ref fields, out var reason))
            {
                case IsoOutcome.Parsed:
                    return fields.Build(TimestampConventions.ResultText(text, span, context), context);
                case IsoOutcome.Invalid:
                    return TimestampFields.Fail(reason!.Value);
            }
        }

        if (span.Length <= MaxTextLength && char.IsAsciiLetter(span[0]))
        {
            steps += span.Length;
            var fields = TimestampFields.Empty;
            if (RfcTimestampParser.Parse(span, ref fields))
            {
                return fields.Build(TimestampConventions.ResultText(text, span, context), context);
            }
        }

        if (context.SearchWithinText)
        {
            return TimestampSearch.Search(text, context, ref steps);
        }

        if (span.Length > MaxTextLength)
        {
            return TimestampFields.Fail(TimestampFailure.TooLong, string.Create(CultureInfo.InvariantCulture, $"text too long for a timestamp (over {MaxTextLength} characters); to find a date inside it, set SearchWithinText"));
        }

        Span<Token> tokens = stackalloc Token[MaxTokens];
        var tokenizer = new TimestampTokenizer(span);
        var count = 0;
        while (tokenizer.Next(out var token))
        {
            if (count == MaxTokens)
            {
                return TimestampFields.Fail(TimestampFailure.TooLong, "too many parts for a timestamp");
            }

            tokens[count++] = token;
        }

        steps += tokenizer.Steps;
        var result = TimestampReader.Read(span, tokens[..count], context, strict: true, text, ref steps);
        return result is { Success: false, Failure: TimestampFailure.Conflict } && InTwoCalendars(span, context, ref steps) is { Value: { } agreed }
            ? TimestampParseResult.ForValue(agreed with { Text = TimestampConventions.ResultText(text, span, context) })
            : result;
    }

    /// <summary>The separators between one date written in two calendars ("21 ربيع الأول 1448هـ - 3 سبتمبر 2026م").</summary>
    private static readonly string[] CalendarSeparators = [" - ", " – ", " — ", " | ", " / ", "، "];

    /// <summary>
    /// One day written in two calendars on one line, as Saudi, Gulf and Iranian sites date their stories (the Hijri date, a
    /// separator, the Gregorian one: "الخميس 21 ربيع الأول 1448هـ - 3 سبتمبر 2026م", "۱۲ مارس ۲۰۲۶ - ۲۱ اسفند ۱۴۰۴"): both
    /// halves are read, and when they give the same day, the more precise of them (the first on a tie) is the timestamp;
    /// null when the line is no such pair or the halves disagree.
    /// </summary>
    internal static TimestampParseResult? InTwoCalendars(ReadOnlySpan<char> span, TimestampContext context, ref long steps)
    {
        foreach (var separator in CalendarSeparators)
        {
            var at = span.IndexOf(separator, StringComparison.Ordinal);
            if (at <= 0 || span[(at + separator.Length)..].Contains(separator, StringComparison.Ordinal))
            {
                continue;
            }

            var (first, second) = (Normalize(span[..at].ToString(), context, out var firstSteps), Normalize(span[(at + separator.Length)..].ToString(), context, out var secondSteps));
            steps += firstSteps + secondSteps;
            if (first.Value is { Precision: >= TimestampPrecision.Day } a && second.Value is { Precision: >= TimestampPrecision.Day } b && a.Date == b.Date)
            {
                return b.Precision > a.Precision ? second : first;
            }
        }

        return null;
    }

}
