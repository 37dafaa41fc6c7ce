using NewsKit.Models;

namespace NewsKit.Body;

/// <summary>
/// Lines that are a widget's controls rather than text, read from their text alone wherever they stand in the body: a
/// gallery's counter ("Image 1 of 8", "Bild 3 von 12", "1 of / 8") and a button's label ("Close", "Caption",
/// "Schließen"). Sites whose class names say nothing (hashed, utility classes) leave them among the paragraphs.
/// </summary>
internal static class ControlLines
{
    /// <summary>The longest line read as a control (in characters).</summary>
    public const int MaxChars = 24;

    /// <summary>Button labels of galleries and players that are a whole line, lower case.</summary>
    public static readonly string[] Labels =
    [
        "close", "caption", "show caption", "hide caption", "toggle caption", "expand", "collapse", "fullscreen", "full screen",
        "enlarge", "click to enlarge", "previous", "prev", "next", "view gallery", "open gallery",
        "schließen", "bildunterschrift", "vergrößern", "vollbild", "zurück", "weiter", "vorheriges bild", "nächstes bild",
        "fermer", "légende", "agrandir", "précédent", "suivant", "cerrar", "ampliar", "anterior", "siguiente",
        "chiudi", "didascalia", "ingrandisci", "precedente", "successivo",
    ];

    /// <summary>Words for a picture that may open a counter ("Image 1 of 8").</summary>
    private static readonly string[] CounterWords = ["image", "photo", "picture", "slide", "bild", "foto", "imagen", "immagine"];

    /// <summary>Words between a counter's two numbers ("of", "von", "de", "/").</summary>
    private static readonly string[] CounterJoiners = ["of", "von", "de", "di", "sur", "van", "z", "/", "aus"];

    /// <summary>Drops every control line from <paramref name="blocks"/> (see the class summary).</summary>
    public static void Drop(List<BodyBlock> blocks) =>
        blocks.RemoveAll(b => b.Kind == BlockKind.Paragraph && b.Text.Length <= MaxChars && IsControl(b.Text));

    /// <summary>Whether a line is a gallery counter or a button label.</summary>
    public static bool IsControl(string line)
    {
        var text = line.Trim().ToLowerInvariant();
        if (Labels.Contains(text, StringComparer.Ordinal))
        {
            return true;
        }

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

    private static bool IsNumber(string word) => word.Length is > 0 and <= 3 && word.All(char.IsAsciiDigit);
}
