using System.Globalization;
using NodaTime;

namespace NewsKit.Timestamps;

/// <summary>
/// What the normalizer may use beyond the text itself: the reference instant for relative forms, the zone
/// for text without an offset, language hints and the day/month order. Immutable.
/// </summary>
public sealed record TimestampContext
{
    /// <summary>An empty context: no reference instant, no default zone, no culture hints, source unknown.</summary>
    public static TimestampContext Default { get; } = new();

    /// <summary>
    /// The "now" that relative forms ("2 hours ago", "yesterday") and year-less dates are resolved against.
    /// Null (the default): relative forms are rejected and year-less dates are rejected.
    /// </summary>
    public Instant? ReferenceInstant { get; init; }

    /// <summary>
    /// The date a year-less date ("18 Mai", "Saturday 09 May") takes its year from: the year that puts it nearest
    /// before this date (or at most a day after it). For a page, its own evidence: a date in its URL, a declared date.
    /// Null (the default): the date of <see cref="ReferenceInstant"/>.
    /// </summary>
    public LocalDate? YearReference { get; init; }

    /// <summary>
    /// The zone applied to text that gives no offset or zone. Null (the default): such text stays a
    /// <see cref="TimestampKind.LocalDateTime"/> or <see cref="TimestampKind.Date"/>, never guessed.
    /// </summary>
    public DateTimeZone? DefaultZone { get; init; }

    /// <summary>
    /// Cultures to prefer, in order, for month and weekday names and the day/month order (for example the page's
    /// <c>lang</c>). Empty (the default): every supported language is tried and numeric dates follow <see cref="DayMonthOrder"/>.
    /// The list is copied: changing the caller's list later changes nothing here.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null, or a culture in it is null.</exception>
    public IReadOnlyList<CultureInfo> Cultures
    {
        get => cultures;
        init => cultures = ArticleParserOptions.CopyCultures(value);
    }

    private readonly IReadOnlyList<CultureInfo> cultures = Models.ValueList<CultureInfo>.Empty;

    /// <summary>How to read an ambiguous numeric date such as 03/04/2025. Default: from <see cref="Cultures"/>, else day first.</summary>
    public DayMonthOrder DayMonthOrder { get; init; } = DayMonthOrder.FromCulture;

    /// <summary>Where the text was found; copied into <see cref="Timestamp.Source"/>. Default <see cref="TimestampSource.Unknown"/>.</summary>
    public TimestampSource Source { get; init; } = TimestampSource.Unknown;

    /// <summary>
    /// Whether the text may be a longer sentence that contains a timestamp ("Published 5:34 AM EDT, Fri July 18, 2025 by ...").
    /// False (the default): the whole text, less known prefixes such as "Published", must be the timestamp.
    /// </summary>
    public bool SearchWithinText { get; init; }

    /// <summary>
    /// Whether bare Unix epoch seconds or milliseconds are accepted. Only for machine-readable sources
    /// (attributes, JSON-LD); never for visible text. Default false.
    /// </summary>
    public bool AllowUnixEpoch { get; init; }
}

/// <summary>How an ambiguous all-numeric date (both parts 12 or less) is read.</summary>
public enum DayMonthOrder
{
    /// <summary>From the first culture hint's short date pattern; day first when there is no hint.</summary>
    FromCulture,

    /// <summary>Day first: 03/04/2025 is 3 April.</summary>
    DayFirst,

    /// <summary>Month first (United States): 03/04/2025 is March 4.</summary>
    MonthFirst,
}
