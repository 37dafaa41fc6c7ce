namespace NewsKit.Timestamps;

/// <summary>
/// The fast path for the fixed machine shapes with English names: RFC 1123 / 2822
/// (<c>Fri, 18 Jul 2025 05:34:20 GMT</c>, <c>+0300</c>, two-digit years) and JavaScript <c>Date.toString()</c>
/// (<c>Fri Jul 18 2025 08:52:07 GMT+0300 (any zone name)</c>). Anything else (another zone, a long weekday name, extra
/// spaces) returns false and is left to the general reader, which reads these shapes too, with the same result.
/// </summary>
internal static class RfcTimestampParser
{
    public static bool Parse(ReadOnlySpan<char> s, ref TimestampFields f)
    {
        int pos;
        if (s.Length < 20 || !Name(s, 0, out var weekday, out _) || weekday == 0)
        {
            return false;
        }

        f.Weekday = weekday;
        pos = 3;
        if (s[pos] == ',')
        {
            pos++;
        }

        if (!Space(s, ref pos))
        {
            return false;
        }

        bool javaScript;
        if (IsDigit(s, pos))
        {
            // RFC: 18 Jul 2025
            javaScript = false;
            if (!Number(s, ref pos, 1, 2, out var day) || !Space(s, ref pos) || !Name(s, pos, out _, out var month) || month == 0)
            {
                return false;
            }

            pos += 3;
            if (!Space(s, ref pos) || !Number(s, ref pos, 2, 4, out var year, out var yearDigits) || yearDigits == 3)
            {
                return false;
            }

            f.Day = day;
            f.Month = month;
            if (yearDigits == 2)
            {
                year = f.ExpandTwoDigitYear(year);
            }

            f.Year = year;
        }
        else
        {
            // JavaScript: Jul 18 2025
            javaScript = true;
            if (!Name(s, pos, out _, out var month) || month == 0)
            {
                return false;
            }

            pos += 3;
            if (!Space(s, ref pos) || !Number(s, ref pos, 2, 2, out var day) || !Space(s, ref pos) || !Number(s, ref pos, 4, 4, out var year))
            {
                return false;
            }

            f.Day = day;
            f.Month = month;
            f.Year = year;
        }

        if (!Space(s, ref pos) || !Number(s, ref pos, 2, 2, out var hour) || pos >= s.Length || s[pos] != ':')
        {
            return false;
        }

        pos++;
        if (!Number(s, ref pos, 2, 2, out var minute))
        {
            return false;
        }

        f.Hour = hour;
        f.Minute = minute;
        if (pos < s.Length && s[pos] == ':')
        {
            pos++;
            if (!Number(s, ref pos, 2, 2, out var second))
            {
                return false;
            }

            f.Second = second;
        }

        if (!Space(s, ref pos) || !Zone(s, ref pos, javaScript, ref f))
        {
            return false;
        }

        if (pos == s.Length)
        {
            return true;
        }

        // " (Eastern European Summer Time)": a name that repeats the offset.
        return pos + 2 < s.Length && s[pos] == ' ' && s[pos + 1] == '(' && s[^1] == ')' && s[(pos + 2)..^1].IndexOfAny('(', ')') < 0;
    }

    private static bool Zone(ReadOnlySpan<char> s, ref int pos, bool javaScript, ref TimestampFields f)
    {
        var rest = s[pos..];
        if (rest.StartsWith("GMT", StringComparison.Ordinal) || rest.StartsWith("UTC", StringComparison.Ordinal))
        {
            pos += 3;
        }
        else if (!javaScript && rest.StartsWith("UT", StringComparison.Ordinal))
        {
            pos += 2;
        }
        else if (!javaScript && rest.Length > 0 && rest[0] == 'Z')
        {
            pos += 1;
        }
        else if (javaScript)
        {
            return false;
        }

        f.HasOffset = true;
        f.OffsetSeconds = 0;
        if (pos < s.Length && s[pos] is '+' or '-')
        {
            var sign = s[pos] == '+' ? 1 : -1;
            pos++;
            if (!Number(s, ref pos, 4, 4, out var hhmm) || hhmm % 100 > 59)
            {
                return false;
            }

            f.OffsetSeconds = sign * (((hhmm / 100) * 3600) + ((hhmm % 100) * 60));
            return true;
        }

        // After GMT, UT, UTC or Z the offset is optional; a bare "+0300" needs its sign.
        return pos > 0 && s[pos - 1] is 'T' or 'C' or 'Z';
    }

    /// <summary>An English three-letter weekday (ISO 1-7) or month (1-12) name at <paramref name="pos"/>, followed by a non-letter.</summary>
    private static bool Name(ReadOnlySpan<char> s, int pos, out int weekday, out int month)
    {
        weekday = 0;
        month = 0;
        if (pos + 3 >= s.Length || char.IsAsciiLetter(s[pos + 3]))
        {
            return false;
        }

        var key = (Lower(s[pos]) << 16) | (Lower(s[pos + 1]) << 8) | Lower(s[pos + 2]);
        switch (key)
        {
            case ('m' << 16) | ('o' << 8) | 'n': weekday = 1; break;
            case ('t' << 16) | ('u' << 8) | 'e': weekday = 2; break;
            case ('w' << 16) | ('e' << 8) | 'd': weekday = 3; break;
            case ('t' << 16) | ('h' << 8) | 'u': weekday = 4; break;
            case ('f' << 16) | ('r' << 8) | 'i': weekday = 5; break;
            case ('s' << 16) | ('a' << 8) | 't': weekday = 6; break;
            case ('s' << 16) | ('u' << 8) | 'n': weekday = 7; break;
            case ('j' << 16) | ('a' << 8) | 'n': month = 1; break;
            case ('f' << 16) | ('e' << 8) | 'b': month = 2; break;
            case ('m' << 16) | ('a' << 8) | 'r': month = 3; break;
            case ('a' << 16) | ('p' << 8) | 'r': month = 4; break;
            case ('m' << 16) | ('a' << 8) | 'y': month = 5; break;
            case ('j' << 16) | ('u' << 8) | 'n': month = 6; break;
            case ('j' << 16) | ('u' << 8) | 'l': month = 7; break;
            case ('a' << 16) | ('u' << 8) | 'g': month = 8; break;
            case ('s' << 16) | ('e' << 8) | 'p': month = 9; break;
            case ('o' << 16) | ('c' << 8) | 't': month = 10; break;
            case ('n' << 16) | ('o' << 8) | 'v': month = 11; break;
            case ('d' << 16) | ('e' << 8) | 'c': month = 12; break;
            default: return false;
        }

        return true;
    }

    private static int Lower(char c) => c is >= 'A' and <= 'Z' ? c + 32 : c;

    private static bool Space(ReadOnlySpan<char> s, ref int pos)
    {
        if (pos < s.Length && s[pos] == ' ')
        {
            pos++;
            return true;
        }

        return false;
    }

    private static bool IsDigit(ReadOnlySpan<char> s, int pos) => pos < s.Length && char.IsAsciiDigit(s[pos]);

    private static bool Number(ReadOnlySpan<char> s, ref int pos, int min, int max, out int value) => Number(s, ref pos, min, max, out value, out _);

    private static bool Number(ReadOnlySpan<char> s, ref int pos, int min, int max, out int value, out int digits)
    {
        value = 0;
        digits = 0;
        while (pos < s.Length && digits < max && char.IsAsciiDigit(s[pos]))
        {
            value = (value * 10) + (s[pos] - '0');
            pos++;
            digits++;
        }

        return digits >= min && !IsDigit(s, pos);
    }
}
