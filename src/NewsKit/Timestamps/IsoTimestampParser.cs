using System.Globalization;
using NodaTime;
using NodaTime.Calendars;

namespace NewsKit.Timestamps;

/// <summary>What <see cref="IsoTimestampParser.Parse"/> made of a text.</summary>
internal enum IsoOutcome
{
    /// <summary>Not ISO 8601 as a whole; the general reader may try.</summary>
    NotIso,

    /// <summary>ISO 8601; the fields are set (still to be validated by <see cref="TimestampFields.Build"/>).</summary>
    Parsed,

    /// <summary>ISO 8601 shape but impossible (week 54); the reason is set.</summary>
    Invalid,
}

/// <summary>
/// The fast path for ISO 8601 and RFC 3339, written by hand over the characters: calendar dates
/// (<c>2025-07-18</c>, basic <c>20250718</c> only with a time), year-month (<c>2025-07</c>), ordinal dates
/// (<c>2025-199</c>), week dates (<c>2025-W29-5</c>, <c>2025W295</c>), then <c>T</c> (or a space) and a time in extended
/// (<c>08:52:07.123</c>) or basic (<c>085207</c>) form with a fraction of up to 9 digits after <c>.</c> or <c>,</c>,
/// then <c>Z</c> or an offset <c>+03:00</c>, <c>+0300</c>, <c>+03</c>. The whole text must match.
/// </summary>
internal static class IsoTimestampParser
{
    public static IsoOutcome Parse(ReadOnlySpan<char> s, ref TimestampFields f, out Rejection? reason)
    {
        reason = null;
        if (s.Length < 7 || !Digits(s, 0, 4, out var year))
        {
            return IsoOutcome.NotIso;
        }

        int pos;
        bool extended;
        if (s[4] == '-')
        {
            extended = true;
            if (s[5] is 'W' or 'w')
            {
                if (!Digits(s, 6, 2, out var week))
                {
                    return IsoOutcome.NotIso;
                }

                pos = 8;
                if (pos + 1 < s.Length && s[pos] == '-' && Digits(s, pos + 1, 1, out var weekday))
                {
                    pos += 2;
                    if (!WeekDate(year, week, weekday, ref f, out reason))
                    {
                        return IsoOutcome.Invalid;
                    }
                }
                else
                {
                    return IsoOutcome.NotIso;
                }
            }
            else if (Digits(s, 5, 3, out var ordinal) && (s.Length == 8 || !IsDigit(s, 8)))
            {
                pos = 8;
                var daysInYear = CalendarSystem.Iso.GetDaysInYear(year);
                if (ordinal < 1 || ordinal > daysInYear)
                {
                    reason = Rejection.OutOfRange(string.Create(CultureInfo.InvariantCulture, $"day {ordinal} does not exist in {year}"));
                    return IsoOutcome.Invalid;
                }

                var date = new LocalDate(year, 1, 1).PlusDays(ordinal - 1);
                f.Year = date.Year;
                f.Month = date.Month;
                f.Day = date.Day;
            }
            else if (Digits(s, 5, 2, out var month))
            {
                f.Year = year;
                f.Month = month;
                pos = 7;
                if (pos == s.Length)
                {
                    return IsoOutcome.Parsed;
                }

                if (s[pos] != '-' || !Digits(s, pos + 1, 2, out var day))
                {
                    return IsoOutcome.NotIso;
                }

                f.Day = day;
                pos += 3;
            }
            else
            {
                return IsoOutcome.NotIso;
            }
        }
        else if (s[4] is 'W' or 'w')
        {
            extended = false;
            if (!Digits(s, 5, 2, out var week) || !Digits(s, 7, 1, out var weekday))
            {
                return IsoOutcome.NotIso;
            }

            pos = 8;
            if (!WeekDate(year, week, weekday, ref f, out reason))
            {
                return IsoOutcome.Invalid;
            }
        }
        else if (Digits(s, 4, 4, out var monthDay) && s.Length > 8 && s[8] is 'T' or 't')
        {
            extended = false;
            f.Year = year;
            f.Month = monthDay / 100;
            f.Day = monthDay % 100;
            pos = 8;
        }
        else
        {
            return IsoOutcome.NotIso;
        }

        if (pos == s.Length)
        {
            return IsoOutcome.Parsed;
        }

        if (!(s[pos] is 'T' or 't' || (s[pos] == ' ' && extended)) || !Digits(s, pos + 1, 2, out var hour))
        {
            return IsoOutcome.NotIso;
        }

        f.Hour = hour;
        pos += 3;
        var timeExtended = pos < s.Length && s[pos] == ':';
        if (Component(s, ref pos, timeExtended, out var minute))
        {
            f.Minute = minute;
            if (Component(s, ref pos, timeExtended, out var second))
            {
                f.Second = second;
                if (pos < s.Length && s[pos] is '.' or ',')
                {
                    var start = ++pos;
                    var nanos = 0;
                    while (pos < s.Length && IsDigit(s, pos))
                    {
                        if (pos - start < 9)
                        {
                            nanos = (nanos * 10) + (s[pos] - '0');
                        }

                        pos++;
                    }

                    var digits = pos - start;
                    if (digits is 0 or > 9)
                    {
                        return IsoOutcome.NotIso;
                    }

                    for (var i = digits; i < 9; i++)
                    {
                        nanos *= 10;
                    }

                    f.Nanosecond = nanos;
                    f.FractionDigits = digits;
                }
            }
        }

        if (pos == s.Length)
        {
            return IsoOutcome.Parsed;
        }

        if (s[pos] is 'Z' or 'z' && pos + 1 == s.Length)
        {
            f.HasOffset = true;
            return IsoOutcome.Parsed;
        }

        var sign = s[pos] switch { '+' => 1, '-' or '\u2212' => -1, _ => 0 };
        if (sign == 0 || !Digits(s, pos + 1, 2, out var offsetHours))
        {
            return IsoOutcome.NotIso;
        }

        pos += 3;
        var offsetMinutes = 0;
        if (pos < s.Length)
        {
            if (s[pos] == ':')
            {
                pos++;
            }

            if (!Digits(s, pos, 2, out offsetMinutes) || pos + 2 != s.Length)
            {
                return IsoOutcome.NotIso;
            }
        }

        if (offsetMinutes > 59)
        {
            reason = Rejection.OutOfRange(string.Create(CultureInfo.InvariantCulture, $"offset minute {offsetMinutes} does not exist"));
            return IsoOutcome.Invalid;
        }

        f.HasOffset = true;
        f.OffsetSeconds = sign * ((offsetHours * 3600) + (offsetMinutes * 60));
        return IsoOutcome.Parsed;
    }

    private static bool Component(ReadOnlySpan<char> s, ref int pos, bool extended, out int value)
    {
        value = 0;
        if (extended)
        {
            if (pos < s.Length && s[pos] == ':' && Digits(s, pos + 1, 2, out value))
            {
                pos += 3;
                return true;
            }

            return false;
        }

        if (Digits(s, pos, 2, out value))
        {
            pos += 2;
            return true;
        }

        return false;
    }

    private static bool WeekDate(int year, int week, int weekday, ref TimestampFields f, out Rejection? reason)
    {
        reason = null;
        if (weekday is < 1 or > 7)
        {
            reason = Rejection.OutOfRange(string.Create(CultureInfo.InvariantCulture, $"weekday {weekday} does not exist (1 is Monday, 7 Sunday)"));
            return false;
        }

        if (year is < 2 or > 9998 || week < 1 || week > WeekYearRules.Iso.GetWeeksInWeekYear(year))
        {
            reason = Rejection.OutOfRange(string.Create(CultureInfo.InvariantCulture, $"week {week} does not exist in {year}"));
            return false;
        }

        var date = WeekYearRules.Iso.GetLocalDate(year, week, (IsoDayOfWeek)weekday);
        f.Year = date.Year;
        f.Month = date.Month;
        f.Day = date.Day;
        return true;
    }

    private static bool IsDigit(ReadOnlySpan<char> s, int index) => (uint)(s[index] - '0') <= 9;

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        if (start < 0 || start + count > s.Length)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            var d = s[i] - '0';
            if ((uint)d > 9)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }
}
