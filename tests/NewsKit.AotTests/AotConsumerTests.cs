using System.Text;
using NewsKit.AotConsumer;

namespace NewsKit.AotTests;

/// <summary>
/// The library compiled ahead of time reads every page exactly as the JIT build does: the Native AOT consumer's line
/// for each page (<see cref="ArticleDump"/>: the whole result) equals the line this process writes with the JIT build
/// of the library, parsing with the same options (a fixed clock, no time budget). Skipped with the reason when clang
/// or lld is missing or a data set is absent.
/// </summary>
public sealed class AotConsumerTests(AotConsumerFixture consumer) : IClassFixture<AotConsumerFixture>
{
    [AotFact]
    public void The_seed_pages_read_the_same_as_with_the_JIT()
    {
        var pages = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "pages"), "*.html").Order(StringComparer.Ordinal).ToArray();
        Assert.Contains(pages, p => Path.GetFileName(p) == "seed.html");
        AssertSameAsJit(pages);
    }

    [AotFact("aeb-dev")]
    public void The_aeb_dev_pages_read_the_same_as_with_the_JIT() => AssertSameAsJit(AotEnvironment.DataSetPages("aeb-dev"));

    [AotFact("trafeval-dev")]
    public void The_trafeval_dev_pages_read_the_same_as_with_the_JIT() => AssertSameAsJit(AotEnvironment.DataSetPages("trafeval-dev"));

    private void AssertSameAsJit(string[] pages)
    {
        var aot = consumer.Run(pages);
        var parser = new ArticleParser(ArticleDump.ParserOptions(ArticleDump.Now));
        var differences = new List<string>();
        var succeeded = 0;
        foreach (var page in pages)
        {
            var jit = ArticleDump.Write(parser.Parse(File.ReadAllBytes(page)));
            succeeded += jit.StartsWith("{\"success\":true", StringComparison.Ordinal) ? 1 : 0;
            if (!aot.TryGetValue(page, out var native))
            {
                differences.Add($"{page}: no line from the Native AOT build");
            }
            else if (native != jit)
            {
                differences.Add(Describe(page, jit, native));
            }
        }

        Assert.True(
            differences.Count == 0,
            $"{differences.Count} of {pages.Length} pages read differently by the Native AOT build:\n" + string.Join('\n', differences.Take(5)));
        Assert.True(succeeded > 0, "no page gave an article: the comparison compared failures only");
    }

    /// <summary>Where the two lines part: the first differing character, with some text on either side.</summary>
    private static string Describe(string page, string jit, string native)
    {
        var at = 0;
        while (at < jit.Length && at < native.Length && jit[at] == native[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 60);
        string Near(string line) => line.Substring(from, Math.Min(line.Length - from, 160));
        return new StringBuilder()
            .Append(page).Append(": the lines part at character ").Append(at).Append('\n')
            .Append("  JIT: …").Append(Near(jit)).Append('\n')
            .Append("  AOT: …").Append(Near(native))
            .ToString();
    }
}
