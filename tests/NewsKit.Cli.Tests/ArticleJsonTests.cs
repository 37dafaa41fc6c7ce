using System.Buffers;
using System.Text.Json;
using NewsKit.Models;
using NewsKit.Timestamps;
using NodaTime;

namespace NewsKit.Cli.Tests;

/// <summary>The JSON names and value forms other tools rely on, checked on an article built by hand.</summary>
public sealed class ArticleJsonTests
{
    private static readonly Timestamp Published = Timestamp.ForInstant(
        "Fri Jul 18 2025 08:52:07 GMT+0300",
        TimestampSource.VisibleText,
        Instant.FromUtc(2025, 7, 18, 5, 52, 7),
        TimestampPrecision.Second,
        Offset.FromHours(3),
        new LocalDateTime(2025, 7, 18, 8, 52, 7));

    private static readonly Article Sample = new()
    {
        Url = new Uri("https://news.example/world/a-story"),
        Headline = "A headline",
        Standfirst = "A standfirst",
        Dateline = new Dateline
        {
            Published = Published,
            Modified = Timestamp.ForDate("2025-07-19", TimestampSource.JsonLd, new LocalDate(2025, 7, 19), TimestampPrecision.Day),
            Place = "MINSK",
            Agency = "Reuters",
        },
        Authors = [new Author("Ann Writer"), new Author("The Desk", AuthorKind.Organization)],
        Body = new ArticleBody(
        [
            new BodyBlock(BlockKind.Heading, "Section") { Level = 2 },
            new BodyBlock(BlockKind.Paragraph, "First paragraph."),
            new BodyBlock(BlockKind.List, "one\ntwo") { Items = ["one", "two"], IsOrdered = true },
        ]),
        RelatedLinks =
        [
            new RelatedLink("Other story", new Uri("https://news.example/world/other"))
            {
                Published = Timestamp.ForInstant(
                    "Fri, 18 Jul 2025 05:34:20 GMT",
                    TimestampSource.VisibleText,
                    Instant.FromUtc(2025, 7, 18, 5, 34, 20),
                    TimestampPrecision.Second,
                    Offset.Zero,
                    new LocalDateTime(2025, 7, 18, 5, 34, 20)),
            },
        ],
        Copyright = new Copyright("© 2010–2024 News Ltd. All Rights Reserved.") { Holder = "News Ltd", YearFrom = 2010, YearTo = 2024, Statement = "All Rights Reserved." },
        SiteName = "News",
        Language = "en",
        CanonicalUrl = new Uri("https://news.example/world/a-story"),
        LeadImage = new Uri("https://news.example/lead.jpg"),
        Tags = ["world", "politics"],
        Sources = new Dictionary<ArticleField, ValueSource> { [ArticleField.Headline] = ValueSource.JsonLd, [ArticleField.Published] = ValueSource.VisibleText },
    };

    [Fact]
    public void Top_level_names_are_the_contract()
    {
        JsonAssert.Names(
            Write(Sample),
            "url", "headline", "standfirst", "dateline", "authors", "authorDetails", "body", "relatedLinks", "copyright",
            "siteName", "language", "canonicalUrl", "leadImage", "tags", "section", "isAccessibleForFree", "sources");
    }

    [Fact]
    public void Published_is_an_object_with_iso_values_and_the_page_offset()
    {
        var published = Write(Sample).GetProperty("dateline").GetProperty("published");

        JsonAssert.Names(published, "text", "source", "kind", "instant", "offset", "local", "date", "precision", "zone", "assumptions");
        Assert.Equal("Fri Jul 18 2025 08:52:07 GMT+0300", published.GetProperty("text").GetString());
        Assert.Equal("visibleText", published.GetProperty("source").GetString());
        Assert.Equal("instant", published.GetProperty("kind").GetString());
        Assert.Equal("2025-07-18T05:52:07Z", published.GetProperty("instant").GetString());
        Assert.Equal("+03:00", published.GetProperty("offset").GetString());
        Assert.Equal("2025-07-18T08:52:07", published.GetProperty("local").GetString());
        Assert.Equal("2025-07-18", published.GetProperty("date").GetString());
        Assert.Equal("second", published.GetProperty("precision").GetString());
    }

    [Fact]
    public void A_date_only_timestamp_has_no_instant_offset_or_local()
    {
        var modified = Write(Sample).GetProperty("dateline").GetProperty("modified");

        Assert.Equal("date", modified.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, modified.GetProperty("instant").ValueKind);
        Assert.Equal(JsonValueKind.Null, modified.GetProperty("offset").ValueKind);
        Assert.Equal(JsonValueKind.Null, modified.GetProperty("local").ValueKind);
        Assert.Equal("2025-07-19", modified.GetProperty("date").GetString());
        Assert.Equal("day", modified.GetProperty("precision").GetString());
    }

    [Fact]
    public void Author_details_give_each_authors_kind_and_page()
    {
        var details = Write(Sample with { Authors = [new Author("Ann Writer") { Url = new Uri("https://news.example/authors/ann") }, new Author("The Desk", AuthorKind.Organization)] })
            .GetProperty("authorDetails").EnumerateArray().ToArray();

        Assert.Equal(2, details.Length);
        JsonAssert.Names(details[0], "name", "kind", "url");
        Assert.Equal(("Ann Writer", "person", "https://news.example/authors/ann"), (details[0].GetProperty("name").GetString(), details[0].GetProperty("kind").GetString(), details[0].GetProperty("url").GetString()));
        Assert.Equal(("The Desk", "organization"), (details[1].GetProperty("name").GetString(), details[1].GetProperty("kind").GetString()));
        Assert.Equal(JsonValueKind.Null, details[1].GetProperty("url").ValueKind);
    }

    [Fact]
    public void Authors_are_strings_and_body_has_text_and_blocks()
    {
        var json = Write(Sample);

        Assert.Equal(["Ann Writer", "The Desk"], json.GetProperty("authors").EnumerateArray().Select(a => a.GetString()!).ToArray());
        var body = json.GetProperty("body");
        JsonAssert.Names(body, "text", "path", "blocks");
        Assert.Equal("scored", body.GetProperty("path").GetString());
        Assert.Equal("Section\n\nFirst paragraph.\n\none\ntwo", body.GetProperty("text").GetString());
        var blocks = body.GetProperty("blocks").EnumerateArray().ToArray();
        Assert.Equal(["heading", "paragraph", "list"], blocks.Select(b => b.GetProperty("kind").GetString()!).ToArray());
        Assert.Equal(2, blocks[0].GetProperty("level").GetInt32());
        Assert.True(blocks[2].GetProperty("ordered").GetBoolean());
        Assert.Equal(["one", "two"], blocks[2].GetProperty("items").EnumerateArray().Select(i => i.GetString()!).ToArray());
    }

    [Fact]
    public void Related_links_and_copyright_use_the_contract_names()
    {
        var json = Write(Sample);

        var link = Assert.Single(json.GetProperty("relatedLinks").EnumerateArray());
        JsonAssert.Names(link, "title", "url", "published", "section", "kind");
        Assert.Equal("unknown", link.GetProperty("kind").GetString());
        Assert.Equal("https://news.example/world/other", link.GetProperty("url").GetString());
        Assert.Equal("2025-07-18T05:34:20Z", link.GetProperty("published").GetProperty("instant").GetString());
        Assert.Equal("+00:00", link.GetProperty("published").GetProperty("offset").GetString());

        var copyright = json.GetProperty("copyright");
        JsonAssert.Names(copyright, "text", "holder", "yearFrom", "yearTo", "statement", "licenseUrl");
        Assert.Equal("News Ltd", copyright.GetProperty("holder").GetString());
        Assert.Equal(2010, copyright.GetProperty("yearFrom").GetInt32());
        Assert.Equal(2024, copyright.GetProperty("yearTo").GetInt32());
        Assert.Equal("All Rights Reserved.", copyright.GetProperty("statement").GetString());
    }

    [Fact]
    public void Metadata_values_and_sources_are_written_as_camel_case()
    {
        var json = Write(Sample);

        Assert.Equal("News", json.GetProperty("siteName").GetString());
        Assert.Equal("en", json.GetProperty("language").GetString());
        Assert.Equal("https://news.example/world/a-story", json.GetProperty("canonicalUrl").GetString());
        Assert.Equal("https://news.example/lead.jpg", json.GetProperty("leadImage").GetString());
        Assert.Equal(["world", "politics"], json.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).ToArray());
        Assert.Equal("jsonLd", json.GetProperty("sources").GetProperty("headline").GetString());
        Assert.Equal("visibleText", json.GetProperty("sources").GetProperty("published").GetString());
    }

    [Fact]
    public void An_empty_article_keeps_every_name_with_null_or_empty_values()
    {
        var json = Write(new Article());

        Assert.Equal(JsonValueKind.Null, json.GetProperty("headline").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("dateline").GetProperty("published").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("copyright").ValueKind);
        Assert.Equal(0, json.GetProperty("authors").GetArrayLength());
        Assert.Equal(string.Empty, json.GetProperty("body").GetProperty("text").GetString());
        Assert.Equal(0, json.GetProperty("relatedLinks").GetArrayLength());
    }

    private static JsonElement Write(Article article)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ArticleJson.WriterOptions(indented: false)))
        {
            ArticleJson.Write(writer, article);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
