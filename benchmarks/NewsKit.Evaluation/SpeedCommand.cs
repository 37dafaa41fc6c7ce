using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using AngleSharp;
using AngleSharp.Html.Parser;

namespace NewsKit.Evaluation;

/// <summary>
/// <c>speed --dataset DIR [--rounds N] [--warmup N]</c>: the whole <see cref="ArticleParser.Parse(ReadOnlyMemory{byte}, Uri?, string?, CancellationToken)"/>
/// over every page of an aeb-style folder, beside AngleSharp's <see cref="HtmlParser.ParseDocument(string)"/> alone
/// (the floor for any extractor built on AngleSharp; once with its default settings, once with the settings NewsKit's
/// own parse uses) and SmartReader (a Readability port), in the same process,
/// one thread, after warm-up rounds of every contender, with the timed rounds taking the contenders in turn. Reports
/// pages/s, mean and median ms/page, bytes allocated per page and both ratios to AngleSharp alone
/// (<see cref="GC.GetAllocatedBytesForCurrentThread"/>). Every contender gets the page's UTF-8 bytes and must
/// decode them itself. Run it in Release.
/// </summary>
internal static class SpeedCommand
{
    public static int Run(string[] args)
    {
        var options = CommandLine.Parse(args, ["--dataset", "--rounds", "--warmup"]);
        if (options is null || !options.TryGetValue("--dataset", out var dataset))
        {
            Console.Error.WriteLine("usage: newskit-eval speed --dataset DIR [--rounds N] [--warmup N]");
            return 2;
        }

        var rounds = options.TryGetValue("--rounds", out var r) ? int.Parse(r, CultureInfo.InvariantCulture) : 3;
        var warmup = options.TryGetValue("--warmup", out var w) ? int.Parse(w, CultureInfo.InvariantCulture) : 10;
#if DEBUG
        Console.WriteLine("warning: Debug build; run with -c Release for meaningful figures");
#endif
        var pages = AebDataset.Load(dataset);
        var newsKit = new ArticleParser();
        var angleSharp = new HtmlParser();
        // AngleSharp with what NewsKit's own DOM build does besides extracting (no comments, no source positions, no
        // attribute observer, the bytes decoded into a pooled buffer): shows how much of the gap to the default row is
        // the DOM build's settings rather than the extraction.
        var leanAngleSharp = new HtmlParser(
            Input.DocumentLoader.ParserOptions(ArticleParserOptions.Default.MaxDepth),
            BrowsingContext.New(Input.DocumentLoader.ParseConfiguration));
        var sink = 0L;
        var contenders = new (string Name, Func<AebPage, long> Run)[]
        {
            ("AngleSharp ParseDocument alone", page =>
            {
                using var document = angleSharp.ParseDocument(Encoding.UTF8.GetString(page.Html));
                return document.All.Length;
            }),
            ("AngleSharp ParseDocument alone, NewsKit's parser settings", page =>
            {
                var buffer = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(page.Html.Length));
                try
                {
                    using var document = leanAngleSharp.ParseDocument(buffer, Encoding.UTF8.GetChars(page.Html, buffer));
                    return document.All.Length;
                }
                finally
                {
                    ArrayPool<char>.Shared.Return(buffer);
                }
            }),
            ("NewsKit ArticleParser.Parse (every field)", page =>
                newsKit.Parse(page.Html, page.Url).Article?.Body.Text.Length ?? 0),
            ("SmartReader 0.11.1 GetArticle", page =>
                new SmartReader.Reader(page.Url?.ToString() ?? "https://example.invalid/", Encoding.UTF8.GetString(page.Html)).GetArticle().TextContent?.Length ?? 0),
        };

        var inv = CultureInfo.InvariantCulture;

        // Warm every contender up before timing any: tiered compilation with dynamic PGO needs a few hundred calls
        // per method to settle, and a contender timed straight after one pass runs at a fraction of its speed.
        // NewsKit, with many more methods than a DOM parse, reaches its steady speed after about ten passes over
        // aeb-dev (about 900 parses); hence ten warm-up rounds by default.
        for (var round = 0; round < warmup; round++)
        {
            foreach (var (_, run) in contenders)
            {
                foreach (var page in pages)
                {
                    sink += run(page);
                }
            }
        }

        // Timed rounds take the contenders in turn, so that a slow spell of a shared machine falls on all of them; each
        // timed pass follows an untimed pass of the same contender.
        var times = contenders.Select(_ => new List<double>(pages.Count * rounds)).ToArray();
        var allocated = new long[contenders.Length];
        var best = contenders.Select(_ => Enumerable.Repeat(double.MaxValue, pages.Count).ToArray()).ToArray();
        var total = new TimeSpan[contenders.Length];
        for (var round = 0; round < rounds; round++)
        {
            for (var c = 0; c < contenders.Length; c++)
            {
                // An untimed pass of the same contender first, so that no contender is timed straight after another
                // one has filled the caches and tuned the collector to its own allocation pattern.
                foreach (var page in pages)
                {
                    sink += contenders[c].Run(page);
                }

                GC.Collect();
                GC.WaitForPendingFinalizers();
                for (var p = 0; p < pages.Count; p++)
                {
                    var page = pages[p];
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    var started = Stopwatch.GetTimestamp();
                    sink += contenders[c].Run(page);
                    var took = Stopwatch.GetElapsedTime(started);
                    allocated[c] += GC.GetAllocatedBytesForCurrentThread() - before;
                    total[c] += took;
                    times[c].Add(took.TotalMilliseconds);
                    best[c][p] = Math.Min(best[c][p], took.TotalMilliseconds);
                }
            }
        }

        Console.WriteLine(string.Create(inv, $"{pages.Count} pages, {pages.Sum(p => (long)p.Html.Length) / pages.Count / 1024} KB per page on average, {warmup} warm-up rounds, then {rounds} timed rounds taking the contenders in turn (each timed pass after an untimed one of the same contender), one thread"));
        Console.WriteLine();
        Console.WriteLine("| contender | pages/s | mean ms/page | median ms/page | best-of-rounds ms/page | allocated KB/page | time vs AngleSharp (mean) | time vs AngleSharp (median) | time vs AngleSharp (best) | allocations vs AngleSharp |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var baseMean = total[0].TotalMilliseconds / times[0].Count;
        var baseMedian = Median(times[0]);
        var baseBest = best[0].Average();
        var baseBytes = (double)allocated[0] / times[0].Count;
        for (var c = 0; c < contenders.Length; c++)
        {
            var count = times[c].Count;
            var mean = total[c].TotalMilliseconds / count;
            var bytes = (double)allocated[c] / count;
            var fastest = best[c].Average();
            var median = Median(times[c]);
            Console.WriteLine(string.Create(inv, $"| {contenders[c].Name} | {count / total[c].TotalSeconds:0.0} | {mean:0.00} | {median:0.00} | {fastest:0.00} | {bytes / 1024:0} | {mean / baseMean:0.00}x | {median / baseMedian:0.00}x | {fastest / baseBest:0.00}x | {bytes / baseBytes:0.00}x |"));
        }

        const int Lean = 1, NewsKit = 2;
        double Mean(int c) => total[c].TotalMilliseconds / times[c].Count;
        Console.WriteLine();
        Console.WriteLine(string.Create(inv, $"NewsKit against AngleSharp with NewsKit's parser settings: time {Mean(NewsKit) / Mean(Lean):0.00}x (mean), {Median(times[NewsKit]) / Median(times[Lean]):0.00}x (median), {best[NewsKit].Average() / best[Lean].Average():0.00}x (best); allocations {(double)allocated[NewsKit] / allocated[Lean]:0.00}x"));
        Console.WriteLine();
        Console.WriteLine("best-of-rounds: each page's fastest time over the timed rounds, averaged over the pages; it drops the");
        Console.WriteLine("slow spells of a shared machine that the mean keeps.");
        Console.WriteLine(string.Create(inv, $"(checksum {sink})"));
        return 0;
    }

    /// <summary>The median of the per-page times (sorts the list).</summary>
    private static double Median(List<double> times)
    {
        times.Sort();
        return times[times.Count / 2];
    }
}
