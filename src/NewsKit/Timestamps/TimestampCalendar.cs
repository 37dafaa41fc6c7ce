using NodaTime;

namespace NewsKit.Timestamps;

/// <summary>The calendar a date is written in, before it is converted to the ISO calendar.</summary>
internal enum TimestampCalendar : byte
{
    /// <summary>The Gregorian (ISO) calendar.</summary>
    Iso = 0,

    /// <summary>The Solar Hijri calendar of Iran and Afghanistan ("۱۳ آذر ۱۴۰۳" is 2024-12-03).</summary>
    SolarHijri = 1,

    /// <summary>The Hijri (lunar Islamic) calendar, read by the Umm al-Qura tables ("٩ رجب ١٤٤٦هـ" is 2025-01-09).</summary>
    Hijri = 2,

    /// <summary>
    /// Thailand's solar calendar: the Gregorian months and days, years of the Buddhist era, 543 more than the Gregorian
    /// ("7 มี.ค. 2568" is 2025-03-07); a Thai month with a Gregorian year ("7 มีนาคม 2025") is read as written.
    /// </summary>
    ThaiSolar = 3,
}

/// <summary>The NodaTime calendars and the plausible years of <see cref="TimestampCalendar"/>.</summary>
internal static class TimestampCalendars
{
    /// <summary>The NodaTime calendar system of a calendar other than the ISO one.</summary>
    public static CalendarSystem System(TimestampCalendar calendar) => calendar switch
    {
        TimestampCalendar.SolarHijri => CalendarSystem.PersianAstronomical,
        TimestampCalendar.ThaiSolar => CalendarSystem.Iso,
        _ => CalendarSystem.UmAlQura,
    };

    /// <summary>The difference between a Buddhist-era year and its Gregorian year.</summary>
    public const int BuddhistEraOffset = 543;

    /// <summary>
    /// The ISO year of a year written in the calendar: a Thai year of the Buddhist era less 543, and a Thai year written
    /// with two digits (<paramref name="twoDigits"/>: its century inferred) one of the era's 26th century ("68" is 2568,
    /// 2025); others as written.
    /// </summary>
    public static int IsoYear(TimestampCalendar calendar, int year, bool twoDigits) => calendar != TimestampCalendar.ThaiSolar ? year
        : twoDigits ? 2500 + (year % 100) - BuddhistEraOffset
        : year >= 2400 ? year - BuddhistEraOffset : year;

    /// <summary>The years a news page writes in the calendar (a reading outside them is another number): Solar Hijri 1300-1499, Hijri 1350-1499.</summary>
    public static bool IsPlausibleYear(TimestampCalendar calendar, int year) => calendar switch
    {
        TimestampCalendar.SolarHijri => year is >= 1300 and <= 1499,
        TimestampCalendar.ThaiSolar => year is (>= 2443 and <= 2643) or (>= 1900 and <= 2100),
        _ => year is >= 1350 and <= 1499,
    };

    /// <summary>The calendar's name, for messages.</summary>
    public static string Name(TimestampCalendar calendar) => calendar switch
    {
        TimestampCalendar.SolarHijri => "Solar Hijri",
        TimestampCalendar.ThaiSolar => "Thai solar",
        _ => "Hijri",
    };
}
