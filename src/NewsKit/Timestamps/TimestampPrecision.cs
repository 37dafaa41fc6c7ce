namespace NewsKit.Timestamps;

/// <summary>The finest unit a timestamp's text gave. Ordered from coarse to fine.</summary>
public enum TimestampPrecision
{
    /// <summary>A year only.</summary>
    Year,

    /// <summary>A year and month.</summary>
    Month,

    /// <summary>A calendar date.</summary>
    Day,

    /// <summary>A date and an hour ("5 PM").</summary>
    Hour,

    /// <summary>A date and a time to the minute.</summary>
    Minute,

    /// <summary>A date and a time to the second.</summary>
    Second,

    /// <summary>A date and a time with a fraction of a second.</summary>
    FractionOfSecond,
}
