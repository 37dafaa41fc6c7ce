using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>
/// Boxes that open with their own close control (a shop's shipping-costs layer: <c>&lt;div id="vkinfo"&gt;&lt;div
/// class="close"&gt;Schließen [X]&lt;/div&gt;&lt;h3&gt;Versandkosten&lt;/h3&gt;...</c>; a newsletter pop-up's "×"): layers a
/// reader closes, whatever their names, weighed like a consent banner. A box longer than
/// <see cref="ConsentBoxes.MaxChars"/> or holding the headline is not one.
/// </summary>
internal static class DismissableBoxes
{
    /// <summary>The longest text (in characters) of a close control.</summary>
    private const int MaxControlChars = 20;

    /// <summary>The words of a close control, lower case, without brackets and spaces ("Schließen [X]" reads "schließenx").</summary>
    private static readonly HashSet<string> CloseWords = new(StringComparer.Ordinal)
    {
        "×", "✕", "✖", "x", "close", "closex", "schließen", "schließenx", "schliessen", "schliessenx", "fermer", "fermerx",
        "cerrar", "cerrarx", "chiudi", "chiudix", "sluiten", "sluitenx", "zamknij", "zamknijx", "fechar", "fecharx",
    };

    /// <summary>Per element, whether it is a box that opens with its own close control; null when the page has none.</summary>
    public static bool[]? Find(PageMap map, int[] rawChars)
    {
        bool[]? found = null;
        for (var i = 1; i < map.Count; i++)
        {
            var box = map.Parents[i];
            if (box < 0 || map.OwnChars[i] is 0 or > MaxControlChars || map.Tags[box] is not ("div" or "section" or "aside" or "dialog")
                || rawChars[box] > ConsentBoxes.MaxChars || map.Tags[i] is not ("div" or "span" or "a" or "button")
                || map.Elements[box].FirstElementChild != map.Elements[i] || !IsCloseControl(map.Elements[i]))
            {
                continue;
            }

            if (!ConsentBoxes.HoldsHeadline(map, box))
            {
                found ??= new bool[map.Count];
                found[box] = true;
            }
        }

        return found;
    }

    private static bool IsCloseControl(IElement control)
    {
        var text = ElementText.Text(control, MaxControlChars);
        if (text.Length > MaxControlChars)
        {
            return false;
        }

        var key = string.Concat(text.ToLowerInvariant().Where(c => c is not ('[' or ']' or '(' or ')' or ' ')));
        return CloseWords.Contains(key);
    }
}
