using NewsKit.Timestamps;
using NodaTime;
using Parquet;
using Parquet.Schema;

namespace NewsKit.Cli.Batch;

/// <summary>
/// Writes rows as a Parquet file, schema version 1 (docs/scale-out.md describes each column). Rows are buffered and
/// written in row groups of <see cref="RowGroupRows"/> rows (or fewer when their text passes <see cref="RowGroupChars"/>
/// characters), Snappy-compressed. The file's key-value metadata holds <c>newskit.schema.version</c> = <c>1</c> and
/// <c>newskit.version</c>.
/// </summary>
/// <remarks>
/// Columns are written with Parquet.Net's low-level writer (no reflection-based serializer, so the writer is trimming
/// and Native AOT friendly): flat columns as values, lists with their definition and repetition levels.
/// </remarks>
internal sealed class ParquetRows : IRowWriter
{
    /// <summary>The schema's version, written in the file's metadata; a change to the columns makes a new version.</summary>
    public const string SchemaVersion = "1";

    /// <summary>The most rows in a row group.</summary>
    public const int RowGroupRows = 1000;

    /// <summary>The most characters of text in a row group (about 64 MiB of UTF-16 in memory) before it is written.</summary>
    public const long RowGroupChars = 32L * 1024 * 1024;

    private static readonly DataField<string> File = new("file", false);
    private static readonly DataField<string> RecordId = new("recordId", true);
    private static readonly DataField<string> Url = new("url", true);
    private static readonly DateTimeDataField Fetched = Timestamp("fetched");
    private static readonly DataField<bool> Ok = new("ok", false);
    private static readonly DataField<string> Failure = new("failure", true);
    private static readonly DataField<string> Reason = new("reason", true);
    private static readonly DataField<string> Headline = new("headline", true);
    private static readonly DataField<string> Standfirst = new("standfirst", true);
    private static readonly DateTimeDataField PublishedInstant = Timestamp("publishedInstant");
    private static readonly DataField<string> PublishedOffset = new("publishedOffset", true);
    private static readonly DateTimeDataField PublishedDate = Date("publishedDate");
    private static readonly DataField<string> PublishedText = new("publishedText", true);
    private static readonly DateTimeDataField ModifiedInstant = Timestamp("modifiedInstant");
    private static readonly DataField<string> ModifiedOffset = new("modifiedOffset", true);
    private static readonly DateTimeDataField ModifiedDate = Date("modifiedDate");
    private static readonly DataField<string> ModifiedText = new("modifiedText", true);
    private static readonly DataField<string> AuthorName = new("element", false);
    private static readonly ListField Authors = new("authors", AuthorName);
    private static readonly DataField<string> BodyText = new("bodyText", true);
    private static readonly DataField<string> Language = new("language", true);
    private static readonly DataField<string> SiteName = new("siteName", true);
    private static readonly DataField<string> CanonicalUrl = new("canonicalUrl", true);
    private static readonly DataField<string> LinkTitle = new("title", true);
    private static readonly DataField<string> LinkUrl = new("url", true);
    private static readonly DateTimeDataField LinkPublished = Timestamp("publishedInstant");
    private static readonly ListField RelatedLinks = new("relatedLinks", new StructField("element", LinkTitle, LinkUrl, LinkPublished));
    private static readonly DataField<string> Copyright = new("copyright", true);
    private static readonly DataField<int> WarningCount = new("warningCount", false);

    /// <summary>The schema, columns in this order.</summary>
    public static readonly ParquetSchema Schema = new(
        File, RecordId, Url, Fetched, Ok, Failure, Reason, Headline, Standfirst,
        PublishedInstant, PublishedOffset, PublishedDate, PublishedText,
        ModifiedInstant, ModifiedOffset, ModifiedDate, ModifiedText,
        Authors, BodyText, Language, SiteName, CanonicalUrl, RelatedLinks, Copyright, WarningCount);

    private readonly Stream stream;
    private readonly List<Row> rows = [];
    private long chars;
    private ParquetWriter? writer;

    /// <summary>Creates a writer to <paramref name="stream"/>, which it closes when disposed.</summary>
    public ParquetRows(Stream stream) => this.stream = stream;

    /// <inheritdoc/>
    public async ValueTask WriteAsync(BatchRow row, CancellationToken cancellationToken)
    {
        var flat = Row.Of(row);
        rows.Add(flat);
        chars += flat.Chars;
        if (rows.Count >= RowGroupRows || chars >= RowGroupChars)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        var open = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await open.DisposeAsync().ConfigureAwait(false);
        writer = null;
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (writer is not null)
        {
            await writer.DisposeAsync().ConfigureAwait(false);
        }

        await stream.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<ParquetWriter> OpenAsync(CancellationToken cancellationToken)
    {
        if (writer is null)
        {
            writer = await ParquetWriter.CreateAsync(Schema, stream, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }, false, cancellationToken).ConfigureAwait(false);
            writer.CustomMetadata = new Dictionary<string, string>
            {
                ["newskit.schema.version"] = SchemaVersion,
                ["newskit.version"] = Cli.Version,
            };
        }

        return writer;
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var open = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using (var group = open.CreateRowGroup())
        {
            await group.WriteAsync(File, Strings(r => r.File)).ConfigureAwait(false);
            await group.WriteAsync(RecordId, Strings(r => r.RecordId)).ConfigureAwait(false);
            await group.WriteAsync(Url, Strings(r => r.Url)).ConfigureAwait(false);
            await group.WriteAsync<DateTime>(Fetched, Values(r => r.Fetched), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<bool>(Ok, rows.Select(r => r.Ok).ToArray(), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(Failure, Strings(r => r.Failure)).ConfigureAwait(false);
            await group.WriteAsync(Reason, Strings(r => r.Reason)).ConfigureAwait(false);
            await group.WriteAsync(Headline, Strings(r => r.Headline)).ConfigureAwait(false);
            await group.WriteAsync(Standfirst, Strings(r => r.Standfirst)).ConfigureAwait(false);
            await WriteTimestampAsync(group, PublishedInstant, PublishedOffset, PublishedDate, PublishedText, r => r.Published, cancellationToken).ConfigureAwait(false);
            await WriteTimestampAsync(group, ModifiedInstant, ModifiedOffset, ModifiedDate, ModifiedText, r => r.Modified, cancellationToken).ConfigureAwait(false);
            await WriteListAsync<string, ReadOnlyMemory<char>>(group, AuthorName, r => r.Authors, a => a.AsMemory(), cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(BodyText, Strings(r => r.BodyText)).ConfigureAwait(false);
            await group.WriteAsync(Language, Strings(r => r.Language)).ConfigureAwait(false);
            await group.WriteAsync(SiteName, Strings(r => r.SiteName)).ConfigureAwait(false);
            await group.WriteAsync(CanonicalUrl, Strings(r => r.CanonicalUrl)).ConfigureAwait(false);
            await WriteListAsync<Link, ReadOnlyMemory<char>>(group, LinkTitle, r => r.Links, l => l.Title?.AsMemory(), cancellationToken).ConfigureAwait(false);
            await WriteListAsync<Link, ReadOnlyMemory<char>>(group, LinkUrl, r => r.Links, l => l.Url?.AsMemory(), cancellationToken).ConfigureAwait(false);
            await WriteListAsync<Link, DateTime>(group, LinkPublished, r => r.Links, l => l.Published, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(Copyright, Strings(r => r.Copyright)).ConfigureAwait(false);
            await group.WriteAsync<int>(WarningCount, rows.Select(r => r.WarningCount).ToArray(), null, null, cancellationToken).ConfigureAwait(false);
            group.CompleteValidate();
        }

        rows.Clear();
        chars = 0;
    }

    private async Task WriteTimestampAsync(
        ParquetRowGroupWriter group, DateTimeDataField instant, DataField<string> offset, DateTimeDataField date, DataField<string> text, Func<Row, Timestamp?> of, CancellationToken cancellationToken)
    {
        await group.WriteAsync<DateTime>(instant, Values(r => of(r)?.Instant is { } i ? Utc(i) : null), null, null, cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(offset, Strings(r => of(r)?.Offset is { } o ? Iso.Format(o) : null)).ConfigureAwait(false);
        await group.WriteAsync<DateTime>(date, Values(r => of(r) is { } t ? Day(t.Date) : null), null, null, cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(text, Strings(r => of(r)?.Text)).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes one leaf column of an optional list (null when the row has no article): definition level 0 for a null list,
    /// 1 for an empty one, the leaf's maximum for a value and one less for a null value inside an item; repetition level
    /// 0 for a row's first item and 1 for the others.
    /// </summary>
    private async Task WriteListAsync<TItem, TValue>(
        ParquetRowGroupWriter group, DataField leaf, Func<Row, IReadOnlyList<TItem>?> list, Func<TItem, TValue?> value, CancellationToken cancellationToken)
        where TValue : struct
    {
        var values = new List<TValue>();
        var definitions = new List<int>();
        var repetitions = new List<int>();
        var max = leaf.MaxDefinitionLevel;
        foreach (var row in rows)
        {
            if (list(row) is not { } items)
            {
                definitions.Add(0);
                repetitions.Add(0);
                continue;
            }

            if (items.Count == 0)
            {
                definitions.Add(1);
                repetitions.Add(0);
                continue;
            }

            for (var i = 0; i < items.Count; i++)
            {
                repetitions.Add(i == 0 ? 0 : 1);
                if (value(items[i]) is { } v)
                {
                    values.Add(v);
                    definitions.Add(max);
                }
                else
                {
                    definitions.Add(max - 1);
                }
            }
        }

        await group.WriteAllPartsAsync<TValue>(leaf, values.ToArray(), definitions.ToArray(), repetitions.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    private string?[] Strings(Func<Row, string?> of) => rows.Select(of).ToArray();

    private DateTime?[] Values(Func<Row, DateTime?> of) => rows.Select(of).ToArray();

    private static DateTimeDataField Timestamp(string name) =>
        new(name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Micros, isNullable: true);

    private static DateTimeDataField Date(string name) => new(name, DateTimeFormat.Date, isAdjustedToUTC: false, unit: null, isNullable: true);

    /// <summary>An instant as a UTC <see cref="DateTime"/>; null outside DateTime's range (years 1 to 9999).</summary>
    private static DateTime? Utc(Instant instant) =>
        instant >= Instant.FromUtc(1, 1, 1, 0, 0) && instant < Instant.FromUtc(9999, 12, 31, 0, 0) ? instant.ToDateTimeUtc() : null;

    private static DateTime? Day(LocalDate date) => date.Year is >= 1 and <= 9999 ? date.ToDateTimeUnspecified() : null;

    private sealed record Link(string? Title, string? Url, DateTime? Published);

    /// <summary>A row reduced to the columns, so that a buffered row group does not keep whole articles.</summary>
    private sealed record Row(
        string File, string? RecordId, string? Url, DateTime? Fetched, bool Ok, string? Failure, string? Reason,
        string? Headline, string? Standfirst, Timestamp? Published, Timestamp? Modified, IReadOnlyList<string>? Authors,
        string? BodyText, string? Language, string? SiteName, string? CanonicalUrl, IReadOnlyList<Link>? Links,
        string? Copyright, int WarningCount)
    {
        public long Chars => (BodyText?.Length ?? 0) + (Headline?.Length ?? 0) + (Standfirst?.Length ?? 0) + (Links?.Count ?? 0) * 200L + 500;

        public static Row Of(BatchRow row)
        {
            var article = row.Result?.Article;
            return new Row(
                row.File,
                row.RecordId,
                row.Url,
                row.Fetched is { } f ? Utc(f) : null,
                row.Ok,
                row.Failure,
                row.Reason,
                article?.Headline,
                article?.Standfirst,
                article?.Dateline.Published,
                article?.Dateline.Modified,
                article?.Authors.Select(a => a.Name).ToArray(),
                article?.Body.Text,
                article?.Language,
                article?.SiteName,
                article?.CanonicalUrl is { } canonical ? UriText(canonical) : null,
                article?.RelatedLinks.Select(l => new Link(l.Title, l.Url is { } u ? UriText(u) : null, l.Published?.Instant is { } i ? Utc(i) : null)).ToArray(),
                article?.Copyright?.Text,
                row.Result?.Warnings.Count ?? 0);
        }

        private static string UriText(Uri uri) => uri.IsAbsoluteUri ? uri.AbsoluteUri : uri.OriginalString;
    }
}
