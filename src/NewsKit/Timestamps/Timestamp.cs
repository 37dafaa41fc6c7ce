using NodaTime;

namespace NewsKit.Timestamps;

/// <summary>
/// A point or span in time read from a page, normalized with NodaTime, with the text it came from.
/// Immutable.
/// </summary>
/// <remarks>
/// A timestamp is only as precise as the page was. <see cref="Kind"/> says what is known:
/// <list type="bullet">
/// <item><see cref="TimestampKind.Instant"/>: the page gave (or the context supplied) an offset or zone, so
/// <see cref="Instant"/> is set; <see cref="Offset"/> is the offset the page showed, or the one resolved from
/// the assumed zone (see <see cref="Assumptions"/>).</item>
/// <item><see cref="TimestampKind.LocalDateTime"/>: a date and a time of day with no offset and no default zone;
/// <see cref="Instant"/> is null.</item>
/// <item><see cref="TimestampKind.Date"/>: only a calendar date (or a coarser <see cref="Precision"/>).</item>
/// </list>
/// </remarks>
public sealed record Timestamp
{
    /// <summary>Creates a timestamp. Normally made by <see cref="TimestampNormalizer"/>.</summary>
    /// <param name="text">The original text, as found.</param>
    /// <param name="source">Where the text was found.</param>
    /// <param name="kind">What the text determines.</param>
    /// <param name="date">The calendar date (ISO calendar) as shown on the page, in the page's own offset or zone.</param>
    /// <param name="precision">The finest unit the text gave.</param>
    public Timestamp(string text, TimestampSource source, TimestampKind kind, LocalDate date, TimestampPrecision precision)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Source = source;
        Kind = kind;
        Date = date;
        Precision = precision;
    }

    /// <summary>
    /// The original text, exactly as found (an attribute value, a JSON-LD string, visible text). When the normalizer
    /// searched inside a longer text (<see cref="TimestampContext.SearchWithinText"/>), the part it read as the timestamp.
    /// </summary>
    public string Text { get; init; }

    /// <summary>Where the text was found.</summary>
    public TimestampSource Source { get; init; }

    /// <summary>What the text determines: an instant, a local date and time, or a date only.</summary>
    public TimestampKind Kind { get; init; }

    /// <summary>The point in time, when <see cref="Kind"/> is <see cref="TimestampKind.Instant"/>; otherwise null.</summary>
    public Instant? Instant { get; init; }

    /// <summary>
    /// The UTC offset shown on the page (for "GMT+0300" this is +03:00, kept even when another source gave
    /// the same instant in UTC), or resolved from a named or assumed zone; null when none is known (a relative
    /// "2 hours ago" without a default zone has an <see cref="Instant"/> but no offset). Unix epoch values have offset zero.
    /// </summary>
    public Offset? Offset { get; init; }

    /// <summary>
    /// The local date and time as written on the page, when the text had a time of day; otherwise null. For a time in a
    /// daylight-saving gap this stays as written while <see cref="Instant"/> is moved forward by the gap.
    /// </summary>
    public LocalDateTime? Local { get; init; }

    /// <summary>The calendar date as written on the page (in the page's own offset, not converted to UTC).</summary>
    public LocalDate Date { get; init; }

    /// <summary>The time zone named on the page (IANA id, or mapped from an abbreviation) or assumed from the context; null when none.</summary>
    public DateTimeZone? Zone { get; init; }

    /// <summary>The finest unit the text gave.</summary>
    public TimestampPrecision Precision { get; init; }

    /// <summary>What was not on the page but assumed to reach this value; <see cref="TimestampAssumptions.None"/> when nothing was.</summary>
    public TimestampAssumptions Assumptions { get; init; }

    /// <summary>The value as an <see cref="NodaTime.OffsetDateTime"/> when both <see cref="Instant"/> and <see cref="Offset"/> are known.</summary>
    public OffsetDateTime? OffsetDateTime =>
        Instant is { } instant && Offset is { } offset ? instant.WithOffset(offset) : null;
}
