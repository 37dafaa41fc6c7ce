using System.Globalization;
using BenchmarkDotNet.Attributes;
using NewsKit.Timestamps;
using NodaTime;
using NodaTime.Text;

namespace NewsKit.Benchmarks.Timestamps;

/// <summary>
/// <see cref="TimestampNormalizer.Normalize(string, TimestampContext?)"/> per format family, against
/// <see cref="DateTimeOffset.TryParse(string, IFormatProvider, DateTimeStyles, out DateTimeOffset)"/> (invariant culture)
/// and NodaTime's <see cref="OffsetDateTimePattern"/> (the pattern written for that family, or the nearest one) on the
/// same string in the same run. The setup prints which contenders actually read each string: a fast failure is not a
/// parse, so read the table together with that line.
/// </summary>
[MemoryDiagnoser]
public class TimestampNormalizerBenchmarks
{
    private static readonly Dictionary<string, Case> Families = new Case[]
    {
        new("IsoOffset", "2025-07-18T08:52:07.123+03:00", "uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>"),
        new("IsoZ", "2025-07-18T05:52:07Z", "uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>"),
        new("Rfc1123", "Fri, 18 Jul 2025 05:34:20 GMT", "ddd', 'dd' 'MMM' 'uuuu' 'HH':'mm':'ss' GMT'"),
        new("Rfc2822Offset", "Fri, 18 Jul 2025 08:34:20 +0300", "ddd', 'dd' 'MMM' 'uuuu' 'HH':'mm':'ss' 'o<+HHmm>"),
        new("JsToString", "Fri Jul 18 2025 08:52:07 GMT+0300 (Eastern European Summer Time)", "ddd' 'MMM' 'dd' 'uuuu' 'HH':'mm':'ss' GMT'o<+HHmm>"),
        new("EnglishText", "July 18, 2025 at 5:34 p.m. ET", "MMMM' 'd', 'uuuu' at 'h':'mm' 'tt"),
        new("Byline", "Published 5:34 AM EDT, Fri July 18, 2025", "'Published 'h':'mm' 'tt' EDT, 'ddd' 'MMMM' 'd', 'uuuu"),
        new("Numeric", "18.07.2025, 08:52", "dd'.'MM'.'uuuu', 'HH':'mm"),
        new("Russian", "18 июля 2025 года, 08:52", "d' 'MMMM' 'uuuu' года, 'HH':'mm", "ru"),
        new("Cjk", "2025年7月18日 09:30", "uuuu'年'M'月'd'日 'HH':'mm"),
        new("Relative", "2 hours ago", "HH"),
        new("SearchByline", "By Jane Doe | Published 5:34 AM EDT, Fri July 18, 2025 | Updated 7:02 AM EDT, Fri July 18, 2025", "HH", Search: true),
        new("Rejected", "MORE ON THEME", "HH"),
    }.ToDictionary(f => f.Name);

    private TimestampNormalizer normalizer = null!;
    private TimestampContext context = null!;
    private OffsetDateTimePattern nodaPattern = null!;
    private string text = "";

    /// <summary>The family of the input string.</summary>
    [ParamsSource(nameof(FamilyNames))]
    public string Family { get; set; } = "IsoZ";

    /// <summary>The families measured.</summary>
    public static IEnumerable<string> FamilyNames => Families.Keys;

    /// <summary>Builds the normalizer, the context and the NodaTime pattern once; reports who reads the string.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var family = Families[Family];
        text = family.Text;
        normalizer = TimestampNormalizer.Default;
        context = new TimestampContext
        {
            ReferenceInstant = Instant.FromUtc(2025, 7, 18, 12, 0),
            SearchWithinText = family.Search,
        };
        nodaPattern = OffsetDateTimePattern.Create(family.NodaPattern, CultureInfo.GetCultureInfo(family.Culture), default(OffsetDateTime));
        var newsKit = normalizer.Normalize(text, context);
        Console.WriteLine($"// {Family}: NewsKit {(newsKit.Success ? newsKit.Value.Instant?.ToString() ?? newsKit.Value.Kind.ToString() : "rejected")}, "
            + $"DateTimeOffset.TryParse {(BclTryParse() ? "read" : "failed")}, NodaTime pattern {(nodaPattern.Parse(text).Success ? "read" : "failed")}");
    }

    /// <summary>NewsKit's normalizer.</summary>
    /// <returns>The result.</returns>
    [Benchmark(Baseline = true, Description = "NewsKit Normalize")]
    public TimestampParseResult NewsKit() => normalizer.Normalize(text, context);

    /// <summary>The BCL, invariant culture.</summary>
    /// <returns>Whether it read the string.</returns>
    [Benchmark(Description = "DateTimeOffset.TryParse")]
    public bool BclTryParse() => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>NodaTime's pattern for the family.</summary>
    /// <returns>Whether it read the string.</returns>
    [Benchmark(Description = "NodaTime OffsetDateTimePattern")]
    public bool NodaTimePattern() => nodaPattern.Parse(text).Success;

    private sealed record Case(string Name, string Text, string NodaPattern, string Culture = "", bool Search = false);
}
