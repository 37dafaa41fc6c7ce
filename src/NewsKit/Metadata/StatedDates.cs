using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;
using NewsKit.Timestamps;
using NodaTime;

namespace NewsKit.Metadata;

/// <summary>
/// Dates a page states outside its text, the publication date's last resorts: its address (<c>/2025/07/18/</c>), and its
/// title or description where press releases and archives put it ("08.11.2021 | Online-Fachtag ...", "... (Notizia del 14
/// Gennaio 2020)").
/// </summary>
/// <param name="context">The parse's context.</param>
/// <param name="normalize">The dateline finder's normalizer (which rejects placeholder and future dates, and year-less ones without evidence).</param>
internal sealed class StatedDates(ExtractionContext context, Func<string?, TimestampSource, bool, LocalDate?, Timestamp?> normalize)
{
    /// <summary>The longest date text read at the start of a title or the end of a description.</summary>
    private const int MaxDateLength = 32;

    /// <summary>The separators that set a date apart at a title's start ("08.11.2021 | Title", "08.11.2021 - Title").</summary>
    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", ": "];

    /// <summary>
    /// A date that opens the document title (or <c>og:title</c>), set apart by a separator, or that ends the description
    /// (<c>description</c>, <c>og:description</c>), alone or in parentheses; day precision at least; null when none.
    /// </summary>
    public DateCandidate? HeadDate(List<(string Key, string Content, IElement Element)> metas, IElement? headline)
    {
        var titles = new[] { context.Title, MetaTags.First(metas, ["og:title"])?.Content };
        foreach (var title in titles)
        {
            var text = ElementText.Collapse(title);
            foreach (var separator in TitleSeparators)
            {
                var at = text.IndexOf(separator, StringComparison.Ordinal);
                if (at is > 0 and <= MaxDateLength && Day(text[..at], searchWithinText: false) is { } date)
                {
                    return new DateCandidate(date, ValueSource.Meta, "title");
                }
            }
        }

        // "PTA Newsletter – 12 March 2021", "Marktbericht vom 03.03.2021": a periodical's issue named by its date, at the end
        // of the headline shown or of the title.
        foreach (var (title, source) in new[] { (headline is null ? null : ElementText.Text(headline, 300), ValueSource.VisibleText), (titles[0], ValueSource.TitleElement) })
        {
            var text = ElementText.Collapse(title);
            foreach (var separator in TitleEndSeparators)
            {
                var at = text.LastIndexOf(separator, StringComparison.Ordinal);
                // "Wochenbericht 14. - 20. Januar 2022": a span of days, whose end is no issue's date.
                if (at > 0 && text.Length - at - separator.Length <= MaxDateLength && !char.IsAsciiDigit(text[..at].TrimEnd('.')[^1])
                    && Day(text[(at + separator.Length)..], searchWithinText: false, source == ValueSource.VisibleText ? TimestampSource.VisibleText : TimestampSource.Meta) is { } date)
                {
                    return new DateCandidate(date, source, "headline's end");
                }
            }
        }

        // "... (Notizia del 14 Gennaio 2020)", "... | 14.01.2020": a date set apart at the description's end; a date that ends
        // a sentence ("... passed away on March 2, 2021") is the story's, not the page's.
        var description = ElementText.Collapse(MetaTags.First(metas, ["description", "og:description"])?.Content).TrimEndAny(['.', ' ']);
        var parenthesized = description.EndsWith(')');
        description = description.TrimEndAny([')', ' ']);
        var tail = description.Length > MaxDateLength ? description[^MaxDateLength..] : description;
        if (Day(tail, searchWithinText: true) is not { } stated || !description.EndsWith(stated.Text, StringComparison.Ordinal))
        {
            return null;
        }

        var before = description[..^stated.Text.Length].TrimEnd();
        return before.Length == 0 || before[^1] is '|' or '-' or '–' or '—' or ':' or '·' || (parenthesized && before.LastIndexOf('(') > before.LastIndexOf(')'))
            ? new DateCandidate(stated, ValueSource.Meta, "description")
            : null;
    }

    /// <summary>What sets a date apart at a headline's or a title's end ("PTA Newsletter – 12 March 2021", "Marktbericht vom 03.03.2021").</summary>
    private static readonly string[] TitleEndSeparators = [" – ", " - ", " — ", " | ", ": ", " vom ", " from ", " of ", " du ", " del ", " de ", " van "];

    /// <summary>The text's date when it has a year written out (four digits) and names the day; null otherwise.</summary>
    /// <summary>The longest note read by <see cref="FirstPublishedNote"/> (in characters).</summary>
    private const int MaxNoteChars = 240;

    /// <summary>Phrases of a note that says when the story first appeared, lower case.</summary>
    private static readonly string[] FirstPublishedPhrases =
    [
        "first published", "originally published", "erstmals erschienen", "zuerst erschienen", "erstmals veröffentlicht", "publié initialement",
        "initialement publié", "publicado originalmente", "publicado por primera vez", "pubblicato originariamente", "pubblicato per la prima volta",
    ];

    /// <summary>
    /// The date of a note in the article that says when the story first appeared ("This story was first published at 5:10
    /// a.m. on Jan. 9, 2018.", at the foot of a nonprofit newsroom's story), visible and outside other stories' regions;
    /// day precision with a written year; null when there is none, or when two such notes give different days.
    /// </summary>
    public DateCandidate? FirstPublishedNote(IElement? root)
    {
        if ((root ?? context.Document.Body) is not { } scope)
        {
            return null;
        }

        Timestamp? found = null;
        foreach (var note in scope.QuerySelectorAll(Selectors.Of("p, em, i, small, span, div")))
        {
            if (ElementText.TextLength(note, MaxNoteChars + 1) is 0 or > MaxNoteChars || note.ChildElementCount > 3)
            {
                continue;
            }

            var text = ElementText.Collapse(ElementText.Text(note, MaxNoteChars));
            if (!DateLines.MentionsAny(text, FirstPublishedPhrases) || PageRegions.IsHidden(context, note) || PageRegions.IsInForeignRegion(context, note)
                || Day(text, searchWithinText: true, TimestampSource.VisibleText) is not { } date)
            {
                continue;
            }

            if (found is not null && found.Date != date.Date)
            {
                return null;
            }

            found ??= date;
        }

        return found is null ? null : new DateCandidate(found, ValueSource.VisibleText, "a note of first publication");
    }

    private Timestamp? Day(string text, bool searchWithinText, TimestampSource source = TimestampSource.Meta) =>
        HasYear(text) && normalize(text, source, searchWithinText, null) is { Precision: >= TimestampPrecision.Day } date ? date : null;

    private static bool HasYear(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A date in a URL path, year first: <c>/2025/07/18/</c>, <c>/2025-07-18-slug</c>, <c>/2006/11/28.html</c>,
    /// <c>/archives/2006_11_28.html</c>, <c>/2006.11.28/</c>, or the month and day as one segment after the year (<c>/2018/1107/</c>).
    /// </summary>
    private static readonly Regex UrlDatePattern = new(
        @"/(?<y>(?:19|20)\d\d)[/-](?<m>0?[1-9]|1[0-2])[/-](?<d>0?[1-9]|[12]\d|3[01])(?:[/.-]|$)"
        + @"|/(?<y>(?:19|20)\d\d)_(?<m>0[1-9]|1[0-2])_(?<d>0[1-9]|[12]\d|3[01])(?:[/._-]|$)"
        + @"|/(?<y>(?:19|20)\d\d)\.(?<m>0[1-9]|1[0-2])\.(?<d>0[1-9]|[12]\d|3[01])(?:/|$)"
        + @"|/(?<y>(?:19|20)\d\d)/(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])(?:/|$)",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>A date with the month's English abbreviation in a URL path: <c>/world/2019/mar/05/flood-barriers</c>.</summary>
    private static readonly Regex UrlMonthNamePattern = new(
        @"/(?<y>(?:19|20)\d\d)/(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/(?<d>0?[1-9]|[12]\d|3[01])(?:/|$)",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The English month abbreviations of <see cref="UrlMonthNamePattern"/>, in calendar order.</summary>
    private static readonly string[] UrlMonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>A date written day (or month) first in a URL path segment: <c>/meldungen/29-10-2021</c>, <c>/~02-01-2022-land-zahlte</c>.</summary>
    private static readonly Regex UrlDayFirstPattern = new(
        @"[/~_-](?<date>(?:0?[1-9]|[12]\d|3[01])[-.](?:0?[1-9]|[12]\d|3[01])[-.](?:19|20)\d\d)(?:[/_.-]|$)",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>
    /// A year-first date in a URL as one token of its own: written compact (<c>/20190305/</c>, <c>meldung_20190305_1244.htm</c>,
    /// <c>turnhalle-20190305.html</c>, or opening a segment before its slug: <c>/20190305-turnhalle</c>) or with dashes at the end of a slug (<c>footbridge-plans-2019-03-05.html</c>), or
    /// as a query value (<c>?date=2019-03-05</c>); two-digit month and day, and no digit beside it.
    /// </summary>
    private static readonly Regex UrlTokenDatePattern = new(
        @"[/_=-](?:(?<y>(?:19|20)\d\d)(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])|(?<y>(?:19|20)\d\d)-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01]))(?:[/_.&]|$)"
        + @"|/(?<y>(?:19|20)\d\d)(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])-",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>
    /// The year a URL path names alone (<c>/news/2021/calendar-badge</c>), as the last day of that year: the evidence a
    /// date shown without its year ("MAR 12") takes its year from when the page gives no whole date; null when none.
    /// </summary>
    public LocalDate? UrlYear()
    {
        var url = OwnUrl();
        return url is not null && UrlYearPattern.Match(url.AbsolutePath) is { Success: true } match
            && int.TryParse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture, out var year)
            ? new LocalDate(year, 12, 31)
            : null;
    }

    /// <summary>The page's address its dates are read from: its canonical link, else the URL the caller gave.</summary>
    private Uri? OwnUrl() =>
        (context.Links.CanonicalHref is { } canonical ? context.Links.ResolveUrl(canonical) : null) ?? context.Links.PageUrl;

    private static readonly Regex UrlYearPattern = new(@"/(?<y>(?:19|20)\d\d)/", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>
    /// A date in the URL path (<c>/2025/07/18/</c>, <c>/2025/jul/18/</c>, a date token as <see cref="UrlTokenDatePattern"/> reads it; or <c>/29-10-2021</c>, read in the page's day-month order as a
    /// date written on the page would be), date precision only.
    /// </summary>
    public DateCandidate? UrlDate()
    {
        var url = OwnUrl();
        if (url is null)
        {
            return null;
        }

        var shown = url.AbsolutePath;
        var match = UrlDatePattern.Match(shown);
        if (!match.Success && url.AbsolutePath + url.Query is var withQuery && UrlTokenDatePattern.Match(withQuery) is { Success: true } token)
        {
            (match, shown) = (token, withQuery);
        }

        if (!match.Success && UrlMonthNamePattern.Match(url.AbsolutePath) is { Success: true } named)
        {
            var month = Array.IndexOf(UrlMonthNames, named.Groups["mon"].Value.LowerInvariant()) + 1;
            var day = named.Groups["d"].Value.PadLeft(2, '0');
            return normalize($"{named.Groups["y"].Value}-{month:00}-{day}", TimestampSource.Url, false, null) is { } namedDate
                ? new DateCandidate(namedDate with { Text = url.AbsolutePath }, ValueSource.Url, "URL")
                : null;
        }

        if (!match.Success)
        {
            return UrlDayFirstPattern.Match(url.AbsolutePath) is { Success: true } written
                && normalize(written.Groups["date"].Value, TimestampSource.Url, false, null) is { } dayFirst
                ? new DateCandidate(dayFirst with { Text = url.AbsolutePath }, ValueSource.Url, "URL")
                : null;
        }

        var text = $"{match.Groups["y"].Value}-{match.Groups["m"].Value.PadLeft(2, '0')}-{match.Groups["d"].Value.PadLeft(2, '0')}";
        return normalize(text, TimestampSource.Url, false, null) is { } timestamp
            ? new DateCandidate(timestamp with { Text = shown }, ValueSource.Url, "URL")
            : null;
    }

    /// <summary>The most characters of a block read around a link to the page itself (a teaser, a "posted on" line).</summary>
    private const int MaxSelfLinkBlockLength = 400;

    /// <summary>The most ancestors of such a link looked at for its block.</summary>
    private const int MaxSelfLinkAncestors = 3;

    /// <summary>
    /// The date stated beside a link to the page itself: the page's own teaser in a list of stories ("10.11.2021
    /// Menschenrechte achten"), or an old blog theme's line about the post ("&lt;a rel=bookmark&gt;Title&lt;/a&gt; wurde am
    /// 19. Mai 2010 gepostet", "This entry was posted on ..."), wherever the template puts it. The link is read with
    /// its text and then up to <see cref="MaxSelfLinkAncestors"/> ancestors while they stay short; links with a fragment
    /// (comment permalinks) are passed over. Day precision with a written year only; null when no such link states a
    /// date, or when two of them state different days.
    /// </summary>
    public DateCandidate? SelfLinkDate()
    {
        if (context.Links.PageAddress is not { } page)
        {
            return null;
        }

        var own = Comparable(page);
        Timestamp? found = null;
        foreach (var link in context.Index.ElementsNamed("a"))
        {
            var href = link.GetAttribute("href");
            if (href is null || href.Contains('#', StringComparison.Ordinal) || context.Links.ResolveUrl(href) is not { } target
                || !string.Equals(Comparable(target), own, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (BlockDate(link) is not { } date)
            {
                continue;
            }

            if (found is not null && found.Date != date.Date)
            {
                return null;
            }

            found ??= date;
        }

        return found is null ? null : new DateCandidate(found, ValueSource.VisibleText, "beside a link to the page itself");
    }

    /// <summary>
    /// The first day-precision date in the link's text or in its smallest short ancestor that holds one, read without
    /// the text of other links (in a menu, the next item's "31. Dezember 2021" belongs to that item).
    /// </summary>
    private Timestamp? BlockDate(IElement link)
    {
        IElement? block = link;
        var text = new System.Text.StringBuilder();
        for (var up = 0; block is not null && up <= MaxSelfLinkAncestors; up++, block = block.ParentElement)
        {
            text.Clear();
            if (!AppendOwnText(block, link, text))
            {
                return null;
            }

            if (Day(ElementText.Collapse(text.ToString()), searchWithinText: true, TimestampSource.VisibleText) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Appends the text under <paramref name="node"/> but not under links other than <paramref name="link"/>; false once it passes <see cref="MaxSelfLinkBlockLength"/>.</summary>
    private static bool AppendOwnText(INode node, IElement link, System.Text.StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText leaf)
            {
                text.Append(leaf.Data);
            }
            else if (child is IElement element && (element.LocalName != "a" || ReferenceEquals(element, link))
                && !AppendOwnText(element, link, text.Append(' ')))
            {
                return false;
            }

            if (text.Length > MaxSelfLinkBlockLength)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An address as compared with the page's own: host without <c>www.</c>, path without its last slash, query; no scheme, no fragment.</summary>
    private static string Comparable(Uri url)
    {
        var host = url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host;
        return host + url.GetComponents(UriComponents.PathAndQuery, UriFormat.UriEscaped).TrimEnd('/');
    }
}
