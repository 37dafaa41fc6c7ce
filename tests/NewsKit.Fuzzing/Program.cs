using System.Globalization;
using NewsKit.Fuzzing;
using SharpFuzz;

// newskit-fuzz afl <page|timestamp>          AFL++ via SharpFuzz (run under afl-fuzz, see README.md)
// newskit-fuzz libfuzzer <page|timestamp>    libFuzzer via SharpFuzz's libfuzzer-dotnet driver
// newskit-fuzz run <page|timestamp> FILE...  runs the target once per file (reproduce a finding)
// newskit-fuzz mutate <page|timestamp> [--seconds N] [--seed N] [--corpus DIR] [--out DIR]
//                                            bounded in-process mutation fuzzing, no external tool needed
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: newskit-fuzz afl|libfuzzer|run|mutate page|timestamp [options]; see README.md");
    return 2;
}

var mode = args[0];
var target = args[1];
switch (mode)
{
    case "afl":
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            Targets.Run(target, buffer.ToArray());
        });
        return 0;
    case "libfuzzer":
        Fuzzer.LibFuzzer.Run(span => Targets.Run(target, span));
        return 0;
    case "run":
        foreach (var file in args.Skip(2))
        {
            Targets.Run(target, File.ReadAllBytes(file));
            Console.WriteLine($"ok: {file}");
        }

        return 0;
    case "mutate":
        var seconds = Option("--seconds", 60);
        var seed = Option("--seed", Environment.TickCount);
        var corpus = OptionText("--corpus", Path.Combine(AppContext.BaseDirectory, "Corpus", target));
        var output = OptionText("--out", Path.Combine("fuzz-findings", target));
        return new MutationDriver(target, corpus, output, seed).Run(TimeSpan.FromSeconds(seconds));
    default:
        Console.Error.WriteLine($"unknown mode '{mode}'");
        return 2;
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

string OptionText(string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}
