using System.Text.Json;

namespace NewsKit.Cli.Tests;

/// <summary><c>batch --now</c> (the clock for relative dates) and <c>batch --urls</c> (each page's address, from a TSV file).</summary>
public sealed class BatchClockAndUrlsTests : IDisposable
{
    /// <summary>A page whose only date is relative and whose only link is relative.</summary>
    internal const string RelativePage = """
        <!DOCTYPE html><html lang="en"><head><title>Harbour bridge reopens after repairs</title></head><body>
        <article><h1>Harbour bridge reopens after repairs</h1><p class="byline">By Jane Doe</p><p class="date">3 hours ago</p>
        <p>The harbour bridge reopened to traffic on Monday morning after six weeks of repairs to its deck and railings, the city council said in a statement.</p>
        <p>Engineers replaced more than two hundred steel plates and resurfaced the full length of the crossing, which carries about forty thousand vehicles a day.</p>
        <p>Commuters welcomed the reopening, saying the detour through the old town had added half an hour to their journeys each way during the works.</p>
        <p>The council said further work on the approach roads would take place at night to avoid disruption.</p>
        </article></body></html>
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("newskit-batch-urls-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private async Task<Dictionary<string, JsonElement>> RunAsync(params string[] options)
    {
        var run = await CliRun.RunAsync(["batch", Path.Combine(folder, "pages"), "--out", "-", .. options]);
        Assert.True(run.ExitCode == 0, run.Error);
        return run.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(l => l.GetProperty("file").GetString()!);
    }

    private async Task WritePagesAsync()
    {
        Directory.CreateDirectory(Path.Combine(folder, "pages", "world"));
        await File.WriteAllTextAsync(Path.Combine(folder, "pages", "bridge.html"), RelativePage);
        await File.WriteAllTextAsync(Path.Combine(folder, "pages", "world", "again.html"), RelativePage);
    }

    [Fact]
    public async Task Now_is_the_clock_for_relative_dates()
    {
        await WritePagesAsync();

        var rows = await RunAsync("--now", "2025-07-18T15:00:00+03:00");

        Assert.All(rows.Values, row => Assert.Equal(
            "2025-07-18T09:00:00Z",
            row.GetProperty("article").GetProperty("dateline").GetProperty("published").GetProperty("instant").GetString()));
    }

    [Fact]
    public async Task Urls_give_each_listed_page_its_address()
    {
        await WritePagesAsync();
        var list = Path.Combine(folder, "urls.tsv");
        await File.WriteAllTextAsync(list, "# path\tURL\n\nworld/again.html\thttps://news.example/2014/05/18/bridge\n");

        var rows = await RunAsync("--urls", list);

        Assert.Equal("https://news.example/2014/05/18/bridge", rows["world/again.html"].GetProperty("article").GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Null, rows["bridge.html"].GetProperty("article").GetProperty("url").ValueKind);
    }

    [Theory]
    [InlineData("a.html\thttps://news.example/a\nb.html https://news.example/b\n", "line 2: no tab")]
    [InlineData("# comment\n\ta\thttps://news.example/a\n", "line 2: an empty path")]
    [InlineData("a.html\tnews.example/a\n", "line 1: 'news.example/a' is not an absolute http or https URL")]
    [InlineData("a.html\thttps://news.example/a\n./a.html\thttps://news.example/b\n", "line 2: 'a.html' is given a second time")]
    public async Task A_bad_urls_line_is_a_usage_error_naming_its_line(string content, string message)
    {
        await WritePagesAsync();
        var list = Path.Combine(folder, "urls.tsv");
        await File.WriteAllTextAsync(list, content);

        var run = await CliRun.RunAsync("batch", Path.Combine(folder, "pages"), "--out", "-", "--urls", list);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public async Task A_missing_urls_file_is_exit_code_1_and_a_bad_now_exit_code_2()
    {
        await WritePagesAsync();

        var missing = await CliRun.RunAsync("batch", Path.Combine(folder, "pages"), "--out", "-", "--urls", Path.Combine(folder, "nope.tsv"));
        var badNow = await CliRun.RunAsync("batch", Path.Combine(folder, "pages"), "--out", "-", "--now", "yesterday");

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("cannot read the --urls file", Assert.Single(missing.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(2, badNow.ExitCode);
        Assert.Contains("--now: 'yesterday' is not an ISO 8601 instant", badNow.ErrorLines[0], StringComparison.Ordinal);
    }
}
