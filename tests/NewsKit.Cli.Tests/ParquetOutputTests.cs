using System.Collections;
using System.Text;
using System.Text.Json;
using NewsKit.Cli.Tests.Warc;
using Parquet;
using Parquet.Serialization;

namespace NewsKit.Cli.Tests;

/// <summary><c>batch --format parquet</c>: the same rows as JSON Lines, in the documented schema (version 1).</summary>
public sealed class ParquetOutputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newskit-parquet-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static readonly string[] Columns =
    [
        "file", "recordId", "url", "fetched", "ok", "failure", "reason", "headline", "standfirst",
        "publishedInstant", "publishedOffset", "publishedDate", "publishedText",
        "modifiedInstant", "modifiedOffset", "modifiedDate", "modifiedText",
        "authors", "bodyText", "language", "siteName", "canonicalUrl", "relatedLinks", "copyright", "warningCount",
    ];

    private async Task WriteInputsAsync()
    {
        var pages = Path.Combine(folder, "in");
        Directory.CreateDirectory(pages);
        await File.WriteAllBytesAsync(Path.Combine(pages, "seed.html"), await File.ReadAllBytesAsync(CliRun.PagePath("seed.html")));
        await File.WriteAllTextAsync(Path.Combine(pages, "empty.html"), string.Empty);
        var warc = new WarcBuilder();
        warc.Response("https://news.example/a", WarcBuilder.Http(Encoding.UTF8.GetBytes(WarcBuilder.Page("A story in a record"))), "2025-07-18T06:00:00Z");
        var http = WarcBuilder.Http(Encoding.UTF8.GetBytes(WarcBuilder.Page("Cut")));
        warc.Response("https://news.example/cut", http, declaredLength: http.Length + 50);
        warc.Response("https://news.example/b", WarcBuilder.Http(Encoding.UTF8.GetBytes(WarcBuilder.Page("Another story"))));
        await File.WriteAllBytesAsync(Path.Combine(pages, "crawl.warc.gz"), warc.GzipPerRecord());
    }

    private static async Task<List<IDictionary<string, object?>>> ReadAsync(string path)
    {
        await using var file = File.OpenRead(path);
        var result = await ParquetSerializer.DeserializeUntypedAsync(file);
        return result.Data.Select(d => (IDictionary<string, object?>)d.ToDictionary(kv => kv.Key, kv => (object?)kv.Value)).ToList();
    }

    [Fact]
    public async Task Parquet_rows_hold_what_the_json_lines_hold()
    {
        await WriteInputsAsync();
        var parquet = Path.Combine(folder, "out.parquet");
        var jsonl = Path.Combine(folder, "out.jsonl");

        var runParquet = await CliRun.RunAsync("batch", Path.Combine(folder, "in"), "--out", parquet, "--format", "parquet", "--now", "2025-07-19T00:00:00Z");
        var runJson = await CliRun.RunAsync("batch", Path.Combine(folder, "in"), "--out", jsonl, "--now", "2025-07-19T00:00:00Z");

        Assert.Equal(0, runParquet.ExitCode);
        Assert.Equal(0, runJson.ExitCode);
        Assert.Contains("rows in", runParquet.Error, StringComparison.Ordinal);
        var rows = await ReadAsync(parquet);
        var lines = (await File.ReadAllLinesAsync(jsonl)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(lines.Count, rows.Count);
        static string Key(string? file, string? id) => file + "#" + id;
        var json = lines.ToDictionary(l => Key(l.GetProperty("file").GetString(), l.GetProperty("recordId").GetString()));
        foreach (var row in rows)
        {
            var line = json[Key((string?)row["file"], row.TryGetValue("recordId", out var id) ? (string?)id : null)];
            Assert.Equal(line.GetProperty("ok").GetBoolean(), (bool)row["ok"]!);
            Assert.Equal(line.GetProperty("url").GetString(), Get<string>(row, "url"));
            Assert.Equal(line.GetProperty("warnings").GetArrayLength(), (int)row["warningCount"]!);
            if (!line.GetProperty("ok").GetBoolean())
            {
                Assert.Equal(line.GetProperty("error").GetString(), $"{row["failure"]}: {row["reason"]}");
                continue;
            }

            var article = line.GetProperty("article");
            Assert.Null(Get<string>(row, "failure"));
            Assert.Equal(article.GetProperty("headline").GetString(), Get<string>(row, "headline"));
            Assert.Equal(article.GetProperty("body").GetProperty("text").GetString(), Get<string>(row, "bodyText"));
            Assert.Equal(article.GetProperty("language").GetString(), Get<string>(row, "language"));
            var published = article.GetProperty("dateline").GetProperty("published");
            Assert.Equal(published.GetProperty("text").GetString(), Get<string>(row, "publishedText"));
            Assert.Equal(published.GetProperty("offset").GetString(), Get<string>(row, "publishedOffset"));
            Assert.Equal(published.GetProperty("instant").GetString(), Get<DateTime?>(row, "publishedInstant")?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(published.GetProperty("date").GetString(), Get<DateTime?>(row, "publishedDate")?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(article.GetProperty("authors").EnumerateArray().Select(a => a.GetString()), List(row, "authors").Cast<object>().Select(Text));
            var links = article.GetProperty("relatedLinks").EnumerateArray().ToList();
            var rowLinks = List(row, "relatedLinks").Cast<IDictionary<string, object>>().ToList();
            Assert.Equal(links.Select(l => l.GetProperty("url").GetString()), rowLinks.Select(l => Text(l["url"])));
            Assert.Equal(links.Select(l => l.GetProperty("title").GetString()), rowLinks.Select(l => Text(l["title"])));
        }

        Assert.Contains(rows, r => (string?)r["file"] == "seed.html" && List(r, "relatedLinks").Count == 20);
        Assert.Contains(rows, r => Get<DateTime?>(r, "fetched") == new DateTime(2025, 7, 18, 6, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public async Task The_schema_has_its_columns_and_version_even_with_no_rows()
    {
        Directory.CreateDirectory(Path.Combine(folder, "none"));
        var parquet = Path.Combine(folder, "none.parquet");

        var run = await CliRun.RunAsync("batch", Path.Combine(folder, "none"), "--out", parquet, "--format", "parquet");

        Assert.Equal(0, run.ExitCode);
        await using var file = File.OpenRead(parquet);
        await using var reader = await ParquetReader.CreateAsync(file);
        Assert.Equal(Columns, reader.Schema.Fields.Select(f => f.Name));
        Assert.Equal("1", reader.CustomMetadata["newskit.schema.version"]);
        Assert.Equal(0, reader.RowGroupCount);
    }

    [Theory]
    [InlineData("-", "--format parquet needs --out FILE or --out DIR/")]
    [InlineData("x.parquet", "--format: 'csv' is not jsonl or parquet")]
    public async Task Bad_format_uses_are_exit_code_2(string output, string message)
    {
        var format = output == "-" ? "parquet" : "csv";

        var run = await CliRun.RunAsync("batch", folder, "--out", output, "--format", format);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.ErrorLines[0], StringComparison.Ordinal);
    }

    /// <summary>Parquet.Net's untyped reader gives the strings inside lists as character memory.</summary>
    private static string? Text(object? value) => value is ReadOnlyMemory<char> memory ? memory.ToString() : (string?)value;

    private static T? Get<T>(IDictionary<string, object?> row, string name) => row.TryGetValue(name, out var value) && value is T typed ? typed : default;

    private static IList List(IDictionary<string, object?> row, string name) => row.TryGetValue(name, out var value) && value is IList list ? list : Array.Empty<object>();
}
