using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>
/// Dates a page declares in attributes with vocabularies other than JSON-LD, meta tags and microdata: RDFa properties
/// (<c>&lt;span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00"&gt;</c>, Dublin Core's
/// <c>dc:date</c> and <c>dcterms:created</c>) and microformats (hAtom's <c>&lt;abbr class="published"
/// title="2020-04-28T21:11:00+02:00"&gt;</c> inside an <c>hentry</c>, h-entry's <c>dt-published</c>). Read only when
/// the page declares no date otherwise; never from a foreign region (a related item, a comment, a sidebar).
/// </summary>
internal static class MarkupDates
{
    /// <summary>The declared text and element of the first such date of the article (the one in the headline's entry when several entries declare one); null when none.</summary>
    /// <param name="context">The page.</param>
    /// <param name="modified">Whether the update time is wanted rather than the publication time.</param>
    /// <param name="headline">The headline element, when known: an entry that holds it is the article's.</param>
    public static (string Text, IElement Element)? Find(ExtractionContext context, bool modified, IElement? headline)
    {
        (string, IElement)? first = null;
        IElement? singleEntry = null;
        var entriesCounted = false;
        var seen = 0;
        foreach (var element in context.Index.Elements)
        {
            if (element.TagName == "META" || Declared(element, modified) is not { } text)
            {
                continue;
            }

            // A page may declare thousands (a hostile one, or an archive listing): only the first few are weighed.
            if (++seen > MaxLooked)
            {
                break;
            }

            // The entry's own footer holds its dates: the region that counts is the entry's (as for microdata's item). The
            // page's only microformat entry is the page's content wherever its template puts it (Blogger's posts sit in
            // a "widget"), so its dates are the article's.
            var entry = element.Closest(EntrySelector);
            if (entry is not null && !entriesCounted)
            {
                singleEntry = SingleEntry(context);
                entriesCounted = true;
            }

            var only = entry is not null && entry == singleEntry;
            if (!only && PageRegions.IsInForeignRegion(context, entry ?? element, headline: headline))
            {
                continue;
            }

            if (headline is null || (entry is not null && entry.Contains(headline)))
            {
                return (text, element);
            }

            first ??= (text, element);
        }

        return first;
    }

    /// <summary>The most declared dates looked at for the one in the headline's entry.</summary>
    private const int MaxLooked = 16;

    private static readonly ISelector EntrySelector = Selectors.Of(".hentry, .h-entry, article, [typeof]");

    /// <summary>The page's microformat entry (<c>hentry</c>, <c>h-entry</c>) when it has exactly one; null when it has none or several.</summary>
    private static IElement? SingleEntry(ExtractionContext context)
    {
        IElement? found = null;
        foreach (var element in context.Index.Elements)
        {
            // The class attribute's text first: most elements name neither, and their class list is never built.
            if (element.GetAttribute("class") is { Length: > 0 } classes && classes.Contains("entry", StringComparison.Ordinal)
                && (element.ClassList.Contains("hentry") || element.ClassList.Contains("h-entry")))
            {
                if (found is not null)
                {
                    return null;
                }

                found = element;
            }
        }

        return found;
    }

    private static string? Declared(IElement element, bool modified)
    {
        if (element.GetAttribute("property") is { Length: > 0 } property && IsDateProperty(property, modified))
        {
            return element.GetAttribute("content") ?? element.GetAttribute("datetime");
        }

        if (element.GetAttribute("class") is not { Length: > 0 } classes
            || !classes.Contains(modified ? "updated" : "published", StringComparison.Ordinal))
        {
            return null;
        }

        var list = element.ClassList;
        var microformat = list.Contains(modified ? "dt-updated" : "dt-published")
            || (list.Contains(modified ? "updated" : "published") && element.Closest(HAtomEntry) is not null);
        return microformat ? element.GetAttribute("datetime") ?? element.GetAttribute("title") : null;
    }

    private static readonly ISelector HAtomEntry = Selectors.Of(".hentry");

    /// <summary>Whether one of the space-separated RDFa property names is a publication (or update) date: schema.org's name after any prefix, or Dublin Core's.</summary>
    private static bool IsDateProperty(string property, bool modified)
    {
        foreach (var name in property.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var local = name[(name.AsSpan().LastIndexOfAny([':', '/', '#']) + 1)..];
            var dublinCore = name.StartsWith("dc:", StringComparison.OrdinalIgnoreCase) || name.StartsWith("dcterms:", StringComparison.OrdinalIgnoreCase);
            var (schema, terms) = modified
                ? (MetadataRules.ModifiedDateProperties, MetadataRules.DublinCoreModifiedTerms)
                : (MetadataRules.PublishedDateProperties, MetadataRules.DublinCorePublishedTerms);
            if (schema.Contains(local, StringComparer.Ordinal) || (dublinCore && terms.Contains(local, StringComparer.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
