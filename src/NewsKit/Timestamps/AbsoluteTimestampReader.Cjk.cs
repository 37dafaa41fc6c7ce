namespace NewsKit.Timestamps;

/// <summary>CJK dates: numbers marked as a year, month or day (<c>2025年7月18日</c>), calendar eras and Republic of China years.</summary>
internal ref partial struct AbsoluteTimestampReader
{
    /// <summary>A number followed by a CJK year, month or day marker (<c>2025年</c>, <c>7月</c>, <c>18日</c>; <c>108年</c>, a Republic of China year).</summary>
    private Rejection? SetCjkDatePart(CjkMarker marker, in Token number)
    {
        ref var field = ref f.Year;
        switch (marker)
        {
            case CjkMarker.Year:
                if (number.Digits is not (4 or 3 or 2) || (number.Digits == 3 && number.Value >= MaxRepublicOfChinaYear))
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

        // A three-digit year is one of the Republic of China's calendar, as Taiwan writes dates without its era name
        // ("108年3月5日" is 2019-03-05: 民國 year 1 is 1912).
        field = marker == CjkMarker.Year && number.Digits == 2 ? f.ExpandTwoDigitYear((int)number.Value)
            : marker == CjkMarker.Year && number.Digits == 3 ? (int)number.Value + RepublicOfChinaYearOffset
            : (int)number.Value;
        numericDate = true;
        return null;
    }

    /// <summary>
    /// Whether the page's language writes a short date's year first, also with two digits ("24.03.05", "24/03/05"):
    /// Korean, Japanese and Chinese do.
    /// </summary>
    private bool WritesTwoDigitYearsFirst() =>
        context.Cultures is [var first, ..] && first.TwoLetterISOLanguageName is "ko" or "ja" or "zh";

    /// <summary>Whether the first culture of the context is Taiwan's (zh-TW, zh-Hant-TW), which writes numeric dates with Republic of China years.</summary>
    private bool WritesRepublicOfChinaYears() =>
        context.Cultures is [var first, ..] && first.Name is "zh-TW" or "zh-Hant-TW";

    /// <summary>What a year of the Republic of China's calendar adds to give the Gregorian year (民國 1 is 1912).</summary>
    private const int RepublicOfChinaYearOffset = 1911;

    /// <summary>Three-digit years from this one on are no Republic of China years (200 would be 2111).</summary>
    private const int MaxRepublicOfChinaYear = 200;

    /// <summary>
    /// A calendar era and its year ("平成20年": the era's 20th year, 2008; "令和元年": its first, 2019). The year may stand beside the same year written
    /// in the Gregorian calendar ("2021年（令和3年）").
    /// </summary>
    private int ReadEraYear(int i, int firstYear, out Rejection? failure)
    {
        failure = null;
        // "元年", the era's first year, is written with a word, not a number.
        var first = i + 1 < tokens.Length && tokens[i + 1] is { Kind: TokenKind.Word, Length: 1 } word && text[word.Start] == '元';
        if (!(i + 2 < tokens.Length && (first || (tokens[i + 1].Kind == TokenKind.Number && tokens[i + 1].Digits <= 3 && tokens[i + 1].Value >= 1))
            && tokens.WordAt(i + 2) is { Cjk: CjkMarker.Year }))
        {
            failure = Rejection.UnexpectedText("a calendar era without its year");
            return i + 1;
        }

        var year = first ? firstYear : firstYear + tokens[i + 1].Value - 1;
        if (f.Year >= 0 && f.Year != year)
        {
            failure = Rejection.Conflict("the same date part is written twice");
        }

        f.Year = year;
        numericDate = true;
        return i + 3;
    }
}
