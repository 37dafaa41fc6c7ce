using System.Globalization;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>The shapes of names: a full name as declared data writes it, and a short line of a byline word and names.</summary>
internal static partial class BylineParser
{
    /// <summary>Generational suffixes written after a name and a comma ("Jr.", "III").</summary>
    private static readonly HashSet<string> GenerationalSuffixes = new(["Jr", "Sr", "Jun", "Sen", "II", "III", "IV"], StringComparer.Ordinal);

    /// <summary>Whether a name is a person's full name as declared data writes it: two to four words, each with a capital (or a name particle).</summary>
    private static bool IsFullName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0]) || MetadataRules.NameParticles.Contains(w, StringComparer.Ordinal) || IsJoinedParticle(w));
    }

    /// <summary>
    /// Whether a word in lower case is a name particle joined to a capitalized name by a hyphen or an apostrophe
    /// ("al-Rashid", "el-Sayed", "d'Alembert"): a surname, not the lower-case word that ends a name.
    /// </summary>
    internal static bool IsJoinedParticle(string word)
    {
        var join = word.AsSpan().IndexOfAny(['-', '\'', '’']);
        return join > 0 && join + 1 < word.Length && char.IsUpper(word[join + 1])
            && word[..join] is var particle && (particle is "d" or "l" || MetadataRules.NameParticles.Contains(particle, StringComparer.Ordinal));
    }

    /// <summary>
    /// Whether a byline that opens in lower case ("von Alexander Rosenkranz", "by Jane Doe" set in a meta line) is
    /// nothing but the word and a name: the line is at most <see cref="MaxLowerCaseBylineLength"/> characters and the
    /// name is two to four words that each start with a capital ("by the river" or "by Monday, the council" are not).
    /// </summary>
    internal static bool IsShortNameLine(string line, string name)
    {
        // "di Giulia Rossi — Pubblicato il 3 febbraio 2021 alle 14:05 — Aggiornato il ...": the names before the date.
        if (NameBeforeDate(name) is { } named && named.Length <= MaxLowerCaseBylineLength && (IsFullName(named) || IsFullNames(named)))
        {
            return true;
        }

        return line.Length <= MaxLowerCaseBylineLength && (IsFullName(name) || IsFullNames(name));
    }

    /// <summary>Separators between a byline's names and the date after them ("di Giulia Rossi | 3 febbraio 2021").</summary>
    private static readonly string[] NameDateSeparators = [" | ", " - ", " – ", " — ", " · ", ", "];

    /// <summary>The names before a separator when a number (the date) follows it; null when none does.</summary>
    private static string? NameBeforeDate(string text)
    {
        foreach (var separator in NameDateSeparators)
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && text.AsSpan(at + separator.Length).ContainsAnyInRange('0', '9'))
            {
                return text[..at];
            }
        }

        return null;
    }

    /// <summary>Whether a text is two or three full names joined by a conjunction or a comma ("Marco Bellini e Sara Conti").</summary>
    private static bool IsFullNames(string text)
    {
        foreach (var separator in MetadataRules.AuthorSeparators)
        {
            var parts = text.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is 2 or 3 && parts.All(p => IsFullName(p) || IsFullNames(p)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest line that may open with a lower-case byline word.</summary>
    internal const int MaxLowerCaseBylineLength = 50;

    /// <summary>The word without the emoji, pictographs and other symbols at its ends.</summary>
    private static string WithoutSymbols(string word)
    {
        var (start, end) = (0, word.Length);
        while (start < end && IsSymbol(word, start))
        {
            start += char.IsSurrogatePair(word, start) ? 2 : 1;
        }

        while (end > start && IsSymbol(word, end - 1))
        {
            end -= end - 2 >= start && char.IsSurrogatePair(word, end - 2) ? 2 : 1;
        }

        return start == 0 && end == word.Length ? word : word[start..end];
    }

    private static bool IsSymbol(string text, int at) =>
        char.IsSurrogate(text[at]) || text[at] is '\u200d' or '\ufe0f'
        || char.GetUnicodeCategory(text[at]) is System.Globalization.UnicodeCategory.OtherSymbol or System.Globalization.UnicodeCategory.MathSymbol;

    /// <summary>The name without a reporter's title written after it in Korean, Japanese or Chinese ("김민준 기자", "山田太郎記者").</summary>
    private static string WithoutReporterSuffix(string name)
    {
        foreach (var suffix in MetadataRules.ReporterSuffixes)
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length].TrimEnd();
            }
        }

        return name;
    }

    private static bool HasCase(string word) => word.Any(c => char.IsUpper(c) || char.IsLower(c));

    /// <summary>
    /// Whether a month name that opens a name is a first name ("Jan Kupitz", "April Smith", "June Carter"): it is the name's
    /// first word, written without a period, and a capitalized word without digits follows it (a date follows with a day or a year: "Jan 5, 2024").
    /// </summary>
    private static bool IsFirstName(string[] words, int k) =>
        k == 0 && !words[0].EndsWith('.') && k + 1 < words.Length && words[k + 1].Trim(WordTrim) is { Length: > 1 } next
        && (char.IsUpper(next[0]) ? !next.Any(char.IsDigit) && !IsMonth(next) : IsParticleBeforeSurname(words, k + 1));

    /// <summary>Whether the word at <paramref name="k"/> opens the name particles before a capitalized surname ("Jan de Vries", "Mai van Dijk", "Jan van der Berg").</summary>
    private static bool IsParticleBeforeSurname(string[] words, int k)
    {
        var particles = 0;
        while (k < words.Length && particles < 3 && MetadataRules.NameParticles.Contains(words[k].Trim(WordTrim).LowerInvariant(), StringComparer.Ordinal))
        {
            (k, particles) = (k + 1, particles + 1);
        }

        return particles > 0 && k < words.Length && words[k].Trim(WordTrim) is { Length: > 1 } surname && char.IsUpper(surname[0]) && !surname.Any(char.IsDigit) && !IsMonth(surname);
    }

    private static bool IsMonth(string word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        return MonthNames.Contains(word.TrimEnd('.'));
    }

    /// <summary>The byline without the section label that opens it before a bar ("Opinion | Jane Doe", "Kommentar | Anna Muster").</summary>
    private static string WithoutSectionLabel(string text)
    {
        var bar = text.IndexOf(" | ", StringComparison.Ordinal);
        return bar > 0 && MetadataRules.SectionLabels.Contains(text[..bar].Trim().LowerInvariant()) ? text[(bar + 3)..] : text;
    }

    /// <summary>
    /// The byline with "a" (Czech, Slovak "and") between two names read as "and" ("Jan Novák a Eva Malá"): only when a
    /// full name follows the word. German "mit" is left alone: "Ein Interview von A mit B" names who was interviewed.
    /// </summary>
    private static string WithNameConjunctions(string text)
    {
        foreach (var word in NameConjunctions)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            if (at > 0 && text[(at + word.Length)..] is var rest && (IsFullName(rest) || IsFullNames(rest)))
            {
                return text[..at] + " and " + rest;
            }
        }

        return text;
    }

    private static readonly string[] NameConjunctions = [" a "];

    /// <summary>
    /// The byline with the "and" that Arabic ("و") and Hebrew ("ו") write joined to the next word set apart ("أحمد عبد
    /// الرحمن ومحمد سالم" is "أحمد عبد الرحمن و محمد سالم"): from the line's third word on (a name or a label and a name
    /// before it), before three letters or more, and not in a given name that begins with the letter ("وليد", "ורד").
    /// </summary>
    private static string WithJoinedConjunctionsApart(string text)
    {
        if (text.Length > MaxJoinedConjunctionLine || (!text.Contains(" \u0648", StringComparison.Ordinal) && !text.Contains(" \u05D5", StringComparison.Ordinal)))
        {
            return text;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var changed = false;
        for (var k = 2; k < words.Length; k++)
        {
            var word = words[k];
            if (word.Length >= 4 && word[0] is '\u0648' or '\u05D5' && word.Skip(1).All(c => char.IsLetter(c) && c is >= '\u0590' and <= '\u06FF')
                && !NamesOpeningWithConjunctionLetter.Contains(word))
            {
                words[k] = word[0] + " " + word[1..];
                changed = true;
            }
        }

        return changed ? string.Join(' ', words) : text;
    }

    /// <summary>The longest byline whose joined conjunctions are set apart (a longer text is running prose).</summary>
    private const int MaxJoinedConjunctionLine = 120;

    /// <summary>Given names that begin with the letter Arabic and Hebrew write "and" with (<see cref="WithJoinedConjunctionsApart"/>).</summary>
    private static readonly HashSet<string> NamesOpeningWithConjunctionLetter = new(StringComparer.Ordinal)
    {
        "وليد", "وائل", "وفاء", "وسام", "وجدي", "وحيد", "وديع", "وداد", "ولاء", "وفيق", "وهبة", "وئام", "وردة", "وصفي", "وضاح",
        "وهيب", "وجيه", "وعد", "ورد", "وسيم", "وليم", "ورده", "ויקטור", "ויקטוריה", "ורדה", "וולף", "ולדימיר", "ויויאן", "ויטה",
    };

    /// <summary>
    /// A name written in capitals ("FRIEDRICH VON ALTENBURG", "JOHN MCALLISTER") in title case, its particles after the
    /// first word in lower case ("Friedrich von Altenburg") and a "Mc" followed by a capital ("John McAllister"); any other
    /// name as it is.
    /// </summary>
    private static string FromCapitals(string name, CultureInfo? culture)
    {
        name = WithSurnameRecased(name, culture);
        var titled = TextTools.TitleCaseIfShouting(name, culture);
        if (string.Equals(titled, name, StringComparison.Ordinal))
        {
            return name;
        }

        var words = titled.Split(' ');
        for (var k = 0; k < words.Length; k++)
        {
            if (k > 0 && k < words.Length - 1 && MetadataRules.NameParticles.Contains(words[k].LowerInvariant(), StringComparer.Ordinal))
            {
                words[k] = words[k].LowerInvariant();
            }
            else if (words[k].Length > 3 && words[k].StartsWith("Mc", StringComparison.Ordinal) && char.IsLower(words[k][2]))
            {
                words[k] = string.Concat("Mc", char.ToUpperInvariant(words[k][2]).ToString(), words[k][3..]);
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// A name whose given name is written in mixed case and its surname in capitals, as agencies write it ("Clément
    /// DUFRESNE", "Jean-Luc LE GALL"): the words in capitals recased ("Clément Dufresne", "Jean-Luc Le Gall"), when one of
    /// them has three letters or more; roman numerals stay ("Henry Ford III"). Other names are returned as they are.
    /// </summary>
    private static string WithSurnameRecased(string name, CultureInfo? culture)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        static bool Shouted(string w) => w.Count(char.IsLetter) >= 2 && !w.Any(char.IsLower) && !RomanNumerals.Contains(w);
        if (words.Length is < 2 or > 4 || !words[0].Any(char.IsLower) || !words.Any(w => Shouted(w) && w.Count(char.IsLetter) >= 3))
        {
            return name;
        }

        var textInfo = (culture ?? CultureInfo.InvariantCulture).TextInfo;
        var recased = string.Join(' ', words.Select(w => Shouted(w) ? textInfo.ToTitleCase(w.ToLower(culture ?? CultureInfo.InvariantCulture)) : w)).ToCharArray();
        TextTools.RestoreFinalSigma(recased);
        return new string(recased);
    }

    /// <summary>Roman numerals after a name ("III"), kept in capitals.</summary>
    private static readonly HashSet<string> RomanNumerals = new(StringComparer.Ordinal) { "II", "III", "IV", "VI", "VII", "VIII" };

    /// <summary>Keeps the name words of one part: stops at a date, a number, an e-mail, a role or lower-case running text.</summary>
    private static string? CleanName(string part)
    {
        var lower = part.LowerInvariant();
        var cutAt = part.Length;
        foreach (var role in MetadataRules.AuthorRoleWords)
        {
            var at = WholeWordIndex(lower, role);
            if (at > 0 && at < cutAt)
            {
                cutAt = at;
            }
        }

        if (cutAt < part.Length)
        {
            // "Jane Doe, Business Columnist" was split at the comma; "Jane Doe Business Columnist" keeps the name
            // before the beat words; a lone word left before a title ("Reserve Warden") is part of the title.
            var kept = part[..cutAt].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            while (kept.Count > 2 && MetadataRules.BeatWords.Contains(kept[^1].LowerInvariant(), StringComparer.Ordinal))
            {
                kept.RemoveAt(kept.Count - 1);
            }

            if (kept.Count == 0 || (kept.Count == 1 && !IsEastAsianName(kept[0])))
            {
                // "최윤아 기자": a Korean or Chinese name is one word before the role.
                return null;
            }

            part = string.Join(' ', kept);
        }

        var words = new List<string>();
        var cutByCase = false;
        var raws = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 0; k < raws.Length; k++)
        {
            var raw = raws[k];
            // Dutch "'t" ("Joost van 't Hek") is a particle with its apostrophe, which the trim would take.
            var word = raw is "'t" ? raw : WithoutSymbols(raw.Trim(WordTrim));
            if (word.Length == 0 && raw.Length > 0)
            {
                // An emoji or a symbol beside the name ("✍️ Jane Doe 🌊") is no part of it.
                continue;
            }

            if (words.Count > 0 && raw.Length > 1 && raw[^1] is ':' or '：')
            {
                // "梁凱婷 出版：": the next item's label, run on after the name.
                break;
            }

            if (raw.EndsWith('.') && (word.Length == 1 || IsInitials(word) || (words.Count > 0 && word is "Jr" or "Sr")))
            {
                // "J. R. Smith", "Mark Feeney Jr.": the stop of an initial or a generational suffix is part of the name.
                word = raw.TrimEnd(WordEndTrim);
            }

            if (word.Length == 0 || (words.Count == 0 && k + 1 < raws.Length && AcademicTitles.Contains(raw.TrimEnd('.'))))
            {
                // "Dr. Hans-Peter Müller", "Prof. Dr. Anna Berg": the title is no part of the name.
                continue;
            }

            if (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (words.Count == 0 && Weekdays.Contains(word))
            {
                // "Von Montag an fahren die Fähren ...": a sentence that opens like a byline, not a name.
                return null;
            }

            if (word.Contains('@', StringComparison.Ordinal) || word.Any(char.IsDigit) || word.Contains("://", StringComparison.Ordinal) || (IsMonth(word) && !IsFirstName(raws, k)))
            {
                break;
            }

            var lowerWord = word.LowerInvariant();
            if (MetadataRules.NoiseWords.Contains(lowerWord, StringComparer.Ordinal))
            {
                break;
            }

            if (words.Count == 0 && MetadataRules.PlaceholderNames.Contains(lowerWord, StringComparer.Ordinal))
            {
                // "Unknown" (a blog platform's anonymous account) and the link text after it are no name.
                return null;
            }

            if (char.IsLower(word[0]) && !MetadataRules.NameParticles.Contains(lowerWord, StringComparer.Ordinal) && !IsJoinedParticle(word) && words.Count > 0)
            {
                cutByCase = true;
                break;
            }

            if (char.IsLower(word[0]) && words.Count == 0 && !MetadataRules.NameParticles.Contains(lowerWord, StringComparer.Ordinal) && word.Any(char.IsUpper) is false && HasCase(word))
            {
                return null;
            }

            words.Add(word);
        }

        // A particle the name ends with, in lower case, was left by a word its case cut ("José de la luz"); in capitals it
        // is a surname ("Ananya Das", "Sam Le").
        while (words.Count > 0 && MetadataRules.NameParticles.Contains(words[^1], StringComparer.Ordinal))
        {
            words.RemoveAt(words.Count - 1);
        }

        // Particles written in lower case do not count towards the longest name ("José Luis Pérez de la Fuente" is four
        // names and two particles).
        var particles = words.Count(w => w.All(c => !char.IsUpper(c)) && MetadataRules.NameParticles.Contains(w, StringComparer.Ordinal));
        if (words.Count == 0 || words.Count - particles > MaxNameWords || words.Count > MaxNameWords + MaxNameParticles)
        {
            return null;
        }

        if (cutByCase && words.TrueForAll(IsInitial))
        {
            // "e. barreneche / J. I. da silva" (a byline the page writes in lower case and shows in capitals): "J. I." is
            // what is left before the surname the case ended, no name; initials that are the whole signature ("R. R.") are.
            return null;
        }

        var name = WithoutReporterSuffix(string.Join(' ', words));
        return name.Count(char.IsLetter) >= 2 ? name : null;
    }

    /// <summary>Whether a word of a name is an initial or initials with their stops ("J.", "J.I.").</summary>
    private static bool IsInitial(string word) =>
        word.Length >= 2 && word[^1] == '.' && (word.Length == 2 ? char.IsLetter(word[0]) : IsInitials(word[..^1]));

    /// <summary>
    /// A part that opens with a name in capitals, two words or more, and goes on in title case ("JADE RUSSELL Tribune Staff
    /// Reporter", "RAMÓN PÉREZ REYES San Francisco de Macorís"), cut where the case changes: the words in capitals are the
    /// name, the rest its title or its place. A generational suffix after it ("JOHN DOE Jr.") stays, and so does an agency or
    /// the site's name ("MARK JENNINGS Associated Press"), which is read as the organization.
    /// </summary>
    private static string BeforeCaseChange(string part, IReadOnlyCollection<string> siteNames)
    {
        if (!part.Any(char.IsLower))
        {
            return part;
        }

        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var shouted = 0;
        while (shouted < words.Length && IsShouted(words[shouted]))
        {
            shouted++;
        }

        // Initials alone ("J. R. Doe") are no name in capitals: one word of the run is a word of two letters or more. An
        // agency or the site after the name ("MARK JENNINGS Associated Press") is split off as an organization later.
        if (shouted < 2 || shouted == words.Length || !char.IsUpper(words[shouted][0]) || !words[shouted].Any(char.IsLower)
            || !words.Take(shouted).Any(w => w.Count(char.IsLetter) >= 2 && !w.Contains('.', StringComparison.Ordinal))
            || GenerationalSuffixes.Contains(words[shouted].TrimEnd('.')))
        {
            return part;
        }

        var rest = string.Join(' ', words[shouted..]);
        return IsNewsAgency(rest) || IsAgency(rest) || TitleSiteNames.IsSiteName(rest, siteNames) ? part : string.Join(' ', words[..shouted]);
    }

    /// <summary>Whether a word is written in capitals: no lower-case letter, and two letters or more, or an initial with its stop ("E.").</summary>
    private static bool IsShouted(string word)
    {
        var letters = word.Count(char.IsLetter);
        return letters > 0 && !word.Any(char.IsLower) && (letters >= 2 || word.EndsWith('.'));
    }

    /// <summary>The words that join a name in capitals to its outlet or place ("JANE DOE FOR MAILONLINE", "JANE DOE IN WASHINGTON").</summary>
    private static readonly string[] ShoutedConnectors = [" FOR ", " IN ", " FÜR "];

    /// <summary>
    /// A part in capitals only, cut before a connector that follows two words or more ("HARRIET BOOTH-CLIBBORN FOR
    /// MAILONLINE"): in lower case the connector ends the name by its case, in capitals it looks like a name's word.
    /// </summary>
    private static string BeforeShoutedConnector(string part)
    {
        if (part.Any(char.IsLower))
        {
            return part;
        }

        foreach (var connector in ShoutedConnectors)
        {
            var at = part.IndexOf(connector, StringComparison.Ordinal);
            if (at > 0 && part.AsSpan(0, at).Trim().Contains(' ') && part.Length > at + connector.Length)
            {
                return part[..at];
            }
        }

        return part;
    }

    /// <summary>
    /// The byline as a company's name: one name (no list) of words before a legal form ("Nordhafen Versicherung AG",
    /// "Helioforge Energy, Inc."); null for anything else.
    /// </summary>
    private static string? CompanyName(string text)
    {
        var trimmed = text.TrimAny([' ', ',', ';', ':', '"', '“', '”']);
        var lastSpace = trimmed.LastIndexOf(' ');
        if (lastSpace <= 0 || !CopyrightNotice.IsLegalForm(trimmed[(lastSpace + 1)..]))
        {
            return null;
        }

        var name = trimmed[..lastSpace].TrimEnd(',');
        return name.Length > 0 && char.IsUpper(name[0]) && !Array.Exists(MetadataRules.AuthorSeparators, s => name.Contains(s, StringComparison.Ordinal)) ? trimmed : null;
    }
}
