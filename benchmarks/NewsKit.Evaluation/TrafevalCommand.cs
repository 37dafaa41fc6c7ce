using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using NewsKit.Models;

namespace NewsKit.Evaluation;

/// <summary>
/// Body scoring with trafilatura's own evaluation metric on a folder laid out like trafeval-dev (<c>evaldata.json</c>
/// and <c>html/&lt;id&gt;.html.gz</c>): <c>trafeval --dataset DIR [--worst N] [--scramble SEED] [--floors FILE] [--out FILE]</c>.
/// Each <c>with</c> snippet found in the whitespace-collapsed body is a true positive, else a false negative; each
/// <c>without</c> snippet found is a false positive, else a true negative; counts are summed over the pages. A page
/// is lost when it has <c>with</c> snippets and none was found. Figures are printed for all pages, the tuning part
/// and the held-out part (<see cref="DevSplit"/>), with the lost pages by id and the body path that gave each body.
/// With <c>--floors</c>, exits 1 when F is below the floor's <c>trafevalF</c> or more pages are lost than its
/// <c>trafevalLost</c>. A second table scores the same parses with the standfirst the page shows counted as the body's
/// first paragraph (<see cref="ShownStandfirst"/>): trafilatura's labels count a deck shown above the body as main
/// text, NewsKit returns it as <see cref="Article.Standfirst"/>. The gate reads the first table.
/// </summary>
internal static class TrafevalCommand
{
    public static int Run(string[] args)
    {
        var options = CommandLine.Parse(args, ["--dataset", "--worst", "--scramble", "--floors", "--out"]);
        if (options is null || !options.TryGetValue("--dataset", out var dataset) || !File.Exists(Path.Combine(dataset, "evaldata.json")))
        {
            Console.Error.WriteLine("usage: newskit-eval trafeval --dataset DIR [--worst N] [--scramble SEED] [--floors FILE] [--out FILE]   (DIR holds evaldata.json and html/)");
            return 2;
        }

        var inv = CultureInfo.InvariantCulture;
        var worst = options.TryGetValue("--worst", out var w) ? int.Parse(w, inv) : 20;
        var scrambler = options.TryGetValue("--scramble", out var s) ? new ClassScrambler(int.Parse(s, inv)) : null;
        var pages = TrafevalDataset.Load(dataset);
        var parser = new ArticleParser();
        var results = new List<PageResult>(pages.Count);
        var withDeck = new List<PageResult>(pages.Count);
        var outputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var elapsed = TimeSpan.Zero;
        foreach (var page in pages)
        {
            var bytes = scrambler?.Scramble(page.Html) ?? page.Html;
            var started = Stopwatch.GetTimestamp();
            var result = parser.Parse(bytes, page.Url);
            elapsed += Stopwatch.GetElapsedTime(started);
            var body = result.Article?.Body;
            var text = body?.Text ?? string.Empty;
            outputs[page.Id] = text;
            results.Add(Score(page, Collapse(text), body?.Path, result.Failure));
            withDeck.Add(Score(page, Collapse(ShownStandfirst.Prepend(result.Article, text)), body?.Path, result.Failure));
        }

        Console.WriteLine(string.Create(inv, $"{"part",-9} {"pages",5} {"F",7} {"P",7} {"R",7} {"acc",7} {"lost",5}"));
        Print("all", results);
        Print("tuning", results.Where(r => !DevSplit.IsHeldOut(r.Id)).ToList());
        Print("held-out", results.Where(r => DevSplit.IsHeldOut(r.Id)).ToList());
        Console.WriteLine(ShownStandfirst.Caption);
        Print("all", withDeck);
        Print("tuning", withDeck.Where(r => !DevSplit.IsHeldOut(r.Id)).ToList());
        Print("held-out", withDeck.Where(r => DevSplit.IsHeldOut(r.Id)).ToList());
        Console.WriteLine(string.Create(inv, $"pages/s   {pages.Count / Math.Max(elapsed.TotalSeconds, 1e-9):0.0} (Parse only, one thread, first pass includes warm-up)"));
        Console.WriteLine("body paths: " + string.Join(", ", results.GroupBy(r => r.Path?.ToString() ?? "none").OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")));

        var lost = results.Where(r => r.Lost).ToList();
        Console.WriteLine();
        Console.WriteLine($"lost pages ({lost.Count}):");
        foreach (var r in lost)
        {
            Console.WriteLine($"  {r.Id}  {DevSplit.PartOf(r.Id),-8}  {r.Failure,-14} path {r.Path?.ToString() ?? "none",-10} {r.Url}");
        }

        Console.WriteLine();
        Console.WriteLine($"{worst} worst of the rest (missed with, found without):");
        foreach (var r in results.Where(r => !r.Lost).OrderByDescending(r => r.FalseNegatives + r.FalsePositives).ThenBy(r => r.Id, StringComparer.Ordinal).Take(worst))
        {
            Console.WriteLine(string.Create(inv, $"  {r.Id}  {DevSplit.PartOf(r.Id),-8}  missed {r.FalseNegatives}/{r.FalseNegatives + r.TruePositives}  found-without {r.FalsePositives}/{r.FalsePositives + r.TrueNegatives}  path {r.Path?.ToString() ?? "none"}  {r.Url}"));
        }

        if (options.TryGetValue("--out", out var outFile))
        {
            File.WriteAllText(outFile, JsonSerializer.Serialize(outputs, new JsonSerializerOptions { WriteIndented = true }));
        }

        return options.TryGetValue("--floors", out var floors) ? CheckFloors(floors, results) : 0;
    }

    private static int CheckFloors(string floorsFile, List<PageResult> results)
    {
        using var floors = JsonDocument.Parse(File.ReadAllText(floorsFile));
        var fFloor = floors.RootElement.GetProperty("trafevalF").GetDouble();
        var lostCeiling = floors.RootElement.GetProperty("trafevalLost").GetInt32();
        var total = Totals.Of(results);
        var ok = true;
        if (total.F < fFloor)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FAIL: trafeval F {total.F:0.0000} is below the floor {fFloor:0.0000}"));
            ok = false;
        }

        if (total.Lost > lostCeiling)
        {
            Console.WriteLine($"FAIL: {total.Lost} trafeval pages lost, more than the {lostCeiling} allowed");
            ok = false;
        }

        if (ok)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trafeval gate passed (floors: F {fFloor:0.0000}, at most {lostCeiling} lost)"));
        }

        return ok ? 0 : 1;
    }

    private static void Print(string part, List<PageResult> results)
    {
        var t = Totals.Of(results);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{part,-9} {results.Count,5} {t.F,7:0.0000} {t.Precision,7:0.0000} {t.Recall,7:0.0000} {t.Accuracy,7:0.0000} {t.Lost,5}"));
    }

    private static PageResult Score(TrafevalPage page, string text, BodyPath? path, ParseFailure failure)
    {
        int tp = 0, fn = 0, fp = 0, tn = 0;
        foreach (var snippet in page.With)
        {
            if (text.Contains(snippet, StringComparison.Ordinal))
            {
                tp++;
            }
            else
            {
                fn++;
            }
        }

        foreach (var snippet in page.Without)
        {
            if (text.Contains(snippet, StringComparison.Ordinal))
            {
                fp++;
            }
            else
            {
                tn++;
            }
        }

        return new PageResult(page.Id, page.Url, tp, fn, fp, tn, path, failure);
    }

    /// <summary>Collapses every run of white space to one space (Python's <c>" ".join(text.split())</c>).</summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var part in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(part);
        }

        return sb.ToString();
    }

    private sealed record PageResult(string Id, Uri? Url, int TruePositives, int FalseNegatives, int FalsePositives, int TrueNegatives, BodyPath? Path, ParseFailure Failure)
    {
        public bool Lost => TruePositives == 0 && FalseNegatives > 0;
    }

    private sealed record Totals(double F, double Precision, double Recall, double Accuracy, int Lost)
    {
        public static Totals Of(List<PageResult> results)
        {
            double tp = results.Sum(r => r.TruePositives), fn = results.Sum(r => r.FalseNegatives);
            double fp = results.Sum(r => r.FalsePositives), tn = results.Sum(r => r.TrueNegatives);
            var precision = tp + fp == 0 ? 0 : tp / (tp + fp);
            var recall = tp + fn == 0 ? 0 : tp / (tp + fn);
            var f = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            var all = tp + fn + fp + tn;
            return new Totals(f, precision, recall, all == 0 ? 0 : (tp + tn) / all, results.Count(r => r.Lost));
        }
    }
}

/// <summary>One page of a trafilatura-style evaluation set.</summary>
internal sealed record TrafevalPage(string Id, Uri? Url, byte[] Html, IReadOnlyList<string> With, IReadOnlyList<string> Without, JsonElement Labels);

/// <summary>Reads a folder laid out like trafeval-dev: <c>evaldata.json</c> and <c>html/&lt;id&gt;.html.gz</c>.</summary>
internal static class TrafevalDataset
{
    public static List<TrafevalPage> Load(string folder)
    {
        using var data = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "evaldata.json")));
        var pages = new List<TrafevalPage>();
        foreach (var entry in data.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, "html", entry.Name + ".html.gz");
            if (!File.Exists(path))
            {
                continue;
            }

            var url = entry.Value.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String
                && Uri.TryCreate(u.GetString(), UriKind.Absolute, out var parsed) ? parsed : null;
            pages.Add(new TrafevalPage(entry.Name, url, Gunzip(path), Snippets(entry.Value, "with"), Snippets(entry.Value, "without"), entry.Value.Clone()));
        }

        return pages;
    }

    private static List<string> Snippets(JsonElement page, string name) =>
        page.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => TrafevalCommand.Collapse(e.GetString()!)).Where(t => t.Length > 0).ToList()
            : [];

    public static byte[] Gunzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return memory.ToArray();
    }
}
