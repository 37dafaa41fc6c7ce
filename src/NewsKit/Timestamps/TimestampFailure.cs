namespace NewsKit.Timestamps;

/// <summary>Why a text is not a timestamp: the code of <see cref="TimestampParseResult.Failure"/>, beside its sentence.</summary>
public enum TimestampFailure
{
    /// <summary>Nothing: the text was a timestamp.</summary>
    None,

    /// <summary>The text is empty or only whitespace.</summary>
    Empty,

    /// <summary>The text is too long, or has too many parts, for a timestamp (searching within it may find one).</summary>
    TooLong,

    /// <summary>The text holds no whole date: a time, a weekday, a month name or a bare number alone, or nothing date-like.</summary>
    NoDate,

    /// <summary>A word, character or number in the text is not part of a date.</summary>
    UnexpectedText,

    /// <summary>A part is given twice or two parts contradict each other (two dates, two months, two zones, "3 PM noon").</summary>
    Conflict,

    /// <summary>A value that does not exist: month 13, February 30, hour 25, an offset over 18 hours, week 54.</summary>
    OutOfRange,

    /// <summary>The weekday written does not match the date.</summary>
    WeekdayMismatch,

    /// <summary>The time zone named is not known.</summary>
    UnknownZone,

    /// <summary>The text is relative ("2 hours ago") or has no year, and the context has no reference instant.</summary>
    NeedsReferenceInstant,

    /// <summary>A relative time that cannot be resolved (months mixed with hours, more than 1,000 years back).</summary>
    InvalidRelativeTime,

    /// <summary>A number that is not a Unix time in seconds or milliseconds (the wrong number of digits, too long a fraction).</summary>
    InvalidUnixTime,
}
