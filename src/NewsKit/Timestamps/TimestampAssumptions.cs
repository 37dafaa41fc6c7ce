namespace NewsKit.Timestamps;

/// <summary>What was not written in a timestamp's text but assumed to normalize it. Combined as flags.</summary>
[Flags]
public enum TimestampAssumptions
{
    /// <summary>Nothing was assumed.</summary>
    None = 0,

    /// <summary>The text had no offset; the context's default zone was applied.</summary>
    DefaultZone = 1,

    /// <summary>The text had no year; it was taken from the reference instant.</summary>
    YearInferred = 1 << 1,

    /// <summary>The year had two digits; the century was chosen by the documented pivot.</summary>
    CenturyInferred = 1 << 2,

    /// <summary>The text was relative ("2 hours ago", "yesterday"); the value was computed from the reference instant.</summary>
    RelativeToClock = 1 << 3,

    /// <summary>The zone came from an abbreviation ("EDT", "ET") mapped through the documented table.</summary>
    ZoneFromAbbreviation = 1 << 4,

    /// <summary>The local time occurred twice (a daylight-saving fall-back); the earlier offset was taken.</summary>
    AmbiguousLocalTime = 1 << 5,

    /// <summary>The local time did not occur (a daylight-saving gap); it was moved forward by the gap.</summary>
    SkippedLocalTime = 1 << 6,

    /// <summary>A numeric date could be read day-first or month-first; the context's order was applied.</summary>
    DayMonthOrder = 1 << 7,

    /// <summary>
    /// The date was written in another calendar (the Solar Hijri calendar of Iran and Afghanistan, the Hijri calendar) and
    /// converted to the ISO calendar; Hijri dates by the Umm al-Qura tables, from which a country's sighted calendar can
    /// differ by a day.
    /// </summary>
    CalendarConverted = 1 << 8,
}
