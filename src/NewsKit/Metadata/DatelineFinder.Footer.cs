using NewsKit.Models;
using NewsKit.Pipeline;
using NewsKit.Timestamps;

namespace NewsKit.Metadata;

/// <summary>The page's last-modified line in its footer ("Diese Seite wurde zuletzt am 29. Januar 2020 geändert.", "This page was last updated on 12 March 2024.").</summary>
internal sealed partial class DatelineFinder
{
    /// <summary>Words of a line that dates the whole site, not the page ("Site last updated: 2 January 2025", "Webseite aktualisiert am"), lower case.</summary>
    private static readonly string[] SiteWords = ["site ", "website", "webseite", "homepage", "sitio", "sito ", "site:"];

    /// <summary>
    /// Words of a footer line that dates the page's last change: the update words, and "Stand:" ("Stand: 09.02.2024", as of),
    /// which in a footer dates the page's current version; near the headline it is often the page's one date, and not read so.
    /// </summary>
    private static readonly string[] FooterUpdateWords = [.. MetadataRules.UpdatedWords, .. DateLines.StatusLabels];

    /// <summary>How much of a footer's text (in characters) is read for an update word before its lines are.</summary>
    private const int MaxFooterScan = 4000;

    /// <summary>The longest footer line read for its last-modified date (in characters).</summary>
    private const int MaxFooterLineLength = 160;

    /// <summary>
    /// The update date a footer line states of the page (an update word and a date of at least day precision, not before
    /// the publication; not a line that dates the whole site): the page's modification when nothing else gives one. A
    /// footer is never read for the publication, which takes this date only as the page's one date (see
    /// <see cref="WarningKind.UpdateAsPublication"/>).
    /// </summary>
    private DateCandidate? FooterModified(Timestamp? published)
    {
        foreach (var footer in context.Document.QuerySelectorAll(Selectors.Of("footer, [role=contentinfo], #footer, .footer")))
        {
            if (PageRegions.IsHidden(context, footer))
            {
                continue;
            }

            // Most footers say nothing of an update: their text, read once, turns them away before any line is read.
            if (ElementText.Text(footer, MaxFooterScan) is var all && (!all.AsSpan().ContainsAnyInRange('0', '9') || !DateLines.MentionsAny(all, FooterUpdateWords)))
            {
                continue;
            }

            // A footer of one line ("<div id=footer>© Verein 2006–2024 | Letzte Änderung: 03.12.2024</div>") is its own line.
            foreach (var line in footer.QuerySelectorAll(Selectors.Of("p, li, div, span, small, td")).Prepend(footer))
            {
                if (line.ChildElementCount > 2 || ElementText.TextLength(line, MaxFooterLineLength + 1) > MaxFooterLineLength)
                {
                    continue;
                }

                var text = ElementText.Text(line, MaxFooterLineLength);
                if (!DateLines.MentionsAny(text, FooterUpdateWords) || DateLines.MentionsAny(text + " ", SiteWords)
                    || (LabelledDate(text) ?? Normalize(text, TimestampSource.VisibleText, searchWithinText: true)) is not { Precision: >= TimestampPrecision.Day } date
                    || (published is { } p && date.Date < p.Date))
                {
                    continue;
                }

                return new DateCandidate(date, ValueSource.VisibleText, "visible");
            }
        }

        return null;
    }

    /// <summary>
    /// The date after a footer line's update word, up to the next separator ("© Verein 2006–2024 | Letzte Änderung:
    /// 03.12.2024": not the copyright's years); null when there is none there ("Diese Seite wurde zuletzt am 29. Januar 2020
    /// geändert.": the date before the word is read from the whole line).
    /// </summary>
    private Timestamp? LabelledDate(string line) =>
        DateLines.FromWord(line, FooterUpdateWords) is { } labelled ? Normalize(labelled, TimestampSource.VisibleText, searchWithinText: true) : null;
}
