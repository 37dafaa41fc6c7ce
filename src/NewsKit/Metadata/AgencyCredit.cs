using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>
/// The news agencies a story credits in a source line below it ("Quelle: dpa/AFP", "Source: AFP", "Bron: ANP", "Quelle:
/// kathpress"): the organization authors of a page that names no person and no other organization. A wire dateline
/// ("Berlin (dpa) - ...") alone names no author: it is the dateline's agency (<see cref="WireDateline"/>).
/// </summary>
internal static class AgencyCredit
{
    /// <summary>The longest source line read (in characters).</summary>
    private const int MaxSourceLineChars = 60;

    /// <summary>The most source lines looked at on one page.</summary>
    private const int MaxSourceLines = 8;

    /// <summary>The agencies of the article's one source line; empty when it has none.</summary>
    public static List<Author> Find(ExtractionContext context, HeadlineWindow window)
    {
        var root = window.ArticleRoot ?? context.Document.Body;
        if (root is null)
        {
            return [];
        }

        List<Author>? found = null;
        var read = 0;
        foreach (var element in context.Index.DescendantsOf(root))
        {
            if (element.LocalName is not ("p" or "div" or "span" or "em" or "i" or "small" or "strong" or "b")
                || ElementText.TextLength(element, MaxSourceLineChars + 1) > MaxSourceLineChars || element.ChildElementCount > 2
                || PageRegions.IsInForeignRegion(context, element, root) || PageRegions.IsHidden(context, element))
            {
                continue;
            }

            var text = ElementText.Collapse(ElementText.Text(element, MaxSourceLineChars + 1)).Trim();
            if (SourceAgencies(text) is not { } agencies)
            {
                continue;
            }

            if (++read > MaxSourceLines || (found is not null && !found.SequenceEqual(agencies)))
            {
                // Many source lines, or two that differ: a list of sources (pictures, quotes), not the article's credit.
                return [];
            }

            found = agencies;
        }

        return found ?? [];
    }

    /// <summary>The agencies of a source line ("Quelle: dpa/AFP"): a source label, a colon, and only known agencies after it; null otherwise.</summary>
    internal static List<Author>? SourceAgencies(string line)
    {
        var colon = line.IndexOfAny(Colons);
        if (colon <= 0 || !MetadataRules.SourceLabels.Contains(line[..colon].Trim().LowerInvariant(), StringComparer.Ordinal))
        {
            return null;
        }

        var parts = line[(colon + 1)..].Split(AgencySeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        var agencies = new List<Author>(parts.Length);
        foreach (var part in parts)
        {
            var name = part.TrimEndAny(['.', ')']).TrimStart('(');
            var known = Array.Find(MetadataRules.NewsAgencies, a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                return null;
            }

            agencies.Add(new Author(known, AuthorKind.Organization));
        }

        return agencies;
    }

    private static readonly char[] Colons = [':', '：'];

    private static readonly string[] AgencySeparators = ["/", ",", ";", "&", " und ", " and ", " et ", " y ", " e ", " en "];
}
