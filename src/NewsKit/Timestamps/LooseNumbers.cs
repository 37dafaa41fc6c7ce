namespace NewsKit.Timestamps;

/// <summary>
/// The numbers of an absolute timestamp that were not part of a time, a numeric date or a CJK date part (at most
/// <see cref="Max"/>, by token index), and the rule that gives them their role once the whole text is read: beside
/// a month name, a four-digit number is the year, a number of one or two digits the day, a second two-digit one the
/// year ("Jul 18 25"). Anywhere else they are a reason to reject.
/// </summary>
internal struct LooseNumbers
{
    /// <summary>The most loose numbers a timestamp may have (a day, a year, and one that proves a conflict).</summary>
    public const int Max = 3;

    /// <summary>The token index of the first loose number.</summary>
    private int first;

    /// <summary>The token index of the second loose number.</summary>
    private int second;

    /// <summary>The token index of the third loose number.</summary>
    private int third;

    /// <summary>The number of loose numbers so far.</summary>
    public int Count { get; private set; }

    /// <summary>Whether <see cref="Max"/> numbers are held: one more is too many for a date.</summary>
    public readonly bool IsFull => Count == Max;

    /// <summary>Notes the number token at <paramref name="index"/>; not to be called when <see cref="IsFull"/>.</summary>
    /// <param name="index">The token's index.</param>
    public void Add(int index)
    {
        switch (Count++)
        {
            case 0:
                first = index;
                break;
            case 1:
                second = index;
                break;
            default:
                third = index;
                break;
        }
    }

    /// <summary>Gives the loose numbers their role, day or year beside a month name, and checks that the text has a date.</summary>
    /// <param name="text">The text the tokens index (for the reasons).</param>
    /// <param name="tokens">The tokens read.</param>
    /// <param name="f">The fields read; the day and year are written into them.</param>
    /// <param name="numericDate">Whether a numeric or CJK date gave the date (then no number may be left over).</param>
    /// <param name="monthFromWord">Whether a month name gave the month.</param>
    /// <param name="explicitDay">A number marked as the day ("18th", "18."), or -1.</param>
    /// <returns>Null when the numbers fit; else why the text is not a date.</returns>
    public readonly Rejection? Assign(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ref TimestampFields f, bool numericDate, bool monthFromWord, int explicitDay)
    {
        if (numericDate)
        {
            if (Count > 0 || explicitDay >= 0)
            {
                return NumberMessage(text, tokens, Count > 0 ? first : -1);
            }

            return null;
        }

        if (!monthFromWord)
        {
            if (f.HasTime)
            {
                return new Rejection(TimestampFailure.NoDate, "a time without a date");
            }

            if (Count == 1 && explicitDay < 0 && f.Weekday == 0)
            {
                return new Rejection(TimestampFailure.NoDate, "a bare number is not a date");
            }

            return new Rejection(TimestampFailure.NoDate, f.Weekday != 0 && Count == 0 ? "a weekday without a date" : "no date in the text");
        }

        var day = explicitDay;
        var year = -1;
        var twoDigit = -1;
        for (var k = 0; k < Count; k++)
        {
            ref readonly var t = ref tokens[At(k)];
            if (t.Digits == 4 && year < 0)
            {
                year = (int)t.Value;
            }
            else if (t.Digits <= 2 && day < 0)
            {
                day = (int)t.Value;
            }
            else if (t.Digits == 2 && year < 0 && twoDigit < 0 && !InDayRange(tokens, At(k)))
            {
                twoDigit = (int)t.Value;
            }
            else
            {
                return NumberMessage(text, tokens, At(k));
            }
        }

        if (twoDigit >= 0)
        {
            if (year >= 0)
            {
                return NumberMessage(text, tokens, second);
            }

            year = f.ExpandTwoDigitYear(twoDigit);
        }

        f.Day = day;
        f.Year = year;
        return null;
    }

    /// <summary>
    /// Whether the number at <paramref name="index"/> is one end of a range of days ("March 5-19", "14. - 20. Januar"):
    /// a dash joins it to another number. It is no two-digit year then; "18-Jul-25", where the dash joins it to the month,
    /// still is.
    /// </summary>
    private static bool InDayRange(ReadOnlySpan<Token> tokens, int index)
    {
        var before = index - 1;
        if (before >= 1 && IsDash(tokens[before]))
        {
            var other = before - 1;
            if (other >= 1 && tokens[other].IsPunct('.'))
            {
                other--;
            }

            if (tokens[other].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        var after = index + 1;
        if (after < tokens.Length && tokens[after].IsPunct('.'))
        {
            after++;
        }

        return after + 1 < tokens.Length && IsDash(tokens[after]) && tokens[after + 1].Kind == TokenKind.Number;
    }

    private static bool IsDash(in Token token) => token.IsPunct('-') || token.IsPunct('\u2013') || token.IsPunct('\u2014');

    /// <summary>The token index of the <paramref name="k"/>th loose number.</summary>
    private readonly int At(int k) => k switch { 0 => first, 1 => second, _ => third };

    /// <summary>The reason for a number beside a complete date: the number itself, or (index -1) the day of "18th".</summary>
    private static Rejection NumberMessage(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index) => Rejection.UnexpectedText(
        index < 0 ? "a day number beside a complete date" : "unexpected number \"" + text[tokens[index].Start..tokens[index].End].ToString() + "\" beside the date");
}
