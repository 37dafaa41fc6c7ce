using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NewsKit.Cli.Batch;
using NodaTime.Text;

namespace NewsKit.Cli.Queue;

/// <summary>
/// A job on the queue: one page (a page file or a WARC record), as a byte envelope that needs no serializer of NATS's:
/// the 4 bytes <c>NKJ1</c>, a 4-byte big-endian length, that many bytes of UTF-8 JSON with the job's fields
/// (<c>id</c>, <c>file</c>, <c>recordId</c>, <c>url</c>, <c>fetched</c>, <c>contentType</c>, <c>object</c>,
/// <c>failure</c>, <c>reason</c>), then the page's bytes. A page too large for one message is in the object store under
/// <c>object</c> and the envelope ends after the JSON. A job with <c>failure</c> needs no parsing (a record that could
/// not be read at submission): the worker stores its row as it is.
/// </summary>
internal sealed record QueueJob(string Id, PageJob Page, string? Object)
{
    private static ReadOnlySpan<byte> Magic => "NKJ1"u8;

    /// <summary>
    /// The job id, also the message id of the job and of its result: the input's path relative to the folder given
    /// to <c>queue submit</c> for a page file, and that path, <c>#</c> and the WARC-Record-ID (or <c>@</c> and the
    /// record's position in the file when it has none) for a record.
    /// </summary>
    public static string IdOf(PageJob page, int ordinal) =>
        page.Path is not null ? page.File : page.File + "#" + (page.RecordId ?? page.Ready?.RecordId ?? "@" + ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The object store name of a job's page: <c>page-</c> and the first 32 hex digits of the SHA-256 of its id.</summary>
    public static string ObjectName(string id) => "page-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..32];

    /// <summary>The envelope, with <paramref name="payload"/> after the fields (empty when the page is in the object store).</summary>
    public byte[] Encode(ReadOnlySpan<byte> payload)
    {
        var fields = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(fields))
        {
            json.WriteStartObject();
            json.WriteString("id", Id);
            json.WriteString("file", Page.File);
            json.WriteString("recordId", Page.RecordId ?? Page.Ready?.RecordId);
            json.WriteString("url", Page.UrlText ?? Page.Url?.AbsoluteUri ?? Page.Ready?.Url);
            var fetched = Page.Fetched ?? Page.Ready?.Fetched;
            json.WriteString("fetched", fetched is { } f ? Iso.Format(f) : null);
            json.WriteString("contentType", Page.ContentType);
            json.WriteString("object", Object);
            json.WriteString("failure", Page.Ready?.Failure);
            json.WriteString("reason", Page.Ready?.Reason);
            json.WriteEndObject();
        }

        var envelope = new byte[8 + fields.WrittenCount + payload.Length];
        Magic.CopyTo(envelope);
        BinaryPrimitives.WriteInt32BigEndian(envelope.AsSpan(4), fields.WrittenCount);
        fields.WrittenSpan.CopyTo(envelope.AsSpan(8));
        payload.CopyTo(envelope.AsSpan(8 + fields.WrittenCount));
        return envelope;
    }

    /// <summary>Reads an envelope; null and a reason when it is not one.</summary>
    public static QueueJob? Decode(ReadOnlyMemory<byte> envelope, out string? reason)
    {
        var span = envelope.Span;
        if (span.Length < 8 || !span[..4].SequenceEqual(Magic))
        {
            reason = "the message is not a newskit job (no NKJ1 envelope)";
            return null;
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(span[4..]);
        if (length < 2 || length > span.Length - 8)
        {
            reason = "the job's envelope is cut short";
            return null;
        }

        try
        {
            using var fields = JsonDocument.Parse(envelope.Slice(8, length));
            var root = fields.RootElement;
            string? Text(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            var id = Text("id");
            var file = Text("file");
            if (id is null || file is null)
            {
                reason = "the job has no id or file";
                return null;
            }

            var url = Text("url");
            var fetched = Text("fetched") is { } f && InstantPattern.ExtendedIso.Parse(f) is { Success: true } parsed ? parsed.Value : (NodaTime.Instant?)null;
            var recordId = Text("recordId");
            var page = Text("failure") is { } failure
                ? new PageJob { File = file, Ready = BatchRow.NotParsed(file, recordId, url, fetched, failure, Text("reason") ?? string.Empty) }
                : new PageJob
                {
                    File = file,
                    Payload = envelope[(8 + length)..],
                    ContentType = Text("contentType"),
                    RecordId = recordId,
                    Url = url is not null && OptionValues.Url(url, out _) is { } absolute ? absolute : null,
                    UrlText = url,
                    Fetched = fetched,
                };
            reason = null;
            return new QueueJob(id, page, Text("object"));
        }
        catch (JsonException ex)
        {
            reason = "the job's fields are not JSON: " + ex.Message;
            return null;
        }
    }
}
