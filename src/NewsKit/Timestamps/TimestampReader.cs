using System.Globalization;
using NodaTime;

namespace NewsKit.Timestamps;

/// <summary>
/// Reads the tokens of one candidate text into <see cref="TimestampFields"/> and builds the result. One left-to-right
/// pass over the tokens with fixed look-ahead, so the work is linear in the number of tokens. Recognizes, wherever they
/// stand: clock times (<c>08:52</c>, <c>08:52:07.123</c>, <c>5 PM</c>, <c>5:34 p.m.</c>, <c>17h30</c>, <c>18 Uhr</c>,
/// <c>9時30分</c>, noon, midnight), numeric dates (<c>18.07.2025</c>, <c>07/18/2025</c>, <c>2025/07/18</c>,
/// <c>18-07-25</c>), month and weekday names, day numbers (<c>18th</c>, <c>18.</c>), CJK dates (<c>2025年7月18日</c>),
/// zone abbreviations, <c>GMT+0300</c>, numeric offsets after a time, IANA zone names, relative forms; and skips byline
/// prefixes, connectors and a parenthesized zone name after an offset. Anything else is a reason to reject.
/// </summary>
internal ref struct TimestampReader
{
    private const int MaxLonelyNumbers = 3;

    /// <summary>The most tokens inside parentheses that are looked at (a zone name is a few words).</summary>
    private const int MaxParenthesisTokens = 12;

    /// <summary>The largest amount in a relative time ("9999 days ago").</summary>
    private const int MaxRelativeAmount = 9999;

    private readonly ReadOnlySpan<char> text;
    private readonly ReadOnlySpan<Token> tokens;
    private readonly TimestampContext context;
    private readonly bool strict;

    private TimestampFields f;
    private int lonely0;
    private int lonely1;
    private int lonely2;
    private int lonelyCount;
    private int explicitDay;
    private bool numericDate;
    private bool monthFromWord;
    private int monthWordAlsoWeekday;
    private int timeEnd;
    private int utcWordEnd;
    private bool offsetFromUtcWord;
    private int pendingMeridiem;
    private long steps;

    private TimestampReader(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, TimestampContext context, bool strict)
    {
        this.text = text;
        this.tokens = tokens;
        this.context = context;
        this.strict = strict;
        f = TimestampFields.Empty;
        explicitDay = -1;
        timeEnd = -1;
        utcWordEnd = -1;
    }

    /// <summary>Reads <paramref name="tokens"/> (positions in <paramref name="text"/>); the result's text is <paramref name="resultText"/>.</summary>
    /// <remarks><paramref name="steps"/> counts the tokens examined, look-ahead scans included (for the linear-time tests).</remarks>
    public static TimestampParseResult Read(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, TimestampContext context, bool strict, string resultText, ref long steps)
    {
        steps += tokens.Length;
        if (HasRelativeWord(tokens))
        {
            var relative = new TimestampReader(text, tokens, context, strict);
            var result = relative.ReadRelative(resultText, out var isRelative);
            steps += relative.steps;
            if (isRelative || result.Success)
            {
                return result;
            }
        }

        var reader = new TimestampReader(text, tokens, context, strict);
        var absolute = reader.ReadAbsolute(resultText);
        steps += reader.steps;
        return absolute;
    }

    private static bool HasRelativeWord(ReadOnlySpan<Token> tokens)
    {
        foreach (ref readonly var token in tokens)
        {
            if (token.Kind == TokenKind.Word && token.Word >= 0
                && WordTable.Get(token.Word).Has(WordRoles.AgoSuffix | WordRoles.AgoPrefix | WordRoles.Now | WordRoles.RelativeDay))
            {
                return true;
            }
        }

        return false;
    }

    private TimestampParseResult ReadAbsolute(string resultText)
    {
        var n = tokens.Length;
        var i = 0;
        while (i < n)
        {
            steps++;
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

        var assigned = AssignNumbers();
        return assigned is { } rejection ? TimestampFields.Fail(rejection) : f.Build(resultText, context);
    }

    private int ReadNumber(int i, out Rejection? failure)
    {
        failure = null;
        ref readonly var t = ref tokens[i];
        if (t.Value < 0)
        {
            failure = Rejection.UnexpectedText("a number too long to be part of a date");
            return i + 1;
        }

        var next = TryTime(i, out failure);
        if (failure is not null || next > i)
        {
            return next;
        }

        if (i + 1 < tokens.Length && WordAt(i + 1) is { } marker && marker.Cjk is not CjkMarker.None and not CjkMarker.Hour and not CjkMarker.Minute and not CjkMarker.Second)
        {
            failure = SetCjkDatePart(marker.Cjk, t);
            return i + 2;
        }

        next = TryNumericDate(i, out failure);
        if (failure is not null || next > i)
        {
            return next;
        }

        if (i + 1 < tokens.Length && !tokens[i + 1].SpaceBefore && WordAt(i + 1) is { } suffix && suffix.Has(WordRoles.OrdinalSuffix) && t.Digits <= 2)
        {
            failure = SetExplicitDay(t);
            return i + 2;
        }

        if (i + 2 < tokens.Length && tokens[i + 1].IsPunct('.') && !tokens[i + 1].SpaceBefore && t.Digits <= 2 && WordAt(i + 2) is { Month: > 0 })
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

        if (lonelyCount == MaxLonelyNumbers)
        {
            failure = Rejection.UnexpectedText("too many numbers for a date");
            return i + 1;
        }

        switch (lonelyCount++)
        {
            case 0:
                lonely0 = i;
                break;
            case 1:
                lonely1 = i;
                break;
            default:
                lonely2 = i;
                break;
        }

        return i + 1;
    }

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
            return ReadZone(i, m.Zone, out failure);
        }

        if (m.Has(WordRoles.IanaRegion) && i + 2 < tokens.Length && tokens[i + 1].IsPunct('/') && !tokens[i + 1].SpaceBefore
            && tokens[i + 2].Kind == TokenKind.Word && !tokens[i + 2].SpaceBefore)
        {
            return ReadIanaZone(i, out failure);
        }

        if (m.Month > 0)
        {
            if (!monthFromWord && !numericDate && f.Month < 0)
            {
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
            if (f.HasTime)
            {
                failure = Rejection.Conflict("two times in the text");
                return i + 1;
            }

            f.Hour = m.Has(WordRoles.Noon) ? 12 : 0;
            f.Minute = 0;
            timeEnd = i + 1;
            return i + 1;
        }

        if (m.Meridiem > 0 && !m.Has(WordRoles.Connector))
        {
            if (TimestampTokenizer.IsIdeograph(text[t.Start]) || IsHangul(text[t.Start]))
            {
                pendingMeridiem = m.Meridiem;
                return i + 1;
            }

            failure = Rejection.UnexpectedText("AM or PM without an hour");
            return i + 1;
        }

        if (m.Has(WordRoles.Connector) || m.Has(WordRoles.Prefix))
        {
            return i + 1;
        }

        failure = UnknownWord(i);
        return i + 1;
    }

    private int ReadPunct(int i, out Rejection? failure)
    {
        failure = null;
        ref readonly var t = ref tokens[i];
        switch (t.Char)
        {
            case '+' or '-' or '\u2212' when (i == timeEnd || i == utcWordEnd) && (!f.HasOffset || offsetFromUtcWord):
                var next = TryOffset(i);
                if (next > i)
                {
                    return next;
                }

                return i + 1;
            case '(':
                return ReadParenthesis(i);
            case ',' or '.' or '/' or '-' or ':' or ';' or '|' or '@' or ')' or '[' or ']' or '\'' or '"' or 'T'
                or '\u2013' or '\u2014' or '\u2212' or '\u00B7' or '\u2022' or '\u060C' or '\uFF0C' or '\u3001' or '\u3002' or '\uFF08' or '\uFF09':
                return i + 1;
            default:
                failure = Rejection.UnexpectedText(string.Create(CultureInfo.InvariantCulture, $"'{t.Char}' is not part of a date"));
                return i + 1;
        }
    }

    private int ReadParenthesis(int i)
    {
        var close = -1;
        for (var k = i + 1; k < tokens.Length && k <= i + MaxParenthesisTokens; k++)
        {
            steps++;
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

    private int ReadZone(int i, int zoneIndex, out Rejection? failure)
    {
        failure = null;
        var zone = WordTable.Zones[zoneIndex];
        if (zone.IsUtc)
        {
            if (!f.HasOffset)
            {
                f.HasOffset = true;
                f.OffsetSeconds = 0;
                offsetFromUtcWord = true;
            }

            utcWordEnd = i + 1;
            return i + 1;
        }

        if (f.Abbreviation >= 0 || f.NamedZone is not null)
        {
            failure = Rejection.Conflict("two time zones in the text");
            return i + 1;
        }

        f.Abbreviation = zoneIndex;
        return i + 1;
    }

    private int ReadIanaZone(int i, out Rejection? failure)
    {
        failure = null;
        var k = i + 1;
        while (k + 1 < tokens.Length && tokens[k].IsPunct('/') && !tokens[k].SpaceBefore && tokens[k + 1].Kind == TokenKind.Word && !tokens[k + 1].SpaceBefore)
        {
            k += 2;
        }

        var id = text[tokens[i].Start..tokens[k - 1].End].ToString();
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);
        if (zone is null)
        {
            failure = new Rejection(TimestampFailure.UnknownZone, "unknown time zone \"" + id + "\"");
        }
        else if (f.Abbreviation >= 0 || f.NamedZone is not null)
        {
            failure = Rejection.Conflict("two time zones in the text");
        }
        else
        {
            f.NamedZone = zone;
        }

        return k;
    }

    /// <summary>An offset after a time or after GMT/UTC: <c>+0300</c>, <c>-04:00</c>, <c>+03</c>, <c>GMT+3</c>. Returns <paramref name="i"/> when there is none.</summary>
    private int TryOffset(int i)
    {
        if (i + 1 >= tokens.Length)
        {
            return i;
        }

        ref readonly var number = ref tokens[i + 1];
        if (number.Kind != TokenKind.Number || number.SpaceBefore)
        {
            return i;
        }

        int hours;
        var minutes = 0;
        var next = i + 2;
        switch (number.Digits)
        {
            case 4 or 3:
                hours = (int)(number.Value / 100);
                minutes = (int)(number.Value % 100);
                break;
            case 2:
            case 1 when i == utcWordEnd:
                hours = (int)number.Value;
                if (next + 1 < tokens.Length && tokens[next].IsPunct(':') && !tokens[next].SpaceBefore
                    && tokens[next + 1].Kind == TokenKind.Number && tokens[next + 1].Digits == 2 && !tokens[next + 1].SpaceBefore)
                {
                    minutes = (int)tokens[next + 1].Value;
                    next += 2;
                }

                break;
            default:
                return i;
        }

        // "08:52 -18.07.2025" is a separator and a date, not an offset.
        if (next < tokens.Length && !tokens[next].SpaceBefore && tokens[next].Kind == TokenKind.Punct && tokens[next].Char is '.' or '/' or '-')
        {
            return i;
        }

        if (minutes > 59 || hours > 18)
        {
            return i;
        }

        var sign = tokens[i].Char == '+' ? 1 : -1;
        f.HasOffset = true;
        offsetFromUtcWord = false;
        f.OffsetSeconds = sign * ((hours * 3600) + (minutes * 60));
        timeEnd = -1;
        utcWordEnd = -1;
        return next;
    }

    /// <summary>A clock time starting at number <paramref name="i"/>; returns <paramref name="i"/> when there is none.</summary>
    private int TryTime(int i, out Rejection? failure)
    {
        failure = null;
        var n = tokens.Length;
        ref readonly var a = ref tokens[i];
        if (a.Digits > 2)
        {
            return i;
        }

        int hour = (int)a.Value, minute = -1, second = -1, nanos = 0, fractionDigits = 0;
        int j;
        if (i + 2 < n && tokens[i + 1].IsPunct(':') && !tokens[i + 1].SpaceBefore && IsNumber(i + 2, 2) && !tokens[i + 2].SpaceBefore)
        {
            minute = (int)tokens[i + 2].Value;
            j = i + 3;
            if (j + 1 < n && tokens[j].IsPunct(':') && !tokens[j].SpaceBefore && IsNumber(j + 1, 2) && !tokens[j + 1].SpaceBefore)
            {
                second = (int)tokens[j + 1].Value;
                j += 2;
                if (j + 1 < n && tokens[j].Kind == TokenKind.Punct && tokens[j].Char is '.' or ',' && !tokens[j].SpaceBefore
                    && tokens[j + 1].Kind == TokenKind.Number && !tokens[j + 1].SpaceBefore && tokens[j + 1].Digits is >= 1 and <= 9)
                {
                    fractionDigits = tokens[j + 1].Digits;
                    nanos = (int)tokens[j + 1].Value;
                    for (var d = fractionDigits; d < 9; d++)
                    {
                        nanos *= 10;
                    }

                    j += 2;
                }
            }
        }
        else if (i + 1 < n && WordAt(i + 1) is { } word && (word.Has(WordRoles.HourWord) || word.Cjk == CjkMarker.Hour))
        {
            j = i + 2;
            if (word.Cjk == CjkMarker.Hour)
            {
                if (j + 1 < n && IsNumber(j, 1, 2) && WordAt(j + 1) is { Cjk: CjkMarker.Minute })
                {
                    minute = (int)tokens[j].Value;
                    j += 2;
                    if (j + 1 < n && IsNumber(j, 1, 2) && WordAt(j + 1) is { Cjk: CjkMarker.Second })
                    {
                        second = (int)tokens[j].Value;
                        j += 2;
                    }
                }
            }
            else if (j < n && IsNumber(j, 2) && (j + 1 >= n || !tokens[j + 1].IsPunct(':')))
            {
                minute = (int)tokens[j].Value;
                j++;
            }
        }
        else if (i + 3 < n && tokens[i + 1].IsPunct('.') && !tokens[i + 1].SpaceBefore && IsNumber(i + 2, 2) && !tokens[i + 2].SpaceBefore
            && (MeridiemAt(i + 3, out _) > i + 3 || IsZoneOrHourWord(i + 3)))
        {
            minute = (int)tokens[i + 2].Value;
            j = i + 3;
        }
        else if (i + 1 < n && (MeridiemAt(i + 1, out _) > i + 1 || WordAt(i + 1) is { } noon && noon.Has(WordRoles.Noon)))
        {
            j = i + 1;
        }
        else
        {
            return i;
        }

        if (f.HasTime)
        {
            failure = Rejection.Conflict("two times in the text");
            return j;
        }

        var afterMeridiem = MeridiemAt(j, out var meridiem);
        if (meridiem == 0 && j < n && WordAt(j) is { } noonWord && noonWord.Has(WordRoles.Noon))
        {
            if (hour != 12 || minute > 0)
            {
                failure = Rejection.Conflict("a time other than 12 cannot be noon");
                return j + 1;
            }

            afterMeridiem = j + 1;
            j = afterMeridiem;
            minute = 0;
        }

        if (meridiem == 0 && pendingMeridiem != 0)
        {
            meridiem = pendingMeridiem;
            pendingMeridiem = 0;
        }

        if (meridiem != 0)
        {
            if (hour is < 1 or > 12)
            {
                failure = Rejection.OutOfRange(string.Create(CultureInfo.InvariantCulture, $"hour {hour} does not exist on a 12-hour clock"));
                return afterMeridiem;
            }

            hour = (hour % 12) + (meridiem == 2 ? 12 : 0);
            j = afterMeridiem;
        }

        f.Hour = hour;
        f.Minute = minute;
        f.Second = second;
        f.Nanosecond = nanos;
        f.FractionDigits = fractionDigits;
        timeEnd = j;
        return j;
    }

    /// <summary>AM or PM at token <paramref name="j"/>: "am", "PM", "a.m.", "p. m."; returns the index after it, or <paramref name="j"/>.</summary>
    private readonly int MeridiemAt(int j, out int meridiem)
    {
        meridiem = 0;
        if (j >= tokens.Length || tokens[j].Kind != TokenKind.Word)
        {
            return j;
        }

        if (WordAt(j) is { Meridiem: > 0 } word && !(TimestampTokenizer.IsIdeograph(text[tokens[j].Start]) || IsHangul(text[tokens[j].Start])))
        {
            meridiem = word.Meridiem;
            return j + 1;
        }

        if (tokens[j].Length == 1 && WordTable.Fold(text[tokens[j].Start]) is 'a' or 'p' && j + 2 < tokens.Length
            && tokens[j + 1].IsPunct('.') && tokens[j + 2].Kind == TokenKind.Word && tokens[j + 2].Length == 1 && WordTable.Fold(text[tokens[j + 2].Start]) == 'm')
        {
            meridiem = WordTable.Fold(text[tokens[j].Start]) == 'a' ? 1 : 2;
            return j + 3 < tokens.Length && tokens[j + 3].IsPunct('.') && !tokens[j + 3].SpaceBefore ? j + 4 : j + 3;
        }

        return j;
    }

    /// <summary>A numeric date starting at number <paramref name="i"/>: d.M.y, d/M/y or M/d/y, y-M-d, y/M/d.</summary>
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
        if (s1.Kind != TokenKind.Punct || s1.Char is not ('.' or '/' or '-') || !s2.IsPunct(s1.Char)
            || b.Kind != TokenKind.Number || c.Kind != TokenKind.Number || s1.SpaceBefore || s2.SpaceBefore)
        {
            return i;
        }

        var spaced = b.SpaceBefore || c.SpaceBefore;
        if (spaced && s1.Char != '.')
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
        else if (a.Digits <= 2 && b.Digits <= 2 && c.Digits is 4 or 2)
        {
            year = (int)c.Value;
            if (c.Digits == 2)
            {
                year = TwoDigitYear(year);
            }

            var first = (int)a.Value;
            var second = (int)b.Value;
            bool dayFirst;
            if (first > 12 || s1.Char == '.')
            {
                dayFirst = true;
            }
            else if (second > 12)
            {
                dayFirst = false;
            }
            else
            {
                dayFirst = DayFirst();
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
        if (monthFromWord && monthWordAlsoWeekday != 0 && f.Day < 0 && f.Year < 0 && explicitDay < 0 && lonelyCount == 0)
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
        numericDate = true;
        return i + 5;
    }

    private readonly bool DayFirst()
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
                var d = pattern.IndexOf('d', StringComparison.Ordinal);
                var m = pattern.IndexOf('M', StringComparison.Ordinal);
                return d < 0 || m < 0 || d < m;
        }
    }

    private int TwoDigitYear(int year)
    {
        f.Assumptions |= TimestampAssumptions.CenturyInferred;
        return TimestampNormalizer.ExpandTwoDigitYear(year);
    }

    private Rejection? SetCjkDatePart(CjkMarker marker, in Token number)
    {
        ref var field = ref f.Year;
        switch (marker)
        {
            case CjkMarker.Year:
                if (number.Digits is not (4 or 2))
                {
                    return Rejection.UnexpectedText("a year must have four digits");
                }

                break;
            case CjkMarker.Month:
                field = ref f.Month;
                break;
            default:
                field = ref f.Day;
                break;
        }

        if (field >= 0 || (marker == CjkMarker.Month && monthFromWord))
        {
            return Rejection.Conflict("the same date part is written twice");
        }

        field = marker == CjkMarker.Year && number.Digits == 2 ? TwoDigitYear((int)number.Value) : (int)number.Value;
        numericDate = true;
        return null;
    }

    private Rejection? SetExplicitDay(in Token number)
    {
        if (explicitDay >= 0)
        {
            return Rejection.Conflict("two days of the month in the text");
        }

        explicitDay = (int)number.Value;
        return null;
    }

    private Rejection? SetWeekday(int weekday)
    {
        if (f.Weekday != 0 && f.Weekday != weekday)
        {
            return Rejection.Conflict("two different weekdays in the text");
        }

        f.Weekday = weekday;
        return null;
    }

    /// <summary>Gives the numbers that were not part of a time or numeric date their role: day or year beside a month name.</summary>
    private Rejection? AssignNumbers()
    {
        if (numericDate)
        {
            if (lonelyCount > 0 || explicitDay >= 0)
            {
                return NumberMessage(lonelyCount > 0 ? lonely0 : -1);
            }

            return null;
        }

        if (!monthFromWord)
        {
            if (f.HasTime)
            {
                return new Rejection(TimestampFailure.NoDate, "a time without a date");
            }

            if (lonelyCount == 1 && explicitDay < 0 && f.Weekday == 0)
            {
                return new Rejection(TimestampFailure.NoDate, "a bare number is not a date");
            }

            return new Rejection(TimestampFailure.NoDate, f.Weekday != 0 && lonelyCount == 0 ? "a weekday without a date" : "no date in the text");
        }

        var day = explicitDay;
        var year = -1;
        var twoDigit = -1;
        for (var k = 0; k < lonelyCount; k++)
        {
            ref readonly var t = ref tokens[k switch { 0 => lonely0, 1 => lonely1, _ => lonely2 }];
            if (t.Digits == 4 && year < 0)
            {
                year = (int)t.Value;
            }
            else if (t.Digits <= 2 && day < 0)
            {
                day = (int)t.Value;
            }
            else if (t.Digits == 2 && year < 0 && twoDigit < 0)
            {
                twoDigit = (int)t.Value;
            }
            else
            {
                return NumberMessage(k switch { 0 => lonely0, 1 => lonely1, _ => lonely2 });
            }
        }

        if (twoDigit >= 0)
        {
            if (year >= 0)
            {
                return NumberMessage(lonely1);
            }

            year = TwoDigitYear(twoDigit);
        }

        f.Day = day;
        f.Year = year;
        return null;
    }

    private readonly Rejection NumberMessage(int index) => Rejection.UnexpectedText(
        index < 0 ? "a day number beside a complete date" : "unexpected number \"" + text[tokens[index].Start..tokens[index].End].ToString() + "\" beside the date");

    private readonly Rejection UnknownWord(int i)
    {
        var word = text.Slice(tokens[i].Start, Math.Min(tokens[i].Length, 40)).ToString();
        return Rejection.UnexpectedText(strict
            ? "\"" + word + "\" is not part of a date (to find a date inside longer text, set SearchWithinText)"
            : "\"" + word + "\" is not part of a date");
    }

    /// <summary>"05.34 BST", "8.52 Uhr": a dotted time is a time only when a zone abbreviation or an hour word follows.</summary>
    private readonly bool IsZoneOrHourWord(int i) =>
        WordAt(i) is { } word && ((word.Zone >= 0 && tokens[i].Upper) || word.Has(WordRoles.HourWord));

    private readonly WordMeaning? WordAt(int i) =>
        i < tokens.Length && tokens[i].Kind == TokenKind.Word && tokens[i].Word >= 0 ? WordTable.Get(tokens[i].Word) : null;

    private readonly bool IsNumber(int i, int digits) => i < tokens.Length && tokens[i].Kind == TokenKind.Number && tokens[i].Digits == digits;

    private readonly bool IsNumber(int i, int minDigits, int maxDigits) =>
        i < tokens.Length && tokens[i].Kind == TokenKind.Number && tokens[i].Digits >= minDigits && tokens[i].Digits <= maxDigits;

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';

    // ---- Relative forms ------------------------------------------------------------------------------------------

    /// <summary>
    /// "5 mins ago", "vor 2 Stunden", "il y a 3 heures", "2 часа назад", "just now", "yesterday at 5:30 PM".
    /// <paramref name="isRelative"/> is false when the words turned out not to form a relative time (so that
    /// "18 ago 2025", where "ago" is Spanish for August, is read as a date).
    /// </summary>
    private TimestampParseResult ReadRelative(string resultText, out bool isRelative)
    {
        isRelative = false;
        var n = tokens.Length;
        long seconds = 0;
        int days = 0, months = 0, years = 0;
        var finest = RelativeUnit.None;
        bool ago = false, now = false, anyUnit = false;
        var relativeDay = int.MinValue;
        long pendingCount = -1;
        for (var i = 0; i < n; i++)
        {
            steps++;
            ref readonly var t = ref tokens[i];
            if (t.Kind == TokenKind.Punct)
            {
                if (t.Char is ',' or '.' or ':' or '-' or '|' or '\u2013' or '\u2014' or '\u00B7' or '\u2022' or '(' or ')')
                {
                    continue;
                }

                return NotRelative(out isRelative);
            }

            if (t.Kind == TokenKind.Number)
            {
                // After "yesterday" or "hier" a number starts a clock time ("hier à 17h30"), not an amount.
                if (relativeDay == int.MinValue && i + 1 < n && WordAt(i + 1) is { Unit: not RelativeUnit.None })
                {
                    if (t.Value is < 0 or > MaxRelativeAmount)
                    {
                        return NotRelative(out isRelative);
                    }

                    pendingCount = t.Value;
                    continue;
                }

                var next = TryTime(i, out var failure);
                if (failure is not null)
                {
                    return TimestampFields.Fail(failure.Value);
                }

                if (next == i)
                {
                    return NotRelative(out isRelative);
                }

                i = next - 1;
                continue;
            }

            if (t.Word < 0)
            {
                return NotRelative(out isRelative);
            }

            ref readonly var m = ref WordTable.Get(t.Word);
            if (m.Zone >= 0 && t.Upper)
            {
                i = ReadZone(i, m.Zone, out var zoneFailure) - 1;
                if (zoneFailure is not null)
                {
                    return TimestampFields.Fail(zoneFailure.Value);
                }

                continue;
            }

            if (m.Unit != RelativeUnit.None && (pendingCount >= 0 || !(m.Has(WordRoles.One) && i + 1 < n && WordAt(i + 1) is { Unit: not RelativeUnit.None })))
            {
                if (pendingCount < 0 && (m.Has(WordRoles.Connector) || m.Has(WordRoles.HourWord)) && i + 1 < n && tokens[i + 1].Kind == TokenKind.Number)
                {
                    continue;
                }

                var count = pendingCount >= 0 ? pendingCount : 1;
                pendingCount = -1;
                anyUnit = true;
                finest = finest == RelativeUnit.None || m.Unit < finest ? m.Unit : finest;
                switch (m.Unit)
                {
                    case RelativeUnit.Second:
                        seconds += count;
                        break;
                    case RelativeUnit.Minute:
                        seconds += count * 60;
                        break;
                    case RelativeUnit.Hour:
                        seconds += count * 3600;
                        break;
                    case RelativeUnit.Day:
                        days += (int)count;
                        break;
                    case RelativeUnit.Week:
                        days += (int)count * 7;
                        break;
                    case RelativeUnit.Month:
                        months += (int)count;
                        break;
                    default:
                        years += (int)count;
                        break;
                }

                if (m.Has(WordRoles.AgoSuffix))
                {
                    ago = true;
                }

                continue;
            }

            if (pendingCount >= 0)
            {
                return NotRelative(out isRelative);
            }

            if (m.Has(WordRoles.AgoSuffix) || m.Has(WordRoles.AgoPrefix))
            {
                ago = true;
            }
            else if (m.Has(WordRoles.Now))
            {
                now = true;
            }
            else if (m.Has(WordRoles.RelativeDay))
            {
                if (relativeDay != int.MinValue)
                {
                    return NotRelative(out isRelative);
                }

                relativeDay = m.RelativeDays;
            }
            else if (m.Has(WordRoles.One) && i + 1 < n && WordAt(i + 1) is { Unit: not RelativeUnit.None })
            {
                pendingCount = 1;
            }
            else if (m.Meridiem > 0 && (TimestampTokenizer.IsIdeograph(text[t.Start]) || IsHangul(text[t.Start])))
            {
                pendingMeridiem = m.Meridiem;
            }
            else if (!(m.Has(WordRoles.Connector) || m.Has(WordRoles.Prefix) || m.Has(WordRoles.Noon) || m.Has(WordRoles.Midnight)))
            {
                return NotRelative(out isRelative);
            }
            else if (m.Has(WordRoles.Noon) || m.Has(WordRoles.Midnight))
            {
                i = ReadWord(i, out var noonFailure) - 1;
                if (noonFailure is not null)
                {
                    return TimestampFields.Fail(noonFailure.Value);
                }
            }
        }

        var kinds = (anyUnit ? 1 : 0) + (now ? 1 : 0) + (relativeDay != int.MinValue ? 1 : 0);
        if (kinds != 1 || pendingCount >= 0 || (anyUnit && (!ago || f.HasTime)) || (now && f.HasTime) || (relativeDay != int.MinValue && ago))
        {
            return NotRelative(out isRelative);
        }

        isRelative = true;
        if (context.ReferenceInstant is not { } reference)
        {
            return TimestampFields.Fail(TimestampFailure.NeedsReferenceInstant, "a relative time needs a reference instant in the context");
        }

        var zone = f.Abbreviation >= 0 ? WordTable.Zones[f.Abbreviation].Zone : context.DefaultZone ?? DateTimeZone.Utc;
        var assumptions = TimestampAssumptions.RelativeToClock;
        if (relativeDay != int.MinValue)
        {
            var date = reference.InZone(zone).Date.PlusDays(relativeDay);
            f.Year = date.Year;
            f.Month = date.Month;
            f.Day = date.Day;
            f.Assumptions |= assumptions;
            return f.Build(resultText, context);
        }

        if (now || finest <= RelativeUnit.Hour)
        {
            var instant = reference - Duration.FromSeconds(seconds + (days * 86400L));
            var precision = now ? TimestampPrecision.Minute : finest switch
            {
                RelativeUnit.Second => TimestampPrecision.Second,
                RelativeUnit.Minute => TimestampPrecision.Minute,
                _ => TimestampPrecision.Hour,
            };
            if (months != 0 || years != 0)
            {
                return TimestampFields.Fail(TimestampFailure.InvalidRelativeTime, "a relative time mixes months or years with hours");
            }

            var hasZone = f.Abbreviation >= 0 || context.DefaultZone is not null;
            if (f.Abbreviation < 0 && context.DefaultZone is not null)
            {
                assumptions |= TimestampAssumptions.DefaultZone;
            }

            var zoned = instant.InZone(zone);
            return TimestampParseResult.ForValue(Timestamp.ForInstant(
                resultText, context.Source, instant, precision, hasZone ? zoned.Offset : null, hasZone ? zoned.LocalDateTime : null, hasZone ? zone : null, assumptions));
        }

        if (years > MaxRelativeAmount || months > MaxRelativeAmount || days > MaxRelativeAmount * 7 || years + (months / 12) + (days / 366) > 1000)
        {
            return TimestampFields.Fail(TimestampFailure.InvalidRelativeTime, "a relative time more than 1000 years back");
        }

        var day = reference.InZone(zone).Date.PlusYears(-years).PlusMonths(-months).PlusDays(-days);
        var datePrecision = finest switch
        {
            RelativeUnit.Day or RelativeUnit.Week => TimestampPrecision.Day,
            RelativeUnit.Month => TimestampPrecision.Month,
            _ => TimestampPrecision.Year,
        };
        if (datePrecision != TimestampPrecision.Day)
        {
            day = datePrecision == TimestampPrecision.Month ? new LocalDate(day.Year, day.Month, 1) : new LocalDate(day.Year, 1, 1);
        }

        return TimestampParseResult.ForValue(Timestamp.ForDate(
            resultText, context.Source, day, datePrecision, zone: f.Abbreviation >= 0 || context.DefaultZone is not null ? zone : null, assumptions: assumptions));
    }

    private static TimestampParseResult NotRelative(out bool isRelative)
    {
        isRelative = false;
        return TimestampFields.Fail(TimestampFailure.NoDate, "not a relative time");
    }
}
