// Normalizes the kinds of date and time text news pages carry, and shows what each one determines:
// an instant, a local date and time, or a date. Nothing is guessed: without an offset or a default zone a
// time stays local, and a text that is not a valid date is rejected with the reason.
// Usage: dotnet run --project samples/NormalizeTimestamps
using System.Globalization;
using NewsKit.Timestamps;
using NodaTime;

var normalizer = TimestampNormalizer.Default;
string[] texts =
[
    "2025-07-18T05:52:07.000Z",
    "Fri Jul 18 2025 08:52:07 GMT+0300 (Eastern European Summer Time)",
    "Fri, 18 Jul 2025 05:34:20 GMT",
    "2025-07-18T08:52:07",
    "2025-07-18",
    "2025-02-30",
];

var strict = TimestampContext.Default;
var minsk = new TimestampContext { DefaultZone = DateTimeZoneProviders.Tzdb["Europe/Minsk"] };

foreach (var text in texts)
{
    Console.WriteLine(text);
    Console.WriteLine("  no context:           " + Describe(normalizer.Normalize(text, strict)));
    Console.WriteLine("  default Europe/Minsk: " + Describe(normalizer.Normalize(text, minsk)));
}

static string Describe(TimestampParseResult result)
{
    if (!result.Success)
    {
        return $"rejected ({result.Failure}): {result.FailureReason}";
    }

    var t = result.Value;
    var value = t.Kind switch
    {
        TimestampKind.Instant => t.Instant!.Value.ToString("uuuu-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            + (t.Offset is { } offset ? ", shown as " + offset.ToString("+HH:mm", CultureInfo.InvariantCulture) : string.Empty),
        TimestampKind.LocalDateTime => t.Local!.Value.ToString("uuuu-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + ", offset unknown",
        _ => t.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
    };
    var assumed = t.Assumptions == TimestampAssumptions.None ? string.Empty : $", assumed: {t.Assumptions}";
    return $"{t.Kind} {value} (precision {t.Precision}{assumed})";
}
