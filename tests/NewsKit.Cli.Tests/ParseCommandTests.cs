using System.IO.Compression;
using System.Text.Json;

namespace NewsKit.Cli.Tests;

public sealed class ParseCommandTests
{
    private const string SeedHeadline = "Trump Strengthens Belarus Ties with Envoy Visit Amid Political Prisoner Releases";

    [Fact]
    public async Task Parse_writes_the_article_as_json_with_the_contract_names()
    {
        var run = await CliRun.RunAsync("parse", CliRun.PagePath("seed.html"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        var json = run.Json();
        Assert.Equal(SeedHeadline, json.GetProperty("headline").GetString());
        foreach (var name in new[] { "standfirst", "authors", "relatedLinks", "copyright", "siteName", "language", "canonicalUrl", "leadImage", "tags" })
        {
            Assert.True(json.TryGetProperty(name, out _), name);
        }

        Assert.True(json.GetProperty("dateline").TryGetProperty("published", out _));
        Assert.True(json.GetProperty("dateline").TryGetProperty("modified", out _));
        Assert.False(string.IsNullOrEmpty(json.GetProperty("body").GetProperty("text").GetString()));
        Assert.NotEqual(0, json.GetProperty("body").GetProperty("blocks").GetArrayLength());
    }

    [Fact]
    public async Task Url_option_sets_the_article_url()
    {
        var run = await CliRun.RunAsync("parse", CliRun.PagePath("seed.html"), "--url", "https://news.example/world/story");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("https://news.example/world/story", run.Json().GetProperty("url").GetString());
    }

    [Fact]
    public async Task Dash_reads_the_page_from_standard_input_plain_or_gzipped()
    {
        var page = await File.ReadAllBytesAsync(CliRun.PagePath("seed.html"));
        using var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(page);
        }

        var plain = await CliRun.RunWithInputAsync(page, "parse", "-");
        var unzipped = await CliRun.RunWithInputAsync(gzipped.ToArray(), "parse", "-");

        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(SeedHeadline, plain.Json().GetProperty("headline").GetString());
        Assert.Equal(0, unzipped.ExitCode);
        Assert.Equal(plain.Out, unzipped.Out);
    }

    [Fact]
    public async Task Markdown_and_text_formats_start_with_the_headline()
    {
        var markdown = await CliRun.RunAsync("parse", CliRun.PagePath("seed.html"), "--format", "markdown");
        var text = await CliRun.RunAsync("parse", CliRun.PagePath("seed.html"), "--format=text");

        Assert.Equal(0, markdown.ExitCode);
        Assert.StartsWith("# " + SeedHeadline + "\n", markdown.Out, StringComparison.Ordinal);
        Assert.Equal(0, text.ExitCode);
        Assert.StartsWith(SeedHeadline + "\n", text.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_one_line_on_stderr_and_exit_code_1()
    {
        var path = Path.Combine(Path.GetTempPath(), "newskit-no-such-file-" + Guid.NewGuid().ToString("N") + ".html");

        var run = await CliRun.RunAsync("parse", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains(path, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_given_as_file_is_exit_code_1()
    {
        var run = await CliRun.RunAsync("parse", Path.GetTempPath());

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("just some plain text, not a page")]
    [InlineData("<html><head><title>x</title></head><body></body></html>")]
    public async Task Input_without_an_article_is_one_line_with_the_reason_and_exit_code_1(string input)
    {
        var run = await CliRun.RunWithInputAsync(input, "parse", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("no article", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("parse")]
    [InlineData("parse", "a.html", "b.html")]
    [InlineData("parse", "a.html", "--format", "xml")]
    [InlineData("parse", "a.html", "--zone", "Mars/Olympus")]
    [InlineData("parse", "a.html", "--now", "yesterday")]
    [InlineData("parse", "a.html", "--url", "not a url")]
    [InlineData("parse", "a.html", "--unknown", "x")]
    [InlineData("parse", "a.html", "--url")]
    [InlineData("parse", "a.html", "--format", "json", "--format", "text")]
    [InlineData("frobnicate")]
    public async Task Bad_usage_is_exit_code_2_with_a_message(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.NotEmpty(run.ErrorLines);
    }

    [Fact]
    public async Task Help_is_exit_code_0_on_stdout()
    {
        var overview = await CliRun.RunAsync("--help");
        var parse = await CliRun.RunAsync("parse", "--help");

        Assert.Equal(0, overview.ExitCode);
        Assert.Contains("newskit batch FOLDER|FILE --out FILE|DIR/|-", overview.Out, StringComparison.Ordinal);
        Assert.Equal(0, parse.ExitCode);
        Assert.StartsWith("usage: newskit parse FILE|-", parse.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_is_valid_utf8_json_with_non_ascii_text_unescaped()
    {
        var page = "<html><head><title>Café crème</title></head><body><article><h1>Café crème</h1>"
            + string.Concat(Enumerable.Repeat("<p>Le café est servi à la terrasse, où les clients attendent longtemps le garçon.</p>", 4))
            + "</article></body></html>";

        var run = await CliRun.RunWithInputAsync(page, "parse", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Le café est servi", run.Out, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, run.Json().ValueKind);
    }
}
