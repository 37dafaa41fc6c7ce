using System.Text.Encodings.Web;
using System.Text.Json;
using NewsKit.Models;
using NewsKit.Timestamps;

namespace NewsKit.Cli;

/// <summary>
/// Writes an <see cref="Article"/> as the JSON that other tools read. Every name is always written, with null
/// (or an empty list) when the page had nothing, so a reader can rely on the shape. Names are camelCase;
/// NodaTime values are ISO 8601 text (see <see cref="Iso"/>); enum values are camelCase names.
/// </summary>
internal static class ArticleJson
{
    /// <summary>
    /// Writer options: non-ASCII text written as is, not as <c>\uXXXX</c> escapes. The output is a file or a
    /// terminal, never HTML, so the relaxed encoder is safe here.
    /// </summary>
    public static JsonWriterOptions WriterOptions(bool indented) =>
        new() { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the article; with <paramref name="warnings"/>, a last name <c>warnings</c> holds them (the <c>parse</c> output).</summary>
    public static void Write(Utf8JsonWriter json, Article article, IReadOnlyList<ParseWarning>? warnings = null)
    {
        json.WriteStartObject();
        WriteUri(json, "url", article.Url);
        json.WriteString("headline", article.Headline);
        json.WriteString("standfirst", article.Standfirst);

        json.WriteStartObject("dateline");
        WriteTimestamp(json, "published", article.Dateline.Published);
        WriteTimestamp(json, "modified", article.Dateline.Modified);
        json.WriteString("place", article.Dateline.Place);
        json.WriteString("agency", article.Dateline.Agency);
        json.WriteEndObject();

        WriteStrings(json, "authors", article.Authors.Select(a => a.Name));

        // The same authors with what each is: a person or an organization (an agency, a desk), and the author's page.
        json.WriteStartArray("authorDetails");
        foreach (var author in article.Authors)
        {
            json.WriteStartObject();
            json.WriteString("name", author.Name);
            json.WriteString("kind", Camel(author.Kind.ToString()));
            WriteUri(json, "url", author.Url);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartObject("body");
        json.WriteString("text", article.Body.Text);
        json.WriteString("path", Camel(article.Body.Path.ToString()));
        json.WriteStartArray("blocks");
        foreach (var block in article.Body.Blocks)
        {
            WriteBlock(json, block);
        }

        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteStartArray("relatedLinks");
        foreach (var link in article.RelatedLinks)
        {
            json.WriteStartObject();
            json.WriteString("title", link.Title);
            WriteUri(json, "url", link.Url);
            WriteTimestamp(json, "published", link.Published);
            json.WriteString("section", link.Section);
            json.WriteString("kind", Camel(link.Kind.ToString()));
            json.WriteEndObject();
        }

        json.WriteEndArray();

        if (article.Copyright is { } copyright)
        {
            json.WriteStartObject("copyright");
            json.WriteString("text", copyright.Text);
            json.WriteString("holder", copyright.Holder);
            WriteNumber(json, "yearFrom", copyright.YearFrom);
            WriteNumber(json, "yearTo", copyright.YearTo);
            json.WriteString("statement", copyright.Statement);
            WriteUri(json, "licenseUrl", copyright.LicenseUrl);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("copyright");
        }

        json.WriteString("siteName", article.SiteName);
        json.WriteString("language", article.Language);
        WriteUri(json, "canonicalUrl", article.CanonicalUrl);
        WriteUri(json, "leadImage", article.LeadImage);
        WriteStrings(json, "tags", article.Tags);
        json.WriteString("section", article.Section);
        if (article.IsAccessibleForFree is { } free)
        {
            json.WriteBoolean("isAccessibleForFree", free);
        }
        else
        {
            json.WriteNull("isAccessibleForFree");
        }

        json.WriteStartObject("sources");
        foreach (var (field, source) in article.Sources.OrderBy(s => s.Key))
        {
            json.WriteString(Camel(field.ToString()), Camel(source.ToString()));
        }

        json.WriteEndObject();
        if (warnings is not null)
        {
            WriteWarnings(json, warnings);
        }

        json.WriteEndObject();
    }

    /// <summary>Writes <c>"warnings": [{"kind", "message"}]</c>: what the parse noticed without failing (kinds in camelCase).</summary>
    public static void WriteWarnings(Utf8JsonWriter json, IReadOnlyList<ParseWarning> warnings)
    {
        json.WriteStartArray("warnings");
        foreach (var warning in warnings)
        {
            json.WriteStartObject();
            json.WriteString("kind", Camel(warning.Kind.ToString()));
            json.WriteString("message", warning.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// Writes a timestamp: <c>text</c>, <c>source</c>, <c>kind</c> (instant, local, date), <c>instant</c> (UTC,
    /// <c>Z</c>), <c>offset</c>, <c>local</c>, <c>date</c>, <c>precision</c>, <c>zone</c> and <c>assumptions</c>;
    /// null when <paramref name="timestamp"/> is null.
    /// </summary>
    public static void WriteTimestamp(Utf8JsonWriter json, string name, Timestamp? timestamp)
    {
        if (timestamp is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("text", timestamp.Text);
        json.WriteString("source", Camel(timestamp.Source.ToString()));
        json.WriteString("kind", Iso.Name(timestamp.Kind));
        json.WriteString("instant", timestamp.Instant is { } instant ? Iso.Format(instant) : null);
        json.WriteString("offset", timestamp.Offset is { } offset ? Iso.Format(offset) : null);
        json.WriteString("local", timestamp.Local is { } local ? Iso.Format(local) : null);
        json.WriteString("date", Iso.Format(timestamp.Date));
        json.WriteString("precision", Camel(timestamp.Precision.ToString()));
        json.WriteString("zone", timestamp.Zone?.Id);
        WriteStrings(
            json,
            "assumptions",
            Enum.GetValues<TimestampAssumptions>().Where(a => a != TimestampAssumptions.None && timestamp.Assumptions.HasFlag(a)).Select(a => Camel(a.ToString())));
        json.WriteEndObject();
    }

    private static void WriteBlock(Utf8JsonWriter json, BodyBlock block)
    {
        json.WriteStartObject();
        json.WriteString("kind", Camel(block.Kind.ToString()));
        json.WriteString("text", block.Text);
        switch (block.Kind)
        {
            case BlockKind.Heading:
                json.WriteNumber("level", block.Level);
                break;
            case BlockKind.List:
                json.WriteBoolean("ordered", block.IsOrdered);
                WriteStrings(json, "items", block.Items);
                break;
            case BlockKind.Table:
                json.WriteStartArray("rows");
                foreach (var row in block.Rows)
                {
                    json.WriteStartArray();
                    foreach (var cell in row)
                    {
                        json.WriteStringValue(cell);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndArray();
                json.WriteString("caption", block.Caption);
                break;
            case BlockKind.Figure:
                WriteUri(json, "imageUrl", block.ImageUrl);
                json.WriteString("caption", block.Caption);
                break;
        }

        json.WriteEndObject();
    }

    private static void WriteUri(Utf8JsonWriter json, string name, Uri? uri) =>
        json.WriteString(name, uri is null ? null : uri.IsAbsoluteUri ? uri.AbsoluteUri : uri.OriginalString);

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>The JSON name of a failure: <c>noMainContent</c>, <c>notHtml</c>, <c>timedOut</c>...</summary>
    public static string Name(ParseFailure failure) => Camel(failure.ToString());

    /// <summary>The JSON name of a warning kind: <c>limitReached</c>, <c>truncatedInput</c>...</summary>
    public static string Name(WarningKind kind) => Camel(kind.ToString());

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
