using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsKit.Models;
using NewsKit.Timestamps;
using NodaTime;
using NodaTime.Text;

namespace NewsKit.AotConsumer;

/// <summary>
/// Every public value of a <see cref="ParseResult"/> as one line of JSON: success, failure, reason, warnings and the
/// whole article (authors with kind and URL, every timestamp field, every block field, the sources). Two builds that
/// write the same line for a page read that page the same way. Compiled into the Native AOT consumer and into the
/// test that compares it with the JIT build, so both sides write with the same code.
/// </summary>
public static class ArticleDump
{
    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The options both builds parse with: a fixed clock (relative dates read the same) and no time budget (a slow build never times out where a fast one did not).</summary>
    /// <param name="now">The instant relative dates are read against.</param>
    public static ArticleParserOptions ParserOptions(Instant now) => new()
    {
        Clock = new FixedClock(now),
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <summary>The fixed instant the comparison parses with: 2026-01-01T00:00:00Z.</summary>
    public static Instant Now { get; } = Instant.FromUtc(2026, 1, 1, 0, 0);

    /// <summary>The result as one line of JSON (no line breaks inside).</summary>
    /// <param name="result">What the parser returned.</param>
    public static string Write(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteBoolean("success", result.Success);
            json.WriteString("failure", result.Failure.ToString());
            json.WriteString("reason", result.Reason);
            json.WriteStartArray("warnings");
            foreach (var warning in result.Warnings)
            {
                json.WriteStringValue(warning.Kind + ": " + warning.Message);
            }

            json.WriteEndArray();
            if (result.Article is { } article)
            {
                json.WritePropertyName("article");
                WriteArticle(json, article);
            }
            else
            {
                json.WriteNull("article");
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteArticle(Utf8JsonWriter json, Article article)
    {
        json.WriteStartObject();
        WriteUri(json, "url", article.Url);
        json.WriteString("headline", article.Headline);
        json.WriteString("standfirst", article.Standfirst);
        WriteTimestamp(json, "published", article.Dateline.Published);
        WriteTimestamp(json, "modified", article.Dateline.Modified);
        json.WriteString("place", article.Dateline.Place);
        json.WriteString("agency", article.Dateline.Agency);
        json.WriteStartArray("authors");
        foreach (var author in article.Authors)
        {
            json.WriteStartObject();
            json.WriteString("name", author.Name);
            json.WriteString("kind", author.Kind.ToString());
            WriteUri(json, "url", author.Url);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("bodyText", article.Body.Text);
        json.WriteString("bodyPath", article.Body.Path.ToString());
        json.WriteStartArray("blocks");
        foreach (var block in article.Body.Blocks)
        {
            json.WriteStartObject();
            json.WriteString("kind", block.Kind.ToString());
            json.WriteString("text", block.Text);
            json.WriteNumber("level", block.Level);
            json.WriteBoolean("ordered", block.IsOrdered);
            WriteStrings(json, "items", block.Items);
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
            WriteUri(json, "imageUrl", block.ImageUrl);
            json.WriteString("caption", block.Caption);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("relatedLinks");
        foreach (var link in article.RelatedLinks)
        {
            json.WriteStartObject();
            json.WriteString("title", link.Title);
            WriteUri(json, "url", link.Url);
            WriteTimestamp(json, "published", link.Published);
            json.WriteString("section", link.Section);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (article.Copyright is { } copyright)
        {
            json.WriteStartObject("copyright");
            json.WriteString("text", copyright.Text);
            json.WriteString("holder", copyright.Holder);
            json.WriteString("yearFrom", copyright.YearFrom?.ToString(CultureInfo.InvariantCulture));
            json.WriteString("yearTo", copyright.YearTo?.ToString(CultureInfo.InvariantCulture));
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
        json.WriteString("isAccessibleForFree", article.IsAccessibleForFree?.ToString());
        json.WriteStartObject("sources");
        foreach (var (field, source) in article.Sources.OrderBy(s => s.Key))
        {
            json.WriteString(field.ToString(), source.ToString());
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteTimestamp(Utf8JsonWriter json, string name, Timestamp? timestamp)
    {
        if (timestamp is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("text", timestamp.Text);
        json.WriteString("source", timestamp.Source.ToString());
        json.WriteString("kind", timestamp.Kind.ToString());
        json.WriteString("instant", timestamp.Instant is { } instant ? InstantPattern.ExtendedIso.Format(instant) : null);
        json.WriteString("offset", timestamp.Offset is { } offset ? OffsetPattern.GeneralInvariant.Format(offset) : null);
        json.WriteString("local", timestamp.Local is { } local ? LocalDateTimePattern.ExtendedIso.Format(local) : null);
        json.WriteString("date", LocalDatePattern.Iso.Format(timestamp.Date));
        json.WriteString("zone", timestamp.Zone?.Id);
        json.WriteString("precision", timestamp.Precision.ToString());
        json.WriteString("assumptions", timestamp.Assumptions.ToString());
        json.WriteEndObject();
    }

    private static void WriteUri(Utf8JsonWriter json, string name, Uri? uri) =>
        json.WriteString(name, uri?.OriginalString);

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
