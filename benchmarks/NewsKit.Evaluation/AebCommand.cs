using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using NewsKit.Models;

namespace NewsKit.Evaluation;

/// <summary>
/// Body-text scoring with the article-extraction benchmark's metric:
/// <c>aeb --dataset DIR [--out FILE] [--worst N] [--floors FILE]</c>. DIR holds <c>ground-truth.json</c> and
/// <c>html/&lt;id&gt;.html.gz</c>; each page is parsed from its bytes with the URL from the ground truth.
/// With <c>--floors</c>, exits 1 when F1 or accuracy is below the floors in that JSON file. A second table scores the
/// same parses with the standfirst the page shows put back before the body (<see cref="ShownStandfirst"/>; AEB's ground
/// truth leaves decks out); the gate reads the first.
/// </summary>
internal static class AebCommand
{
    public static int Run(string[] args)
    {
        var options = CommandLine.Parse(args, ["--dataset", "--out", "--worst", "--floors", "--scramble"]);
        if (options is null || !options.TryGetValue("--dataset", out var dataset))
        {
            Console.Error.WriteLine("usage: newskit-eval aeb --dataset DIR [--out FILE] [--worst N] [--floors FILE] [--scramble SEED]");
            return 2;
        }

        var worstCount = options.TryGetValue("--worst", out var w) ? int.Parse(w, CultureInfo.InvariantCulture) : 10;
        var scrambler = options.TryGetValue("--scramble", out var seed) ? new ClassScrambler(int.Parse(seed, CultureInfo.InvariantCulture)) : null;
        var pages = AebDataset.Load(dataset);
        var parser = new ArticleParser();
        var scores = new List<(string Id, PageScore Score)>(pages.Count);
        var withDeck = new List<(string Id, PageScore Score)>(pages.Count);
        var paths = new Dictionary<string, BodyPath>(StringComparer.Ordinal);
        var outputs = new SortedDictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var elapsed = TimeSpan.Zero;
        foreach (var page in pages)
        {
            var started = Stopwatch.GetTimestamp();
            var result = parser.Parse(scrambler?.Scramble(page.Html) ?? page.Html, page.Url);
            elapsed += Stopwatch.GetElapsedTime(started);
            var text = result.Article?.Body.Text ?? string.Empty;
            paths[page.Id] = result.Article?.Body.Path ?? BodyPath.None;
            outputs[page.Id] = new Dictionary<string, string> { ["articleBody"] = text };
            scores.Add((page.Id, AebMetric.ScorePage(page.Truth, text)));
            withDeck.Add((page.Id, AebMetric.ScorePage(page.Truth, ShownStandfirst.Prepend(result.Article, text))));
        }

        var total = AebMetric.Combine(scores.Select(s => s.Score).ToList());
        var inv = CultureInfo.InvariantCulture;
        var lost = scores.Where(s => s.Score.F1 < LostBelow).ToList();
        Console.WriteLine(string.Create(inv, $"{"part",-9} {"pages",5} {"F1",7} {"P",7} {"R",7} {"acc",7} {"lost",5}"));
        Print("all", scores);
        Print("tuning", scores.Where(s => !DevSplit.IsHeldOut(s.Id)).ToList());
        Print("held-out", scores.Where(s => DevSplit.IsHeldOut(s.Id)).ToList());
        Console.WriteLine(ShownStandfirst.Caption);
        Print("all", withDeck);
        Print("tuning", withDeck.Where(s => !DevSplit.IsHeldOut(s.Id)).ToList());
        Print("held-out", withDeck.Where(s => DevSplit.IsHeldOut(s.Id)).ToList());
        Console.WriteLine(string.Create(inv, $"pages/s   {pages.Count / Math.Max(elapsed.TotalSeconds, 1e-9):0.0} (Parse only, one thread, first pass includes warm-up)"));
        Console.WriteLine("body paths: " + string.Join(", ", paths.Values.GroupBy(p => p).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")));
        Console.WriteLine();
        Console.WriteLine(string.Create(inv, $"lost pages (page F1 below {LostBelow}): {lost.Count}"));
        foreach (var (id, score) in lost)
        {
            Console.WriteLine(string.Create(inv, $"  {score.F1:0.000}  {id}  {DevSplit.PartOf(id),-8}  path {paths[id]}"));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(inv, $"{worstCount} worst pages (page F1, precision, recall):"));
        foreach (var (id, score) in scores.OrderBy(s => s.Score.F1).ThenBy(s => s.Id, StringComparer.Ordinal).Take(worstCount))
        {
            Console.WriteLine(string.Create(inv, $"  {score.F1:0.000}  P {score.Precision:0.000}  R {score.Recall:0.000}  {id[..12]}  {DevSplit.PartOf(id),-8}  {paths[id],-10}  {pages.First(p => p.Id == id).Url}"));
        }

        if (options.TryGetValue("--out", out var outFile))
        {
            File.WriteAllText(outFile, JsonSerializer.Serialize(outputs, new JsonSerializerOptions { WriteIndented = true }));
        }

        if (options.TryGetValue("--floors", out var floorsFile))
        {
            return CheckFloors(floorsFile, total, lost.Count);
        }

        return 0;
    }

    /// <summary>A page whose F1 is below this is lost: most of its article is missing or buried in other text.</summary>
    public const double LostBelow = 0.5;

    private static void Print(string part, List<(string Id, PageScore Score)> scores)
    {
        var t = AebMetric.Combine(scores.Select(s => s.Score).ToList());
        var lost = scores.Count(s => s.Score.F1 < LostBelow);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{part,-9} {t.Pages,5} {t.F1,7:0.0000} {t.Precision,7:0.0000} {t.Recall,7:0.0000} {t.Accuracy,7:0.0000} {lost,5}"));
    }

    private static int CheckFloors(string floorsFile, AebResult total, int lost)
    {
        using var floors = JsonDocument.Parse(File.ReadAllText(floorsFile));
        var f1Floor = floors.RootElement.GetProperty("f1").GetDouble();
        var accuracyFloor = floors.RootElement.GetProperty("accuracy").GetDouble();
        var inv = CultureInfo.InvariantCulture;
        var ok = true;
        if (total.F1 < f1Floor)
        {
            Console.WriteLine(string.Create(inv, $"FAIL: F1 {total.F1:0.0000} is below the floor {f1Floor:0.0000}"));
            ok = false;
        }

        if (total.Accuracy < accuracyFloor)
        {
            Console.WriteLine(string.Create(inv, $"FAIL: accuracy {total.Accuracy:0.0000} is below the floor {accuracyFloor:0.0000}"));
            ok = false;
        }

        if (lost > 0)
        {
            Console.WriteLine($"FAIL: {lost} pages lost (page F1 below {LostBelow.ToString(inv)}); none may be");
            ok = false;
        }

        if (ok)
        {
            Console.WriteLine(string.Create(inv, $"quality gate passed (floors: F1 {f1Floor:0.0000}, accuracy {accuracyFloor:0.0000})"));
        }

        return ok ? 0 : 1;
    }
}

/// <summary>One labelled page: its id, URL, gzip-decompressed bytes and ground-truth body.</summary>
internal sealed record AebPage(string Id, Uri? Url, byte[] Html, string Truth);

/// <summary>Reads a folder laid out like aeb-dev: <c>ground-truth.json</c> and <c>html/&lt;id&gt;.html.gz</c>.</summary>
internal static class AebDataset
{
    public static List<AebPage> Load(string folder)
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "ground-truth.json")));
        var pages = new List<AebPage>();
        foreach (var entry in truth.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, "html", entry.Name + ".html.gz");
            if (!File.Exists(path))
            {
                continue;
            }

            var url = entry.Value.TryGetProperty("url", out var u) && Uri.TryCreate(u.GetString(), UriKind.Absolute, out var parsed) ? parsed : null;
            var body = entry.Value.TryGetProperty("articleBody", out var b) ? b.GetString() ?? string.Empty : string.Empty;
            pages.Add(new AebPage(entry.Name, url, Gunzip(path), body));
        }

        return pages;
    }

    private static byte[] Gunzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return memory.ToArray();
    }
}

/// <summary>Reads <c>--name value</c> pairs.</summary>
internal static class CommandLine
{
    public static Dictionary<string, string>? Parse(string[] args, string[] known)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!known.Contains(args[i]) || i + 1 >= args.Length)
            {
                Console.Error.WriteLine($"unknown or incomplete option: {args[i]}");
                return null;
            }

            options[args[i]] = args[++i];
        }

        return options;
    }
}
