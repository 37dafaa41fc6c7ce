using System.Globalization;

namespace NewsKit.Timestamps;

/// <summary>
/// Reads the tokens of one candidate text as an absolute timestamp into <see cref="TimestampFields"/> and builds the
/// result. One left-to-right pass over the tokens with fixed look-ahead, so the work is linear in the number of tokens.
/// Recognizes, wherever they stand: numeric dates (<c>18.07.2025</c>, <c>07/18/2025</c>, <c>2025/07/18</c>,
/// <c>18-07-25</c>), month and weekday names, day numbers (<c>18th</c>, <c>18.</c>), CJK dates (<c>2025年7月18日</c>)
/// and a one-character CJK weekday in parentheses; clock times, zones and offsets through
/// <see cref="ClockAndZoneReader"/>; and skips byline prefixes, connectors, separators and a parenthesized zone name
/// after an offset. Anything else is a reason to reject. Numbers left over (up to three) become the day and the year
/// beside a month name at the end (<see cref="LooseNumbers"/>).
/// </summary>
internal ref partial struct AbsoluteTimestampReader
{
    /// <summary>The most tokens inside parentheses that are looked at (a zone name is a few words).</summary>
    private const int MaxParenthesisTokens = 12;

    /// <summary>The text the tokens index.</summary>
    private readonly ReadOnlySpan<char> text;

    /// <summary>The tokens of the candidate.</summary>
    private readonly ReadOnlySpan<Token> tokens;

    /// <summary>What may be assumed.</summary>
    private readonly TimestampContext context;

    /// <summary>Whether the text is read whole (not searched).</summary>
    private readonly bool strict;

    /// <summary>The parts read so far.</summary>
    private TimestampFields f;

    /// <summary>Reads times, zones and offsets into <see cref="f"/>.</summary>
    private ClockAndZoneReader clock;

    /// <summary>The numbers not yet given a role.</summary>
    private LooseNumbers loose;

    /// <summary>A number marked as the day of the month ("18th", "18. Juli"), or -1.</summary>
    private int explicitDay;

    /// <summary>Whether a numeric or CJK date gave the date parts.</summary>
    private bool numericDate;

    /// <summary>Whether a month name gave the month.</summary>
    private bool monthFromWord;

    /// <summary>The weekday the month word can also be (French "mar": March or mardi), or 0.</summary>
    private int monthWordAlsoWeekday;

    /// <summary>A reader of <paramref name="tokens"/>.</summary>
    /// <param name="text">The text the tokens index.</param>
    /// <param name="tokens">The tokens of the candidate.</param>
    /// <param name="context">What may be assumed (day-month order, reference instant for a year-less date).</param>
    /// <param name="strict">Whether the text is to be read whole (an unknown word's reason then suggests SearchWithinText).</param>
    public AbsoluteTimestampReader(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, TimestampContext context, bool strict)
    {
        this.text = text;
        this.tokens = tokens;
        this.context = context;
        this.strict = strict;
        f = TimestampFields.Empty;
        clock = new ClockAndZoneReader(text, tokens);
        explicitDay = -1;
    }

    /// <summary>The tokens examined, look-ahead scans included (for the linear-time tests).</summary>
    public long Steps { get; private set; }

    /// <summary>Reads the tokens; the result's text is <paramref name="resultText"/>.</summary>
    /// <param name="resultText">The text the timestamp keeps as written.</param>
    /// <returns>The timestamp, or why the tokens are not one.</returns>
    public TimestampParseResult Read(string resultText)
    {
        var n = tokens.Length;
        var i = 0;
        while (i < n)
        {
            Steps++;
            ref readonly var t = ref tokens[i];
            Rejection? failure;
            switch (t.Kind)
            {
                case TokenKind.Number:
                    i = ReadNumber(i, out failure);
                    break;
                case TokenKind.Word:
                    i = ReadWord(i, out failure);
                    break;
                default:
                    i = ReadPunct(i, out failure);
                    break;
            }

            if (failure is not null)
            {
                return TimestampFields.Fail(failure.Value);
            }
        }

        var assigned = loose.Assign(text, tokens, ref f, numericDate, monthFromWord, explicitDay);
        return assigned is { } rejection ? TimestampFields.Fail(rejection) : f.Build(resultText, context);
    }

    /// <summary>A number: a time, a CJK date part, a numeric date, a day with its suffix or stop, or a loose number.</summary>
    private int ReadNumber(int i, out Rejection? failure)
    {
        failure = null;
        ref readonly var t = ref tokens[i];
        if (t.Value < 0)
        {
            failure = Rejection.UnexpectedText("a number too long to be part of a date");
            return i + 1;
        }

        var next = clock.TryTime(i, ref f, out failure);
        if (failure is not null || next > i)
        {
            return next;
        }

        if (i + 1 < tokens.Length && tokens.WordAt(i + 1) is { } marker && marker.Cjk is not CjkMarker.None and not CjkMarker.Hour and not CjkMarker.Minute and not CjkMarker.Second)
        {
            failure = SetCjkDatePart(marker.Cjk, t);
            return i + 2;
        }

        next = TryNumericDate(i, out failure);
        if (failure is not null || next > i)
        {
            return next;
        }

        next = TryDayMonthBeforeTime(i, out failure);
        if (failure is not null || next > i)
        {
            return next;
        }

        if (i + 1 < tokens.Length && !tokens[i + 1].SpaceBefore && tokens.WordAt(i + 1) is { } suffix && suffix.Has(WordRoles.OrdinalSuffix) && t.Digits <= 2)
        {
            failure = SetExplicitDay(t);
            return i + 2;
        }

        if (i + 2 < tokens.Length && tokens[i + 1].IsPunct('.') && !tokens[i + 1].SpaceBefore && t.Digits <= 2 && tokens.WordAt(i + 2) is { Month: > 0 })
        {
            failure = SetExplicitDay(t);
            return i + 2;
        }

        if (i + 2 < tokens.Length && tokens[i + 1].IsPunct('.') && !tokens[i + 1].SpaceBefore
            && tokens[i + 2].Kind == TokenKind.Number && !tokens[i + 2].SpaceBefore)
        {
            // "2.26 (September pack)": two numbers joined by a dot that are neither a numeric date nor a time are a
            // decimal or a version number; their parts are no day and no year.
            failure = Rejection.UnexpectedText("\"" + text[t.Start..tokens[i + 2].End].ToString() + "\" is a decimal or version number, not a date");
            return i + 3;
        }

        if (loose.IsFull)
        {
            failure = Rejection.UnexpectedText("too many numbers for a date");
            return i + 1;
        }

        loose.Add(i);
        return i + 1;
    }

    /// <summary>A word: a zone, a month or weekday name, noon or midnight, AM/PM, a prefix or connector; any other word rejects.</summary>
    private int ReadWord(int i, out Rejection? failure)
    {
        failure = null;
        ref readonly var t = ref tokens[i];
        if (t.Word < 0)
        {
            failure = UnknownWord(i);
            return i + 1;
        }

        ref readonly var m = ref WordTable.Get(t.Word);
        if (m.Zone >= 0 && t.Upper)
        {
            return clock.ReadZone(i, m.Zone, ref f, out failure);
        }

        if (m.Has(WordRoles.IanaRegion) && i + 2 < tokens.Length && tokens[i + 1].IsPunct('/') && !tokens[i + 1].SpaceBefore
            && tokens[i + 2].Kind == TokenKind.Word && !tokens[i + 2].SpaceBefore)
        {
            return clock.ReadIanaZone(i, ref f, out failure);
        }

        if (m.Month > 0)
        {
            if (!monthFromWord && !numericDate && f.Month < 0)
            {
                if (SetCalendar(m.Calendar) is { } conflict)
                {
                    failure = conflict;
                    return i + 1;
                }

                f.Month = m.Month;
                monthFromWord = true;
                monthWordAlsoWeekday = m.Weekday;
                return i + 1;
            }

            if (monthFromWord && monthWordAlsoWeekday != 0 && m.Weekday == 0)
            {
                failure = SetWeekday(monthWordAlsoWeekday);
                monthWordAlsoWeekday = 0;
                f.Month = m.Month;
                return i + 1;
            }

            if (m.Weekday == 0)
            {
                failure = Rejection.Conflict("two months in the text");
                return i + 1;
            }
        }

        if (m.Weekday > 0)
        {
            failure = SetWeekday(m.Weekday);
            return i + 1;
        }

        if (m.Has(WordRoles.Noon) || m.Has(WordRoles.Midnight))
        {
            return clock.ReadNoonOrMidnight(i, m.Has(WordRoles.Noon), ref f, out failure);
        }

        if (m.Meridiem > 0 && !m.Has(WordRoles.Connector))
        {
            if (TimestampTokenizer.IsCjkScript(text[t.Start]))
            {
                clock.HoldMeridiem(m.Meridiem);
                return i + 1;
            }

            failure = Rejection.UnexpectedText("AM or PM without an hour");
            return i + 1;
        }

        if (m.EraFirstYear > 0)
        {
            return ReadEraYear(i, m.EraFirstYear, out failure);
        }

        if (m.Calendar != TimestampCalendar.Iso)
        {
            // "١٤٤٦هـ", "۱۴۰۳ هجری شمسی": the year's calendar.
            failure = SetCalendar(m.Calendar);
            return i + 1;
        }

        if (m.Has(WordRoles.Connector) || m.Has(WordRoles.Prefix))
        {
            return i + 1;
        }

        failure = UnknownWord(i);
        return i + 1;
    }

    /// <summary>Punctuation: the sign of an offset, a parenthesis, or a separator of <see cref="TimestampWords.SkippedPunctuation"/>; any other rejects.</summary>
    private int ReadPunct(int i, out Rejection? failure)
    {
        failure = null;
        ref readonly var t = ref tokens[i];
        switch (t.Char)
        {
            case '+' or '-' or '\u2212' when clock.OffsetMayStartAt(i, f):
                var next = clock.TryOffset(i, ref f);
                if (next > i)
                {
                    return next;
                }

                return i + 1;
            case '(':
                return ReadParenthesis(i);
            default:
                if (TimestampWords.SkippedPunctuation.Contains(t.Char))
                {
                    return i + 1;
                }

                failure = Rejection.UnexpectedText(string.Create(CultureInfo.InvariantCulture, $"'{t.Char}' is not part of a date"));
                return i + 1;
        }
    }

    /// <summary>An opening parenthesis: a zone name after an offset or zone is skipped whole, a one-character CJK weekday read.</summary>
    private int ReadParenthesis(int i)
    {
        var close = -1;
        for (var k = i + 1; k < tokens.Length && k <= i + MaxParenthesisTokens; k++)
        {
            Steps++;
            if (tokens[k].IsPunct(')'))
            {
                close = k;
                break;
            }
        }

        if (close < 0)
        {
            return i + 1;
        }

        // "GMT+0300 (Eastern European Summer Time)": the name after an offset or zone only repeats it.
        if (f.HasOffset || f.Abbreviation >= 0 || f.NamedZone is not null)
        {
            return close + 1;
        }

        // "2025年7月18日(金)": a one-character Japanese or Korean weekday.
        if (close == i + 2 && tokens[i + 1].Kind == TokenKind.Word && tokens[i + 1].Length == 1)
        {
            var c = text[tokens[i + 1].Start];
            for (var day = 0; day < TimestampWords.ParenthesizedCjkWeekdays.Length; day++)
            {
                if (TimestampWords.ParenthesizedCjkWeekdays[day].Contains(c, StringComparison.Ordinal))
                {
                    f.Weekday = day + 1;
                    return close + 1;
                }
            }
        }

        return i + 1;
    }

    /// <summary>A numeric date starting at number <paramref name="i"/>: d.M.y, d·M·y (a middle dot, as Spanish regional papers write it), d/M/y or M/d/y, y-M-d, y/M/d.</summary>
    private int TryNumericDate(int i, out Rejection? failure)
    {
        failure = null;
        if (i + 4 >= tokens.Length)
        {
            return i;
        }

        ref readonly var a = ref tokens[i];
        ref readonly var s1 = ref tokens[i + 1];
        ref readonly var b = ref tokens[i + 2];
        ref readonly var s2 = ref tokens[i + 3];
        ref readonly var c = ref tokens[i + 4];
        if (s1.Kind != TokenKind.Punct || s1.Char is not ('.' or '/' or '-' or '·') || !s2.IsPunct(s1.Char)
            || b.Kind != TokenKind.Number || c.Kind != TokenKind.Number)
        {
            return i;
        }

        // "15 - 03 - 2026" (old portals' templates): a space on either side of both separators, the year in four digits last.
        var evenlySpaced = s1.SpaceBefore && b.SpaceBefore && s2.SpaceBefore && c.SpaceBefore && a.Digits <= 2 && b.Digits <= 2 && c.Digits == 4;
        if ((s1.SpaceBefore || s2.SpaceBefore) && !evenlySpaced)
        {
            return i;
        }

        var spaced = b.SpaceBefore || c.SpaceBefore;
        if (spaced && s1.Char != '.' && !evenlySpaced)
        {
            return i;
        }

        // "12.3. 10:15" (a Finnish or German date of this year, then a time): the number after the month is the hour,
        // not a two-digit year.
        if (c.Digits <= 2 && i + 5 < tokens.Length && tokens[i + 5].IsPunct(':') && !tokens[i + 5].SpaceBefore)
        {
            return i;
        }

        // "1.2.3.4" is a version or an address, not a date.
        if (i + 6 < tokens.Length && tokens[i + 5].IsPunct(s1.Char) && !tokens[i + 5].SpaceBefore && tokens[i + 6].Kind == TokenKind.Number && !tokens[i + 6].SpaceBefore)
        {
            return i;
        }

        int year, month, day;
        if (a.Digits == 4 && b.Digits <= 2 && c.Digits <= 2)
        {
            year = (int)a.Value;
            month = (int)b.Value;
            day = (int)c.Value;
        }
        else if (a.Digits == 3 && a.Value < MaxRepublicOfChinaYear && b.Digits <= 2 && c.Digits <= 2 && WritesRepublicOfChinaYears())
        {
            // "108-03-05" on a Taiwanese page: a Republic of China year, month and day.
            year = (int)a.Value + RepublicOfChinaYearOffset;
            month = (int)b.Value;
            day = (int)c.Value;
        }
        else if (a.Digits == 2 && b.Digits == 2 && c.Digits == 2 && b.Value is >= 1 and <= 12 && c.Value is >= 1 and <= 31 && WritesTwoDigitYearsFirst())
        {
            // "24.03.05" on a Korean, Japanese or Chinese page: a two-digit year, then the month and the day.
            year = f.ExpandTwoDigitYear((int)a.Value);
            month = (int)b.Value;
            day = (int)c.Value;
        }
        else if (a.Digits <= 2 && b.Digits <= 2 && c.Digits is 4 or 2)
        {
            year = (int)c.Value;
            if (c.Digits == 2)
            {
                year = f.ExpandTwoDigitYear(year);
            }

            var first = (int)a.Value;
            var second = (int)b.Value;
            bool dayFirst;
            if (first > 12 || s1.Char is '.' or '·')
            {
                dayFirst = true;
            }
            else if (second > 12)
            {
                dayFirst = false;
            }
            else
            {
                dayFirst = TimestampConventions.DayFirst(context);
                if (first != second)
                {
                    f.Assumptions |= TimestampAssumptions.DayMonthOrder;
                }
            }

            (day, month) = dayFirst ? (first, second) : (second, first);
        }
        else
        {
            return i;
        }

        // "mar. 15/07/2025": a word read as a month that can also be a weekday (French mardi) was the weekday.
        if (monthFromWord && monthWordAlsoWeekday != 0 && f.Day < 0 && f.Year < 0 && explicitDay < 0 && loose.Count == 0)
        {
            f.Weekday = monthWordAlsoWeekday;
            f.Month = -1;
            monthFromWord = false;
        }

        if (f.HasDate || monthFromWord)
        {
            failure = Rejection.Conflict("two dates in the text");
            return i + 5;
        }

        f.Year = year;
        f.Month = month;
        f.Day = day;
        if (a.Digits == 4 && IsSolarHijriYear(year))
        {
            f.Calendar = TimestampCalendar.SolarHijri;
        }

        numericDate = true;
        return i + 5;
    }

    /// <summary>
    /// A day and a month, each with its stop, without a year, then a time ("26.11. 7:00", "26.11. klo 7.00", "12.3. um 10:15
    /// Uhr"): a date of this year as Finnish, German and Czech pages write it. Without the time after it such a pair is as
    /// often a section's number ("2.3. Results") and is left alone; the year comes from the context (see
    /// <see cref="TimestampContext.YearReference"/>).
    /// </summary>
    private int TryDayMonthBeforeTime(int i, out Rejection? failure)
    {
        failure = null;
        if (i + 6 >= tokens.Length)
        {
            return i;
        }

        ref readonly var day = ref tokens[i];
        ref readonly var month = ref tokens[i + 2];
        if (day.Digits > 2 || day.Value is < 1 or > 31 || !tokens[i + 1].IsPunct('.') || tokens[i + 1].SpaceBefore
            || month.Kind != TokenKind.Number || month.Digits > 2 || month.Value is < 1 or > 12 || month.SpaceBefore
            || !tokens[i + 3].IsPunct('.') || tokens[i + 3].SpaceBefore || !tokens[i + 4].SpaceBefore)
        {
            return i;
        }

        // One short word may introduce the time ("klo", "um", "kl."), a stop after it.
        var hour = i + 4;
        if (tokens[hour].Kind == TokenKind.Word && tokens[hour].Length <= 7)
        {
            hour += hour + 1 < tokens.Length && tokens[hour + 1].IsPunct('.') && !tokens[hour + 1].SpaceBefore ? 2 : 1;
        }

        if (hour + 2 >= tokens.Length || tokens[hour].Kind != TokenKind.Number || tokens[hour].Digits > 2
            || tokens[hour + 1] is not { Kind: TokenKind.Punct, Char: ':' or '.', SpaceBefore: false }
            || tokens[hour + 2].Kind != TokenKind.Number || tokens[hour + 2].Digits != 2 || tokens[hour + 2].SpaceBefore)
        {
            return i;
        }

        if (f.HasDate || monthFromWord)
        {
            failure = Rejection.Conflict("two dates in the text");
            return i + 4;
        }

        f.Month = (int)month.Value;
        f.Day = (int)day.Value;
        numericDate = true;
        return i + 4;
    }

    /// <summary>Notes the calendar a month name or a marker names; two different ones are a conflict.</summary>
    private Rejection? SetCalendar(TimestampCalendar calendar)
    {
        if (calendar == TimestampCalendar.Iso || f.Calendar == calendar)
        {
            return null;
        }

        if (f.Calendar != TimestampCalendar.Iso || (f.Month > 0 && monthFromWord))
        {
            return Rejection.Conflict("two calendars in the text");
        }

        f.Calendar = calendar;
        return null;
    }

    /// <summary>
    /// Whether a four-digit year of a numeric date is a Solar Hijri one: 1300-1499 on a page in Persian, Dari or Pashto
    /// ("۱۴۰۳/۰۹/۱۳"), where no Gregorian year of today's news is written so.
    /// </summary>
    private bool IsSolarHijriYear(int year)
    {
        if (year is < 1300 or > 1499)
        {
            return false;
        }

        foreach (var culture in context.Cultures)
        {
            if (culture.TwoLetterISOLanguageName is "fa" or "ps" or "prs")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A number marked as the day of the month ("18th", "18. Juli").</summary>
    private Rejection? SetExplicitDay(in Token number)
    {
        if (explicitDay >= 0)
        {
            return Rejection.Conflict("two days of the month in the text");
        }

        explicitDay = (int)number.Value;
        return null;
    }

    /// <summary>A weekday name; a second, different one is a conflict.</summary>
    private Rejection? SetWeekday(int weekday)
    {
        if (f.Weekday != 0 && f.Weekday != weekday)
        {
            return Rejection.Conflict("two different weekdays in the text");
        }

        f.Weekday = weekday;
        return null;
    }

    /// <summary>The reason for a word that is no part of a date.</summary>
    private readonly Rejection UnknownWord(int i)
    {
        var word = text.Slice(tokens[i].Start, Math.Min(tokens[i].Length, 40)).ToString();
        return Rejection.UnexpectedText(strict
            ? "\"" + word + "\" is not part of a date (to find a date inside longer text, set SearchWithinText)"
            : "\"" + word + "\" is not part of a date");
    }
}
