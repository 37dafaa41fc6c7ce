using System.Globalization;
using NodaTime;

namespace NewsKit.Timestamps;

/// <summary>
/// Reads the parts that absolute and relative timestamps share, into the <see cref="TimestampFields"/> its caller
/// owns: clock times (<c>08:52</c>, <c>08:52:07.123</c>, <c>5 PM</c>, <c>5:34 p.m.</c>, <c>17h30</c>, <c>18 Uhr</c>,
/// <c>9時30分</c>, <c>05.34 BST</c>, noon, midnight), zone abbreviations, IANA zone names, and numeric offsets after a
/// time or after GMT/UTC. It remembers where the last time and UTC word ended (an offset may follow only there) and
/// an AM/PM word written before the hour in CJK script (<c>午後3時</c>), which the next time takes.
/// </summary>
/// <remarks>Each method looks ahead a fixed number of tokens; none loops over the text.</remarks>
internal ref struct ClockAndZoneReader
{
    /// <summary>The text the tokens index.</summary>
    private readonly ReadOnlySpan<char> text;

    /// <summary>The tokens of the candidate.</summary>
    private readonly ReadOnlySpan<Token> tokens;

    /// <summary>The index after the last clock time read; -1 when an offset cannot follow one.</summary>
    private int timeEnd;

    /// <summary>The index after the last GMT/UTC word read; -1 when an offset cannot follow one.</summary>
    private int utcWordEnd;

    /// <summary>Whether the offset in the fields is the zero offset of a GMT/UTC word (a "+0300" after it replaces it).</summary>
    private bool offsetFromUtcWord;

    /// <summary>An AM (1) or PM (2) word read before its hour, for the next time; 0 when none.</summary>
    private int pendingMeridiem;

    /// <summary>A reader of the tokens of one candidate text.</summary>
    /// <param name="text">The text the tokens index.</param>
    /// <param name="tokens">The tokens.</param>
    public ClockAndZoneReader(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        this.text = text;
        this.tokens = tokens;
        timeEnd = -1;
        utcWordEnd = -1;
    }

    /// <summary>Keeps an AM or PM word written before the hour (<c>午後</c>, <c>오후</c>) for the next clock time.</summary>
    /// <param name="meridiem">1 for AM, 2 for PM.</param>
    public void HoldMeridiem(int meridiem) => pendingMeridiem = meridiem;

    /// <summary>A clock time starting at number <paramref name="i"/>; returns <paramref name="i"/> when there is none.</summary>
    /// <param name="i">The index of a number token.</param>
    /// <param name="f">The fields; the time is written into them.</param>
    /// <param name="failure">Why the text is not a timestamp (a second time, an hour that a 12-hour clock lacks); null otherwise.</param>
    /// <returns>The index after the time, or <paramref name="i"/>.</returns>
    public int TryTime(int i, ref TimestampFields f, out Rejection? failure)
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
        if (i + 2 < n && tokens[i + 1].IsPunct(':') && !tokens[i + 1].SpaceBefore && tokens.IsNumber(i + 2, 2) && !tokens[i + 2].SpaceBefore)
        {
            minute = (int)tokens[i + 2].Value;
            j = i + 3;
            if (j + 1 < n && tokens[j].IsPunct(':') && !tokens[j].SpaceBefore && tokens.IsNumber(j + 1, 2) && !tokens[j + 1].SpaceBefore)
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
        else if (i + 1 < n && tokens.WordAt(i + 1) is { } word && (word.Has(WordRoles.HourWord) || word.Cjk == CjkMarker.Hour))
        {
            j = i + 2;
            if (word.Cjk == CjkMarker.Hour)
            {
                if (j + 1 < n && tokens.IsNumber(j, 1, 2) && tokens.WordAt(j + 1) is { Cjk: CjkMarker.Minute })
                {
                    minute = (int)tokens[j].Value;
                    j += 2;
                    if (j + 1 < n && tokens.IsNumber(j, 1, 2) && tokens.WordAt(j + 1) is { Cjk: CjkMarker.Second })
                    {
                        second = (int)tokens[j].Value;
                        j += 2;
                    }
                }
            }
            else if (j < n && tokens.IsNumber(j, 2) && (j + 1 >= n || !tokens[j + 1].IsPunct(':')))
            {
                minute = (int)tokens[j].Value;
                j++;
            }
        }
        else if (i + 2 < n && tokens[i + 1].IsPunct('.') && !tokens[i + 1].SpaceBefore && tokens.IsNumber(i + 2, 2) && !tokens[i + 2].SpaceBefore
            && !(i + 3 < n && tokens[i + 3].IsPunct('.') && !tokens[i + 3].SpaceBefore)
            && ((i + 3 < n && (MeridiemAt(i + 3, out _) > i + 3 || IsZoneOrHourWord(i + 3))) || AfterClockWord(i) || (f.Year >= 0 && f.Month >= 0 && f.Day >= 0)))
        {
            minute = (int)tokens[i + 2].Value;
            j = i + 3;
        }
        else if (i + 1 < n && (MeridiemAt(i + 1, out _) > i + 1 || tokens.WordAt(i + 1) is { } noon && noon.Has(WordRoles.Noon)))
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
        if (meridiem == 0 && j < n && tokens.WordAt(j) is { } noonWord && noonWord.Has(WordRoles.Noon))
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

    /// <summary>A word that is a time of its own: noon (12:00) or midnight (00:00).</summary>
    /// <param name="i">The index of the word.</param>
    /// <param name="noon">True for a noon word, false for a midnight word.</param>
    /// <param name="f">The fields; the time is written into them.</param>
    /// <param name="failure">A conflict when the text already has a time; null otherwise.</param>
    /// <returns>The index after the word.</returns>
    public int ReadNoonOrMidnight(int i, bool noon, ref TimestampFields f, out Rejection? failure)
    {
        failure = null;
        if (f.HasTime)
        {
            failure = Rejection.Conflict("two times in the text");
            return i + 1;
        }

        f.Hour = noon ? 12 : 0;
        f.Minute = 0;
        timeEnd = i + 1;
        return i + 1;
    }

    /// <summary>A zone abbreviation (in capitals): a GMT/UTC word sets the zero offset (unless the text has one), another names the zone.</summary>
    /// <param name="i">The index of the word.</param>
    /// <param name="zoneIndex">Its index in <see cref="WordTable.Zones"/>.</param>
    /// <param name="f">The fields; the offset or the abbreviation is written into them.</param>
    /// <param name="failure">A conflict when the text already names a zone; null otherwise.</param>
    /// <returns>The index after the word.</returns>
    public int ReadZone(int i, int zoneIndex, ref TimestampFields f, out Rejection? failure)
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

    /// <summary>An IANA zone name written in the text ("Europe/Berlin", "America/Argentina/Buenos_Aires") starting at the region word <paramref name="i"/>.</summary>
    /// <param name="i">The index of the region word (<see cref="WordRoles.IanaRegion"/>), followed by '/' and a word.</param>
    /// <param name="f">The fields; the zone is written into them.</param>
    /// <param name="failure">An unknown zone, or a conflict when the text already names a zone; null otherwise.</param>
    /// <returns>The index after the name.</returns>
    public readonly int ReadIanaZone(int i, ref TimestampFields f, out Rejection? failure)
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

    /// <summary>Whether a sign at <paramref name="i"/> may start an offset: right after a time or a GMT/UTC word, and no offset other than a GMT/UTC word's read yet.</summary>
    /// <param name="i">The index of a '+', '-' or '−'.</param>
    /// <param name="f">The fields read so far.</param>
    /// <returns>True when <see cref="TryOffset"/> is to be tried there.</returns>
    public readonly bool OffsetMayStartAt(int i, in TimestampFields f) => (i == timeEnd || i == utcWordEnd) && (!f.HasOffset || offsetFromUtcWord);

    /// <summary>An offset after a time or after GMT/UTC: <c>+0300</c>, <c>-04:00</c>, <c>+03</c>, <c>GMT+3</c>. Returns <paramref name="i"/> when there is none.</summary>
    /// <param name="i">The index of the sign.</param>
    /// <param name="f">The fields; the offset is written into them.</param>
    /// <returns>The index after the offset, or <paramref name="i"/>.</returns>
    public int TryOffset(int i, ref TimestampFields f)
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

    /// <summary>AM or PM at token <paramref name="j"/>: "am", "PM", "a.m.", "p. m."; returns the index after it, or <paramref name="j"/>.</summary>
    private readonly int MeridiemAt(int j, out int meridiem)
    {
        meridiem = 0;
        if (j >= tokens.Length || tokens[j].Kind != TokenKind.Word)
        {
            return j;
        }

        if (tokens.WordAt(j) is { Meridiem: > 0 } word && !TimestampTokenizer.IsCjkScript(text[tokens[j].Start]))
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

    /// <summary>
    /// Whether the number at <paramref name="i"/> follows a word that introduces a clock time ("om 03.00 uur", "kl. 21.14",
    /// "klo 18.42"): a dotted time after it is a time; so is one after a whole date ("12 maart 2025 13.05").
    /// </summary>
    private readonly bool AfterClockWord(int i)
    {
        var k = i - 1;
        if (k >= 0 && tokens[k].IsPunct('.'))
        {
            k--;
        }

        if (k < 0 || tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = text[tokens[k].Start..tokens[k].End];
        foreach (var clockWord in ClockWords)
        {
            if (word.Equals(clockWord, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that introduce a clock time (Dutch, Scandinavian, Finnish, German, Italian, Portuguese, Romanian, English, Serbian, Croatian, Ukrainian, Russian).</summary>
    private static readonly string[] ClockWords = ["om", "kl", "klo", "klockan", "klokken", "kello", "um", "alle", "ore", "às", "ora", "at", "у", "u", "о", "в"];

    /// <summary>"05.34 BST", "8.52 Uhr": a dotted time is a time only when a zone abbreviation or an hour word follows.</summary>
    private readonly bool IsZoneOrHourWord(int i) =>
        tokens.WordAt(i) is { } word && ((word.Zone >= 0 && tokens[i].Upper) || word.Has(WordRoles.HourWord));
}
