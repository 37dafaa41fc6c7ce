using AngleSharp.Dom;
using NewsKit.Pipeline;
using NewsKit.Timestamps;

namespace NewsKit.Metadata;

/// <summary>
/// Reads dates from the visible lines of an article's header: a line that opens with a date word ("Published", "Updated"),
/// a short line that is mostly a date, and the text of an element that holds date elements of its own.
/// </summary>
internal static partial class DateLines
{
    internal const int MaxVisibleTextLength = 160;
    /// <summary><see cref="MetadataRules.DateSelector"/>, matched by hand on the elements near the headline.</summary>
    internal static readonly SimpleSelector DateMarkup = SimpleSelector.Parse(MetadataRules.DateSelector);

    /// <summary>
    /// The value of the first of <see cref="MetadataRules.DateDataAttributes"/> the element has ("<c>&lt;span
    /// data-timestamp="1551780000"&gt;</c>", a script's input for the date it writes in); null when it has none.
    /// </summary>
    internal static string? DataDate(IElement element)
    {
        // Most elements have no data attribute at all: one pass over their attributes, instead of a lookup per name.
        var attributes = element.Attributes;
        var data = false;
        for (var k = 0; k < attributes.Length && !data; k++)
        {
            data = attributes[k]!.Name.StartsWith("data-", StringComparison.Ordinal);
        }

        if (!data)
        {
            return null;
        }

        foreach (var name in MetadataRules.DateDataAttributes)
        {
            if (element.GetAttribute(name) is { Length: > 0 } value)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// The text to read for an element that may hold other date elements: its whole text when it holds none, or
    /// when its pieces ("Nov. 19, 2019" and "5:53 PM" in two children) give less than the whole; else only its own
    /// text, since the date elements inside are read on their own.
    /// </summary>
    /// <param name="context">The page.</param>
    /// <param name="dates">Reads the page's dates.</param>
    /// <param name="element">The element that may hold other date elements.</param>
    /// <param name="headline">The headline element, when known: its text is never read as a date line (a date in a
    /// headline is the story's subject, "Ergebnisse: Aalen-Unterkochen, 19.5.2007"); the headline itself reads as empty.</param>
    /// <param name="ownOnly">Whether the text returned leaves out the date elements inside (what they say of themselves, an update marker, is then not the text's).</param>
    internal static string ContainerText(ExtractionContext context, PageDates dates, IElement element, IElement? headline, out bool ownOnly)
    {
        ownOnly = false;
        if (element == headline)
        {
            return string.Empty;
        }

        // The text is read up to its longest length first: a long container is never a date line, however long its
        // headline, and its text without the headline is not built.
        var holdsHeadline = headline is not null && element.Contains(headline);
        var headlineLength = holdsHeadline ? ElementText.TextLength(headline!) : 0;
        var whole = ElementText.SpacedText(element, MaxVisibleTextLength + headlineLength);
        if (whole.Length > MaxVisibleTextLength + headlineLength)
        {
            return whole;
        }

        if (holdsHeadline)
        {
            whole = OwnText(element, [headline!]);
            if (whole.Length > MaxVisibleTextLength)
            {
                return whole;
            }
        }

        var inner = context.Index.DescendantsOf(element).Where(DateMarkup.Matches).ToHashSet();
        if (inner.Count == 0)
        {
            return whole;
        }

        if (holdsHeadline)
        {
            inner.Add(headline!);
        }

        var own = OwnText(element, inner);
        if (own.Length > 0 && dates.Normalize(own, TimestampSource.VisibleText, searchWithinText: true) is not null)
        {
            ownOnly = true;
            return own;
        }

        var wholeValue = dates.Normalize(whole, TimestampSource.VisibleText, searchWithinText: true);
        var bestPiece = inner
            .Where(e => e != headline)
            .Select(e => ElementText.SpacedText(e))
            .Where(t => t.Length is > 0 and <= MaxVisibleTextLength)
            .Select(t => dates.Normalize(t, TimestampSource.VisibleText, searchWithinText: true)?.Precision)
            .Max();
        ownOnly = !(wholeValue is not null && (bestPiece is null || wholeValue.Precision > bestPiece));
        return ownOnly ? own : whole;
    }

    /// <summary>The element's text without the text of the date elements inside it.</summary>
    internal static string OwnText(IElement element, HashSet<IElement> inner)
    {

        var sb = new System.Text.StringBuilder();
        foreach (var node in element.GetDescendants())
        {
            if (node is not IText text || text.ParentElement is not { } parent || parent.TagName is "SCRIPT" or "STYLE")
            {
                continue;
            }

            var insideInner = false;
            for (var current = parent; current is not null && current != element; current = current.ParentElement)
            {
                if (inner.Contains(current))
                {
                    insideInner = true;
                    break;
                }
            }

            if (!insideInner)
            {
                sb.Append(text.Data).Append(' ');
            }
        }

        return ElementText.Collapse(sb.ToString());
    }

    /// <summary>
    /// Whether the element's own text opens with "Published", "Posted", "Updated" and the like, icons before it aside
    /// ("<c>&lt;p&gt;&lt;i class="fa fa-calendar"&gt;&lt;/i&gt; Publicado em 23/05/2024 · ...</c>").
    /// </summary>
    internal static bool OpensWithDateWord(IElement element)
    {
        var first = element.FirstChild;
        for (var k = 0; k < MaxLeadingIcons && first is not null && (first is IText { Data: var blank } ? string.IsNullOrWhiteSpace(blank) : IsIcon(first)); k++)
        {
            first = first.NextSibling;
        }

        if (first is not IText text || text.Data.Length > MaxVisibleTextLength)
        {
            return false;
        }

        var start = text.Data.AsSpan().TrimStart();
        if (start.Length == 0)
        {
            return false;
        }

        return StartsWithLower(start, DateWords);
    }

    internal static readonly string[] DateWords = [.. MetadataRules.PublishedWords, .. MetadataRules.UpdatedWords, .. MetadataRules.PostedSentences, .. MetadataRules.ManuscriptDateLabels];

    /// <summary>Whether a text opens with a sentence that says when the post was posted (<see cref="MetadataRules.PostedSentences"/>).</summary>
    internal static bool OpensWithPostedSentence(string text) => StartsWithLower(text.AsSpan().TrimStart(), MetadataRules.PostedSentences);

    /// <summary>
    /// Whether the element is a short line of its own that is mostly a date ("January 22, 2014", "Pressemitteilung vom
    /// 20.01.2022"): at most <see cref="MaxDateLineLength"/> characters as shown (white space collapsed), text alone (line
    /// breaks aside), with a digit, and a date found in it
    /// beside at most <see cref="MaxDateLineLabel"/> other characters; an inline element only in a short line (<see cref="MaxDateLineContext"/>
    /// characters as shown, white space collapsed), not in running text. A line with the publication and the update
    /// ("Erstellt am 03.02.2021 | Aktualisiert am 10.02.2021") may be twice as long, each part mostly a date.
    /// </summary>
    internal static bool IsShortDateLine(PageDates dates, IElement element)
    {
        if (LineText(element) is not { } raw || raw.Length > MaxRawLineLength)
        {
            return false;
        }

        if (element.FirstChild is IText { Data: var lead } && element.FirstChild.NextSibling is IElement { LocalName: "br" }
            && ElementText.Collapse(lead).Trim() is { Length: >= 6 and <= MaxDateLineLength } firstLine && firstLine.AsSpan().ContainsAnyInRange('0', '9')
            && dates.Normalize(firstLine, TimestampSource.VisibleText, searchWithinText: true) is { Precision: >= TimestampPrecision.Day } onFirst
            && firstLine.Length - onFirst.Text.Length <= MaxDateLineLabel)
        {
            // "27.11.2012 09:45<br>Kategorie: Veranstaltungen": the date on a line of its own, the category under it.
            return true;
        }

        // As it shows: runs of white space are one space; a font-size control at its end is no part of it.
        var line = WithoutFontSizeControl(ElementText.Collapse(raw)).AsSpan();
        // Two labelled dates on one line may take twice the length of one.
        if (line.Length < 6 || line.Length > 2 * MaxDateLineLength || !line.ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        // Inline emphasis inside running text ("<strong>As of 29 November 2018</strong>, thirty artworks...") is
        // part of a sentence, not a line of its own.
        if (element.LocalName is not ("p" or "div" or "li" or "dd" or "td") && element.ParentElement is { } parent
            && ElementText.ShownLength(parent, MaxDateLineContext) > MaxDateLineContext && !StandsAsLine(element))
        {
            return false;
        }

        // A release's reference number ("Pressemitteilung Nr. 045/2021 vom 18. März 2021") is no part of the label; a byline
        // after the date ("Martedì 10 febbraio 2026 - di Piero Gallo") is a line of its own run into this one.
        var text = line.ToString();
        if (text.Length > MaxDateLineLength && BylineParser.DateBeforeByline(text) is { Length: > 0 } dated)
        {
            text = dated;
            line = text.AsSpan();
        }

        var reference = ReferenceNumberLength(text);
        var found = dates.Normalize(text, TimestampSource.VisibleText, searchWithinText: true);
        if (found is not null && line.Length - reference <= MaxDateLineLength
            && line.Length - reference - found.Text.Length <= MaxDateLineLabel && !EndsDayRange(line, found.Text))
        {
            return true;
        }

        // "Erstellt am 03.02.2021 | Aktualisiert am 10.02.2021": the publication and the update on one line.
        // "12 aprile 2023 alle 08:30 aggiornato alle 10:12": an update of the same day may give its time alone.
        return (SplitAtUpdate(text) is ({ } first, { } update) && IsLabelledDate(dates, first) && (IsLabelledDate(dates, update) || IsLabelledTime(update)))
            || (found is not null && IsDateBesideSource(found, text)) || IsLabelledDateAfterWords(dates, text);
    }

    /// <summary>
    /// Whether a line names its publication after other words: a publishing word and its date with at most
    /// <see cref="MaxDateLineLabel"/> other characters, at the line's end ("Lokales · Veröffentlicht am 04.02.2021", "Ausgabe
    /// 05/2021 · Erscheinungstag: 04.02.2021").
    /// </summary>
    private static bool IsLabelledDateAfterWords(PageDates dates, string line) =>
        FromWord(line, MetadataRules.PublishedWords) is { } labelled && labelled.Length < line.Length && line.EndsWith(labelled, StringComparison.Ordinal)
        && IsLabelledDate(dates, labelled);

    /// <summary>
    /// Whether a line is a whole date at one end and the source, desk or place at the other, set apart by a separator
    /// ("Tue, Mar 5, 2024, 08:20 pm, News Desk, Sri Lanka.", "Philippine Daily Inquirer / 05:14 AM March 07, 2024"): the
    /// other part has no digit and at most <see cref="MaxDateLineLength"/> + <see cref="MaxDateLineLabel"/> characters. (Words
    /// between the date and the separator, "08:20 pm SL Time, ...", make no such line.)
    /// </summary>
    /// <param name="found">The date the whole line gives.</param>
    /// <param name="line">The line, white space collapsed.</param>
    private static bool IsDateBesideSource(Timestamp found, string line)
    {
        if (found.Precision < TimestampPrecision.Day || (found.Assumptions & TimestampAssumptions.YearInferred) != 0
            || line.IndexOf(found.Text, StringComparison.Ordinal) is not (>= 0 and var at))
        {
            return false;
        }

        var before = line.AsSpan(0, at).Trim();
        var after = line.AsSpan(at + found.Text.Length).Trim();
        var other = before.Length == 0 ? after : after.Trim('.').Length == 0 ? before : default;
        return other.Length is > 0 and <= MaxDateLineLength + MaxDateLineLabel && !other.ContainsAnyInRange('0', '9')
            && (before.Length == 0 ? SourceSeparators.Contains(other[0]) : SourceSeparators.Contains(other[^1]));
    }

    /// <summary>The characters that set a date apart from the source beside it on one line.</summary>
    private static readonly char[] SourceSeparators = [',', '/', '|', '-', '–', '—', '·', '•'];

    /// <summary>Whether a part of a line is a clock time ("10:12", "10h12") with at most <see cref="MaxDateLineLabel"/> other characters.</summary>
    private static bool IsLabelledTime(string part)
    {
        var digits = 0;
        var clock = false;
        for (var i = 0; i < part.Length; i++)
        {
            if (char.IsAsciiDigit(part[i]))
            {
                digits++;
            }
            else if (part[i] is ':' or 'h' && i > 0 && i + 2 < part.Length && char.IsAsciiDigit(part[i - 1]) && char.IsAsciiDigit(part[i + 1]) && char.IsAsciiDigit(part[i + 2]))
            {
                clock = true;
            }
        }

        return clock && digits <= 4 && part.Length - digits - 1 <= MaxDateLineLabel;
    }

    /// <summary>
    /// Whether the element is a byline line that names its date after a publishing or update word ("By Mike Brown —
    /// Published Feb 3, 2021", "Von Anna Berg | Veröffentlicht am 03.02.2021") or ends with it: a line of text alone, at
    /// most <see cref="MaxBylineDateLineLength"/> characters, that opens with a byline word and has a date word after it
    /// or a date at its end.
    /// </summary>
    internal static bool IsBylineWithDateLabel(PageDates dates, IElement element)
    {
        if (LineText(element) is not { } raw || raw.Length > 2 * MaxBylineDateLineLength)
        {
            return false;
        }

        // A count of comments at the line's end ("Von Fabian Koch – Mittwoch, 21.02.2024, 10:12 Uhr 45 Kommentare") is the
        // comments' link, not the line's.
        var line = WithoutCommentCount(ElementText.Collapse(raw));
        if (!BylineParser.OpensWithPrefix(line) && ScreenReaderLead(element) is { } lead && line.StartsWith(lead, StringComparison.Ordinal))
        {
            // "<a title="Post"><span class="sr-only">Post</span></a> by orionfan » Tue Mar 05, 2019 10:21 am" (phpBB's
            // prosilver): the icon's label for screen readers is no part of the byline the line shows.
            line = line[lead.Length..].TrimStart();
        }

        // A line the page names its byline ("<p class="author">ogrodnik_marek » pn 3 sty 2022, 18:22</p>", phpBB in a language
        // whose template writes no "by") needs no byline word: its date at its end is the post's.
        return line.Length <= MaxBylineDateLineLength && line.AsSpan().ContainsAnyInRange('0', '9')
            && (BylineParser.OpensWithPrefix(line) ? SecondLabel(line.LowerInvariant(), DateWords) > 0 || EndsWithDate(dates, line)
                : IsNamedByline(element) && EndsWithDate(dates, line));
    }

    /// <summary>A line without the count of comments it ends with ("45 Kommentare", "12 comments", "3 replies").</summary>
    private static string WithoutCommentCount(string line) =>
        CommentCountAt(line) is > 0 and var at ? line[..at].TrimEnd() : line;

    /// <summary>Whether a text is a count of comments alone ("45 Kommentare", "12 comments").</summary>
    private static bool IsCommentCount(string text) => CommentCountAt(ElementText.Collapse(text).Trim()) == 0;

    /// <summary>
    /// Where the count of comments a line ends with starts: a number that opens the line or follows a space, a space, and a
    /// word of <see cref="CommentWords"/>; -1 when the line ends with none.
    /// </summary>
    private static int CommentCountAt(string line)
    {
        var last = line.LastIndexOf(' ');
        if (last <= 0 || !CommentWords.Contains(line[(last + 1)..]))
        {
            return -1;
        }

        var number = line.AsSpan(0, last).TrimEnd().Length;
        var start = number;
        while (start > 0 && char.IsAsciiDigit(line[start - 1]))
        {
            start--;
        }

        return start < number && (start == 0 || line[start - 1] == ' ') ? start : -1;
    }

    /// <summary>Words of a count of comments or replies after its number.</summary>
    private static readonly HashSet<string> CommentWords = new(
        ["comments", "comment", "kommentare", "kommentar", "commentaires", "commentaire", "comentarios", "comentario", "comentários",
        "commenti", "commento", "reacties", "reactie", "komentarze", "komentarzy", "replies", "responses", "antworten", "reaktionen"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The text of the line's first child element when all of it is a label for screen readers only (an icon link's
    /// "<c>&lt;span class="sr-only"&gt;Post&lt;/span&gt;</c>": <see cref="ScreenReaderMarkers"/>), white space collapsed; null otherwise.
    /// </summary>
    private static string? ScreenReaderLead(IElement line)
    {
        if (line.FirstElementChild is not { } first || line.FirstChild is IText { Data: var before } && !string.IsNullOrWhiteSpace(before))
        {
            return null;
        }

        var length = ElementText.TextLength(first);
        if (length == 0)
        {
            return null;
        }

        // The label itself or an element inside it that holds all its text (beside an icon): such elements make one chain
        // down from it (an element's text is all its parent's only when its siblings have none), walked without reading
        // the rest of the subtree (an icon's SVG paths).
        for (var element = first; element is not null;)
        {
            if (PageRegions.HasMarker(element, ScreenReaderMarkers))
            {
                return ElementText.Collapse(first.TextContent).Trim();
            }

            var next = default(IElement);
            foreach (var child in element.Children)
            {
                if (ElementText.TextLength(child) == length)
                {
                    next = child;
                    break;
                }
            }

            element = next;
        }

        return null;
    }

    /// <summary>Class words of text meant for screen readers only: <c>sr-only</c>, <c>screen-reader-text</c>, <c>visually-hidden</c>, <c>visuallyhidden</c>.</summary>
    private static readonly MarkerSet ScreenReaderMarkers = new("sr-only", "screen-reader-text", "visually-hidden", "visuallyhidden");

    /// <summary>
    /// Whether a byline line ends with a day's date, a time at most after it ("Eingetragen von Susanne am 05.03.2019 um
    /// 10:21 Uhr", "Messaggio da Luca_F » mar 5 mar 2019, 10:21"): the name before it is the byline's, however long.
    /// </summary>
    private static bool EndsWithDate(PageDates dates, string line) =>
        dates.Normalize(line, TimestampSource.VisibleText, searchWithinText: true) is { Precision: >= TimestampPrecision.Day } date
        && line.IndexOf(date.Text, StringComparison.Ordinal) is var at and > 0
        && line.Length - (at + date.Text.Length) <= MaxTrailingTimeChars;

    /// <summary>The most characters after a byline's date (a time it did not take in: "um 10:21 Uhr").</summary>
    private const int MaxTrailingTimeChars = 14;

    /// <summary>The longest byline line (in characters, as shown) read for the date it names after a date word or at its end.</summary>
    private const int MaxBylineDateLineLength = 100;

    /// <summary>
    /// Whether an inline element stands as a line of its own between blocks ("&lt;h1&gt;...&lt;/h1&gt;&lt;span
    /// class="fecha"&gt;03/02/2021&lt;/span&gt;&lt;p&gt;..."): no text beside it in its parent, and the elements beside it
    /// are blocks or line breaks.
    /// </summary>
    private static bool StandsAsLine(IElement element) => StandsApart(element.PreviousSibling, before: true) && StandsApart(element.NextSibling, before: false);

    private static bool StandsApart(INode? node, bool before)
    {
        for (; node is not null; node = before ? node.PreviousSibling : node.NextSibling)
        {
            switch (node)
            {
                case IText text when string.IsNullOrWhiteSpace(text.Data):
                    continue;
                case IElement sibling:
                    return sibling.LocalName is "br" or "p" or "div" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "ul" or "ol" or "table"
                        or "figure" or "section" or "header" or "hr" or "blockquote" or "dl";
                case IText:
                    return false;
            }
        }

        return true;
    }

    /// <summary>Whether a part of a line is a date with at most <see cref="MaxDateLineLabel"/> other characters.</summary>
    private static bool IsLabelledDate(PageDates dates, string part) =>
        dates.Normalize(part, TimestampSource.VisibleText, searchWithinText: true) is { } date && part.Length - date.Text.Length <= MaxDateLineLabel;

    /// <summary>The most characters of raw text (before white space is collapsed) looked at for a date line.</summary>
    private const int MaxRawLineLength = 400;

    /// <summary>A date line may say this many characters besides its date ("Pressemitteilung vom").</summary>
    internal const int MaxDateLineLabel = 24;

    /// <summary>The longest line read as a date line without a date word or date markup.</summary>
    internal const int MaxDateLineLength = 40;

    /// <summary>An inline date line's parent holds at most this many characters: a meta line ("Jane Doe | 12.03.2021 | Politik"), not running text.</summary>
    internal const int MaxDateLineContext = 80;

    /// <summary>Whether <paramref name="text"/>, lower-cased with the invariant culture, starts with <paramref name="word"/>.</summary>
    internal static bool StartsWithLower(ReadOnlySpan<char> text, string word)
    {
        if (text.Length < word.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (TextCase.Lower(text[i]) != word[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsWithLower(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (StartsWithLower(text, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text from the first of <paramref name="words"/> it mentions on (case ignored), up to the next ';', '|' or " / "; null when it mentions none.</summary>
    internal static string? FromWord(string text, string[] words)
    {
        var lower = text.LowerInvariant();
        var at = words.Select(w => lower.IndexOf(w, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (at < 0)
        {
            return null;
        }

        // Lower-casing keeps every character where it was (one UTF-16 unit for one): the index is the text's.
        var end = text.IndexOfAny(HistorySeparators, at);
        var spacedSlash = text.IndexOf(" / ", at, StringComparison.Ordinal);
        end = spacedSlash >= 0 && (end < 0 || spacedSlash < end) ? spacedSlash : end;
        return end < 0 ? text[at..] : text[at..end];
    }

    private static readonly char[] HistorySeparators = [';', '|'];

    internal static bool MentionsAny(string text, string[] words)
    {
        var lower = text.LowerInvariant();
        return words.Any(w => lower.Contains(w, StringComparison.Ordinal));
    }
}
