using NewsKit.Evaluation;

namespace NewsKit.Tests.Evaluation;

/// <summary>The parts of <c>newskit-eval coldstart</c> that measure nothing: the page set and the comparison of batch lines.</summary>
public sealed class ColdStartTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("newskit-coldstart-test-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void The_pages_are_the_data_sets_repeated_to_the_count()
    {
        var dataSets = Path.Combine(folder.FullName, "datasets");
        Write(dataSets, "trafeval-dev", "b.html.gz", "a.html.gz");
        Write(dataSets, "aeb-dev", "c.html.gz");

        var pages = ColdStartPages.Prepare(dataSets, 7, Path.Combine(folder.FullName, "pages"));

        Assert.Equal(
            ["0-trafeval-dev-a.html.gz", "0-trafeval-dev-b.html.gz", "0-aeb-dev-c.html.gz", "1-trafeval-dev-a.html.gz", "1-trafeval-dev-b.html.gz", "1-aeb-dev-c.html.gz", "2-trafeval-dev-a.html.gz"],
            pages.Select(p => Path.GetFileName(p.Path)));
        Assert.All(pages, p => Assert.Equal(File.ReadAllText(p.Source), File.ReadAllText(p.Path)));
        Assert.Equal(7, Directory.GetFiles(Path.Combine(folder.FullName, "pages")).Length);
    }

    [Fact]
    public void A_missing_data_set_is_left_out_and_no_pages_at_all_is_an_error()
    {
        var dataSets = Path.Combine(folder.FullName, "datasets");
        Write(dataSets, "aeb-dev", "c.html.gz");
        Assert.Equal(3, ColdStartPages.Prepare(dataSets, 3, Path.Combine(folder.FullName, "pages")).Count);
        Assert.Throws<DirectoryNotFoundException>(() => ColdStartPages.Prepare(Path.Combine(folder.FullName, "none"), 3, Path.Combine(folder.FullName, "pages2")));
    }

    [Fact]
    public void Batch_lines_are_compared_by_file_whatever_their_order()
    {
        var expected = BatchLines.ByFile(["""{"file":"a","ok":true}""", """{"file":"b","ok":true}""", """{"file":"c","ok":false}""", ""]);
        var actual = BatchLines.ByFile(["""{"file":"c","ok":false}""", """{"file":"b","ok":false}""", """{"file":"d","ok":true}"""]);

        Assert.Equal(["a", "b", "d"], BatchLines.Differing(expected, actual));
        Assert.Empty(BatchLines.Differing(expected, expected));
    }

    private static void Write(string dataSets, string set, params string[] names)
    {
        var html = Directory.CreateDirectory(Path.Combine(dataSets, set, "html")).FullName;
        foreach (var name in names)
        {
            File.WriteAllText(Path.Combine(html, name), set + "/" + name);
        }
    }
}
