using System.Text;
using AngleSharp.Dom;

namespace NewsKit.Metadata;

/// <summary>Small, bounded helpers over the DOM that every metadata stage shares: meta tags, visible text, page regions.</summary>
internal static class PageInspector
{
    /// <summary>Every meta tag's key (name, property, itemprop or http-equiv, lower case) and content, in page order.</summary>
    public static List<(string Key, string Content, IElement Element)> MetaTags(IDocument document)
    {
        var list = new List<(string, string, IElement)>();
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var content = meta.GetAttribute("content") ?? meta.GetAttribute("value");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var attribute in new[] { "property", "name", "itemprop", "http-equiv" })
            {
                if (meta.GetAttribute(attribute) is { Length: > 0 } key)
                {
                    list.Add((key.Trim().ToLowerInvariant(), content.Trim(), meta));
                }
            }
        }

        return list;
    }

    /// <summary>The first meta content for any of <paramref name="names"/>, the earlier name winning.</summary>
    public static (string Name, string Content, IElement Element)? FirstMeta(List<(string Key, string Content, IElement Element)> metas, IEnumerable<string> names)
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

    /// <summary>The element's text with runs of whitespace collapsed to one space, trimmed.</summary>
    public static string Text(INode node) => Collapse(node.TextContent);

    /// <summary>
    /// The element's text with a space between the texts of different elements ("<span>Jane Doe</span><span>Reuters</span>"
    /// gives "Jane Doe Reuters"), script and style text left out, whitespace collapsed.
    /// </summary>
    public static string SpacedText(IElement element)
    {
        var sb = new StringBuilder();
        foreach (var node in element.GetDescendants())
        {
            if (node is IText text && text.ParentElement is { TagName: not ("SCRIPT" or "STYLE" or "NOSCRIPT" or "TEMPLATE") })
            {
                sb.Append(text.Data).Append(' ');
            }
        }

        return Collapse(sb.ToString());
    }

    /// <summary>Collapses runs of whitespace (including no-break spaces) to one space and trims.</summary>
    public static string Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200b' || c == '\u00ad')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Whether the element lies in a region that is not the article: an aside, navigation, footer, comments, related or promoted items. The body's own classes (page-wide flags such as "one-sidebar") are not read.</summary>
    public static bool IsInForeignRegion(IElement element, IElement? stopAt = null, IElement? headline = null)
    {
        for (var current = element; current is not null && current != stopAt && current.TagName is not ("BODY" or "HTML"); current = current.ParentElement)
        {
            if (headline is not null && current.Contains(headline))
            {
                // A wrapper around the article's own headline is never someone else's region, whatever its class says.
                return false;
            }

            if (MetadataRules.ForeignRegionTags.Contains(current.TagName, StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }

            if (HasMarker(current, MetadataRules.ForeignRegionMarkers))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the element's class, id or role contains one of <paramref name="markers"/> (ignoring case).</summary>
    public static bool HasMarker(IElement element, IEnumerable<string> markers)
    {
        var names = (element.GetAttribute("class") ?? string.Empty) + " " + (element.Id ?? string.Empty) + " " + (element.GetAttribute("role") ?? string.Empty);
        if (names.Length <= 2)
        {
            return false;
        }

        foreach (var marker in markers)
        {
            if (ContainsToken(names, marker))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word part ends at <paramref name="end"/> (allowing a plural "s"): "comments" ends "comment", "navy" does not end "nav".</summary>
    private static bool EndsWord(string names, int end)
    {
        if (end < names.Length && names[end] is 's' or 'S')
        {
            end++;
        }

        return end >= names.Length || !char.IsLetter(names[end]) || (char.IsUpper(names[end]) && char.IsLower(names[end - 1]));
    }

    /// <summary>
    /// Whether <paramref name="names"/> contains <paramref name="marker"/> as a whole word part: "related__list",
    /// "post-related" and "relatedLinks" contain "related"; "unrelated" and "navy" do not.
    /// </summary>
    private static bool ContainsToken(string names, string marker)
    {
        var index = 0;
        while ((index = names.IndexOf(marker, index, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var before = index == 0 ? ' ' : names[index - 1];
            var startsWord = !char.IsLetter(before) || (char.IsUpper(names[index]) && char.IsLower(before));
            if (startsWord && EndsWord(names, index + marker.Length) && !IsNegated(names, index))
            {
                return true;
            }

            index += marker.Length;
        }

        return false;
    }

    /// <summary>Whether the marker at <paramref name="index"/> is a negated state flag ("no-promo", "has-sidebar", "without-related").</summary>
    private static bool IsNegated(string names, int index)
    {
        foreach (var flag in NegatingFlags)
        {
            if (index >= flag.Length && string.Compare(names, index - flag.Length, flag, 0, flag.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (index == flag.Length || !char.IsLetter(names[index - flag.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] NegatingFlags = ["no-", "no_", "has-", "has_", "with-", "without-", "hide-", "show-"];

    /// <summary>Whether the element is inside a head, script, style, template or hidden element.</summary>
    public static bool IsHidden(IElement element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (current.TagName is "HEAD" or "SCRIPT" or "STYLE" or "TEMPLATE" or "NOSCRIPT")
            {
                return true;
            }

            if (current.HasAttribute("hidden") || string.Equals(current.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var style = current.GetAttribute("style");
            if (style is not null && style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The position of every element in document order, for "nearest to the headline" decisions.</summary>
    public static Dictionary<IElement, int> DocumentOrder(IDocument document)
    {
        var order = new Dictionary<IElement, int>(ReferenceEqualityComparer.Instance);
        var index = 0;
        foreach (var element in document.All)
        {
            order[element] = index++;
        }

        return order;
    }
}
