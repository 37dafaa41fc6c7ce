using System.Globalization;
using NewsKit.Timestamps;
using NodaTime;

namespace NewsKit.Fuzzing;

/// <summary>
/// The code under fuzzing. Each target throws only when NewsKit breaks a promise: an exception escapes the
/// parser, or a result contradicts itself. A hang shows as a slow input; a stack overflow ends the process.
/// </summary>
internal static class Targets
{
    private static readonly ArticleParser Parser = new(new ArticleParserOptions
    {
        Timeout = TimeSpan.FromSeconds(60),
        Clock = NodaTime.Testing.FakeClock.FromUtc(2025, 7, 18, 12, 0, 0),
    });

    private static readonly TimestampContext[] Contexts =
    [
        TimestampContext.Default,
        new() { SearchWithinText = true, ReferenceInstant = Instant.FromUtc(2025, 7, 18, 12, 0) },
        new()
        {
            SearchWithinText = true,
            DefaultZone = DateTimeZoneProviders.Tzdb["Europe/Berlin"],
            Cultures = [CultureInfo.GetCultureInfo("de-DE"), CultureInfo.GetCultureInfo("ja-JP")],
            ReferenceInstant = Instant.FromUtc(2025, 7, 18, 12, 0),
        },
    ];

    /// <summary>Runs a target; returns a short description of the outcome (for the mutation driver's corpus).</summary>
    public static string Run(string target, ReadOnlySpan<byte> input)
    {
        switch (target)
        {
            case "page":
                return Page(input);
            case "timestamp":
                return Timestamp(input);
            default:
                throw new ArgumentException($"unknown target '{target}': page or timestamp", nameof(target));
        }
    }

    public static string Page(ReadOnlySpan<byte> input)
    {
        var result = Parser.Parse((ReadOnlyMemory<byte>)input.ToArray());
        Check(result is not null, "null result");
        Check(result!.Success == (result.Failure == ParseFailure.None && result.Article is not null), "Success disagrees with Failure");
        Check(result.Success || result.Reason is not null, "a failure without a reason");
        Check(!result.Success || !result.Article!.Body.IsEmpty, "success with an empty body");
        Check(result.Failure != ParseFailure.TimedOut, "timed out: " + result.Reason);

        if (result.Article is { } article)
        {
            _ = article.Body.ToMarkdown();
            _ = article.Body.ToHtml();
        }

        var blocks = Math.Min(result.Article?.Body.Blocks.Count ?? -1, 20);
        var warnings = string.Join(',', result.Warnings.Select(w => w.Kind).Distinct().Order());
        return string.Create(CultureInfo.InvariantCulture, $"{result.Failure}|{warnings}|{blocks}|{result.Article?.Headline is null}");
    }

    public static string Timestamp(ReadOnlySpan<byte> input)
    {
        var outcome = new System.Text.StringBuilder();
        var text = System.Text.Encoding.UTF8.GetString(input);
        foreach (var context in Contexts)
        {
            var result = TimestampNormalizer.Default.Normalize(text, context);
            Check(result.Success == (result.Value is not null), "Success disagrees with Value");
            if (result.Value is { } value)
            {
                Check(value.Text is not null, "a timestamp without its original text");
                outcome.Append(value.Kind).Append(value.Precision);
            }

            outcome.Append('|');
        }

        return outcome.ToString();
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException("broken promise: " + message);
        }
    }
}
