using AngleSharp.Dom;
using NewsKit.Pipeline;
using NewsKit.Timestamps;
using NodaTime;

namespace NewsKit.Metadata;

/// <summary>What the words and markup around a shown date say it is: a manuscript's history, an event's details, a span of days, a labelled value, a tooltip's date.</summary>
internal sealed partial class DatelineFinder
{
    /// <summary>
    /// Whether the element is a date of a manuscript's history: its label before it ("Received: <c>&lt;time&gt;</c>"), or the short
    /// line that holds it ("<c>&lt;p&gt;Received&lt;span&gt;: &lt;/span&gt;&lt;span&gt;&lt;time&gt;</c>"), or the term of its definition
    /// ("<c>&lt;dt&gt;Received&lt;/dt&gt;&lt;dd&gt;</c>"), names a step before publication. The line is read only when
    /// <paramref name="deep"/> (the element is a machine-readable date) or for a definition.
    /// </summary>
    private static bool InManuscriptHistory(IElement element, bool deep)
    {
        if (LabelBefore(element) is { } label && DateLines.MentionsAny(label + " ", MetadataRules.ManuscriptDateLabels))
        {
            return true;
        }

        // The line around a machine-readable date, or a definition's term; other elements' own text is read by the caller.
        if (!deep && element.LocalName != "dd")
        {
            return false;
        }

        var line = element;
        for (var up = 0; line is not null && up < 3 && line.LocalName is not ("p" or "li" or "dd" or "td"); up++)
        {
            line = line.ParentElement;
        }

        var text = line is null ? null
            : line.LocalName == "dd" ? line.PreviousElementSibling is { LocalName: "dt" } term ? ElementText.Text(term, MaxLabelLength + 1) + " " : null
            : ElementText.Text(line, DateLines.MaxVisibleTextLength + 1);
        return text is { Length: <= DateLines.MaxVisibleTextLength } && DateLines.MentionsAny(text, MetadataRules.ManuscriptDateLabels)
            && !DateLines.MentionsAny(text, MetadataRules.PublishedWords);
    }

    /// <summary>
    /// The short text just before the element in its parent ("Updated: "), or the text of a label element without
    /// elements of its own just before it ("&lt;span class="meta-label"&gt;Mis à jour le&lt;/span&gt;&lt;time&gt;"), at most
    /// <see cref="MaxLabelLength"/> characters; null when there is none.
    /// </summary>
    private static string? LabelBefore(IElement element)
    {
        var before = element.PreviousSibling;
        if (before is IText { Data: var space } && string.IsNullOrWhiteSpace(space))
        {
            before = before.PreviousSibling;
        }

        var text = before switch
        {
            IText { Data: var data } => data,
            IElement { ChildElementCount: 0, LocalName: "span" or "strong" or "b" or "em" or "label" } label when ElementText.TextLength(label, MaxLabelLength + 1) <= MaxLabelLength => label.TextContent,
            _ => null,
        };
        return text?.Trim() is { Length: > 0 and <= MaxLabelLength } trimmed ? trimmed : null;
    }

    /// <summary>Whether the text, or the short line of the element's parent, is a span of two days (<see cref="DateLines.IsDateRange"/>).</summary>
    private bool InDateRange(IElement element, string text) =>
        DateLines.IsDateRange(dates, text)
        || (element.ParentElement is { } parent && ElementText.ShownLength(parent, DateLines.MaxVisibleTextLength) <= DateLines.MaxVisibleTextLength
            && DateLines.IsDateRange(dates, ElementText.Text(parent, DateLines.MaxVisibleTextLength)));

    /// <summary>Whether the element or one of its two nearest ancestors is named as an event's details ("event-meta", "tribe-events-schedule").</summary>
    private static bool InEventDetails(IElement element)
    {
        var current = element;
        for (var level = 0; level < 3 && current is not null && current.LocalName is not ("article" or "main" or "body"); level++, current = current.ParentElement)
        {
            if (PageRegions.HasMarker(current, EventMarkers))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly MarkerSet EventMarkers = new(MetadataRules.EventMarkers);

    /// <summary>
    /// The date in the <c>title</c> attribute of the element or of one inside it (its tooltip), when it is a whole date
    /// (a day or finer) and not itself relative; null otherwise.
    /// </summary>
    private Timestamp? TitledDate(IElement element)
    {
        var titled = element.HasAttribute("title") ? element : element.QuerySelector(Selectors.Of("[title]"));
        return titled?.GetAttribute("title") is { Length: > 0 and <= DateLines.MaxVisibleTextLength } title
            && Normalize(title, TimestampSource.VisibleText) is { Precision: >= TimestampPrecision.Day } date && !DatelineReconciler.IsRelative(date)
            ? date
            : null;
    }

    /// <summary>
    /// The date of a label and its value written as two elements ("<c>&lt;span&gt;Erschienen am:&lt;/span&gt;&lt;h2&gt;13.10.2021&lt;/h2&gt;</c>",
    /// <c>&lt;dt&gt;Published&lt;/dt&gt;&lt;dd&gt;...</c>), or as an inline element and the text after it
    /// ("<c>&lt;strong&gt;Data publikacji:&lt;/strong&gt; 07.10.2023 r.</c>"): the label, short and opening with a date word, read with its value.
    /// </summary>
    private Timestamp? LabelledValue(IElement label, string text, LocalDate? yearEvidence)
    {
        // A label that holds its own value ("<p>Posted: <time>...</time></p>") is not read with the next element.
        if (text.Length > MaxLabelLength || label.ChildElementCount > 0 || !(DateLines.OpensWithDateWord(label) || IsGenericDateLabel(label)))
        {
            return null;
        }

        // "<p><strong>Data publikacji:</strong> 07.10.2023 r.</p>": an inline label's value is the text right after it.
        var valueText = label.NextSibling is IText { Data: var after } && !string.IsNullOrWhiteSpace(after) && label.LocalName is "strong" or "b" or "span" or "em" or "i" or "small" or "label"
            ? ElementText.Collapse(after.Length > DateLines.MaxVisibleTextLength ? string.Empty : after)
            : label.NextElementSibling is { } value ? ElementText.SpacedText(value, DateLines.MaxVisibleTextLength) : string.Empty;
        return valueText.Length is 0 or > DateLines.MaxVisibleTextLength
            ? null
            : Normalize(text + " " + valueText, TimestampSource.VisibleText, searchWithinText: true, yearEvidence);
    }

    /// <summary>Labels that name a date and nothing more ("Datum:", "Date", "Fecha:"), lower case without the colon.</summary>
    private static readonly string[] GenericDateLabels = ["datum", "date", "fecha", "data", "dátum", "dato", "datum vydání", "dodano", "data dodania", "datum objave"];

    /// <summary>
    /// Words of the labels beside an event's date in a box of details ("Uhrzeit:", "Ort:", "Location", "Lieu :"): there a
    /// generic date label names the event's day.
    /// </summary>
    private static readonly string[] EventDetailLabels =
        ["uhrzeit", "zeit:", "ort:", "veranstaltungsort", "beginn", "time:", "location", "venue", "where:", "start:", "lugar", "hora:", "lieu", "heure", "luogo", "orario", "ora:", "tijd:", "locatie", "plaats:"];

    /// <summary>The most characters of a label's box read for an event's labels.</summary>
    private const int MaxDetailsBoxChars = 600;

    /// <summary>
    /// Whether the element is a label of its own that names a date and nothing more ("<c>&lt;th&gt;Datum:&lt;/th&gt;&lt;td&gt;12.03.2024&lt;/td&gt;</c>",
    /// <see cref="GenericDateLabels"/>), in a box of details that is no event's (<see cref="EventDetailLabels"/>): the
    /// page's date, as news and municipal content systems list it after the text.
    /// </summary>
    private static bool IsGenericDateLabel(IElement element)
    {
        if (element.LocalName is not ("th" or "dt" or "strong" or "b" or "span" or "label" or "td") || element.ChildElementCount > 0
            || (element.FirstChild is IText first && !OpensWithLabelLetter(first.Data))
            || ElementText.TextLength(element, MaxLabelLength + 1) > MaxLabelLength)
        {
            return false;
        }

        var label = ElementText.Collapse(ElementText.Text(element, MaxLabelLength)).Trim().TrimEnd(':').TrimEnd().LowerInvariant();
        if (Array.IndexOf(GenericDateLabels, label) < 0)
        {
            return false;
        }

        var box = element.ParentElement?.ParentElement ?? element.ParentElement;
        return box is not null && !DateLines.MentionsAny(ElementText.Text(box, MaxDetailsBoxChars), EventDetailLabels);
    }

    /// <summary>
    /// Whether a text's first letter (white space before it skipped) can open one of <see cref="GenericDateLabels"/> ("d",
    /// "f"): most short elements a page scans are no label, and are passed over without copying their text.
    /// </summary>
    private static bool OpensWithLabelLetter(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                // Only a letter decides: anything else is left to the full reading of the label.
                return !char.IsLetter(c) || c is 'd' or 'D' or 'f' or 'F';
            }
        }

        return true;
    }

    /// <summary>The longest label ("Veröffentlicht am:") read with the element after it.</summary>
    private const int MaxLabelLength = 40;

    /// <summary>The tags that can hold a labelled date ("Published: ..."), as the selector <c>span, div, p, li, small, em, strong, dt, dd, th, td, font, b, i</c> (a definition's term or a table's header cell labels the value beside it; old templates set the date line in <c>&lt;font&gt;</c>).</summary>
    private static readonly HashSet<string> LabelTags = new(StringComparer.Ordinal) { "span", "div", "p", "li", "small", "em", "strong", "dt", "dd", "th", "td", "font", "b", "i" };
}
