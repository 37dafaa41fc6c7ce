using System.Globalization;
using NewsKit.Cli.Warc;
using NodaTime;
using NodaTime.Text;

namespace NewsKit.Cli.Batch;

/// <summary>
/// Turns the records of a WARC file into page jobs: each <c>response</c> record with a 2xx HTML payload (and each
/// <c>resource</c> record of type text/html) is one page, whose address is WARC-Target-URI and whose clock is WARC-Date;
/// a truncated, corrupt or oversized record of any kind is a row that says why; every other record is counted, by
/// kind, and skipped.
/// </summary>
internal static class WarcPages
{
    /// <summary>The failure code of a record over the input limit.</summary>
    public const string TooLarge = "tooLarge";

    /// <summary>The failure code of a record that ends before its Content-Length.</summary>
    public const string Truncated = "truncatedRecord";

    /// <summary>The failure code of a record that cannot be read at all.</summary>
    public const string Corrupt = "corruptRecord";

    /// <summary>The failure code of a response whose payload cannot be had (bad chunks, unknown encoding).</summary>
    public const string BadPayload = "badPayload";

    /// <summary>The failure code of a file that cannot be read.</summary>
    public const string Unreadable = "unreadable";

    /// <summary>How much larger than the page limit a block may be: the HTTP status line and headers.</summary>
    public const long HeaderAllowance = 1 << 20;

    /// <summary>The jobs of the WARC file at <paramref name="path"/>; reading errors end the file with a row that says so.</summary>
    /// <param name="path">The file.</param>
    /// <param name="file">Its path relative to the input folder, for the rows.</param>
    /// <param name="maxPageBytes">The input limit of one page.</param>
    /// <param name="skipped">Counts the records that give no row, by kind.</param>
    public static IEnumerable<PageJob> Jobs(string path, string file, long maxPageBytes, SkippedRecords skipped)
    {
        var records = new WarcFile(path, maxPageBytes + HeaderAllowance, WantsBlock).Records();
        using var enumerator = Safe(records, file).GetEnumerator();
        while (enumerator.MoveNext())
        {
            var (record, error) = enumerator.Current;
            if (error is not null)
            {
                yield return new PageJob { File = file, Ready = error };
                yield break;
            }

            if (ToJob(record!, file, maxPageBytes, skipped) is { } job)
            {
                yield return job;
            }
        }
    }

    /// <summary>Whether a record's block is loaded: a response in an HTTP message, or a resource that is HTML.</summary>
    internal static bool WantsBlock(WarcHeaders headers) => headers.Type?.ToLowerInvariant() switch
    {
        "response" => headers.ContentType is not { } type || type.StartsWith("application/http", StringComparison.OrdinalIgnoreCase),
        "resource" => headers.ContentType is { } type && HttpResponse.IsHtmlType(type),
        _ => false,
    };

    private static PageJob? ToJob(WarcRecord record, string file, long maxPageBytes, SkippedRecords skipped)
    {
        var headers = record.Headers;
        var url = headers.TargetUri;
        var fetched = headers.Date is { } date && InstantPattern.ExtendedIso.Parse(date.Trim()) is { Success: true } parsed ? parsed.Value : (Instant?)null;
        PageJob Row(string failure, string reason) =>
            new() { File = file, Ready = BatchRow.NotParsed(file, headers.RecordId, url, fetched, failure, reason) };

        switch (record.Problem)
        {
            case WarcProblem.Corrupt:
                return Row(Corrupt, At(record) + record.Reason);
            case WarcProblem.Truncated:
                return Row(Truncated, At(record) + record.Reason);
            case WarcProblem.TooLarge:
                return Row(TooLarge, record.Reason!);
        }

        if (record.Block is not { } block)
        {
            skipped.Add(headers.Type ?? "(no WARC-Type)");
            return null;
        }

        string? contentType;
        ReadOnlyMemory<byte> payload;
        if (string.Equals(headers.Type, "resource", StringComparison.OrdinalIgnoreCase))
        {
            contentType = headers.ContentType;
            payload = block;
        }
        else
        {
            var response = HttpResponse.Read(block, maxPageBytes);
            if (response.Status != 0 && !response.IsSuccess)
            {
                skipped.Add("response not 2xx");
                return null;
            }

            if (!response.IsHtml)
            {
                skipped.Add("response not HTML");
                return null;
            }

            if (response.Error is { } error)
            {
                return Row(BadPayload, error);
            }

            contentType = response.ContentType;
            payload = response.Payload;
        }

        return new PageJob
        {
            File = file,
            Payload = payload,
            ContentType = contentType,
            RecordId = headers.RecordId,
            Url = url is not null && OptionValues.Url(url, out _) is { } absolute ? absolute : null,
            UrlText = url,
            Fetched = fetched,
        };
    }

    private static string At(WarcRecord record) => string.Create(CultureInfo.InvariantCulture, $"record at byte {record.Offset:N0}: ");

    /// <summary>The records, with a read error as a last item instead of an exception.</summary>
    private static IEnumerable<(WarcRecord? Record, BatchRow? Error)> Safe(IEnumerable<WarcRecord> records, string file)
    {
        IEnumerator<WarcRecord> enumerator;
        BatchRow? failure = null;
        try
        {
            enumerator = records.GetEnumerator();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            enumerator = Enumerable.Empty<WarcRecord>().GetEnumerator();
            failure = BatchRow.NotParsed(file, null, null, null, Unreadable, ex.Message);
        }

        using (enumerator)
        {
            while (failure is null)
            {
                WarcRecord record;
                try
                {
                    if (!enumerator.MoveNext())
                    {
                        break;
                    }

                    record = enumerator.Current;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    failure = BatchRow.NotParsed(file, null, null, null, Unreadable, "cannot read the file: " + ex.Message);
                    break;
                }

                yield return (record, null);
            }
        }

        if (failure is not null)
        {
            yield return (null, failure);
        }
    }
}

/// <summary>The records that gave no row, counted by kind (thread-safe).</summary>
internal sealed class SkippedRecords
{
    private readonly Dictionary<string, int> counts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Counts one record of <paramref name="kind"/>.</summary>
    public void Add(string kind)
    {
        lock (counts)
        {
            counts[kind] = counts.GetValueOrDefault(kind) + 1;
        }
    }

    /// <summary>How many records were skipped.</summary>
    public int Total
    {
        get
        {
            lock (counts)
            {
                return counts.Values.Sum();
            }
        }
    }

    /// <summary>"3 request, 2 metadata, 1 response not HTML", most first; empty when nothing was skipped.</summary>
    public override string ToString()
    {
        lock (counts)
        {
            return string.Join(", ", counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Value} {c.Key}"));
        }
    }
}
