using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>The site's name in a title: splitting a title at its separators, and removing the site's name from either end.</summary>
internal static class TitleSiteNames
{
    /// <summary>Splits a title at site-name separators ("A | B – C" gives A, B, C).</summary>
    public static List<string> SplitTitle(string title)
    {
        var parts = new List<string> { title };
        foreach (var separator in MetadataRules.TitleSeparators)
        {
            var next = new List<string>();
            foreach (var part in parts)
            {
                next.AddRange(part.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            }

            parts = next;
        }

        return parts;
    }

    /// <summary>
    /// Removes site-name prefixes and suffixes from a title. A segment is removed when it names one of
    /// <paramref name="siteNames"/>; when <paramref name="aggressive"/> (for the document title), a short last
    /// or first segment after a separator is removed too, since that is where sites put their name.
    /// </summary>
    public static string StripSiteName(string title, IReadOnlyCollection<string> siteNames, bool aggressive)
    {
        var current = title;
        for (var round = 0; round < 6; round++)
        {
            var stripped = StripOnce(current, siteNames, aggressive);
            if (stripped == current)
            {
                break;
            }

            current = stripped;
        }

        return current;
    }

    private static string StripOnce(string title, IReadOnlyCollection<string> siteNames, bool aggressive)
    {
        foreach (var separator in MetadataRules.TitleSeparators)
        {
            var last = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (last > 0)
            {
                var head = title[..last].Trim();
                var tail = title[(last + separator.Length)..].Trim();
                if (head.Length > 0 && (IsSiteName(tail, siteNames) || (aggressive && !separator.Contains(':', StringComparison.Ordinal)
                    && (IsShortSuffix(tail, head) || NamesSite(tail, head, siteNames)))))
                {
                    return head;
                }
            }

            var first = title.IndexOf(separator, StringComparison.Ordinal);
            if (first > 0)
            {
                var head = title[..first].Trim();
                var tail = title[(first + separator.Length)..].Trim();
                if (tail.Length > 0 && (IsSiteName(head, siteNames) || (aggressive && !separator.Contains(':', StringComparison.Ordinal) && NamesSite(head, tail, siteNames))))
                {
                    return tail;
                }
            }
        }

        return title;
    }

    /// <summary>
    /// Whether an end segment of a document title carries the site's name inside a longer line ("EFC Bayrische Bembel
    /// Regensburg", "Vinos Y Tapas und Vinho Iberico" on bayrische-bembel.de and vinosytapas.de): a site name of six or
    /// more letters is part of it, and the rest of the title is at least as long.
    /// </summary>
    private static bool NamesSite(string segment, string rest, IReadOnlyCollection<string> siteNames)
    {
        var squashed = TextTools.Squashed(segment);
        return rest.Length >= segment.Length && siteNames.Select(TextTools.Squashed).Any(site => site.Length >= 6 && squashed.Contains(site, StringComparison.Ordinal));
    }

    private static bool IsShortSuffix(string tail, string head) =>
        TextTools.WordCount(tail) <= 4 && TextTools.WordCount(head) >= 3 && tail.Length < head.Length;

    public static bool IsSiteName(string text, IReadOnlyCollection<string> siteNames)
    {
        var squashed = TextTools.Squashed(text);
        if (squashed.Length == 0)
        {
            return false;
        }

        foreach (var name in siteNames)
        {
            var site = TextTools.Squashed(name);
            if (site.Length > 0 && (site == squashed || (site.Length >= 4 && squashed.StartsWith(site, StringComparison.Ordinal) && squashed.Length <= site.Length + 4)
                || (site.Length >= 6 && squashed.EndsWith(site, StringComparison.Ordinal) && LeadingArticles.Contains(squashed[..^site.Length]))))
            {
                // "Le Courrier de l'Ouest" on courrierdelouest.fr: the article before the name is no part of the address.
                return true;
            }
        }

        return false;
    }

    /// <summary>Articles a publication's name may open with that its address leaves out, squashed ("the", "le", "la", "der", "el", "il").</summary>
    private static readonly HashSet<string> LeadingArticles = new(["the", "le", "la", "les", "l", "el", "il", "lo", "der", "die", "das", "de", "het", "o", "a", "os", "as"], StringComparer.Ordinal);
}
