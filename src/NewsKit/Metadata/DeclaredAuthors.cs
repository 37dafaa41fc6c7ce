using AngleSharp.Css.Dom;
using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>The authors a page declares for machines: its JSON-LD article node, its author meta tags and its article item's microdata (see <see cref="AuthorFinder"/> for how they meet the byline).</summary>
internal static class DeclaredAuthors
{
    /// <summary>
    /// The authors the article's microdata or RDFa item declares: <c>itemprop="author"</c> (RDFa: <c>property="author"</c>
    /// or <c>"schema:author"</c>) inside the item (<c>itemtype</c> or <c>typeof</c> an Article or a BlogPosting) that holds
    /// the headline, read from its name property or its text ("Posted by Elena Sorokina" in a post's footer, where no byline
    /// is looked for).
    /// </summary>
    public static List<Author> FromMicrodata(ExtractionContext context, IElement? headline, CultureInfo? culture, IReadOnlyCollection<string> siteNames)
    {
        var found = new List<Author>();
        if (headline?.Closest(ArticleItem) is not { } item)
        {
            return found;
        }

        var read = 0;
        foreach (var author in context.Index.DescendantsOf(item))
        {
            // Microdata's itemprop, or RDFa's property ("author", "schema:author") as Drupal and TYPO3 write it.
            if (!string.Equals(author.GetAttribute("itemprop"), "author", StringComparison.OrdinalIgnoreCase)
                && author.GetAttribute("property") is not ("author" or "schema:author" or "http://schema.org/author" or "https://schema.org/author"))
            {
                continue;
            }

            if (found.Count >= MaxMicrodataAuthors || read++ >= MaxMicrodataAuthors * 4)
            {
                break;
            }

            if (author.ParentElement?.Closest(AnyItem) != item || PageRegions.IsHidden(context, author))
            {
                continue;
            }

            var name = author.QuerySelector(NameProperty) is { } named ? ElementText.Text(named, MaxNameLength) : ElementText.Text(author, MaxNameLength);
            if (name.Length is > 0 and <= MaxNameLength)
            {
                foreach (var parsed in BylineParser.ParseByline(name, culture, siteNames))
                {
                    BylineParser.AddDistinct(found, parsed);
                }
            }
        }

        return found;
    }

    private static readonly ISelector ArticleItem = Selectors.Of("[itemscope][itemtype*=Article], [itemscope][itemtype*=BlogPosting], [itemscope][itemtype*=article], [typeof*=Article], [typeof*=BlogPosting]");

    /// <summary>Any microdata or RDFa item: an author inside a comment's or a review's item is that item's.</summary>
    private static readonly ISelector AnyItem = Selectors.Of("[itemscope], [typeof]");

    private static readonly ISelector NameProperty = Selectors.Of("[itemprop=name], [property=name], [property='schema:name']");

    private const int MaxMicrodataAuthors = 8;

    private const int MaxNameLength = 100;

    /// <summary>The authors the first of the author meta names that gives one names (<see cref="MetadataRules.AuthorMetaNames"/>); addresses and handles are no names.</summary>
    public static List<Author> FromMeta(List<(string Key, string Content, IElement Element)> metas, CultureInfo? culture, IReadOnlyCollection<string> siteNames)
    {
        var fromMeta = new List<Author>();
        foreach (var name in MetadataRules.AuthorMetaNames)
        {
            foreach (var meta in metas.Where(m => string.Equals(m.Key, name, StringComparison.OrdinalIgnoreCase)))
            {
                if (meta.Content.Contains("://", StringComparison.Ordinal) || meta.Content.StartsWith('@'))
                {
                    continue;
                }

                var content = TextTools.CleanDeclaredText(meta.Content);
                if (name == "citation_author" && SurnameFirst(content) is { } reordered)
                {
                    // Google Scholar's one person per tag, surname first: "Achterberg, Helen".
                    content = reordered;
                }

                var afterOutlet = false;
                foreach (var author in BylineParser.ParseByline(content, culture, siteNames))
                {
                    // "hessenschau.de, Frankfurt, Germany": an outlet and its address; a single word after the outlet is its town.
                    if (!(afterOutlet && author.Kind == AuthorKind.Person && !author.Name.Contains(' ', StringComparison.Ordinal)))
                    {
                        BylineParser.AddDistinct(fromMeta, author);
                    }

                    afterOutlet |= author.Kind == AuthorKind.Organization;
                }
            }

            if (fromMeta.Count > 0)
            {
                break;
            }
        }

        return fromMeta;
    }

    /// <summary>
    /// "Helen Achterberg" for "Achterberg, Helen": one comma between a surname of one or two capitalized words and given
    /// names of one to three (initials included); null for any other text.
    /// </summary>
    private static string? SurnameFirst(string text)
    {
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0 || text.IndexOf(',', comma + 1) >= 0)
        {
            return null;
        }

        var surname = text[..comma].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var given = text[(comma + 1)..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return surname.Length is 1 or 2 && given.Length is >= 1 and <= 3 && surname.Concat(given).All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '.' or '-' or '\''))
            ? string.Join(' ', given) + " " + string.Join(' ', surname)
            : null;
    }

    /// <summary>Whether a declared name is a web address ("https://...", "www.example.com/authors/jane").</summary>
    private static bool IsAddress(string text) =>
        text.Contains("://", StringComparison.Ordinal) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>The article node's JSON-LD <c>author</c> (else <c>creator</c>): people and organizations, arrays and references resolved.</summary>
    public static List<Author> FromJsonLd(ExtractionContext context, JsonLdGraph graph, CultureInfo? culture, IReadOnlyCollection<string> siteNames)
    {
        var authors = new List<Author>();
        var node = graph.Article;
        if (node is null)
        {
            return authors;
        }

        foreach (var property in new[] { "author", "creator" })
        {
            if (node.Get(property) is not { } value)
            {
                continue;
            }

            foreach (var raw in JsonLdValues.Items(value))
            {
                var item = graph.Resolve(raw);
                if (JsonLdValues.AsText(item) is { } text && IsAddress(text))
                {
                    // "author": "https://www.example.com/authors/jane-doe": an address names no one.
                    continue;
                }

                if (item.ValueKind == JsonValueKind.String)
                {
                    foreach (var author in BylineParser.ParseByline(TextTools.CleanDeclaredText(item.GetString()), culture, siteNames))
                    {
                        BylineParser.AddDistinct(authors, author);
                    }

                    continue;
                }

                if (item.ValueKind != JsonValueKind.Object || JsonLdValues.AsText(item) is not { } name)
                {
                    continue;
                }

                var types = graph.Typed(item).TryGetProperty("@type", out var t) ? JsonLdValues.AsTexts(t).ToList() : [];
                var url = item.TryGetProperty("url", out var u) ? context.Links.ResolveUrl(JsonLdValues.AsText(u)) : null;
                var isPerson = types.Exists(type => type.Equals("Person", StringComparison.OrdinalIgnoreCase));
                var isOrganization = types.Exists(type => type.Contains("Organization", StringComparison.OrdinalIgnoreCase) || type.Contains("Corporation", StringComparison.OrdinalIgnoreCase));
                if (isOrganization && !isPerson)
                {
                    BylineParser.AddDistinct(authors, new Author(TextTools.CleanDeclaredText(name), AuthorKind.Organization) { Url = url });
                    continue;
                }

                // Typed both Person and Organization (a site that stands for a person, as WordPress SEO plugins write it):
                // the person is the site, so the site's name does not make the name an outlet's.
                // Names written with character references ("Redacci&oacute;n") read as they would show.
                name = TextTools.CleanDeclaredText(name);
                var parsed = BylineParser.ParseByline(name, culture, isPerson && isOrganization ? [] : siteNames);
                if (isPerson && parsed.Count == 1 && WholeDeclaredName(name, parsed[0].Name) is { } whole)
                {
                    // A person's declared name is whole: a surname written in lower case ("Mobasir hassan") is no running text.
                    parsed = [parsed[0] with { Name = whole }];
                }

                foreach (var author in parsed)
                {
                    BylineParser.AddDistinct(authors, author with { Url = url });
                }
            }

            if (authors.Count > 0)
            {
                break;
            }
        }

        return authors;
    }

    /// <summary>
    /// The declared name of a person when the byline rules kept only its start and the rest is one or two words of letters
    /// ("Mobasir hassan" read as "Mobasir"); null otherwise.
    /// </summary>
    private static string? WholeDeclaredName(string declared, string kept)
    {
        var whole = ElementText.Collapse(declared);
        if (!whole.StartsWith(kept + " ", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = whole[(kept.Length + 1)..].Split(' ');
        // Not a role after the name ("이정민 기자": the reporter's title).
        return rest.Length <= 2 && rest.All(w => w.Length >= 2 && w.All(char.IsLetter) && !MetadataRules.AuthorRoleWords.Contains(w.LowerInvariant(), StringComparer.Ordinal))
            ? whole : null;
    }
}
