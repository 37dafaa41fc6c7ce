using NewsKit.Pipeline;

namespace NewsKit.Related;

/// <summary>
/// What a link's address says of its target: a story (a slug of several words, an id, a date in the path), a collection
/// page (topic, tag, author hubs), or no story (a service page, a file, the home page); and the key that tells one page's
/// links apart.
/// </summary>
internal static class StoryUrls
{
    /// <summary>Whether the link goes to a comment or the comment form of a story (<c>#comment-7991</c>, <c>#respond</c>): comment links are no story links.</summary>
    internal static bool IsCommentLink(Uri url) =>
        url.Fragment.Contains("comment", StringComparison.OrdinalIgnoreCase) || url.Fragment.Contains("respond", StringComparison.OrdinalIgnoreCase)
        || url.Fragment.Contains("kommentar", StringComparison.OrdinalIgnoreCase);

    /// <summary>How strongly a URL says it is a story's.</summary>
    internal enum Evidence
    {
        /// <summary>Not a story: a utility page, a file, the home page.</summary>
        None,

        /// <summary>A collection page (topic, tag, special, location, author hub): no story, but a box of them is page furniture.</summary>
        Hub,

        /// <summary>A short slug of two or three words: a story, or a section or service page ("life-style"); a box of such links needs a heading that names it.</summary>
        Weak,

        /// <summary>A slug of four or more words, an id or a date: a story.</summary>
        Strong,
    }

    /// <summary>Whether the URL looks like a story's address (<see cref="StoryEvidence"/> is weak or strong).</summary>
    internal static bool LooksLikeStory(Uri url) => StoryEvidence(url) is Evidence.Weak or Evidence.Strong;

    /// <summary>
    /// Whether a URL looks like the address of a story: a path of the site with no hub or utility segment, not a file,
    /// whose last segment names no service ("subscribe", "terms", "form": <see cref="StoryLinkRules.ServiceSlugWords"/>),
    /// whose last segment has at least <see cref="MinSlugWords"/> words, or which holds an id of five or more digits (four
    /// beside other characters), a date as segments (<c>/2025/02/10/</c>), or a query that names an id.
    /// </summary>
    internal static Evidence StoryEvidence(Uri url)
    {
        // Lower-cased into a buffer on the stack (a long path into one of its own), not into a new string per link.
        var absolutePath = url.AbsolutePath;
        var buffer = absolutePath.Length <= MaxStackPath ? stackalloc char[MaxStackPath] : new char[absolutePath.Length];
        ReadOnlySpan<char> path = buffer[..absolutePath.AsSpan().LowerInvariant(buffer)];
        var segments = 0;
        var lastStart = 0;
        var lastLength = 0;
        var hasId = false;
        var hasDate = false;
        var year = -1;
        var month = -1;
        for (var start = 0; start < path.Length;)
        {
            var slash = path[start..].IndexOf('/');
            var length = slash < 0 ? path.Length - start : slash;
            if (length > 0)
            {
                var segment = path.Slice(start, length);
                if (StoryLinkRules.IsHubSegment(segment))
                {
                    return Evidence.Hub;
                }

                // A date as segments (/2025/02/ or /2025/02/10/) before a last segment.
                if (month >= 0)
                {
                    hasDate = true;
                }

                month = year >= 0 && segment.Length is 1 or 2 && IsDigits(segment) ? segments : -1;
                year = segment.Length == 4 && segment[0] is '1' or '2' && IsDigits(segment) ? segments : -1;
                hasId |= HasId(segment);
                (lastStart, lastLength) = (start, length);
                segments++;
            }

            start += length + 1;
        }

        if (segments == 0)
        {
            return QueryNamesId(url.Query) ? Evidence.Strong : Evidence.None;
        }

        var last = path.Slice(lastStart, lastLength);
        var dot = last.LastIndexOf('.');
        if (dot > 0)
        {
            if (StoryLinkRules.IsFileExtension(last[(dot + 1)..]))
            {
                return Evidence.None;
            }

            last = last[..dot];
        }

        var words = 0;
        for (var start = 0; start < last.Length;)
        {
            var separator = last[start..].IndexOfAny(SlugSeparators);
            var length = separator < 0 ? last.Length - start : separator;
            if (length > 0)
            {
                var word = last.Slice(start, length);
                if (StoryLinkRules.IsServiceSlugWord(word))
                {
                    return Evidence.None;
                }

                if (word.Length >= 2 && HasLetter(word))
                {
                    words++;
                }
            }

            start += length + 1;
        }

        // Section and service pages have names of one to three words ("life-style", "terms-of-use"); stories have
        // longer slugs, or ids and dates. A short slug of two or three words may be either.
        return words >= MinSlugWords || hasId || hasDate || QueryNamesId(url.Query) ? Evidence.Strong
            : words >= 2 ? Evidence.Weak
            : Evidence.None;
    }

    /// <summary>Whether the URL names its story by an id or a date (in a path segment or the query), not by its slug alone.</summary>
    internal static bool NamesIdOrDate(Uri url)
    {
        foreach (var segment in url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (HasId(segment) || (segment.Length == 4 && segment[0] is '1' or '2' && IsDigits(segment)))
            {
                return true;
            }
        }

        return QueryNamesId(url.Query);
    }

    internal static readonly System.Buffers.SearchValues<char> SlugSeparators = System.Buffers.SearchValues.Create("-_+.,");

    internal static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a path segment holds a run of four or more digits (an article id, a date), without being a bare year.</summary>
    internal static bool HasId(ReadOnlySpan<char> segment)
    {
        var run = 0;
        var longest = 0;
        foreach (var c in segment)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest >= 5 || (longest == 4 && segment.Length > 4);
    }

    /// <summary>
    /// Whether a link's <see cref="Key"/> is the page's own address (<paramref name="pagePath"/>, its <see cref="PathKey"/>)
    /// with a query that names no other story ("?share=facebook", "?view=mail"; not "?id=48213").
    /// </summary>
    internal static bool IsSamePageWithQuery(string key, string pagePath)
    {
        if (key.Length <= pagePath.Length || !key.StartsWith(pagePath, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = key.AsSpan(pagePath.Length);
        if (rest.StartsWith("/?", StringComparison.Ordinal))
        {
            rest = rest[1..];
        }

        return rest.Length > 1 && rest[0] == '?' && !QueryNamesId(rest);
    }

    /// <summary>
    /// Whether the link's query carries the page's own address ("/extras/reporttypo?url=https%3A%2F%2Fnews.example%2Fstory",
    /// a share or print service): a tool for this page, not another story. <paramref name="pagePath"/> is the page's path
    /// without a trailing slash.
    /// </summary>
    internal static bool QueryNamesPage(Uri url, string? pagePath) =>
        pagePath is { Length: >= MinPagePathInQuery } && url.Query.Length >= 2
        && Uri.UnescapeDataString(url.Query).Contains(pagePath, StringComparison.OrdinalIgnoreCase);

    /// <summary>The shortest page path looked for in a link's query (a short one, "/news", would match by chance).</summary>
    private const int MinPagePathInQuery = 12;

    internal static bool QueryNamesId(ReadOnlySpan<char> query)
    {
        var digits = 0;
        foreach (var c in query)
        {
            digits = char.IsAsciiDigit(c) ? digits + 1 : 0;
            if (digits >= 3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a link leads to the page itself however it is written: over http or https, with or without "www.", with or
    /// without a trailing slash, with no query or one of tracking parameters only (<see cref="TrackingParameters"/>);
    /// <paramref name="pageHost"/> is the page's host without "www.", <paramref name="pagePath"/> its path without a
    /// trailing slash (the caller tests only pages whose own address has no query).
    /// </summary>
    internal static bool IsSamePage(Uri url, string pageHost, string pagePath)
    {
        var host = url.Host.AsSpan();
        if (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            host = host[4..];
        }

        if (!host.Equals(pageHost, StringComparison.OrdinalIgnoreCase) || !url.AbsolutePath.AsSpan().TrimEnd('/').SequenceEqual(pagePath))
        {
            return false;
        }

        foreach (var parameter in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = parameter.Split('=', 2)[0];
            if (!name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) && !TrackingParameters.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a link leads to a page above the page itself on its own site: its path is a whole-segment prefix of the
    /// page's (<c>/podcasts/the-briefing/</c> above <c>/podcasts/the-briefing/2024/11/20/why-egg-prices-are-rising</c>, or
    /// the story's first page above its second): a section, a show or the story itself, never another story.
    /// </summary>
    internal static bool IsAbovePage(Uri url, string pageHost, string pagePath)
    {
        var host = url.Host.AsSpan();
        if (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            host = host[4..];
        }

        var path = url.AbsolutePath.AsSpan().TrimEnd('/');
        return host.Equals(pageHost, StringComparison.OrdinalIgnoreCase) && pagePath.Length > path.Length + 1
            && pagePath.AsSpan().StartsWith(path, StringComparison.Ordinal) && pagePath[path.Length] == '/';
    }

    /// <summary>The host without a leading "www.", as <see cref="IsSamePage"/> compares hosts.</summary>
    internal static string WithoutWww(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    /// <summary>Query parameters that track a click and name no page (besides every <c>utm_</c> one).</summary>
    private static readonly string[] TrackingParameters = ["fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "ocid", "ncid", "cmpid", "ref", "ref_src", "src", "source", "via"];

    /// <summary>The URL as the links of one page are told apart: scheme, host, path and query, without a trailing slash or fragment.</summary>
    internal static string Key(Uri url) => url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path | UriComponents.Query, UriFormat.UriEscaped).TrimEnd('/');

    /// <summary>The URL's scheme, host and path, without the query, a trailing slash or fragment: one page however its query varies.</summary>
    internal static string PathKey(Uri url) => url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped).TrimEnd('/');

    /// <summary>The fewest words of a story's slug without an id or a date.</summary>
    internal const int MinSlugWords = 4;

    /// <summary>The longest path <see cref="StoryEvidence"/> lower-cases on the stack.</summary>
    private const int MaxStackPath = 256;
}
