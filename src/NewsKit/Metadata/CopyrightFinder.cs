using System.Globalization;
using System.Text;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>
/// Finds the copyright notice. Order: the visible notice line ("©", "(c)", "Copyright", "All rights reserved"),
/// footer first, else the last one on the page; then meta <c>copyright</c> / <c>dcterms.rights</c>; then JSON-LD
/// <c>copyrightHolder</c> / <c>copyrightYear</c>. Missing parts are filled from JSON-LD, and the license from
/// <c>rel=license</c> or JSON-LD <c>license</c>.
/// </summary>
internal static class CopyrightFinder
{
    private const int MaxNoticeLength = 300;

    internal readonly record struct Found(Copyright? Copyright, IElement? Element, ValueSource Source);

    public static Found Find(ExtractionContext context, JsonLdGraph graph, List<(string Key, string Content, IElement Element)> metas, string? siteName = null)
    {
        var licenseUrl = FirstLicenseLink(context.Index)?.GetAttribute("href") is { } license
            ? context.Links.ResolveUrl(license)
            : null;
        var node = graph.Article ?? graph.Nodes.FirstOrDefault(n => n.Has("copyrightHolder"));
        var jsonHolder = node?.Get("copyrightHolder") is { } h ? JsonLdValues.AsText(graph.Resolve(h)) : null;
        var jsonYear = node?.Text("copyrightYear") is { } y && int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : (int?)null;
        licenseUrl ??= node?.Text("license") is { } l ? context.Links.ResolveUrl(l) : null;

        Copyright? Complete(Copyright copyright) => copyright with
        {
            Holder = copyright.Holder ?? (jsonHolder is null ? null : ElementText.Collapse(jsonHolder)),
            YearFrom = copyright.YearFrom ?? jsonYear,
            YearTo = copyright.YearTo ?? jsonYear,
            LicenseUrl = copyright.LicenseUrl ?? licenseUrl,
        };

        if (Visible(context) is { } visible)
        {
            var notice = CopyrightNotice.Parse(visible.Line);
            if (notice is not null)
            {
                if (notice.Holder is null && siteName is not null && visible.Around.Contains(siteName, StringComparison.OrdinalIgnoreCase))
                {
                    // "Todos los derechos reservados" beside the site's name: the site holds the rights.
                    notice = notice with { Holder = siteName };
                }

                // "This work is licensed under a <a href=creativecommons.org/licenses/...>Creative Commons ...</a>" beside the
                // notice names its licence without rel=license.
                licenseUrl ??= LicenseLinkIn(context, visible.Block);
                return new Found(Complete(notice), visible.Element, ValueSource.VisibleText);
            }
        }

        if (MetaTags.First(metas, MetadataRules.CopyrightMetaNames) is { } meta && !CopyrightNotice.IsLicenseName(meta.Content) && CopyrightNotice.Parse(meta.Content) is { } fromMeta)
        {
            return new Found(Complete(fromMeta), null, ValueSource.Meta);
        }

        if (jsonHolder is not null || jsonYear is not null)
        {
            var text = ElementText.Collapse(string.Join(' ', new[] { "©", jsonYear?.ToString(CultureInfo.InvariantCulture), jsonHolder }.Where(s => s is not null)));
            return new Found(Complete(new Copyright(text)), null, ValueSource.JsonLd);
        }

        if (licenseUrl is not null)
        {
            return new Found(new Copyright(licenseUrl.ToString()) { LicenseUrl = licenseUrl }, null, ValueSource.LinkElement);
        }

        return new Found(null, null, ValueSource.VisibleText);
    }

    /// <summary>A link to a Creative Commons licence in the notice's block or its parent (no <c>rel=license</c> needed there).</summary>
    private static Uri? LicenseLinkIn(ExtractionContext context, IElement block)
    {
        var scope = block.ParentElement is { LocalName: not ("body" or "html") } parent ? parent : block;
        foreach (var link in context.Index.DescendantsOf(scope))
        {
            if (link.LocalName == "a" && link.GetAttribute("href") is { } href
                && (href.Contains("creativecommons.org/licenses/", StringComparison.OrdinalIgnoreCase) || href.Contains("creativecommons.org/publicdomain/", StringComparison.OrdinalIgnoreCase)))
            {
                return context.Links.ResolveUrl(href);
            }
        }

        return null;
    }

    /// <summary>
    /// The first element of the page, in document order, that <see cref="MetaTags.LicenseLink"/> matches: its
    /// alternatives all name a tag (a, link), so only the index's lists of those are tried (the parser gives HTML tag
    /// names in lower case), not every element.
    /// </summary>
    private static IElement? FirstLicenseLink(ElementIndex index)
    {
        IElement? first = null;
        var firstAt = int.MaxValue;
        foreach (var name in LicenseLinkTags)
        {
            foreach (var element in index.ElementsNamed(name))
            {
                if (MetaTags.LicenseLink.Matches(element))
                {
                    if (index.DocumentOrder[element] is var at && at < firstAt)
                    {
                        (first, firstAt) = (element, at);
                    }

                    break;
                }
            }
        }

        return first;
    }

    /// <summary>The tags <see cref="MetaTags.LicenseLink"/> names.</summary>
    private static readonly string[] LicenseLinkTags = ["a", "link"];

    /// <summary>A notice found on the page: its line as rendered, the element that holds just that line (null when the line is part of a longer block) and the text around it.</summary>
    private sealed record VisibleNotice(string Line, IElement? Element, string Around, IElement Block);

    /// <summary>
    /// The notice the page shows: from each text node with a copyright word, the line it is rendered in (the text between
    /// the line breaks and block boundaries of its block, the pieces of one line joined as the page joins them, lines
    /// apart), the last in a footer, else the last on the page. A bare "Copyright" (a menu link, a heading), a link's
    /// text and a photo credit (inside a figure or a credit or caption) are no notice.
    /// </summary>
    private static VisibleNotice? Visible(ExtractionContext context)
    {
        var body = context.Document.Body;
        if (body is null)
        {
            return null;
        }

        // The last notice in a footer wins, else the last notice: read from the end of the page, and stop at the
        // first notice in a footer (notices sit at the end, so most pages stop after a few text nodes).
        VisibleNotice? last = null;
        VisibleNotice? statementOnly = null;
        var textNodes = context.Index.BodyTextNodes;
        for (var i = textNodes.Count - 1; i >= 0; i--)
        {
            var textNode = textNodes[i];
            if (textNode.ParentElement is not { } parent || !HasCopyrightWord(textNode.Data))
            {
                continue;
            }

            if (IsCredit(parent) || PageRegions.IsHidden(context, parent))
            {
                continue;
            }

            var block = parent;
            while (InlineTags.Contains(block.TagName) && block.ParentElement is { } up && up != body)
            {
                block = up;
            }

            var (line, lineElement) = LineOf(block, textNode);
            line = WithoutLeadingLinks(block, line);
            line = line.Length > MaxNoticeLength ? line : CopyrightNotice.FromNoticeSentence(line);
            if (line.Length is < 6 or > MaxNoticeLength || !IsNotice(line) || IsLinkText(textNode, line) || IsPictureCredit(line, block)
                || IsSoftwareCredit(line))
            {
                continue;
            }

            var notice = new VisibleNotice(line, lineElement, ElementText.Text(block, MaxNoticeLength * 2), block);
            last ??= notice;
            if (block.Closest(FooterSelector) is not null)
            {
                if (statementOnly is null && CopyrightNotice.Parse(line) is { Holder: null, YearFrom: null })
                {
                    // "© Nordwest Medien GmbH & Co. KG 2024" / "Alle Rechte vorbehalten.": a line of the statement alone under
                    // the notice gives way to the line above that names the holder or the year.
                    statementOnly = notice;
                    continue;
                }

                return notice;
            }
        }

        return statementOnly ?? last;
    }

    /// <summary>
    /// The rendered line of <paramref name="block"/> that holds <paramref name="node"/>: the block's text cut at its line
    /// breaks and at the boundaries of the blocks inside it, whitespace collapsed; with the element that holds exactly that
    /// line (the block itself, or the block child or inline wrapper of the line), or null when none does.
    /// </summary>
    private static (string Line, IElement? Element) LineOf(IElement block, IText node)
    {
        var lines = new List<(System.Text.StringBuilder Text, IElement? Holder)> { (new System.Text.StringBuilder(), null) };
        var found = -1;
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((block, false));
        var steps = 0;
        while (stack.Count > 0 && steps++ < 20_000)
        {
            var (current, exit) = stack.Pop();
            if (current is IText text)
            {
                var line = lines[^1].Text;
                if (line.Length > 0 && text.Data.Length > 0 && char.IsLower(line[^1]) && char.IsUpper(text.Data[0]) && text.PreviousSibling is not IText)
                {
                    // "Términos de Uso" + "Grupo Sur" written in two elements without a space are two pieces on screen.
                    line.Append(' ');
                }

                line.Append(text.Data);
                if (text == node)
                {
                    found = lines.Count - 1;
                }

                continue;
            }

            if (current is not IElement element || element.TagName is "SCRIPT" or "STYLE")
            {
                continue;
            }

            var breaks = element != block && (element.TagName == "BR" || !InlineTags.Contains(element.TagName));
            if (exit)
            {
                if (breaks)
                {
                    lines.Add((new System.Text.StringBuilder(), null));
                }

                continue;
            }

            if (breaks)
            {
                lines.Add((new System.Text.StringBuilder(), element.TagName == "BR" ? null : element));
            }

            stack.Push((element, true));
            var children = element.ChildNodes;
            for (var c = children.Length - 1; c >= 0; c--)
            {
                stack.Push((children[c], false));
            }
        }

        if (found < 0)
        {
            return (string.Empty, null);
        }

        var lineText = ElementText.Collapse(lines[found].Text.ToString());
        var holder = lines[found].Holder;
        if (holder is not null && ElementText.Collapse(ElementText.Text(holder)) != lineText)
        {
            holder = null;
        }

        if (holder is null && ElementText.Collapse(ElementText.Text(block)) == lineText)
        {
            holder = block;
        }

        return (lineText, holder);
    }

    /// <summary>
    /// The line from its copyright sign or word on, when what comes before it is only links of the same line and
    /// separators ("Terms · Privacy · © 2025 Metro Wire Ltd"); the line as it is otherwise.
    /// </summary>
    private static string WithoutLeadingLinks(IElement block, string line)
    {
        var marker = CopyrightNotice.Marker.Match(line);
        if (!marker.Success || marker.Index == 0)
        {
            return line;
        }

        var prefix = line[..marker.Index];
        var links = new List<string>();
        foreach (var anchor in block.QuerySelectorAll(Selectors.Of("a")))
        {
            var text = ElementText.Collapse(ElementText.Text(anchor));
            if (text.Length > 0 && !CopyrightNotice.Marker.IsMatch(text))
            {
                links.Add(text);
                prefix = prefix.Replace(text, " ", StringComparison.Ordinal);
            }
        }

        if (prefix.Trim(LinkSeparators).Length == 0)
        {
            return line[marker.Index..];
        }

        // Links that open the line ("Terms of use Example Group All rights reserved ©") are left out too.
        var start = 0;
        for (var again = true; again;)
        {
            again = false;
            while (start < line.Length && Array.IndexOf(LinkSeparators, line[start]) >= 0)
            {
                start++;
            }

            foreach (var link in links)
            {
                if (line.AsSpan(start).StartsWith(link, StringComparison.Ordinal) && start + link.Length < marker.Index)
                {
                    start += link.Length;
                    again = true;
                    break;
                }
            }
        }

        return line[start..];
    }

    private static readonly char[] LinkSeparators = [' ', '|', '·', '•', '-', '–', '—', '/', ',', ':'];

    /// <summary>
    /// Whether the copyright word stands in a link that is the whole line ("Copyright" or "Copyright policy" in a menu); a
    /// whole notice with its year in a link to the home page ("&lt;a href=/&gt;© 2024 Harbour Herald Ltd&lt;/a&gt;") is a notice.
    /// </summary>
    private static bool IsLinkText(IText node, string line)
    {
        if (CopyrightNotice.Years.IsMatch(line) && line.TrimStart().StartsWith('©'))
        {
            return false;
        }

        for (var e = node.ParentElement; e is not null && InlineTags.Contains(e.TagName); e = e.ParentElement)
        {
            if (e.TagName == "A")
            {
                return ElementText.Collapse(ElementText.Text(e)).Length * 10 >= line.Length * 9;
            }
        }

        return false;
    }

    /// <summary>Whether the text is a photo credit: inside a figure or its caption, or an element named as a credit or caption.</summary>
    private static bool IsCredit(IElement element)
    {
        var level = 0;
        for (var e = element; e is not null && level < 5; e = e.ParentElement, level++)
        {
            if (e.TagName is "FIGURE" or "FIGCAPTION" || PageRegions.HasMarker(e, CreditMarkers))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly MarkerSet CreditMarkers = new(MetadataRules.CreditWords);

    /// <summary>
    /// Whether a notice credits a picture, not the page: it opens with a word for pictures before its sign ("Images ©
    /// Getty Images", "Foto: © picture alliance/dpa"), or it shows no year and no statement and stands beside an image
    /// outside the footer ("© Reuters/Jane Roe" under a photo).
    /// </summary>
    /// <summary>
    /// Whether the notice is a software vendor's credit ("Forum software by XenForo® © 2010-2024 XenForo Ltd.", "Powered
    /// by WordPress © ..."): the vendor's rights in its software, not the page's. The credit must open the line, before
    /// the sign.
    /// </summary>
    private static bool IsSoftwareCredit(string line)
    {
        var sign = line.AsSpan().IndexOfAny(['©', '(']);
        var head = (sign < 0 ? line : line[..sign]).LowerInvariant();
        return SoftwareCredits.Any(c => head.Contains(c, StringComparison.Ordinal)) || CopyrightNotice.NamesTheme(line, sign);
    }

    private static readonly string[] SoftwareCredits = ["software by", "powered by", "forum software", "theme by", "template by", "built with", "betrieben mit", "propulsé par", "desarrollado con"];

    private static bool IsPictureCredit(string line, IElement block)
    {
        var marker = CopyrightNotice.Marker.Match(line);
        if (marker.Success && marker.Index > 0)
        {
            var before = line[..marker.Index].TrimAny([' ', ':', '|', '-', '–']);
            var first = before.Split(' ', 2)[0];
            if (before.Length > 0 && TextTools.WordCount(before) <= 3 && PictureWords.Contains(first))
            {
                return true;
            }
        }

        if (line.Length > MaxPictureCreditLength || CopyrightNotice.Years.IsMatch(line) || CopyrightNotice.HasStatement(line))
        {
            return false;
        }

        // A footer's notice beside the site's logo is the page's.
        var beside = block.ParentElement;
        return beside is not null && beside.TagName != "BODY" && beside.QuerySelector(Selectors.Of("img, picture")) is not null
            && block.Closest(FooterSelector) is null;
    }

    private static readonly ISelector FooterSelector = Selectors.Of("footer, [class*=footer], [id*=footer], [class*=copyright], [id*=copyright]");

    /// <summary>The longest line read as a picture's credit when it stands beside an image.</summary>
    private const int MaxPictureCreditLength = 80;

    /// <summary>Words for pictures that open a picture's credit line.</summary>
    private static readonly HashSet<string> PictureWords = new(
    [
        "foto", "fotos", "photo", "photos", "image", "images", "bild", "bilder", "bildquelle", "bildrechte", "picture", "pictures",
        "imagen", "imágenes", "illustration", "grafik", "titelbild", "beitragsbild", "cover", "video",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> InlineTags = new(StringComparer.Ordinal) { "SPAN", "SMALL", "STRONG", "B", "EM", "I", "A", "FONT", "TIME", "SUP", "SUB" };

    /// <summary>Whether a text of at most four times <see cref="MaxNoticeLength"/> characters holds a copyright sign or word (<see cref="MetadataRules.CopyrightWords"/>, any case).</summary>
    internal static bool HasCopyrightWord(string text)
    {
        if (text.Length > MaxNoticeLength * 4)
        {
            return false;
        }

#if NET9_0_OR_GREATER
        var span = text.AsSpan();
        return span.ContainsAny(AsciiCopyrightWords) || (span.ContainsAny(OtherCopyrightWordChars) && span.ContainsAny(OtherCopyrightWords));
#else
        foreach (var word in MetadataRules.CopyrightWords)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
#endif
    }

#if NET9_0_OR_GREATER
    // Every text node of the page is tested, so the words are searched in one pass: the ASCII ones with a vectorized
    // search, the others only when the text has the first non-ASCII letter of one of them (in either case).
    private static readonly System.Buffers.SearchValues<string> AsciiCopyrightWords =
        System.Buffers.SearchValues.Create([.. MetadataRules.CopyrightWords.Where(w => Ascii.IsValid(w))], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> OtherCopyrightWords =
        System.Buffers.SearchValues.Create([.. MetadataRules.CopyrightWords.Where(w => !Ascii.IsValid(w))], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<char> OtherCopyrightWordChars = System.Buffers.SearchValues.Create(
        [.. MetadataRules.CopyrightWords.Where(w => !Ascii.IsValid(w)).Select(w => w.First(c => !char.IsAscii(c)))
            .SelectMany(c => new[] { c, char.ToUpperInvariant(c), TextCase.Lower(c) }).Distinct()]);
#endif

    private static bool IsNotice(string text)
    {
        // A notice says more than its word: a year, a name or a statement ("Copyright" alone is a menu entry).
        var rest = CopyrightNotice.Marker.Replace(text, " ").TrimAny([' ', '.', ':', '-', '|', '·']);
        if (rest.Length < 2)
        {
            return false;
        }

        var lower = text.LowerInvariant();
        var marker = CopyrightNotice.Marker.Match(text);
        if (marker.Success && marker.Index <= 40)
        {
            return marker.Value == "©" || CopyrightNotice.Years.IsMatch(text) || lower.Contains("all rights reserved", StringComparison.Ordinal) || marker.Index == 0;
        }

        return MetadataRules.CopyrightWords.Skip(3).Any(w => lower.Contains(w, StringComparison.Ordinal)) && text.Length <= 160;
    }
}
