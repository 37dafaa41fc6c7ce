using System.Globalization;
using System.IO.Compression;
using NewsKit.Body;
using NewsKit.Pipeline;

namespace NewsKit.Evaluation;

/// <summary>
/// <c>explain FILE [URL [TEXT]] [--scramble SEED]</c>: shows how the body stage decided on one page (a .html or .html.gz file): the best
/// candidate containers with their scores and link density, and the containers it chose. For tuning rules on
/// general patterns; it prints nothing the library does not compute.
/// </summary>
internal static class ExplainCommand
{
    public static int Run(string[] args)
    {
        ClassScrambler? scrambler = null;
        var scrambleAt = Array.IndexOf(args, "--scramble");
        if (scrambleAt >= 0 && scrambleAt + 1 < args.Length && int.TryParse(args[scrambleAt + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
        {
            scrambler = new ClassScrambler(seed);
            args = [.. args[..scrambleAt], .. args[(scrambleAt + 2)..]];
        }

        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: newskit-eval explain FILE [URL [TEXT]] [--scramble SEED]");
            return 2;
        }

        var bytes = File.ReadAllBytes(args[0]);
        if (args[0].EndsWith(".gz", StringComparison.Ordinal))
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var memory = new MemoryStream();
            gzip.CopyTo(memory);
            bytes = memory.ToArray();
        }

        bytes = scrambler?.Scramble(bytes) ?? bytes;
        var url = args.Length > 1 && Uri.TryCreate(args[1], UriKind.Absolute, out var given) ? given : null;
        var text = Input.PageDecoder.Decode(bytes, null).Text;
        using var document = Input.DocumentLoader.Load(text.AsMemory(), ArticleParserOptions.Default, CancellationToken.None).Document;
        var context = new ExtractionContext(document, url, ArticleParserOptions.Default, Timestamps.TimestampNormalizer.Default, CancellationToken.None);
        var metadata = Metadata.MetadataExtractor.Extract(context, candidates: null);
        var article = metadata.Article;
        var related = Related.RelatedLinksExtractor.Extract(context, metadata.HeadlineElement, metadata.Dates);
        var notBody = metadata.Claimed.With(related.Claimed);
        var map = PageMap.FromIndex(context);
        for (var i = 0; i < map.Count; i++)
        {
            if (notBody.Contains(map.Elements[i]))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"not body (earlier stage): #{i} {Describe(map, i)} ({map.Elements[i].TextContent.Length} chars)"));
            }
        }

        var finder = ContentFinder.Analyze(map, context, notBody);
        var inv = CultureInfo.InvariantCulture;
        var best = Enumerable.Range(0, map.Count).Where(i => finder.IsCandidate[i] && !finder.Excluded[i]).OrderByDescending(i => finder.Score[i]).Take(12);
        foreach (var i in best)
        {
            Console.WriteLine(string.Create(inv, $"{finder.Score[i],8:0.0}  ld {finder.LinkDensity(i):0.00}  chars {finder.Chars[i],6}  #{i} {Describe(map, i)}"));
        }

        if (args.Length > 2)
        {
            var hit = Enumerable.Range(0, map.Count).LastOrDefault(i => map.Elements[i].TextContent.Contains(args[2], StringComparison.Ordinal), -1);
            for (var e = hit; e >= 0; e = map.Parents[e])
            {
                Console.WriteLine(string.Create(inv, $"  {(finder.Excluded[e] ? "EXCLUDED" : "kept    ")} cand {finder.IsCandidate[e],-5} score {finder.Score[e],7:0.0} chars {finder.Chars[e],6} #{e} {Describe(map, e)}"));
            }
        }

        Console.WriteLine("chosen: " + string.Join(", ", finder.ChooseRoots(out _).Select(i => $"#{i} {Describe(map, i)}")));
        Console.WriteLine($"headline: {article.Headline}");
        Console.WriteLine($"standfirst: {article.Standfirst}");
        foreach (var block in BodyExtractor.Extract(context, new BodyInput(article, metadata.HeadlineElement, metadata.DeclaredBody, notBody)).Blocks)
        {
            Console.WriteLine($"  [{block.Kind}] {(block.Text.Length > 100 ? block.Text[..100] : block.Text)}");
        }
        return 0;
    }

    private static string Describe(PageMap map, int i)
    {
        var element = map.Elements[i];
        var path = new List<string>();
        for (var e = i; e >= 0 && path.Count < 4; e = map.Parents[e])
        {
            var el = map.Elements[e];
            var cls = el.GetAttribute("class");
            var id = el.GetAttribute("id");
            path.Add(map.Tags[e] + (string.IsNullOrEmpty(id) ? string.Empty : "#" + id) + (string.IsNullOrEmpty(cls) ? string.Empty : "." + cls.Trim().Replace(' ', '.')));
        }

        path.Reverse();
        _ = element;
        return string.Join(" > ", path);
    }
}
