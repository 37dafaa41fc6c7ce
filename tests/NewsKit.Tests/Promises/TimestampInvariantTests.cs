using NewsKit.Timestamps;
using NodaTime;

namespace NewsKit.Tests.Promises;

/// <summary>A <see cref="Timestamp"/> is always consistent with its <see cref="Timestamp.Kind"/>, however it is made or copied.</summary>
public sealed class TimestampInvariantTests
{
    private static readonly Timestamp Instant = TimestampNormalizer.Default.Normalize("2025-07-18T08:52:07+03:00", TimestampContext.Default).Value!;

    [Fact]
    public void Only_text_and_source_can_be_changed_by_with()
    {
        var settable = typeof(Timestamp).GetProperties()
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => p.Name)
            .Order();

        Assert.Equal(["Source", "Text"], settable);
        Assert.Equal(Instant.Instant, (Instant with { Text = "other" }).Instant);
    }

    [Fact]
    public void The_factories_set_the_kind_and_derive_the_date()
    {
        var instant = NodaTime.Instant.FromUtc(2025, 7, 18, 22, 30);

        var utc = Timestamp.ForInstant("x", TimestampSource.Unknown, instant, TimestampPrecision.Minute);
        var shown = Timestamp.ForInstant("x", TimestampSource.Unknown, instant, TimestampPrecision.Minute, Offset.FromHours(3), new LocalDateTime(2025, 7, 19, 1, 30));
        var local = Timestamp.ForLocalDateTime("x", TimestampSource.Unknown, new LocalDateTime(2025, 7, 18, 8, 0), TimestampPrecision.Hour);
        var date = Timestamp.ForDate("x", TimestampSource.Unknown, new LocalDate(2025, 7, 1), TimestampPrecision.Month);

        Assert.Equal((TimestampKind.Instant, new LocalDate(2025, 7, 18)), (utc.Kind, utc.Date));
        Assert.Equal((TimestampKind.Instant, new LocalDate(2025, 7, 19)), (shown.Kind, shown.Date));
        Assert.Equal((TimestampKind.LocalDateTime, (Instant?)null), (local.Kind, local.Instant));
        Assert.Equal((TimestampKind.Date, (LocalDateTime?)null, (Instant?)null), (date.Kind, date.Local, date.Instant));
    }

    [Fact]
    public void Inconsistent_values_are_refused()
    {
        var instant = NodaTime.Instant.FromUtc(2025, 7, 18, 5, 0);

        Assert.Throws<ArgumentException>(() => Timestamp.ForInstant("x", TimestampSource.Unknown, instant, TimestampPrecision.Hour, local: new LocalDateTime(2025, 7, 18, 5, 0)));
        Assert.Throws<ArgumentException>(() => Timestamp.ForInstant("x", TimestampSource.Unknown, instant, TimestampPrecision.Hour, Offset.FromHours(3), new LocalDateTime(2025, 7, 18, 5, 0)));
        Assert.Throws<ArgumentException>(() => Timestamp.ForInstant("x", TimestampSource.Unknown, instant, TimestampPrecision.Day));
        Assert.Throws<ArgumentException>(() => Timestamp.ForDate("x", TimestampSource.Unknown, new LocalDate(2025, 7, 18), TimestampPrecision.Minute));
        Assert.Throws<ArgumentNullException>(() => Timestamp.ForDate(null!, TimestampSource.Unknown, new LocalDate(2025, 7, 18), TimestampPrecision.Day));
        Assert.Throws<ArgumentNullException>(() => Instant with { Text = null! });
    }

    [Fact]
    public void A_skipped_local_time_keeps_the_time_as_written()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var context = TimestampContext.Default with { DefaultZone = zone };

        var result = TimestampNormalizer.Default.Normalize("2025-03-30 02:30", context);

        Assert.True(result.Success);
        Assert.Equal(new LocalDateTime(2025, 3, 30, 2, 30), result.Value.Local);
        Assert.True(result.Value.Assumptions.HasFlag(TimestampAssumptions.SkippedLocalTime));
    }

    [Fact]
    public void A_failure_has_a_code_and_a_sentence()
    {
        var result = TimestampNormalizer.Default.Normalize("2025-02-30", TimestampContext.Default);
        var success = TimestampNormalizer.Default.Normalize("2025-02-28", TimestampContext.Default);

        Assert.Equal(TimestampFailure.OutOfRange, result.Failure);
        Assert.Equal("day 30 does not exist in February 2025", result.FailureReason);
        Assert.Equal(TimestampFailure.None, success.Failure);
        Assert.Throws<ArgumentException>(() => TimestampParseResult.ForFailure(TimestampFailure.None, "no"));
        Assert.Throws<ArgumentException>(() => TimestampParseResult.ForFailure((TimestampFailure)999, "no"));
    }
}
