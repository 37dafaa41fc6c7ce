using System.Globalization;
using System.Text;
using CsCheck;
using NewsKit.Timestamps;
using NodaTime;
using NodaTime.Text;

namespace NewsKit.Tests.Timestamps;

/// <summary>
/// Invariants checked on generated inputs: any instant printed in each supported pattern and offset parses back to
/// itself; no text makes the normalizer throw; the work done is linear in the length of the text.
/// </summary>
public sealed class TimestampPropertyTests
{
    private static readonly TimestampNormalizer Normalizer = TimestampNormalizer.Default;

    /// <summary>Instants from 1970 to 2100 with offsets from -12:00 to +14:00 in quarter hours.</summary>
    private static readonly Gen<OffsetDateTime> GenOffsetDateTime =
        Gen.Select(Gen.Long[0, 4_102_444_800L], Gen.Int[0, 999_999_999], Gen.Int[-48, 56],
            (seconds, nanos, quarters) => Instant.FromUnixTimeSeconds(seconds).PlusNanoseconds(nanos).WithOffset(Offset.FromSeconds(quarters * 900)));

    /// <summary>Patterns that keep the full instant (to the second or finer) and print the offset.</summary>
    public static TheoryData<string> ExactPatterns => new()
    {
        "uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm>",
        "uuuu'-'MM'-'dd'T'HH':'mm':'ss;fffffffffo<+HHmm>",
        "uuuu'-'MM'-'dd' 'HH':'mm':'ss;FFFo<+HH:mm>",
        "uuuuMMdd'T'HHmmsso<+HHmm>",
        "ddd', 'dd' 'MMM' 'uuuu' 'HH':'mm':'ss' 'o<+HHmm>",
        "ddd' 'MMM' 'dd' 'uuuu' 'HH':'mm':'ss' GMT'o<+HHmm>' (Some Zone Name)'",
        "ddd' 'MMM' 'dd' 'uuuu' 'HH':'mm':'ss' GMT'o<+HHmm>",
        "dddd', 'MMMM' 'd', 'uuuu' 'h':'mm':'ss' 'tt' 'o<+HHmm>",
        "d'. 'MMMM' 'uuuu', 'HH':'mm':'ss' UTC'o<+HH:mm>",
        "dd'.'MM'.'uuuu' 'HH':'mm':'ss' 'o<+HHmm>",
        "uuuu'/'MM'/'dd' 'HH':'mm':'ss' 'o<+HHmm>",
    };

    [Theory]
    [MemberData(nameof(ExactPatterns))]
    public void Any_instant_printed_with_an_offset_parses_back_to_itself(string patternText)
    {
        var pattern = OffsetDateTimePattern.CreateWithInvariantCulture(patternText);
        var keepsNanos = patternText.Contains("fffffffff", StringComparison.OrdinalIgnoreCase);
        var keepsMillis = patternText.Contains("FFF", StringComparison.Ordinal) && !keepsNanos;
        GenOffsetDateTime.Sample(value =>
        {
            var expected = Truncate(value, keepsNanos ? 9 : keepsMillis ? 3 : 0);
            var text = pattern.Format(expected);
            var result = Normalizer.Normalize(text);
            Assert.True(result.Success, text + ": " + result.FailureReason);
            Assert.Equal(expected.ToInstant(), result.Value.Instant);
            Assert.Equal(expected.Offset, result.Value.Offset);
            Assert.Equal(expected.LocalDateTime, result.Value.Local);
        });
    }

    [Fact]
    public void Any_instant_in_UTC_parses_back_from_RFC_1123_and_ISO_Z()
    {
        var rfc = InstantPattern.Create("ddd', 'dd' 'MMM' 'uuuu' 'HH':'mm':'ss' GMT'", CultureInfo.InvariantCulture);
        GenOffsetDateTime.Sample(value =>
        {
            var instant = Truncate(value, 0).ToInstant();
            foreach (var text in new[] { rfc.Format(instant), InstantPattern.ExtendedIso.Format(instant) })
            {
                var result = Normalizer.Normalize(text);
                Assert.True(result.Success, text + ": " + result.FailureReason);
                Assert.Equal(instant, result.Value.Instant);
                Assert.Equal(Offset.Zero, result.Value.Offset);
            }
        });
    }

    [Theory]
    [InlineData("de", "d'. 'MMMM' 'uuuu")]
    [InlineData("fr", "dddd' 'd' 'MMMM' 'uuuu")]
    [InlineData("es", "dddd', 'd' de 'MMMM' de 'uuuu")]
    [InlineData("it", "d' 'MMMM' 'uuuu")]
    [InlineData("pt", "d' de 'MMMM' de 'uuuu")]
    [InlineData("nl", "dddd' 'd' 'MMMM' 'uuuu")]
    [InlineData("pl", "d' 'MMMM' 'uuuu")]
    [InlineData("ru", "d' 'MMMM' 'uuuu")]
    [InlineData("uk", "d' 'MMMM' 'uuuu")]
    [InlineData("tr", "d' 'MMMM' 'uuuu' 'dddd")]
    [InlineData("ar", "d' 'MMMM' 'uuuu")]
    [InlineData("en", "dddd', 'MMMM' 'd', 'uuuu")]
    [InlineData("en", "d' 'MMM' 'uuuu")]
    public void Any_date_printed_with_a_culture_parses_back_to_itself(string culture, string patternText)
    {
        var pattern = LocalDatePattern.Create(patternText, CultureInfo.GetCultureInfo(culture));
        Gen.Int[0, 60_000].Select(days => new LocalDate(1970, 1, 1).PlusDays(days)).Sample(date =>
        {
            var text = pattern.Format(date);
            var result = Normalizer.Normalize(text);
            Assert.True(result.Success, text + ": " + result.FailureReason);
            Assert.Equal(TimestampKind.Date, result.Value.Kind);
            Assert.Equal(date, result.Value.Date);
        });
    }

    [Fact]
    public void Any_local_time_in_a_zone_by_abbreviation_matches_the_zone_rules()
    {
        var pattern = LocalDateTimePattern.CreateWithInvariantCulture("MMMM d', 'uuuu' 'h':'mm' 'tt");
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        GenOffsetDateTime.Sample(value =>
        {
            var local = Truncate(value, 0).LocalDateTime.With(TimeAdjusters.TruncateToMinute);
            var result = Normalizer.Normalize(pattern.Format(local) + " ET");
            Assert.True(result.Success, result.FailureReason);
            Assert.Equal(local.InZoneLeniently(newYork).ToInstant(), result.Value.Instant);
        });
    }

    [Fact]
    public void Random_text_never_throws()
    {
        var contexts = new[]
        {
            TimestampContext.Default,
            new TimestampContext { ReferenceInstant = TimestampCaseAssert.Reference, DefaultZone = DateTimeZone.Utc },
            new TimestampContext { SearchWithinText = true, ReferenceInstant = TimestampCaseAssert.Reference },
            new TimestampContext { AllowUnixEpoch = true, DayMonthOrder = DayMonthOrder.MonthFirst },
        };
        Gen.OneOf(Gen.String, Gen.String[Gen.Char, 0, 300], DateLikeText(0, 40)).Sample(text =>
        {
            foreach (var context in contexts)
            {
                var result = Normalizer.Normalize(text, context);
                Assert.True(result.Success || !string.IsNullOrEmpty(result.FailureReason));
            }
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("GMTEDT年Updated:Published Europe/Berlin 18ago Updated:GMT -1818 ")]
    [InlineData("18 July 2025 GMT-1818")]
    [InlineData("18 July 2025 GMT+1900")]
    public void An_offset_beyond_eighteen_hours_is_refused_not_thrown(string text)
    {
        // Found by Random_text_never_throws (seed 39zLbAbU8SG2): a date without a time of day went to NodaTime
        // with its offset unchecked, and Offset.FromSeconds threw.
        var context = new TimestampContext { SearchWithinText = true, ReferenceInstant = TimestampCaseAssert.Reference };
        var result = Normalizer.Normalize(text, context);
        if (result.Success)
        {
            Assert.True(result.Value.Offset is null || Math.Abs(result.Value.Offset.Value.Seconds) <= 18 * 3600);
        }
        else
        {
            Assert.False(string.IsNullOrEmpty(result.FailureReason));
        }
    }

    [Fact]
    public void The_work_is_linear_in_the_length_of_the_text()
    {
        var contexts = new[]
        {
            new TimestampContext { SearchWithinText = true, ReferenceInstant = TimestampCaseAssert.Reference },
            TimestampContext.Default,
        };
        Gen.OneOf(DateLikeText(500, 4000), Gen.String[Gen.Char, 2000, 20_000]).Sample(text =>
        {
            foreach (var context in contexts)
            {
                TimestampNormalizer.Normalize(text, context, out var steps);
                Assert.True(steps <= (40L * text.Length) + 100, $"{steps} steps for {text.Length} characters");
            }
        }, iter: 300);
    }

    [Fact]
    public void The_work_on_repeated_date_fragments_grows_linearly()
    {
        var context = new TimestampContext { SearchWithinText = true };
        foreach (var fragment in new[] { "Fri Jul 18 2025 08:52:07 GMT+0300 (", "18.07.2025 ", "1 ", "July 18, 2025 ", "( ", "il y a ", "2025年7月18日" })
        {
            TimestampNormalizer.Normalize(string.Concat(Enumerable.Repeat(fragment, 1000)), context, out var small);
            TimestampNormalizer.Normalize(string.Concat(Enumerable.Repeat(fragment, 8000)), context, out var large);
            Assert.True(large <= (small * 8) + (small / 2), $"{fragment}: {small} steps for 1000 copies, {large} for 8000");
        }
    }

    /// <summary>Text made of the pieces dates are made of, so that generated input reaches the deeper paths.</summary>
    private static Gen<string> DateLikeText(int minPieces, int maxPieces)
    {
        string[] pieces =
        [
            "July", "Jul.", "18", "2025", "18th", "5:34", "08:52:07", "PM", "p.m.", "a", "m", ".", ",", "-", "/", "+", "(", ")",
            "GMT", "+0300", "EDT", "ET", "Europe/Berlin", "ago", "hours", "il", "y", "vor", "yesterday", "at", "年", "月", "日",
            "오후", "Published", "Updated:", "июля", "г.", "de", "T", "Z", "99999999999999999999", "١٨", "\u00A0", "|", "noon",
        ];
        return Gen.Int[0, pieces.Length - 1].Array[minPieces, maxPieces].Select(Gen.Bool.Array[maxPieces], (indexes, spaces) =>
        {
            var builder = new StringBuilder();
            for (var i = 0; i < indexes.Length; i++)
            {
                builder.Append(pieces[indexes[i]]);
                if (spaces[i % spaces.Length])
                {
                    builder.Append(' ');
                }
            }

            return builder.ToString();
        });
    }

    private static OffsetDateTime Truncate(OffsetDateTime value, int fractionDigits)
    {
        var unit = fractionDigits switch { 9 => 1, 3 => 1_000_000, _ => 1_000_000_000 };
        var local = value.LocalDateTime;
        var nanos = local.NanosecondOfSecond;
        return local.PlusNanoseconds(-(nanos % unit)).WithOffset(value.Offset);
    }
}

/// <summary>The character-level fast paths give the same result as the general token reader for the shapes they take.</summary>
public sealed class TimestampFastPathTests
{
    public static TheoryData<string> Patterns => new()
    {
        "ddd', 'dd' 'MMM' 'uuuu' 'HH':'mm':'ss' GMT'",
        "ddd', 'd' 'MMM' 'uuuu' 'HH':'mm' 'o<+HHmm>",
        "ddd', 'dd' 'MMM' 'yy' 'HH':'mm':'ss' 'o<+HHmm>",
        "ddd' 'MMM' 'dd' 'uuuu' 'HH':'mm':'ss' GMT'o<+HHmm>' (Zone Name)'",
        "ddd' 'MMM' 'dd' 'uuuu' 'HH':'mm':'ss' GMT'o<+HHmm>",
        "uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>",
        "uuuu'-'MM'-'dd' 'HH':'mm",
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Fast_paths_agree_with_the_general_reader(string patternText)
    {
        var pattern = OffsetDateTimePattern.CreateWithInvariantCulture(patternText);
        var context = new TimestampContext { DefaultZone = DateTimeZoneProviders.Tzdb["Europe/Paris"] };
        Gen.Select(Gen.Long[-2_000_000_000L, 4_000_000_000L], Gen.Int[-48, 56], Gen.Int[0, 6])
            .Select((seconds, quarters, wrongDay) =>
            {
                var text = pattern.Format(Instant.FromUnixTimeSeconds(seconds).WithOffset(Offset.FromSeconds(quarters * 900)));
                return wrongDay == 0 ? text.Replace(text[..3], "Sun", StringComparison.Ordinal) : text;
            })
            .Sample(text =>
            {
                var fast = TimestampNormalizer.Default.Normalize(text, context);
                var general = ReadWithTokens(text, context);
                Assert.Equal(general.Success, fast.Success);
                if (fast.Success)
                {
                    Assert.Equal(general.Value, fast.Value);
                }
            });
    }

    private static TimestampParseResult ReadWithTokens(string text, TimestampContext context)
    {
        var tokens = new List<Token>();
        var tokenizer = new TimestampTokenizer(text);
        while (tokenizer.Next(out var token))
        {
            tokens.Add(token);
        }

        long steps = 0;
        return TimestampReader.Read(text, tokens.ToArray(), context, strict: true, text, ref steps);
    }
}
