using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>
/// The text of an element read as a line of its own: its text nodes, the links and emphasis inside it (a name, a section),
/// and a date a template sets in pieces side by side.
/// </summary>
internal static partial class DateLines
{
    /// <summary>The most icons and blanks read before the first words of a line (<see cref="OpensWithDateWord"/>).</summary>
    private const int MaxLeadingIcons = 4;

    /// <summary>Whether a node is an icon: an empty inline element (<c>i</c>, <c>span</c>, <c>svg</c>, <c>img</c>) that shows no text.</summary>
    private static bool IsIcon(INode node) =>
        node is IElement { LocalName: "i" or "span" or "svg" or "img" or "em" } icon && icon.ChildElementCount <= 2 && ElementText.TextLength(icon, 1) == 0;

    /// <summary>
    /// The text of an element that is a line of text alone: text nodes, and line breaks between them (a break a layout
    /// shows on small screens only), an icon without text before them skipped; null when it holds any other element or no text.
    /// </summary>
    private static string? LineText(IElement element)
    {
        if (element.FirstChild is IText only && only.NextSibling is null)
        {
            return only.Data;
        }

        if (SplitDateText(element) is { } split)
        {
            return split;
        }

        string? joined = null;
        // A line of its own holds a phrase or two (a name, a section); more elements make a menu or a sentence.
        var phrases = element.ChildElementCount <= MaxLinePhrases;
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IText text)
            {
                joined = joined is null ? text.Data : string.Concat(joined, " ", text.Data);
            }
            else if (phrases && node is IElement child && child.LocalName != "br" && PhraseText(child) is { } phrase && !(child.LocalName == "a" && InListOfLinks(element)))
            {
                // "By <a>Jane</a> | March 5, 2016", "by <strong>oldrider</strong> » Tue Mar 12, 2013": a name or a
                // section set in a link or in bold is part of the line. Phrases in elements side by side are words apart
                // ("<span class="gun">12</span><span class="ay">Şubat</span><span class="yil">2023</span>").
                joined = joined is null ? phrase
                    : node.PreviousSibling is IElement && joined.Length > 0 && char.IsLetterOrDigit(joined[^1]) && phrase.Length > 0 && char.IsLetterOrDigit(phrase[0])
                        ? string.Concat(joined, " ", phrase)
                        : string.Concat(joined, phrase);
            }
            else if (!string.IsNullOrWhiteSpace(joined) && node is IElement counter && ElementText.TextLength(counter, MaxCommentCountChars + 1) <= MaxCommentCountChars
                && IsCommentCount(ElementText.RawText(counter)))
            {
                // "von <a>Fabian Koch</a> – Mittwoch, 21.02.2024, 10:12 Uhr <a href="#comments">45 Kommentare</a>": the comments'
                // link ends the line.
                return joined;
            }
            else if (!string.IsNullOrWhiteSpace(joined) && node is IElement update && UpdatePhrase(update) is { } updated)
            {
                // "12 aprile 2023 alle 08:30 <span class="agg">aggiornato alle 10:12</span>": the update after the date is
                // part of the line (it is split at its word when read).
                joined = string.Concat(joined, " ", updated);
            }
            else if (node is IElement { LocalName: "div" or "p" or "ul" or "ol" or "table" or "section" } && !string.IsNullOrWhiteSpace(joined))
            {
                // "<div class="author"><a>Jane Roe</a>, 21. Jan. 2015 <div class="rating">...": a block ends the line.
                return joined;
            }
            else if (joined is null && node is IElement icon && icon.LocalName is "a" or "span" or "i" or "img" or "svg" && ElementText.TextLength(icon, 1) == 0)
            {
                // "<a name="post887301"><img alt="Old" src="post_old.gif"></a>18.01.2021, 21:40": an icon before the line's text
                // shows none of it.
            }
            else if (node is IElement other && (other.LocalName != "br" || other.HasChildNodes))
            {
                return null;
            }

            if (joined is { Length: > MaxRawLineLength })
            {
                return null;
            }
        }

        return joined;
    }

    /// <summary>
    /// The text of an element inside a line when it is a phrase of it: a link or emphasis that holds only a short text
    /// without a number (a byline's name, a section's name); null otherwise (a date set apart in an element of its own is
    /// read on its own).
    /// </summary>
    /// <summary>The most pieces of a date written in elements of their own (day, month, year, weekday, time).</summary>
    private const int MaxSplitDatePieces = 5;

    /// <summary>The longest piece of a date written in elements of its own ("Şubat", "September", "2023").</summary>
    private const int MaxSplitDatePieceChars = 12;

    /// <summary>
    /// The pieces of a date the template sets in elements of their own, side by side and nothing else, joined by spaces
    /// ("<c>&lt;span class="gun"&gt;12&lt;/span&gt;&lt;span class="ay"&gt;Şubat&lt;/span&gt;&lt;span class="yil"&gt;2023&lt;/span&gt;</c>":
    /// "12 Şubat 2023"); null for any other element.
    /// </summary>
    private static string? SplitDateText(IElement element)
    {
        if (element.ChildElementCount is < 2 or > MaxSplitDatePieces)
        {
            return null;
        }

        // Judged before any text is built: most elements with a few children are no date in pieces.
        var digits = false;
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IText text)
            {
                if (!string.IsNullOrWhiteSpace(text.Data))
                {
                    return null;
                }
            }
            else if (node is IElement piece)
            {
                if (piece.ChildElementCount > 0 || piece.FirstChild is not IText { Data: var data } || piece.FirstChild.NextSibling is not null
                    || data.AsSpan().Trim() is not { Length: > 0 and <= MaxSplitDatePieceChars } shown)
                {
                    return null;
                }

                digits |= shown.ContainsAnyInRange('0', '9');
            }
        }

        if (!digits)
        {
            return null;
        }

        var pieces = new List<string>(MaxSplitDatePieces);
        foreach (var piece in element.Children)
        {
            pieces.Add(piece.TextContent.Trim());
        }

        return string.Join(' ', pieces);
    }

    /// <summary>
    /// The text of an inline element that names an update ("aggiornato alle 10:12", "Atualizada em 13/04/2023 10h12"): text
    /// alone that opens with an update word, at most <see cref="MaxDateLineLength"/> characters; null otherwise.
    /// </summary>
    private static string? UpdatePhrase(IElement element)
    {
        if (element.ChildElementCount > 0 || element.LocalName is "div" or "p" or "li" || ElementText.TextLength(element, MaxDateLineLength) > MaxDateLineLength)
        {
            return null;
        }

        var text = ElementText.RawText(element).Trim();
        return StartsWithLower(text, MetadataRules.UpdatedWords) ? text : null;
    }

    private static string? PhraseText(IElement element) =>
        IsPhraseMarkup(element, 0) && ElementText.TextLength(element, MaxDateLineLength) <= MaxDateLineLength
        && ElementText.RawText(element) is var text && !HasNumber(text) ? text : null;

    /// <summary>
    /// Whether the line is one of a list of dated links (a sitemap, an archive, other stories: "<c>&lt;li&gt;&lt;a&gt;Title&lt;/a&gt; –
    /// 2019-03-05&lt;/li&gt;</c>"): at least two more elements of its tag beside it are short lines (at most
    /// <see cref="MaxVisibleTextLength"/> characters as shown) holding a link and a digit; the article's text or its comments beside a
    /// byline <c>div</c> are no list item.
    /// </summary>
    private static bool InListOfLinks(IElement line)
    {
        var alike = 0;
        for (var sibling = line.ParentElement?.FirstElementChild; sibling is not null; sibling = sibling.NextElementSibling)
        {
            if (sibling != line && sibling.LocalName == line.LocalName && sibling.QuerySelector(Selectors.Of("a")) is not null
                && ElementText.ShownLength(sibling, MaxVisibleTextLength) <= MaxVisibleTextLength
                && ElementText.RawText(sibling).AsSpan().ContainsAnyInRange('0', '9') && ++alike >= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text holds a number of its own ("Route 66", "March 5"); digits inside a word ("r23", a user name) are no number.</summary>
    private static bool HasNumber(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                var start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                if ((start == 0 || !char.IsLetter(text[start - 1])) && (i == text.Length || !char.IsLetter(text[i])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the element and the elements inside it (three levels at most: "<c>&lt;span&gt;von &lt;strong&gt;&lt;a&gt;r23&lt;/a&gt;&lt;/strong&gt;&lt;/span&gt;</c>") are links and emphasis.</summary>
    private static bool IsPhraseMarkup(IElement element, int depth)
    {
        if (depth > 2 || element.LocalName is not ("a" or "strong" or "b" or "em" or "i" or "span" or "font" or "small"))
        {
            return false;
        }

        foreach (var child in element.Children)
        {
            if (!IsPhraseMarkup(child, depth + 1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The most child elements of a line whose links and emphasis are read as phrases of it.</summary>
    private const int MaxLinePhrases = 4;

    /// <summary>The longest text (in characters) of a count of comments at a line's end ("45 Kommentare").</summary>
    private const int MaxCommentCountChars = 24;

    /// <summary>
    /// The line before a font-size control that Chinese portals end their date line with ("2025年03月05日 09:20 来源：... 【字体：大
    /// 中 小】", "字号：T|T").
    /// </summary>
    internal static string WithoutFontSizeControl(string line)
    {
        foreach (var control in FontSizeControls)
        {
            if (line.IndexOf(control, StringComparison.Ordinal) is var at and > 0)
            {
                return line[..at].TrimEnd();
            }
        }

        return line;
    }

    /// <summary>Openings of a font-size control (<see cref="WithoutFontSizeControl"/>).</summary>
    private static readonly string[] FontSizeControls = ["【字体", "【字體", "【字号", "[字体", "字体：", "字體：", "字号：", "字號："];
}
