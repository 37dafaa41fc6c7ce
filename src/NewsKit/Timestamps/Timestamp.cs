using NodaTime;

namespace NewsKit.Timestamps;

/// <summary>
/// A point or span in time read from a page, normalized with NodaTime, with the text it came from.
/// Immutable and always consistent: made by <see cref="ForInstant"/>, <see cref="ForLocalDateTime"/> or
/// <see cref="ForDate"/>, which check that the values agree with <see cref="Kind"/>.
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
    private readonly string text;

    private Timestamp(string text, TimestampSource source, TimestampKind kind, LocalDate date, TimestampPrecision precision, TimestampAssumptions assumptions)
    {
        ArgumentNullException.ThrowIfNull(text);
        this.text = text;
        Source = source;
        Kind = kind;
        Date = date;
        Precision = precision;
        Assumptions = assumptions;
    }

    /// <summary>Creates an <see cref="TimestampKind.Instant"/> timestamp. Normally made by <see cref="TimestampNormalizer"/>.</summary>
    /// <param name="text">The original text, as found.</param>
    /// <param name="source">Where the text was found.</param>
    /// <param name="instant">The point in time.</param>
    /// <param name="precision">The finest unit the text gave: <see cref="TimestampPrecision.Hour"/> or finer.</param>
    /// <param name="offset">The offset shown on the page or resolved from its zone; null when none is known (a relative time without a zone).</param>
    /// <param name="local">The local date and time as written; null when the text had none. Needs <paramref name="offset"/>.</param>
    /// <param name="zone">The zone named on the page or assumed; null when none.</param>
    /// <param name="assumptions">What was assumed to reach the value.</param>
    /// <returns>The timestamp; its <see cref="Date"/> is the date of <paramref name="local"/>, else of the instant at the offset, else in UTC.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">The values disagree: a local time without an offset, a local time that is not the
    /// instant at the offset (unless <see cref="TimestampAssumptions.SkippedLocalTime"/> says it was moved), or a precision coarser than an hour.</exception>
    public static Timestamp ForInstant(
        string text,
        TimestampSource source,
        Instant instant,
        TimestampPrecision precision,
        Offset? offset = null,
        LocalDateTime? local = null,
        DateTimeZone? zone = null,
        TimestampAssumptions assumptions = TimestampAssumptions.None)
    {
        RequireTimePrecision(precision);
        if (local is { } written)
        {
            if (offset is not { } shown)
            {
                throw new ArgumentException("a local time needs the offset it was shown at", nameof(local));
            }

            if (!assumptions.HasFlag(TimestampAssumptions.SkippedLocalTime) && instant.WithOffset(shown).LocalDateTime != written)
            {
                throw new ArgumentException("the local time is not the instant at the offset", nameof(local));
            }
        }

        var date = local?.Date ?? (offset is { } o ? instant.WithOffset(o).Date : instant.InUtc().Date);
        return new Timestamp(text, source, TimestampKind.Instant, date, precision, assumptions)
        {
            Instant = instant,
            Offset = offset,
            Local = local,
            Zone = zone,
        };
    }

    /// <summary>Creates a <see cref="TimestampKind.LocalDateTime"/> timestamp: a date and time of day with no offset known.</summary>
    /// <param name="text">The original text, as found.</param>
    /// <param name="source">Where the text was found.</param>
    /// <param name="local">The date and time as written.</param>
    /// <param name="precision">The finest unit the text gave: <see cref="TimestampPrecision.Hour"/> or finer.</param>
    /// <param name="assumptions">What was assumed to reach the value.</param>
    /// <returns>The timestamp.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="precision"/> is coarser than an hour.</exception>
    public static Timestamp ForLocalDateTime(string text, TimestampSource source, LocalDateTime local, TimestampPrecision precision, TimestampAssumptions assumptions = TimestampAssumptions.None)
    {
        RequireTimePrecision(precision);
        return new Timestamp(text, source, TimestampKind.LocalDateTime, local.Date, precision, assumptions) { Local = local };
    }

    /// <summary>Creates a <see cref="TimestampKind.Date"/> timestamp: a calendar date, a month or a year.</summary>
    /// <param name="text">The original text, as found.</param>
    /// <param name="source">Where the text was found.</param>
    /// <param name="date">The date as written (the first day of the month or year for a coarser precision).</param>
    /// <param name="precision">The finest unit the text gave: <see cref="TimestampPrecision.Day"/> or coarser.</param>
    /// <param name="offset">An offset the text gave beside the date; null when none.</param>
    /// <param name="zone">A zone the text named or the context assumed; null when none.</param>
    /// <param name="assumptions">What was assumed to reach the value.</param>
    /// <returns>The timestamp.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="precision"/> is finer than a day.</exception>
    public static Timestamp ForDate(
        string text,
        TimestampSource source,
        LocalDate date,
        TimestampPrecision precision,
        Offset? offset = null,
        DateTimeZone? zone = null,
        TimestampAssumptions assumptions = TimestampAssumptions.None)
    {
        if (precision > TimestampPrecision.Day)
        {
            throw new ArgumentException("a date is at most as precise as a day", nameof(precision));
        }

        return new Timestamp(text, source, TimestampKind.Date, date, precision, assumptions) { Offset = offset, Zone = zone };
    }

    /// <summary>
    /// The same instant as shown at another offset (its local time and date re-read there); anything but an instant
    /// is returned as it is.
    /// </summary>
    /// <summary>
    /// The same instant on the day the page shows, when its offset is unknown (a UTC value that the page shows on the next
    /// or the previous day): the offset and local time are dropped, the date is <paramref name="shownDay"/>. The day must be
    /// one the instant falls on in some real offset (UTC-12 to UTC+14); otherwise the timestamp is returned unchanged.
    /// </summary>
    internal Timestamp OnShownDay(LocalDate shownDay)
    {
        if (Instant is not { } instant || shownDay < instant.WithOffset(NodaTime.Offset.FromHours(-12)).Date
            || shownDay > instant.WithOffset(NodaTime.Offset.FromHours(14)).Date)
        {
            return this;
        }

        return new Timestamp(Text, Source, Kind, shownDay, Precision, Assumptions) { Instant = instant, Zone = Zone };
    }

    internal Timestamp AtOffset(Offset offset)
    {
        if (Instant is not { } instant)
        {
            return this;
        }

        var shown = instant.WithOffset(offset);
        return new Timestamp(Text, Source, Kind, shown.Date, Precision, Assumptions)
        {
            Instant = instant,
            Offset = offset,
            Local = shown.LocalDateTime,
            Zone = Zone,
        };
    }

    private static void RequireTimePrecision(TimestampPrecision precision)
    {
        if (precision < TimestampPrecision.Hour)
        {
            throw new ArgumentException("a time of day is at least as precise as an hour", nameof(precision));
        }
    }

    /// <summary>
    /// The original text, exactly as found (an attribute value, a JSON-LD string, visible text). When the normalizer
    /// searched inside a longer text (<see cref="TimestampContext.SearchWithinText"/>), the part it read as the timestamp.
    /// The only values that <c>with</c> can change are this and <see cref="Source"/>: the others are kept consistent by the factories.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Text
    {
        get => text;
        init => text = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Where the text was found.</summary>
    public TimestampSource Source { get; init; }

    /// <summary>What the text determines: an instant, a local date and time, or a date only.</summary>
    public TimestampKind Kind { get; }

    /// <summary>The point in time, when <see cref="Kind"/> is <see cref="TimestampKind.Instant"/>; otherwise null.</summary>
    public Instant? Instant { get; private init; }

    /// <summary>
    /// The UTC offset shown on the page (for "GMT+0300" this is +03:00, kept even when another source gave
    /// the same instant in UTC), or resolved from a named or assumed zone; null when none is known (a relative
    /// "2 hours ago" without a default zone has an <see cref="Instant"/> but no offset). Unix epoch values have offset zero.
    /// </summary>
    public Offset? Offset { get; private init; }

    /// <summary>
    /// The local date and time as written on the page, when the text had a time of day; otherwise null. For a time in a
    /// daylight-saving gap this stays as written while <see cref="Instant"/> is moved forward by the gap.
    /// </summary>
    public LocalDateTime? Local { get; private init; }

    /// <summary>The calendar date as written on the page (in the page's own offset, not converted to UTC).</summary>
    public LocalDate Date { get; }

    /// <summary>The time zone named on the page (IANA id, or mapped from an abbreviation) or assumed from the context; null when none.</summary>
    public DateTimeZone? Zone { get; private init; }

    /// <summary>The finest unit the text gave.</summary>
    public TimestampPrecision Precision { get; }

    /// <summary>What was not on the page but assumed to reach this value; <see cref="TimestampAssumptions.None"/> when nothing was.</summary>
    public TimestampAssumptions Assumptions { get; }

    /// <summary>The value as an <see cref="NodaTime.OffsetDateTime"/> when both <see cref="Instant"/> and <see cref="Offset"/> are known.</summary>
    public OffsetDateTime? OffsetDateTime =>
        Instant is { } instant && Offset is { } offset ? instant.WithOffset(offset) : null;
}
