namespace NewsKit.Timestamps;

/// <summary>What a timestamp determines.</summary>
public enum TimestampKind
{
    /// <summary>A point in time: the text had an offset or zone, or a default zone was applied.</summary>
    Instant,

    /// <summary>A date and a time of day with no offset known.</summary>
    LocalDateTime,

    /// <summary>A calendar date only (or coarser: a month or a year).</summary>
    Date,
}
