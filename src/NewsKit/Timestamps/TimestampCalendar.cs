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
}

/// <summary>The NodaTime calendars and the plausible years of <see cref="TimestampCalendar"/>.</summary>
internal static class TimestampCalendars
{
    /// <summary>The NodaTime calendar system of a calendar other than the ISO one.</summary>
    public static CalendarSystem System(TimestampCalendar calendar) =>
        calendar == TimestampCalendar.SolarHijri ? CalendarSystem.PersianAstronomical : CalendarSystem.UmAlQura;

    /// <summary>The years a news page writes in the calendar (a reading outside them is another number): Solar Hijri 1300-1499, Hijri 1350-1499.</summary>
    public static bool IsPlausibleYear(TimestampCalendar calendar, int year) =>
        calendar == TimestampCalendar.SolarHijri ? year is >= 1300 and <= 1499 : year is >= 1350 and <= 1499;

    /// <summary>The calendar's name, for messages.</summary>
    public static string Name(TimestampCalendar calendar) => calendar == TimestampCalendar.SolarHijri ? "Solar Hijri" : "Hijri";
}
