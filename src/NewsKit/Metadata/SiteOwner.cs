using System.Globalization;
using System.Text;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>
/// The owner of a personal site, as the author of a page that names no other person. A site whose address spells a
/// person's name ("alexander-klier.net", "wolfgangmichal.de", "janedoe.wordpress.com") and whose site name, title or
/// copyright holder gives that same name ("Dr. Alexander Klier", "© 2017 Wolfgang Michal") is that person's own site:
/// its pages are theirs. Both halves are needed: the name must spell one of the host's labels exactly (letters only,
/// case and accents folded, "ü" also as "ue"), and it must read as a person's name: two capitalized words (a name
/// particle between them), or three with two given names, the first a common given name (<see cref="GivenNames"/>), so that an outlet named
/// like its domain ("Presse Augsburg" on presse-augsburg.de) stays an organization.
/// </summary>
internal static class SiteOwner
{
    /// <summary>Academic and professional titles written before a name ("Dr. Alexander Klier"); left out of the author's name.</summary>
    private static readonly string[] Titles = ["Dr.", "Prof.", "Dr", "Prof", "Mag.", "Dipl.-Ing.", "Ing.", "PD", "Dres.", "Mr.", "Mrs.", "Ms."];

    /// <summary>
    /// The person among <paramref name="names"/> whose name the host of <paramref name="page"/> spells, as a person
    /// author without a title, with the source of the name that gave it; null when none does or the page has no address.
    /// </summary>
    public static (Author Owner, ValueSource Source)? Find(Uri? page, IEnumerable<(string? Name, ValueSource Source)> names)
    {
        if (page is null || page.HostNameType != UriHostNameType.Dns)
        {
            return null;
        }

        var labels = page.Host.Split('.');
        if (labels.Length < 2)
        {
            return null;
        }

        // Every label but the top-level domain: "blog.alexander-klier.net" gives "blog" and "alexanderklier".
        var hosts = labels[..^1].Select(Letters).Where(l => l.Length >= 6).ToList();
        if (hosts.Count == 0)
        {
            return null;
        }

        foreach (var (raw, source) in names)
        {
            if (PersonName(raw) is not { } name)
            {
                continue;
            }

            var spelled = Letters(name);
            var transliterated = Letters(Transliterate(name));
            if (hosts.Any(h => h == spelled || h == transliterated))
            {
                return (new Author(name), source);
            }
        }

        return null;
    }

    /// <summary>
    /// The name without a title before it and what follows a comma ("Wolfgang Schmale, Universität Wien"), when it reads
    /// as a person's name (see the class summary); else null.
    /// </summary>
    private static string? PersonName(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var comma = text.AsSpan().IndexOfAny([',', '|', '(']);
        var words = (comma > 0 ? text[..comma] : text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && Titles.Contains(words[0], StringComparer.Ordinal))
        {
            words.RemoveAt(0);
        }

        if (words.Count is < 2 or > 4 || !GivenNames.Contains(words[0]))
        {
            return null;
        }

        var capitalized = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (i > 0 && i < words.Count - 1 && MetadataRules.NameParticles.Contains(word, StringComparer.Ordinal))
            {
                continue;
            }

            if (!char.IsUpper(word[0]) || !word.All(c => char.IsLetter(c) || c is '-' or '\'' or '’'))
            {
                return null;
            }

            capitalized++;
        }

        // Three names only with two given names ("Hans Peter Müller"): "Jürgen Müller Blog" is a site.
        var name = string.Join(' ', words);
        return (capitalized == 2 || (capitalized == 3 && GivenNames.Contains(words[1]))) && !BylineParser.IsOrganization(name, []) ? name : null;
    }

    /// <summary>The text's letters in lower case with their accents taken off ("Müller" gives "muller").</summary>
    private static string Letters(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.LowerInvariant().Replace("ß", "ss", StringComparison.Ordinal).Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>German umlauts as two letters, as addresses write them ("Jürgen Müller" as "Juergen Mueller").</summary>
    private static string Transliterate(string name) => name
        .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal).Replace("ü", "ue", StringComparison.Ordinal)
        .Replace("Ä", "Ae", StringComparison.Ordinal).Replace("Ö", "Oe", StringComparison.Ordinal).Replace("Ü", "Ue", StringComparison.Ordinal);
}
