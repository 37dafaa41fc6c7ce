using AngleSharp.Dom;

namespace NewsKit.Pipeline;

/// <summary>
/// The page's address and its links: the URL the caller gave (when absolute), else the address the page gives itself
/// (canonical link, og:url); the base that relative links resolve against (with the page's own &lt;base href&gt;); each
/// href resolved once per page.
/// </summary>
internal sealed class PageLinks
{
    private readonly ElementIndex index;

    /// <summary>The links of the page indexed by <paramref name="index"/>, at <paramref name="pageUrl"/> when the caller gave one.</summary>
    public PageLinks(ElementIndex index, Uri? pageUrl)
    {
        this.index = index;

        // A relative URL has no host or path to resolve against: it is kept in Article.Url and otherwise unused.
        PageUrl = pageUrl is { IsAbsoluteUri: true } ? pageUrl : null;
    }

    /// <summary>
    /// The URL the caller gave when it is absolute (null for a relative one); relative links resolve against it (or the
    /// page's own &lt;base href&gt;; without it, against the page's canonical link or og:url).
    /// </summary>
    public Uri? PageUrl { get; }

    /// <summary>Resolves <paramref name="href"/> against the document's base URL; null when it is not a usable http(s) URL.</summary>
    public Uri? ResolveUrl(string? href)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        // The same links come back in several stages (related blocks, bylines, body links): each is resolved once.
        if (resolved.TryGetValue(href, out var known))
        {
            return known;
        }

        var url = Resolve(href.Trim());
        if (resolved.Count < MaxResolvedUrls)
        {
            resolved[href] = url;
        }

        return url;
    }

    private const int MaxResolvedUrls = 8192;

    private readonly Dictionary<string, Uri?> resolved = new(256, StringComparer.Ordinal);

    private Uri? Resolve(string href)
    {
        // An href without "://" is never taken as absolute: it is not parsed as one (a relative path would parse as a file URI).
        if (href.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(href, UriKind.Absolute, out var absolute))
        {
            return absolute.Scheme is "http" or "https" ? absolute : null;
        }

        var baseUrl = BaseUrl;
        if (baseUrl is null)
        {
            return null;
        }

        return Uri.TryCreate(baseUrl, href, out var combined) && combined.Scheme is "http" or "https" ? combined : null;
    }

    /// <summary>The page's address: the URL the caller gave, else the address the page gives itself (canonical link, og:url); null when neither is known.</summary>
    public Uri? PageAddress => PageUrl ?? (ownUrlRead ? ownUrl : ReadOwnUrl());

    private Uri? ownUrl;
    private bool ownUrlRead;

    private Uri? ReadOwnUrl()
    {
        ownUrl = OwnUrl();
        ownUrlRead = true;
        return ownUrl;
    }

    private Uri? BaseUrl => baseUrl ??= FindBaseUrl();

    private Uri? baseUrl;

    private Uri? FindBaseUrl()
    {
        var href = index.ElementsNamed("base").FirstOrDefault(b => b.HasAttribute("href"))?.GetAttribute("href");
        if (href is not null && Uri.TryCreate(href, UriKind.Absolute, out var declared) && declared.Scheme is "http" or "https")
        {
            return declared;
        }

        var page = PageUrl ?? OwnUrl();
        if (href is not null && page is not null && Uri.TryCreate(page, href, out var relative))
        {
            return relative;
        }

        return page;
    }

    /// <summary>The href of the page's first <c>link[rel=canonical]</c>, as written (null when there is none); found once.</summary>
    public string? CanonicalHref
    {
        get
        {
            if (!canonicalHrefRead)
            {
                canonicalHref = index.ElementsNamed("link").FirstOrDefault(CanonicalLink.Matches)?.GetAttribute("href");
                canonicalHrefRead = true;
            }

            return canonicalHref;
        }
    }

    private static readonly SimpleSelector CanonicalLink = SimpleSelector.Parse("link[rel=canonical]");
    private string? canonicalHref;
    private bool canonicalHrefRead;

    /// <summary>
    /// The address the page gives itself, for a parse the caller gave no URL: its canonical link, else its og:url,
    /// when absolute http(s). A page served at that address resolves its links the same way; a copy served elsewhere
    /// (an AMP page, a syndicated copy) resolves them against the original's address, on the same site.
    /// </summary>
    private Uri? OwnUrl()
    {
        if (AbsoluteHttp(CanonicalHref) is { } canonical)
        {
            return canonical;
        }

        foreach (var meta in index.ElementsNamed("meta"))
        {
            if (string.Equals(meta.GetAttribute("property") ?? meta.GetAttribute("name"), "og:url", StringComparison.OrdinalIgnoreCase)
                && AbsoluteHttp(meta.GetAttribute("content")) is { } own)
            {
                return own;
            }
        }

        return null;
    }

    private static Uri? AbsoluteHttp(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url : null;
}
