using System.Globalization;

namespace NewsKit.Timestamps;

/// <summary>Numeric dates: d.M.y, d/M/y or M/d/y, y-M-d, y/M/d, Korean and Japanese two-digit years first, Solar Hijri years, and a day and a month before a time.</summary>
internal ref partial struct AbsoluteTimestampReader
{
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
}
