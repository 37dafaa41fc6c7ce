using AngleSharp.Dom;
using NewsKit.Pipeline;
using NewsKit.Timestamps;

namespace NewsKit.Metadata;

/// <summary>Dates in a byline's line: a date the name runs on into is cut off; a line of a date and a name alone names its author.</summary>
internal sealed partial class AuthorFinder
{
    /// <summary>
    /// A byline that runs on into its date or time ("Alex Doe Thursday, February 3, 2022 3:38PM") ends where that starts,
    /// unless a byline word follows the date ("Posted on March 3, 2024 by Jane Doe").
    /// </summary>
    private string WithoutTrailingDate(string text)
    {
        if (text.Length is 0 or > MaxBylineLength || !text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return text;
        }

        if (dates.Normalize(text, TimestampSource.VisibleText, searchWithinText: true) is not { } date
            || text.IndexOf(date.Text, StringComparison.Ordinal) is not (> 0 and var at))
        {
            return text;
        }

        // "Posted on March 3, 2024 by Jane Doe": the byline comes after the date; the parser reads it there.
        if (BylineParser.OpensWithPrefix(text[(at + date.Text.Length)..].TrimStart(DateLeadTrim)))
        {
            return text;
        }

        // "Redaktion Gelbe Liste Stand: 12.03.2021": the date's label goes with it, and the little word between them
        // ("Redacción EC Publicado el 03/03/2025", "Team Nord Veröffentlicht am 03.03.2025").
        var before = text[..at].TrimEnd(DateLeadTrim).TrimEnd(':').TrimEnd();
        var space = before.LastIndexOf(' ');
        if (space > 0 && DateLabelJoiners.Contains(before[(space + 1)..]) && before[..space].TrimEnd() is var labelled
            && labelled.LastIndexOf(' ') is var labelSpace and > 0 && DateLabels.Contains(labelled[(labelSpace + 1)..].TrimEnd(':')))
        {
            return labelled[..labelSpace].TrimEnd(DateLeadTrim);
        }

        if (space > 0 && DateLabels.Contains(before[(space + 1)..]))
        {
            return before[..space].TrimEnd(DateLeadTrim);
        }

        // "CNN Business Updated 0339 GMT (1139 HKT) November 19, 2019": the label opens the date's time, written before it.
        var words = before.Split(' ');
        for (var i = words.Length - 2; i > 0 && i >= words.Length - MaxTimeWordsBeforeDate - 1; i--)
        {
            if (DateLabels.Contains(words[i].TrimEnd(':')) && words[i + 1].AsSpan().ContainsAnyInRange('0', '9'))
            {
                return string.Join(' ', words[..i]).TrimEnd(DateLeadTrim);
            }
        }

        return before;
    }

    /// <summary>The most words of a time written between a date's label and the date ("Updated 0339 GMT (1139 HKT) November 19, 2019").</summary>
    private const int MaxTimeWordsBeforeDate = 4;

    /// <summary>Words that label a date at a byline's end ("Stand:", "Updated", "Publicerad", Turkish "Giriş:"): the publication and update words of <see cref="MetadataRules"/> in every language, and "am", "on".</summary>
    private static readonly HashSet<string> DateLabels = new(
        ["stand", "am", "on", "giriş", .. MetadataRules.PublishedWords, .. MetadataRules.UpdatedWords], StringComparer.OrdinalIgnoreCase);

    /// <summary>Little words between a date's label and the date ("Publicado el", "Publié le", "Veröffentlicht am", "Published on").</summary>
    private static readonly HashSet<string> DateLabelJoiners = new(["el", "le", "il", "em", "op", "am", "on", "de", "à", "a", "the"], StringComparer.OrdinalIgnoreCase);

    private static readonly char[] DateLeadTrim = [' ', ',', '|', '-', '–', '—', '·', '•', '/'];

    /// <summary>
    /// The name of a line that is a date and a name alone ("25.10.2022 - Reiner Nagel"), when the page shows that name
    /// more often than the line (an author's note below the story: "Reiner Nagel ist Architekt..."), or a name that opens
    /// with a given name and a date alone ("Davide Zanon · 26 novembre 2025, 18:05"); null otherwise.
    /// </summary>
    private string? DatedName(IElement element)
    {
        // Measured before any text is built: most elements near a headline are longer lines or empty.
        if (ElementText.TextLength(element, MaxDatedNameLine + 1) is 0 or > MaxDatedNameLine
            || ElementText.SpacedText(element, MaxDatedNameLine + 1) is not { Length: > 0 and <= MaxDatedNameLine } line
            || !(char.IsAsciiDigit(line[0]) || char.IsUpper(line[0])))
        {
            return null;
        }

        if (element.ChildElementCount == 0 && !BylineMarkup.Matches(element) && BylineParser.BareNameBeforeDate(line.Trim(), isDateAlone ??= IsDateAlone) is { } signed)
        {
            // "Davide Zanon · 26 novembre 2025, 18:05": a given name opens a line of text alone that no byline markup names
            // (a marked byline is read as one, up to its date), and a date says the rest.
            return signed;
        }

        if (BylineParser.BareNameAfterDate(line.Trim()) is not { } name)
        {
            return null;
        }

        // Rare enough (a date line that ends with capitalized words) to read the page's text for it, once a page: the line is
        // asked for as a candidate and again when read.
        var shown = shownText ??= ElementText.Collapse(context.Document.Body?.TextContent ?? string.Empty);
        var named = Occurrences(shown, name);
        return named >= 2 && named > Occurrences(shown, ElementText.Collapse(line)) ? name : null;

        static int Occurrences(string text, string part)
        {
            var count = 0;
            for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0 && count < 8; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }
    }

    /// <summary><see cref="IsDateAlone"/> as a delegate, made once per finder (the line test runs for many lines near the headline).</summary>
    private Func<string, bool>? isDateAlone;

    /// <summary>Whether a text is a date of day precision or finer and at most a few characters beside it ("26 novembre 2025, 18:05").</summary>
    private bool IsDateAlone(string text) =>
        dates.Normalize(text, TimestampSource.VisibleText, searchWithinText: true) is { Precision: >= TimestampPrecision.Day } date
        && text.Length - date.Text.Length <= MaxDateRemainder;

    /// <summary>The most characters beside the date in a signature line's date part.</summary>
    private const int MaxDateRemainder = 4;

    /// <summary>The longest line <see cref="DatedName"/> reads.</summary>
    private const int MaxDatedNameLine = 80;

    /// <summary>The page's text, white space collapsed, read by <see cref="DatedName"/> when it first needs it.</summary>
    private string? shownText;
}
