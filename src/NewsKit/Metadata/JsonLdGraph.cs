using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>
/// The JSON-LD of a page as a flat list of typed nodes (objects with <c>@type</c>), in breadth-first order so
/// that top-level and <c>@graph</c> nodes come before nested ones. Scripts over the size limit are skipped
/// with a warning; malformed or too deep scripts give a warning, never an exception. The walk is iterative.
/// </summary>
internal sealed class JsonLdGraph
{
    private readonly Dictionary<string, JsonElement> byId = new(StringComparer.Ordinal);

    private readonly ExtractionContext context;
    private JsonLdNode? article;
    private bool articleFound;

    private JsonLdGraph(List<JsonLdNode> nodes, ExtractionContext context)
    {
        Nodes = nodes;
        this.context = context;
        foreach (var node in nodes)
        {
            if (node.Id is { } id)
            {
                byId.TryAdd(id, node.Element);
            }
        }
    }

    /// <summary>Every typed node, breadth first, scripts in page order.</summary>
    public IReadOnlyList<JsonLdNode> Nodes { get; }

    /// <summary>
    /// The article node: of the nodes of an article type that are not inside a list of other items and give a headline or a
    /// date, the one whose address (<c>url</c>, <c>@id</c>, <c>mainEntityOfPage</c>) is the page's own, else the one whose
    /// headline a <c>&lt;h1&gt;</c> shows (a teaser module's article written before the page's is another story), else the
    /// first; else the first node of an article type; else a page node.
    /// </summary>
    public JsonLdNode? Article
    {
        get
        {
            if (!articleFound)
            {
                var dated = Nodes.Where(n => !n.IsForeign && n.HasArticleType() && (n.Has("headline") || n.Has("datePublished"))).ToList();
                article = (dated.Count > 1 ? OwnOf(dated) : null)
                    ?? dated.FirstOrDefault()
                    ?? Nodes.FirstOrDefault(n => !n.IsForeign && n.HasArticleType())
                    ?? Page;
                articleFound = true;
            }

            return article;
        }
    }

    /// <summary>
    /// Of several article nodes, the one whose address is the page's own (its URL or canonical link), else the one whose
    /// headline one of the page's first <see cref="MaxOwnHeadlines"/> <c>&lt;h1&gt;</c> elements shows; null when none.
    /// </summary>
    private JsonLdNode? OwnOf(List<JsonLdNode> nodes)
    {
        string?[] addresses = [context.Links.PageUrl?.AbsoluteUri, context.Links.ResolveUrl(context.Links.CanonicalHref)?.AbsoluteUri];
        var own = addresses.OfType<string>().Select(Comparable).ToArray();
        if (own.Length > 0 && nodes.Find(n => IsOwn(n, own)) is { } addressed)
        {
            return addressed;
        }

        var headlines = context.Index.ElementsNamed("h1").Take(MaxOwnHeadlines).Select(h => TextTools.Relaxed(ElementText.Text(h, 300))).Where(h => h.Length > 0).ToHashSet(StringComparer.Ordinal);
        return nodes.Find(n => headlines.Contains(TextTools.Relaxed(n.Text("headline"))));
    }

    /// <summary>Whether the node's address is one of <paramref name="own"/> (compared as <see cref="Comparable"/> makes them).</summary>
    private static bool IsOwn(JsonLdNode node, string[] own)
    {
        foreach (var property in (string[])["url", "@id", "mainEntityOfPage"])
        {
            if (node.Get(property) is { } value
                && (value.ValueKind == JsonValueKind.String ? value.GetString() : value.ValueKind == JsonValueKind.Object && value.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null) is { } url
                && Array.IndexOf(own, Comparable(url)) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most <c>&lt;h1&gt;</c> elements whose text may name the article node.</summary>
    private const int MaxOwnHeadlines = 3;

    /// <summary>A URL reduced for comparison: no scheme, no "www.", no query, fragment or final slash, lower case.</summary>
    private static string Comparable(string url)
    {
        var text = url.Trim();
        var cut = text.AsSpan().IndexOfAny(['?', '#']);
        text = (cut >= 0 ? text[..cut] : text).TrimEnd('/').LowerInvariant();
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        text = scheme >= 0 ? text[(scheme + 3)..] : text;
        return text.StartsWith("www.", StringComparison.Ordinal) ? text[4..] : text;
    }

    /// <summary>
    /// The article text the page declares (<c>articleBody</c>, markup written into it read as it shows): the longest one
    /// among the nodes that are not other items (a list of other stories' bodies is not this article's); without one, a declared recipe's ingredients and
    /// steps (<see cref="DeclaredRecipe"/>); else null.
    /// </summary>
    public string? DeclaredBody
    {
        get
        {
            string? longest = null;
            foreach (var node in Nodes)
            {
                if (!node.IsForeign && node.Get("articleBody") is { ValueKind: JsonValueKind.String } body
                    && body.GetString() is { } text && text.Length > (longest?.Length ?? 0))
                {
                    longest = text;
                }
            }

            return longest is null ? DeclaredRecipe.Text(this) : TextTools.DeclaredBodyText(longest);
        }
    }

    /// <summary>The page node (WebPage and kin), or null.</summary>
    public JsonLdNode? Page => Nodes.FirstOrDefault(n => !n.IsForeign && n.HasAnyType(MetadataRules.PageTypes));

    /// <summary>
    /// The node an object refers to by its <c>@id</c> when it has no <c>@type</c> of its own ("<c>"author": {"name": "Camille",
    /// "@id": ".../#/schema/person/77ab"}</c>" beside the typed node of that id); the object itself otherwise.
    /// </summary>
    public JsonElement Typed(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && !element.TryGetProperty("@type", out _) && Referenced(element) is { } target ? target : element;

    /// <summary>Resolves a reference (<c>{"@id": "..."}</c>) to the node it names; the element itself when it is not a bare reference.</summary>
    public JsonElement Resolve(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && !element.TryGetProperty("name", out _) && Referenced(element) is { } target ? target : element;

    /// <summary>The node of the page's graph an object names by its <c>@id</c>; null for another value or an unknown id.</summary>
    private JsonElement? Referenced(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String
        && byId.TryGetValue(id.GetString()!, out var target) ? target : null;

    public static JsonLdGraph Read(ExtractionContext context, bool warn = true)
    {
        var nodes = new List<JsonLdNode>();
        var options = new JsonDocumentOptions
        {
            MaxDepth = context.Options.MaxJsonLdDepth,
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
        };

        foreach (var script in context.Index.ElementsNamed("script"))
        {
            var type = script.GetAttribute("type");
            var declared = type is not null && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase);
            if (!declared && !string.IsNullOrWhiteSpace(type))
            {
                continue;
            }

            var text = ElementText.RawText(script);
            if (!declared && !LooksLikeJsonLd(text))
            {
                // A script without a type is JavaScript, unless it is a JSON-LD object written without its type.
                continue;
            }

            if (text.Length > context.Options.MaxJsonLdBytes)
            {
                if (warn)
                {
                    context.Warn(WarningKind.LimitReached, string.Create(CultureInfo.InvariantCulture, $"a JSON-LD script of {text.Length:N0} characters was skipped (limit {context.Options.MaxJsonLdBytes:N0})"));
                }

                continue;
            }

            var trimmed = TrimWrapper(text);
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (TryParse(trimmed, options, out var root, out var error) || TryParse(WithoutControlCharacters(trimmed), options, out root, out _))
            {
                Walk(root, nodes);
                continue;
            }

            if (warn)
            {
                context.Warn(WarningKind.InvalidStructuredData, "a JSON-LD script was skipped: " + error);
            }

            nodes.AddRange(LooseJsonLd.Salvage(trimmed));
        }

        return new JsonLdGraph(nodes, context);
    }

    /// <summary>Whether an untyped script holds JSON-LD: it opens with an object or array and names a schema.org context.</summary>
    private static bool LooksLikeJsonLd(string text)
    {
        var start = text.AsSpan().TrimStart();
        return start.Length > 0 && start[0] is '{' or '[' && start.Contains("\"@context\"", StringComparison.Ordinal)
            && start.Contains("schema.org", StringComparison.OrdinalIgnoreCase);
    }

    private static bool TryParse(string text, JsonDocumentOptions options, out JsonElement root, out string? error)
    {
        try
        {
            using var document = JsonDocument.Parse(WithoutLoneSurrogateEscapes(text), options);
            root = document.RootElement.Clone();
            error = null;
            return true;
        }
        catch (JsonException exception)
        {
            root = default;
            error = FirstLine(exception.Message);
            return false;
        }
    }

    /// <summary>
    /// Replaces escaped lone surrogates (<c>\ud800</c> without its pair) with <c>\ufffd</c>: JSON accepts them, but
    /// <see cref="JsonElement.GetString"/> throws on them. One linear pass; the text is copied only when one is found.
    /// </summary>
    internal static string WithoutLoneSurrogateEscapes(string text)
    {
        System.Text.StringBuilder? repaired = null;
        var copied = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] != '\\' || i + 1 >= text.Length)
            {
                i++;
                continue;
            }

            if (text[i + 1] != 'u' || !TryHex4(text, i + 2, out var unit))
            {
                i += 2;
                continue;
            }

            if (char.IsHighSurrogate((char)unit) && i + 7 < text.Length && text[i + 6] == '\\' && text[i + 7] == 'u'
                && TryHex4(text, i + 8, out var low) && char.IsLowSurrogate((char)low))
            {
                i += 12;
                continue;
            }

            if (char.IsSurrogate((char)unit))
            {
                repaired ??= new System.Text.StringBuilder(text.Length);
                repaired.Append(text, copied, i - copied).Append("\\ufffd");
                copied = i + 6;
            }

            i += 6;
        }

        return repaired is null ? text : repaired.Append(text, copied, text.Length - copied).ToString();
    }

    private static bool TryHex4(string text, int start, out int value)
    {
        value = 0;
        if (start + 4 > text.Length)
        {
            return false;
        }

        return int.TryParse(text.AsSpan(start, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Replaces raw control characters (a line break inside a string, which JSON forbids but CMSs emit) with spaces;
    /// outside strings they were whitespace anyway.
    /// </summary>
    private static string WithoutControlCharacters(string text)
    {
        // char.IsControl: U+0000 to U+001F and U+007F to U+009F. The text is copied once, only when it has one.
        var first = text.AsSpan().IndexOfAny(ControlCharacters);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (copy, state) =>
        {
            state.text.AsSpan().CopyTo(copy);
            var rest = copy[state.first..];
            for (var at = 0; at >= 0; at = rest.IndexOfAny(ControlCharacters))
            {
                rest[at] = ' ';
                rest = rest[(at + 1)..];
            }
        });
    }

    /// <summary>The characters <see cref="char.IsControl(char)"/> is true of.</summary>
    internal static readonly System.Buffers.SearchValues<char> ControlCharacters = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c)));

    /// <summary>Strips HTML comment and CDATA wrappers that some CMSs put around JSON-LD.</summary>
    private static string TrimWrapper(string text)
    {
        var trimmed = text.Trim();
        foreach (var (open, close) in new[] { ("<!--", "-->"), ("<![CDATA[", "]]>"), ("//<![CDATA[", "//]]>") })
        {
            if (trimmed.StartsWith(open, StringComparison.Ordinal) && trimmed.EndsWith(close, StringComparison.Ordinal))
            {
                trimmed = trimmed[open.Length..^close.Length].Trim();
            }
        }

        return trimmed.TrimEnd(';');
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }

    /// <summary>Breadth-first walk of one script, iterative. Nodes under properties such as itemListElement are marked foreign.</summary>
    private static void Walk(JsonElement root, List<JsonLdNode> nodes)
    {
        var queue = new Queue<(JsonElement Element, bool Foreign)>();
        queue.Enqueue((root, false));
        while (queue.Count > 0)
        {
            var (element, foreign) = queue.Dequeue();
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    queue.Enqueue((item, foreign));
                }

                continue;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var types = TypesOf(element);
            if (types.Length > 0)
            {
                var id = element.TryGetProperty("@id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : null;
                nodes.Add(new JsonLdNode(element, types, id, foreign));
            }

            foreach (var property in element.EnumerateObject())
            {
                if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    var isForeign = foreign || MetadataRules.JsonLdForeignProperties.Contains(property.Name, StringComparer.Ordinal);
                    queue.Enqueue((property.Value, isForeign));
                }
            }
        }
    }

    private static string[] TypesOf(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return [];
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => [StripVocabulary(type.GetString()!)],
            JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => StripVocabulary(t.GetString()!)).ToArray(),
            _ => [],
        };
    }

    private static string StripVocabulary(string type)
    {
        var slash = type.AsSpan().LastIndexOfAny(['/', ':']);
        return slash >= 0 ? type[(slash + 1)..] : type;
    }
}

/// <summary>One typed JSON-LD node.</summary>
/// <param name="Element">The object.</param>
/// <param name="Types">Its <c>@type</c> values, without the vocabulary prefix.</param>
/// <param name="Id">Its <c>@id</c>, or null.</param>
/// <param name="IsForeign">Whether it sits under a property that lists other things (itemListElement, comment...).</param>
internal sealed record JsonLdNode(JsonElement Element, string[] Types, string? Id, bool IsForeign)
{
    public bool HasAnyType(IEnumerable<string> names) => Types.Any(t => names.Contains(t, StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// Whether the node is of an article type (<see cref="MetadataRules.ArticleTypes"/>), or of a publisher's own type named
    /// as one ("ListArticle", "ProductReviewArticle": a type that ends with "Article").
    /// </summary>
    public bool HasArticleType() =>
        HasAnyType(MetadataRules.ArticleTypes) || Types.Any(t => t.EndsWith("Article", StringComparison.OrdinalIgnoreCase));

    public bool Has(string property) => Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>A property as text: a string, the first string of an array, or the <c>@value</c> / <c>name</c> of an object.</summary>
    public string? Text(string property) =>
        Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(property, out var value) ? JsonLdValues.AsText(value) : null;

    /// <summary>A property's raw value, or null.</summary>
    public JsonElement? Get(string property) =>
        Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
}

/// <summary>
/// Reads the plain string properties of a JSON-LD script that is not valid JSON (an unescaped quote, a stray comma),
/// so that its dates and headline are not lost. Only flat <c>"key": "value"</c> pairs are read, into one node.
/// </summary>
internal static class LooseJsonLd
{
    private static readonly System.Text.RegularExpressions.Regex Pair = new(
        "\"(headline|datePublished|dateCreated|dateModified|author|name|description|inLanguage|url)\"\\s*:\\s*\"([^\"\\\\]{1,500})\"",
        System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex ArticleType = new(
        "\"@type\"\\s*:\\s*\"(NewsArticle|Article|BlogPosting|ReportageNewsArticle|LiveBlogPosting)\"",
        System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public static IEnumerable<JsonLdNode> Salvage(string text)
    {
        var type = ArticleType.Match(text);
        if (!type.Success || text.Length > 200_000)
        {
            yield break;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Text.RegularExpressions.Match match in Pair.Matches(text))
        {
            values.TryAdd(match.Groups[1].Value, match.Groups[2].Value);
        }

        if (values.Count == 0)
        {
            yield break;
        }

        values.Remove("name");
        yield return new JsonLdNode(ToElement(values), [type.Groups[1].Value], null, false);
    }

    /// <summary>
    /// The pairs as one JSON object, written with <see cref="Utf8JsonWriter"/> (the default encoder, as
    /// <c>JsonSerializer</c> wrote them before): no reflection-based serialization, so trimming and Native AOT keep it.
    /// </summary>
    private static JsonElement ToElement(Dictionary<string, string> values)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in values)
            {
                writer.WriteString(key, value);
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
