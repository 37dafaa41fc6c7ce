using System.Globalization;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>Which names in a byline are organizations: agencies, generic accounts, the site itself, desks and institutions.</summary>
internal static partial class BylineParser
{
    /// <summary>Whether a name is an organization: an agency or generic account, the site itself, or a name with a desk word.</summary>
    public static bool IsOrganization(string name, IReadOnlyCollection<string> siteNames)
    {
        if (RelaxedOrganizationNames.Contains(TextTools.Relaxed(name)) || TitleSiteNames.IsSiteName(name, siteNames))
        {
            return true;
        }

        // "The Dodo", "The Guardian": no person's name opens with an article.
        if (NameArticlesSpaced.Any(a => name.StartsWith(a, StringComparison.Ordinal)))
        {
            return true;
        }

        var squashed = TextTools.Squashed(name);
        if (squashed.Length >= 5 && !name.Contains(' ', StringComparison.Ordinal) && siteNames.Any(site => TextTools.Squashed(site).Contains(squashed, StringComparison.Ordinal)))
        {
            return true;
        }

        var lower = " " + name.LowerInvariant() + " ";
        foreach (var (word, spaced) in OrganizationWords)
        {
            if (lower.Contains(spaced, StringComparison.Ordinal) || (word.StartsWith('.') && lower.Contains(word, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return IsInstitution(name);
    }

    /// <summary>Whether a short name (five words at most) has an institution's word ("University of Exeter", "Max-Planck-Institut") or an authority's compound.</summary>
    internal static bool IsInstitution(string name)
    {
        if (TextTools.WordCount(name) > MaxInstitutionWords)
        {
            return false;
        }

        var lower = " " + name.LowerInvariant() + " ";
        return InstitutionWords.Any(w => lower.Contains(w, StringComparison.Ordinal)) || lower.Split(' ').Any(IsInstitutionCompound);
    }

    /// <summary>
    /// Whether the byline is one institution's name: its first word is an institution's word ("Ministry", "Department") or a
    /// compound that names an authority ("Bundesministerium"), with at most <see cref="MaxInstitutionNameWords"/> words and no
    /// comma.
    /// </summary>
    internal static bool OpensWithInstitution(string text)
    {
        if (text.Length == 0 || text.Contains(',', StringComparison.Ordinal) || TextTools.WordCount(text) > MaxInstitutionNameWords)
        {
            return false;
        }

        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var first = (space < 0 ? text : text[..space]).LowerInvariant();
        return space > 0 && (InstitutionWords.Any(w => w.AsSpan().Trim().SequenceEqual(first)) || IsInstitutionCompound(first));
    }

    /// <summary>The most words of an institution's name read whole (<see cref="OpensWithInstitution"/>).</summary>
    private const int MaxInstitutionNameWords = 8;

    /// <summary>A German compound that names an authority ("Polizeipräsidium", "Landratsamt"): a longer word with an authority's ending.</summary>
    private static bool IsInstitutionCompound(string word) =>
        MetadataRules.InstitutionEndings.Any(e => word.Length >= e.Length + 3 && word.EndsWith(e, StringComparison.Ordinal));

    /// <summary>The most words of a byline part that an institution's word makes an organization (a longer one is a sentence: a bio).</summary>
    private const int MaxInstitutionWords = 5;

    /// <summary><see cref="MetadataRules.InstitutionWords"/>, each with a space on either side, to be found as a whole word.</summary>
    private static readonly string[] InstitutionWords = [.. MetadataRules.InstitutionWords.Select(w => " " + w + " ")];

    /// <summary><see cref="MetadataRules.OrganizationNames"/> relaxed once (relaxing normalizes Unicode, which is not cheap).</summary>
    private static readonly HashSet<string> RelaxedOrganizationNames = new(
        MetadataRules.OrganizationNames.Concat(MetadataRules.NewsAgencies).Concat(MetadataRules.WireAgencies).Select(TextTools.Relaxed), StringComparer.Ordinal);

    /// <summary><see cref="MetadataRules.NameArticles"/>, each with the space after it (built once, not for every name tested).</summary>
    private static readonly string[] NameArticlesSpaced = [.. MetadataRules.NameArticles.Select(a => a + " ")];

    /// <summary><see cref="MetadataRules.OrganizationNames"/> as a set, for looking up one word.</summary>
    private static readonly HashSet<string> OrganizationNameSet = new(MetadataRules.OrganizationNames, StringComparer.Ordinal);

    /// <summary>The names of <see cref="MetadataRules.OrganizationNames"/> and <see cref="MetadataRules.NewsAgencies"/> of more than one word, relaxed once: an outlet written after a name (<see cref="SplitTrailingOrganization"/>).</summary>
    private static readonly HashSet<string> RelaxedMultiWordOrganizationNames =
        new(MetadataRules.OrganizationNames.Concat(MetadataRules.NewsAgencies).Where(o => o.Contains(' ', StringComparison.Ordinal)).Select(TextTools.Relaxed), StringComparer.Ordinal);

    /// <summary><see cref="MetadataRules.OrganizationWords"/>, each also with a space on either side, to be found as a whole word.</summary>
    private static readonly (string Word, string Spaced)[] OrganizationWords = [.. MetadataRules.OrganizationWords.Select(w => (w, " " + w + " "))];

    /// <summary>Cuts an outlet written after the name ("Elliot Brownstein Florida Today", "Jill Lawless Associated Press").</summary>
    private static (string? Person, string? Organization) SplitTrailingOrganization(string part, IReadOnlyCollection<string> siteNames)
    {
        var words = TrimName(part).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var take = Math.Min(4, words.Length - 1); take >= 1; take--)
        {
            var tail = string.Join(' ', words[^take..]);
            if (RelaxedMultiWordOrganizationNames.Contains(TextTools.Relaxed(tail))
                || (take >= 2 && TitleSiteNames.IsSiteName(tail, siteNames)))
            {
                // "Australian Associated Press": one word before a multi-word outlet's name is part of a longer name, no person.
                return words.Length - take == 1 && take >= 2 ? (null, TrimName(part)) : (string.Join(' ', words[..^take]), tail);
            }
        }

        return (part, null);
    }
}
