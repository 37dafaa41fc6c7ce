using System.IO.Compression;
using System.Text;
using CsCheck;

namespace NewsKit.Tests.Promises;

/// <summary>
/// "Parse never throws" checked on generated input: any string in any JSON-LD property (escaped in every way JSON
/// allows, lone surrogates included), any <see cref="Uri"/> (relative, odd schemes, hosts of every kind) and any bytes
/// (plain, behind a gzip header, whole gzip data cut anywhere).
/// </summary>
public sealed class NeverThrowsPropertyTests
{
    private static readonly ArticleParser Parser = new(new ArticleParserOptions { Timeout = Timeout.InfiniteTimeSpan });

    /// <summary>Property names the metadata and body stages read, and a few they do not.</summary>
    private static readonly string[] Properties =
    [
        "@context", "@type", "@id", "@graph", "headline", "name", "alternativeHeadline", "description", "articleBody", "text",
        "datePublished", "dateModified", "dateCreated", "uploadDate", "author", "creator", "publisher", "image", "thumbnailUrl",
        "url", "mainEntityOfPage", "keywords", "articleSection", "inLanguage", "isAccessibleForFree", "copyrightHolder",
        "copyrightYear", "copyrightNotice", "license", "dateline", "contentLocation", "sameAs", "logo", "itemListElement",
        "hasPart", "isPartOf", "about", "x-unknown", "",
    ];

    /// <summary>Any string, from every part of UTF-16: ASCII, controls, quotes and backslashes, surrogates alone or in pairs.</summary>
    private static readonly Gen<string> AnyText = Gen.OneOf(
        Gen.String,
        Gen.Char.Array[0, 40].Select(c => new string(c)),
        Gen.Char['\0', '\x7f'].Array[0, 40].Select(c => new string(c)),
        Gen.Char['\ud800', '\udfff'].Array[0, 6].Select(c => "x " + new string(c) + " y"),
        Gen.OneOfConst("2025-07-18T05:52:07Z", "1752816860", "yesterday", "Fri, 18 Jul 2025 05:34:20 GMT", "/relative", "https://x.example/a", "javascript:alert(1)"));

    /// <summary>A JSON string literal for <paramref name="text"/>: escaped minimally, or every character as \uXXXX (which can spell lone surrogates).</summary>
    private static string Literal(string text, bool escapeAll)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (escapeAll || c < ' ' || char.IsSurrogate(c))
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (c is '"' or '\\')
            {
                sb.Append('\\').Append(c);
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.Append('"').ToString();
    }

    private static string Page(string jsonLd) => $$"""
        <html lang="en"><head><title>A story | Site</title>
        <script type="application/ld+json">{{jsonLd.Replace("</", "<\\/", StringComparison.Ordinal)}}</script></head>
        <body><article><h1>A story</h1><p class="byline">By Ann Writer</p><time datetime="2025-07-18">July 18</time>
        <p>The first paragraph of the story is long enough to be running text for the body of the page.</p>
        <p>The second paragraph of the story is long enough to be running text for the body of the page too.</p>
        <ul><li><a href="/a">Related one</a></li><li><a href="/b">Related two</a></li></ul></article>
        <footer>© 2024 Site Ltd. All rights reserved.</footer></body></html>
        """;

    [Fact]
    public void Any_string_in_any_JSON_LD_property_never_throws()
    {
        var shape = Gen.Int[0, 4];
        Gen.Select(Gen.OneOfConst(Properties), AnyText, Gen.Bool, shape).Sample(
            (name, text, escapeAll, form) =>
            {
                var value = Literal(text, escapeAll);
                var key = Literal(name, escapeAll: false);
                var json = form switch
                {
                    0 => "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"," + key + ":" + value + "}",
                    1 => "{\"@type\":\"NewsArticle\",\"headline\":\"A story\"," + key + ":[" + value + "," + value + "]}",
                    2 => "{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\"," + key + ":" + value + "},\"publisher\":{\"@type\":\"Organization\"," + key + ":" + value + "}}",
                    3 => "{\"@graph\":[{\"@type\":\"WebPage\",\"@id\":" + value + "},{\"@type\":\"NewsArticle\"," + key + ":" + value + ",\"mainEntityOfPage\":{\"@id\":" + value + "}}]}",
                    _ => "[{\"@type\":" + value + "," + key + ":{\"@type\":\"ImageObject\",\"url\":" + value + "}}]",
                };
                var result = Parser.Parse(Page(json), new Uri("https://news.example/world/story"));
                Assert.NotNull(result);
            },
            iter: 400);
    }

    [Fact]
    public void Any_uri_never_throws()
    {
        var page = Page("""{"@type":"NewsArticle","headline":"A story","url":"story.html"}""");
        var prefixes = Gen.OneOfConst(
            string.Empty, "/", "./", "../", "//", "?", "#", "http://", "https://", "https://[::1]:8080/", "http://192.168.0.1/",
            "file:///", "mailto:", "urn:", "data:text/html,", "ftp://", "news:", "ldap://", "net.tcp://", "gopher://", "x-custom:",
            "https://xn--bcher-kva.example/", "https://user:pw@host.example:65535/", "\\\\server\\share\\");
        Gen.Select(prefixes, Gen.String[0, 30]).Sample(
            (prefix, rest) =>
            {
                if (!Uri.TryCreate(prefix + rest, UriKind.RelativeOrAbsolute, out var url))
                {
                    return;
                }

                var result = Parser.Parse(page, url);
                Assert.True(result.Success, $"{url}: {result}");
                Assert.Equal(url, result.Article.Url);
            },
            iter: 300);
    }

    [Fact]
    public void Any_bytes_never_throw()
    {
        var gzipHeader = new byte[] { 0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff };
        Gen.Select(Gen.Byte.Array[0, 2000], Gen.Int[0, 2]).Sample(
            (bytes, form) =>
            {
                var input = form switch
                {
                    0 => bytes,
                    1 => [.. gzipHeader, .. bytes],
                    _ => [.. "<html><body><p>"u8.ToArray(), .. bytes],
                };
                Assert.NotNull(Parser.Parse(input));
                Assert.NotNull(Parser.Parse(new MemoryStream(input)));
                Assert.NotNull(Parser.Parse(input, contentType: "text/html; charset=utf-16"));
            },
            iter: 300);
    }

    [Fact]
    public void Gzip_data_cut_anywhere_never_throws()
    {
        var page = Encoding.UTF8.GetBytes(Page("""{"@type":"NewsArticle","headline":"A story"}"""));
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(page);
        }

        var whole = output.ToArray();
        Gen.Int[0, whole.Length].Sample(
            length =>
            {
                var result = Parser.Parse(whole.AsMemory(0, length));
                Assert.True(length == whole.Length || result.Failure != ParseFailure.None || result.Warnings.Any(w => w.Kind == WarningKind.TruncatedInput), $"cut at {length}: {result}");
            },
            iter: 200);
    }
}
