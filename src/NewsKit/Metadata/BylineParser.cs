using System.Globalization;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>
/// Reads the authors a byline names, from its text alone: "By JANE DOE and John Smith, Staff Writer | Updated 5 PM" gives
/// Jane Doe and John Smith. Prefixes, roles, titles, e-mail addresses, dates and trailing outlets are cut; names are split
/// at "and" and commas; agencies, desks, outlets and generic accounts are organizations. A pure function of the text, the
/// page's culture (for title case) and the site's names.
/// </summary>
internal static partial class BylineParser
{
    private static readonly char[] PrefixSeparators = [':', '：', '-', '—', '–', ' '];
    private static readonly char[] Colons = [':', '：'];

    /// <summary>Whether two authors have the same name, compared squashed (case, accents, spaces and punctuation ignored).</summary>
    internal static bool SameName(Author a, Author b) => TextTools.Squashed(a.Name) == TextTools.Squashed(b.Name);

    private const int MaxNameWords = 5;

    /// <summary>The most name particles ("de", "la", "van", "der") a name may hold besides its <see cref="MaxNameWords"/> words.</summary>
    private const int MaxNameParticles = 2;
    private static readonly char[] WordTrim = [',', ';', ':', '.', '"', '“', '”', '\'', '*', '·', '•'];
    private static readonly char[] WordEndTrim = [',', ';', ':'];

    /// <summary>Splits and cleans a byline into authors: "By JANE DOE and John Smith, Staff Writer | Updated 5 PM".</summary>

    public static List<Author> ParseByline(string byline, CultureInfo? culture, IReadOnlyCollection<string> siteNames)
    {
        var authors = new List<Author>();
        var text = WithLabelColonsClosed(Unbracketed(ElementText.Collapse(byline)));
        if (AuthorBox.OpensWithHeading(text))
        {
            // An author box ("Über den Autor Friederike von Arnim ist Volkswirtin...") is read by AuthorBox, not as a byline.
            return authors;
        }

        text = BylinePart(text) ?? text;
        text = WithoutOtherCredits(WithoutSectionLabel(text));
        foreach (var cut in MetadataRules.BylineCuts)
        {
            var at = text.IndexOf(cut, StringComparison.Ordinal);
            if (at > 0)
            {
                text = text[..at];
            }
        }

        text = BeforeButton(text);
        // "By Megan Cole - ": a dash left at the end of the line, before the story that ran on after it, is no part of the name.
        text = WithoutImageCredit(StripPrefix(text)).Trim().TrimEnd(TrailingDashes).TrimEnd();
        text = WithJoinedConjunctionsApart(WithNameConjunctions(WithCreditSentencesApart(text)));
        if (IsDeskPhrase(text))
        {
            // "Staff and wire reports", "Staff and news service reports": the newsroom with its agencies, one credit; split at
            // its "and" it would leave a fragment ("wire reports").
            authors.Add(new Author(TrimName(text), AuthorKind.Organization));
            return authors;
        }

        if (IsPressOffice(text))
        {
            // "Presse und Kommunikation", "le Service Communication": a press office's name, whose words join with "und".
            authors.Add(new Author(WithoutLeadingArticle(TrimName(text)), AuthorKind.Organization));
            return authors;
        }

        if (CompanyName(text) is { } company)
        {
            // "Nordhafen Versicherung AG", "Helioforge Energy, Inc." (a release's meta author): a company, whose legal form
            // is no surname.
            authors.Add(new Author(company, AuthorKind.Organization));
            return authors;
        }

        if (OpensWithInstitution(text))
        {
            // "Bundesministerium für Wirtschaft und Klimaschutz", "Department of Health and Human Services": one institution,
            // whose name joins its parts with "und" and "and".
            authors.Add(new Author(text, AuthorKind.Organization));
            return authors;
        }

        var parts = text.Length == 0 ? new List<string>() : [text];
        foreach (var separator in MetadataRules.AuthorSeparators)
        {
            // The parts are trimmed and not empty, so a separator none of them has leaves them as they are.
            if (AnyContains(parts, separator))
            {
                parts = parts.SelectMany(p => SplitKeepingElisions(p, separator)).ToList();
            }
        }

        if (culture?.TwoLetterISOLanguageName == "zh" && parts.Exists(p => p.Contains(' ', StringComparison.Ordinal)))
        {
            // "记者 张伟 刘洋": Chinese writes a name without a space, so words of two to four ideographs set apart by spaces are
            // names of their own (a Japanese name may be written "佐藤 健太", family and given name: one person).
            parts = parts.SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 } words
                && Array.TrueForAll(words, w => w.Length <= 4 && IsCjkWord(w)) ? words : [p]).ToList();
        }

        if (parts.Count == 1 && !parts[0].Any(char.IsLower))
        {
            // "BY JANE DOE AND JOHN ROE": a byline in capitals spells its word separators in capitals too.
            foreach (var separator in ShoutedSeparators)
            {
                parts = parts.SelectMany(p => p.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
            }
        }

        // "Marcus Doe, Jr.": a generational suffix split off at its comma goes back to its name.
        for (var i = parts.Count - 1; i > 0; i--)
        {
            if (GenerationalSuffixes.Contains(parts[i].TrimEnd('.')))
            {
                parts[i - 1] = parts[i - 1] + " " + parts[i];
                parts.RemoveAt(i);
            }
        }

        if (IsPlaceAfterOutlet(text, parts, siteNames) || IsPlaceAfterName(text, parts, siteNames))
        {
            // "By Neeraj Chauhan, Hindustan Times, New Delhi", "PTI, New Delhi": after the outlet, the place it was written in.
            parts.RemoveAt(parts.Count - 1);
        }

        var (hasAgency, roleOnly, afterRoleLabel) = (false, false, false);
        List<Author>? trailingOutlets = null;
        foreach (var rawPart in parts)
        {
            if (IsOtherCredit(rawPart) || HasEditingCreditAfterWords(rawPart))
            {
                // "Reporting by Jane Doe; Editing by John Roe": the editor is no author. "Revised Edition Edited by Adrian
                // Parr" (a source's credit): the words before the editor's credit name the edition, not a person.
                continue;
            }

            // An e-mail address beside or instead of a name ("Jane Doe jane@example.com") is contact detail, not an
            // author; the ".com" in it would otherwise make it an organization.
            var part = AfterOneWordLabel(WithoutSourceLabel(StripPrefix(WithoutEmailAddresses(rawPart))));
            if (part.Length == 0)
            {
                continue;
            }

            if (afterRoleLabel)
            {
                afterRoleLabel = false;
                continue;
            }

            if (RoleLabels.Contains(part.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                // "Author, Maryam Afshar / Role, BBC Persian" (labels a screen reader reads): the part after "Role" is the
                // author's role or outlet.
                afterRoleLabel = true;
                continue;
            }

            if (IsPrefixWord(part) || IsCredential(part) || MetadataRules.PlaceholderNames.Contains(part.Trim().LowerInvariant()))
            {
                continue;
            }

            if (IsCjkWord(part.Trim(NameTrimChars)) && part.Trim(NameTrimChars) is var cjk && CjkReportEndings.Any(e => cjk.EndsWith(e, StringComparison.Ordinal)))
            {
                // "即時報導", "台北報導": how and where the story was reported, no name.
                continue;
            }

            if (IsCjkWord(part.Trim(NameTrimChars)) && part.Trim(NameTrimChars) is { Length: >= 3 } outlet && CjkOutletEndings.Any(e => outlet.EndsWith(e, StringComparison.Ordinal)))
            {
                // "聯合報", "中央社": a paper's or an agency's name (Chinese names are two to four characters, none ends so).
                AddDistinct(authors, new Author(outlet, AuthorKind.Organization));
                continue;
            }

            part = BeforeCaseChange(BeforeShoutedConnector(part), siteNames);
            var (person, organization) = SplitTrailingOrganization(part, siteNames);
            if (organization is not null)
            {
                // "By MARCUS HALE and JENNIFER OSEI Associated Press": the outlet after the names follows them all.
                hasAgency |= IsAgency(organization);
                (trailingOutlets ??= []).Add(new Author(organization, AuthorKind.Organization));
            }

            if (person is not null && authors.Exists(a => a.Kind == AuthorKind.Person) && TextTools.WordCount(person) <= MaxBeatRoleWords && OpensWithRank(person))
            {
                // "Dr Ines Kowalczyk, Senior Objects Conservator": after a name, a part that opens with a rank is that name's title.
                roleOnly = true;
                continue;
            }

            if (person is not null && AfterLeadingRole(person) is { } named)
            {
                // "Von Redakteurin Lea Kurz", "By Staff Writer Jane Doe": the role before the name goes.
                person = named;
            }

            if (person is null || StartsWithRole(person) || IsTitleOnly(person) || IsOwnStaff(person))
            {
                // "By HT Correspondent, Mumbai", "From Our Reporter": a role or desk credits the story; a lone word beside it is a place.
                roleOnly |= person is not null;
                continue;
            }

            if ((CleanName(person) is null || (authors.Exists(a => a.Kind == AuthorKind.Person) && TextTools.WordCount(person) <= MaxBeatRoleWords))
                && EndsWithRole(person))
            {
                // "Gazette Staff Writer", a line of its own under the name: the outlet's role, no author. After a name, a
                // part that ends with a role is that name's title with its beat ("Holly Bancroft, Social Affairs
                // Correspondent", "Super City reporter"), however its first words read.
                roleOnly = true;
                continue;
            }

            if (IsOrganization(person, siteNames) || StartsWithAgency(person))
            {
                hasAgency |= IsAgency(person);
                AddDistinct(authors, new Author(TrimName(person), AuthorKind.Organization));
                continue;
            }

            var name = CleanName(person);
            if (name is null || IsCredential(name) || IsTitleOnly(name) || MetadataRules.PlaceholderNames.Contains(name.LowerInvariant()))
            {
                roleOnly |= name is null || IsTitleOnly(name);
                // A title can be left once the date or contact details after it are cut ("Online-Redaktion 26.12.2022").
                continue;
            }

            // "NPR", "WNYC" after a name: an acronym is an outlet's name, not a person's.
            var acronym = name.Length is >= 2 and <= MaxAcronymLength && name.All(char.IsAsciiLetterUpper) && parts.Count > 1;
            var shoutedWord = name.Length >= 2 && name.All(c => char.IsLetter(c) && char.IsUpper(c)) && parts.Count > 1;
            if (shoutedWord && !IsAgency(name) && authors.Exists(a => a.Kind == AuthorKind.Person))
            {
                // "Von Lena Hartmann, SWR", "By Jane Doe and John Roe, CNN": the acronym after the names is where they work;
                // a longer word in capitals there ("Ayşe Yılmaz ve Mehmet Öztürk / ANKARA") is where they wrote.
                continue;
            }

            var kind = acronym || IsOrganization(name, siteNames) || IsAccount(name) ? AuthorKind.Organization : AuthorKind.Person;
            AddDistinct(authors, new Author(kind == AuthorKind.Person ? FromCapitals(name, culture) : name, kind));
        }

        foreach (var outlet in trailingOutlets ?? [])
        {
            AddDistinct(authors, outlet);
        }

        // "PTI, Washington": with an agency byline, a lone word is the dateline's place, not a person; so it is beside a
        // full name ("By Jane Doe, Boston", "Von Pierre Dupont, Paris"), or the outlet ("By Jane Doe, CalMatters").
        if (hasAgency || roleOnly || authors.Any(a => a.Kind == AuthorKind.Person && a.Name.Contains(' ', StringComparison.Ordinal)))
        {
            // A Chinese, Japanese or Korean name is written as one word ("陳怡君", "최윤아"): it stays.
            authors.RemoveAll(a => a.Kind == AuthorKind.Person && !a.Name.Contains(' ', StringComparison.Ordinal) && !IsEastAsianName(a.Name)
                && (hasAgency || roleOnly || a.Name.All(c => c < 0x250)));
        }

        if (authors.Exists(a => a.Kind == AuthorKind.Person))
        {
            // "by Eleanor Pike, University of Exeter": an institution after a person's name is where they work, no author of
            // the piece (an agency or an outlet there is kept: it published the story).
            authors.RemoveAll(a => a.Kind == AuthorKind.Organization && IsInstitution(a.Name) && !IsNewsAgency(a.Name) && !IsAgencyOrNewsroom(a.Name)
                && !TitleSiteNames.IsSiteName(a.Name, siteNames));
        }

        return authors;
    }

    /// <summary>The dashes and bar a byline may end with before the text that ran on after it ("By Megan Cole - ").</summary>
    private static readonly char[] TrailingDashes = ['-', '–', '—', '|'];

    /// <summary>Endings of a Chinese byline part that says how or where a story was reported ("即時報導", "台北报道").</summary>
    private static readonly string[] CjkReportEndings = ["報導", "报道", "報道"];

    /// <summary>Endings of a Chinese outlet's name: a paper (報, 报, 新聞, 新闻), an agency (社), a site (網, 网).</summary>
    private static readonly string[] CjkOutletEndings = ["報", "报", "新聞", "新闻", "社", "網", "网"];

    /// <summary>The longest name in capitals only read as an outlet's acronym beside a person ("NPR", "WNYC").</summary>
    private const int MaxAcronymLength = 5;

    internal static void AddDistinct(List<Author> authors, Author author)
    {
        if (!authors.Any(a => SameName(a, author)))
        {
            authors.Add(author);
        }
    }

    private static string WithoutEmailAddresses(string text)
    {
        if (!text.Contains('@', StringComparison.Ordinal))
        {
            return text;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => !IsEmailAddress(word.Trim(NameTrimChars)));
        return string.Join(' ', words);
    }

    /// <summary>"jane.doe@example.com", "mailto:jane@example.com": a local part, an at sign, a domain with a dot.</summary>
    private static bool IsEmailAddress(string word)
    {
        var at = word.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at + 2 <= word.Length && word.IndexOf('.', at + 2) > at + 1 && !word.Contains(' ', StringComparison.Ordinal);
    }

    private static readonly char[] NameTrimChars = [' ', ',', ';', ':', '.', '"', '“', '”', '：', '，', '、'];

    private static readonly string[] PrefixWords = [.. MetadataRules.BylinePrefixes.Select(p => p.TrimEnd(':'))];

    private static string TrimName(string text) => text.Trim(NameTrimChars);

    /// <summary>
    /// The byline up to a button word after the name ("Inga Muster Follow Expertin für ..."): an author card's follow
    /// button ends the byline, and what comes after it is the card's bio.
    /// </summary>
    private static string BeforeButton(string text)
    {
        foreach (var button in MetadataRules.BylineButtons)
        {
            var at = text.IndexOf(" " + button, StringComparison.Ordinal);
            var end = at + 1 + button.Length;
            if (at > 0 && (end == text.Length || text[end] == ' '))
            {
                text = text[..at];
            }
        }

        return text;
    }

    /// <summary>Whether a word is initials written together ("J.O", "A.B.C"): single letters between periods, whose last period is the name's too.</summary>
    private static bool IsInitials(string word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (i % 2 == 0 ? !char.IsLetter(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return word.Length % 2 == 1;
    }

    /// <summary>
    /// Whether the byline is a newsroom's credit made of desk words only, joined by "and" ("Staff and wire reports", "Staff
    /// and news service reports", <see cref="DeskPhraseWords"/>), with "staff" or "reports" in it.
    /// </summary>
    private static bool IsDeskPhrase(string text)
    {
        var words = TrimName(text).LowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 3 and <= 7 && words.All(DeskPhraseWords.Contains) && words.Contains("and")
            && (words.Contains("staff") || words.Contains("reports"));
    }

    /// <summary>Words of a newsroom's credit with its agencies ("staff", "wire", "news", "service", "reports").</summary>
    private static readonly HashSet<string> DeskPhraseWords = new(["staff", "and", "wire", "news", "service", "services", "reports", "report", "agency", "agencies", "from"], StringComparer.Ordinal);

    private static bool IsPrefixWord(string part) => EqualsAny(TrimName(part), PrefixWords);

    private static bool IsCredential(string part) => EqualsAny(TrimName(part).Replace(".", string.Empty, StringComparison.Ordinal), MetadataRules.Credentials);

    private static bool EqualsAny(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (string.Equals(text, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> opens with <paramref name="word"/> as a whole word: what <c>WholeWordIndex(text, word) == 0</c> tells, without searching the rest of the text.</summary>
    private static bool OpensWithWord(string text, string word) =>
        text.StartsWith(word, StringComparison.Ordinal) && (word.Length >= text.Length || !char.IsLetter(text[word.Length]));

    /// <summary>Whether a byline part ends with a role ("Gazette Staff Writer", "Tribune Correspondent").</summary>
    /// <summary>The most words of a part after a name that ends with a role and is read as that name's title (see <see cref="ParseByline"/>).</summary>
    private const int MaxBeatRoleWords = 4;

    /// <summary>
    /// The name after a one-word label or place and its colon ("لندن: سامي عبد الله", a dateline's city; "Reportage: Anna
    /// Beispiel"): a word and a colon never open a name. The part unchanged when the rest is not two words or more.
    /// </summary>
    private static string AfterOneWordLabel(string part)
    {
        var colon = part.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon + 1 >= part.Length || part[colon + 1] != ' ' || part.AsSpan(0, colon).Trim().Contains(' '))
        {
            return part;
        }

        var rest = part[(colon + 1)..].Trim();
        return rest.Contains(' ', StringComparison.Ordinal) && !rest.Contains(':', StringComparison.Ordinal) ? rest : part;
    }

    /// <summary>A byline set in brackets as a whole ("[村田 彩，ITmedia]", "【Ann Lee】") without them; else the text.</summary>
    private static string Unbracketed(string text) =>
        text.Length > 2 && ((text[0] == '[' && text[^1] == ']') || (text[0] == '【' && text[^1] == '】'))
            && text.AsSpan(1, text.Length - 2).IndexOfAny("[]【】") < 0
            ? text[1..^1].Trim()
            : text;

    /// <summary>Words of rank that open a job title ("Senior Objects Conservator", "Chief Curator").</summary>
    private static readonly string[] RankWords = ["senior", "chief", "junior", "lead", "principal", "head", "deputy", "assistant", "associate", "managing", "executive"];

    /// <summary>Whether a byline part of several words opens with a word of rank (<see cref="RankWords"/>): after a name, that name's title.</summary>
    private static bool OpensWithRank(string part)
    {
        var trimmed = part.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && RankWords.Contains(trimmed[..space].LowerInvariant(), StringComparer.Ordinal);
    }

    private static bool EndsWithRole(string part)
    {
        var lower = part.Trim().TrimEndAny(['.', ',']).LowerInvariant();
        foreach (var role in MetadataRules.AuthorRoleWords)
        {
            if (lower.EndsWith(role, StringComparison.Ordinal) && (lower.Length == role.Length || lower[^(role.Length + 1)] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word is a name in Han characters or Hangul syllables, two to four of them.</summary>
    internal static bool IsEastAsianName(string name) =>
        name.Length is >= 2 and <= 4 && name.All(c => c is >= '\u4e00' and <= '\u9fff' or >= '\uac00' and <= '\ud7af');

    /// <summary>A byline word of two or more CJK characters ("记者", "作者"): Chinese writes the name right after it, without a space.</summary>
    private static bool IsCjkWord(string prefix) => prefix.Length >= 2 && prefix.All(c => c is >= '\u4e00' and <= '\u9fff');

    /// <summary>Whether the text opens with a byline word ("von Daniel Braun", "By Jane Doe", "Autor: Petra Beispiel").</summary>
    internal static bool OpensWithPrefix(string text) => StripPrefix(text).Length < text.Trim().TrimStart(PrefixSeparators).Length;

    /// <summary><see cref="MetadataRules.BylinePrefixes"/>, the longest first: "Von unserem Korrespondenten" before "Von".</summary>
    private static readonly string[] PrefixesLongestFirst = [.. MetadataRules.BylinePrefixes.OrderByDescending(p => p.Length)];

    private static string StripPrefix(string text)
    {
        var trimmed = text.Trim().TrimStart(PrefixSeparators);
        if (trimmed.StartsWith("From ", StringComparison.Ordinal) && trimmed.Length > 6 && char.IsUpper(trimmed[5]))
        {
            // "From Hassan Ibrahim, Kano", "From Our Reporter": a byline word of Nigerian and Indian papers, read only in a
            // line already taken for a byline (never one that makes a line a byline: "From Monday, the council...").
            trimmed = trimmed[5..];
        }

        // "Text und Interview: Harald Willenbrock", "Texto y fotos: Juana Pérez": a credit label and its colon.
        var colon = trimmed.AsSpan(0, Math.Min(trimmed.Length, MaxCreditLabelChars + 1)).IndexOfAny(Colons);
        if (colon > 0 && IsCreditLabel(trimmed.AsSpan(0, colon)) && trimmed.AsSpan(colon + 1).Trim().Length > 0)
        {
            return trimmed[(colon + 1)..].Trim();
        }

        foreach (var prefix in PrefixesLongestFirst)
        {
            if (trimmed.Length > prefix.Length + 1 && trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (prefix.EndsWith(':') || !char.IsLetter(trimmed[prefix.Length]) || !char.IsLetter(prefix[^1]) || IsCjkWord(prefix)))
            {
                return trimmed[prefix.Length..].Trim().TrimStart(Colons).Trim();
            }
        }

        // "Eine Analyse von Anna Berg", "A commentary by Jane Doe", "Un reportage de ...": an article and a word for the
        // kind of piece before the byline word.
        if (OpensWithPiece(trimmed, out var name))
        {
            return name;
        }

        // "Posted on March 3, 2024 by Jane Doe", "Publié le 3 mars 2024 par Marie Dupont": a date before the byline word.
        return AfterDatedPrefix(trimmed) ?? trimmed;
    }

    /// <summary>The index of <paramref name="word"/> in <paramref name="text"/> as a whole word (or phrase), or -1.</summary>
    private static int WholeWordIndex(string text, string word)
    {
        var at = 0;
        while ((at = text.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end >= text.Length || !char.IsLetter(text[end])))
            {
                return at;
            }

            at = end;
        }

        return -1;
    }

    /// <summary>Whether one of the parts holds the separator (a loop, not a lambda: it runs for every separator of every byline).</summary>
    private static bool AnyContains(List<string> parts, string separator)
    {
        foreach (var part in parts)
        {
            if (part.Contains(separator, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
