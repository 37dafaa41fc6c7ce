using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace NewsKit.Cli.Tests.Warc;

/// <summary>
/// Writes WARC files for tests, record by record: plain, gzip per record (the standard's way) or gzip as one member, with
/// the means to cut, corrupt or lie about a record. Every page in them is written here, by the tests.
/// </summary>
internal sealed class WarcBuilder
{
    private readonly List<byte[]> records = [];
    private int next;

    /// <summary>The number of records added.</summary>
    public int Count => records.Count;

    /// <summary>A record id for the n-th record: &lt;urn:uuid:00000000-0000-0000-0000-00000000000n&gt;.</summary>
    public static string Id(int n) => string.Create(CultureInfo.InvariantCulture, $"<urn:uuid:00000000-0000-0000-0000-{n:D12}>");

    /// <summary>An HTTP response with an HTML page; <paramref name="contentType"/> null leaves the header out.</summary>
    public static byte[] Http(byte[] payload, string? contentType = "text/html; charset=utf-8", int status = 200, params string[] extraHeaders)
    {
        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {(status == 200 ? "OK" : "Other")}\r\n");
        if (contentType is not null)
        {
            head.Append(CultureInfo.InvariantCulture, $"Content-Type: {contentType}\r\n");
        }

        foreach (var header in extraHeaders)
        {
            head.Append(header).Append("\r\n");
        }

        head.Append("\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. payload];
    }

    /// <summary>Adds a response record for <paramref name="url"/> with <paramref name="http"/> as its block; returns its id.</summary>
    public string Response(string url, byte[] http, string date = "2025-07-18T05:52:07Z", long? declaredLength = null, bool withLength = true) =>
        Add("response", http, "application/http; msgtype=response", url, date, declaredLength, withLength);

    /// <summary>Adds a record of any type; returns its id.</summary>
    public string Add(string type, byte[] block, string contentType, string? url = null, string date = "2025-07-18T05:52:07Z", long? declaredLength = null, bool withLength = true)
    {
        var id = Id(++next);
        var head = new StringBuilder();
        head.Append("WARC/1.1\r\n");
        head.Append(CultureInfo.InvariantCulture, $"WARC-Type: {type}\r\n");
        head.Append(CultureInfo.InvariantCulture, $"WARC-Record-ID: {id}\r\n");
        head.Append(CultureInfo.InvariantCulture, $"WARC-Date: {date}\r\n");
        if (url is not null)
        {
            head.Append(CultureInfo.InvariantCulture, $"WARC-Target-URI: {url}\r\n");
        }

        head.Append(CultureInfo.InvariantCulture, $"Content-Type: {contentType}\r\n");
        if (withLength)
        {
            head.Append(CultureInfo.InvariantCulture, $"Content-Length: {declaredLength ?? block.Length}\r\n");
        }

        head.Append("\r\n");
        records.Add([.. Encoding.UTF8.GetBytes(head.ToString()), .. block, .. "\r\n\r\n"u8]);
        return id;
    }

    /// <summary>Adds raw bytes where a record should be (garbage, a cut record).</summary>
    public void Raw(byte[] bytes) => records.Add(bytes);

    /// <summary>Cuts the last record to its first <paramref name="length"/> bytes.</summary>
    public void CutLast(int length) => records[^1] = records[^1][..length];

    /// <summary>The records as a plain .warc file.</summary>
    public byte[] Plain() => [.. records.SelectMany(r => r)];

    /// <summary>The records as a .warc.gz file with one gzip member per record; <paramref name="corrupt"/> damages that member's deflate data.</summary>
    public byte[] GzipPerRecord(int? corrupt = null, int? cutMember = null)
    {
        using var output = new MemoryStream();
        for (var i = 0; i < records.Count; i++)
        {
            var member = Gzip(records[i]);
            if (i == corrupt)
            {
                // Damage the middle of the compressed data: zlib then fails on the data or on the CRC check.
                for (var j = member.Length / 2; j < Math.Min(member.Length - 8, member.Length / 2 + 16); j++)
                {
                    member[j] ^= 0x5a;
                }
            }

            if (i == cutMember)
            {
                member = member[..(member.Length / 2)];
            }

            output.Write(member);
        }

        return output.ToArray();
    }

    /// <summary>Each record as its own gzip member, in order.</summary>
    public List<byte[]> GzipMembers() => records.Select(Gzip).ToList();

    /// <summary>The records as a .warc.gz file of one gzip member.</summary>
    public byte[] GzipWhole() => Gzip(Plain());

    /// <summary>Gzip data of <paramref name="bytes"/>.</summary>
    public static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }

    /// <summary>A small news page of our own, with <paramref name="headline"/> as its headline.</summary>
    public static string Page(string headline, string date = "2025-07-18T08:52:07+03:00") => $"""
        <!DOCTYPE html><html lang="en"><head><title>{headline}</title>
        <meta property="article:published_time" content="{date}"></head><body>
        <article><h1>{headline}</h1><p class="byline">By Jane Doe</p>
        <p>The harbour bridge reopened to traffic on Monday morning after six weeks of repairs to its deck and railings, the city council said in a statement.</p>
        <p>Engineers replaced more than two hundred steel plates and resurfaced the full length of the crossing, which carries about forty thousand vehicles a day.</p>
        <p>Commuters welcomed the reopening, saying the detour through the old town had added half an hour to their journeys each way during the works.</p>
        <p>The council said further work on the approach roads would take place at night. <a href="/city/approach-roads">Approach roads</a></p>
        </article></body></html>
        """;
}
