using System.Globalization;
using NodaTime;

namespace NewsKit.Timestamps;

/// <summary>
/// Turns the date and time text that news pages carry into <see cref="Timestamp"/> values.
/// Reusable and thread-safe; never throws for any text (only <see cref="ArgumentNullException"/> for null).
/// </summary>
/// <remarks>
/// <para>Formats read:</para>
/// <list type="bullet">
/// <item>ISO 8601 / RFC 3339: <c>2025-07-18T05:52:07Z</c>, <c>+03:00</c>, <c>+0300</c>, <c>+03</c>, fractions up to
/// 9 digits, a space for <c>T</c>, date only, year-month, basic form <c>20250718T055207Z</c>, week dates
/// <c>2025-W29-5</c>, ordinal dates <c>2025-199</c>.</item>
/// <item>JavaScript <c>Date.toString()</c> (<c>Fri Jul 18 2025 08:52:07 GMT+0300 (any zone name)</c>), <c>toUTCString()</c>,
/// <c>toISOString()</c>; RFC 1123, 822, 2822 and 850 dates, asctime; numeric offsets, GMT, UT, UTC and Z.</item>
/// <item>Textual dates in English and in every language of <see cref="TimestampWords.Cultures"/> (month and weekday names,
/// genitive forms included, from .NET's culture data): "Jul. 18, 2025", "18th July 2025", "Sept. 3" (year from the
/// reference instant), "July 18, 2025 at 5:34 p.m. ET", "18. Juli 2025, 08:52 Uhr", "18 июля 2025 г.", "18 de julio de
/// 2025"; 12-hour clocks (am, pm, a.m., p.m., noon, midnight) and 24-hour clocks; byline prefixes ("Published",
/// "Updated:", "Posted on", "Last modified"). CJK dates: <c>2025年7月18日 09:30</c>, <c>2025년 7월 18일 오후 3:30</c>.</item>
/// <item>Zone abbreviations from the table in <see cref="TimestampWords.Zones"/> (written in capitals); a generic one
/// (ET, PT, CT, MT) follows its IANA zone's daylight-saving rules on the date written. IANA names ("Europe/Berlin").</item>
/// <item>Numeric dates: <c>dd.MM.yyyy</c> (always day first), <c>dd/MM/yyyy</c> or <c>MM/dd/yyyy</c> by
/// <see cref="TimestampContext.DayMonthOrder"/> (unambiguous when a part is over 12), <c>yyyy/MM/dd</c>, <c>yyyy-MM-dd</c>.
/// Two-digit years use the RFC 2822 pivot: 00-49 are 2000-2049, 50-99 are 1950-1999.</item>
/// <item>Relative forms against <see cref="TimestampContext.ReferenceInstant"/> (rejected without one): "just now",
/// "5 mins ago", "an hour ago", "yesterday at 5:30 PM", "vor 2 Stunden", "2 часа назад", "il y a 3 heures", "hace 2 horas".
/// Units up to hours give an instant (precision of the unit); days and weeks a date; months and years a month or year.</item>
/// <item>Unix epoch seconds (9-10 digits, optional fraction) or milliseconds (12-13 digits), only when
/// <see cref="TimestampContext.AllowUnixEpoch"/> is set.</item>
/// </list>
/// <para>A local time in a zone is resolved as NodaTime's lenient resolver does: an ambiguous time (a fall-back hour)
/// takes the earlier offset, a skipped time (a spring-forward gap) moves forward by the length of the gap; the result
/// carries <see cref="TimestampAssumptions.AmbiguousLocalTime"/> or <see cref="TimestampAssumptions.SkippedLocalTime"/>.</para>
/// <para>Rejected, with a reason: empty text, impossible dates and times (February 30, month 13, 25:00, a weekday that
/// does not match), texts that are not dates, and (unless <see cref="TimestampContext.SearchWithinText"/>) texts where
/// the date is only part of a longer sentence. With <see cref="TimestampContext.SearchWithinText"/>, the most complete
/// timestamp of the text is returned (the first of equally complete ones) and its <see cref="Timestamp.Text"/> is the
/// part that was read.</para>
/// <para>The work is linear in the length of the text: a hand-written tokenizer and a single pass with fixed look-ahead,
/// no regular expressions. ISO 8601 and the RFC 1123 / JavaScript shapes have their own character-level fast paths
/// (<see cref="IsoTimestampParser"/>, <see cref="RfcTimestampParser"/>); what they do not take, the general reader reads
/// (<see cref="TimestampReader"/>: <see cref="RelativeTimestampReader"/>, then <see cref="AbsoluteTimestampReader"/>).</para>
/// </remarks>
public sealed class TimestampNormalizer
{
    /// <summary>The longest text read as a whole (without <see cref="TimestampContext.SearchWithinText"/>).</summary>
    public const int MaxTextLength = 256;

    /// <summary>Two-digit years below this are in the 2000s, the others in the 1900s (the RFC 2822 rule).</summary>
    public const int TwoDigitYearPivot = TimestampConventions.TwoDigitYearPivot;

    private const int MaxTokens = 48;
    private const int MaxRunTokens = 48;
    private const int MaxTrims = 4;

    /// <summary>A normalizer with the default settings.</summary>
    public static TimestampNormalizer Default { get; } = new();

    /// <summary>Normalizes one text.</summary>
    /// <param name="text">The text, as found on the page.</param>
    /// <param name="context">What may be assumed; null for <see cref="TimestampContext.Default"/>.</param>
    /// <returns>The timestamp, or the reason the text is not one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "An instance API, so that a configured normalizer can be injected and shared.")]
    public TimestampParseResult Normalize(string text, TimestampContext? context = null) => Normalize(text, context, out _);

    /// <summary>As <see cref="Normalize(string, TimestampContext?)"/>, also counting the work done (for the linear-time tests).</summary>
    internal static TimestampParseResult Normalize(string text, TimestampContext? context, out long steps)
    {
        ArgumentNullException.ThrowIfNull(text);
        context ??= TimestampContext.Default;
        steps = 0;
        var span = text.AsSpan().Trim();
        if (span.Length == 0)
        {
            return TimestampFields.Fail(TimestampFailure.Empty, "empty text");
        }

        if (span.Length <= MaxTextLength && TimestampTokenizer.DigitValue(span[0]) >= 0)
        {
            steps += span.Length;
            if (IsEpochShape(span))
            {
                if (context.AllowUnixEpoch)
                {
                    return ReadEpoch(text, span, context);
                }

                if (!span.Contains('.') && !context.SearchWithinText)
                {
                    return TimestampFields.Fail(TimestampFailure.NoDate, "a bare number is not a date (Unix times are read only with AllowUnixEpoch)");
                }
            }

            var fields = TimestampFields.Empty;
            switch (IsoTimestampParser.Parse(span, ref fields, out var reason))
            {
                case IsoOutcome.Parsed:
                    return fields.Build(SameOrTrimmed(text, span, context), context);
                case IsoOutcome.Invalid:
                    return TimestampFields.Fail(reason!.Value);
            }
        }

        if (span.Length <= MaxTextLength && char.IsAsciiLetter(span[0]))
        {
            steps += span.Length;
            var fields = TimestampFields.Empty;
            if (RfcTimestampParser.Parse(span, ref fields))
            {
                return fields.Build(SameOrTrimmed(text, span, context), context);
            }
        }

        if (context.SearchWithinText)
        {
            return Search(text, context, ref steps);
        }

        if (span.Length > MaxTextLength)
        {
            return TimestampFields.Fail(TimestampFailure.TooLong, string.Create(CultureInfo.InvariantCulture, $"text too long for a timestamp (over {MaxTextLength} characters); to find a date inside it, set SearchWithinText"));
        }

        Span<Token> tokens = stackalloc Token[MaxTokens];
        var tokenizer = new TimestampTokenizer(span);
        var count = 0;
        while (tokenizer.Next(out var token))
        {
            if (count == MaxTokens)
            {
                return TimestampFields.Fail(TimestampFailure.TooLong, "too many parts for a timestamp");
            }

            tokens[count++] = token;
        }

        steps += tokenizer.Steps;
        return TimestampReader.Read(span, tokens[..count], context, strict: true, text, ref steps);
    }

    private static string SameOrTrimmed(string text, ReadOnlySpan<char> span, TimestampContext context) =>
        context.SearchWithinText && span.Length != text.Length ? span.ToString() : text;

    private static bool IsEpochShape(ReadOnlySpan<char> span)
    {
        var dot = -1;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == '.' && dot < 0 && i > 0)
            {
                dot = i;
            }
            else if ((uint)(span[i] - '0') > 9)
            {
                return false;
            }
        }

        return dot != span.Length - 1;
    }

    private static TimestampParseResult ReadEpoch(string text, ReadOnlySpan<char> span, TimestampContext context)
    {
        var dot = span.IndexOf('.');
        var whole = dot < 0 ? span : span[..dot];
        var fraction = dot < 0 ? [] : span[(dot + 1)..];
        long value = 0;
        foreach (var c in whole)
        {
            value = (value * 10) + (c - '0');
        }

        Instant instant;
        TimestampPrecision precision;
        if (whole.Length is 9 or 10)
        {
            if (fraction.Length > 9)
            {
                return TimestampFields.Fail(TimestampFailure.InvalidUnixTime, "a Unix time fraction has more than 9 digits");
            }

            long nanos = 0;
            for (var i = 0; i < 9; i++)
            {
                nanos = (nanos * 10) + (i < fraction.Length ? fraction[i] - '0' : 0);
            }

            instant = Instant.FromUnixTimeSeconds(value).PlusNanoseconds(nanos);
            precision = fraction.Length > 0 ? TimestampPrecision.FractionOfSecond : TimestampPrecision.Second;
        }
        else if (whole.Length is 12 or 13 && fraction.Length == 0)
        {
            instant = Instant.FromUnixTimeMilliseconds(value);
            precision = TimestampPrecision.FractionOfSecond;
        }
        else
        {
            return TimestampFields.Fail(TimestampFailure.InvalidUnixTime, string.Create(CultureInfo.InvariantCulture, $"a number of {whole.Length} digits is not a Unix time in seconds (9-10 digits) or milliseconds (12-13 digits)"));
        }

        var utc = instant.InUtc();
        return TimestampParseResult.ForValue(Timestamp.ForInstant(SameOrTrimmed(text, span, context), context.Source, instant, precision, Offset.Zero, utc.LocalDateTime));
    }

    /// <summary>
    /// Finds the most complete timestamp inside a longer text. The text is cut into runs of tokens that can belong to a
    /// timestamp (numbers, known words, date punctuation), at unknown words and separators such as "|". Each run that
    /// holds a date anchor is read; when it fails, a few tokens are trimmed from its end, then its start. Runs are at
    /// most <see cref="MaxRunTokens"/> tokens, so the whole search stays linear in the length of the text.
    /// </summary>
    private static TimestampParseResult Search(string text, TimestampContext context, ref long steps)
    {
        // One run buffer per thread (Search never nests): a stack buffer would be cleared on every call, and the
        // stages search thousands of short texts per page.
        Span<Token> run = runBuffer ??= new Token[MaxRunTokens];
        var count = 0;
        TimestampParseResult? best = null;
        var bestScore = -1;
        var tokenizer = new TimestampTokenizer(text);
        var inParenthesis = false;
        while (tokenizer.Next(out var token))
        {
            // Inside parentheses unknown words may be a zone name ("GMT+0300 (Eastern European Summer Time)").
            if (!(inParenthesis && token.Kind == TokenKind.Word) && IsBreaker(text, token, run[..count]))
            {
                Evaluate(text, run[..count], context, ref best, ref bestScore, ref steps);
                count = 0;
                inParenthesis = false;
                continue;
            }

            if (count == MaxRunTokens)
            {
                Evaluate(text, run[..count], context, ref best, ref bestScore, ref steps);
                count = 0;
            }

            inParenthesis = token.IsPunct('(') || (inParenthesis && !token.IsPunct(')'));
            run[count++] = token;
        }

        Evaluate(text, run[..count], context, ref best, ref bestScore, ref steps);
        steps += tokenizer.Steps;
        return best ?? TimestampFields.Fail(TimestampFailure.NoDate, "no timestamp found in the text");
    }

    [ThreadStatic]
    private static Token[]? runBuffer;

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
                    && !(token.Length == 1 && text[token.Start] is 'p' or 'P');
            default:
                return token.Char is not (',' or '.' or '/' or '-' or ':' or '+' or '(' or ')' or '\u2212' or 'T' or '\u060C' or '\uFF0C' or '\u3001' or '@');
        }
    }

    private static void Evaluate(string text, ReadOnlySpan<Token> run, TimestampContext context, ref TimestampParseResult? best, ref int bestScore, ref long steps)
    {
        run = TrimRun(text, run);
        if (run.IsEmpty || !HasAnchor(run))
        {
            steps += run.Length;
            return;
        }

        for (var attempt = 0; attempt <= 2 * MaxTrims; attempt++)
        {
            var cut = attempt <= MaxTrims ? run[..^attempt] : run[(attempt - MaxTrims)..];
            cut = TrimRun(text, cut);
            if (cut.IsEmpty || attempt >= run.Length)
            {
                break;
            }

            steps += cut.Length;
            if (!HasAnchor(cut))
            {
                continue;
            }

            var fragment = text[cut[0].Start..cut[^1].End];
            var result = TimestampReader.Read(text, cut, context, strict: false, fragment, ref steps);
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
        }
    }

    private static int Score(Timestamp value) =>
        ((int)value.Precision * 4) + (value.Kind == TimestampKind.Instant ? 2 : 0) + ((value.Assumptions & TimestampAssumptions.YearInferred) == 0 ? 1 : 0);

    /// <summary>Drops leading punctuation, prefixes and connectors, and trailing punctuation other than the stop of "a.m.".</summary>
    private static ReadOnlySpan<Token> TrimRun(string text, ReadOnlySpan<Token> run)
    {
        var start = 0;
        while (start < run.Length && (run[start].Kind == TokenKind.Punct
            || (run[start].Kind == TokenKind.Word && run[start].Word >= 0 && IsFiller(WordTable.Get(run[start].Word)))))
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
                && run[i + 1].Char is '.' or '/' or '-' && run[i + 2].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }
}
