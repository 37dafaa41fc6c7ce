using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using NewsKit.Models;
using NodaTime;
using NodaTime.Text;

namespace NewsKit.Evaluation;

/// <summary>
/// Metadata scoring against <c>metadata.json</c> (hand-checked labels, rules in METADATA.md beside it):
/// headline exact and relaxed (case and punctuation ignored), published to the day and to the minute (where
/// the label has a time), authors as sets of people, site name and language. Prints per-field accuracy and
/// every miss. Usage: <c>metadata --dataset DIR [--only ID-PREFIX]</c>.
/// </summary>
internal static class MetadataCommand
{
    public static int Run(string[] args)
    {
        string? dataset = null;
        string? only = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--dataset" when i + 1 < args.Length:
                    dataset = args[++i];
                    break;
                case "--only" when i + 1 < args.Length:
                    only = args[++i];
                    break;
                default:
                    Console.Error.WriteLine($"metadata: unknown argument {args[i]}");
                    return 2;
            }
        }

        if (dataset is null || !File.Exists(Path.Combine(dataset, "metadata.json")))
        {
            Console.Error.WriteLine("usage: newskit-eval metadata --dataset DIR [--only ID-PREFIX]   (DIR holds metadata.json, ground-truth.json, html/)");
            return 2;
        }

        using var labels = JsonDocument.Parse(File.ReadAllText(Path.Combine(dataset, "metadata.json")));
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(dataset, "ground-truth.json")));
        var parser = new ArticleParser();
        var fields = new[] { "headline exact", "headline relaxed", "published day", "published minute", "authors", "site name", "language" };
        var scores = fields.ToDictionary(f => f, _ => new Score(), StringComparer.Ordinal);

        foreach (var page in labels.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (only is not null && !page.Name.StartsWith(only, StringComparison.Ordinal))
            {
                continue;
            }

            var label = page.Value;
            var url = truth.RootElement.TryGetProperty(page.Name, out var t) && t.TryGetProperty("url", out var u) ? new Uri(u.GetString()!) : null;
            var bytes = ReadGzip(Path.Combine(dataset, "html", page.Name + ".html.gz"));
            var article = parser.Parse(bytes, url).Article;
            var id = page.Name[..8];

            var headline = Str(label, "headline");
            scores["headline exact"].Add(id, headline, article?.Headline, string.Equals(headline, article?.Headline, StringComparison.Ordinal));
            scores["headline relaxed"].Add(id, headline, article?.Headline, Relaxed(headline) == Relaxed(article?.Headline));

            if (Str(label, "published") is { } published)
            {
                var got = article?.Dateline.Published;
                var gotText = got is null ? null : Describe(got);
                var (date, local, instant) = ParseLabel(published);
                scores["published day"].Add(id, published, gotText, got is not null && got.Date == date);
                if (local is not null)
                {
                    var minute = got is not null && (instant is { } expected
                        ? got.Instant is { } actual && Truncate(actual) == Truncate(expected)
                        : got.Local is { } shown && shown.With(TimeAdjusters.TruncateToMinute) == local.Value.With(TimeAdjusters.TruncateToMinute));
                    scores["published minute"].Add(id, published, gotText, minute);
                }
            }

            var expectedAuthors = label.GetProperty("authors").EnumerateArray().Select(a => a.GetString()!).ToList();
            var gotAuthors = article?.Authors.Where(a => a.Kind == AuthorKind.Person).Select(a => a.Name).ToList() ?? [];
            scores["authors"].Add(id, "[" + string.Join(", ", expectedAuthors) + "]", "[" + string.Join(", ", gotAuthors) + "]",
                expectedAuthors.Select(Relaxed).ToHashSet(StringComparer.Ordinal).SetEquals(gotAuthors.Select(Relaxed)));

            var site = Str(label, "site_name");
            scores["site name"].Add(id, site, article?.SiteName, Relaxed(site) == Relaxed(article?.SiteName));

            var language = Str(label, "language");
            var gotLanguage = article?.Language?.Split('-')[0].ToLowerInvariant();
            scores["language"].Add(id, language, gotLanguage, string.Equals(language, gotLanguage, StringComparison.OrdinalIgnoreCase));
        }

        foreach (var field in fields)
        {
            var score = scores[field];
            foreach (var miss in score.Misses)
            {
                Console.WriteLine($"miss  {field,-17} {miss}");
            }
        }

        Console.WriteLine();
        Console.WriteLine($"{"field",-17} {"accuracy",8}  hits/pages");
        foreach (var field in fields)
        {
            var score = scores[field];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{field,-17} {score.Accuracy,8:0.000}  {score.Hits}/{score.Total}"));
        }

        return 0;
    }

    private static byte[] ReadGzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return memory.ToArray();
    }

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A label is a date, a naive local date-time, or a date-time with an offset.</summary>
    private static (LocalDate Date, LocalDateTime? Local, Instant? Instant) ParseLabel(string text)
    {
        var withOffset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (withOffset.Success)
        {
            return (withOffset.Value.Date, withOffset.Value.LocalDateTime, withOffset.Value.ToInstant());
        }

        var local = LocalDateTimePattern.ExtendedIso.Parse(text);
        if (local.Success)
        {
            return (local.Value.Date, local.Value, null);
        }

        return (LocalDatePattern.Iso.Parse(text).GetValueOrThrow(), null, null);
    }

    private static Instant Truncate(Instant instant) => Instant.FromUnixTimeSeconds(instant.ToUnixTimeSeconds() / 60 * 60);

    private static string Describe(Timestamps.Timestamp timestamp)
    {
        var value = timestamp.OffsetDateTime is { } odt
            ? OffsetDateTimePattern.ExtendedIso.Format(odt)
            : timestamp.Local is { } local ? LocalDateTimePattern.ExtendedIso.Format(local) : LocalDatePattern.Iso.Format(timestamp.Date);
        return $"{value} ({timestamp.Source}: \"{timestamp.Text}\")";
    }

    /// <summary>Lower case, letters and digits only, single spaces.</summary>
    private static string Relaxed(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0 && sb[^1] != ' ' && c is not ('\'' or '’'))
            {
                sb.Append(' ');
            }
        }

        return sb.ToString().Trim();
    }

    private sealed class Score
    {
        public int Hits { get; private set; }

        public int Total { get; private set; }

        public List<string> Misses { get; } = [];

        public double Accuracy => Total == 0 ? 0 : (double)Hits / Total;

        public void Add(string id, string? expected, string? got, bool hit)
        {
            Total++;
            if (hit)
            {
                Hits++;
            }
            else
            {
                Misses.Add($"{id}  expected: {expected ?? "(none)"}  got: {got ?? "(none)"}");
            }
        }
    }
}
