using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsKit.Fuzzing;

/// <summary>
/// A bounded in-process fuzzer for machines without AFL or libFuzzer: mutates the seed corpus (byte flips,
/// deletions, duplicated runs, markup and date tokens repeated up to thousands of times, splices), runs the
/// target on each input, and keeps what it finds in the output folder: <c>crash-*.bin</c> for an exception,
/// <c>slow-*.bin</c> for an input over the slow threshold (processor time, so that a busy machine does not
/// count). Before each run the input is written to
/// <c>current.bin</c>, so an input that ends the process (a stack overflow) is kept too. Inputs that give a
/// new outcome (failure kind, warnings, size of the result) join the corpus: a cheap stand-in for coverage.
/// </summary>
internal sealed class MutationDriver(string target, string corpusFolder, string outputFolder, int seed)
{
    private static readonly string[] PageTokens =
    [
        "<div>", "</div>", "<p>", "</p>", "<b>", "</b>", "<i>", "<span>", "<a href=\"/x\">", "</a>", "<table>", "<tr>",
        "<td>", "</table>", "<li>", "<ul>", "<h1>", "</h1>", "<article>", "</article>", "<form>", "</form>", "<select>",
        "<option>", "<template>", "<svg>", "<math>", "<foreignObject>", "<![CDATA[", "]]>", "<!--", "-->", "<script>",
        "</script>", "<style>", "<title>", "<plaintext>", "<textarea>", "<noscript>", "<iframe>", "<time datetime=\"",
        "2025-07-18T08:52:07+02:00", "\">", "<meta charset=\"shift_jis\">", "<meta charset=\"utf-16\">",
        "<script type=\"application/ld+json\">", "{\"@type\":\"NewsArticle\",\"headline\":\"", "\"datePublished\":\"",
        "[", "]", "{", "}", "\"", "'", "=", "&amp;", "&#x", "&#", ";", "\0", "\u00a9 ", "Copyright ", "By ", "Updated ",
        " ago", "<br>", "<img src=x>", "<base href=\"http://127.0.0.1:9/\">", "\uFFFD", "\uD83D\uDE00",
    ];

    private static readonly string[] TimestampTokens =
    [
        "2025", "-", "07", "18", "T", "08", ":", "52", "07", ".123", "+02:00", "Z", " ", "/", ".", ",", "July", "Jul",
        "Friday", "GMT", "UTC", "CEST", "EST", "am", "pm", "ago", "hours", "minutes", "yesterday", "today", "年", "月",
        "日", "時", "分", "(", ")", "\u2212", "\u00a0", "1752821527", "1752821527000", "Updated ", "Published ", "on ",
        "at ", "de ", "juillet", "Juli", "7月", "0", "9", "99999999999999999999", "+", "14", "-12",
    ];

    private readonly Random random = new(seed);
    private readonly List<byte[]> corpus = [];
    private readonly HashSet<string> outcomes = [];

    public int Run(TimeSpan duration)
    {
        Directory.CreateDirectory(outputFolder);
        foreach (var file in Directory.Exists(corpusFolder) ? Directory.GetFiles(corpusFolder) : [])
        {
            corpus.Add(File.ReadAllBytes(file));
        }

        if (corpus.Count == 0)
        {
            corpus.Add("<p>x</p>"u8.ToArray());
        }

        var maxSize = target == "page" ? 2 << 20 : 4096;
        var slow = target == "page" ? TimeSpan.FromSeconds(2) : TimeSpan.FromMilliseconds(100);
        var tokens = target == "page" ? PageTokens : TimestampTokens;
        var current = Path.Combine(outputFolder, "current.bin");
        var clock = Stopwatch.StartNew();
        using var process = Process.GetCurrentProcess();
        long runs = 0, crashes = 0, slows = 0;
        var slowest = TimeSpan.Zero;
        Console.WriteLine($"fuzzing {target} for {duration.TotalSeconds:0} s, seed {seed}, {corpus.Count} seeds");
        while (clock.Elapsed < duration)
        {
            var input = Mutate(corpus[random.Next(corpus.Count)], tokens, maxSize);
            File.WriteAllBytes(current, input);
            var started = process.TotalProcessorTime;
            string? outcome;
            try
            {
                outcome = Targets.Run(target, input);
            }
#pragma warning disable CA1031 // A fuzzer records every exception as a finding.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                crashes++;
                var name = Save("crash", input);
                Console.WriteLine($"CRASH {name}: {ex.GetType().Name}: {ex.Message}");
                Console.WriteLine(ex.StackTrace);
                outcome = null;
            }

            process.Refresh();
            var took = process.TotalProcessorTime - started;
            slowest = took > slowest ? took : slowest;
            if (took > slow)
            {
                slows++;
                Console.WriteLine($"SLOW {Save("slow", input)}: {took.TotalSeconds:0.00} s of processor time, {input.Length:N0} bytes");
            }

            if (outcome is not null && outcomes.Add(outcome) && corpus.Count < 2000)
            {
                corpus.Add(input);
            }

            runs++;
        }

        File.Delete(current);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"done: {runs:N0} runs in {clock.Elapsed.TotalSeconds:0} s, {crashes} crashes, {slows} slow, slowest {slowest.TotalMilliseconds:0} ms of processor time, corpus {corpus.Count}"));
        return crashes > 0 ? 1 : 0;
    }

    private byte[] Mutate(byte[] parent, string[] tokens, int maxSize)
    {
        var data = new List<byte>(parent);
        var steps = 1 + random.Next(4);
        for (var s = 0; s < steps; s++)
        {
            var at = data.Count == 0 ? 0 : random.Next(data.Count + 1);
            switch (random.Next(7))
            {
                case 0 when data.Count > 0:
                    data[Math.Min(at, data.Count - 1)] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    data.Insert(at, (byte)random.Next(256));
                    break;
                case 2 when data.Count > 0:
                    var length = Math.Min(data.Count - Math.Min(at, data.Count - 1), 1 + random.Next(64));
                    data.RemoveRange(Math.Min(at, data.Count - 1), length);
                    break;
                case 3 when data.Count > 0:
                    var start = random.Next(data.Count);
                    var run = data.GetRange(start, Math.Min(data.Count - start, 1 + random.Next(32)));
                    var copies = 1 + random.Next(random.Next(2) == 0 ? 8 : 5000);
                    for (var c = 0; c < copies && data.Count < maxSize; c++)
                    {
                        data.InsertRange(Math.Min(at, data.Count), run);
                    }

                    break;
                case 4 or 5:
                    var token = Encoding.UTF8.GetBytes(tokens[random.Next(tokens.Length)]);
                    var repeat = random.Next(3) == 0 ? 1 + random.Next(20_000) : 1;
                    var block = new byte[token.Length * Math.Min(repeat, Math.Max(1, (maxSize - data.Count) / Math.Max(1, token.Length)))];
                    for (var offset = 0; offset + token.Length <= block.Length; offset += token.Length)
                    {
                        token.CopyTo(block, offset);
                    }

                    data.InsertRange(Math.Min(at, data.Count), block);
                    break;
                default:
                    var other = corpus[random.Next(corpus.Count)];
                    if (other.Length > 0)
                    {
                        var from = random.Next(other.Length);
                        data.InsertRange(Math.Min(at, data.Count), other.AsSpan(from, Math.Min(other.Length - from, 1 + random.Next(4096))).ToArray());
                    }

                    break;
            }
        }

        return data.Count > maxSize ? data.GetRange(0, maxSize).ToArray() : [.. data];
    }

    private string Save(string kind, byte[] input)
    {
        var name = $"{kind}-{Convert.ToHexStringLower(SHA256.HashData(input))[..16]}.bin";
        File.WriteAllBytes(Path.Combine(outputFolder, name), input);
        return name;
    }
}
