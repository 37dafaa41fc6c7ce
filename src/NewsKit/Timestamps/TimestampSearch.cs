namespace NewsKit.Timestamps;

/// <summary>
/// <see cref="TimestampContext.SearchWithinText"/>: finds the most complete timestamp inside a longer text ("By Jane
/// Doe | Published 5:34 AM EDT, Fri July 18, 2025 | Updated 7:02 AM EDT"). The text is tokenized once and cut into
/// runs of tokens that can belong to a timestamp; each run with a date anchor is read by <see cref="TimestampReader"/>
/// (trimmed a few tokens at a time when it fails), and the best result is kept. Linear in the length of the text.
/// </summary>
internal static class TimestampSearch
{
    /// <summary>The longest line read as one day written in two calendars when nothing else in it reads.</summary>
    private const int MaxTwoCalendarLine = 100;

    /// <summary>The most tokens in one run; a longer run is read in pieces of this size.</summary>
    private const int MaxRunTokens = 48;

    /// <summary>The most tokens trimmed from each end of a run that does not read.</summary>
    private const int MaxTrims = 4;

    /// <summary>
    /// Finds the most complete timestamp inside a longer text. The text is cut into runs of tokens that can belong to a
    /// timestamp (numbers, known words, date punctuation), at unknown words and separators such as "|". Each run that
    /// holds a date anchor is read; when it fails, a few tokens are trimmed from its end, then its start. Runs are at
    /// most <see cref="MaxRunTokens"/> tokens, so the whole search stays linear in the length of the text.
    /// </summary>
    /// <param name="text">The text to search.</param>
    /// <param name="context">What may be assumed.</param>
    /// <param name="steps">Counts the characters and tokens examined (for the linear-time tests).</param>
    /// <returns>The most complete timestamp found, or <see cref="TimestampFailure.NoDate"/>.</returns>
    public static TimestampParseResult Search(string text, TimestampContext context, ref long steps)
    {
        // One run buffer per thread (Search never nests): a stack buffer would be cleared on every call, and the
        // stages search thousands of short texts per page.
        Span<Token> run = runBuffer ??= new Token[MaxRunTokens];
        var count = 0;
        TimestampParseResult? best = null;
        TimestampParseResult? rejected = null;
        var bestScore = -1;
        var tokenizer = new TimestampTokenizer(text);
        var inParenthesis = false;
        while (tokenizer.Next(out var token))
        {
            // Inside parentheses after a timestamp unknown words may be a zone name ("GMT+0300 (Eastern European Summer Time)").
            if (!(inParenthesis && token.Kind == TokenKind.Word) && IsBreaker(text, token, run[..count]))
            {
                if (JoinsDateAndTime(text, token, run[..count]))
                {
                    // "03.02.2021 | 14:05 Uhr": the bar sets the time apart from its date; the run goes on without it.
                    continue;
                }

                Evaluate(text, run[..count], context, ref best, ref bestScore, ref rejected, ref steps);
                count = 0;
                inParenthesis = false;
                continue;
            }

            if (count == MaxRunTokens)
            {
                Evaluate(text, run[..count], context, ref best, ref bestScore, ref rejected, ref steps);
                count = 0;
            }

            // Only after a timestamp: a parenthesis that opens the run ("(Notizia del 14 Gennaio 2020") holds no zone name.
            inParenthesis = (token.IsPunct('(') && HasAnchor(run[..count])) || (inParenthesis && !token.IsPunct(')'));
            run[count++] = token;
        }

        Evaluate(text, run[..count], context, ref best, ref bestScore, ref rejected, ref steps);
        steps += tokenizer.Steps;
        if (best is null && text.Length <= MaxTwoCalendarLine
            && TimestampNormalizer.InTwoCalendars(text.AsSpan().Trim(), context with { SearchWithinText = false }, ref steps) is { Value: { } agreed })
        {
            // One day in two calendars, each half read whole ("الخميس 21 ربيع الأول 1448هـ - 3 سبتمبر 2026م"): its runs alone
            // read as neither. The line is the timestamp's text.
            return TimestampParseResult.ForValue(agreed with { Text = text.Trim() });
        }

        return best ?? rejected ?? TimestampFields.Fail(TimestampFailure.NoDate, "no timestamp found in the text");
    }

    /// <summary>Separators a page writes between a date and its time ("03.02.2021 | 14:05", "3 February 2021 • 2:05 PM").</summary>
    private static readonly char[] DateTimeSeparators = ['|', '•', '·', '–', '—'];

    /// <summary>
    /// Whether <paramref name="separator"/> stands between a date (the run so far has one) and a clock time right after it
    /// (one or two digits, a colon or a stop, two digits).
    /// </summary>
    private static bool JoinsDateAndTime(string text, in Token separator, ReadOnlySpan<Token> run)
    {
        if (separator.Kind != TokenKind.Punct || Array.IndexOf(DateTimeSeparators, separator.Char) < 0 || !HasAnchor(run))
        {
            return false;
        }

        var i = separator.End;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var digits = 0;
        while (i + digits < text.Length && digits < 3 && char.IsAsciiDigit(text[i + digits]))
        {
            digits++;
        }

        var at = i + digits;
        return digits is 1 or 2 && at + 2 < text.Length && text[at] is ':' && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2]);
    }

    /// <summary>The run buffer of the thread (<see cref="Search"/> never nests).</summary>
    [ThreadStatic]
    private static Token[]? runBuffer;

    /// <summary>Whether <paramref name="token"/> ends the run of tokens being gathered.</summary>
    private static bool IsBreaker(string text, in Token token, ReadOnlySpan<Token> run)
    {
        switch (token.Kind)
        {
            case TokenKind.Number:
                return token.Value < 0;
            case TokenKind.Word:
                // An unknown word breaks a run, except the segments of an IANA zone name ("America/New_York")
                // and the "p" of "p.m.".
                return token.Word < 0 && !(run.Length >= 2 && run[^1].IsPunct('/') && !token.SpaceBefore && run[^2].Kind == TokenKind.Word)
                    && !(token.Length == 1 && text[token.Start] is 'p' or 'P')
                    && !(token.Length == 1 && text[token.Start] == '元' && run.Length >= 1 && run[^1] is { Kind: TokenKind.Word, Word: >= 0 } era
                        && WordTable.Get(era.Word).EraFirstYear > 0);
            default:
                return !TimestampWords.RunPunctuation.Contains(token.Char) && !IsDateDot(text, token, run);
        }
    }

    /// <summary>
    /// Whether a middle dot stands between two numbers with no space around it ("04·03·25", as Spanish regional papers
    /// write a date): it separates a date's parts, not the fields of a line ("Davide Zanon · 26 novembre 2025").
    /// </summary>
    private static bool IsDateDot(string text, in Token token, ReadOnlySpan<Token> run) =>
        token.Char == '·' && !token.SpaceBefore && run.Length > 0 && run[^1].Kind == TokenKind.Number
        && token.End < text.Length && char.IsAsciiDigit(text[token.End]);

    /// <summary>Reads one run (trimmed from its end, then its start, until it reads); keeps the result when it scores above the best so far.</summary>
    private static void Evaluate(string text, ReadOnlySpan<Token> run, TimestampContext context, ref TimestampParseResult? best, ref int bestScore, ref TimestampParseResult? rejected, ref long steps)
    {
        run = TrimRun(text, run);
        if (run.IsEmpty || !HasAnchor(run))
        {
            steps += run.Length;
            return;
        }

        for (var attempt = 0; attempt <= 2 * MaxTrims; attempt++)
        {
            var trimmed = attempt <= MaxTrims ? attempt : attempt - MaxTrims;
            if (trimmed >= run.Length)
            {
                continue;
            }

            var cut = TrimRun(text, attempt <= MaxTrims ? run[..^attempt] : run[trimmed..]);
            if (cut.IsEmpty || (attempt >= run.Length && !(cut.Length >= 3 && HasYear(cut))))
            {
                // A short run is trimmed from its start only down to a date that keeps its written year ("Issue 12, 4 March
                // 2025", "No 31/25 of 4 March 2025"): a shorter rest reads as something the text does not say.
                continue;
            }

            steps += cut.Length;
            if (!HasAnchor(cut) || SplitsClockTime(text, cut))
            {
                continue;
            }

            var fragment = text[cut[0].Start..cut[^1].End];
            var result = TimestampReader.Read(text, cut, context, strict: false, fragment, ref steps);
            if (result.Success && attempt is > 0 and <= MaxTrims && HasYear(run[^attempt..]) && !HasYear(cut))
            {
                // "Release 31/25 of March 4, 2025": a reading that leaves the written year behind ("31/25 of March") took a
                // number for a day; the date is further on.
                continue;
            }

            if (result.Success)
            {
                var score = Score(result.Value);
                if (score > bestScore)
                {
                    best = result;
                    bestScore = score;
                }

                return;
            }

            if (result.Failure == TimestampFailure.WeekdayMismatch)
            {
                // "Thursday, February 3, 2021" (a Wednesday): the text is no real date, and no part of it read without the
                // weekday is either; the reason is kept for a text with no other date.
                rejected ??= result;
                return;
            }
        }

        // "12.11.2021 (Unverändert gültig seit: 05.11.2021)": a parenthesis that held no zone name is an aside; the
        // run is read up to it, then what it holds.
        for (var k = 1; k < run.Length; k++)
        {
            if (run[k].IsPunct('('))
            {
                Evaluate(text, run[..k], context, ref best, ref bestScore, ref rejected, ref steps);
                Evaluate(text, run[(k + 1)..], context, ref best, ref bestScore, ref rejected, ref steps);
                return;
            }
        }

        // Two timestamps in a row: "Published 5 March 2019 10:12 Updated 6 March 2019 09:00" (a label word starts the
        // second), "5 March 2019 10:12<br>6 March 2019 09:00" (a number right after a complete time starts it). Each part
        // is read on its own; the better one wins, the first when they are alike.
        for (var k = 2; k < run.Length - 1; k++)
        {
            var word = run[k].Kind == TokenKind.Word && run[k].Word >= 0 ? WordTable.Get(run[k].Word) : default;
            var labelled = (word.Roles & WordRoles.Prefix) != 0 && HasAnchor(run[..k]);
            var afterTime = EndsWithTime(run[..k]) && (run[k].Kind == TokenKind.Number || word.Weekday > 0 || word.Month > 0);
            if ((labelled || afterTime) && HasAnchor(run[k..]))
            {
                Evaluate(text, run[..k], context, ref best, ref bestScore, ref rejected, ref steps);
                Evaluate(text, run[k..], context, ref best, ref bestScore, ref rejected, ref steps);
                return;
            }
        }
    }

    /// <summary>
    /// Whether a trimmed run ends inside a clock time ("12.3. 10" of "12.3. 10:15"): its last number is an hour, and a
    /// reading of the run would take it for something else (a two-digit year).
    /// </summary>
    private static bool SplitsClockTime(string text, ReadOnlySpan<Token> cut)
    {
        var end = cut[^1].End;
        return cut[^1].Kind == TokenKind.Number && end + 1 < text.Length && text[end] == ':' && char.IsAsciiDigit(text[end + 1]);
    }

    /// <summary>Whether a run holds a number of four digits that can be a year (1900 to 2099).</summary>
    private static bool HasYear(ReadOnlySpan<Token> run)
    {
        foreach (ref readonly var token in run)
        {
            if (token is { Kind: TokenKind.Number, Length: 4, Value: >= 1900 and <= 2099 })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a run ends with a clock time ("10:12", "10.12"), a zone after it allowed ("10.12 GMT").</summary>
    private static bool EndsWithTime(ReadOnlySpan<Token> run)
    {
        var end = run.Length;
        if (end > 0 && run[end - 1].Kind == TokenKind.Word && run[end - 1].Word >= 0 && WordTable.Get(run[end - 1].Word).Zone >= 0)
        {
            end--;
        }

        // Two digits at most on each side, and no date punctuation before the hour ("05.03.2019" ends with no time).
        return end >= 4 && run[end - 1] is { Kind: TokenKind.Number, Length: 2, Value: < 60 } && run[end - 2].Kind == TokenKind.Punct && run[end - 2].Char is ':' or '.'
            && run[end - 3] is { Kind: TokenKind.Number, Length: <= 2, Value: <= 24 } && run[end - 4].Kind != TokenKind.Punct && HasAnchor(run[..(end - 3)]);
    }

    /// <summary>How complete a timestamp is: its precision first, then an instant over a local time, then a year written over an inferred one.</summary>
    private static int Score(Timestamp value) =>
        ((int)value.Precision * 4) + (value.Kind == TimestampKind.Instant ? 2 : 0) + ((value.Assumptions & TimestampAssumptions.YearInferred) == 0 ? 1 : 0);

    /// <summary>Drops leading punctuation, prefixes and connectors, and trailing punctuation other than the stop of "a.m.".</summary>
    private static ReadOnlySpan<Token> TrimRun(string text, ReadOnlySpan<Token> run)
    {
        var start = 0;
        while (start < run.Length && (run[start].Kind == TokenKind.Punct
            || (run[start].Kind == TokenKind.Word && run[start].Word >= 0 && (IsFiller(WordTable.Get(run[start].Word)) || IsLeadingConnector(run, start)))))
        {
            start++;
        }

        var end = run.Length;
        while (end > start)
        {
            ref readonly var last = ref run[end - 1];
            if (last.Kind == TokenKind.Word)
            {
                if (last.Word < 0 || !IsFiller(WordTable.Get(last.Word)))
                {
                    break;
                }
            }
            else if (last.Kind != TokenKind.Punct
                || (last.Char == '.' && end - 2 >= start && run[end - 2].Kind == TokenKind.Word && run[end - 2].Length == 1 && text[run[end - 2].Start] is 'm' or 'M')
                || (last.Char == ')' && HasOpening(run[start..(end - 1)])))
            {
                break;
            }

            end--;
        }

        return run[start..end];
    }

    /// <summary>Whether the run has an opening parenthesis (a closing one at its end then belongs to it).</summary>
    private static bool HasOpening(ReadOnlySpan<Token> run)
    {
        foreach (ref readonly var token in run)
        {
            if (token.IsPunct('('))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the word at <paramref name="at"/> is a connector that also reads as a meridiem (German "am", "on") before
    /// a day number that opens a date ("am 13. Januar", "am 13.01.2014"), not before a time ("am 5:30"): no part of the
    /// timestamp.
    /// </summary>
    private static bool IsLeadingConnector(ReadOnlySpan<Token> run, int at)
    {
        var meaning = WordTable.Get(run[at].Word);
        return (meaning.Roles & WordRoles.Connector) != 0 && meaning.Meridiem != 0
            && at + 2 < run.Length && run[at + 1].Kind == TokenKind.Number && run[at + 2].Kind == TokenKind.Punct && !run[at + 2].IsPunct(':');
    }

    /// <summary>Whether a word is only a byline prefix or a connector ("Published", "on"): trimmed from the ends of a run.</summary>
    private static bool IsFiller(in WordMeaning meaning) =>
        (meaning.Roles & (WordRoles.Prefix | WordRoles.Connector)) != 0 && meaning.Month == 0 && meaning.Weekday == 0 && meaning.Meridiem == 0 && meaning.Zone < 0
        && meaning.Unit == RelativeUnit.None && (meaning.Roles & (WordRoles.RelativeDay | WordRoles.Now | WordRoles.AgoPrefix)) == 0;

    /// <summary>Whether a run can hold a date: a month name, a CJK date marker, a relative word, or a number followed by a date separator.</summary>
    private static bool HasAnchor(ReadOnlySpan<Token> run)
    {
        for (var i = 0; i < run.Length; i++)
        {
            ref readonly var token = ref run[i];
            if (token.Kind == TokenKind.Word && token.Word >= 0)
            {
                ref readonly var m = ref WordTable.Get(token.Word);
                if (m.Month > 0 || m.Cjk is CjkMarker.Year or CjkMarker.Month or CjkMarker.Day
                    || (m.Roles & (WordRoles.AgoPrefix | WordRoles.AgoSuffix | WordRoles.Now | WordRoles.RelativeDay)) != 0)
                {
                    return true;
                }
            }
            else if (token.Kind == TokenKind.Number && i + 2 < run.Length && run[i + 1].Kind == TokenKind.Punct
                && run[i + 1].Char is '.' or '/' or '-' or '·' && run[i + 2].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }
}
