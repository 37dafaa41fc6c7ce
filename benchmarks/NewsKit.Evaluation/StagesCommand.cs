using System.Diagnostics;
using System.Globalization;
using NewsKit.Body;
using NewsKit.Input;
using NewsKit.Metadata;
using NewsKit.Pipeline;
using NewsKit.Timestamps;

namespace NewsKit.Evaluation;

/// <summary>
/// <c>stages --dataset DIR</c>: where the time and allocations of one parse go, stage by stage (decode, DOM,
/// metadata with copyright, related links, body), summed over every page after seven warm-up passes, one thread.
/// </summary>
internal static class StagesCommand
{
    public static int Run(string[] args)
    {
        var options = CommandLine.Parse(args, ["--dataset"]);
        if (options is null || !options.TryGetValue("--dataset", out var dataset))
        {
            Console.Error.WriteLine("usage: newskit-eval stages --dataset DIR");
            return 2;
        }

        var pages = AebDataset.Load(dataset);
        var names = new[] { "decode", "DOM (DocumentLoader)", "metadata (with copyright)", "related links", "body" };
        var time = new double[names.Length];
        var bytes = new long[names.Length];
        // Eight passes over the pages, the last one measured: tiered compilation (and with it the escape analysis that
        // keeps some objects off the heap) takes several passes to settle, for time and for allocations alike.
        for (var pass = 0; pass < 8; pass++)
        {
            Array.Clear(time);
            Array.Clear(bytes);
            foreach (var page in pages)
            {
                var stage = 0;
                var started = Stopwatch.GetTimestamp();
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                void Lap()
                {
                    time[stage] += Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    bytes[stage] += GC.GetAllocatedBytesForCurrentThread() - allocated;
                    stage++;
                    started = Stopwatch.GetTimestamp();
                    allocated = GC.GetAllocatedBytesForCurrentThread();
                }

                // The parser always loads with a token that its time budget can cancel; so does this.
                using var budget = new CancellationTokenSource(ArticleParserOptions.Default.Timeout);
                var decoded = PageDecoder.Decode(page.Html, null);
                Lap();
                var loaded = DocumentLoader.Load(decoded.Buffer.AsMemory(0, decoded.Length), ArticleParserOptions.Default, budget.Token);
                TextBuffer.Return(decoded.Buffer);
                using var document = loaded.Document;
                Lap();
                using var context = new ExtractionContext(document, page.Url, ArticleParserOptions.Default, TimestampNormalizer.Default, budget.Token);
                var metadata = MetadataExtractor.Extract(context, candidates: null);
                Lap();
                var related = Related.RelatedLinksExtractor.Extract(context, metadata.HeadlineElement, metadata.Dates);
                Lap();
                BodyExtractor.Extract(context, new BodyInput(metadata.Article, metadata.HeadlineElement, metadata.DeclaredBody, metadata.Claimed.With(related.Claimed)));
                Lap();
            }
        }

        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine("| stage | ms/page | KB/page |");
        Console.WriteLine("|---|---:|---:|");
        for (var s = 0; s < names.Length; s++)
        {
            Console.WriteLine(string.Create(inv, $"| {names[s]} | {time[s] / pages.Count:0.00} | {bytes[s] / pages.Count / 1024.0:0} |"));
        }

        return 0;
    }
}
