using System.Globalization;
using NodaTime;

namespace NewsKit.Timestamps;

/// <summary>
/// The parts read from a text, before validation: every field is -1 (or null) until the text gave it.
/// <see cref="Build"/> validates them and makes the <see cref="Timestamp"/>.
/// </summary>
internal struct TimestampFields
{
    public int Year;
    public int Month;
    public int Day;
    public int Hour;
    public int Minute;
    public int Second;
    public int Nanosecond;

    /// <summary>Digits written for the fraction of a second (0 when none).</summary>
    public int FractionDigits;

    /// <summary>ISO weekday written beside the date (1-7), or 0.</summary>
    public int Weekday;

    public bool HasOffset;
    public int OffsetSeconds;

    /// <summary>Index into <see cref="WordTable.Zones"/> of a zone abbreviation, or -1.</summary>
    public int Abbreviation;

    /// <summary>An IANA zone named in the text.</summary>
    public DateTimeZone? NamedZone;

    public TimestampAssumptions Assumptions;

    /// <summary>The calendar the date is written in (a month name of it, a marker after the year, a page's Solar Hijri year).</summary>
    public TimestampCalendar Calendar;

    public static TimestampFields Empty => new()
    {
        Year = -1, Month = -1, Day = -1, Hour = -1, Minute = -1, Second = -1, Abbreviation = -1,
    };

    public readonly bool HasDate => Month >= 0 || Year >= 0 || Day >= 0;

    public readonly bool HasTime => Hour >= 0;

    /// <summary>
    /// The full year of a two-digit year, by <see cref="TimestampConventions.ExpandTwoDigitYear"/>, noting
    /// <see cref="TimestampAssumptions.CenturyInferred"/> in <see cref="Assumptions"/>.
    /// </summary>
    /// <param name="year">The year as written, 0-99.</param>
    /// <returns>The full year.</returns>
    public int ExpandTwoDigitYear(int year)
    {
        Assumptions |= TimestampAssumptions.CenturyInferred;
        return TimestampConventions.ExpandTwoDigitYear(year);
    }

    public readonly TimestampPrecision TimePrecision =>
        FractionDigits > 0 ? TimestampPrecision.FractionOfSecond
        : Second >= 0 ? TimestampPrecision.Second
        : Minute >= 0 ? TimestampPrecision.Minute
        : TimestampPrecision.Hour;

    /// <summary>
    /// Validates the fields and makes the timestamp. Year-less dates take the reference year (the previous year when
    /// that would put the date more than a day after the reference date). A local time in a zone (named, generic
    /// abbreviation or the default zone) is resolved leniently: an ambiguous time takes the earlier offset, a skipped
    /// time moves forward by the gap, and the matching assumption flag is set.
    /// </summary>
    public readonly TimestampParseResult Build(string text, TimestampContext context)
    {
        var assumptions = Assumptions;
        var year = Year;
        var precision = TimestampPrecision.Day;
        if (Month is < 1 or > 12)
        {
            return Month < 0
                ? Fail(TimestampFailure.NoDate, "no month in the text")
                : Fail(TimestampFailure.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"month {Month} does not exist"));
        }

        if (Day < 0)
        {
            precision = TimestampPrecision.Month;
            if (HasTime || Weekday != 0)
            {
                return Fail(TimestampFailure.NoDate, "a month and year without a day cannot carry a time or weekday");
            }
        }

        if (Calendar != TimestampCalendar.Iso)
        {
            return BuildConverted(text, context);
        }

        if (year < 0)
        {
            if (Day < 0)
            {
                return Fail(TimestampFailure.NoDate, "a month name alone is not a date");
            }

            if (context.YearReference is null && context.ReferenceInstant is null)
            {
                return Fail(TimestampFailure.NeedsReferenceInstant, "the date has no year and the context has no reference instant to infer it from");
            }

            var today = context.YearReference ?? context.ReferenceInstant!.Value.InZone(context.DefaultZone ?? DateTimeZone.Utc).Date;
            year = today.Year;
            if (Day >= 1 && Day <= CalendarSystem.Iso.GetDaysInMonth(year, Month) && new LocalDate(year, Month, Day) > today.PlusDays(1))
            {
                year--;
            }

            assumptions |= TimestampAssumptions.YearInferred;
        }

        if (year is < 1 or > 9999)
        {
            return Fail(TimestampFailure.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"year {year} is out of range"));
        }

        var day = Day < 0 ? 1 : Day;
        if (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, Month))
        {
            return Fail(TimestampFailure.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"day {day} does not exist in {TimestampWords.MonthNamesForMessages[Month - 1]} {year}"));
        }

        var date = new LocalDate(year, Month, day);
        if (Weekday != 0 && (int)date.DayOfWeek != Weekday && assumptions.HasFlag(TimestampAssumptions.DayMonthOrder)
            && Day is >= 1 and <= 12 && new LocalDate(year, Day, Month) is var swapped && (int)swapped.DayOfWeek == Weekday)
        {
            // "Tue, 03/05/2019" on a page that writes the day first: the weekday written says the order, March 5 (a Tuesday),
            // where the page's convention gave May 3 (a Friday).
            date = swapped;
        }

        if (Weekday != 0 && (int)date.DayOfWeek != Weekday)
        {
            return Fail(TimestampFailure.WeekdayMismatch, string.Create(CultureInfo.InvariantCulture, $"the weekday written ({(IsoDayOfWeek)Weekday}) does not match {date:uuuu-MM-dd}, a {date.DayOfWeek}"));
        }

        var abbreviation = Abbreviation >= 0 ? WordTable.Zones[Abbreviation] : null;
        var zone = NamedZone ?? abbreviation?.Zone;
        if (abbreviation is not null)
        {
            assumptions |= TimestampAssumptions.ZoneFromAbbreviation;
        }

        // Checked before either path: a date-only value keeps its offset too, and NodaTime refuses one beyond 18 hours.
        if (HasOffset && OffsetSeconds is < -18 * 3600 or > 18 * 3600)
        {
            return Fail(TimestampFailure.OutOfRange, "the UTC offset is more than 18 hours");
        }

        if (!HasTime)
        {
            return TimestampParseResult.ForValue(Timestamp.ForDate(text, context.Source, date, precision, HasOffset ? Offset.FromSeconds(OffsetSeconds) : null, zone, assumptions));
        }

        if (Hour > 23)
        {
            return Fail(TimestampFailure.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"hour {Hour} does not exist"));
        }

        if (Minute > 59)
        {
            return Fail(TimestampFailure.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"minute {Minute} does not exist"));
        }

        if (Second > 59)
        {
            return Fail(TimestampFailure.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"second {Second} does not exist (leap seconds are not supported)"));
        }

        var local = date.At(new LocalTime(Hour, Math.Max(Minute, 0), Math.Max(Second, 0)).PlusNanoseconds(Nanosecond));
        Offset offset;
        Instant? instant = null;
        if (HasOffset)
        {
            offset = Offset.FromSeconds(OffsetSeconds);
        }
        else if (abbreviation?.FixedOffset is { } fixedOffset)
        {
            offset = fixedOffset;
        }
        else if (zone is not null)
        {
            (instant, offset) = Resolve(local, zone, ref assumptions);
        }
        else if (context.DefaultZone is { } defaultZone)
        {
            zone = defaultZone;
            assumptions |= TimestampAssumptions.DefaultZone;
            (instant, offset) = Resolve(local, zone, ref assumptions);
        }
        else
        {
            return TimestampParseResult.ForValue(Timestamp.ForLocalDateTime(text, context.Source, local, TimePrecision, assumptions));
        }

        return TimestampParseResult.ForValue(Timestamp.ForInstant(
            text, context.Source, instant ?? new OffsetDateTime(local, offset).ToInstant(), TimePrecision, offset, local, zone, assumptions));
    }

    /// <summary>
    /// A date written in the Solar Hijri or Hijri calendar, converted to the ISO calendar (noted as
    /// <see cref="TimestampAssumptions.CalendarConverted"/>): its day and year must be written, the year one a page of
    /// today writes; its time and offset are read as for any date.
    /// </summary>
    private readonly TimestampParseResult BuildConverted(string text, TimestampContext context)
    {
        var name = TimestampCalendars.Name(Calendar);
        if (Day < 0 || Year < 0)
        {
            return Fail(TimestampFailure.NoDate, $"a {name} date needs its day and its year");
        }

        if (!TimestampCalendars.IsPlausibleYear(Calendar, Year))
        {
            return Fail(TimestampFailure.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"year {Year} is no {name} year of today's pages"));
        }

        var calendar = TimestampCalendars.System(Calendar);
        var year = TimestampCalendars.IsoYear(Calendar, Year, twoDigits: (Assumptions & TimestampAssumptions.CenturyInferred) != 0);
        if (Day < 1 || Day > calendar.GetDaysInMonth(year, Month))
        {
            return Fail(TimestampFailure.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"day {Day} does not exist in month {Month} of the {name} year {Year}"));
        }

        var iso = new LocalDate(year, Month, Day, calendar).WithCalendar(CalendarSystem.Iso);
        var converted = this;
        converted.Calendar = TimestampCalendar.Iso;
        converted.Year = iso.Year;
        converted.Month = iso.Month;
        converted.Day = iso.Day;
        converted.Assumptions |= year != Year || Calendar != TimestampCalendar.ThaiSolar ? TimestampAssumptions.CalendarConverted : TimestampAssumptions.None;
        return converted.Build(text, context);
    }

    /// <summary>
    /// NodaTime's lenient resolver, recording which case applied: an ambiguous local time takes the earlier offset;
    /// a skipped one is shifted forward by the gap (02:30 in a one-hour spring gap becomes 03:30 at the new offset,
    /// which is reported as the offset).
    /// </summary>
    public static (Instant Instant, Offset Offset) Resolve(LocalDateTime local, DateTimeZone zone, ref TimestampAssumptions assumptions)
    {
        var mapping = zone.MapLocal(local);
        switch (mapping.Count)
        {
            case 1:
                var only = mapping.First();
                return (only.ToInstant(), only.Offset);
            case 2:
                assumptions |= TimestampAssumptions.AmbiguousLocalTime;
                var earlier = mapping.First();
                return (earlier.ToInstant(), earlier.Offset);
            default:
                assumptions |= TimestampAssumptions.SkippedLocalTime;
                var shifted = new OffsetDateTime(local, mapping.EarlyInterval.WallOffset).ToInstant();
                return (shifted, mapping.LateInterval.WallOffset);
        }
    }

    public static TimestampParseResult Fail(TimestampFailure failure, string reason) => TimestampParseResult.ForFailure(failure, reason);

    public static TimestampParseResult Fail(Rejection rejection) => TimestampParseResult.ForFailure(rejection.Failure, rejection.Reason);
}

/// <summary>Why a text is not a timestamp, as the reader finds it: the code and the sentence of a failed result.</summary>
internal readonly record struct Rejection(TimestampFailure Failure, string Reason)
{
    public static Rejection UnexpectedText(string reason) => new(TimestampFailure.UnexpectedText, reason);

    public static Rejection Conflict(string reason) => new(TimestampFailure.Conflict, reason);

    public static Rejection OutOfRange(string reason) => new(TimestampFailure.OutOfRange, reason);
}
