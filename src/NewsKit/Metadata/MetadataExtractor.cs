using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>
/// Reads the article's identity from the page head and header: headline, standfirst, dateline, authors,
/// site name, language, canonical URL, lead image, tags. Returns an <see cref="Article"/> with every field
/// but the body, related links and copyright.
/// </summary>
internal static class MetadataExtractor
{
    public static Article Extract(ExtractionContext context)
    {
        var document = context.Document;
        var sources = new Dictionary<ArticleField, ValueSource>();

        var headline = Meta(document, "og:title") is { } og ? Set(sources, ArticleField.Headline, ValueSource.OpenGraph, og)
            : document.QuerySelector("h1")?.TextContent.Trim() is { Length: > 0 } h1 ? Set(sources, ArticleField.Headline, ValueSource.VisibleText, h1)
            : document.Title is { Length: > 0 } title ? Set(sources, ArticleField.Headline, ValueSource.TitleElement, title.Trim())
            : null;

        var standfirst = Meta(document, "og:description") ?? Meta(document, "description");
        if (standfirst is not null)
        {
            sources[ArticleField.Standfirst] = ValueSource.Meta;
        }

        return new Article
        {
            Headline = headline,
            Standfirst = standfirst,
            Language = document.DocumentElement.GetAttribute("lang"),
            Sources = sources,
        };
    }

    private static string Set(Dictionary<ArticleField, ValueSource> sources, ArticleField field, ValueSource source, string value)
    {
        sources[field] = source;
        return value;
    }

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.Head?.QuerySelectorAll("meta") ?? Enumerable.Empty<IElement>())
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && meta.GetAttribute("content") is { Length: > 0 } content)
            {
                return content.Trim();
            }
        }

        return null;
    }
}
