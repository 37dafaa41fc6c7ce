using System.Text;
using System.Text.Json;

namespace NewsKit.Cli.Tests.Warc;

/// <summary><c>batch</c> over WARC files: one row per HTML response, the record's address, id and date, skipped kinds, bad records.</summary>
public sealed class BatchWarcTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newskit-batch-warc-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private async Task<(CliRun Run, JsonElement[] Rows)> BatchAsync(string input, params string[] options)
    {
        var run = await CliRun.RunAsync(["batch", input, "--out", "-", .. options]);
        Assert.True(run.ExitCode == 0, run.Error);
        return (run, run.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToArray());
    }

    [Fact]
    public async Task Each_html_response_is_a_row_with_its_address_id_and_date_and_other_records_are_counted()
    {
        var warc = new WarcBuilder();
        warc.Add("warcinfo", "software: tests\r\n"u8.ToArray(), "application/warc-fields");
        warc.Add("request", "GET / HTTP/1.1\r\n\r\n"u8.ToArray(), "application/http; msgtype=request", "https://news.example/a");
        var a = warc.Response("https://news.example/2025/07/18/a", WarcBuilder.Http(Utf8(WarcBuilder.Page("First story"))), "2025-07-18T06:00:00Z");
        warc.Response("https://news.example/logo.png", WarcBuilder.Http([0x89, 0x50, 0x4e, 0x47], "image/png"));
        warc.Response("https://news.example/gone", WarcBuilder.Http(Utf8("<p>gone</p>"), "text/html", 404));
        warc.Add("metadata", "x: y\r\n"u8.ToArray(), "application/warc-fields");
        var b = warc.Response("https://news.example/b", WarcBuilder.Http(WarcBuilder.Gzip(Utf8(WarcBuilder.Page("Second story"))), "text/html", 200, "Content-Encoding: gzip"));
        var c = warc.Add("resource", Utf8(WarcBuilder.Page("Third story")), "text/html", "file:///pages/c.html");
        Directory.CreateDirectory(Path.Combine(folder, "crawl"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "crawl", "part-1.warc.gz"), warc.GzipPerRecord());

        var (run, rows) = await BatchAsync(folder);

        var byId = rows.ToDictionary(r => r.GetProperty("recordId").GetString()!);
        Assert.Equal(new[] { a, b, c }.Order(StringComparer.Ordinal), byId.Keys.Order(StringComparer.Ordinal));
        Assert.All(rows, r => JsonAssert.Names(r, "file", "recordId", "url", "fetched", "ok", "error", "warnings", "article"));
        Assert.All(rows, r => Assert.Equal("crawl/part-1.warc.gz", r.GetProperty("file").GetString()));
        Assert.All(rows, r => Assert.True(r.GetProperty("ok").GetBoolean(), r.GetProperty("error").GetString()));
        Assert.Equal("https://news.example/2025/07/18/a", byId[a].GetProperty("url").GetString());
        Assert.Equal("2025-07-18T06:00:00Z", byId[a].GetProperty("fetched").GetString());
        Assert.Equal("First story", byId[a].GetProperty("article").GetProperty("headline").GetString());
        Assert.Equal("https://news.example/2025/07/18/a", byId[a].GetProperty("article").GetProperty("url").GetString());
        Assert.Equal("Second story", byId[b].GetProperty("article").GetProperty("headline").GetString());
        Assert.Equal("file:///pages/c.html", byId[c].GetProperty("url").GetString());
        Assert.Contains("3 pages: 3 ok, 0 without an article, 0 parser errors", run.Error, StringComparison.Ordinal);
        Assert.Contains("WARC records skipped: 1 metadata, 1 request, 1 response not 2xx, 1 response not HTML, 1 warcinfo", run.Error, StringComparison.Ordinal);
        Assert.Contains("1/1 files, 3 pages", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_gives_the_same_row_as_its_page_as_a_file_with_the_same_address_and_clock()
    {
        var page = Utf8(WarcBuilder.Page("Same either way").Replace("2025-07-18T08:52:07+03:00", "yesterday", StringComparison.Ordinal) + "<p>Updated 2 hours ago</p>");
        var warc = new WarcBuilder();
        warc.Response("https://news.example/world/same", WarcBuilder.Http(page), "2025-07-18T06:00:00Z");
        Directory.CreateDirectory(Path.Combine(folder, "warc"));
        Directory.CreateDirectory(Path.Combine(folder, "files"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "warc", "a.warc"), warc.Plain());
        await File.WriteAllBytesAsync(Path.Combine(folder, "files", "same.html"), page);
        await File.WriteAllTextAsync(Path.Combine(folder, "urls.tsv"), "same.html\thttps://news.example/world/same\n");

        var (_, fromWarc) = await BatchAsync(Path.Combine(folder, "warc"));
        var (_, fromFile) = await BatchAsync(Path.Combine(folder, "files"), "--urls", Path.Combine(folder, "urls.tsv"), "--now", "2025-07-18T06:00:00Z");

        Assert.Equal(fromFile[0].GetProperty("article").GetRawText(), fromWarc[0].GetProperty("article").GetRawText());
        Assert.Equal(fromFile[0].GetProperty("warnings").GetRawText(), fromWarc[0].GetProperty("warnings").GetRawText());
        Assert.Equal("https://news.example/world/same", fromWarc[0].GetProperty("article").GetProperty("url").GetString());
    }

    [Fact]
    public async Task The_charset_of_the_http_content_type_decodes_the_page()
    {
        var html = "<!DOCTYPE html><html><head><title>Мост снова открыт</title></head><body><article><h1>Мост снова открыт</h1>"
            + string.Concat(Enumerable.Repeat("<p>Городской мост снова открыт для движения после шести недель ремонта настила и перил, сообщили в городском совете.</p>", 4))
            + "</article></body></html>";
        var windows1251 = System.Text.Encoding.GetEncoding(1251);
        var warc = new WarcBuilder();
        warc.Response("https://news.example/ru/bridge", WarcBuilder.Http(windows1251.GetBytes(html), "text/html; charset=windows-1251"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "ru.warc"), warc.Plain());

        var (_, rows) = await BatchAsync(folder);

        Assert.Equal("Мост снова открыт", Assert.Single(rows).GetProperty("article").GetProperty("headline").GetString());
    }

    [Fact]
    public async Task Oversized_truncated_corrupt_and_undecodable_records_are_rows_that_say_why()
    {
        var warc = new WarcBuilder();
        var big = warc.Response("https://news.example/big", WarcBuilder.Http(new byte[17 * 1024 * 1024 + 1_100_000]));
        var chunked = warc.Response("https://news.example/chunked", WarcBuilder.Http(Utf8("zz\r\nnot hex\r\n"), "text/html", 200, "Transfer-Encoding: chunked"));
        var fine = warc.Response("https://news.example/fine", WarcBuilder.Http(Utf8(WarcBuilder.Page("Fine story"))));
        var http = WarcBuilder.Http(Utf8(WarcBuilder.Page("Cut story")));
        var cut = warc.Response("https://news.example/cut", http, declaredLength: http.Length + 100);
        var after = warc.Response("https://news.example/after", WarcBuilder.Http(Utf8(WarcBuilder.Page("After the cut"))));
        warc.Response("https://news.example/no-length", WarcBuilder.Http(Utf8(WarcBuilder.Page("No length"))), withLength: false);
        var last = warc.Response("https://news.example/last", WarcBuilder.Http(Utf8(WarcBuilder.Page("Last story"))));
        await File.WriteAllBytesAsync(Path.Combine(folder, "bad.warc.gz"), warc.GzipPerRecord());

        var (run, rows) = await BatchAsync(folder);

        var byUrl = rows.ToDictionary(r => r.GetProperty("url").GetString() ?? "(none)");
        string Error(string url) => byUrl[url].GetProperty("error").GetString()!;
        Assert.StartsWith("tooLarge: ", Error("https://news.example/big"), StringComparison.Ordinal);
        Assert.Equal(big, byUrl["https://news.example/big"].GetProperty("recordId").GetString());
        Assert.StartsWith("badPayload: the chunked payload has a bad chunk size", Error("https://news.example/chunked"), StringComparison.Ordinal);
        Assert.Equal(chunked, byUrl["https://news.example/chunked"].GetProperty("recordId").GetString());
        Assert.StartsWith("truncatedRecord: ", Error("https://news.example/cut"), StringComparison.Ordinal);
        Assert.Equal(cut, byUrl["https://news.example/cut"].GetProperty("recordId").GetString());
        Assert.StartsWith("corruptRecord: ", Error("https://news.example/no-length"), StringComparison.Ordinal);
        Assert.Contains("no Content-Length", Error("https://news.example/no-length"), StringComparison.Ordinal);
        foreach (var (id, url) in new[] { (fine, "https://news.example/fine"), (after, "https://news.example/after"), (last, "https://news.example/last") })
        {
            Assert.True(byUrl[url].GetProperty("ok").GetBoolean());
            Assert.Equal(id, byUrl[url].GetProperty("recordId").GetString());
        }

        Assert.Equal(7, rows.Length);
        Assert.Contains("7 pages: 3 ok, 4 without an article", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_gzip_member_is_a_row_and_the_next_members_are_read()
    {
        var warc = new WarcBuilder();
        for (var i = 0; i < 5; i++)
        {
            warc.Response($"https://news.example/{i}", WarcBuilder.Http(Utf8(WarcBuilder.Page($"Story {i}"))));
        }

        await File.WriteAllBytesAsync(Path.Combine(folder, "damaged.warc.gz"), warc.GzipPerRecord(corrupt: 2));

        var (_, rows) = await BatchAsync(folder);

        Assert.Equal(5, rows.Length);
        Assert.Equal(
            ["https://news.example/0", "https://news.example/1", "https://news.example/3", "https://news.example/4"],
            rows.Where(r => r.GetProperty("ok").GetBoolean()).Select(r => r.GetProperty("url").GetString()).Order(StringComparer.Ordinal));
        Assert.StartsWith("corruptRecord: ", rows.Single(r => !r.GetProperty("ok").GetBoolean()).GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
