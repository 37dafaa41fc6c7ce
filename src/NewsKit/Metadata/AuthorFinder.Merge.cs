using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>Authors from several sources combined: names the page shows, and one list without repeats.</summary>
internal sealed partial class AuthorFinder
{
    /// <summary>The page's visible text, relaxed, with spaces around it so that whole names can be looked up.</summary>
    private static string VisibleWords(IDocument document) =>
        document.Body is { } body ? " " + TextTools.Relaxed(ElementText.SpacedText(body)) + " " : string.Empty;

    private static bool IsShown(string name, string visible)
    {
        var relaxed = TextTools.Relaxed(name);
        return relaxed.Length > 0 && visible.Contains(" " + relaxed + " ", StringComparison.Ordinal);
    }

    /// <summary>
    /// The byline's people with each name that holds a declared person's name whole and more words beside it
    /// ("Videos Lukas Brenner" from "Fotos und Videos: Lukas Brenner", "Emma Sanders SportsDesk") replaced by the
    /// declared name: the two sources agree on the person, and the words beside it are a label or a role run into the name.
    /// A name suffix ("Jr.", "III") beside it is the person's own. A name shown without an address keeps the declared
    /// person's author page.
    /// </summary>
    private static List<Author> WithDeclaredNames(List<Author> byline, List<Author> declared)
    {
        if (declared.Count == 0)
        {
            return byline;
        }

        List<Author>? result = null;
        for (var i = 0; i < byline.Count; i++)
        {
            var shown = byline[i];
            if (shown.Kind == AuthorKind.Person && declared.Find(d => IsAccentedSpelling(d.Name, shown.Name) || IsGreekGenitive(shown.Name, d.Name)) is { } accented)
            {
                // "ΓΙΑΝΝΗΣ ΠΑΠΑΔΟΠΟΥΛΟΣ" shown, recased as "Γιαννης Παπαδοπουλος", declared "Γιάννης Παπαδόπουλος": capitals drop
                // the accents that the declared spelling keeps. A Greek byline names its writers in the genitive ("Της
                // Χριστίνας Ιωάννου"): the declared name is the name.
                result ??= [.. byline];
                result[i] = shown.Url is null ? accented : accented with { Url = shown.Url };
                continue;
            }

            if (shown.Kind == AuthorKind.Person && shown.Url is null && declared.Find(d => d.Url is not null && BylineParser.SameName(d, shown)) is { } same)
            {
                // The same person shown and declared: the declared author page stays with the name.
                result ??= [.. byline];
                result[i] = shown with { Url = same.Url };
                continue;
            }

            if (shown.Kind != AuthorKind.Person || declared.Any(d => BylineParser.SameName(d, shown))
                || declared.Find(d => Holds(shown.Name, d.Name)) is not { } whole)
            {
                continue;
            }

            result ??= [.. byline];
            result[i] = shown.Url is null ? whole : whole with { Url = shown.Url };
        }

        return result ?? byline;

        static bool Holds(string shown, string name)
        {
            if (shown.Length <= name.Length || !name.Contains(' ', StringComparison.Ordinal))
            {
                return false;
            }

            var rest = shown.StartsWith(name + " ", StringComparison.Ordinal) ? shown[(name.Length + 1)..]
                : shown.EndsWith(" " + name, StringComparison.Ordinal) ? shown[..^(name.Length + 1)] : null;
            return rest is not null && !NameSuffixes.Contains(rest.TrimEnd('.'), StringComparer.OrdinalIgnoreCase);
        }
    }

    /// <summary>
    /// Whether <paramref name="declared"/> is <paramref name="shown"/> with accents the shown one lacks (case and accents
    /// aside the same letters), written in mixed case.
    /// </summary>
    private static bool IsAccentedSpelling(string declared, string shown) =>
        !string.Equals(declared, shown, StringComparison.Ordinal) && declared.Any(char.IsLower) && declared.Any(char.IsUpper)
        && Accents(declared) > Accents(shown) && string.Equals(Unaccented(declared), Unaccented(shown), StringComparison.Ordinal);

    /// <summary>
    /// Whether <paramref name="shown"/> is <paramref name="declared"/> in another case ending, as Greek bylines write names in
    /// the genitive ("Χριστίνας" for "Χριστίνα", "Γιώργου" for "Γιώργος"): Greek names of as many words, each pair alike but
    /// for its last two letters at most, on a stem of three letters or more, accents aside.
    /// </summary>
    private static bool IsGreekGenitive(string shown, string declared)
    {
        if (shown.Length == 0 || shown[0] is < '\u0370' or > '\u03FF' || string.Equals(shown, declared, StringComparison.Ordinal))
        {
            return false;
        }

        var (shownWords, declaredWords) = (Unaccented(shown).Split(' '), Unaccented(declared).Split(' '));
        if (shownWords.Length != declaredWords.Length)
        {
            return false;
        }

        for (var i = 0; i < shownWords.Length; i++)
        {
            var stem = shownWords[i].AsSpan().CommonPrefixLength(declaredWords[i]);
            if (stem < 3 || shownWords[i].Length - stem > 2 || declaredWords[i].Length - stem > 2)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The marks a name written in capitals loses: accents, and the dotless ı of Turkish ("YILDIZ" recased is "Yildiz", not "Yıldız").</summary>
    private static int Accents(string name) =>
        name.Normalize(NormalizationForm.FormD).Count(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == 'ı');

    private static string Unaccented(string name) =>
        new string(name.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray())
            .ToLowerInvariant().Replace('ς', 'σ').Replace('ı', 'i');

    /// <summary>Words after a surname that belong to the name.</summary>
    private static readonly string[] NameSuffixes = ["Jr", "Sr", "II", "III", "IV", "PhD", "MD"];

    private static List<Author> Merge(List<Author> first, List<Author> second)
    {
        var result = new List<Author>(first);
        foreach (var author in second)
        {
            if (!result.Any(a => TextTools.Squashed(a.Name) == TextTools.Squashed(author.Name)))
            {
                result.Add(author);
            }
        }

        return result;
    }

    /// <summary>
    /// The authors without the outlet named beside a person ("By Daniel Roth, TechWire Daily", "Por Fernanda Lima, Portal
    /// Paulista SP", a line "Capital Report" under the name): a name that is one of <paramref name="outletNames"/> (the site's
    /// name, the title's, the copyright holder's), or the start of one ("Capital Report" of "Capital Report Publishing Co."),
    /// is the publisher, not an author, once a person is named. An outlet named alone stays (a newsroom's byline).
    /// </summary>
    /// <param name="authors">The authors found.</param>
    /// <param name="outletNames">The site's, the title's and the copyright holder's names.</param>
    /// <param name="host">The page's host ("www.cnn.com"); null when unknown.</param>
    internal static IReadOnlyList<Author> WithoutOutlet(IReadOnlyList<Author> authors, IReadOnlyCollection<string> outletNames, string? host)
    {
        if (authors.Count < 2 || outletNames.Count == 0)
        {
            return authors;
        }

        // An agency credited beside the person ("Kara Singh, Reuters") shares the story, whatever the site is called,
        // unless the agency is the site itself ("CNN" on www.cnn.com).
        // A person's name that opens with a common given name is the owner's, not an outlet's ("© 2024 Hannah Lewis" on her
        // newsletter, where a guest writes beside her).
        var kept = authors.Where(a => (BylineParser.IsAgency(a.Name) && !IsHostName(a.Name, host)) || !IsOutlet(a.Name, outletNames)
            || (a.Kind == AuthorKind.Person && GivenNames.Contains(a.Name.Split(' ')[0]))).ToList();
        return kept.Count < authors.Count && kept.Exists(a => a.Kind == AuthorKind.Person) ? kept : authors;
    }

    /// <summary>Whether a name, squashed, is a label of the host's name ("CNN" of www.cnn.com).</summary>
    private static bool IsHostName(string name, string? host) =>
        host is not null && TextTools.Squashed(name) is { Length: > 0 } squashed && host.Split('.').Any(label => string.Equals(label, squashed, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a name is one of <paramref name="outletNames"/>, of two words or more and the start of one, or the first label of one written as a domain.</summary>
    private static bool IsOutlet(string name, IReadOnlyCollection<string> outletNames)
    {
        if (TitleSiteNames.IsSiteName(name, outletNames))
        {
            return true;
        }

        // "CNN" where the title names the site "CNN.com": a site named by its domain is also named by the domain's label.
        var squashed = TextTools.Squashed(name);
        return (squashed.Length >= 6 && TextTools.WordCount(name) >= 2
                && outletNames.Any(outlet => TextTools.Squashed(outlet).StartsWith(squashed, StringComparison.Ordinal)))
            || (squashed.Length >= 2 && outletNames.Any(outlet => !outlet.Contains(' ', StringComparison.Ordinal) && outlet.IndexOf('.', StringComparison.Ordinal) is > 0 and var dot
                && TextTools.Squashed(outlet[..dot]) == squashed));
    }
}
