namespace NewsKit.Evaluation;

/// <summary>
/// Scores NewsKit against labelled pages. Commands:
/// <c>aeb --dataset DIR [--out FILE] [--worst N] [--floors FILE]</c> (body text, the article-extraction benchmark's metric),
/// <c>speed --dataset DIR</c> (whole-parse throughput and allocations beside AngleSharp alone and SmartReader) and
/// <c>metadata --dataset DIR [--only PREFIX] [--show-held-out]</c> (headline, dates, authors, site name, language against
/// an aeb-style metadata.json; title, date, authors against a trafeval-style evaldata.json),
/// <c>related --datasets DIR [--only PREFIX] [--quiet] [--floors FILE]</c> (related links and copyright notices against
/// related-dev's labels), <c>trafeval</c> (body text, trafilatura's snippet metric), <c>explain</c>, <c>stages</c> and
/// <c>coldstart --jit PATH --aot PATH --datasets DIR</c> (the <c>newskit</c> command in fresh processes, JIT and Native
/// AOT, beside the warm in-process speed; <c>measure</c> is its helper).
/// </summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    /// <param name="args">The command and its options.</param>
    /// <returns>0 on success, 1 when a quality floor is missed, 2 for bad usage.</returns>
    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            return Usage();
        }

        try
        {
            return Dispatch(args);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            // A missing or unreadable data set (say, a folder that is not laid out as the command expects) is a message, not a stack trace.
            Console.Error.WriteLine($"newskit-eval: {e.Message}");
            return 1;
        }
    }

    private static int Dispatch(string[] args)
    {
        return args[0] switch
        {
            "aeb" => AebCommand.Run(args[1..]),
            "trafeval" => TrafevalCommand.Run(args[1..]),
            "metadata" => MetadataCommand.Run(args[1..]),
            "related" => RelatedCommand.Run(args[1..]),
            "speed" => SpeedCommand.Run(args[1..]),
            "explain" => ExplainCommand.Run(args[1..]),
            "stages" => StagesCommand.Run(args[1..]),
            "coldstart" => ColdStartCommand.Run(args[1..]),
            "measure" => ChildMeasurement.MeasureCommand(args[1..]),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: newskit-eval aeb --dataset DIR [--out FILE] [--worst N] [--floors FILE] [--scramble SEED] | trafeval --dataset DIR [--worst N] [--scramble SEED] [--floors FILE] [--out FILE] | speed --dataset DIR | metadata --dataset DIR [--only PREFIX] [--show-held-out] | related --datasets DIR [--only PREFIX] [--quiet] [--floors FILE] | explain FILE [URL [TEXT]] [--scramble SEED] | stages --dataset DIR | coldstart --jit PATH --aot PATH --datasets DIR [--also NAME=PATH]... [--pages N] [--runs N] [--batch-runs N] [--warmup N] [--now ISO] [--page FILE] [--keep]");
        return 2;
    }
}
