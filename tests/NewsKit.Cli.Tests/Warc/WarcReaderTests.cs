using System.Text;
using NewsKit.Cli.Batch;
using NewsKit.Cli.Warc;

namespace NewsKit.Cli.Tests.Warc;

/// <summary>The WARC reader on files written by <see cref="WarcBuilder"/>: plain and gzip, whole, cut, corrupt and oversized.</summary>
public sealed class WarcReaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newskit-warc-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private List<WarcRecord> Read(byte[] file, long maxBlock = 1 << 20)
    {
        var path = Path.Combine(folder, "test.warc");
        File.WriteAllBytes(path, file);
        return new WarcFile(path, maxBlock, WarcPages.WantsBlock).Records().ToList();
    }

    private static byte[] Page(string headline) => Encoding.UTF8.GetBytes(WarcBuilder.Page(headline));

    private static WarcBuilder ThreePages()
    {
        var warc = new WarcBuilder();
        warc.Add("warcinfo", "software: tests\r\n"u8.ToArray(), "application/warc-fields");
        warc.Add("request", "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"u8.ToArray(), "application/http; msgtype=request", "https://news.example/a");
        warc.Response("https://news.example/a", WarcBuilder.Http(Page("First story")));
        warc.Response("https://news.example/b", WarcBuilder.Http(Page("Second story")));
        warc.Add("metadata", "fetchTimeMs: 12\r\n"u8.ToArray(), "application/warc-fields", "https://news.example/b");
        warc.Response("https://news.example/c", WarcBuilder.Http(Page("Third story")));
        return warc;
    }

    public static TheoryData<string> Layouts => new() { "plain", "gzip per record", "gzip whole" };

    private static byte[] Layout(WarcBuilder warc, string layout) => layout switch
    {
        "plain" => warc.Plain(),
        "gzip per record" => warc.GzipPerRecord(),
        _ => warc.GzipWhole(),
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Every_record_is_read_in_order_with_its_header_and_only_wanted_blocks_loaded(string layout)
    {
        var records = Read(Layout(ThreePages(), layout));

        Assert.Equal(["warcinfo", "request", "response", "response", "metadata", "response"], records.Select(r => r.Headers.Type));
        Assert.All(records, r => Assert.Equal(WarcProblem.None, r.Problem));
        Assert.Equal(Enumerable.Range(1, 6).Select(WarcBuilder.Id), records.Select(r => r.Headers.RecordId));
        Assert.Equal("https://news.example/b", records[3].Headers.TargetUri);
        Assert.Equal("2025-07-18T05:52:07Z", records[3].Headers.Date);
        Assert.Equal([false, false, true, true, false, true], records.Select(r => r.Block is not null));
        Assert.StartsWith("HTTP/1.1 200 OK\r\n", Encoding.ASCII.GetString(records[2].Block!), StringComparison.Ordinal);
        Assert.Contains("Second story", Encoding.UTF8.GetString(records[3].Block!), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_file_cut_inside_the_last_record_gives_a_truncated_record(string layout)
    {
        var warc = ThreePages();
        warc.CutLast(300);

        var records = Read(Layout(warc, layout));

        Assert.Equal(6, records.Count);
        Assert.Equal(WarcProblem.Truncated, records[^1].Problem);
        Assert.Equal(WarcBuilder.Id(6), records[^1].Headers.RecordId);
        Assert.Contains("the data ends after", records[^1].Reason, StringComparison.Ordinal);
        Assert.Null(records[^1].Block);
    }

    [Fact]
    public void A_gzip_file_cut_inside_its_last_member_gives_a_truncated_record()
    {
        var records = Read(ThreePages().GzipPerRecord(cutMember: 5));

        Assert.Equal(6, records.Count);
        Assert.Equal(WarcProblem.None, records[3].Problem);
        Assert.NotEqual(WarcProblem.None, records[^1].Problem);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_record_shorter_than_its_length_is_truncated_and_the_next_record_is_read(string layout)
    {
        var warc = new WarcBuilder();
        var http = WarcBuilder.Http(Page("Cut short"));
        warc.Response("https://news.example/a", http, declaredLength: http.Length + 500);
        warc.Response("https://news.example/b", WarcBuilder.Http(Page("Whole")));
        warc.Response("https://news.example/c", WarcBuilder.Http(Page("Also whole")));

        var records = Read(Layout(warc, layout));

        Assert.Equal(3, records.Count);
        Assert.Equal(WarcProblem.Truncated, records[0].Problem);
        Assert.Contains("Content-Length", records[0].Reason, StringComparison.Ordinal);
        Assert.Equal([WarcProblem.None, WarcProblem.None], records.Skip(1).Select(r => r.Problem));
        Assert.Equal(["https://news.example/b", "https://news.example/c"], records.Skip(1).Select(r => r.Headers.TargetUri));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(10)]
    public void A_record_a_few_bytes_longer_than_its_block_does_not_swallow_the_next(int extra)
    {
        var warc = new WarcBuilder();
        var http = WarcBuilder.Http(Page("A little long"));
        warc.Response("https://news.example/a", http, declaredLength: http.Length + extra);
        warc.Response("https://news.example/b", WarcBuilder.Http(Page("Next")));

        var records = Read(warc.GzipPerRecord());

        Assert.Equal(2, records.Count);
        Assert.Equal("https://news.example/b", records[1].Headers.TargetUri);
        Assert.Equal(WarcProblem.None, records[1].Problem);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_record_without_content_length_or_garbage_is_corrupt_and_reading_goes_on(string layout)
    {
        var warc = new WarcBuilder();
        warc.Response("https://news.example/a", WarcBuilder.Http(Page("No length")), withLength: false);
        warc.Response("https://news.example/b", WarcBuilder.Http(Page("Fine")));
        warc.Raw("this is not a WARC record\r\nat all\r\n\r\n"u8.ToArray());
        warc.Response("https://news.example/c", WarcBuilder.Http(Page("Fine too")));

        var records = Read(Layout(warc, layout));

        Assert.Equal(4, records.Count);
        Assert.Equal(WarcProblem.Corrupt, records[0].Problem);
        Assert.Equal("the header has no Content-Length", records[0].Reason);
        Assert.Equal(WarcProblem.None, records[1].Problem);
        Assert.Equal(WarcProblem.Corrupt, records[2].Problem);
        Assert.Equal("no WARC version line where a record should start", records[2].Reason);
        Assert.Equal("https://news.example/c", records[3].Headers.TargetUri);
        Assert.Equal(WarcProblem.None, records[3].Problem);
    }

    [Fact]
    public void A_corrupt_gzip_member_is_one_corrupt_record_and_reading_goes_on_at_the_next_member()
    {
        var warc = ThreePages();
        warc.Response("https://news.example/d", WarcBuilder.Http(Page("Fourth story")));

        var records = Read(warc.GzipPerRecord(corrupt: 3));

        var problems = records.Where(r => r.Problem != WarcProblem.None).ToList();
        var corrupt = Assert.Single(problems);
        Assert.Equal(WarcProblem.Corrupt, corrupt.Problem);
        Assert.Contains("corrupt gzip data", corrupt.Reason, StringComparison.Ordinal);
        Assert.Equal(
            ["https://news.example/a", "https://news.example/c", "https://news.example/d"],
            records.Where(r => r.Problem == WarcProblem.None && r.Headers.Type == "response").Select(r => r.Headers.TargetUri));
        Assert.Equal(records.Count(r => r.Headers.RecordId is not null), records.Select(r => r.Headers.RecordId).OfType<string>().Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_block_over_the_limit_is_skipped_unread_and_the_next_record_is_read(string layout)
    {
        var warc = new WarcBuilder();
        warc.Response("https://news.example/big", WarcBuilder.Http(Encoding.UTF8.GetBytes(new string('x', 200_000))));
        warc.Response("https://news.example/small", WarcBuilder.Http(Page("Small")));

        var records = Read(Layout(warc, layout), maxBlock: 100_000);

        Assert.Equal(WarcProblem.TooLarge, records[0].Problem);
        Assert.Null(records[0].Block);
        Assert.Contains("over the 100,000-byte limit", records[0].Reason, StringComparison.Ordinal);
        Assert.Equal(WarcProblem.None, records[1].Problem);
        Assert.NotNull(records[1].Block);
    }

    [Fact]
    public void Records_with_bare_line_feeds_and_extra_blank_lines_are_read()
    {
        var page = Page("Line feeds");
        var http = WarcBuilder.Http(page);
        var record = Encoding.ASCII.GetBytes($"WARC/1.0\nWARC-Type: response\nWARC-Record-ID: <urn:x:1>\nWARC-Target-URI: <https://news.example/lf>\nContent-Length: {http.Length}\n\n");
        var file = record.Concat(http).Concat("\n\n\r\n"u8.ToArray()).Concat(record).Concat(http).ToArray();

        var records = Read(file);

        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Equal(WarcProblem.None, r.Problem));
        Assert.Equal("https://news.example/lf", records[1].Headers.TargetUri);
    }

    [Fact]
    public void An_empty_file_has_no_records()
    {
        Assert.Empty(Read([]));
    }

    [Fact]
    public void An_http_response_gives_its_status_content_type_and_payload_with_chunks_joined()
    {
        var chunked = WarcBuilder.Http("5\r\nHello\r\n7;ext=1\r\n, world\r\n0\r\n\r\n"u8.ToArray(), "text/html; charset=windows-1251", 200, "Transfer-Encoding: chunked");
        var notFound = WarcBuilder.Http("gone"u8.ToArray(), "text/html", 404);
        var png = WarcBuilder.Http([0x89, 0x50, 0x4e, 0x47], "image/png");
        var noType = WarcBuilder.Http("<p>x</p>"u8.ToArray(), contentType: null);

        var response = HttpResponse.Read(chunked, 1000);

        Assert.Equal(200, response.Status);
        Assert.Equal("text/html; charset=windows-1251", response.ContentType);
        Assert.Equal("Hello, world", Encoding.ASCII.GetString(response.Payload.Span));
        Assert.False(HttpResponse.Read(notFound, 1000).IsSuccess);
        Assert.False(HttpResponse.Read(png, 1000).IsHtml);
        Assert.True(HttpResponse.Read(noType, 1000).IsHtml);
        Assert.Contains("no end of headers", HttpResponse.Read("HTTP/1.1 200 OK\r\nContent-Type: text/html"u8.ToArray(), 1000).Error, StringComparison.Ordinal);
        Assert.Contains("not supported", HttpResponse.Read(WarcBuilder.Http([1, 2], "text/html", 200, "Content-Encoding: zstd"), 1000).Error, StringComparison.Ordinal);
    }
}
