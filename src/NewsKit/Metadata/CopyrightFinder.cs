using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
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

    private static readonly Regex Years = new(
        @"(?<from>(?:19|20)\d\d)(?:\s*[-–—‒/]\s*(?<to>(?:19|20)\d\d))?",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static readonly Regex Marker = new(
        @"©|\(c\)|\(C\)|&copy;|copyright|copr\.",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Separators after which a footer line goes on with links ("© 2025 Jane Doe · Privacy · Terms").</summary>
    private static readonly string[] NoticeSeparators = [" | ", " · ", " ∙ ", " • ", " ‧ "];

    internal readonly record struct Found(Copyright? Copyright, IElement? Element, ValueSource Source);

    public static Found Find(ExtractionContext context, JsonLdGraph graph, List<(string Key, string Content, IElement Element)> metas)
    {
        var licenseUrl = context.Elements.FirstOrDefault(PageInspector.LicenseLink.Matches)?.GetAttribute("href") is { } license
            ? context.ResolveUrl(license)
            : null;
        var node = graph.Article ?? graph.Nodes.FirstOrDefault(n => n.Has("copyrightHolder"));
        var jsonHolder = node?.Get("copyrightHolder") is { } h ? JsonLdValues.AsText(graph.Resolve(h)) : null;
        var jsonYear = node?.Text("copyrightYear") is { } y && int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : (int?)null;
        licenseUrl ??= node?.Text("license") is { } l ? context.ResolveUrl(l) : null;

        Copyright? Complete(Copyright copyright) => copyright with
        {
            Holder = copyright.Holder ?? (jsonHolder is null ? null : PageInspector.Collapse(jsonHolder)),
            YearFrom = copyright.YearFrom ?? jsonYear,
            YearTo = copyright.YearTo ?? jsonYear,
            LicenseUrl = copyright.LicenseUrl ?? licenseUrl,
        };

        if (Visible(context) is { } element)
        {
            var notice = Parse(PageInspector.Text(element));
            if (notice is not null)
            {
                return new Found(Complete(notice), element, ValueSource.VisibleText);
            }
        }

        if (PageInspector.FirstMeta(metas, MetadataRules.CopyrightMetaNames) is { } meta && Parse(meta.Content) is { } fromMeta)
        {
            return new Found(Complete(fromMeta), null, ValueSource.Meta);
        }

        if (jsonHolder is not null || jsonYear is not null)
        {
            var text = PageInspector.Collapse(string.Join(' ', new[] { "©", jsonYear?.ToString(CultureInfo.InvariantCulture), jsonHolder }.Where(s => s is not null)));
            return new Found(Complete(new Copyright(text)), null, ValueSource.JsonLd);
        }

        if (licenseUrl is not null)
        {
            return new Found(new Copyright(licenseUrl.ToString()) { LicenseUrl = licenseUrl }, null, ValueSource.LinkElement);
        }

        return new Found(null, null, ValueSource.VisibleText);
    }

    /// <summary>
    /// The element that states a notice: from each text node with a copyright word, the nearest enclosing block
    /// (inline wrappers such as span and small are climbed), preferring the footer, else the last on the page.
    /// </summary>
    private static IElement? Visible(ExtractionContext context)
    {
        var body = context.Document.Body;
        if (body is null)
        {
            return null;
        }

        // The last notice in a footer wins, else the last notice: read from the end of the page, and stop at the
        // first notice in a footer (notices sit at the end, so most pages stop after a few text nodes).
        IElement? last = null;
        var textNodes = context.BodyTextNodes;
        for (var i = textNodes.Count - 1; i >= 0; i--)
        {
            var textNode = textNodes[i];
            if (textNode.ParentElement is not { } parent || !HasCopyrightWord(textNode.Data))
            {
                continue;
            }

            var element = parent;
            // Climb out of inline wrappers ("<p><span>©</span> 2025 Foo</p>"), but not into a line of other links.
            while (InlineTags.Contains(element.TagName) && element.ParentElement is { } up && up != body && PageInspector.Text(up, MaxNoticeLength).Length <= MaxNoticeLength
                && !HasOtherLinks(up, element))
            {
                element = up;
            }

            var text = PageInspector.Text(element, MaxNoticeLength);
            if (text.Length > MaxNoticeLength)
            {
                element = parent;
                text = PageInspector.Text(element, MaxNoticeLength);
            }

            if (text.Length is < 6 or > MaxNoticeLength || !IsNotice(text) || PageInspector.IsHidden(context, element))
            {
                continue;
            }

            last ??= element;
            if (element.Closest(Selectors.Of("footer, [class*=footer], [id*=footer], [class*=copyright], [id*=copyright]")) is not null)
            {
                return element;
            }
        }

        return last;
    }

    /// <summary>Whether <paramref name="line"/> has a link, other than the one holding <paramref name="notice"/>, that is not part of a notice.</summary>
    private static bool HasOtherLinks(IElement line, IElement notice)
    {
        foreach (var child in line.Children)
        {
            if (child.TagName == "A" && !child.Contains(notice) && !HasCopyrightWord(PageInspector.RawText(child)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> InlineTags = new(StringComparer.Ordinal) { "SPAN", "SMALL", "STRONG", "B", "EM", "I", "A", "FONT", "TIME", "SUP", "SUB" };

    private static bool HasCopyrightWord(string text)
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
            .SelectMany(c => new[] { c, char.ToUpperInvariant(c), char.ToLowerInvariant(c) }).Distinct()]);
#endif

    private static bool IsNotice(string text)
    {
        var lower = text.ToLowerInvariant();
        var marker = Marker.Match(text);
        if (marker.Success && marker.Index <= 40)
        {
            return marker.Value == "©" || Years.IsMatch(text) || lower.Contains("all rights reserved", StringComparison.Ordinal) || marker.Index == 0;
        }

        return MetadataRules.CopyrightWords.Skip(3).Any(w => lower.Contains(w, StringComparison.Ordinal)) && text.Length <= 160;
    }

    /// <summary>Breaks a notice into holder, years and statement.</summary>
    public static Copyright? Parse(string text)
    {
        var notice = PageInspector.Collapse(text);
        if (notice.Length == 0)
        {
            return null;
        }

        string? statement = null;
        var statementAt = -1;
        foreach (var candidate in MetadataRules.CopyrightStatements)
        {
            var at = notice.IndexOf(candidate, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                var end = at + candidate.Length;
                if (end < notice.Length && notice[end] is '.' or '!' or '。')
                {
                    end++;
                }

                statement = notice[at..end];
                statementAt = at;
                notice = notice[..end];
                break;
            }
        }

        if (statement is null)
        {
            foreach (var separator in NoticeSeparators)
            {
                var at = notice.IndexOf(separator, StringComparison.Ordinal);
                if (at > 0)
                {
                    notice = notice[..at];
                }
            }
        }

        var years = Years.Match(notice);
        int? from = null, to = null;
        if (years.Success)
        {
            from = int.Parse(years.Groups["from"].Value, CultureInfo.InvariantCulture);
            to = years.Groups["to"].Success ? int.Parse(years.Groups["to"].Value, CultureInfo.InvariantCulture) : from;
        }

        var holderText = statementAt >= 0 ? notice[..statementAt] : notice;
        holderText = Marker.Replace(holderText, " ");
        holderText = Years.Replace(holderText, " ");
        foreach (var word in MetadataRules.CopyrightWords)
        {
            holderText = holderText.Replace(word, " ", StringComparison.OrdinalIgnoreCase);
        }

        var holder = PageInspector.Collapse(holderText).Trim(' ', '.', ',', '-', '–', '—', '|', ':', ';');
        if (holder.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            holder = holder[3..].Trim();
        }

        return new Copyright(notice)
        {
            Holder = holder.Length is > 0 and <= 100 ? holder : null,
            YearFrom = from,
            YearTo = to,
            Statement = statement,
        };
    }
}
