using System.Text;
using NewsKit.Models;
using NewsKit.Pipeline;
using NewsKit.Timestamps;

namespace NewsKit.Body;

/// <summary>
/// Lines that are a widget's controls or the page's metadata rather than text, read from their text alone wherever they
/// stand in the body: a gallery's counter ("Image 1 of 8", "Bild 3 von 12", "1 of / 8"), a button's label ("Close",
/// "Caption", "Schließen") and a date line ("Published 11:11 PM EST Nov 19, 2019", "Aktualisiert am 3. März 2024": the
/// article's dateline holds it). Sites whose class names say nothing (hashed, utility classes) leave them among the
/// paragraphs.
/// </summary>
internal static class ControlLines
{
    /// <summary>The longest line read as a control (in characters).</summary>
    public const int MaxChars = 24;

    /// <summary>The longest line read as a date line (in characters).</summary>
    public const int MaxDateLineChars = 64;

    /// <summary>Labels of widget buttons and page links that are a whole line (galleries, players, "back to top", "print"), lower case.</summary>
    public static readonly string[] Labels =
    [
        "close", "caption", "show caption", "hide caption", "toggle caption", "expand", "collapse", "fullscreen", "full screen",
        "enlarge", "click to enlarge", "previous", "prev", "next", "view gallery", "open gallery",
        "schließen", "bildunterschrift", "vergrößern", "vollbild", "zurück", "weiter", "vorheriges bild", "nächstes bild",
        "fermer", "légende", "agrandir", "précédent", "suivant", "cerrar", "ampliar", "anterior", "siguiente",
        "chiudi", "didascalia", "ingrandisci", "precedente", "successivo",
        "back to top", "to top", "back to overview", "back to list", "print", "print this page", "print article", "print recipe",
        "featured image", "nach oben", "zurück zur übersicht", "zurück zur listenansicht", "zur übersicht", "drucken",
        "seite drucken", "artikel drucken", "rezept drucken", "beitragsbild", "titelbild", "quellen anzeigen", "quellen ausblenden",
        "retour en haut", "imprimer", "volver arriba", "imprimir", "torna su", "stampa", "follow", "folgen", "suivre", "seguir",
        "continue reading", "read more", "show more", "read the full story", "read full story", "weiterlesen", "mehr lesen",
        "lire la suite", "leer más", "seguir leyendo", "continua a leggere", "leggi tutto",
        "print this story", "print this article", "printer-friendly version", "printer friendly version", "email to a friend",
        "email this story", "email this article", "e-mail this story", "e-mail this article", "e-mail to a friend", "send to a friend", "share this story",
        "back to news", "back to all news", "back to the news", "back to blog", "back to articles", "zurück zu den news", "zurück zur newsübersicht",
        "retour aux actualités", "volver a noticias", "torna alle notizie",
        "version imprimable", "imprimer cet article", "envoyer cet article", "envoyer à un ami", "artikel versenden",
        "seite versenden", "artikel empfehlen", "weiterempfehlen", "druckversion", "versión para imprimir",
        "enviar a un amigo", "stampa articolo", "invia ad un amico", "versione stampabile",
        "share", "share this", "share this article", "share this post", "share article", "teilen", "artikel teilen", "beitrag teilen",
        "partager", "partager cet article", "compartir", "compartir artículo", "condividi", "condividi articolo", "delen", "udostępnij",
        "compartilhar", "compartilhe", "dela", "del", "jaa", "sdílet", "paylaş",
    ];

    /// <summary>The longest line of several labels between separators ("Print this story | Email to a friend").</summary>
    public const int MaxLabelRowChars = 80;

    /// <summary>Characters that separate the labels of a row of page links ("|", "[ ... ] [ ... ]", "·").</summary>
    private static readonly char[] LabelRowSeparators = ['|', '[', ']', '·', '•', '/'];

    /// <summary>Words for a picture that may open a counter ("Image 1 of 8").</summary>
    private static readonly string[] CounterWords = ["image", "photo", "picture", "slide", "bild", "foto", "imagen", "immagine"];

    /// <summary>Words between a counter's two numbers ("of", "von", "de", "/").</summary>
    private static readonly string[] CounterJoiners = ["of", "von", "de", "di", "sur", "van", "z", "/", "aus"];

    /// <summary>Words between a date line's opening word and its date ("Published on", "Aktualisiert am").</summary>
    private static readonly string[] DateLineJoiners = ["on ", "at ", "am ", "le ", "el ", "il ", "em ", "op ", "dnia "];

    /// <summary>Drops every control line from <paramref name="blocks"/> (see the class summary).</summary>
    public static void Drop(List<BodyBlock> blocks) =>
        blocks.RemoveAll(b => b.Kind == BlockKind.Paragraph
            && ((b.Text.Length <= MaxChars && IsControl(b.Text)) || (b.Text.Length <= MaxDateLineChars && (IsDateLine(b.Text) || IsReadingTimeLine(b.Text)))
                || (b.Text.Length <= MaxLabelRowChars && IsLabelRow(b.Text))
                || (b.Text.Length <= MaxDisclosureChars && IsAffiliateDisclosure(b.Text))
                || (b.Text.Length <= MaxMachineSummaryNoticeChars && IsMachineSummaryNotice(b.Text))
                || (b.Text.Length <= MaxFeedIdChars && IsAgencyFeedId(b.Text))
                || (b.Text.Length <= MaxFeedbackChars && IsFeedbackQuestion(b.Text))
                || (b.Text.Length <= MaxIconChars && IsIconOnly(b.Text))
                || (b.Text.Length <= MaxMediaTitleChars && IsMediaTitle(b.Text))));

    /// <summary>The longest line (in characters) read as a player's title with its running time.</summary>
    public const int MaxMediaTitleChars = 160;

    /// <summary>Labels that open a player's title ("Watch:", "Video:", "Listen:"), lower case with their colon.</summary>
    private static readonly string[] MediaLabels =
        ["watch:", "video:", "listen:", "audio:", "podcast:", "ver:", "vídeo:", "escuchar:", "guarda:", "ascolta:", "regarder:", "écouter:", "vidéo:", "anschauen:", "hören:", "kijk:", "luister:"];

    /// <summary>
    /// Whether the line is a player's title with its running time, what a video or audio box shows in place of the player
    /// ("Watch: Lifeboats escort the ferry into Holyhead (1:12)", "Video: Flut in Passau (02:48)"): a media label and a
    /// colon first, a time in brackets last.
    /// </summary>
    public static bool IsMediaTitle(string text)
    {
        var line = text.Trim();
        if (line.Length < 8 || line[^1] != ')' || line.LastIndexOf('(') is var open && open < 0)
        {
            return false;
        }

        var time = line.AsSpan(open + 1, line.Length - open - 2).Trim();
        var colon = time.IndexOf(':');
        if (colon is < 1 or > 2 || time.Length - colon - 1 is not (2 or 5) || !IsDigitsAndColons(time))
        {
            return false;
        }

        var lower = line.LowerInvariant();
        return MediaLabels.Any(label => lower.StartsWith(label, StringComparison.Ordinal));

        static bool IsDigitsAndColons(ReadOnlySpan<char> span)
        {
            foreach (var c in span)
            {
                if (!char.IsAsciiDigit(c) && c != ':')
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The longest line (in characters) read as a label the template repeats between paragraphs.</summary>
    public const int MaxRepeatedLabelChars = 32;

    /// <summary>The most words of a label the template repeats between paragraphs.</summary>
    public const int MaxRepeatedLabelWords = 4;

    /// <summary>The shortest paragraph (in characters) of running text beside which a repeated label stands.</summary>
    public const int MinRunningTextChars = 100;

    /// <summary>The punctuation that makes a short line a sentence rather than a label (see <see cref="DropRepeatedLabels"/>).</summary>
    private static readonly System.Buffers.SearchValues<char> SentencePunctuation = System.Buffers.SearchValues.Create(".!?:,;");

    /// <summary>
    /// Drops the short labels a template repeats between the paragraphs of its text ("Article content" before each run
    /// of text between ad slots, "Zum Vergrößern bitte anklicken" under each picture): a paragraph of at most
    /// <see cref="MaxRepeatedLabelWords"/> words, without digits or a sentence's punctuation, that stands in the body twice
    /// or more, word for word, each time beside a paragraph of running text. A table's or a recipe's cells read as
    /// paragraphs ("Material", "Kunststoff"; "10", "minutes") stand beside other short cells and stay.
    /// </summary>
    public static void DropRepeatedLabels(List<BodyBlock> blocks)
    {
        static bool IsLabelLike(BodyBlock b) => b.Kind == BlockKind.Paragraph && b.Text.Length <= MaxRepeatedLabelChars
            && b.Text.Any(char.IsLetter) && !b.Text.Any(char.IsDigit) && b.Text.AsSpan().IndexOfAny(SentencePunctuation) < 0
            && b.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxRepeatedLabelWords;

        bool BesideRunningText(int i) =>
            (i > 0 && blocks[i - 1].Kind == BlockKind.Paragraph && blocks[i - 1].Text.Length >= MinRunningTextChars)
            || (i + 1 < blocks.Count && blocks[i + 1].Kind == BlockKind.Paragraph && blocks[i + 1].Text.Length >= MinRunningTextChars);

        // Per label: how often it stands in the body, and whether every time beside running text.
        Dictionary<string, (int Count, bool Beside)>? labels = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (IsLabelLike(blocks[i]))
            {
                labels ??= new Dictionary<string, (int, bool)>(StringComparer.Ordinal);
                var (count, beside) = labels.GetValueOrDefault(blocks[i].Text, (0, true));
                labels[blocks[i].Text] = (count + 1, beside && BesideRunningText(i));
            }
        }

        if (labels is not null && labels.Values.Any(l => l.Count >= 2 && l.Beside))
        {
            blocks.RemoveAll(b => IsLabelLike(b) && labels[b.Text] is { Count: >= 2, Beside: true });
        }
    }

    /// <summary>The longest paragraph read as an icon alone (in characters: an emoji of several code points).</summary>
    public const int MaxIconChars = 8;

    /// <summary>
    /// Whether a short paragraph is a pictograph and nothing else (a callout card's "💡", a "👏" clap button's icon): no
    /// letter, digit or punctuation a text would have, only symbols, emoji joiners and variation selectors.
    /// </summary>
    public static bool IsIconOnly(string text)
    {
        var icon = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var category = System.Text.Rune.GetUnicodeCategory(rune);
            if (category is System.Globalization.UnicodeCategory.OtherSymbol or System.Globalization.UnicodeCategory.Surrogate)
            {
                icon = true;
            }
            else if (!(System.Text.Rune.IsWhiteSpace(rune) || rune.Value is 0x200D or (>= 0xFE00 and <= 0xFE0F) || category == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                return false;
            }
        }

        return icon;
    }

    /// <summary>The longest paragraph read as an affiliate disclosure (in characters).</summary>
    public const int MaxDisclosureChars = 400;

    /// <summary>
    /// Whether a paragraph is an affiliate disclosure ("*Affiliate-Link: Wenn Sie über diesen Link einkaufen, erhalten wir
    /// eine kleine Provision.", "This post contains affiliate links; we may earn a commission"): it speaks of affiliate links
    /// and of the site's commission.
    /// </summary>
    public static bool IsAffiliateDisclosure(string text) =>
        (text.Contains("affiliate", StringComparison.OrdinalIgnoreCase) || text.Contains("affilié", StringComparison.OrdinalIgnoreCase)
            || text.Contains("afiliado", StringComparison.OrdinalIgnoreCase) || text.Contains("affiliazione", StringComparison.OrdinalIgnoreCase))
        && CommissionWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>The longest line read as a feedback widget's question (in characters).</summary>
    public const int MaxFeedbackChars = 80;

    /// <summary>
    /// Whether a line is a help page's feedback question ("Was this article helpful?", "War dieser Artikel hilfreich?",
    /// "この記事は役に立ちましたか？"), with the answers its buttons show after it ("Yes No", "👍 👎"): the widget, not the text.
    /// </summary>
    public static bool IsFeedbackQuestion(string text)
    {
        var line = text.AsSpan().Trim();
        var mark = line.IndexOfAny('?', '？');
        if (mark <= 0)
        {
            return false;
        }

        // The question first, compared in place: most questions in a text are no widget's, and go without a copy.
        if (!IsFeedbackWording(line[..mark].Trim()))
        {
            return false;
        }

        // What follows the question is its answers only: words of a yes and a no, thumbs, faces, separators.
        foreach (var answer in line[(mark + 1)..].ToString().Split([' ', '/', '|', '·'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!FeedbackAnswers.Contains(answer) && !answer.EnumerateRunes().All(r => Rune.GetUnicodeCategory(r) is System.Globalization.UnicodeCategory.OtherSymbol or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the words before a question mark are one of <see cref="FeedbackQuestions"/>, case ignored.</summary>
    private static bool IsFeedbackWording(ReadOnlySpan<char> question)
    {
        foreach (var wording in FeedbackQuestions)
        {
            if (question.Equals(wording, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Feedback widgets' questions, lower case, without the question mark.</summary>
    private static readonly string[] FeedbackQuestions =
    [
        "was this helpful", "was this article helpful", "was this page helpful", "was this post helpful", "was this answer helpful",
        "did this answer your question", "did you find this helpful", "did you find this article helpful", "is this page useful",
        "was this information helpful", "did this help", "helpful", "found this useful",
        "war das hilfreich", "war dieser artikel hilfreich", "war diese seite hilfreich", "war dieser beitrag hilfreich", "hat dir dieser artikel geholfen",
        "ist diese seite hilfreich", "waren diese informationen hilfreich", "hat ihnen dieser artikel geholfen",
        "cet article vous a-t-il été utile", "cette page vous a-t-elle été utile", "cette réponse vous a-t-elle été utile", "cet article a-t-il répondu à votre question",
        "¿te ha resultado útil", "¿le ha resultado útil", "¿fue útil este artículo", "¿te resultó útil este artículo", "¿te resultó útil", "¿esta página te ha sido útil", "¿te ha sido útil este artículo",
        "questo articolo ti è stato utile", "questa pagina ti è stata utile", "è stato utile", "was dit artikel nuttig", "was deze pagina nuttig", "heeft dit artikel je geholpen",
        "この記事は役に立ちましたか", "このページは役に立ちましたか", "この情報は役に立ちましたか",
    ];

    /// <summary>The answers a feedback widget's buttons show, case ignored.</summary>
    private static readonly HashSet<string> FeedbackAnswers = new(
        ["yes", "no", "ja", "nein", "oui", "non", "sí", "si", "sì", "nee", "はい", "いいえ", "thumbs", "up", "down"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The longest line read as an agency feed's story number (in characters).</summary>
    public const int MaxFeedIdChars = 80;

    /// <summary>
    /// Whether a line is the story number that dpa's feed puts under each story ("dpa-infocom, dpa:260209-99-412077/3",
    /// "dpa:260209-99-412077/3"): a machine's reference, no text of the article.
    /// </summary>
    public static bool IsAgencyFeedId(string text)
    {
        var line = text.AsSpan().Trim();
        if (line.StartsWith("dpa-infocom", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var at = line.IndexOf("dpa:", StringComparison.OrdinalIgnoreCase);
        var id = at >= 0 ? line[(at + 4)..].TrimStart() : default;
        return at >= 0 && line[..at].TrimEnd(", ").IsEmpty && id.Length >= 10 && id[..6].IndexOfAnyExceptInRange('0', '9') < 0 && id[6] == '-';
    }

    /// <summary>The longest paragraph read as the notice under a machine-written summary (in characters).</summary>
    public const int MaxMachineSummaryNoticeChars = 200;

    /// <summary>
    /// Whether a paragraph is the notice under a summary box that a language model wrote ("Resumen generado por inteligencia
    /// artificial y revisado por la redacción.", "This summary was generated by AI."): it names a summary, artificial
    /// intelligence and its making. The box's notice, not the article's text.
    /// </summary>
    public static bool IsMachineSummaryNotice(string text) =>
        SummaryWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase))
        && (MachineWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)) || HasAcronym(text, "AI") || HasAcronym(text, "KI") || HasAcronym(text, "IA"))
        && MadeWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether <paramref name="acronym"/> stands in the text as a word of its own or before a hyphen ("AI", "KI-generiert"), in capitals.</summary>
    private static bool HasAcronym(string text, string acronym)
    {
        for (var at = text.IndexOf(acronym, StringComparison.Ordinal); at >= 0; at = text.IndexOf(acronym, at + 1, StringComparison.Ordinal))
        {
            var end = at + acronym.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words for a summary, in the languages read ("summary", "Zusammenfassung", "resumen"...).</summary>
    private static readonly string[] SummaryWords = ["summary", "summarised", "summarized", "zusammenfassung", "zusammengefasst", "resumen", "résumé", "resume", "riassunto", "resumo", "samenvatting", "streszczenie", "key points"];

    /// <summary>Words for artificial intelligence written out.</summary>
    private static readonly string[] MachineWords = ["artificial intelligence", "künstliche intelligenz", "künstlicher intelligenz", "intelligence artificielle", "inteligencia artificial", "intelligenza artificiale", "inteligência artificial", "kunstmatige intelligentie", "sztuczn", "language model", "sprachmodell"];

    /// <summary>Words for making or checking a text ("generated", "erstellt", "revisado").</summary>
    private static readonly string[] MadeWords = ["generat", "generiert", "erstellt", "generad", "généré", "genere", "gerad", "gegenereerd", "wygenerowan", "created", "written", "produced", "revisado", "reviewed", "geprüft", "vérifié"];

    /// <summary>Words for the commission a site earns on a sale through its links.</summary>
    private static readonly string[] CommissionWords = ["provision", "commission", "commissione", "comisión", "commissie", "prowizj", "vergütung"];

    /// <summary>Whether a line is a row of two or more labels between separators, each a control ("Print this story | Email to a friend", "[ Envoyer cet article ] [ Version imprimable ]").</summary>
    public static bool IsLabelRow(string line)
    {
        var parts = line.Split(LabelRowSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && parts.All(p => p.Length <= MaxChars && IsControl(p));
    }

    /// <summary>
    /// Whether a line is a reading time, alone or beside a date ("4 min read", "4 min read · Nov 5, 2023", "Lesezeit: 3
    /// Minuten", "5 Min. Lesezeit"): every part between separators is a reading time or a date, and one is a reading time.
    /// </summary>
    public static bool IsReadingTimeLine(string line)
    {
        if (!line.Contains("min", StringComparison.OrdinalIgnoreCase) && !line.Contains("read", StringComparison.OrdinalIgnoreCase)
            && !line.Contains("lese", StringComparison.OrdinalIgnoreCase) && !line.Contains("lect", StringComparison.OrdinalIgnoreCase)
            && !line.Contains("lett", StringComparison.OrdinalIgnoreCase) && !line.Contains("leest", StringComparison.OrdinalIgnoreCase))
        {
            // No word of a reading time: most short lines stop here, before any split or date parse.
            return false;
        }

        var reading = false;
        foreach (var part in line.Split(PartSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (IsReadingTime(part))
            {
                reading = true;
            }
            else if (!(part.Any(char.IsAsciiDigit) && TimestampNormalizer.Default.Normalize(part) is { Success: true, Value.Precision: >= TimestampPrecision.Day }))
            {
                return false;
            }
        }

        return reading;
    }

    private static readonly char[] PartSeparators = ['·', '•', '|', '∙'];

    /// <summary>"4 min read", "4-minute read", "Lesezeit: 3 Minuten", "5 Min. Lesezeit", "Lecture 4 min", "3 min de lectura".</summary>
    private static bool IsReadingTime(string part)
    {
        var lower = part.LowerInvariant().Replace("-", " ", StringComparison.Ordinal).Replace(":", " ", StringComparison.Ordinal);
        var words = lower.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5 || !words.Any(w => w.All(char.IsAsciiDigit) && w.Length <= 3))
        {
            return false;
        }

        return words.All(w => (w.All(char.IsAsciiDigit) && w.Length <= 3) || ReadingTimeWords.Contains(w.TrimEnd('.')))
            && words.Any(w => ReadingWords.Contains(w.TrimEnd('.')));
    }

    /// <summary>The words of a reading time: units, and words for reading.</summary>
    private static readonly HashSet<string> ReadingTimeWords = new(
        ["min", "mins", "minute", "minutes", "minuten", "minuto", "minutos", "minuti", "read", "reading", "time", "lesezeit",
         "lesedauer", "lecture", "de", "lectura", "lettura", "di", "temps", "tiempo", "ca", "approx", "leestijd"],
        StringComparer.Ordinal);

    /// <summary>Words for reading in a reading time ("read", "Lesezeit").</summary>
    private static readonly HashSet<string> ReadingWords = new(["read", "reading", "lesezeit", "lesedauer", "lecture", "lectura", "lettura", "leestijd"], StringComparer.Ordinal);

    /// <summary>
    /// Whether a line is a date line: it opens with a word for publishing or updating (<see cref="Metadata.MetadataRules.PublishedWords"/>,
    /// <see cref="Metadata.MetadataRules.UpdatedWords"/>) and the rest is a date of day precision or finer.
    /// </summary>
    public static bool IsDateLine(string line)
    {
        var text = line.Trim();
        foreach (var word in Metadata.DateLines.DateWords)
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && text.Length > word.Length && !char.IsLetterOrDigit(text[word.Length]))
            {
                var rest = text[word.Length..].TrimStartAny([' ', ':', '-', '–', '|']);
                foreach (var on in DateLineJoiners)
                {
                    if (rest.StartsWith(on, StringComparison.OrdinalIgnoreCase))
                    {
                        rest = rest[on.Length..];
                        break;
                    }
                }

                return rest.Any(char.IsAsciiDigit)
                    && (IsTimeOfDay(rest) || TimestampNormalizer.Default.Normalize(rest) is { Success: true, Value.Precision: >= TimestampPrecision.Day });
            }
        }

        return false;
    }

    /// <summary>Whether a line is a gallery counter or a button label.</summary>
    public static bool IsControl(string line)
    {
        // "← Zurück zur Übersicht", "Weiterlesen »": an arrow beside a label is no part of it.
        var trimmed = line.AsSpan().Trim().TrimStart(LeadingSeparators).Trim(Arrows).Trim();
        if (IsShortCount(trimmed))
        {
            // "1.2K", "23K": a count of claps, likes or shares.
            return true;
        }

        foreach (var label in Labels)
        {
            if (trimmed.Equals(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        if (!trimmed.ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        var text = trimmed.ToString().LowerInvariant();

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var at = words.Length > 0 && CounterWords.Contains(words[0], StringComparer.Ordinal) ? 1 : 0;
        if (at >= words.Length || !IsNumber(words[at]))
        {
            return false;
        }

        var joined = false;
        for (at++; at < words.Length - 1; at++)
        {
            if (!CounterJoiners.Contains(words[at], StringComparer.Ordinal))
            {
                return false;
            }

            joined = true;
        }

        return joined && at == words.Length - 1 && IsNumber(words[at]);
    }

    private static readonly char[] LeadingSeparators = ['·', '•', '|', '∙', ' '];

    /// <summary>Arrows written beside a link's label.</summary>
    private static readonly char[] Arrows = ['←', '→', '«', '»', '‹', '›', '<', '>', '⟵', '⟶', '◀', '▶'];

    /// <summary>A count written short with its thousands or millions mark ("1.2K", "23k", "4,5M").</summary>
    private static bool IsShortCount(ReadOnlySpan<char> text)
    {
        if (text.Length is < 2 or > 6 || text[^1] is not ('K' or 'k' or 'M'))
        {
            return false;
        }

        var number = text[..^1];
        var separator = number.IndexOfAny('.', ',');
        return number.Length > 0 && char.IsAsciiDigit(number[0]) && (separator < 0
            ? number.Length <= 3 && !number.ContainsAnyExceptInRange('0', '9')
            : separator <= 3 && number.Length == separator + 2 && char.IsAsciiDigit(number[^1]) && !number[..separator].ContainsAnyExceptInRange('0', '9'));
    }

    private static bool IsNumber(string word) => word.Length is > 0 and <= 3 && word.All(char.IsAsciiDigit);

    /// <summary>Whether a text is only a time of day ("1:23 p.m.", "13.45 Uhr", "9:05 AM ET"): hours, minutes, an optional half-day mark and zone or "Uhr".</summary>
    private static bool IsTimeOfDay(string text)
    {
        var words = text.Trim().TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 3)
        {
            return false;
        }

        var time = words[0];
        var colon = time.IndexOfAny(TimeSeparators);
        if (colon is < 1 or > 2 || time.Length - colon - 1 < 2 || !time[..colon].All(char.IsAsciiDigit) || !time[(colon + 1)..(colon + 3)].All(char.IsAsciiDigit))
        {
            return false;
        }

        var tail = time[(colon + 3)..];
        return (tail.Length == 0 || HalfDayMarks.Contains(tail))
            && words.Skip(1).All(w => (w.Length <= 5 && w.All(char.IsLetter)) || HalfDayMarks.Contains(w));
    }

    /// <summary>The characters between hours and minutes ("1:23", "13.45", "8h52").</summary>
    private static readonly char[] TimeSeparators = [':', '.', 'h'];

    /// <summary>The marks of a half day after a time, case ignored.</summary>
    private static readonly HashSet<string> HalfDayMarks = new(["am", "pm", "a.m", "p.m", "a.m.", "p.m."], StringComparer.OrdinalIgnoreCase);
}
