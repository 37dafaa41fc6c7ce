using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace NewsKit.Timestamps;

/// <summary>
/// Turns the date and time text that news pages carry into <see cref="Timestamp"/> values.
/// Reusable and thread-safe; never throws for any text.
/// </summary>
/// <remarks>
/// First version: ISO 8601 (extended form), RFC 1123 and JavaScript <c>Date.toString()</c>.
/// The full set of formats is the work of the timestamps stage.
/// </remarks>
public sealed class TimestampNormalizer
{
    private static readonly OffsetDateTimePattern IsoOffsetPattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>");
    private static readonly LocalDateTimePattern IsoLocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF");
    private static readonly LocalDatePattern IsoDatePattern = LocalDatePattern.Iso;
    private static readonly OffsetDateTimePattern Rfc1123Pattern = OffsetDateTimePattern.CreateWithInvariantCulture("ddd', 'dd' 'MMM' 'uuuu' 'HH':'mm':'ss' GMT'");
    private static readonly OffsetDateTimePattern JavaScriptPattern = OffsetDateTimePattern.CreateWithInvariantCulture("ddd' 'MMM' 'dd' 'uuuu' 'HH':'mm':'ss' GMT'o<+HHmm>");

    /// <summary>A normalizer with the default settings.</summary>
    public static TimestampNormalizer Default { get; } = new();

    private readonly int maxTextLength = 200;

    /// <summary>Normalizes one text.</summary>
    /// <param name="text">The text, as found on the page.</param>
    /// <param name="context">What may be assumed; null for <see cref="TimestampContext.Default"/>.</param>
    /// <returns>The timestamp, or the reason the text is not one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public TimestampParseResult Normalize(string text, TimestampContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        context ??= TimestampContext.Default;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return TimestampParseResult.ForFailure("empty text");
        }

        if (trimmed.Length > maxTextLength)
        {
            return TimestampParseResult.ForFailure("text too long to be a timestamp");
        }

        var candidate = trimmed;
        var paren = candidate.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 0 && candidate.EndsWith(')'))
        {
            candidate = candidate[..paren];
        }

        foreach (var pattern in new[] { IsoOffsetPattern, Rfc1123Pattern, JavaScriptPattern })
        {
            var parsed = pattern.Parse(candidate);
            if (parsed.Success)
            {
                var value = parsed.Value;
                return TimestampParseResult.ForValue(new Timestamp(text, context.Source, TimestampKind.Instant, value.Date, PrecisionOf(value.LocalDateTime))
                {
                    Instant = value.ToInstant(),
                    Offset = value.Offset,
                    Local = value.LocalDateTime,
                });
            }
        }

        var local = IsoLocalPattern.Parse(candidate);
        if (local.Success)
        {
            return TimestampParseResult.ForValue(FromLocal(text, local.Value, context));
        }

        var date = IsoDatePattern.Parse(candidate);
        if (date.Success)
        {
            return TimestampParseResult.ForValue(new Timestamp(text, context.Source, TimestampKind.Date, date.Value, TimestampPrecision.Day));
        }

        return TimestampParseResult.ForFailure(string.Create(CultureInfo.InvariantCulture, $"not a recognized date or time: \"{Shorten(trimmed)}\""));
    }

    private static Timestamp FromLocal(string text, LocalDateTime local, TimestampContext context)
    {
        if (context.DefaultZone is { } zone)
        {
            var zoned = local.InZoneLeniently(zone);
            return new Timestamp(text, context.Source, TimestampKind.Instant, local.Date, PrecisionOf(local))
            {
                Instant = zoned.ToInstant(),
                Offset = zoned.Offset,
                Local = local,
                Zone = zone,
                Assumptions = TimestampAssumptions.DefaultZone,
            };
        }

        return new Timestamp(text, context.Source, TimestampKind.LocalDateTime, local.Date, PrecisionOf(local)) { Local = local };
    }

    private static TimestampPrecision PrecisionOf(LocalDateTime value) =>
        value.NanosecondOfSecond != 0 ? TimestampPrecision.FractionOfSecond : TimestampPrecision.Second;

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "...");
}
