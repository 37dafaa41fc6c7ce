using System.Globalization;

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

    /// <summary>Labels of the credit for pictures in a byline line ("Text: Anna Berg / Fotos: Tom Weber"): the line ends before them.</summary>
    private static readonly string[] ImageCreditLabels = ["fotos:", "foto:", "photos:", "photo:", "bilder:", "bild:", "illustration:", "illustrationen:", "grafik:", "video:", "kamera:", "pictures:", "images:"];

    /// <summary>The byline without the picture credit that follows it on its line.</summary>
    private static string WithoutImageCredit(string text)
    {
        var lower = text.ToLowerInvariant();
        foreach (var label in ImageCreditLabels)
        {
            var at = lower.IndexOf(label, StringComparison.Ordinal);
            if (at > 0 && !char.IsLetter(lower[at - 1]))
            {
                text = text[..at].TrimEnd(' ', '/', ',', ';', '|', '-', '–');
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
}
