using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>
/// Finds the authors. Order: JSON-LD <c>author</c> / <c>creator</c> of the article node (Person or Organization, arrays,
/// references), then the visible byline near the headline (<c>itemprop=author</c>, <c>rel=author</c>, byline
/// classes), then meta <c>author</c> tags. Names are cleaned of "By", roles, e-mail addresses, dates and "Updated",
/// split at "and" and commas, de-duplicated; agencies, desks and generic accounts are organizations.
/// </summary>
internal static class AuthorFinder
{
    private const int MaxBylineLength = 200;
    private const int MaxNameWords = 5;

    private static readonly string[] NameParticles = ["van", "von", "de", "der", "den", "da", "di", "del", "della", "la", "le", "du", "dos", "das", "ten", "ter", "bin", "ibn", "al", "el", "y", "zu", "af", "st."];

    private static readonly string[] NoiseWords = ["email", "e-mail", "twitter", "facebook", "instagram", "linkedin", "follow", "view", "profile", "more", "articles", "stories", "contact", "author", "authors", "bio", "see", "all", "posts", "subscribe", "share", "comments", "comment", "read", "min", "minute", "minutes", "photo", "photos", "video", "published", "posted", "updated", "last", "on", "at", "am", "pm"];

    public static IReadOnlyList<Author> Find(ExtractionContext context, JsonLdGraph graph, List<(string Key, string Content, IElement Element)> metas, IElement? headline, IReadOnlyCollection<string> siteNames, out ValueSource source)
    {
        var fromJson = FromJsonLd(context, graph, siteNames);
        if (fromJson.Any(a => a.Kind == AuthorKind.Person))
        {
            source = ValueSource.JsonLd;
            return fromJson;
        }

        var fromByline = FromByline(context, headline, siteNames);
        if (fromByline.Count > 0)
        {
            source = ValueSource.VisibleText;
            return Merge(fromByline, fromJson);
        }

        var fromMeta = new List<Author>();
        foreach (var name in MetadataRules.AuthorMetaNames)
        {
            foreach (var meta in metas.Where(m => string.Equals(m.Key, name, StringComparison.OrdinalIgnoreCase)))
            {
                if (meta.Content.Contains("://", StringComparison.Ordinal) || meta.Content.StartsWith('@'))
                {
                    continue;
                }

                fromMeta.AddRange(ParseByline(meta.Content, context.PageCulture, siteNames));
            }

            if (fromMeta.Count > 0)
            {
                break;
            }
        }

        if (fromMeta.Count > 0)
        {
            source = ValueSource.Meta;
            return Merge(fromMeta, fromJson);
        }

        source = ValueSource.JsonLd;
        return fromJson;
    }

    private static List<Author> Merge(List<Author> first, List<Author> second)
    {
        var result = new List<Author>(first);
        foreach (var author in second)
        {
            if (!result.Any(a => TextTools.Squashed(a.Name) == TextTools.Squashed(author.Name)))
            {
                result.Add(author);
            }
        }

        return result;
    }

    private static List<Author> FromJsonLd(ExtractionContext context, JsonLdGraph graph, IReadOnlyCollection<string> siteNames)
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
                if (item.ValueKind == JsonValueKind.String)
                {
                    foreach (var author in ParseByline(item.GetString()!, context.PageCulture, siteNames))
                    {
                        Add(authors, author);
                    }

                    continue;
                }

                if (item.ValueKind != JsonValueKind.Object || JsonLdValues.AsText(item) is not { } name)
                {
                    continue;
                }

                var type = item.TryGetProperty("@type", out var t) ? JsonLdValues.AsText(t) ?? string.Empty : string.Empty;
                var url = item.TryGetProperty("url", out var u) ? context.ResolveUrl(JsonLdValues.AsText(u)) : null;
                var isOrganization = type.Contains("Organization", StringComparison.OrdinalIgnoreCase) || type.Contains("Corporation", StringComparison.OrdinalIgnoreCase);
                if (isOrganization)
                {
                    Add(authors, new Author(PageInspector.Collapse(name), AuthorKind.Organization) { Url = url });
                    continue;
                }

                foreach (var author in ParseByline(name, context.PageCulture, siteNames))
                {
                    Add(authors, author with { Url = url });
                }
            }

            if (authors.Count > 0)
            {
                break;
            }
        }

        return authors;
    }

    private static List<Author> FromByline(ExtractionContext context, IElement? headline, IReadOnlyCollection<string> siteNames)
    {
        var authors = new List<Author>();
        var root = DatelineFinder.ArticleRoot(headline);
        var scope = (IParentNode?)root ?? context.Document.Body;
        if (scope is null)
        {
            return authors;
        }

        var order = PageInspector.DocumentOrder(context.Document);
        var anchor = headline is not null && order.TryGetValue(headline, out var at) ? at : -1;
        var candidates = scope.QuerySelectorAll(MetadataRules.BylineSelector)
            .Where(e => !PageInspector.IsHidden(e) && !PageInspector.IsInForeignRegion(e, root))
            .Select(e => (Element: e, Distance: anchor < 0 ? order.GetValueOrDefault(e) : Math.Abs(order.GetValueOrDefault(e) - anchor)))
            .Where(x => x.Distance < 600)
            .OrderBy(x => x.Distance)
            .Select(x => x.Element)
            .ToList();

        foreach (var element in candidates)
        {
            if (candidates.Any(other => other != element && element.Contains(other) && candidates.IndexOf(other) < candidates.IndexOf(element)))
            {
                continue;
            }

            var nameElement = element.QuerySelector("[itemprop=name]") ?? element;
            var text = PageInspector.Text(nameElement);
            if (text.Length is 0 or > MaxBylineLength)
            {
                continue;
            }

            var url = element.TagName == "A" ? context.ResolveUrl(element.GetAttribute("href")) : null;
            foreach (var author in ParseByline(text, context.PageCulture, siteNames))
            {
                Add(authors, url is null ? author : author with { Url = url });
            }

            if (authors.Count > 0 && !candidates.Skip(candidates.IndexOf(element) + 1).Any(next => next.ParentElement == element.ParentElement))
            {
                break;
            }
        }

        return authors;
    }

    private static void Add(List<Author> authors, Author author)
    {
        if (!authors.Any(a => TextTools.Squashed(a.Name) == TextTools.Squashed(author.Name)))
        {
            authors.Add(author);
        }
    }

    /// <summary>Splits and cleans a byline into authors: "By JANE DOE and John Smith, Staff Writer | Updated 5 PM".</summary>
    public static List<Author> ParseByline(string byline, CultureInfo? culture, IReadOnlyCollection<string> siteNames)
    {
        var authors = new List<Author>();
        var text = PageInspector.Collapse(byline);
        foreach (var cut in new[] { " | ", " • ", " · ", "\u2014", " – ", " - ", "(" })
        {
            var at = text.IndexOf(cut, StringComparison.Ordinal);
            if (at > 0)
            {
                text = text[..at];
            }
        }

        text = StripPrefix(text);
        var parts = new List<string> { text };
        foreach (var separator in MetadataRules.AuthorSeparators)
        {
            parts = parts.SelectMany(p => p.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        }

        foreach (var part in parts)
        {
            var name = CleanName(StripPrefix(part));
            if (name is null)
            {
                continue;
            }

            var kind = IsOrganization(name, siteNames) ? AuthorKind.Organization : AuthorKind.Person;
            var display = kind == AuthorKind.Person ? TextTools.TitleCaseIfShouting(name, culture) : name;
            if (!authors.Any(a => TextTools.Squashed(a.Name) == TextTools.Squashed(display)))
            {
                authors.Add(new Author(display, kind));
            }
        }

        return authors;
    }

    private static string StripPrefix(string text)
    {
        var trimmed = text.Trim().TrimStart(':', '-', '—', '–', ' ');
        foreach (var prefix in MetadataRules.BylinePrefixes)
        {
            if (trimmed.Length > prefix.Length + 1 && trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (prefix.EndsWith(':') || !char.IsLetter(trimmed[prefix.Length]) || !char.IsLetter(prefix[^1])))
            {
                return trimmed[prefix.Length..].Trim().TrimStart(':').Trim();
            }
        }

        return trimmed;
    }

    /// <summary>Keeps the name words of one part: stops at a date, a number, an e-mail, a role or lower-case running text.</summary>
    private static string? CleanName(string part)
    {
        var lower = part.ToLowerInvariant();
        foreach (var role in MetadataRules.AuthorRoleWords)
        {
            var at = lower.IndexOf(role, StringComparison.Ordinal);
            if (at == 0)
            {
                return null;
            }

            if (at > 0 && !char.IsLetter(lower[at - 1]))
            {
                part = part[..at];
                lower = lower[..at];
            }
        }

        var words = new List<string>();
        foreach (var raw in part.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim(',', ';', ':', '.', '"', '“', '”', '\'', '*');
            if (raw.EndsWith('.') && word.Length == 1)
            {
                word = raw.TrimEnd(',', ';', ':');
            }

            if (word.Length == 0)
            {
                continue;
            }

            if (word.Contains('@', StringComparison.Ordinal) || word.Any(char.IsDigit) || word.Contains("://", StringComparison.Ordinal) || IsMonth(word))
            {
                break;
            }

            var lowerWord = word.ToLowerInvariant();
            if (NoiseWords.Contains(lowerWord, StringComparer.Ordinal))
            {
                break;
            }

            if (char.IsLower(word[0]) && !NameParticles.Contains(lowerWord, StringComparer.Ordinal) && words.Count > 0)
            {
                break;
            }

            if (char.IsLower(word[0]) && words.Count == 0 && !NameParticles.Contains(lowerWord, StringComparer.Ordinal) && word.Any(char.IsUpper) is false && HasCase(word))
            {
                return null;
            }

            words.Add(word);
        }

        while (words.Count > 0 && NameParticles.Contains(words[^1].ToLowerInvariant(), StringComparer.Ordinal))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0 || words.Count > MaxNameWords)
        {
            return null;
        }

        var name = string.Join(' ', words);
        return name.Count(char.IsLetter) >= 2 ? name : null;
    }

    private static bool HasCase(string word) => word.Any(c => char.IsUpper(c) || char.IsLower(c));

    private static bool IsMonth(string word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        var info = CultureInfo.InvariantCulture.DateTimeFormat;
        var w = word.TrimEnd('.');
        return info.MonthNames.Any(m => m.Length > 0 && string.Equals(m, w, StringComparison.OrdinalIgnoreCase))
            || info.AbbreviatedMonthNames.Any(m => m.Length > 0 && string.Equals(m, w, StringComparison.OrdinalIgnoreCase) && word.EndsWith('.'));
    }

    /// <summary>Whether a name is an organization: an agency or generic account, the site itself, or a name with a desk word.</summary>
    public static bool IsOrganization(string name, IReadOnlyCollection<string> siteNames)
    {
        var relaxed = TextTools.Relaxed(name);
        if (MetadataRules.OrganizationNames.Any(o => TextTools.Relaxed(o) == relaxed) || TextTools.IsSiteName(name, siteNames))
        {
            return true;
        }

        var lower = " " + name.ToLowerInvariant() + " ";
        return MetadataRules.OrganizationWords.Any(w => lower.Contains(" " + w + " ", StringComparison.Ordinal) || (w.StartsWith('.') && lower.Contains(w, StringComparison.Ordinal)));
    }
}
