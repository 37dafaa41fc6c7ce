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

        if (HasOrganizationWord(name))
        {
            return true;
        }

        return name.LowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(IsJoinedDeskName) || IsHouseByline(name, siteNames) || IsInstitution(name);
    }

    /// <summary>Whether the name holds a word of organizations' names (<see cref="OrganizationWords"/>: "Times", "Verlag", "GmbH", ".com").</summary>
    private static bool HasOrganizationWord(string name)
    {
        var lower = " " + name.LowerInvariant() + " ";
        foreach (var (word, spaced) in OrganizationWords)
        {
            if (lower.Contains(spaced, StringComparison.Ordinal) || (word.StartsWith('.') && lower.Contains(word, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the name is the site's own name followed by words a house byline adds to it ("Belfast Telegraph Digital", "BBC
    /// News", "Limerick Leader Newsdesk": <see cref="MetadataRules.HouseBylineWords"/>): the outlet signing as itself.
    /// </summary>
    private static bool IsHouseByline(string name, IReadOnlyCollection<string> siteNames)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var tail = 1; tail < words.Length && HouseBylineWords.Contains(words[^tail]); tail++)
        {
            var outlet = TextTools.Squashed(string.Join(' ', words[..^tail]));
            if (outlet.Length >= 3 && siteNames.Any(site => TextTools.Squashed(site) == outlet))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="MetadataRules.HouseBylineWords"/> as a set, any case.</summary>
    private static readonly HashSet<string> HouseBylineWords = new(MetadataRules.HouseBylineWords, StringComparer.OrdinalIgnoreCase);

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
            if (take == 1 && words[^1].All(char.IsLetterOrDigit))
            {
                // One word of letters alone is no name of several words.
                continue;
            }

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

    /// <summary>
    /// Whether the name is a wire agency's (<see cref="MetadataRules.WireAgencies"/>), a newsroom's ("Redaktion", "Redaktion
    /// Gelbe Liste") or a press office's ("Pressestelle", <see cref="IsPressOffice"/>).
    /// </summary>
    internal static bool IsAgencyOrNewsroom(string name) =>
        EqualsAny(TrimName(name), MetadataRules.WireAgencies) || IsPressOffice(name)
        || MetadataRules.DeskWords.Any(d => TrimName(name).StartsWith(d, StringComparison.OrdinalIgnoreCase) && (name.Trim().Length == d.Length || name.Trim()[d.Length] == ' '));

    /// <summary>
    /// Whether the byline's last part, set off by a comma, follows an outlet's or an agency's part and reads as a place:
    /// at most three capitalized words that name no organization ("..., Hindustan Times, New Delhi", "PTI, Kuala Lumpur").
    /// A name never follows its outlet.
    /// </summary>
    private static bool IsPlaceAfterOutlet(string text, List<string> parts, IReadOnlyCollection<string> siteNames)
    {
        if (parts.Count < 2)
        {
            return false;
        }

        var (last, before) = (parts[^1], TrimName(parts[^2]));
        var words = last.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 3 && words.All(w => char.IsUpper(w[0]))
            && text.TrimEnd(NameTrimChars).EndsWith(", " + last, StringComparison.Ordinal)
            && (IsNewsAgency(before) || IsAgencyOrNewsroom(before) || TitleSiteNames.IsSiteName(before, siteNames))
            && !IsOrganization(last, siteNames);
    }

    /// <summary>
    /// Whether the byline's last part, set off by a comma after a name of two words or more, reads as the place the story
    /// was written in: two or three capitalized words (with particles in lower case between them: "San Francisco de Macorís"),
    /// the first of them one that opens place names
    /// (<see cref="MetadataRules.PlaceOpeners"/>: "By Ananya Das, New Delhi", "By John Smith, Los Angeles"), and no word or
    /// name of an organization (the last word of an outlet's name, <see cref="MetadataRules.OutletNameEndings"/>: "Los Angeles
    /// Times"; the site's own name).
    /// </summary>
    private static bool IsPlaceAfterName(string text, List<string> parts, IReadOnlyCollection<string> siteNames)
    {
        if (parts.Count < 2)
        {
            return false;
        }

        var words = parts[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var capitalized = words.Count(w => char.IsUpper(w[0]));
        return capitalized is 2 or 3 && words.All(w => char.IsUpper(w[0]) || MetadataRules.NameParticles.Contains(w, StringComparer.Ordinal))
            && MetadataRules.PlaceOpeners.Contains(words[0], StringComparer.Ordinal)
            && !MetadataRules.OutletNameEndings.Contains(words[^1], StringComparer.Ordinal)
            && TextTools.WordCount(TrimName(parts[^2])) >= 2
            && text.TrimEnd(NameTrimChars).EndsWith(", " + parts[^1], StringComparison.Ordinal)
            && !HasOrganizationWord(parts[^1]) && !RelaxedOrganizationNames.Contains(TextTools.Relaxed(parts[^1])) && !TitleSiteNames.IsSiteName(parts[^1], siteNames);
    }

    /// <summary>Whether the name is a news agency's (<see cref="MetadataRules.WireAgencies"/>, <see cref="MetadataRules.NewsAgencies"/>, "The Associated Press"), not a desk's or an outlet's.</summary>
    internal static bool IsNewsAgency(string name)
    {
        var trimmed = TrimName(name);
        if (trimmed.StartsWith("The ", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[4..];
        }

        return EqualsAny(trimmed, MetadataRules.WireAgencies) || MetadataRules.NewsAgencies.Contains(trimmed, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Whether the name is a wire agency's or one of the known organizations, agencies and generic accounts (<see cref="RelaxedOrganizationNames"/>).</summary>
    internal static bool IsAgency(string name) =>
        EqualsAny(TrimName(name), MetadataRules.WireAgencies) || RelaxedOrganizationNames.Contains(TextTools.Relaxed(name));

    /// <summary>"CNN Business", "AP Sports": an agency or outlet name followed by its desk.</summary>
    private static bool StartsWithAgency(string part)
    {
        var first = TrimName(part).Split(' ')[0];
        return part.Contains(' ', StringComparison.Ordinal) && MetadataRules.WireAgencies.Any(a => string.Equals(a, first, StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether a text is one user name and nothing else ("gizzmo", "damian_duchamps", "Limespacer"): one word of 2 to
    /// 40 letters, digits, dots, dashes or underscores, with a letter, and no byline word, job title or role; no
    /// administrator account ("wpadmin": the labels of real pages never count those as authors).
    /// </summary>
    public static bool IsHandle(string text)
    {
        var word = text.Trim();
        return word.Length is >= 2 and <= 40 && word.Any(char.IsLetter)
            && word.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_')
            && !word.Contains("admin", StringComparison.OrdinalIgnoreCase)
            && !IsPrefixWord(word) && !IsTitleOnly(word) && !StartsWithRole(word);
    }

    /// <summary>A single word in capitals ("KWCHCIK") is a site account, not a person's byline.</summary>
    private static bool IsAccount(string name) =>
        !name.Contains(' ', StringComparison.Ordinal) && name.Length >= 4 && name.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>
    /// Whether the byline names a press office or communications department in its words only (<see
    /// cref="MetadataRules.PressOfficeWords"/>, a German compound ending in "kommunikation" or "pressestelle", joined by
    /// connectors, after an article): "Pressestelle", "Presse- und Öffentlichkeitsarbeit", "le Service Communication".
    /// </summary>
    private static bool IsPressOffice(string text)
    {
        // Most names hold none of the office's own words: they are turned away before anything is copied.
        if (!Array.Exists(OfficeCoreWords, core => text.Contains(core, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var words = TrimName(text).LowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var office = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].TrimEndAny(['-', ',']);
            if (i == 0 && PressOfficeArticles.Contains(word) && words.Length > 1)
            {
                continue;
            }

            if (MetadataRules.PressOfficeWords.Contains(word) || word.EndsWith("kommunikation", StringComparison.Ordinal) || word.EndsWith("pressestelle", StringComparison.Ordinal))
            {
                office++;
            }
            else if (!(office > 0 && (CreditConnectors.Contains(word) || word is "&" or "de" or "des" or "du" or "der" or "für" or "of" or "della" or "del")))
            {
                return false;
            }
        }

        // One word of the office's own ("Presse", "Kommunikation", "Pressestelle": the test at the top) beside the others;
        // "Marketing" or "Service" alone name a role.
        return words.Length <= 6 && office >= 1;
    }

    /// <summary>
    /// A byline part split at a separator, except where the part before it ends with a hyphen: German elides a compound's
    /// shared part there ("Presse- und Öffentlichkeitsarbeit"), and the two sides are one name.
    /// </summary>
    private static IEnumerable<string> SplitKeepingElisions(string part, string separator)
    {
        var pieces = part.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var isWord = separator.Trim() is { Length: > 0 } word && char.IsLetter(word[0]);
        for (var i = 0; i < pieces.Length; i++)
        {
            var piece = pieces[i];
            while (isWord && piece.EndsWith('-') && i + 1 < pieces.Length)
            {
                piece = piece + separator + pieces[++i];
            }

            yield return piece;
        }
    }

    /// <summary>The name without an article before it ("der Pressestelle" is "Pressestelle").</summary>
    private static string WithoutLeadingArticle(string name) =>
        name.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 && PressOfficeArticles.Contains(name[..space].LowerInvariant()) ? name[(space + 1)..].TrimStart() : name;

    /// <summary>Articles before a press office's name ("le Service Communication", "die Pressestelle").</summary>
    private static readonly HashSet<string> PressOfficeArticles = new(["le", "la", "l'", "les", "die", "der", "the", "el", "il", "lo", "de"], StringComparer.Ordinal);

    /// <summary>Parts of the words that make a byline a press office's (<see cref="IsPressOffice"/>).</summary>
    private static readonly string[] OfficeCoreWords = ["presse", "press", "kommunikation", "communication", "comunica", "öffentlichkeitsarbeit", "stampa", "prensa", "persdienst", "voorlichting", "communicatie", "public relations", "relations"];
}
