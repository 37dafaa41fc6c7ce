using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>Bylines written as lists of names.</summary>
internal sealed partial class AuthorFinder
{
    /// <summary>
    /// The text of a byline written as a list (<c>&lt;ul class="authors"&gt;&lt;li&gt;Hugo Stein&lt;/li&gt;&lt;li&gt;Clara Moss&lt;/li&gt;</c>),
    /// its items joined with commas so that each is a name of its own; null when the region holds no such list.
    /// </summary>
    private static string? ItemsText(IElement region)
    {
        var list = region.LocalName is "ul" or "ol" ? region : region.QuerySelector(Selectors.Of("ul, ol"));
        if (list is null || list.ChildElementCount < 2 || list.ChildElementCount > MaxListedAuthors || list.Children.Any(c => c.LocalName != "li"))
        {
            return null;
        }

        var items = list.Children.Select(c => ElementText.SpacedText(c)).Where(t => t.Length > 0).ToList();
        if (items.Count < 2 || items.Any(t => t.Length > MaxListedNameChars))
        {
            return null;
        }

        var joined = string.Join(", ", items);
        var listText = ElementText.SpacedText(list);
        return list == region ? joined : listText.Length == 0 ? null : ElementText.SpacedText(region).Replace(listText, joined, StringComparison.Ordinal);
    }

    /// <summary>The most items of a byline list read as names.</summary>
    private const int MaxListedAuthors = 8;

    /// <summary>The longest item (in characters) of a byline list read as a name.</summary>
    private const int MaxListedNameChars = 60;
}
