using NewsKit.Models;
using NewsKit.Timestamps;
using NodaTime;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// A JSON-LD script that is not valid JSON still gives its flat <c>"key": "value"</c> pairs (the salvage path, which
/// builds its node with Utf8JsonWriter so that trimming and Native AOT keep it). Pages written for these tests.
/// </summary>
public sealed class LooseJsonLdTests
{
    private const string Paragraph = "The council voted on Tuesday to reopen the harbour bridge next month, after engineers finished the repairs to its cables.";

    private static ParseResult Parse(string script) => new ArticleParser().Parse($"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Site</title>
        <script type="application/ld+json">{script}</script></head><body>
        <article><p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
        """);

    [Fact]
    public void An_invalid_script_gives_its_headline_and_dates()
    {
        // A stray comma before the closing brace and an unescaped quote: not JSON, even with trailing commas allowed.
        var result = Parse("""
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bridge reopens after repairs",
             "datePublished": "2022-01-28T06:00:00+01:00", "description": "The "harbour" bridge", "dateModified": "2022-01-29T07:30:00+01:00",, }
            """);

        Assert.True(result.Success);
        Assert.Contains(result.Warnings, w => w.Kind == WarningKind.InvalidStructuredData);
        var article = result.Article!;
        Assert.Equal("Bridge reopens after repairs", article.Headline);
        var published = Assert.IsType<Timestamp>(article.Dateline.Published);
        Assert.Equal(TimestampSource.JsonLd, published.Source);
        Assert.Equal(Instant.FromUtc(2022, 1, 28, 5, 0), published.Instant);
        Assert.Equal(Instant.FromUtc(2022, 1, 29, 6, 30), article.Dateline.Modified?.Instant);
    }

    [Fact]
    public void Salvaged_values_keep_characters_that_JSON_escapes()
    {
        var result = Parse("""
            {"@type": "NewsArticle", "headline": "Brücke <offen> & 'frei' – 2022", "datePublished": "2022-01-28", oops}
            """);

        Assert.Equal("Brücke <offen> & 'frei' – 2022", result.Article!.Headline);
    }
}
