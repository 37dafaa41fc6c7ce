using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>The headline element's text as shown: line breaks and parts set apart as spaces, hidden parts left out, a forum's label and counter around the title dropped.</summary>
internal static partial class HeadlineFinder
{
    /// <summary>
    /// An element's text as shown: its text nodes joined, with a space for each line break and around each block inside it
    /// ("Last orders at the Anchor&lt;br&gt;after 200 years"), which the text nodes alone would run together.
    /// </summary>
    private static string ShownText(IElement element)
    {
        if (!HasLineBreak(element) && !HasHiddenOrSetApartChild(element) && element.QuerySelector(Selectors.Of("svg")) is null)
        {
            return ElementText.RawText(element);
        }

        // Walked without recursion: a hostile page nests without end. Hidden parts are left out; a child of the heading
        // set apart from the text before it ("<span>LIVE</span>Election night", "<span style="display:block">Our New
        // Collection</span><span style="display:block">Is Inspired...</span>") is a word of its own.
        var text = new System.Text.StringBuilder();
        for (var node = element.FirstChild; node is not null;)
        {
            var skip = false;
            if (node is IText piece)
            {
                if (node.ParentElement == element && IsSetApart(LastOf(text), piece.Data))
                {
                    text.Append(' ');
                }

                text.Append(piece.Data);
            }
            else if (node is IElement child)
            {
                skip = IsUnshown(child);
                if (!skip && (child.LocalName is "br" or "div" or "p"
                    || (child.ParentElement == element && (IsBlockStyled(child) || IsSetApart(LastOf(text), ElementText.RawText(child))))))
                {
                    text.Append(' ');
                }
            }

            if (!skip && node.FirstChild is { } down)
            {
                node = down;
                continue;
            }

            while (node is not null && node != element && node.NextSibling is null)
            {
                node = node.Parent;
            }

            node = node is null || node == element ? null : node.NextSibling;
        }

        return text.ToString();
    }

    /// <summary>
    /// Whether a part of a heading is not shown as its text: an icon (<c>&lt;svg&gt;&lt;title&gt;SZ Plus&lt;/title&gt;</c>: its
    /// title is a tooltip), hidden by the library's rule (<see cref="HiddenElements"/>), or
    /// named as text for screen readers or with a utility class that hides ("<c>&lt;span class="visually-hidden"&gt;Video,
    /// &lt;/span&gt;</c>", "<c>&lt;span class="hidden"&gt;:&lt;/span&gt;</c>"): a whole class token, read here only, where
    /// a stray word in the headline is what readers would see.
    /// </summary>
    private static bool IsUnshown(IElement element) =>
        element.LocalName == "svg" || HiddenElements.HidesItself(element) || (element.GetAttribute("class") is { Length: > 0 } names
            && names.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(UnshownClasses.Contains));

    private static readonly HashSet<string> UnshownClasses = new(
        ["hidden", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only", "u-hide", "u-hidden", "is-hidden", "invisible", "element-invisible", "hide-accessible"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a part of a heading starts a word of its own after the text before it: a letter or digit ends that text (<paramref name="before"/>, its last character, '\0' for none), and a capital opens the part.</summary>
    private static bool IsSetApart(char before, string part) =>
        char.IsLetterOrDigit(before) && part.Length > 0 && char.IsUpper(part[0]);

    private static char LastOf(System.Text.StringBuilder text) => text.Length > 0 ? text[^1] : '\0';

    private static char LastOf(string text) => text.Length > 0 ? text[^1] : '\0';

    private static bool IsBlockStyled(IElement element) =>
        element.GetAttribute("style") is { } style && style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("display:block", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a child of the heading is hidden, styled as a block, or opens with a capital right after a letter.</summary>
    private static bool HasHiddenOrSetApartChild(IElement element)
    {
        var before = '\0';
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IElement child)
            {
                var raw = ElementText.RawText(child);
                if (IsUnshown(child) || IsBlockStyled(child) || IsSetApart(before, raw))
                {
                    return true;
                }

                before = LastOf(raw);
            }
            else if (node is IText piece)
            {
                if (IsSetApart(before, piece.Data))
                {
                    return true;
                }

                before = LastOf(piece.Data);
            }
        }

        return false;
    }

    /// <summary>Whether a line break or a block stands anywhere inside the element (walked without recursion: a hostile page nests without end).</summary>
    private static bool HasLineBreak(IElement element) => Subtree.HasElementNamed(element, ["br", "div", "p"]);

    /// <summary>The most characters of a label and a counter around a title in its heading.</summary>
    private const int MaxTitleLabelLength = 40;

    /// <summary>
    /// A forum's heading without its label and counter around the thread's title, when the document title states the
    /// title alone ("Thema: Heizungspumpe läuft ständig", "Author Topic: SWR jumps on 40m (Read 1585 times)"): the text
    /// before the title must end with a colon, the text after it be in parentheses, both short. The text otherwise.
    /// </summary>
    /// <summary>
    /// The headline without the mark of a story's update that newsrooms set beside it: "(Updated)", "[UPDATE]",
    /// "(aktualisiert)" at its end, "UPDATE |" or "UPDATED:" in capitals at its start. What is left keeps at least
    /// <see cref="MinWordsBesideUpdateMarker"/> words ("Update: Release notes" is a title of its own).
    /// </summary>
    internal static string WithoutUpdateMarker(string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length > 0 && trimmed[^1] is ')' or ']' && trimmed.LastIndexOf(trimmed[^1] == ')' ? '(' : '[') is > 0 and var open
            && UpdateMarkers.Contains(trimmed[(open + 1)..^1].Trim()) && trimmed[..open].TrimEndAny([' ', '-', '–', '—']) is var rest
            && TextTools.WordCount(rest) >= MinWordsBesideUpdateMarker)
        {
            return rest;
        }

        foreach (var separator in LeadingMarkerSeparators)
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && text[..at].Trim() is var label && label.All(c => !char.IsLetter(c) || char.IsUpper(c)) && UpdateMarkers.Contains(label)
                && text[(at + separator.Length)..].Trim() is var after && TextTools.WordCount(after) >= MinWordsBesideUpdateMarker)
            {
                return after;
            }
        }

        return text;
    }

    /// <summary>Words of a story's update mark beside its headline (see <see cref="WithoutUpdateMarker"/>), case ignored.</summary>
    private static readonly HashSet<string> UpdateMarkers = new(
        ["updated", "update", "updates", "aktualisiert", "mis à jour", "mise à jour", "actualizado", "actualizada", "actualización", "bijgewerkt", "aggiornato", "aggiornamento", "atualizado"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>What sets a leading update mark apart from the headline ("UPDATE | ...", "UPDATED: ...").</summary>
    private static readonly string[] LeadingMarkerSeparators = [" | ", ": ", " – ", " — ", " - "];

    /// <summary>The fewest words of a headline left beside an update mark.</summary>
    private const int MinWordsBesideUpdateMarker = 3;

    private static string WithoutLabels(string text, List<(string Text, ValueSource Source)> claims)
    {
        foreach (var (claim, source) in claims)
        {
            if (source != ValueSource.TitleElement || claim.Length < 8 || claim.Length >= text.Length)
            {
                continue;
            }

            var at = text.IndexOf(claim, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var before = text[..at].Trim();
            var after = text[(at + claim.Length)..].Trim();
            if ((before.Length == 0 || before.EndsWith(':')) && (after.Length == 0 || (after.StartsWith('(') && after.EndsWith(')')))
                && before.Length + after.Length is > 0 and <= MaxTitleLabelLength && !(before.Length > 0 && after.Length == 0 && before.Contains(' ', StringComparison.Ordinal)))
            {
                return claim;
            }
        }

        return text;
    }
}
