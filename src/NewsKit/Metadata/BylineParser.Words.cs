using System.Globalization;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>
/// The words around the names in a byline that are no names: the kind of piece before the byline word ("Eine Analyse
/// von"), the credit for pictures after it ("Fotos: ..."), academic titles, weekdays and months.
/// </summary>
internal static partial class BylineParser
{
    /// <summary>
    /// Whether a line opens by naming the kind of piece before its byline word ("Eine Analyse von Anna Berg", "A commentary
    /// by Jane Doe"), with <paramref name="name"/> the text after the byline word.
    /// </summary>
    internal static bool OpensWithPiece(string line, out string name)
    {
        var words = line.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
        name = words.Length == 4 ? words[3].Trim() : string.Empty;
        return words.Length == 4 && PieceArticles.Contains(words[0]) && PieceWords.Contains(words[1]) && PieceByWords.Contains(words[2])
            && name.Length > 0 && char.IsUpper(name[0]);
    }

    /// <summary>Words for the kind of piece in "Eine Analyse von", "A commentary by", "Une chronique de".</summary>
    private static readonly HashSet<string> PieceWords = new(
    [
        "analyse", "kommentar", "reportage", "essay", "glosse", "kolumne", "interview", "rezension", "kritik", "gastbeitrag",
        "bericht", "beitrag", "feature", "porträt", "recherche", "analysis", "commentary", "column", "review", "report",
        "opinion", "chronique", "critique", "tribune", "enquête", "análisis", "columna", "crónica", "reportaje", "opinión",
        "analisi", "commento", "rubrica",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Indefinite articles that open "Eine Analyse von", "A commentary by", "Un reportage de".</summary>
    private static readonly HashSet<string> PieceArticles = new(["ein", "eine", "a", "an", "un", "une", "una", "uno", "een"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Byline words after the kind of piece ("von", "by", "de").</summary>
    private static readonly HashSet<string> PieceByWords = new(["von", "by", "de", "di", "par", "por", "door"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Academic titles before a name, one word each, without their period ("Dr. med." is "Dr" and "med").</summary>
    private static readonly HashSet<string> AcademicTitles = new(["Dr", "Prof", "Mag", "Dipl.-Ing", "Dipl", "Ing", "PD", "Priv.-Doz", "med", "phil", "habil"], StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="label"/>, the text before a colon, is a credit label ("Text", "Autorin", "Text und
    /// Interview", "Texto y fotos", "Words &amp; pictures"): words for writing, optionally joined with words for pictures,
    /// and at least one for writing (a line labelled "Fotos:" names the photographer, not the author).
    /// </summary>
    internal static bool IsCreditLabel(ReadOnlySpan<char> label)
    {
        label = label.Trim();
        if (label.Length == 0 || label.Length > MaxCreditLabelChars)
        {
            return false;
        }

        var writing = false;
        foreach (var word in label.ToString().Split(CreditLabelSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (CreditConnectors.Contains(word) || CreditQualifiers.Contains(word))
            {
                continue;
            }

            if (WritingCreditWords.Contains(word))
            {
                writing = true;
            }
            else if (!PictureCreditWords.Contains(word))
            {
                return false;
            }
        }

        return writing;
    }

    /// <summary>The longest credit label read, in characters ("Text, Interview und Fotos").</summary>
    internal const int MaxCreditLabelChars = 40;

    private static readonly char[] CreditLabelSeparators = [' ', '&', '+', '/', ','];

    /// <summary>Words that join the parts of a credit label, and names in a byline.</summary>
    internal static readonly HashSet<string> CreditConnectors = new(["und", "and", "y", "e", "et", "en", "og", "och", "i", "và", "и"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that say what a credit label credits ("Post author:", OceanWP's label for screen readers).</summary>
    private static readonly HashSet<string> CreditQualifiers = new(["post", "article", "entry", "page", "beitrag", "artikel"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words of a credit label for the writing: the people it names are the authors.</summary>
    private static readonly HashSet<string> WritingCreditWords = new(
    [
        "text", "texte", "textes", "texto", "textos", "testo", "testi", "tekst", "words", "autor", "autorin", "autoren", "author",
        "authors", "auteur", "auteurs", "autora", "autores", "autore", "interview", "interviews", "entrevista", "redaktion",
        "von", "by", "written", "reporting", "bericht", "reportage", "story", "redacción", "bài",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words of a credit label for pictures, read beside a word for writing ("Text und Fotos").</summary>
    private static readonly HashSet<string> PictureCreditWords = new(
    [
        "fotos", "foto", "foto's", "foto’s", "photos", "photo", "photographs", "pictures", "bilder", "bild", "images", "illustration", "ảnh", "фото",
        "illustrationen", "illustrations", "grafik", "grafiken", "video", "videos", "kamera", "fotografía", "fotografías",
        "fotografie", "recherche", "research",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Word separators of a byline written in capitals ("JANE DOE AND JOHN ROE"), words of two letters or more.</summary>
    private static readonly string[] ShoutedSeparators = [" AND ", " UND ", " ET ", " EN ", " OG ", " OCH ", " OR ", " WITH "];

    /// <summary>
    /// The text after the byline word of a line that opens with a publishing verb and a date ("Posted on March 3, 2024 by
    /// Jane Doe", "Published 3 March 2024 By Jane Doe", "Publié le 3 mars 2024 par Marie Dupont"), or null: the words
    /// before the byline word hold a digit, are at most eight, and a capital letter follows it.
    /// </summary>
    private static string? AfterDatedPrefix(string line) =>
        DatedPrefixByWordAt(line) is (>= 0 and var at, var word) ? line[(at + word.Length + 2)..].Trim() : null;

    /// <summary>
    /// Where the byline word of a line like <see cref="AfterDatedPrefix"/>'s stands (the space before it), with the word;
    /// -1 when the line is none.
    /// </summary>
    private static (int At, string Word) DatedPrefixByWordAt(string line)
    {
        var verb = OpensWithPublishingVerb(line);
        if (!verb && !OpensWithDate(line))
        {
            return (-1, string.Empty);
        }

        var words = line.Split(' ', 12, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < Math.Min(words.Length - 1, 9); i++)
        {
            if (DatedPrefixByWords.Contains(words[i]) && char.IsUpper(words[i + 1][0]) && words.Take(i).Any(w => w.Any(char.IsAsciiDigit))
                && (verb || words.Take(i).All(IsDateWord)))
            {
                return (line.IndexOf(" " + words[i] + " " + words[i + 1], StringComparison.Ordinal), words[i]);
            }
        }

        return (-1, string.Empty);
    }

    /// <summary>
    /// The date that opens a dated byline, up to its byline word ("Martedì 10 febbraio 2026 - di Piero Gallo" gives
    /// "Martedì 10 febbraio 2026 -", "Posted on March 3, 2024 by Jane Doe" "Posted on March 3, 2024"); null when the line
    /// is none (see <see cref="IsDatedByline"/>).
    /// </summary>
    internal static string? DateBeforeByline(string line)
    {
        if (DatedPrefixByWordAt(line) is (> 0 and var at, _))
        {
            return line[..at].TrimEnd();
        }

        return BylinePart(line) is { } rest ? line[..^rest.Length].TrimEnd() : null;
    }

    /// <summary>
    /// Whether a line opens with a publishing verb and names its author after the date ("Posted on March 3, 2024 by Jane
    /// Doe", "Published: June 3, 2024 | By Sam Eddowes").
    /// </summary>
    internal static bool IsDatedByline(string line) => AfterDatedPrefix(line) is not null || BylinePart(line) is not null;

    /// <summary>Whether the line's first word, without a colon after it, is one of <see cref="PublishingVerbs"/>.</summary>
    private static bool OpensWithPublishingVerb(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return line.Length > 0 && PublishingVerbs.Contains((space < 0 ? line : line[..space]).TrimEnd(':'));
    }

    /// <summary>
    /// Whether a line opens with a date, the publishing verb left out ("March 3, 2022 by Jane Doe", "12.03.2021, 14:05 Uhr |
    /// Von Jana Muster", "Martedì 10 febbraio 2026 - di Piero Gallo"): a digit, or a month's or a weekday's name in one of
    /// the languages dates are read in.
    /// </summary>
    private static bool OpensWithDate(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        var first = (space < 0 ? line : line[..space]).TrimEnd(',');
        return line.Length > 0 && (char.IsAsciiDigit(line[0]) || IsMonth(first) || IsMonthOrWeekday(first, connector: false));
    }

    /// <summary>
    /// Whether a word can be part of a date written out: digits with date punctuation ("12.03.2021,", "14:05"), a month's
    /// or a weekday's name or a word between a date's parts ("de", "del") in the languages dates are read in, or a clock word
    /// ("Uhr", "PM").
    /// </summary>
    private static bool IsDateWord(string word)
    {
        var bare = word.TrimAny([',', ';', '|', ':', '.']);
        return bare.Length == 0 || bare.All(c => char.IsAsciiDigit(c) || c is '.' or ':' or '/' or '-') || IsMonth(bare) || ClockWords.Contains(bare)
            || IsMonthOrWeekday(bare, connector: true);
    }

    /// <summary>Whether the timestamp reader knows the word as a month's or a weekday's name ("febbraio", "Martedì"), or, with <paramref name="connector"/>, as a word between a date's parts.</summary>
    internal static bool IsMonthOrWeekday(ReadOnlySpan<char> word, bool connector)
    {
        if (Timestamps.WordTable.Find(word) is not (>= 0 and var index))
        {
            return false;
        }

        ref readonly var meaning = ref Timestamps.WordTable.Get(index);
        return meaning.Month > 0 || meaning.Weekday > 0 || (connector && meaning.Has(Timestamps.WordRoles.Connector));
    }

    private static readonly HashSet<string> ClockWords = new(["uhr", "am", "pm", "a.m", "p.m", "h", "gmt", "utc", "cet", "cest", "est", "edt"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a line's first two characters may open a publishing verb ("Po", "Pu", "Ve"), case ignored.</summary>
    internal static bool MayOpenWithPublishingVerb(char first, char second) =>
        PublishingVerbOpenings.Contains(string.Create(2, (first, second), static (span, pair) =>
        {
            span[0] = TextCase.Lower(pair.first);
            span[1] = TextCase.Lower(pair.second);
        }));

    /// <summary>
    /// The part of a line that opens with a publishing verb, after a separator, that opens with a byline word
    /// ("Published: June 3, 2024 | By Sam Eddowes" gives "By Sam Eddowes"), with the rest of the line; null when none does.
    /// </summary>
    private static string? BylinePart(string line)
    {
        var verb = OpensWithPublishingVerb(line);
        if (!verb && !OpensWithDate(line))
        {
            return null;
        }

        foreach (var separator in BylinePartSeparators)
        {
            for (var at = line.IndexOf(separator, StringComparison.Ordinal); at > 0; at = line.IndexOf(separator, at + 1, StringComparison.Ordinal))
            {
                var rest = line[(at + separator.Length)..].TrimStart();
                if (OpensWithPrefix(rest) && (verb || line[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries).All(IsDateWord)))
                {
                    return rest;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The name of a line that is a date, a separator and a name alone ("25.10.2022 - Reiner Nagel", "March 5, 2019 | Jane
    /// Doe"), or null. Capitalized words after a date are as often a section or a place ("25.10.2022 - Politik Inland"):
    /// the caller asks the page to show the name elsewhere too.
    /// </summary>
    internal static string? BareNameAfterDate(string line)
    {
        if (line.Length > MaxBareNameLength * 2 || !OpensWithDate(line))
        {
            return null;
        }

        foreach (var separator in BylinePartSeparators)
        {
            var at = line.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && line[(at + separator.Length)..].Trim() is var rest && IsBareName(rest)
                && line[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } head
                && head.All(IsDateWord) && head.Any(w => w.Any(char.IsAsciiDigit)))
            {
                return rest;
            }
        }

        return null;
    }

    /// <summary>
    /// The name of a signature line that is a person's name, a separator and a date alone (<paramref name="isDate"/> says the
    /// rest is one: "Davide Zanon · 26 novembre 2025, 18:05", "Katarzyna Zielińska, 30 grudnia 2025"), the name opening with a common given name (<see cref="GivenNames"/>:
    /// a section's or a place's name before a date is as common, "Cronaca Locale · 26 novembre 2025"); null otherwise.
    /// </summary>
    internal static string? BareNameBeforeDate(string line, Func<string, bool> isDate)
    {
        // A date shows digits: most lines near a headline are turned away before any part of them is cut out.
        if (line.Length > MaxBareNameLength * 2 || !line.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return null;
        }

        foreach (var separator in NameDateSeparators)
        {
            var at = line.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && line[..at].Trim() is var name && IsBareName(name) && GivenNames.Contains(name[..name.IndexOf(' ', StringComparison.Ordinal)])
                && line[(at + separator.Length)..].Trim() is var rest && isDate(rest))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a text is a person's name and nothing else: two to four words of letters (with hyphens, apostrophes or an
    /// initial's period), each opening with a capital, none a month's or a weekday's name, at most <see cref="MaxBareNameLength"/> characters.
    /// </summary>
    private static bool IsBareName(string text)
    {
        if (text.Length > MaxBareNameLength)
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4
            && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '\u2019' or '.') && !IsMonth(w.TrimEnd('.')) && !Weekdays.Contains(w));
    }

    /// <summary>The longest name <see cref="IsBareName"/> accepts.</summary>
    private const int MaxBareNameLength = 40;

    private static readonly string[] BylinePartSeparators = [" | ", " • ", " · ", " – ", " — ", " - "];

    /// <summary>Byline words after a date ("... 2024 by Jane Doe").</summary>
    private static readonly HashSet<string> DatedPrefixByWords = new(["by", "von", "par", "por", "di", "door", "av", "af", "przez"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open a line saying when and by whom a piece was published.</summary>
    private static readonly HashSet<string> PublishingVerbs = new(
    [
        "posted", "published", "written", "updated", "publié", "publiée", "posté", "mis", "écrit", "publicado", "publicada",
        "escrito", "veröffentlicht", "geschrieben", "gepostet", "erstellt", "eingestellt", "pubblicato", "scritto", "gepubliceerd",
        "geplaatst", "opublikowano", "dodano", "publicerad", "publiceret", "publisert", "julkaistu", "zveřejněno", "publikováno",
        "on", "am", "le", "el",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>The first two letters of the publishing verbs (not of the little words after them), lower case.</summary>
    private static readonly HashSet<string> PublishingVerbOpenings = new(
        PublishingVerbs.Where(v => v.Length >= 2 && v is not ("on" or "am" or "le" or "el")).Select(v => v[..2].LowerInvariant()), StringComparer.Ordinal);

    /// <summary>Whether the text ends with the credit of other work than the writing ("... Reviewed by", "... Photos by"), as a whole word, case ignored.</summary>
    internal static bool EndsWithOtherCredit(ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimEnd();
        foreach (var credit in OtherCredits)
        {
            if (trimmed.EndsWith(credit, StringComparison.OrdinalIgnoreCase)
                && (trimmed.Length == credit.Length || !char.IsLetter(trimmed[trimmed.Length - credit.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a byline part opens with a credit for other work than the writing ("Edited by", "Photos by", "Fotos:").</summary>
    internal static bool IsOtherCredit(string part)
    {
        foreach (var credit in OtherCredits)
        {
            if (part.StartsWith(credit, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Credits for other work than the writing, as a byline part opens with them.</summary>
    private static readonly string[] OtherCredits =
    [
        "editing by", "edited by", "additional editing by", "fact-checked by", "fact checked by", "medically reviewed by", "reviewed by",
        "medizinisch geprüft von", "fachlich geprüft von", "geprüft von", "lektorat:", "redigiert von", "photos by", "photo by", "photographs by",
        "photography by", "illustration by", "illustrations by", "video by", "graphics by", "produced by", "design by",
        "recherche:", "research:", "mitarbeit:", "fotos:", "foto:", "foto's:", "foto’s:", "photos:", "fotografía:", "foto di", "fotoğraf:", "фото:",
        "translated by", "translation by", "übersetzt von", "übersetzung:", "traduit par", "traduction :", "traducción de", "traduzione di",
        "aus dem ", "traducido por", "tradotto da", "vertaald door", "vertaling:", "tłumaczenie:", "przekład:", "tradução de", "tradução:", "översättning:",
        "beeld:", "beeld ", "illustratie:", "fotografie:", "zdjęcia:", "bilde:", "bild:",
        "editor:", "editor ", "editors:", "editado por", "editing:", "redaktur:", "redaktur ", "penyunting:", "penyunting ",
        "редактор:", "редактор ", "редактори:", "уредник:", "urednik:", "edited by:",
        "оператор:", "камера:", "монтаж:", "извор:", "izvor:", "джерело:", "источник:", "източник:", "kaynak:", "sursa:", "sursă:", "forrás:", "πηγή:",
        "责任编辑", "責任編輯", "编辑：", "編輯：", "编辑:", "編輯:", "审核：", "审校：", "校对：", "來源：", "来源：", "출처:", "편집:",
    ];

    /// <summary>Credits of an editor or a translator that follow other words in the same part without a separator ("Revised Edition Edited by Adrian Parr").</summary>
    private static readonly string[] EditingCredits = ["edited by", "editing by", "translated by", "compiled by", "herausgegeben von", "übersetzt von"];

    /// <summary>Whether an editor's or translator's credit (<see cref="EditingCredits"/>) follows a word of the part after a plain space.</summary>
    private static bool HasEditingCreditAfterWords(string part)
    {
        foreach (var credit in EditingCredits)
        {
            var at = part.IndexOf(credit, 1, StringComparison.OrdinalIgnoreCase);
            if (at > 1 && part[at - 1] == ' ' && char.IsLetter(part[at - 2]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Labels of the credit for pictures in a byline line ("Text: Anna Berg / Fotos: Tom Weber", "Christian Seiler Illustration von Markus Roost"): the line ends before them.</summary>
    private static readonly string[] ImageCreditLabels = ["fotos:", "foto:", "foto's:", "foto’s:", "photos:", "photo:", "bilder:", "bild:", "illustration:", "illustrationen:", "grafik:", "video:", "kamera:", "pictures:", "images:", "оператор:", "камера:", "снимка:", "снимки:",
        "illustration von ", "illustrationen von ", "fotos von ", "foto von ", "bilder von ", "grafik von ", "illustration by ", "illustrations by ",
        "photos by ", "photo by ", "photographs by ", "photography by ", "photos de ", "illustrations de ", "fotos de ", "fotografías de ",
        "foto di ", "illustrazioni di ",
        "写真・", "写真：", "写真:", "撮影・", "撮影：", "図・", "图/", "图／", "图：", "摄影：", "摄影/", "摄影／"];

    /// <summary>The byline without the picture credit that follows it on its line.</summary>
    private static string WithoutImageCredit(string text)
    {
        var lower = text.LowerInvariant();
        foreach (var label in ImageCreditLabels)
        {
            var at = lower.IndexOf(label, StringComparison.Ordinal);
            if (at > 0 && !char.IsLetter(lower[at - 1]))
            {
                text = text[..at].TrimEndAny([' ', '/', ',', ';', '|', '-', '–']);
                lower = lower[..text.Length];
            }
        }

        return text;
    }

    /// <summary>Names of the weekdays in the languages of the byline prefixes: no name opens with one.</summary>
    private static readonly HashSet<string> Weekdays = new(
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "maandag", "dinsdag", "woensdag", "donderdag",
        "vrijdag", "zaterdag", "zondag",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>The invariant culture's month names and abbreviations (its properties copy the arrays on every read).</summary>
    private static readonly HashSet<string> MonthNames = new(
        CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Concat(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames).Where(m => m.Length > 0),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The byline with its credit sentences set apart by a semicolon ("By Jane Doe. Illustration by John Roe",
    /// "Illustrations by John Roe. Words by Jane Doe"): a period after a word of two letters or more (not an initial)
    /// followed by a credit or a byline word.
    /// </summary>
    /// <summary>
    /// The byline without the credits for other work than the writing: a line that opens with one and names the writer
    /// after it ("Medically reviewed by Samuel Ortiz, MD — Written by Laura Benning") from the writer's credit on; a line
    /// with one after the writer ("Reporting by Hannah Lind; Editing by Paul Ferrante and Rosa Klein") up to it, so that the
    /// names joined in the credit go with it.
    /// </summary>
    private static string WithoutOtherCredits(string text)
    {
        if (text.Length < 3)
        {
            return text;
        }

        var lower = text.LowerInvariant();
        if (IsOtherCredit(text))
        {
            foreach (var writing in WritingCredits)
            {
                var at = lower.IndexOf(writing, 1, StringComparison.Ordinal);
                if (at > 0 && !char.IsLetter(lower[at - 1]))
                {
                    return text[at..];
                }
            }

            return text;
        }

        var cut = -1;
        foreach (var credit in OtherCredits)
        {
            var at = lower.IndexOf(credit, 1, StringComparison.Ordinal);
            if (at > 1 && lower[at - 1] == ' ' && lower[at - 2] is ';' or ',' or '|' or '—' or '–' or '-' or '/' or '.' && (cut < 0 || at < cut))
            {
                cut = at;
            }
        }

        return cut > 0 ? text[..cut].TrimEndAny([' ', ';', ',', '|', '—', '–', '-', '/']) : text;
    }

    /// <summary>Credits for the writing that may follow another credit on a byline line.</summary>
    private static readonly string[] WritingCredits = ["written by", "words by", "text by", "story by", "geschrieben von", "verfasst von", "text:", "autor:", "autorin:"];

    private static string WithCreditSentencesApart(string text)
    {
        for (var at = text.IndexOf(". ", StringComparison.Ordinal); at > 1; at = text.IndexOf(". ", at + 2, StringComparison.Ordinal))
        {
            var rest = text[(at + 2)..];
            if (char.IsLetter(text[at - 1]) && char.IsLetter(text[at - 2]) && (IsOtherCredit(rest) || OpensWithPrefix(rest)))
            {
                return text[..at] + "; " + rest;
            }

            if (char.IsLower(text[at - 1]) && char.IsLower(text[at - 2]) && IsSentence(rest) && !IsTitleAbbreviation(text.AsSpan(0, at)))
            {
                // "Interview by Susan Clarke. This interview has been edited for length.": the credit ends at its period.
                return text[..at];
            }
        }

        return text;
    }

    /// <summary>Whether the text reads as a sentence: a capital, then at least three more words, two of them lower case ("This interview has been edited").</summary>
    private static bool IsSentence(string text)
    {
        if (text.Length == 0 || !char.IsUpper(text[0]))
        {
            return false;
        }

        var words = text.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 4 && words.Skip(1).Count(w => char.IsLower(w[0])) >= 2;
    }

    /// <summary>Whether the text ends with an abbreviation written with a period inside a name ("Jr", "Dr", "St").</summary>
    private static bool IsTitleAbbreviation(ReadOnlySpan<char> text)
    {
        var space = text.LastIndexOf(' ');
        var word = text[(space + 1)..];
        foreach (var abbreviation in TitleAbbreviations)
        {
            if (word.Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] TitleAbbreviations = ["jr", "sr", "dr", "st", "mr", "ms", "mrs", "prof", "rev", "hon", "gen", "col", "lt", "sgt", "capt"];
}
