using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>The page's meta tags (and RDFa values on other elements) as key and content pairs, and the selectors of the head's links the metadata stage reads.</summary>
internal static class MetaTags
{
    /// <summary>The selector <c>link[rel=image_src]</c>.</summary>
    public static readonly SimpleSelector ImageLink = SimpleSelector.Parse("link[rel=image_src]");

    /// <summary>The selector <c>a[rel~=license], link[rel~=license]</c>.</summary>
    public static readonly SimpleSelector LicenseLink = SimpleSelector.Parse("a[rel~=license], link[rel~=license]");

    private static readonly string[] MetaKeyAttributes = ["property", "name", "itemprop", "http-equiv"];

    /// <summary>Every meta tag's key (name, property, itemprop or http-equiv, lower case) and content, in page order.</summary>
    public static List<(string Key, string Content, IElement Element)> Read(ExtractionContext context)
    {
        var list = new List<(string, string, IElement)>();

        // RDFa on other elements ("<span property="schema:dateCreated" content="...">") states values for machines too.
        foreach (var (property, value, element) in context.Index.PropertyValues)
        {
            list.Add((property.Trim().LowerInvariant(), value.Trim(), element));
        }

        foreach (var meta in context.Index.ElementsNamed("meta"))
        {
            var content = meta.GetAttribute("content") ?? meta.GetAttribute("value");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var attribute in MetaKeyAttributes)
            {
                if (meta.GetAttribute(attribute) is { Length: > 0 } key)
                {
                    list.Add((key.Trim().LowerInvariant(), content.Trim(), meta));
                }
            }
        }

        return list;
    }

    /// <summary>The first meta content for any of <paramref name="names"/>, the earlier name winning.</summary>
    public static (string Name, string Content, IElement Element)? First(List<(string Key, string Content, IElement Element)> metas, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            foreach (var meta in metas)
            {
                if (string.Equals(meta.Key, name, StringComparison.OrdinalIgnoreCase))
                {
                    return (name, meta.Content, meta.Element);
                }
            }
        }

        return null;
    }
}
