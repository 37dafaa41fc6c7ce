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
