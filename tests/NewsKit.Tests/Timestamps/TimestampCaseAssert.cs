using System.Globalization;
using NewsKit.Timestamps;
using NodaTime;
using NodaTime.Text;

namespace NewsKit.Tests.Timestamps;

/// <summary>
/// The contexts the data tables name, and the checker for their expected-value mini-language:
/// <list type="bullet">
/// <item><c>Instant 2025-07-18T08:52:07+03 Second</c>: kind Instant; the instant, the offset and the local date-time of
/// that offset date-time; the precision.</item>
/// <item><c>At 2025-07-18T10:00:00Z Hour</c>: kind Instant with no offset and no local time (relative, no zone).</item>
/// <item><c>Local 2025-07-18T08:52:00 Minute</c>: kind LocalDateTime; no instant, no offset.</item>
/// <item><c>Date 2025-07-18 Day</c>: kind Date; no instant, no local time.</item>
/// <item><c>Fail: Code</c>: rejected with that <see cref="TimestampFailure"/> code (and some reason); the tables give the
/// reason's gist in a comment, for people, and never match its words.</item>
/// </list>
/// Options after the precision: <c>zone=Id</c> (else no zone), <c>flags=A|B</c> (else none), <c>local=</c> (the written
/// local time, when it differs from the offset date-time), <c>date=</c>. Everything not given is asserted empty.
/// </summary>
internal static class TimestampCaseAssert
{
    /// <summary>The reference instant of the tables: Friday 2025-07-18 12:00 UTC.</summary>
    public static readonly Instant Reference = Instant.FromUtc(2025, 7, 18, 12, 0);

    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    public static TimestampContext Context(string name) => name switch
    {
        "none" => TimestampContext.Default,
        "ref" => new TimestampContext { ReferenceInstant = Reference },
        "ref-berlin" => new TimestampContext { ReferenceInstant = Reference, DefaultZone = Berlin },
        "berlin" => new TimestampContext { DefaultZone = Berlin },
        "newyork" => new TimestampContext { DefaultZone = NewYork },
        "us" => new TimestampContext { DayMonthOrder = DayMonthOrder.MonthFirst },
        "dayfirst" => new TimestampContext { DayMonthOrder = DayMonthOrder.DayFirst },
        "en-US" => new TimestampContext { Cultures = [CultureInfo.GetCultureInfo("en-US")] },
        "fr-FR" => new TimestampContext { Cultures = [CultureInfo.GetCultureInfo("fr-FR")] },
        "zh-TW" => new TimestampContext { Cultures = [CultureInfo.GetCultureInfo("zh-TW")] },
        "ko-KR" => new TimestampContext { Cultures = [CultureInfo.GetCultureInfo("ko-KR")] },
        "he-IL" => new TimestampContext { Cultures = [CultureInfo.GetCultureInfo("he-IL")] },
        "en-ZA" => new TimestampContext { Cultures = [CultureInfo.GetCultureInfo("en-ZA")] },
        "en-CA" => new TimestampContext { Cultures = [CultureInfo.GetCultureInfo("en-CA")] },
        "sv-SE" => new TimestampContext { Cultures = [CultureInfo.GetCultureInfo("sv-SE")] },
        "fa-IR" => new TimestampContext { Cultures = [CultureInfo.GetCultureInfo("fa-IR")] },
        "search" => new TimestampContext { SearchWithinText = true },
        "search-ref" => new TimestampContext { SearchWithinText = true, ReferenceInstant = Reference },
        "epoch" => new TimestampContext { AllowUnixEpoch = true, Source = TimestampSource.JsonLd },
        _ => throw new ArgumentException("unknown context " + name, nameof(name)),
    };

    public static void Check(string text, string contextName, string expected)
    {
        var context = Context(contextName);
        var result = TimestampNormalizer.Default.Normalize(text, context);
        if (expected.StartsWith("Fail:", StringComparison.Ordinal))
        {
            Assert.False(result.Success, $"expected a rejection, got {result.Value}");
            Assert.Equal(Enum.Parse<TimestampFailure>(expected[5..].Trim()), result.Failure);
            Assert.False(string.IsNullOrWhiteSpace(result.FailureReason));
            return;
        }

        Assert.True(result.Success, "rejected: " + result.FailureReason);
        var value = result.Value;
        var parts = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var precision = Enum.Parse<TimestampPrecision>(parts[2]);
        var options = parts.Skip(3).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        LocalDateTime? local = options.TryGetValue("local", out var l) ? LocalDateTimePattern.ExtendedIso.Parse(l).Value : null;
        LocalDate? date = options.TryGetValue("date", out var d) ? LocalDatePattern.Iso.Parse(d).Value : null;
        switch (parts[0])
        {
            case "Instant":
                var odt = OffsetDateTimePattern.ExtendedIso.Parse(parts[1]).Value;
                Assert.Equal(TimestampKind.Instant, value.Kind);
                Assert.Equal(odt.ToInstant(), value.Instant);
                Assert.Equal(odt.Offset, value.Offset);
                Assert.Equal(local ?? odt.LocalDateTime, value.Local);
                Assert.Equal(date ?? (local ?? odt.LocalDateTime).Date, value.Date);
                break;
            case "At":
                var instant = InstantPattern.ExtendedIso.Parse(parts[1]).Value;
                Assert.Equal(TimestampKind.Instant, value.Kind);
                Assert.Equal(instant, value.Instant);
                Assert.Null(value.Offset);
                Assert.Null(value.Local);
                Assert.Equal(date ?? instant.InUtc().Date, value.Date);
                break;
            case "Local":
                var written = LocalDateTimePattern.ExtendedIso.Parse(parts[1]).Value;
                Assert.Equal(TimestampKind.LocalDateTime, value.Kind);
                Assert.Null(value.Instant);
                Assert.Null(value.Offset);
                Assert.Equal(written, value.Local);
                Assert.Equal(written.Date, value.Date);
                break;
            case "Date":
                Assert.Equal(TimestampKind.Date, value.Kind);
                Assert.Null(value.Instant);
                Assert.Null(value.Local);
                Assert.Equal(LocalDatePattern.Iso.Parse(parts[1]).Value, value.Date);
                break;
            default:
                throw new ArgumentException("unknown expectation " + parts[0], nameof(expected));
        }

        Assert.Equal(precision, value.Precision);
        Assert.Equal(options.GetValueOrDefault("zone"), value.Zone?.Id);
        var flags = options.TryGetValue("flags", out var f)
            ? f.Split('|').Select(Enum.Parse<TimestampAssumptions>).Aggregate(TimestampAssumptions.None, (a, b) => a | b)
            : TimestampAssumptions.None;
        Assert.Equal(flags, value.Assumptions);
        Assert.Equal(context.Source, value.Source);
        if (!context.SearchWithinText)
        {
            Assert.Same(text, value.Text);
        }
    }
}
