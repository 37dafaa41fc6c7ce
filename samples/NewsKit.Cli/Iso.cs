using NewsKit.Timestamps;
using NodaTime;
using NodaTime.Text;

namespace NewsKit.Cli;

/// <summary>The ISO 8601 forms NodaTime values are written in, and the names of timestamp kinds in JSON.</summary>
internal static class Iso
{
    private static readonly OffsetPattern HoursMinutes = OffsetPattern.CreateWithInvariantCulture("+HH:mm");
    private static readonly OffsetPattern HoursMinutesSeconds = OffsetPattern.CreateWithInvariantCulture("+HH:mm:ss");

    /// <summary>UTC with <c>Z</c>: "2025-07-18T05:52:07Z" (fractions of a second only when there are some).</summary>
    public static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    /// <summary>"+03:00", "-05:00", "+00:00" (seconds only when the offset has some).</summary>
    public static string Format(Offset offset) =>
        offset.Seconds % 60 == 0 ? HoursMinutes.Format(offset) : HoursMinutesSeconds.Format(offset);

    /// <summary>"2025-07-18T08:52:07" (fractions of a second only when there are some).</summary>
    public static string Format(LocalDateTime local) => LocalDateTimePattern.ExtendedIso.Format(local);

    /// <summary>"2025-07-18".</summary>
    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>The JSON name of a kind: <c>instant</c>, <c>local</c> or <c>date</c>.</summary>
    public static string Name(TimestampKind kind) => kind switch
    {
        TimestampKind.Instant => "instant",
        TimestampKind.LocalDateTime => "local",
        _ => "date",
    };

    /// <summary>
    /// The timestamp as a reader would write it: with its offset when the instant is known
    /// ("2025-07-18T08:52:07+03:00"), else the local date and time, else the date.
    /// </summary>
    public static string Display(Timestamp timestamp)
    {
        if (timestamp.OffsetDateTime is { } withOffset)
        {
            return Format(withOffset.LocalDateTime) + Format(withOffset.Offset);
        }

        if (timestamp.Instant is { } instant)
        {
            return Format(instant);
        }

        return timestamp.Local is { } local ? Format(local) : Format(timestamp.Date);
    }
}
