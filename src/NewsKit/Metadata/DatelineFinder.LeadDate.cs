using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;
using NewsKit.Timestamps;
using NodaTime;

namespace NewsKit.Metadata;

/// <summary>The date that opens the article's first paragraph: a press release's or a local story's dateline.</summary>
internal sealed partial class DatelineFinder
{
    /// <summary>
    /// A date that opens the article's first paragraph, as press releases and local news write it ("27.1.2022 - Bei der
    /// Erinnerung ...", "<strong>01.02.2022</strong> Der Arbeitsmarkt ..."): the date must stand at the very start and be
    /// followed by a separator or the text.
    /// </summary>
    /// <param name="anchor">The headline's index in the element index.</param>
    /// <param name="yearEvidence">The page's own date a year-less date takes its year from.</param>
    /// <param name="description">The page's description: a first paragraph that repeats it is the standfirst, and the
    /// article's text starts after it.</param>
    private DateCandidate? LeadDate(int anchor, LocalDate? yearEvidence, string? description)
    {
        if (anchor < 0)
        {
            return null;
        }

        var elements = context.Index.Elements;
        var last = Math.Min(elements.Count - 1, anchor + MaxDistance);
        var first = FirstRunningText(anchor, last);
        if (first >= 0 && description is { Length: > 0 } && TextTools.Agreement(ElementText.RawText(elements[first]), description) == 3)
        {
            first = FirstRunningText(first, last);
        }

        // The headline's own <header> holds the intro, not the article's text: the text starts after it.
        if (first >= 0 && elements[anchor].Closest(Selectors.Of("header")) is { } header && context.Index.IsAncestorOrSelf(header, elements[first]))
        {
            first = FirstRunningText(first, last);
        }

        if (first < 0 || StoryCards.IsInCard(context, elements[first], elements[anchor]))
        {
            return null;
        }

        // A one-sentence lead ("Musterstadt, 03.02.2021 – Der Stadtrat hat den Haushalt beschlossen.") is shorter than
        // running text: the paragraphs before the first long one may open with the dateline too.
        for (var i = anchor + 1; i < first; i++)
        {
            if (elements[i].LocalName == "p" && ElementText.TextLength(elements[i]) >= MinDatelineParagraphLength
                && OpeningDate(ElementText.Text(elements[i], 96), yearEvidence, requireText: true) is { } lead)
            {
                return lead;
            }
        }

        if (OpeningDate(ElementText.Text(elements[first], 96), yearEvidence, requireText: false) is { } opening)
        {
            return opening;
        }

        // A deck set in emphasis over the text ("<p class="subhead"><em>Funding will expand ...</em></p>"), or one that
        // ends no sentence ("Investition von 120 Millionen Euro · 350 neue Arbeitsplätze"): the dateline opens the paragraph
        // after it ("PITTSBURGH, March 5, 2024 /PRNewswire/ -- ...").
        return (IsEmphasizedWhole(elements[first]) || IsUnfinishedDeck(elements[first])) && FirstRunningText(first, last) is var next and >= 0
            ? OpeningDate(ElementText.Text(elements[next], 96), yearEvidence, requireText: false)
            : null;
    }

    /// <summary>The longest paragraph read as a deck that ends no sentence (<see cref="IsUnfinishedDeck"/>).</summary>
    private const int MaxDeckLength = 250;

    /// <summary>
    /// Whether the paragraph is a deck in the form of a headline: short, ending without a sentence's closing mark
    /// ("Investition von 120 Millionen Euro · 350 neue Arbeitsplätze · Produktionsstart für Ende 2024 geplant").
    /// </summary>
    private static bool IsUnfinishedDeck(IElement paragraph) =>
        ElementText.TextLength(paragraph, MaxDeckLength + 1) <= MaxDeckLength
        && ElementText.Text(paragraph, MaxDeckLength).TrimEnd() is { Length: > 0 } text
        && text[^1] is not ('.' or '!' or '?' or '…' or '"' or '”' or '“' or '»' or '«' or ':' or ')' or ';');

    /// <summary>Whether the paragraph's text is all in one emphasis element (em, i, strong, b): a deck set apart, not the story's first paragraph.</summary>
    private static bool IsEmphasizedWhole(AngleSharp.Dom.IElement paragraph) =>
        paragraph.ChildElementCount == 1 && paragraph.FirstElementChild is { LocalName: "em" or "i" or "strong" or "b" } emphasis
        && ElementText.TextLength(emphasis) == ElementText.TextLength(paragraph);

    /// <summary>
    /// The date a paragraph opens with, alone or after its place ("27.1.2022 - ...", "Paris, le 3 février 2021 – ...",
    /// "WASHINGTON (Feb. 3, 2021) — ..."), followed by a separator or the text; with <paramref name="requireText"/> a
    /// separator and words must follow (a short paragraph that is only a date line is no lead).
    /// </summary>
    private DateCandidate? OpeningDate(string text, LocalDate? yearEvidence, bool requireText)
    {
        var start = text.Length > 0 && char.IsAsciiDigit(text[0]) ? 0 : AfterDatelinePlace(text);
        if (start < 0)
        {
            return null;
        }

        var head = text.Length - start > 24 ? text.Substring(start, 24) : text[start..];
        if (Normalize(head, TimestampSource.VisibleText, searchWithinText: true, yearEvidence) is not { } date || !head.StartsWith(date.Text, StringComparison.Ordinal))
        {
            return null;
        }

        var end = start + date.Text.Length;
        if (end < text.Length && text[end] == ')')
        {
            end++;
        }

        var separated = end == text.Length || text[end] is ' ' or '-' or '–' or '—' or ':' or '|' or '/' or '.' or '(';
        if (!separated || (requireText && (end == text.Length || !text.AsSpan(end).ContainsAny(LeadSeparators) || text.Length - end < MinDatelineParagraphLength / 2)))
        {
            return null;
        }

        return new DateCandidate(date, ValueSource.VisibleText, "visible");
    }

    /// <summary>The words French, German, Spanish and Italian write before a dateline's day ("le 3 février", "den 2. November", "am 18. Jänner", "el 8 de febrero", "il 12 gennaio").</summary>
    private static readonly string[] DatelineArticles = ["le ", "den ", "am ", "el ", "il "];

    /// <summary>The dashes that set a dateline apart from a short lead's text.</summary>
    private static readonly char[] LeadSeparators = ['-', '–', '—'];

    /// <summary>The shortest paragraph (in characters) read as a one-sentence lead that may open with the dateline.</summary>
    private const int MinDatelineParagraphLength = 48;

    /// <summary>
    /// Where the date starts in a news or press-release dateline that names its place first ("NEW YORK, Feb. 1, 2022
    /// /PRNewswire/ --", "Berlin, 1. Februar 2022 –", in parentheses: "(Erfurt, 17.10.2023)", after a press portal's name:
    /// "(PresseBox) (Erfurt, 17.10.2023)"): after a capitalized place of at most 40 characters, without digits, and its
    /// comma; -1 when the text does not open that way.
    /// </summary>
    private static int AfterDatelinePlace(string text)
    {
        // "(PresseBox) (Erfurt, 17.10.2023) Die Preise ...": a press portal's name in parentheses, then the place and date in
        // parentheses.
        if (text.StartsWith('(') && text.IndexOf(')', StringComparison.Ordinal) is var close and > 1 and <= MaxSourceChars
            && !text.AsSpan(1, close - 1).ContainsAnyInRange('0', '9') && text.AsSpan(close + 1).StartsWith(" (", StringComparison.Ordinal)
            && AfterPlace(text[(close + 3)..]) is var inner and >= 0)
        {
            return close + 3 + inner;
        }

        return text.StartsWith('(') && text.Length > 1 && AfterPlace(text[1..]) is var bracketed and >= 0 ? bracketed + 1 : AfterPlace(text);
    }

    /// <summary>
    /// Where the text after a dash starts, when from <paramref name="from"/> on a few words of letters (none, or a state:
    /// "IL", "Ill.") stand before a spaced dash ("--", "—", "–", "-") or a parenthesis, and a digit or a capital follows it;
    /// -1 otherwise.
    /// </summary>
    private static int DashAfterWords(string text, int from)
    {
        for (var i = from; i < Math.Min(text.Length - 2, from + MaxStateChars); i++)
        {
            if (i > from && text[i] == ' ' && text[i + 1] == '(' && (char.IsAsciiDigit(text[i + 2]) || char.IsUpper(text[i + 2])))
            {
                // "Springfield, Illinois (March 4, 2003) –": the date in parentheses after the state.
                return i + 2;
            }

            if (text[i] == ' ' && text[i + 1] is '-' or '—' or '–')
            {
                var after = text[i + 1] == '-' && text[i + 2] == '-' ? i + 3 : i + 2;
                return after + 1 < text.Length && text[after] == ' ' && (char.IsAsciiDigit(text[after + 1]) || char.IsUpper(text[after + 1])) ? after + 1 : -1;
            }

            if (!(char.IsLetter(text[i]) || text[i] is '.' or ' '))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The most characters of a state's name read between a dateline's comma and its dash.</summary>
    private const int MaxStateChars = 16;

    /// <summary>The longest press portal's name in parentheses before a bracketed dateline ("(PresseBox)").</summary>
    private const int MaxSourceChars = 30;

    /// <summary>The most parts of a dateline's place after its first (a state, then a country).</summary>
    private const int MaxPlaceParts = 2;

    /// <summary>Where the date starts after the place that opens <paramref name="text"/>; -1 when it does not open so.</summary>
    private static int AfterPlace(string text)
    {
        if (text.Length == 0 || !char.IsUpper(text[0]))
        {
            return -1;
        }

        for (var i = 1; i < Math.Min(text.Length - 1, 42); i++)
        {
            var c = text[i];
            if (c == ',' && text[i + 1] == ' ')
            {
                var next = i + 2;
                // "Washington, D.C., March 3": a short second part of the place; "BOISE, ID, UNITED STATES, March 5, 2026"
                // (a wire's city, state and country): a country's name after it.
                for (var part = 0; part < MaxPlaceParts; part++)
                {
                    var end = text.IndexOf(", ", next, Math.Min(text.Length - next, part == 0 ? 16 : 24), StringComparison.Ordinal);
                    if (end < 0 || text.AsSpan(next, end - next).ContainsAnyInRange('0', '9') || Timestamps.TimestampNormalizer.Default.Normalize(text[next..end]).Success)
                    {
                        break;
                    }

                    next = end + 2;
                }

                // "Paris, le 3 février 2021", "Frankfurt, den 2. November 2022", "Wien, am 18. Jän. 2022": a word before the day.
                foreach (var article in DatelineArticles)
                {
                    if (text.AsSpan(next).StartsWith(article, StringComparison.Ordinal) && next + article.Length < text.Length && char.IsAsciiDigit(text[next + article.Length]))
                    {
                        next += article.Length;
                        break;
                    }
                }

                // "Karlsruhe, (12.11.2021). Traditionell ...": the date in parentheses after the place's comma.
                if (next + 1 < text.Length && text[next] == '(' && char.IsAsciiDigit(text[next + 1]))
                {
                    next++;
                }

                // "SPRINGFIELD, IL -- March 4, 2003 --": a state after the comma, then a dash before the date.
                if (DashAfterWords(text, next) is var dashed and > 0)
                {
                    next = dashed;
                }

                return next < text.Length && (char.IsAsciiDigit(text[next]) || char.IsUpper(text[next])) ? next : -1;
            }

            if (c == '(' && text[i - 1] == ' ' && i + 1 < text.Length && (char.IsAsciiDigit(text[i + 1]) || char.IsUpper(text[i + 1])))
            {
                // "WASHINGTON (Feb. 3, 2021) —": the date in parentheses after the place.
                return i + 1;
            }

            if (c == '-' && text[i - 1] == '-' && text.AsSpan(i + 1).StartsWith("(", StringComparison.Ordinal)
                && text.IndexOf(")--", i, Math.Min(text.Length - i, 40), StringComparison.Ordinal) is var wire and > 0
                && wire + 3 < text.Length && (char.IsAsciiDigit(text[wire + 3]) || char.IsUpper(text[wire + 3])))
            {
                // "SAN FRANCISCO--(BUSINESS WIRE)--Jan. 10, 2023--": a wire service's dateline.
                return wire + 3;
            }

            // "SPRINGFIELD -- March 4, 2003 --", "BERLIN – 4. März 2003 –": a dash between the place and the date.
            if (c == ' ' && DashAfterWords(text, i) is var afterDash and > 0)
            {
                return afterDash;
            }

            // "Berlin/Brunsbüttel, 22. Januar 2025 –": places parted by a slash.
            if (char.IsDigit(c) || !(char.IsLetter(c) || c is ' ' or '.' or '-' or '\'' or '’' || (c == '/' && char.IsUpper(text[i + 1]))))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The index of the first paragraph of running text after the headline (where the article's text starts), of at least
    /// <paramref name="minLength"/> characters (<see cref="MinRunningTextLength"/> unless given); -1 when none up to <paramref name="to"/>.
    /// </summary>
    private int FirstRunningText(int anchor, int to, int minLength = MinRunningTextLength)
    {
        var elements = context.Index.Elements;
        for (var i = anchor + 1; i <= to; i++)
        {
            if (elements[i].LocalName == "p" && ElementText.TextLength(elements[i]) >= minLength)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the line the element stands in (the element and the ancestors whose text is all its own) is, or lies in, a list item, a
    /// table cell or a link, or has a link beside it in a short parent: an item of a list of links, not a heading.
    /// </summary>
    private static bool IsBesideLink(IElement element)
    {
        var line = element;
        var length = ElementText.TextLength(element);
        var listed = element.LocalName is "li" or "td" or "a";
        while (line.ParentElement is { LocalName: not ("body" or "html") } parent && ElementText.TextLength(parent) == length)
        {
            line = parent;
            listed |= line.LocalName is "li" or "td" or "a";
        }

        return listed || line.Closest(Selectors.Of("a[href]")) is not null
            || (line.ParentElement is { } item && ElementText.TextLength(item, MaxLinkItemText + 1) <= MaxLinkItemText
                && item.QuerySelector(Selectors.Of("a[href]")) is { } link && !line.Contains(link));
    }

    /// <summary>The most text of a line's parent that makes it an item of a list of links (a title and its date).</summary>
    private const int MaxLinkItemText = 300;

    /// <summary>A paragraph this long (in characters) is running text: the article's text has started.</summary>
    private const int MinRunningTextLength = 100;

    /// <summary>
    /// A date heading set just before the article's element, outside it (Blogger's "<c>&lt;h2 class="date-header"&gt;Dienstag,
    /// 17. Februar 2015&lt;/h2&gt;</c>" before the post's <c>BlogPosting</c> item): within <see cref="MaxHeadingBeforeDistance"/>
    /// elements before the article, a short line that is mostly a day's date, with no text between it and the article.
    /// </summary>
    private DateCandidate? DateHeadingBefore(IElement root, LocalDate? yearEvidence)
    {
        if (!context.Index.DocumentOrder.TryGetValue(root, out var start))
        {
            return null;
        }

        var elements = context.Index.Elements;
        for (var i = start - 1; i >= 0 && i >= start - MaxHeadingBeforeDistance; i--)
        {
            var element = elements[i];
            if (element.Contains(root))
            {
                // An ancestor of the article: its own text before the article was met as its children.
                continue;
            }

            var length = ElementText.TextLength(element, DateLines.MaxDateLineLength + 1);
            if (length > DateLines.MaxDateLineLength)
            {
                return null;
            }

            if (length < 6 || element.Children.Length > 1 || PageRegions.IsHidden(context, element))
            {
                continue;
            }

            if (PageRegions.IsInForeignRegion(context, element) || IsBesideLink(element))
            {
                // A sidebar's or another story's date ("<li><a href=/x>Fair board elects chair</a> <span class=date>March 1,
                // 2019</span></li>" in a list of links before the article).
                return null;
            }

            var text = ElementText.Text(element, DateLines.MaxDateLineLength);
            if (Normalize(text, TimestampSource.VisibleText, searchWithinText: true, yearEvidence) is { Precision: >= TimestampPrecision.Day } date
                && text.Length - date.Text.Length <= DateLines.MaxDateLineLabel && !DatelineReconciler.IsRelative(date))
            {
                return new DateCandidate(date, ValueSource.VisibleText, "visible");
            }

            return null;
        }

        return null;
    }

    /// <summary>How many elements before the article's element a date heading is looked for.</summary>
    private const int MaxHeadingBeforeDistance = 4;
}
