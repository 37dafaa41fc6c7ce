using System.Globalization;
using NodaTime;

namespace NewsKit.Timestamps;

/// <summary>
/// The Unix epoch fast path of <see cref="TimestampNormalizer"/>, taken only with
/// <see cref="TimestampContext.AllowUnixEpoch"/>: seconds (<c>1721284327</c>, <c>1721284327.5</c>) or milliseconds
/// (<c>1721284327123</c>) since 1970-01-01T00:00Z.
/// </summary>
internal static class EpochTimestampParser
{
    /// <summary>Whether the text is digits with at most one inner dot (and not ending in it): the shape of a Unix time.</summary>
    /// <param name="span">The trimmed text.</param>
    /// <returns>True for that shape, whatever the number of digits.</returns>
    public static bool IsEpochShape(ReadOnlySpan<char> span)
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

    /// <summary>Reads a text of <see cref="IsEpochShape"/> as Unix seconds (9-10 digits, a fraction of up to 9) or milliseconds (12-13 digits).</summary>
    /// <param name="text">The text as given (kept by the timestamp, see <see cref="TimestampConventions.ResultText"/>).</param>
    /// <param name="span">The trimmed text.</param>
    /// <param name="context">The source and whether the text was searched.</param>
    /// <returns>An instant in UTC, or <see cref="TimestampFailure.InvalidUnixTime"/>.</returns>
    public static TimestampParseResult Parse(string text, ReadOnlySpan<char> span, TimestampContext context)
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
        return TimestampParseResult.ForValue(Timestamp.ForInstant(TimestampConventions.ResultText(text, span, context), context.Source, instant, precision, Offset.Zero, utc.LocalDateTime));
    }
}
