using System.Text;
using NewsKit.Models;

namespace NewsKit.Evaluation;

/// <summary>
/// The scoring of ../shared/datasets/related-dev/README.md ("Scoring"), as pure functions: URL normalisation, one
/// page's related links against its labelled boxes, and one page's copyright notice against its label. The
/// <c>related</c> command sums the page results.
/// </summary>
public static class RelatedMetric
{
    /// <summary>
    /// Normalises a link URL for comparison: a relative URL is resolved against <paramref name="pageUrl"/>; scheme
    /// and host are lower-cased; the fragment is dropped, and so are the query parameters whose name starts with
    /// <c>utm_</c> (the <c>?</c> too when none is left); trailing slashes of the path are stripped (<c>https://x.com/</c>
    /// becomes <c>https://x.com</c>). Both sides pass through <see cref="Uri"/>, so the same URL written with
    /// different escapes (<c>%7e</c>, <c>~</c>; a raw <c>ä</c>, <c>%C3%A4</c>), an explicit default port or dot
    /// segments compares equal.
    /// </summary>
    /// <param name="url">The URL as in the page or the label.</param>
    /// <param name="pageUrl">The labelled page's URL; null when none is known (then only absolute URLs normalise).</param>
    /// <returns>The normalised URL, or null when <paramref name="url"/> is not a URL (or is relative and no page URL is given).</returns>
    public static string? NormalizeUrl(string url, Uri? pageUrl)
    {
        ArgumentNullException.ThrowIfNull(url);
        var text = url.Trim();
        Uri? uri;
        if (pageUrl is not null)
        {
            if (!Uri.TryCreate(pageUrl, text, out uri))
            {
                return null;
            }
        }
        else if (!Uri.TryCreate(text, UriKind.Absolute, out uri)
            || (uri.IsFile && !text.StartsWith("file:", StringComparison.OrdinalIgnoreCase)))
        {
            // On Unix, "/path" parses as an absolute file URI: it is a relative URL with no page to resolve it against.
            return null;
        }

        if (uri.HostNameType == UriHostNameType.Unknown || uri.Authority.Length == 0)
        {
            // mailto:, javascript: and the like: no host or path to normalise; only the fragment goes.
            var absolute = uri.AbsoluteUri;
            var hash = absolute.IndexOf('#', StringComparison.Ordinal);
            return hash < 0 ? absolute : absolute[..hash];
        }

        var sb = new StringBuilder(uri.AbsoluteUri.Length);
        sb.Append(uri.Scheme.ToLowerInvariant()).Append("://");
        if (uri.UserInfo.Length > 0)
        {
            sb.Append(uri.UserInfo).Append('@');
        }

        sb.Append(uri.Host.ToLowerInvariant());
        if (!uri.IsDefaultPort)
        {
            sb.Append(':').Append(uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        sb.Append(uri.AbsolutePath.TrimEnd('/'));
        var kept = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("utm_", StringComparison.Ordinal))
            .ToList();
        if (kept.Count > 0)
        {
            sb.Append('?').Append(string.Join('&', kept));
        }

        return sb.ToString();
    }

    /// <summary>Collapses every run of white space to one space and trims the ends.</summary>
    /// <param name="text">The text; null gives null.</param>
    /// <returns>The collapsed text.</returns>
    public static string? Collapse(string? text) => text is null ? null : TrafevalCommand.Collapse(text);

    /// <summary>The comparison form of copyright texts and holders: white space collapsed, lower case (invariant).</summary>
    /// <param name="text">The text; null gives null.</param>
    /// <returns>The folded text.</returns>
    public static string? Fold(string? text) => Collapse(text)?.ToLowerInvariant();

    /// <summary>Drops punctuation, symbols and white space at both ends ("Inc." and "Inc" compare equal).</summary>
    /// <param name="text">The text; null gives null.</param>
    /// <returns>The text without the characters around it.</returns>
    public static string? TrimPunctuation(string? text)
    {
        if (text is null)
        {
            return null;
        }

        int start = 0, end = text.Length;
        while (start < end && IsAround(text[start]))
        {
            start++;
        }

        while (end > start && IsAround(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    private static bool IsAround(char c) => char.IsPunctuation(c) || char.IsSymbol(c) || char.IsWhiteSpace(c);

    /// <summary>
    /// Scores one page's related links: the predicted URL set against the union of the labelled boxes, both
    /// normalised by <see cref="NormalizeUrl"/>; a matched link's title is right when the first predicted title
    /// for that URL, white space collapsed, equals one of the labelled titles for it (also collapsed) exactly.
    /// </summary>
    /// <param name="boxes">The labelled boxes of the page.</param>
    /// <param name="predicted">The parser's related links, in document order.</param>
    /// <param name="pageUrl">The labelled page URL, against which relative URLs resolve.</param>
    /// <returns>The page's counts and the links behind them.</returns>
    public static LinkScore ScoreLinks(IReadOnlyList<LabelledBox> boxes, IReadOnlyList<RelatedLink> predicted, Uri? pageUrl)
    {
        ArgumentNullException.ThrowIfNull(boxes);
        ArgumentNullException.ThrowIfNull(predicted);
        var labelled = new Dictionary<string, List<(string Title, string? Heading)>>(StringComparer.Ordinal);
        var labelledOrder = new List<string>();
        foreach (var box in boxes)
        {
            foreach (var link in box.Links)
            {
                var key = NormalizeUrl(link.Url, pageUrl) ?? link.Url;
                if (!labelled.TryGetValue(key, out var titles))
                {
                    titles = [];
                    labelled[key] = titles;
                    labelledOrder.Add(key);
                }

                titles.Add((Collapse(link.Title) ?? string.Empty, box.Heading));
            }
        }

        var found = new Dictionary<string, RelatedLink>(StringComparer.Ordinal);
        var foundOrder = new List<string>();
        foreach (var link in predicted)
        {
            var key = NormalizeUrl(link.Url.AbsoluteUri, pageUrl) ?? link.Url.AbsoluteUri;
            if (found.TryAdd(key, link))
            {
                foundOrder.Add(key);
            }
        }

        var falseLinks = new List<RelatedLink>();
        var wrongTitles = new List<WrongTitle>();
        var rightTitles = 0;
        foreach (var key in foundOrder)
        {
            var link = found[key];
            if (!labelled.TryGetValue(key, out var titles))
            {
                falseLinks.Add(link);
                continue;
            }

            var title = Collapse(link.Title) ?? string.Empty;
            if (titles.Any(t => string.Equals(t.Title, title, StringComparison.Ordinal)))
            {
                rightTitles++;
            }
            else
            {
                wrongTitles.Add(new WrongTitle(key, title, titles.Select(t => t.Title).Distinct(StringComparer.Ordinal).ToList()));
            }
        }

        var misses = labelledOrder.Where(key => !found.ContainsKey(key))
            .Select(key => new LabelledMiss(key, labelled[key][0].Title, labelled[key][0].Heading))
            .ToList();
        var matched = foundOrder.Count - falseLinks.Count;
        return new LinkScore(labelled.Count, found.Count, matched, rightTitles, falseLinks, misses, wrongTitles);
    }

    /// <summary>
    /// Compares one page's copyright notice with its label. Texts and holders are compared in their
    /// <see cref="Fold"/> form. A prediction counts as a notice when its text is not just its license URL (the parser
    /// reports a page that only shows a license as a copyright whose text is the license URL).
    /// </summary>
    /// <param name="label">The labelled notice (all fields null when the page shows none).</param>
    /// <param name="predicted">The parser's copyright, or null.</param>
    /// <param name="pageUrl">The labelled page URL, against which license URLs resolve.</param>
    /// <returns>Each measure for this page; null where the label gives the measure nothing to count.</returns>
    public static CopyrightScore CompareCopyright(CopyrightLabel label, Copyright? predicted, Uri? pageUrl)
    {
        ArgumentNullException.ThrowIfNull(label);
        var notice = IsNotice(predicted);
        var labelNotice = label.Text is not null;
        bool? holder = label.Holder is null ? null : Fold(predicted?.Holder) == Fold(label.Holder);
        bool? holderLoose = label.Holder is null ? null : TrimPunctuation(Fold(predicted?.Holder)) == TrimPunctuation(Fold(label.Holder));
        bool? years = label.YearFrom is null && label.YearTo is null
            ? null
            : predicted?.YearFrom == label.YearFrom && predicted?.YearTo == label.YearTo;
        bool? text = !labelNotice
            ? null
            : notice && Fold(predicted!.Text)!.Contains(Fold(label.Text)!, StringComparison.Ordinal);
        bool? license = label.License is null
            ? null
            : predicted?.LicenseUrl is { } got && NormalizeUrl(got.AbsoluteUri, pageUrl) is { } g && g == NormalizeUrl(label.License, pageUrl);
        return new CopyrightScore(holder, holderLoose, years, text, !labelNotice && notice, labelNotice && !notice, license);
    }

    /// <summary>Whether a predicted copyright is a notice: not null, and its text is not just its license URL.</summary>
    /// <param name="predicted">The parser's copyright, or null.</param>
    /// <returns>True for a notice.</returns>
    public static bool IsNotice(Copyright? predicted)
    {
        if (predicted is null || string.IsNullOrWhiteSpace(predicted.Text))
        {
            return false;
        }

        if (predicted.LicenseUrl is not { } license)
        {
            return true;
        }

        var text = predicted.Text.Trim();
        return text != license.OriginalString && text != license.ToString() && text != license.AbsoluteUri;
    }
}

/// <summary>A labelled box of related links.</summary>
/// <param name="Heading">The box heading as shown; null when the box has none.</param>
/// <param name="Links">The box's links, as in the page.</param>
public sealed record LabelledBox(string? Heading, IReadOnlyList<LabelledLink> Links);

/// <summary>A labelled related link.</summary>
/// <param name="Url">The URL as in the page (absolute, or relative to the page).</param>
/// <param name="Title">The visible story headline.</param>
public sealed record LabelledLink(string Url, string Title);

/// <summary>A labelled copyright notice; every field null when the page shows none.</summary>
/// <param name="Text">The notice as shown, white space collapsed.</param>
/// <param name="Holder">The named rights holder.</param>
/// <param name="YearFrom">The first (or only) year.</param>
/// <param name="YearTo">The last (or only) year; null for an open range.</param>
/// <param name="License">The URL of a license link, as in the page.</param>
public sealed record CopyrightLabel(string? Text, string? Holder, int? YearFrom, int? YearTo, string? License);

/// <summary>One page's related links against its labels.</summary>
/// <param name="Labelled">Distinct normalised labelled URLs.</param>
/// <param name="Predicted">Distinct normalised predicted URLs.</param>
/// <param name="Matched">Predicted URLs that are labelled (true positives).</param>
/// <param name="RightTitles">Matched links whose title is right.</param>
/// <param name="FalseLinks">Predicted links that are not labelled, first of each URL, in document order.</param>
/// <param name="Misses">Labelled links that were not predicted, in label order.</param>
/// <param name="WrongTitles">Matched links whose title is wrong.</param>
public sealed record LinkScore(
    int Labelled,
    int Predicted,
    int Matched,
    int RightTitles,
    IReadOnlyList<RelatedLink> FalseLinks,
    IReadOnlyList<LabelledMiss> Misses,
    IReadOnlyList<WrongTitle> WrongTitles);

/// <summary>A labelled link the parser did not return.</summary>
/// <param name="Url">The normalised URL.</param>
/// <param name="Title">Its labelled title (of the first box that lists it).</param>
/// <param name="Heading">That box's heading; null when it has none.</param>
public sealed record LabelledMiss(string Url, string Title, string? Heading);

/// <summary>A matched link with a wrong title.</summary>
/// <param name="Url">The normalised URL.</param>
/// <param name="Predicted">The predicted title, white space collapsed.</param>
/// <param name="Labelled">The labelled titles for the URL.</param>
public sealed record WrongTitle(string Url, string Predicted, IReadOnlyList<string> Labelled);

/// <summary>One page's copyright measures; a null measure does not count for the page (the label gives it nothing to score).</summary>
/// <param name="Holder">Holder right (label names a holder).</param>
/// <param name="HolderIgnoringPunctuation">Holder right with punctuation around the names ignored (label names a holder).</param>
/// <param name="Years">(yearFrom, yearTo) right (label gives a year).</param>
/// <param name="Text">The labelled text occurs in the predicted notice (label has a notice).</param>
/// <param name="FalseNotice">No labelled notice, but a notice predicted.</param>
/// <param name="MissedNotice">A labelled notice, but no notice predicted.</param>
/// <param name="License">The predicted license URL equals the labelled one, both normalised (label has a license).</param>
public sealed record CopyrightScore(bool? Holder, bool? HolderIgnoringPunctuation, bool? Years, bool? Text, bool FalseNotice, bool MissedNotice, bool? License);
