using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace NewsKit.Evaluation;

/// <summary>
/// Body-text scoring with the article-extraction benchmark's metric:
/// <c>aeb --dataset DIR [--out FILE] [--worst N] [--floors FILE]</c>. DIR holds <c>ground-truth.json</c> and
/// <c>html/&lt;id&gt;.html.gz</c>; each page is parsed from its bytes with the URL from the ground truth.
/// With <c>--floors</c>, exits 1 when F1 or accuracy is below the floors in that JSON file.
/// </summary>
internal static class AebCommand
{
    public static int Run(string[] args)
    {
        var options = CommandLine.Parse(args, ["--dataset", "--out", "--worst", "--floors"]);
        if (options is null || !options.TryGetValue("--dataset", out var dataset))
        {
            Console.Error.WriteLine("usage: newskit-eval aeb --dataset DIR [--out FILE] [--worst N] [--floors FILE]");
            return 2;
        }

        var worstCount = options.TryGetValue("--worst", out var w) ? int.Parse(w, CultureInfo.InvariantCulture) : 10;
        var pages = AebDataset.Load(dataset);
        var parser = new ArticleParser();
        var scores = new List<(string Id, PageScore Score)>(pages.Count);
        var outputs = new SortedDictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var elapsed = TimeSpan.Zero;
        foreach (var page in pages)
        {
            var started = Stopwatch.GetTimestamp();
            var result = parser.Parse(page.Html, page.Url);
            elapsed += Stopwatch.GetElapsedTime(started);
            var text = result.Article?.Body.Text ?? string.Empty;
            outputs[page.Id] = new Dictionary<string, string> { ["articleBody"] = text };
            scores.Add((page.Id, AebMetric.ScorePage(page.Truth, text)));
        }

        var total = AebMetric.Combine(scores.Select(s => s.Score).ToList());
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"pages      {total.Pages}"));
        Console.WriteLine(string.Create(inv, $"F1         {total.F1:0.0000}"));
        Console.WriteLine(string.Create(inv, $"precision  {total.Precision:0.0000}"));
        Console.WriteLine(string.Create(inv, $"recall     {total.Recall:0.0000}"));
        Console.WriteLine(string.Create(inv, $"accuracy   {total.Accuracy:0.0000}"));
        Console.WriteLine(string.Create(inv, $"pages/s    {pages.Count / Math.Max(elapsed.TotalSeconds, 1e-9):0.0} (Parse only, one thread, first pass includes warm-up)"));
        Console.WriteLine();
        Console.WriteLine(string.Create(inv, $"{worstCount} worst pages (page F1, precision, recall):"));
        foreach (var (id, score) in scores.OrderBy(s => s.Score.F1).ThenBy(s => s.Id, StringComparer.Ordinal).Take(worstCount))
        {
            Console.WriteLine(string.Create(inv, $"  {score.F1:0.000}  P {score.Precision:0.000}  R {score.Recall:0.000}  {id}  {pages.First(p => p.Id == id).Url}"));
        }

        if (options.TryGetValue("--out", out var outFile))
        {
            File.WriteAllText(outFile, JsonSerializer.Serialize(outputs, new JsonSerializerOptions { WriteIndented = true }));
        }

        if (options.TryGetValue("--floors", out var floorsFile))
        {
            return CheckFloors(floorsFile, total);
        }

        return 0;
    }

    private static int CheckFloors(string floorsFile, AebResult total)
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
