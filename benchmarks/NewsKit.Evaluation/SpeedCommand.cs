using System.Diagnostics;
using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;

namespace NewsKit.Evaluation;

/// <summary>
/// <c>speed --dataset DIR [--rounds N]</c>: the whole <see cref="ArticleParser.Parse(ReadOnlyMemory{byte}, Uri?, string?, CancellationToken)"/>
/// over every page of an aeb-style folder, beside AngleSharp's <see cref="HtmlParser.ParseDocument(string)"/> alone
/// (the floor for any extractor built on AngleSharp) and SmartReader (a Readability port), in the same process,
/// one thread, after one warm-up pass per contender. Reports pages/s, median ms/page and bytes allocated per page
/// (<see cref="GC.GetAllocatedBytesForCurrentThread"/>). Every contender gets the page's UTF-8 bytes and must
/// decode them itself. Run it in Release.
/// </summary>
internal static class SpeedCommand
{
    public static int Run(string[] args)
    {
        var options = CommandLine.Parse(args, ["--dataset", "--rounds"]);
        if (options is null || !options.TryGetValue("--dataset", out var dataset))
        {
            Console.Error.WriteLine("usage: newskit-eval speed --dataset DIR [--rounds N]");
            return 2;
        }

        var rounds = options.TryGetValue("--rounds", out var r) ? int.Parse(r, CultureInfo.InvariantCulture) : 3;
#if DEBUG
        Console.WriteLine("warning: Debug build; run with -c Release for meaningful figures");
#endif
        var pages = AebDataset.Load(dataset);
        var newsKit = new ArticleParser();
        var angleSharp = new HtmlParser();
        var sink = 0L;
        var contenders = new (string Name, Func<AebPage, long> Run)[]
        {
            ("AngleSharp ParseDocument alone", page =>
            {
                using var document = angleSharp.ParseDocument(Encoding.UTF8.GetString(page.Html));
                return document.All.Length;
            }),
            ("NewsKit ArticleParser.Parse (every field)", page =>
                newsKit.Parse(page.Html, page.Url).Article?.Body.Text.Length ?? 0),
            ("SmartReader 0.11.1 GetArticle", page =>
                new SmartReader.Reader(page.Url?.ToString() ?? "https://example.invalid/", Encoding.UTF8.GetString(page.Html)).GetArticle().TextContent?.Length ?? 0),
        };

        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"{pages.Count} pages, {pages.Sum(p => (long)p.Html.Length) / pages.Count / 1024} KB per page on average, {rounds} timed rounds after one warm-up round, one thread"));
        Console.WriteLine();
        Console.WriteLine("| contender | pages/s | median ms/page | allocated KB/page |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, run) in contenders)
        {
            foreach (var page in pages)
            {
                sink += run(page);
            }

            var times = new List<double>(pages.Count * rounds);
            long allocated = 0;
            var total = TimeSpan.Zero;
            for (var round = 0; round < rounds; round++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                foreach (var page in pages)
                {
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    var started = Stopwatch.GetTimestamp();
                    sink += run(page);
                    var took = Stopwatch.GetElapsedTime(started);
                    allocated += GC.GetAllocatedBytesForCurrentThread() - before;
                    total += took;
                    times.Add(took.TotalMilliseconds);
                }
            }

            times.Sort();
            var median = times[times.Count / 2];
            var perSecond = times.Count / total.TotalSeconds;
            Console.WriteLine(string.Create(inv, $"| {name} | {perSecond:0.0} | {median:0.00} | {allocated / times.Count / 1024.0:0} |"));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(inv, $"(checksum {sink})"));
        return 0;
    }
}
