using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using NewsKit.Models;
using NodaTime;
using NodaTime.Text;

namespace NewsKit.Evaluation;

/// <summary>
/// Metadata scoring: <c>metadata --dataset DIR [--only ID-PREFIX] [--show-held-out]</c>. DIR is either aeb-style
/// (<c>metadata.json</c>, hand-checked labels with their rules in METADATA.md beside it, and <c>ground-truth.json</c>
/// for the URLs): headline exact and relaxed (case and punctuation ignored), published to the day and to the minute
/// (where the label has a time), authors as sets of people, site name and language; or trafeval-style
/// (<c>evaldata.json</c>): title exact after collapsing white space and relaxed, date as the exact publication day
/// (the label's <c>YYYY-MM-DD</c> against the day the page shows, <see cref="Timestamps.Timestamp.Date"/>) and
/// authors as sets of names (the label split on ";") found as people, and as a second figure found as any kind of
/// author (the labels name organizations and user names too; that figure's misses are not listed), on the pages whose
/// label has the field. Prints the misses, each field's accuracy for all pages and per <see cref="DevSplit"/> part,
/// and on trafeval-style folders the misses counted by cause. Misses of held-out pages are counted in the figures
/// but listed only with <c>--show-held-out</c>: those pages are not looked at while rules are tuned.
/// </summary>
internal static class MetadataCommand
{
    private const string UsageLine = "usage: newskit-eval metadata --dataset DIR [--only ID-PREFIX] [--show-held-out]   (DIR holds metadata.json, ground-truth.json and html/, or evaldata.json and html/)";

    public static int Run(string[] args)
    {
        string? dataset = null;
        string? only = null;
        var showHeldOut = false;
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
                case "--show-held-out":
                    showHeldOut = true;
                    break;
                default:
                    Console.Error.WriteLine($"metadata: unknown argument {args[i]}");
                    return 2;
            }
        }

        List<FieldScore> fields;
        if (dataset is not null && File.Exists(Path.Combine(dataset, "metadata.json")))
        {
            fields = ScoreAebStyle(dataset, only);
        }
        else if (dataset is not null && File.Exists(Path.Combine(dataset, "evaldata.json")))
        {
            fields = ScoreTrafevalStyle(dataset, only);
        }
        else
        {
            Console.Error.WriteLine(UsageLine);
            return 2;
        }

        Print(fields, showHeldOut);
        return 0;
    }

    private static List<FieldScore> ScoreAebStyle(string dataset, string? only)
    {
        using var labels = JsonDocument.Parse(File.ReadAllText(Path.Combine(dataset, "metadata.json")));
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(dataset, "ground-truth.json")));
        var parser = new ArticleParser();
        var headlineExact = new FieldScore("headline exact");
        var headlineRelaxed = new FieldScore("headline relaxed");
        var publishedDay = new FieldScore("published day");
        var publishedMinute = new FieldScore("published minute");
        var authors = new FieldScore("authors");
        var authorsAnyKind = new FieldScore("authors any kind", listMisses: false);
        var siteName = new FieldScore("site name");
        var languageScore = new FieldScore("language");

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
            var id = page.Name;
            var shown = page.Name[..8];

            var headline = Str(label, "headline");
            headlineExact.Add(id, shown, headline, article?.Headline, string.Equals(headline, article?.Headline, StringComparison.Ordinal));
            headlineRelaxed.Add(id, shown, headline, article?.Headline, Relaxed(headline) == Relaxed(article?.Headline));

            if (Str(label, "published") is { } published)
            {
                var got = article?.Dateline.Published;
                var gotText = got is null ? null : Describe(got);
                var (date, local, instant) = ParseLabel(published);
                publishedDay.Add(id, shown, published, gotText, got is not null && got.Date == date);
                if (local is not null)
                {
                    var minute = got is not null && (instant is { } expected
                        ? got.Instant is { } actual && Truncate(actual) == Truncate(expected)
                        : got.Local is { } shownTime && shownTime.With(TimeAdjusters.TruncateToMinute) == local.Value.With(TimeAdjusters.TruncateToMinute));
                    publishedMinute.Add(id, shown, published, gotText, minute);
                }
            }

            var expectedAuthors = label.GetProperty("authors").EnumerateArray().Select(a => a.GetString()!).ToList();
            var gotAuthors = PersonNames(article);
            authors.Add(id, shown, "[" + string.Join(", ", expectedAuthors) + "]", "[" + string.Join(", ", gotAuthors) + "]",
                expectedAuthors.Select(Relaxed).ToHashSet(StringComparer.Ordinal).SetEquals(gotAuthors.Select(Relaxed)));
            var gotAnyKind = article?.Authors.Select(a => a.Name).ToList() ?? [];
            authorsAnyKind.Add(id, shown, "[" + string.Join(", ", expectedAuthors) + "]", "[" + string.Join(", ", gotAnyKind) + "]",
                expectedAuthors.Select(Relaxed).ToHashSet(StringComparer.Ordinal).SetEquals(gotAnyKind.Select(Relaxed)));

            var site = Str(label, "site_name");
            siteName.Add(id, shown, site, article?.SiteName, Relaxed(site) == Relaxed(article?.SiteName));

            var language = Str(label, "language");
            var gotLanguage = article?.Language?.Split('-')[0].ToLowerInvariant();
            languageScore.Add(id, shown, language, gotLanguage, string.Equals(language, gotLanguage, StringComparison.OrdinalIgnoreCase));
        }

        return [headlineExact, headlineRelaxed, publishedDay, publishedMinute, authors, authorsAnyKind, siteName, languageScore];
    }

    /// <summary>
    /// Title, date and authors against <c>evaldata.json</c>, with the rules of ../shared/datasets/README.md (the same for
    /// every tool): title exact after collapsing white space, and relaxed; date the exact day; authors as a set of
    /// relaxed names. Each miss gets a cause.
    /// </summary>
    private static List<FieldScore> ScoreTrafevalStyle(string dataset, string? only)
    {
        var parser = new ArticleParser();
        var titleExact = new FieldScore("title exact", TitleCauses);
        var titleRelaxed = new FieldScore("title relaxed", TitleRelaxedCauses);
        var dateScore = new FieldScore("date", DateCauses);
        var authorsScore = new FieldScore("authors", AuthorCauses);
        var anyKindScore = new FieldScore("authors any kind", AuthorCauses, listMisses: false);
        foreach (var page in TrafevalDataset.Load(dataset))
        {
            if (only is not null && !page.Id.StartsWith(only, StringComparison.Ordinal))
            {
                continue;
            }

            var label = page.Labels;
            var title = Str(label, "title");
            var date = Str(label, "date");
            var goldAuthors = GoldAuthors(label);
            if (string.IsNullOrWhiteSpace(title) && string.IsNullOrWhiteSpace(date) && goldAuthors.Count == 0)
            {
                continue;
            }

            var article = parser.Parse(page.Html, page.Url).Article;
            var id = page.Id;
            if (!string.IsNullOrWhiteSpace(title))
            {
                var expected = TrafevalCommand.Collapse(title);
                var got = article?.Headline is { } h ? TrafevalCommand.Collapse(h) : null;
                var exact = string.Equals(expected, got, StringComparison.Ordinal);
                var relaxed = got is not null && Relaxed(expected) == Relaxed(got);
                titleExact.Add(id, id, expected, got, exact, exact ? null : TitleCause(expected, got, relaxed));
                titleRelaxed.Add(id, id, expected, got, relaxed, relaxed ? null : TitleCause(expected, got, relaxed: false));
            }

            if (!string.IsNullOrWhiteSpace(date))
            {
                // Two labels of trafeval-dev are no dates ("2022-25-10", "2022-29-11"; day and month swapped?): they stay
                // in the count as misses, as they are for every tool that compares the label with a day.
                var gold = LocalDatePattern.Iso.Parse(date.Trim());
                var got = article?.Dateline.Published;
                var hit = gold.Success && got is not null && got.Date == gold.Value;
                dateScore.Add(id, id, date, got is null ? null : Describe(got), hit, hit ? null : gold.Success ? DateCause(gold.Value, got?.Date) : NotADate);
            }

            if (goldAuthors.Count > 0)
            {
                AddAuthors(authorsScore, id, goldAuthors, PersonNames(article));
                AddAuthors(anyKindScore, id, goldAuthors, article?.Authors.Select(a => a.Name).ToList() ?? []);
            }
        }

        return [titleExact, titleRelaxed, dateScore, authorsScore, anyKindScore];
    }

    /// <summary>Authors as sets of relaxed names; a miss is put down to none found, extra names, missing names or different ones.</summary>
    private static void AddAuthors(FieldScore score, string id, List<string> gold, List<string> got)
    {
        var expected = gold.Select(Relaxed).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        var found = got.Select(Relaxed).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        var hit = expected.SetEquals(found);
        score.Add(id, id, "[" + string.Join(", ", gold) + "]", "[" + string.Join(", ", got) + "]", hit,
            hit ? null : found.Count == 0 ? "none found" : found.IsProperSupersetOf(expected) ? "extra names" : found.IsProperSubsetOf(expected) ? "missing names" : "different");
    }

    private static readonly string[] TitleCauses = ["none", "case/punctuation only", "prefix/suffix (site name?)", "other"];

    private const string NotADate = "label is no valid date";

    private static readonly string[] TitleRelaxedCauses = ["none", "prefix/suffix (site name?)", "other"];

    private static readonly string[] DateCauses = ["no date given", "wrong day, off by one (time zone?)", "wrong year", "other wrong day", NotADate];

    private static readonly string[] AuthorCauses = ["none found", "extra names", "missing names", "different"];

    /// <summary>
    /// Why a title missed: none found; (for the exact score) right but for case and punctuation; the one contains the
    /// other at its start or end, word by word in relaxed form (a site name added or dropped); or other.
    /// </summary>
    private static string TitleCause(string expected, string? got, bool relaxed)
    {
        if (string.IsNullOrWhiteSpace(got))
        {
            return "none";
        }

        if (relaxed)
        {
            return "case/punctuation only";
        }

        var e = Relaxed(expected);
        var g = Relaxed(got);
        static bool Affix(string longer, string shorter) =>
            shorter.Length > 0 && (longer.StartsWith(shorter + " ", StringComparison.Ordinal) || longer.EndsWith(" " + shorter, StringComparison.Ordinal));
        return Affix(g, e) || Affix(e, g) ? "prefix/suffix (site name?)" : "other";
    }

    /// <summary>Why a date missed: none found; one day off (a time converted to another zone?); another year; another day.</summary>
    private static string DateCause(LocalDate expected, LocalDate? got)
    {
        if (got is not { } found)
        {
            return "no date given";
        }

        if (Math.Abs(Period.Between(expected, found, PeriodUnits.Days).Days) == 1)
        {
            return "wrong day, off by one (time zone?)";
        }

        return found.Year != expected.Year ? "wrong year" : "other wrong day";
    }

    /// <summary>The labelled authors: the string split on ";" (or the items of a list, one page has one).</summary>
    private static List<string> GoldAuthors(JsonElement label)
    {
        if (!label.TryGetProperty("author", out var author))
        {
            return [];
        }

        var parts = author.ValueKind switch
        {
            JsonValueKind.String => [author.GetString()!],
            JsonValueKind.Array => author.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!).ToList(),
            _ => new List<string>(),
        };
        return parts.SelectMany(p => p.Split(';')).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
    }

    /// <summary>The names of the authors that are people (organizations, such as an agency byline, are left out).</summary>
    private static List<string> PersonNames(Article? article) =>
        article?.Authors.Where(a => a.Kind == AuthorKind.Person).Select(a => a.Name).ToList() ?? [];

    private static void Print(List<FieldScore> fields, bool showHeldOut)
    {
        var hidden = 0;
        foreach (var field in fields.Where(f => f.ListMisses))
        {
            foreach (var miss in field.Misses.OrderBy(m => field.CauseOrder(m.Cause)))
            {
                if (miss.HeldOut && !showHeldOut)
                {
                    hidden++;
                    continue;
                }

                var cause = miss.Cause is null ? string.Empty : $"[{miss.Cause}]  ";
                Console.WriteLine($"miss  {field.Name,-17} {miss.Shown}  {DevSplit.PartOf(miss.Id),-8}  {cause}expected: {miss.Expected ?? "(none)"}  got: {miss.Got ?? "(none)"}");
            }
        }

        if (hidden > 0)
        {
            Console.WriteLine($"({hidden} misses of held-out pages not listed; counted below; --show-held-out lists them)");
        }

        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine($"{"field",-17} {"all",-15} {"tuning",-15} {"held-out",-15}");
        foreach (var field in fields)
        {
            Console.WriteLine($"{field.Name,-17} {Cell(field.Outcomes),-15} {Cell(field.Outcomes.Where(o => !o.HeldOut).ToList()),-15} {Cell(field.Outcomes.Where(o => o.HeldOut).ToList()),-15}");
        }

        var withCauses = fields.Where(f => f.Causes.Length > 0).ToList();
        if (withCauses.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"{"misses by cause",-36} {"all",5} {"tuning",7} {"held-out",9}");
            foreach (var field in withCauses)
            {
                Console.WriteLine(field.Name);
                foreach (var cause in field.Causes)
                {
                    var misses = field.Misses.Where(m => m.Cause == cause).ToList();
                    Console.WriteLine(string.Create(inv, $"  {cause,-34} {misses.Count,5} {misses.Count(m => !m.HeldOut),7} {misses.Count(m => m.HeldOut),9}"));
                }
            }
        }

        static string Cell(IReadOnlyCollection<Outcome> outcomes)
        {
            var hits = outcomes.Count(o => o.Hit);
            return outcomes.Count == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{(double)hits / outcomes.Count:0.000} {hits}/{outcomes.Count}");
        }
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

    /// <summary>One page's result for a field.</summary>
    private sealed record Outcome(string Id, string Shown, bool Hit, string? Expected, string? Got, string? Cause)
    {
        public bool HeldOut => DevSplit.IsHeldOut(Id);
    }

    /// <summary>A field's results over the pages; <see cref="Causes"/> lists the causes its misses are sorted into, in print order.</summary>
    private sealed class FieldScore(string name, string[]? causes = null, bool listMisses = true)
    {
        public string Name { get; } = name;

        public string[] Causes { get; } = causes ?? [];

        /// <summary>Whether the misses are listed one by one (a variant of another field's score gives only figures).</summary>
        public bool ListMisses { get; } = listMisses;

        public List<Outcome> Outcomes { get; } = [];

        public IEnumerable<Outcome> Misses => Outcomes.Where(o => !o.Hit);

        public int CauseOrder(string? cause) => cause is null ? 0 : Array.IndexOf(Causes, cause);

        public void Add(string id, string shown, string? expected, string? got, bool hit, string? cause = null) =>
            Outcomes.Add(new Outcome(id, shown, hit, expected, got, cause));
    }
}
