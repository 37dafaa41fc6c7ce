using System.Globalization;
using System.Text.Json;
using NewsKit.Models;

namespace NewsKit.Evaluation;

/// <summary>
/// Related links and copyright notices against the hand-made labels of related-dev:
/// <c>related --datasets DIR [--only PREFIX] [--quiet] [--show-held-out] [--floors FILE]</c>. DIR is the folder that holds
/// <c>related-dev/labels.json</c> and the labelled pages' own sets (<c>aeb-dev/</c>, <c>trafeval-dev/</c>); each page
/// is parsed from <c>&lt;set&gt;/html/&lt;id&gt;.html.gz</c> with the URL its set gives it (<c>ground-truth.json</c> or
/// <c>evaldata.json</c>), or the label's own <c>url</c> when the set has no http(s) URL for it. Scoring is
/// related-dev/README.md's (see <see cref="RelatedMetric"/>): micro precision, recall and F1 of the normalised link
/// URLs and title accuracy over the matched links, for all pages, per set and per <see cref="DevSplit"/> part; the
/// copyright notice's holder, years, text, false and missed notices, holder ignoring punctuation and license URL.
/// Then, unless <c>--quiet</c>, per page: false links, missed links, wrong titles and copyright misses (held-out pages only
/// with <c>--show-held-out</c>: they are scored, not looked at, while rules are tuned).
/// <c>--only</c> keeps the pages whose key (<c>aeb-dev/&lt;id&gt;</c>) or id starts with PREFIX. With
/// <c>--floors</c>, exits 1 when link precision, link recall or holder accuracy is below the file's
/// <c>relatedPrecision</c>, <c>relatedRecall</c> or <c>copyrightHolder</c> (the keys the file has; at least one).
/// </summary>
internal static class RelatedCommand
{
    private const string UsageLine = "usage: newskit-eval related --datasets DIR [--only PREFIX] [--quiet] [--show-held-out] [--floors FILE]   (DIR holds related-dev/labels.json, aeb-dev/, trafeval-dev/)";

    public static int Run(string[] args)
    {
        string? datasets = null;
        string? only = null;
        string? floors = null;
        var quiet = false;
        var showHeldOut = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--datasets" when i + 1 < args.Length:
                    datasets = args[++i];
                    break;
                case "--only" when i + 1 < args.Length:
                    only = args[++i];
                    break;
                case "--floors" when i + 1 < args.Length:
                    floors = args[++i];
                    break;
                case "--quiet":
                    quiet = true;
                    break;
                case "--show-held-out":
                    showHeldOut = true;
                    break;
                default:
                    Console.Error.WriteLine($"related: unknown or incomplete argument {args[i]}");
                    Console.Error.WriteLine(UsageLine);
                    return 2;
            }
        }

        if (datasets is null || !File.Exists(Path.Combine(datasets, "related-dev", "labels.json")))
        {
            Console.Error.WriteLine(UsageLine);
            return 2;
        }

        var pages = RelatedDataset.Load(datasets)
            .Where(p => only is null || p.Key.StartsWith(only, StringComparison.Ordinal) || p.Id.StartsWith(only, StringComparison.Ordinal))
            .ToList();
        if (pages.Count == 0)
        {
            Console.Error.WriteLine($"related: no labelled page matches {only}");
            return 2;
        }

        var parser = new ArticleParser();
        var results = new List<PageResult>(pages.Count);
        foreach (var page in pages)
        {
            var article = parser.Parse(page.Html, page.ParseUrl).Article;
            var links = RelatedMetric.ScoreLinks(page.Boxes, article?.RelatedLinks ?? [], page.LabelUrl);
            var copyright = RelatedMetric.CompareCopyright(page.Copyright, article?.Copyright, page.LabelUrl);
            results.Add(new PageResult(page, links, copyright, article?.Copyright));
        }

        var groups = new List<(string Name, List<PageResult> Pages)>
        {
            ("all", results),
            ("aeb-dev", results.Where(r => r.Page.Set == "aeb-dev").ToList()),
            ("trafeval-dev", results.Where(r => r.Page.Set == "trafeval-dev").ToList()),
            ("tuning", results.Where(r => !DevSplit.IsHeldOut(r.Page.Id)).ToList()),
            ("held-out", results.Where(r => DevSplit.IsHeldOut(r.Page.Id)).ToList()),
        };
        groups.RemoveAll(g => g.Pages.Count == 0);

        PrintLinks(groups);
        Console.WriteLine();
        PrintCopyright(groups);
        if (!quiet)
        {
            PrintPages(results, showHeldOut);
        }

        return floors is null ? 0 : CheckFloors(floors, results);
    }

    private static void PrintLinks(List<(string Name, List<PageResult> Pages)> groups)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"{"related links",-13} {"pages",5} {"label",5} {"pred",5} {"match",5} {"P",6} {"R",6} {"F1",6}  {"titles",-13}  {"no output",-9}  false boxes"));
        foreach (var (name, pages) in groups)
        {
            var t = LinkTotals.Of(pages);
            var noOutput = pages.Count(r => r.Links.Labelled > 0 && r.Links.Predicted == 0);
            var labelledPages = pages.Count(r => r.Links.Labelled > 0);
            var falseBoxes = pages.Count(r => r.Links.Labelled == 0 && r.Links.Predicted > 0);
            Console.WriteLine(string.Create(inv,
                $"{name,-13} {pages.Count,5} {t.Labelled,5} {t.Predicted,5} {t.Matched,5} {t.Precision,6:0.000} {t.Recall,6:0.000} {t.F1,6:0.000}  {Fraction(t.RightTitles, t.Matched),-13}  {$"{noOutput}/{labelledPages}",-9}  {falseBoxes}/{pages.Count - labelledPages}"));
        }

        Console.WriteLine("(label/pred/match: distinct normalised URLs per page, summed; P, R, F1 micro; titles: right of matched;");
        Console.WriteLine(" no output: labelled pages with no predicted link; false boxes: pages without labels with predicted links)");
    }

    private static void PrintCopyright(List<(string Name, List<PageResult> Pages)> groups)
    {
        Console.WriteLine($"{"copyright",-13} {"pages",5}  {"holder",-13}  {"years",-13}  {"text",-13}  {"false",-6}  {"missed",-6}  {"holder ~punct",-13}  license");
        foreach (var (name, pages) in groups)
        {
            var scores = pages.Select(r => r.Copyright).ToList();
            var withoutNotice = pages.Count(r => r.Page.Copyright.Text is null);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-13} {pages.Count,5}  {Count(scores.Select(s => s.Holder)),-13}  {Count(scores.Select(s => s.Years)),-13}  {Count(scores.Select(s => s.Text)),-13}  {$"{scores.Count(s => s.FalseNotice)}/{withoutNotice}",-6}  {$"{scores.Count(s => s.MissedNotice)}/{pages.Count - withoutNotice}",-6}  {Count(scores.Select(s => s.HolderIgnoringPunctuation)),-13}  {Count(scores.Select(s => s.License))}"));
        }

        Console.WriteLine("(holder, years, text: right of the pages whose label has one; false: notices on pages without a labelled notice;");
        Console.WriteLine(" missed: labelled notices with none predicted; holder ~punct: punctuation around the names ignored; license: URL match)");
    }

    private static string Count(IEnumerable<bool?> measures)
    {
        var counted = measures.Where(m => m is not null).ToList();
        return Fraction(counted.Count(m => m == true), counted.Count);
    }

    private static string Fraction(int hits, int total) =>
        total == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{hits}/{total} {(double)hits / total:0.000}");

    private static void PrintPages(List<PageResult> results, bool showHeldOut)
    {
        foreach (var r in results)
        {
            if (!showHeldOut && DevSplit.IsHeldOut(r.Page.Id))
            {
                // The held-out pages are scored, not looked at, while rules are tuned.
                continue;
            }

            var lines = new List<string>();
            lines.AddRange(r.Links.FalseLinks.Select(l => $"  false   {l.Url.AbsoluteUri}  \"{RelatedMetric.Collapse(l.Title)}\"  [{l.Section ?? "-"}]"));
            lines.AddRange(r.Links.Misses.Select(m => $"  miss    {m.Url}  \"{m.Title}\"  [{m.Heading ?? "-"}]"));
            lines.AddRange(r.Links.WrongTitles.Select(w => $"  title   {w.Url}  got \"{w.Predicted}\"  labelled \"{string.Join("\" | \"", w.Labelled)}\""));
            var c = r.Copyright;
            var label = r.Page.Copyright;
            var got = r.Predicted;
            if (c.FalseNotice)
            {
                lines.Add($"  notice  false: \"{RelatedMetric.Collapse(got!.Text)}\"");
            }

            if (c.MissedNotice)
            {
                lines.Add($"  notice  missed: labelled \"{label.Text}\"{(got is null ? string.Empty : $", got only \"{got.Text}\"")}");
            }

            if (c.Text == false && !c.MissedNotice)
            {
                lines.Add($"  text    got \"{RelatedMetric.Collapse(got!.Text)}\"  labelled \"{label.Text}\"");
            }

            if (c.Holder == false)
            {
                lines.Add($"  holder  got {Quote(got?.Holder)}  labelled {Quote(label.Holder)}{(c.HolderIgnoringPunctuation == true ? "  (right ignoring punctuation)" : string.Empty)}");
            }

            if (c.Years == false)
            {
                lines.Add($"  years   got {Years(got?.YearFrom, got?.YearTo)}  labelled {Years(label.YearFrom, label.YearTo)}");
            }

            if (c.License == false)
            {
                lines.Add($"  license got {got?.LicenseUrl?.AbsoluteUri ?? "(none)"}  labelled {label.License}");
            }

            if (lines.Count == 0)
            {
                continue;
            }

            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Page.Key}  {DevSplit.PartOf(r.Page.Id)}  links labelled {r.Links.Labelled}, predicted {r.Links.Predicted}, matched {r.Links.Matched}  {r.Page.LabelUrl}"));
            foreach (var line in lines)
            {
                Console.WriteLine(line);
            }
        }
    }

    private static string Quote(string? text) => text is null ? "(none)" : $"\"{text}\"";

    private static string Years(int? from, int? to) =>
        from is null && to is null ? "(none)" : string.Create(CultureInfo.InvariantCulture, $"{from?.ToString(CultureInfo.InvariantCulture) ?? "?"}-{to?.ToString(CultureInfo.InvariantCulture) ?? "?"}");

    private static int CheckFloors(string floorsFile, List<PageResult> results)
    {
        using var floors = JsonDocument.Parse(File.ReadAllText(floorsFile));
        var links = LinkTotals.Of(results);
        var holders = results.Select(r => r.Copyright.Holder).Where(h => h is not null).ToList();
        var holder = holders.Count == 0 ? 0 : (double)holders.Count(h => h == true) / holders.Count;
        var measures = new (string Key, string Name, double Value)[]
        {
            ("relatedPrecision", "related-link precision", links.Precision),
            ("relatedRecall", "related-link recall", links.Recall),
            ("copyrightHolder", "copyright holder accuracy", holder),
        };
        var inv = CultureInfo.InvariantCulture;
        var checkedFloors = new List<string>();
        var ok = true;
        foreach (var (key, name, value) in measures)
        {
            if (!floors.RootElement.TryGetProperty(key, out var floorElement))
            {
                continue;
            }

            var floor = floorElement.GetDouble();
            checkedFloors.Add(string.Create(inv, $"{key} {floor:0.000}"));
            if (value < floor)
            {
                Console.WriteLine(string.Create(inv, $"FAIL: {name} {value:0.000} is below the floor {floor:0.000}"));
                ok = false;
            }
        }

        if (checkedFloors.Count == 0)
        {
            Console.Error.WriteLine($"related: {floorsFile} has none of relatedPrecision, relatedRecall, copyrightHolder");
            return 2;
        }

        if (ok)
        {
            Console.WriteLine($"related gate passed (floors: {string.Join(", ", checkedFloors)})");
        }

        return ok ? 0 : 1;
    }

    private sealed record PageResult(RelatedPage Page, LinkScore Links, CopyrightScore Copyright, Copyright? Predicted);

    private sealed record LinkTotals(int Labelled, int Predicted, int Matched, int RightTitles)
    {
        public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

        public double Recall => Labelled == 0 ? 0 : (double)Matched / Labelled;

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public static LinkTotals Of(List<PageResult> pages) => new(
            pages.Sum(r => r.Links.Labelled),
            pages.Sum(r => r.Links.Predicted),
            pages.Sum(r => r.Links.Matched),
            pages.Sum(r => r.Links.RightTitles));
    }
}

/// <summary>One page of related-dev with its bytes and labels.</summary>
/// <param name="Key">The label key, <c>&lt;set&gt;/&lt;id&gt;</c>.</param>
/// <param name="Set">The data set folder's name (aeb-dev, trafeval-dev).</param>
/// <param name="Id">The page id within its set.</param>
/// <param name="LabelUrl">The label's page URL, against which relative URLs are resolved in scoring.</param>
/// <param name="ParseUrl">The URL the page is parsed with: its set's, else the label's.</param>
/// <param name="Html">The page's bytes, gunzipped.</param>
/// <param name="Boxes">The labelled related-link boxes.</param>
/// <param name="Copyright">The labelled copyright notice.</param>
internal sealed record RelatedPage(string Key, string Set, string Id, Uri? LabelUrl, Uri? ParseUrl, byte[] Html, IReadOnlyList<LabelledBox> Boxes, CopyrightLabel Copyright);

/// <summary>Reads <c>related-dev/labels.json</c> and the labelled pages from their own sets' folders.</summary>
internal static class RelatedDataset
{
    public static List<RelatedPage> Load(string datasets)
    {
        using var labels = JsonDocument.Parse(File.ReadAllText(Path.Combine(datasets, "related-dev", "labels.json")));
        var setUrls = new Dictionary<string, Dictionary<string, string?>>(StringComparer.Ordinal);
        var pages = new List<RelatedPage>();
        foreach (var entry in labels.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var slash = entry.Name.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0)
            {
                throw new InvalidDataException($"label key {entry.Name} is not <set>/<id>");
            }

            var set = entry.Name[..slash];
            var id = entry.Name[(slash + 1)..];
            if (!setUrls.TryGetValue(set, out var urls))
            {
                urls = PageUrls(Path.Combine(datasets, set));
                setUrls[set] = urls;
            }

            var label = entry.Value;
            var labelUrl = HttpUrl(Str(label, "url"));
            var parseUrl = HttpUrl(urls.GetValueOrDefault(id)) ?? labelUrl;
            var boxes = label.GetProperty("boxes").EnumerateArray()
                .Select(b => new LabelledBox(
                    Str(b, "heading"),
                    b.GetProperty("links").EnumerateArray().Select(l => new LabelledLink(Str(l, "url")!, Str(l, "title") ?? string.Empty)).ToList()))
                .ToList();
            var c = label.GetProperty("copyright");
            var copyright = new CopyrightLabel(Str(c, "text"), Str(c, "holder"), Int(c, "yearFrom"), Int(c, "yearTo"), Str(c, "license"));
            var html = TrafevalDataset.Gunzip(Path.Combine(datasets, set, "html", id + ".html.gz"));
            pages.Add(new RelatedPage(entry.Name, set, id, labelUrl, parseUrl, html, boxes, copyright));
        }

        return pages;
    }

    /// <summary>The page URLs a set gives: <c>url</c> of <c>ground-truth.json</c> (aeb-style) or <c>evaldata.json</c> (trafeval-style).</summary>
    private static Dictionary<string, string?> PageUrls(string folder)
    {
        var file = new[] { "ground-truth.json", "evaldata.json" }.Select(f => Path.Combine(folder, f)).FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"{folder} has neither ground-truth.json nor evaldata.json");
        using var data = JsonDocument.Parse(File.ReadAllText(file));
        return data.RootElement.EnumerateObject().ToDictionary(e => e.Name, e => Str(e.Value, "url"), StringComparer.Ordinal);
    }

    /// <summary>An absolute http(s) URL, or null (trafeval-dev has a page whose <c>url</c> is <c>recall::...</c>).</summary>
    private static Uri? HttpUrl(string? text) =>
        text is not null && Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
